"""The backups of an SQLite database (copied before every schema upgrade and consolidation):
list them, put one back. `statusapp backups` and `restore N` call these."""

from __future__ import annotations

from pathlib import Path

from statusapp.storage import backups
from statusapp.storage.backups import Backup, Restored

__all__ = ["Backup", "Restored", "list_backups", "restore_backup"]


def list_backups(database_file: Path) -> list[Backup]:
    """The backups of one database file, newest first (number 1)."""
    return backups.list_backups(database_file)


def restore_backup(database_file: Path, number: int) -> Restored:
    """Put backup `number` back, after checking it; what it replaces becomes a backup first."""
    return backups.restore_backup(database_file, number)
