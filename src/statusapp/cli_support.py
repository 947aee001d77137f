"""What every command shares: opening the database, the edit context, writing to stdout."""

from __future__ import annotations

import os
import sys
from datetime import date, datetime

from statusapp.errors import StatusappError
from statusapp.services.connection import Database
from statusapp.translation import _, long_date, parse_date


def open_for_command(db: str | None, *, create: bool = False) -> Database:
    if db is None:
        from statusapp.services.setup import open_default_database

        return open_default_database()
    from statusapp.services.connection import open_database

    return open_database(db, create=create)


def context_for_command(  # type: ignore[no-untyped-def]
    database: Database, user: str | None = None, source: str = "cli", programme: str | None = None
):
    from dataclasses import replace

    from statusapp.services.context import edit_context_for
    from statusapp.services.programmes import NoProgrammeError

    try:
        return replace(edit_context_for(database, user, programme), source=source)
    except NoProgrammeError:
        raise no_programme_error(database) from None


def no_programme_error(database: Database) -> StatusappError:
    return StatusappError(
        _(
            "{database}: holds no programme yet (it was created with init --empty); read one "
            "from a report with init --from REPORT.xlsx --add, or in the window with File > New "
            "programme from report"
        ).format(database=database.display_name)
    )


def date_option(option: str, text: str | None) -> date | None:
    """Every date option's value: 15-01-2025 or 2025-01-15; anything else is refused in one
    line (the same for --peildatum, --reference-date and --deadline)."""
    if text is None:
        return None
    day = parse_date(text)
    if day is None:
        raise StatusappError(
            _("{option} {text!r} is no date: write 15-01-2025 or 2025-01-15").format(
                option=option, text=text
            )
        )
    return day


def long_moment(moment: datetime, *, seconds: bool = False) -> str:
    """A moment in running text, in local time: "15 januari 2025 14:03" (backups taken in
    one minute differ by their seconds)."""
    local = moment.astimezone()
    return (
        f"{long_date(local.date())} {local:%H:%M:%S}"
        if seconds
        else (f"{long_date(local.date())} {local:%H:%M}")
    )


def write_stdout(text: str) -> None:
    """UTF-8 into pipes and files whatever the code page, so ✓ and ë survive on Windows too."""
    if (sys.stdout.encoding or "").lower().replace("-", "") != "utf8":
        sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:  # `statusapp list | head`
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
