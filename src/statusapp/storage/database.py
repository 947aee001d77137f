"""Opening a database by path or URL: checks, SQLite settings, migration to the current schema."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from statusapp.errors import DatabaseError, no_such_database, os_reason
from statusapp.paths import default_database_path
from statusapp.storage import migrate
from statusapp.storage.filesystems import is_network_path
from statusapp.storage.rights import ServerIdentity, server_identity_at_open
from statusapp.translation import _

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
# How long a write waits for another program's lock before it gives up with a message.
BUSY_TIMEOUT_SECONDS = 10.0
# Execution option marking work that only reads: SQLite begins it deferred (no write lock).
READS_ONLY = "statusapp_reads_only"


def resolve_database_url(target: str | os.PathLike[str] | None) -> str:
    """A SQLAlchemy URL from a --db value: a URL as given, a path as an SQLite file URL."""
    if target is None:
        target = default_database_path()
    text = os.fspath(target)
    if "://" in text:
        return text
    return "sqlite:///" + str(Path(text).expanduser().absolute())


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL; None for other databases and in-memory SQLite."""
    if not url.startswith("sqlite"):
        return None
    _, _, rest = url.partition(":///")
    rest = rest.split("?", 1)[0]
    return Path(rest) if rest and rest != ":memory:" else None


