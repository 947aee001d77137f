"""Backups of SQLite databases, kept in the data folder: before every schema upgrade and every
consolidation, the last ten per database. `statusapp backups` lists them, `restore N` puts one
back (after backing up what it replaces, so a restore can itself be undone).

A backup is checked when it is made and again before it is restored: a copy that is empty,
damaged or not a Statusapp database is never recorded and never put in place of a database.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from statusapp.errors import DatabaseError, os_reason
from statusapp.paths import data_dir
from statusapp.translation import _, ngettext

KEEP = 10
INDEX_NAME = "index.json"
LOCK_NAME = "index.lock"
# A lock file older than this was left by a program that stopped halfway; writing the index
# takes milliseconds.
STALE_LOCK_SECONDS = 30.0
SQLITE_HEADER = b"SQLite format 3\x00"
# Present since the first schema, so a backup taken before an upgrade still qualifies.
PROGRAMME_TABLES = ("programmes", "pillars", "ambitions", "actions", "status_updates")


@dataclass(frozen=True, slots=True)
class Backup:
    number: int  # 1 is the newest
    file: Path
    source: Path
    reason: str
    created: datetime


@dataclass(frozen=True, slots=True)
class Restored:
    backup: Backup
    note: str  # where the state before the restore is kept


def backups_dir() -> Path:
    return data_dir() / "backups"


def _index_path() -> Path:
    return backups_dir() / INDEX_NAME


def _read_index() -> list[dict[str, str]]:
    try:
        entries = json.loads(_index_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(entries, list):
        return []
    return [
        e
        for e in entries
        if isinstance(e, dict) and {"file", "source", "reason", "created"} <= set(e)
    ]


def _write_index(entries: list[dict[str, str]]) -> None:
    # A name of its own: two programs writing at once must not move each other's file.
    temporary = _index_path().with_name(f"{INDEX_NAME}.{uuid.uuid4().hex}.tmp")
    try:
        temporary.write_text(json.dumps(entries, indent=1), encoding="utf-8")
        os.replace(temporary, _index_path())
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise DatabaseError(
            _("cannot write the list of backups {file}: {reason}").format(
                file=_index_path(), reason=os_reason(error)
            )
        ) from None


@contextmanager
def _index_lock() -> Iterator[None]:
    """One program at a time reads, changes and writes the index (consolidations started
    together each back up first). A lock file made with O_EXCL works alike on Windows and on
    network drives; one left by a program that stopped halfway is taken over."""
    from statusapp.storage.database import BUSY_TIMEOUT_SECONDS

    lock = backups_dir() / LOCK_NAME
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    while True:
        try:
            os.close(os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
            break
        except FileExistsError:
            try:
                stale = time.time() - lock.stat().st_mtime > STALE_LOCK_SECONDS
            except FileNotFoundError:
                continue  # released meanwhile
            if stale:
                lock.unlink(missing_ok=True)
            elif time.monotonic() > deadline:
                raise DatabaseError(
                    _("{lock}: another program keeps the list of backups locked; try again").format(
                        lock=lock
                    )
                ) from None
            else:
                time.sleep(0.02)
        except OSError as error:
            raise DatabaseError(
                _("cannot lock the list of backups {lock}: {reason}").format(
                    lock=lock, reason=os_reason(error)
                )
            ) from None
    try:
        yield
    finally:
        lock.unlink(missing_ok=True)


def file_problem(file: Path, *, statusapp: bool) -> str | None:
    """Why `file` is no sound SQLite database with tables (with `statusapp`: no Statusapp
    database this version can open), as a whole clause ("the file is empty"); None when it
    is fine."""
    try:
        with file.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return _("the file is missing")
    except OSError as error:
        return _("the file cannot be read ({reason})").format(reason=os_reason(error))
    if not header:
        return _("the file is empty")
    if header != SQLITE_HEADER:
        return _("the file is not an SQLite database")
    # Read-only, so checking never changes the file (nor creates one).
    uri = file.absolute().as_uri() + "?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True)
        try:
            verdict = [row[0] for row in connection.execute("PRAGMA quick_check")]
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revisions = (
                [row[0] for row in connection.execute("SELECT version_num FROM alembic_version")]
                if "alembic_version" in tables
                else []
            )
        finally:
            connection.close()
    except sqlite3.Error as error:
        return _("the file is damaged ({detail})").format(detail=error)
    if verdict != ["ok"]:
        return _("the file is damaged ({detail})").format(detail=verdict[0])
    if not tables:
        return _("the file holds no tables")
    if not statusapp:
        return None
    missing = [t for t in ("alembic_version", *PROGRAMME_TABLES) if t not in tables]
    if missing:
        return _("the file is not a Statusapp database (no table {tables})").format(
            tables=", ".join(missing)
        )
    from statusapp.storage.migrate import SCHEMA_HEAD, known_revisions

    if len(revisions) != 1:
        return _("the file is not a Statusapp database (it records no schema version)")
    if revisions[0] not in known_revisions():
        return _(
            "the file was written by a newer Statusapp (schema {revision}; this version knows "
            "up to {head})"
        ).format(revision=revisions[0], head=SCHEMA_HEAD)
    return None


def backup_database(path: Path, reason: str, *, prune: bool = True) -> Path:
    """Copy an SQLite database (consistently, even in WAL mode) into the backups folder.

    The copy is checked before it is recorded; with `prune` only the last ten are kept.
    """
    source = Path(path).absolute()
    if not source.is_file():  # sqlite3.connect would create it
        raise DatabaseError(
            _("{source}: could not make a backup (no such file); nothing was changed").format(
                source=source
            )
        )
    folder = backups_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseError(
            _("cannot create the backup folder {folder}: {reason}").format(
                folder=folder, reason=os_reason(error)
            )
        ) from None
    moment = datetime.now(UTC)
    target = folder / f"{source.stem}.{reason}.{moment.strftime('%Y%m%d-%H%M%S-%f')}.db"
    try:
        _copy(source, target, live_source=True)
        # A rollback journal: checking the copy read-only then leaves no -wal/-shm beside it.
        with sqlite3.connect(target) as copy:
            copy.execute("PRAGMA journal_mode=DELETE")
        copy.close()
    except sqlite3.Error as error:
        _remove(target)
        raise DatabaseError(
            _("{source}: could not make a backup ({detail}); nothing was changed").format(
                source=source, detail=error
            )
        ) from None
    problem = file_problem(target, statusapp=False)
    if problem is not None:
        _remove(target)
        raise DatabaseError(
            _(
                "{source}: could not make a backup (its copy: {problem}); nothing was changed"
            ).format(source=source, problem=problem)
        )
    with _index_lock():
        entries = _read_index()
        entries.append(
            {
                "file": target.name,
                "source": str(source),
                "reason": reason,
                "created": moment.isoformat(),
            }
        )
        if prune:
            mine = [e for e in entries if e["source"] == str(source)]
            for old in mine[:-KEEP]:  # keep the last ten of this database
                (folder / old["file"]).unlink(missing_ok=True)
                entries.remove(old)
        _write_index(entries)
    return target


def list_backups(path: Path) -> list[Backup]:
    source = str(Path(path).absolute())
    mine = [
        e for e in _read_index() if e["source"] == source and (backups_dir() / e["file"]).exists()
    ]
    mine.sort(key=lambda e: e["created"], reverse=True)
    return [
        Backup(
            number,
            backups_dir() / e["file"],
            Path(e["source"]),
            e["reason"],
            datetime.fromisoformat(e["created"]),
        )
        for number, e in enumerate(mine, 1)
    ]


def restore_backup(path: Path, number: int) -> Restored:
    """Put backup `number` back in place of the database; what it replaces is backed up first.

    The backup is checked before anything happens; nothing is pruned while restoring (the next
    backup prunes), so the chosen backup stays whatever its number.
    """
    path = Path(path)
    available = list_backups(path)
    chosen = next((b for b in available if b.number == number), None)
    if chosen is None:
        raise DatabaseError(
            ngettext(
                "{path}: there is no backup {number}; `statusapp backups` lists {count} backup",
                "{path}: there is no backup {number}; `statusapp backups` lists {count} backups",
                len(available),
            ).format(path=path, number=number, count=len(available))
        )
    problem = file_problem(chosen.file, statusapp=True)
    if problem is not None:
        raise DatabaseError(
            _("{file}: cannot restore backup {number}: {problem}; {path} was not changed").format(
                file=chosen.file, number=number, problem=problem, path=path
            )
        )
    damaged = file_problem(path, statusapp=False)
    if damaged is None:
        backup_database(path, "before-restore", prune=False)
        note = _("the state before is backup 1 now")
    else:
        note = _keep_damaged(path, damaged)
    try:
        if damaged is None:
            _copy(chosen.file, path)  # one transaction on the live file: all or nothing
        else:
            _replace_file(chosen.file, path)  # SQLite cannot write into a damaged file
    except (sqlite3.Error, OSError) as error:
        detail = os_reason(error) if isinstance(error, OSError) else error
        raise DatabaseError(
            _(
                "{path}: could not restore backup {number} ({detail}); the database was not changed"
            ).format(path=path, number=number, detail=detail)
        ) from None
    after = file_problem(path, statusapp=True)
    if after is not None:
        raise DatabaseError(
            _("{path}: after restoring backup {number}, {problem}; {note}").format(
                path=path, number=number, problem=after, note=note
            )
        )
    return Restored(chosen, note)


def _copy(source: Path, target: Path, *, live_source: bool = False) -> None:
    """SQLite's backup API: the target is written in one transaction, waiting for its lock.

    A backup file is read read-only; a live database as any connection (its WAL included).
    """
    from statusapp.storage.database import BUSY_TIMEOUT_SECONDS

    original = (
        sqlite3.connect(source, timeout=BUSY_TIMEOUT_SECONDS)
        if live_source
        else sqlite3.connect(source.absolute().as_uri() + "?mode=ro", uri=True)
    )
    try:
        copy = sqlite3.connect(target, timeout=BUSY_TIMEOUT_SECONDS)
        try:
            original.backup(copy)
        finally:
            copy.close()
    finally:
        original.close()


def _keep_damaged(path: Path, problem: str) -> str:
    """Keep the raw bytes of a damaged database (and its journals) before they are replaced."""
    if path.stat().st_size == 0:
        return _("the database was empty before")
    kept = backups_dir() / f"{path.stem}.damaged.{datetime.now(UTC):%Y%m%d-%H%M%S-%f}.db"
    try:
        kept.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, kept)
        for suffix in ("-wal", "-journal"):
            journal = path.with_name(path.name + suffix)
            if journal.exists():
                shutil.copyfile(journal, kept.with_name(kept.name + suffix))
    except OSError as error:
        raise DatabaseError(
            _(
                "{path}: cannot keep a copy of the damaged database ({reason}); the database "
                "was not changed"
            ).format(path=path, reason=os_reason(error))
        ) from None
    return _("the damaged database before ({problem}) is kept as {kept}").format(
        problem=problem, kept=kept
    )


def _replace_file(backup: Path, path: Path) -> None:
    """A checked copy beside the database, then renamed over it (atomic on one volume)."""
    temporary = path.with_name(path.name + ".restoring")
    _remove(temporary)
    try:
        _copy(backup, temporary)
        for suffix in ("-wal", "-shm", "-journal"):  # they belong to the damaged file
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        os.replace(temporary, path)
    finally:
        _remove(temporary)


def _remove(file: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            file.with_name(file.name + suffix).unlink(missing_ok=True)
        except OSError:
            pass
