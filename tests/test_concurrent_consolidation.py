"""Eight control-team members consolidating at the same moment lose nothing: of eight files
changing the same explanations, each explanation takes one value and the seven others become
conflicts, on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl
from sqlalchemy import func, select

from statusapp.services.exports import export_programme
from statusapp.storage.database import open_database
from statusapp.storage.schema import ChangeLogRow, ConflictRow, StatusUpdateRow
from tests.excel_helpers import load_tree

PROCESSES = 8
ACTIONS = 5


def _handed_out(database: str, folder: Path) -> tuple[list[str], list[Path]]:
    tree = load_tree(database)
    ids = [a.id for amb in tree.ambitions() if amb.table.value == "green" for a in amb.actions]
    chosen = ids[:ACTIONS]
    files = []
    db = open_database(database)
    try:
        for number in range(PROCESSES):
            target = folder / f"werkmap {number}.xlsx"
            export_programme(db, target, user="Control")
            book = openpyxl.load_workbook(target)
            for sheet in book.worksheets:
                if not sheet.title[0].isdigit():
                    continue
                for row in range(3, sheet.max_row + 1):
                    if sheet.cell(row=row, column=6).value in chosen:
                        sheet[f"E{row}"] = f"Versie van proces {number}"
            book.save(target)
            files.append(target)
    finally:
        db.close()
    return chosen, files


def test_eight_concurrent_consolidations_lose_nothing(builtin_db: str, tmp_path: Path) -> None:
    chosen, files = _handed_out(builtin_db, tmp_path)
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "statusapp", "--db", builtin_db, "consolidate", str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env={**environment, "STATUSAPP_USER": f"Controller {number}"},
        )
        for number, path in enumerate(files)
    ]
    outcomes = [(p.wait(timeout=300), *p.communicate()) for p in processes]
    refused = [(code, out, err) for code, out, err in outcomes if code not in (0, 3)]
    assert refused == [], refused

    db = open_database(builtin_db)
    try:
        with db.session() as session:
            for action_id in chosen:
                applied = (
                    session.execute(
                        select(ChangeLogRow.new_value).where(
                            ChangeLogRow.action_id == action_id,
                            ChangeLogRow.field == "explanation",
                            ChangeLogRow.source == "consolidate",
                        )
                    )
                    .scalars()
                    .all()
                )
                current = session.execute(
                    select(StatusUpdateRow.explanation).where(
                        StatusUpdateRow.action_id == action_id
                    )
                ).scalar_one()
                conflicts = session.execute(
                    select(func.count())
                    .select_from(ConflictRow)
                    .where(ConflictRow.action_id == action_id, ConflictRow.resolved_at.is_(None))
                ).scalar_one()
                # One file's value went in; every other file's value is an open conflict.
                assert applied == [current], (action_id, applied, current)
                assert conflicts == PROCESSES - 1, (action_id, conflicts)
    finally:
        db.close()
    assert sum(1 for code, _, _ in outcomes if code == 0) == 1
