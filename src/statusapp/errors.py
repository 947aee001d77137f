"""Errors a user can act on. Their message is one line; the CLI prints it without a traceback."""


class StatusappError(Exception):
    """Base for every error whose message is meant for the user."""

    exit_code = 1


class DatabaseError(StatusappError):
    """The database cannot be opened, read or written."""


class DatabaseMissingError(DatabaseError):
    """A database path was given that does not exist (and no command may create it)."""


class SchemaTooNewError(DatabaseError):
    """The database was written by a newer Statusapp."""


class DatasetError(StatusappError):
    """A programme data file is malformed; the message names the file and entry."""


class PlannedTextError(ValueError):
    """A planned text ("Gepland") in none of the recognised forms."""
