"""What every command shares: opening the database, the edit context, writing to stdout."""

from __future__ import annotations

import os
import sys

from statusapp.errors import StatusappError
from statusapp.services.connection import Database


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
        raise StatusappError(
            f"{database.display_name}: holds no programme yet (it was created with init --empty)"
        ) from None


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
