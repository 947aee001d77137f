"""Reaching a database: the window and the command line open, name and locate databases here,
never in storage/ directly."""

from __future__ import annotations

import os
from pathlib import Path

from statusapp.storage.database import Database, open_database, resolve_database_url, sqlite_path

__all__ = ["Database", "open_database", "resolve_database_url", "sqlite_file", "sqlite_path"]


def sqlite_file(target: str | os.PathLike[str] | None) -> Path | None:
    """The SQLite file a --db value (a path, a URL or None for the default) names; None for a
    server database."""
    return sqlite_path(resolve_database_url(target))
