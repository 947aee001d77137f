"""Helpers for the Excel tests: export a database, edit a workbook as a user would, read the DB."""

from __future__ import annotations

from pathlib import Path

from statusapp.excel.export import export_workbook
from statusapp.services.programmes import load_programme_tree
from statusapp.storage.database import open_database

GREEN_SHEETS = [
    "1 Veilig wonen, werken en leven",
    "2 Klimaatbestendig Heemstede",
    "3 We zorgen voor elkaar",
    "4 Samen richten we Heemstede in",
]


def load_tree(database: Path):
    db = open_database(database)
    try:
        with db.session() as session:
            return load_programme_tree(session)
    finally:
        db.close()


def export(database: Path, target: Path, **options) -> Path:
    export_workbook(load_tree(database), target, **options)
    return target


def actions_by_id(database: Path) -> dict:
    return {action.id: action for action in load_tree(database).walk_actions()}


def row_of(sheet, text_start: str) -> int:
    """The row whose action cell starts with `text_start`."""
    for row in range(3, sheet.max_row + 1):
        value = sheet.cell(row=row, column=2).value
        if isinstance(value, str) and value.startswith(text_start):
            return row
    raise AssertionError(f"no row starts with {text_start!r}")