@dataclass
class Database:
    """An open database. Each unit of work takes its own session from `session()`."""

    url: str
    engine: Engine
    path: Path | None = None
    read_only: bool = False
    warnings: list[str] = field(default_factory=list)
    journal_mode: str | None = None  # SQLite: set once the file is known to be ours
    # A server database: who this connection is there and its role (see storage/rights.py).
    server_identity: ServerIdentity | None = None
    identity: object | None = None  # services/rights.py keeps the Identity it worked out here

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(self.reading(), expire_on_commit=False)

    @property
    def display_name(self) -> str:
        return str(self.path) if self.path else self.engine.url.render_as_string(hide_password=True)

    def reading(self) -> Engine:
        """The engine for work that only reads (see `session`)."""
        return self.engine.execution_options(**{READS_ONLY: True})

    @contextmanager
    def session(self, *, write: bool = True) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error.

        On SQLite a transaction that may write takes the write lock at its start (BEGIN
        IMMEDIATE), waiting up to BUSY_TIMEOUT_SECONDS for another program's turn, so it never
        fails halfway on a lock it cannot upgrade. `write=False` is for work that only reads:
        it takes no write lock, so reading never waits for a writer.
        """
        session = (self._sessions if write else self._read_sessions)()
        try:
            with session.begin():
                yield session
        except DBAPIError as error:
            raise self.translate(error) from error
        finally:
            session.close()

    @contextmanager
    def rehearsal(self) -> Iterator[Database]:
        """A database on one connection whose transactions are savepoints inside one outer
        transaction that is rolled back at the end: a dry run runs the real writes, so each
        step sees the steps before it, and keeps none of them. Its sessions are its own: the
        rest of the program goes on with this database as it was."""
        try:
            connection = self.engine.connect()
            outer = connection.begin()
        except DBAPIError as error:
            raise self.translate(error) from error
        try:
            trial = replace(self)
            sessions = sessionmaker(
                bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False
            )
            trial._sessions = trial._read_sessions = sessions
            yield trial
        finally:
            try:
                outer.rollback()
            finally:
                connection.close()

    def translate(self, error: DBAPIError) -> DatabaseError:
        """A one-line message for a driver error, naming the database and what to do."""
        detail = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
        name = self.display_name
        lowered = detail.lower()
        code = getattr(error.orig, "sqlite_errorname", "")

        def failure(kind: str, message: str) -> DatabaseError:
            return DatabaseError(message.format(name=name, detail=detail), kind=kind, database=name)

        if code == "SQLITE_READONLY_DBMOVED":  # its folder was renamed or went away
            return failure(
                "unreachable",
                _(
                    "{name}: the database file cannot be reached (it was moved or its folder "
                    "went away); check that its drive or network folder is available, then "
                    "save again"
                ),
            )
        if "readonly" in lowered or "read-only" in lowered:
            return failure(
                "read_only",
                _(
                    "{name}: the database is read-only; ask for permission to write to it or "
                    "copy it to a folder of your own"
                ),
            )
        if "locked" in lowered:
            return failure(
                "locked", _("{name}: the database is locked by another program; try again")
            )
        if self.path is not None:
            if "disk is full" in lowered or "no space" in lowered or _disk_full(self.path):
                return failure(
                    "disk_full", _("{name}: the disk is full; free some space and save again")
                )
            if "disk i/o error" in lowered or "unable to open database file" in lowered:
                return failure(
                    "unreachable",
                    _(
                        "{name}: the database file cannot be reached; check that its drive or "
                        "network folder is available, then save again"
                    ),
                )
        elif isinstance(error, OperationalError) or error.connection_invalidated:
            detail = server_address(self.engine.url)  # the driver's text is English
            return failure(
                "server_unreachable",
                _(
                    "lost the connection to the database server at {detail}; save again when "
                    "it is back"
                ),
            )
        return failure("", "{name}: {detail}")

    def close(self) -> None:
        self.engine.dispose()


def open_database(target: str | os.PathLike[str] | None, *, create: bool = False) -> Database:
    """Open a database, upgrading its schema (after a backup copy) when it is older.

    A missing SQLite file is created only with `create`; otherwise the message names `init`,
    so a mistyped path never leaves a stray file.
    """
    url = resolve_database_url(target)
    path = sqlite_path(url)
    if path is not None:
        database = _open_sqlite(url, path, create=create)
    else:
        database = _open_server(url)
    try:
        migrate.ensure_current_schema(database, create=create)
        _set_journal_mode(database)
        if path is None:
            database.server_identity = server_identity_at_open(database)
    except DBAPIError as error:
        database.close()
        raise _connection_error(database, error) from None
    except BaseException:
        database.close()
        raise
    return database


def _connection_error(database: Database, error: DBAPIError) -> DatabaseError:
    """One line for a server that cannot be reached, refuses us, or lacks the database."""
    detail = " ".join(str(error.orig or error).split())
    detail = detail.split("(Background on this error")[0].strip()
    if "does not exist" in detail and "database" in detail:
        return DatabaseError(
            _(
                "{name}: the database does not exist on the server; create it first (see the "
                "README: the central database)"
            ).format(name=database.display_name)
        )
    if "permission denied" in detail or "must be owner" in detail:
        return DatabaseError(
            _(
                "{name}: the login {login} may not set the database up (the server said: "
                "{detail}); use a login that may create roles, as the README's central "
                "database section shows"
            ).format(name=database.display_name, login=database.engine.url.username, detail=detail),
            kind="no_role",
            database=database.display_name,
        )
    if "password authentication failed" in detail or "no password supplied" in detail:
        return DatabaseError(
            _(
                "the database server at {address} refused the login; check the user name and "
                "the password (password file or PGPASSWORD)"
            ).format(address=server_address(database.engine.url)),
            kind="login_refused",
            database=database.display_name,
        )
    return DatabaseError(
        _(
            "the database server at {address} cannot be reached; check that it is running and "
            "that the address is right"
        ).format(address=server_address(database.engine.url)),
        kind="server_unreachable",
        database=database.display_name,
    )


def keep_in_one_file(database: Database) -> None:
    """A laptop's working copy is handed back as one file: a rollback journal instead of WAL,
    so every committed save is in the .db file itself, not in a -wal file beside it."""
    if database.path is not None and database.journal_mode is not None:
        database.journal_mode = "DELETE"
        _set_journal_mode(database)


def _set_journal_mode(database: Database) -> None:
    """WAL on local disks, a rollback journal on network drives and in working copies; kept in
    the file itself."""
    if database.journal_mode is None or database.read_only:
        return
    raw = database.engine.raw_connection()  # outside any transaction, as SQLite requires
    try:
        if (
            database.journal_mode == "WAL"
            and raw.driver_connection.execute("SELECT 1 FROM merge_bases LIMIT 1").fetchone()
        ):
            database.journal_mode = "DELETE"  # a working copy: see keep_in_one_file
        current = raw.driver_connection.execute("PRAGMA journal_mode").fetchone()[0]
        if str(current).upper() != database.journal_mode:
            raw.driver_connection.execute(f"PRAGMA journal_mode={database.journal_mode}")
    finally:
        raw.close()


def _open_server(url: str) -> Database:
    try:
        # A server that went away must not freeze the window for minutes on a TCP timeout.
        connect_args = {} if "connect_timeout" in url else {"connect_timeout": 5}
        engine = create_engine(url, pool_pre_ping=True, connect_args=connect_args)
    except (SQLAlchemyError, ImportError, ValueError):
        # The library's reason is English and about drivers; what matters is what works.
        raise DatabaseError(
            _(
                "cannot use the database URL {url!r}: Statusapp works with SQLite files and "
                "PostgreSQL (postgresql+psycopg://user@host/database) only"
            ).format(url=url)
        ) from None
    return Database(url=url, engine=engine)


def _open_sqlite(url: str, path: Path, *, create: bool) -> Database:
    if path.is_dir():
        raise DatabaseError(_("{path}: is a folder, not a database file").format(path=path))
    if not path.exists():
        if not create:
            raise no_such_database(path)
        if not path.parent.is_dir():
            raise DatabaseError(
                _("{path}: the folder {folder} does not exist").format(
                    path=path, folder=path.parent
                )
            )
    else:
        _check_sqlite_header(path)
    read_only = path.exists() and not os.access(path, os.W_OK)
    warnings: list[str] = []
    journal_mode = "WAL"
    if is_network_path(path):
        # WAL needs shared memory that network file systems do not provide.
        journal_mode = "DELETE"
        warnings.append(
            _(
                "{path} is on a network drive: using a rollback journal instead of WAL; for "
                "several users at once use the central PostgreSQL database"
            ).format(path=path)
        )
    engine = _sqlite_engine(path, read_only=read_only)
    database = Database(
        url=url,
        engine=engine,
        path=path,
        read_only=read_only,
        warnings=warnings,
        journal_mode=journal_mode,
    )
    try:
        with database.reading().connect() as connection:
            connection.exec_driver_sql("SELECT 1")
    except DBAPIError as error:
        engine.dispose()
        detail = str(error.orig).strip()
        if "not a database" in detail or "malformed" in detail:
            raise DatabaseError(
                _("{path}: not a Statusapp database (the file is damaged or no database)").format(
                    path=path
                )
            ) from None
        if _disk_full(path):  # SQLite says "disk I/O error" when it cannot grow its files
            raise DatabaseError(
                _("{path}: the disk is full; free some space and try again").format(path=path),
                kind="disk_full",
                database=str(path),
            ) from None
        raise DatabaseError(
            _(
                "{path}: cannot open the database; check that the file is on a drive you can "
                "reach and that no other program holds it"
            ).format(path=path)
        ) from None
    for warning in warnings:
        log.warning(warning)
    return database


def _disk_full(path: Path) -> bool:
    """True when the folder holding the database has (almost) no space left."""
    try:
        return shutil.disk_usage(path.parent).free < 64 * 1024
    except OSError:
        return False


def server_address(url: Any) -> str:
    """host:port of a server database, as a user would type it."""
    host = url.host or "localhost"
    return f"{host}:{url.port}" if url.port else host


def _check_sqlite_header(path: Path) -> None:
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DatabaseError(
            _("{path}: cannot read the database ({reason})").format(
                path=path, reason=os_reason(error)
            )
        ) from None
    if header and header != SQLITE_HEADER:
        raise DatabaseError(
            _("{path}: not a Statusapp database (the file is not SQLite)").format(path=path)
        )


def _sqlite_engine(path: Path, *, read_only: bool) -> Engine:
    # Our own connect function: a file name is never parsed as a URL ("?" and "#" are legal).
    if read_only:
        uri = path.absolute().as_uri() + "?mode=ro"

        def connect() -> sqlite3.Connection:
            return sqlite3.connect(
                uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS, check_same_thread=False
            )
    else:

        def connect() -> sqlite3.Connection:
            return sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_SECONDS, check_same_thread=False)

    engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy's BEGIN below start transactions, not the driver's lazy default.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        # A writer takes the lock at BEGIN: a deferred one that read first could not upgrade
        # its lock once another writer committed, and SQLite refuses that at once, unwaited.
        reads_only = read_only or connection.get_execution_options().get(READS_ONLY, False)
        connection.exec_driver_sql("BEGIN" if reads_only else "BEGIN IMMEDIATE")

    return engine
