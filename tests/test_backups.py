"""Backups before consolidations and upgrades: listed, pruned to ten, and restored."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from statusapp.cli import main
from statusapp.errors import DatabaseError
from statusapp.storage.backups import KEEP, backup_database, backups_dir, list_backups
from tests.excel_helpers import actions_by_id, export


def test_consolidation_keeps_a_backup_that_restore_brings_back(
    builtin_database: Path, tmp_path: Path, capsys
) -> None:
    workbook = export(builtin_database, tmp_path / "terug.xlsx")
    import openpyxl

    book = openpyxl.load_workbook(workbook)
    book["1 Veilig wonen, werken en leven"]["E3"] = "Na de samenvoeging"
    book.save(workbook)
    before = actions_by_id(builtin_database)
    assert main(["--db", str(builtin_database), "consolidate", str(workbook)]) == 0
    after = actions_by_id(builtin_database)
    assert after != before
    backups = list_backups(builtin_database)
    assert [b.reason for b in backups] == ["consolidation"]
    assert backups[0].file.parent == backups_dir()

    capsys.readouterr()
    assert main(["--db", str(builtin_database), "backups"]) == 0
    listing = capsys.readouterr().out
    assert "1: " in listing and "consolidation" in listing and "1 backup of" in listing
    assert main(["--db", str(builtin_database), "restore", "1"]) == 0
    assert actions_by_id(builtin_database) == before
    assert [b.reason for b in list_backups(builtin_database)] == ["before-restore", "consolidation"]
    assert main(["--db", str(builtin_database), "restore", "1"]) == 0  # undo the restore
    assert actions_by_id(builtin_database) == after


def test_only_the_last_ten_backups_are_kept(builtin_database: Path) -> None:
    made = [backup_database(builtin_database, f"test-{n}") for n in range(KEEP + 3)]
    kept = list_backups(builtin_database)
    assert len(kept) == KEEP
    assert [b.file for b in kept] == list(reversed(made[-KEEP:]))
    assert not any(path.exists() for path in made[:3])
    with sqlite3.connect(kept[0].file) as copy:
        assert copy.execute("SELECT count(*) FROM actions").fetchone() == (126,)
    copy.close()


def test_restore_of_a_missing_backup_is_one_line(builtin_database: Path, capsys) -> None:
    before = builtin_database.read_bytes()
    assert main(["--db", str(builtin_database), "restore", "4"]) == 1
    assert "there is no backup 4" in capsys.readouterr().err
    assert builtin_database.read_bytes() == before


def _name(database: Path) -> str:
    with sqlite3.connect(database) as connection:
        (name,) = connection.execute("SELECT name FROM programmes").fetchone()
    connection.close()
    return name


def _rename(database: Path, name: str) -> None:
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE programmes SET name = ?", (name,))
    connection.close()


def _cli(database: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The real command line in its own process (the data folder comes from the environment)."""
    return subprocess.run(
        [sys.executable, "-m", "statusapp", "--db", str(database), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_restore_of_the_oldest_of_ten_backups_brings_it_back(builtin_database: Path) -> None:
    for n in range(KEEP):
        _rename(builtin_database, f"Versie {n}")
        backup_database(builtin_database, f"test-{n}")
    _rename(builtin_database, "Nu")
    oldest = list_backups(builtin_database)[KEEP - 1]
    assert oldest.reason == "test-0"

    result = _cli(builtin_database, "restore", str(KEEP))
    assert result.returncode == 0, result.stderr
    assert f"restored backup {KEEP} (test-0" in result.stdout
    assert _name(builtin_database) == "Versie 0"
    assert oldest.file.exists()  # the before-restore backup pruned nothing
    after = list_backups(builtin_database)
    assert [b.reason for b in after] == ["before-restore", *(f"test-{n}" for n in range(9, -1, -1))]
    assert _cli(builtin_database, "restore", "1").returncode == 0  # undo the restore
    assert _name(builtin_database) == "Nu"


def _foreign(file: Path) -> None:
    file.unlink()
    with sqlite3.connect(file) as other:
        other.execute("CREATE TABLE contacts (name TEXT)")
        other.execute("INSERT INTO contacts VALUES ('Anna')")
    other.close()


def _newer(file: Path) -> None:
    with sqlite3.connect(file) as newer:
        newer.execute("UPDATE alembic_version SET version_num = '0099'")
    newer.close()


SPOILERS = {
    "empty": (lambda f: f.write_bytes(b""), "the file is empty"),
    "truncated": (lambda f: f.write_bytes(f.read_bytes()[: f.stat().st_size // 2]), "damaged"),
    "random bytes": (
        lambda f: f.write_bytes(random.Random(14).randbytes(8192)),
        "is not an SQLite database",
    ),
    "foreign": (_foreign, "is not a Statusapp database (no table alembic_version"),
    "newer schema": (_newer, "was written by a newer Statusapp (schema 0099"),
}


@pytest.mark.parametrize("spoil", SPOILERS, ids=list(SPOILERS))
def test_an_unusable_backup_is_refused_and_the_database_kept(
    builtin_database: Path, spoil: str
) -> None:
    backup_database(builtin_database, "consolidation")
    chosen = list_backups(builtin_database)[0].file
    spoiler, reason = SPOILERS[spoil]
    spoiler(chosen)
    spoiled = chosen.read_bytes()
    before = builtin_database.read_bytes()

    result = _cli(builtin_database, "restore", "1")
    assert result.returncode == 1
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith(f"statusapp: error: {chosen}: cannot restore backup 1: ")
    assert reason in line and line.endswith("was not changed")
    assert builtin_database.read_bytes() == before
    assert chosen.read_bytes() == spoiled  # still there, untouched
    assert [b.file for b in list_backups(builtin_database)] == [chosen]  # no before-restore


@pytest.mark.parametrize("content", [b"", b"SQLite format 3\x00" + bytes(84)], ids=["empty", "bad"])
def test_no_backup_is_recorded_of_an_empty_or_damaged_file(tmp_path: Path, content: bytes) -> None:
    source = tmp_path / "leeg.db"
    source.write_bytes(content)
    with pytest.raises(DatabaseError, match="could not make a backup") as refused:
        backup_database(source, "consolidation")
    assert "\n" not in str(refused.value)
    assert list_backups(source) == []
    assert not backups_dir().exists() or not any(backups_dir().glob("leeg.*"))
    assert source.read_bytes() == content


def test_restore_mends_a_database_that_was_emptied(builtin_database: Path) -> None:
    """What the old restore left behind: the backups bring it back."""
    backup_database(builtin_database, "consolidation")
    builtin_database.write_bytes(b"")
    result = _cli(builtin_database, "restore", "1")
    assert result.returncode == 0, result.stderr
    assert "the database was empty before" in result.stdout
    assert _name(builtin_database) == "Uitvoeringsprogramma 2022-2026"
    assert main(["--db", str(builtin_database), "list"]) == 0


def test_backups_taken_at_the_same_moment_are_all_listed(builtin_database: Path) -> None:
    # Eight consolidations starting together each back up first: none may fail on the shared
    # index, and none may drop another's entry (a backup that exists but is never listed).
    import threading

    start = threading.Barrier(8)
    failures: list[BaseException] = []

    def back_up() -> None:
        start.wait()
        try:
            backup_database(builtin_database, "consolidation")
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=back_up) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert len(list_backups(builtin_database)) == 8


def test_a_lock_left_by_a_stopped_program_is_taken_over(builtin_database: Path) -> None:
    import os
    import time

    from statusapp.storage.backups import LOCK_NAME, STALE_LOCK_SECONDS

    backups_dir().mkdir(parents=True, exist_ok=True)
    lock = backups_dir() / LOCK_NAME
    lock.write_bytes(b"")
    long_ago = time.time() - STALE_LOCK_SECONDS - 5
    os.utime(lock, (long_ago, long_ago))
    backup_database(builtin_database, "consolidation")
    assert len(list_backups(builtin_database)) == 1
    assert not lock.exists()
