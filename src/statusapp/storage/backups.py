"""Backups of SQLite databases, kept in the data folder: before every schema upgrade and every
consolidation, the last ten per database. `statusapp backups` lists them, `restore N` puts one
back (after backing up what it replaces, so a restore can itself be undone)."""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from statusapp.errors import DatabaseError
from statusapp.paths import data_dir

KEEP = 10
INDEX_NAME = "index.json"


@dataclass(frozen=True, slots=True)
class Backup:
    number: int  # 1 is the newest
    file: Path
    source: Path
    reason: str
    created: datetime


def backups_dir() -> Path:
    return data_dir() / "backups"


def _index_path() -> Path:
    return backups_dir() / INDEX_NAME


def _read_index() -> list[dict[str, str]]:
    try:
        entries = json.loads(_index_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [
        e
        for e in entries
        if isinstance(e, dict) and {"file", "source", "reason", "created"} <= set(e)
    ]


def _write_index(entries: list[dict[str, str]]) -> None:
    temporary = _index_path().with_suffix(".tmp")
    temporary.write_text(json.dumps(entries, indent=1), encoding="utf-8")
    os.replace(temporary, _index_path())


def backup_database(path: Path, reason: str) -> Path:
    """Copy an SQLite database (consistently, even in WAL mode) into the backups folder."""
    source = Path(path).absolute()
    folder = backups_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseError(f"cannot create the backup folder {folder}: {error.strerror}") from None
    moment = datetime.now(UTC)
    target = folder / f"{source.stem}.{reason}.{moment.strftime('%Y%m%d-%H%M%S-%f')}.db"
    try:
        with sqlite3.connect(source) as original, sqlite3.connect(target) as copy:
            original.backup(copy)
        copy.close()
        original.close()
    except sqlite3.Error as error:
        target.unlink(missing_ok=True)
        raise DatabaseError(
            f"{source}: could not make a backup ({error}); nothing was changed"
        ) from None
    entries = _read_index()
    entries.append(
        {
            "file": target.name,
            "source": str(source),
            "reason": reason,
            "created": moment.isoformat(),
        }
    )
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


def restore_backup(path: Path, number: int) -> Backup:
    """Put backup `number` back in place of the database; what it replaces is backed up first."""
    available = list_backups(path)
    chosen = next((b for b in available if b.number == number), None)
    if chosen is None:
        raise DatabaseError(
            f"{path}: there is no backup {number}; `statusapp backups` lists {len(available)}"
        )
    backup_database(path, "before-restore")
    try:
        with sqlite3.connect(chosen.file) as copy, sqlite3.connect(Path(path)) as target:
            copy.backup(target)
        target.close()
        copy.close()
    except sqlite3.Error as error:
        raise DatabaseError(f"{path}: could not restore backup {number} ({error})") from None
    return chosen
