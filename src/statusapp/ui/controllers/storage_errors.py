"""Database failures the window waits out: the edit stays in the editor and is saved again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from statusapp.errors import DatabaseError, StatusappError

# Failures that pass by themselves (a lock released, a drive or server back, space freed).
WAITABLE_KINDS = frozenset({"locked", "disk_full", "unreachable", "server_unreachable"})


def is_waitable(error: StatusappError) -> bool:
    return isinstance(error, DatabaseError) and error.kind in WAITABLE_KINDS


def describe_unavailable(error: DatabaseError, *, kept: bool = True) -> str:
    """Why the database cannot take the edit now, in the window's language, naming it;
    `kept`: the edit waits in its editor (otherwise it was not made)."""
    name = error.database
    if error.kind == "locked":
        reason = QCoreApplication.translate(
            "StorageErrors", "The database {0} is in use by another program."
        )
    elif error.kind == "disk_full":
        reason = QCoreApplication.translate(
            "StorageErrors", "The disk holding {0} is full. Free some space on it."
        )
    elif error.kind == "unreachable":
        reason = QCoreApplication.translate(
            "StorageErrors",
            "The database {0} cannot be reached. Check that its drive or network folder is "
            "available.",
        )
    else:
        reason = QCoreApplication.translate(
            "StorageErrors", "The database server {0} cannot be reached."
        )
    if kept:
        outcome = QCoreApplication.translate(
            "StorageErrors",
            "Your change is kept in the editor and saved as soon as the database is available "
            "again.",
        )
    else:
        outcome = QCoreApplication.translate(
            "StorageErrors", "The change was not made; try again when the database is available."
        )
    return f"{reason.format(name)} {outcome}"
