"""Bringing a database to the current schema with Alembic, after a backup copy.

Alembic costs half a second to import, so it is loaded only when the schema is missing or old;
an up-to-date database is recognised by reading its revision directly.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from statusapp.errors import DatabaseError, DatabaseMissingError, SchemaTooNewError
from statusapp.storage import rights
from statusapp.translation import _

if TYPE_CHECKING:
    from statusapp.storage.database import Database

ALEMBIC_DIR = Path(__file__).with_name("alembic")
# The newest revision in alembic/versions; a test keeps the two equal.
SCHEMA_HEAD = "0007"


def ensure_current_schema(
    database: Database, *, create: bool, script_location: Path = ALEMBIC_DIR
) -> None:
    name = database.display_name
    with database.reading().connect() as connection:
        tables = set(inspect(connection).get_table_names())
        if database.path is None:
            rights.require_some_role(connection, name)
        revision = read_revision(connection) if "alembic_version" in tables else None
    if not tables:
        if not create:
            raise DatabaseMissingError(
                _(
                    '{name}: holds no Statusapp data; create it with: statusapp --db "{name}" init'
                ).format(name=name)
            )
        _require_writable(
            database,
            _("{name}: the database is read-only; its tables cannot be created").format(name=name),
        )
        upgrade(database, script_location)
        return
    if "alembic_version" not in tables:
        shown = ", ".join(sorted(tables)[:5])
        raise DatabaseError(
            _(
                "{name}: not a Statusapp database (it belongs to another program; tables: {shown})"
            ).format(name=name, shown=shown)
        )
    if revision == SCHEMA_HEAD and script_location == ALEMBIC_DIR:
        return
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory(str(script_location))
    head = scripts.get_current_head()
    if revision == head:
        return
    known = {script.revision for script in scripts.walk_revisions()}
    if revision is not None and revision not in known:
        raise SchemaTooNewError(
            _(
                "{name}: written by a newer Statusapp (schema {revision}; this version knows up "
                "to {head}); update Statusapp to open it"
            ).format(name=name, revision=revision, head=head)
        )
    _require_writable(
        database,
        _(
            "{name}: the database is read-only; it cannot be upgraded from schema {revision} "
            "to {head}"
        ).format(name=name, revision=revision, head=head),
    )
    if database.path is None:
        with database.reading().connect() as connection:
            rights.require_upgrader(connection, name, revision or "", head)
    backup = backup_sqlite_file(database, revision or "empty")
    if backup is not None:
        database.warnings.append(
            _("upgraded {name} to schema {head}; the old file is kept as {backup}").format(
                name=name, head=head, backup=backup
            )
        )
    upgrade(database, script_location)


def known_revisions(script_location: Path = ALEMBIC_DIR) -> set[str]:
    """Every schema revision this version can open (and upgrade from)."""
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory(str(script_location)).walk_revisions()}


def read_revision(connection: object) -> str | None:
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()  # type: ignore[attr-defined]
    return row[0] if row else None


def upgrade(database: Database, script_location: Path = ALEMBIC_DIR) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location))
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def backup_sqlite_file(database: Database, revision: str) -> Path | None:
    """Keep a copy in the backups folder before an upgrade; None for server databases."""
    if database.path is None:
        return None
    from statusapp.storage.backups import backup_database

    return backup_database(database.path, f"schema-{revision}")


def _require_writable(database: Database, refusal: str) -> None:
    if database.read_only:
        raise DatabaseError(refusal)
