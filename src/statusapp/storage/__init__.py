"""Storage: the SQLAlchemy schema, opening and migrating databases (SQLite or PostgreSQL)."""

from statusapp.storage.database import Database, open_database, resolve_database_url

__all__ = ["Database", "open_database", "resolve_database_url"]
