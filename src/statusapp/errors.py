"""Errors a user can act on. Their message is one line; the CLI prints it without a traceback."""


class StatusappError(Exception):
    """Base for every error whose message is meant for the user."""

    exit_code = 1


class DatabaseError(StatusappError):
    """The database cannot be opened, read or written.

    `kind` says why, for callers that react or word it in the user's language: "locked",
    "read_only", "disk_full", "unreachable" (a file whose folder or drive went away),
    "server_unreachable" (a database server that is down or went away), "login_refused",
    or "" when none of these.
    """

    def __init__(self, message: str, *, kind: str = "", database: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.database = database


class DatabaseMissingError(DatabaseError):
    """A database path was given that does not exist (and no command may create it)."""


def no_such_database(path: object) -> DatabaseMissingError:
    """The one refusal of a database path that does not exist: it names `init`."""
    from statusapp.translation import _

    return DatabaseMissingError(
        _('{path}: no such database; create it with: statusapp --db "{path}" init').format(
            path=path
        ),
        database=str(path),
    )


class SchemaTooNewError(DatabaseError):
    """The database was written by a newer Statusapp."""


class DatasetError(StatusappError):
    """A programme data file is malformed; the message names the file and entry."""


class PlannedTextError(ValueError):
    """A planned text ("Gepland") in none of the recognised forms."""
