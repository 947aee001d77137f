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


def signer(context: EditContext) -> str:
    """Who signs the context's edits: on a server its login (the database signs with it too),
    in a file the context's user."""
    identity = context.database.server_identity
    return identity.login if identity is not None else context.user


def current_user_name() -> str:
    """The name that signs edits in a file: $STATUSAPP_USER, else the login name. A server
    database signs with the login it knows instead."""
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
    if database.server_identity is not None:  # the server signs with the login, whatever is said
        user = database.server_identity.login
    return EditContext(database, chosen.id, round_.id, user or current_user_name())
