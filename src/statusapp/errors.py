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


def os_reason(error: OSError) -> str:
    """Why a file could not be read or written, in the user's language: the system's own text
    (`strerror`) is English on Linux and a locked workbook on Windows is a sharing violation
    few would recognise, so the common causes are named and say what to do."""
    import errno

    from statusapp.translation import _

    if getattr(error, "winerror", None) in (32, 33):  # sharing or lock violation
        return _("the file is open in another program, such as Excel; close it there first")
    reasons = {
        errno.ENOENT: _("the file or folder does not exist"),
        errno.EACCES: _(
            "no permission, or the file is open in another program such as Excel; "
            "close it there, or choose another folder"
        ),
        errno.EPERM: _("no permission; choose another folder"),
        errno.ENOSPC: _("the disk is full; make room or choose another drive"),
        errno.EROFS: _("the drive is read-only; choose another folder"),
        errno.EISDIR: _("it is a folder, not a file"),
        errno.ENOTDIR: _("a part of the path is a file, not a folder"),
        errno.ENAMETOOLONG: _("the path is too long; choose a shorter folder or file name"),
    }
    if error.errno in reasons:
        return reasons[error.errno]
    return error.strerror or type(error).__name__
