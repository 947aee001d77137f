"""Killed at any moment (SIGKILL), the database opens, passes SQLite's integrity check, holds
every commit made before the kill, and has each import or consolidation whole or not at all."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest

from tests.excel_helpers import export

KILL_POINTS = {"autosave": 20, "import": 16, "consolidate": 16}  # 52 kills in all
CHILD = Path(__file__).with_name("crash_child.py")

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="SIGKILL is POSIX; Windows has TerminateProcess"
)


def _run_and_kill(database: Path, mode: str, files: list[Path], delay: float) -> list[str]:
    """Start the child, let it work for `delay` seconds after it is ready, kill it hard."""
    child = subprocess.Popen(
        [sys.executable, str(CHILD), mode, str(database), *map(str, files)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=str(Path(__file__).resolve().parents[1]),
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "READY"
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    output, _ = child.communicate(timeout=60)
    return [line for line in output.splitlines() if line.startswith("COMMITTED")]


def _check_integrity(database: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(database)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    return connection


def _workbook_setting(source: Path, target: Path, marker: str) -> Path:
    """A returned workbook that sets every green action's explanation to `marker`."""
    book = openpyxl.load_workbook(source)
    for sheet in book.worksheets:
        if sheet.title[0].isdigit():
            for row in range(3, sheet.max_row + 1):
                if sheet.cell(row=row, column=6).value:
                    sheet.cell(row=row, column=5, value=marker)
    book.save(target)
    return target


def test_killed_autosaves_lose_nothing_committed(builtin_database: Path) -> None:
    rng = random.Random(20240401)
    for _ in range(KILL_POINTS["autosave"]):
        committed = _run_and_kill(builtin_database, "autosave", [], rng.uniform(0.0, 1.2))
        connection = _check_integrity(builtin_database)
        stored = dict(connection.execute("SELECT action_id, explanation FROM status_updates"))
        latest: dict[str, str] = {}
        for line in committed:
            _, action_id, text = line.split(" ", 2)
            latest[action_id] = text
        for action_id, text in latest.items():
            # A later save of the same action may have committed after the last line printed.
            assert stored[action_id].startswith("save "), action_id
            assert int(stored[action_id].split()[1]) >= int(text.split()[1])
        connection.close()


def test_killed_imports_are_whole_or_absent(builtin_database: Path, tmp_path: Path) -> None:
    source = export(builtin_database, tmp_path / "export.xlsx")
    files = [
        _workbook_setting(source, tmp_path / f"{marker}.xlsx", marker)
        for marker in ("markerA", "markerB")
    ]
    rng = random.Random(7)
    for _ in range(KILL_POINTS["import"]):
        committed = _run_and_kill(builtin_database, "import", files, rng.uniform(0.0, 2.5))
        connection = _check_integrity(builtin_database)
        rows = connection.execute(
            "SELECT u.explanation FROM status_updates u JOIN actions a ON a.id = u.action_id "
            "JOIN ambitions m ON m.id = a.ambition_id WHERE m.table_kind = 'green'"
        ).fetchall()
        markers = {text for (text,) in rows if text in ("markerA", "markerB")}
        assert len(markers) <= 1, "an import was applied in part"
        if markers:
            assert sum(1 for (text,) in rows if text == next(iter(markers))) == len(rows)
        if committed:  # an import reported done is there (or a later one, done after the report)
            assert markers
        connection.close()


def test_killed_consolidations_apply_each_file_whole_or_not(
    builtin_database: Path, tmp_path: Path
) -> None:
    source = export(builtin_database, tmp_path / "export.xlsx")
    book = openpyxl.load_workbook(source)
    ids = [
        book["1 Veilig wonen, werken en leven"].cell(row=r, column=6).value
        for r in range(3, 40)
        if book["1 Veilig wonen, werken en leven"].cell(row=r, column=6).value
    ]
    rng = random.Random(11)
    for kill in range(KILL_POINTS["consolidate"]):
        files, expected = [], {}
        for number in range(3):  # each file changes four actions of its own
            mine = ids[(kill * 3 + number) * 4 % len(ids) :][:4]
            marker = f"file-{kill}-{number}"
            book = openpyxl.load_workbook(source)
            sheet = book["1 Veilig wonen, werken en leven"]
            for row in range(3, sheet.max_row + 1):
                if sheet.cell(row=row, column=6).value in mine:
                    sheet.cell(row=row, column=5, value=marker)
            target = tmp_path / f"{marker}.xlsx"
            book.save(target)
            files.append(target)
            expected[marker] = len(mine)
        source = export(
            builtin_database, tmp_path / f"export-{kill}.xlsx"
        )  # base for the next round
        committed = _run_and_kill(builtin_database, "consolidate", files, rng.uniform(0.0, 2.0))
        connection = _check_integrity(builtin_database)
        for marker, count in expected.items():
            found = connection.execute(
                "SELECT count(*) FROM status_updates WHERE explanation = ?", (marker,)
            ).fetchone()[0]
            assert found in (0, count), f"{marker}: {found} of {count} applied"
            if f"COMMITTED {marker}" in committed:
                assert found == count
        connection.close()
