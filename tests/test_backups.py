"""Backups before consolidations and upgrades: listed, pruned to ten, and restored."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from statusapp.cli import main
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
    assert "1: " in listing and "consolidation" in listing and "1 backups of" in listing
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
