"""What every edit needs to know: where, in which programme and round, and who edits."""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass, replace

from statusapp.errors import StatusappError
from statusapp.storage.database import Database


class ValidationError(StatusappError):
    """An edit with a value the programme cannot hold (the message names the field)."""


@dataclass(frozen=True, slots=True)
class EditContext:
    database: Database
    programme_id: str
    round_id: str
    user: str
    source: str = "window"  # what the change log records: window, cli, import, consolidate
    source_file: str | None = None

    def from_file(self, source: str, file_name: str) -> EditContext:
        return replace(self, source=source, source_file=file_name)


def current_user_name() -> str:
    """The name that signs edits: $STATUSAPP_USER, else the login name."""
    override = os.environ.get("STATUSAPP_USER")
    if override:
        return override
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (some service accounts)
        return "unknown"


def edit_context_for(
    database: Database, user: str | None = None, programme: str | None = None
) -> EditContext:
    """The context for editing a programme (id or name; default: the only one) in its current
    round."""
    from statusapp.services.programmes import choose_programme, current_round

    with database.session(write=False) as session:
        chosen = choose_programme(session, programme)
        round_ = current_round(session, chosen.id)
    return EditContext(database, chosen.id, round_.id, user or current_user_name())
