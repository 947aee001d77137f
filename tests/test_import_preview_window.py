"""The window's import preview (File > Import from Excel) and the consolidation dialog show all
that `statusapp import --dry-run` and `consolidate --dry-run` print: changes, conflicts,
changes refused because the update is approved, proposals and missing rows."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from statusapp.domain import ReviewState
from statusapp.services.connection import open_database
from statusapp.services.context import edit_context_for
from statusapp.services.updates import save_status_update, set_review
from statusapp.ui.views.round_dialogs import ConsolidateDialog
from tests.excel_helpers import GREEN_SHEETS, export, row_of
from tests.test_main_window import _open_window

SHEET = GREEN_SHEETS[0]


def _workbook_with_everything(database: Path, folder: Path) -> Path:
    """A returned workbook holding one of each: a change, a conflict, a change to an approved
    update, two proposals and a missing row."""
    workbook = export(database, folder / "uitvraag.xlsx")
    book = openpyxl.load_workbook(workbook)
    sheet = book[SHEET]
    ids = {row: sheet.cell(row=row, column=6).value for row in (3, 4, 5)}
    sheet["C3"] = "2026"  # a change
    sheet["E4"] = "Uit het werkboek"  # a conflict: changed centrally too, below
    sheet["D5"] = "-"  # refused: approved centrally, below
    sheet["B6"] = f"{sheet['B6'].value} (herzien)"  # a proposal: the action's text
    last = sheet.max_row + 1
    sheet[f"B{last}"] = "Een nieuwe actie"  # a proposal: a new row
    book[GREEN_SHEETS[3]].delete_rows(row_of(book[GREEN_SHEETS[3]], "Evalueren routekaart"))
    book.save(workbook)

    central = open_database(database)
    try:
        context = edit_context_for(central, "Control")
        save_status_update(context, ids[4], explanation="Centraal herschreven")
        set_review(context, [ids[5]], ReviewState.APPROVED)
    finally:
        central.close()
    return workbook


def _cli_items(output: str) -> set[tuple[str, str]]:
    """(kind, cell or label) of every line the command line prints about a plan."""
    cell = r"('[^']*'![A-Z]+\d+)"
    items = set()
    for line in output.splitlines():
        line = line.strip()
        if match := re.match(rf"proposal \([^)]*\) {cell}:", line):
            items.add(("proposals", match[1]))
        elif match := re.match(rf"conflict {cell}:", line):
            items.add(("conflicts", match[1]))
        elif match := re.match(rf"refused {cell}:", line):
            items.add(("locked", match[1]))
        elif line.startswith("missing from the workbook: "):
            items.add(("missing", line.removeprefix("missing from the workbook: ")))
        elif match := re.match(rf"{cell}: \w+ of ", line):
            items.add(("changes", match[1]))
    return items


def _window_items(sections) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    items = set()
    for section in sections:
        key = section.data(0, Qt.ItemDataRole.UserRole)
        for index in range(section.childCount()):
            row = section.child(index)
            # The tooltip holds the cell as the core names it (the text puts the reference first).
            items.add((key, row.toolTip(1) if key == "missing" else row.toolTip(0)))
    return items


def test_the_import_preview_shows_all_the_command_line_lists(
    qtbot, builtin_database: Path, tmp_path: Path, monkeypatch, run_statusapp
) -> None:
    workbook = _workbook_with_everything(builtin_database, tmp_path)
    cli = run_statusapp("--db", str(builtin_database), "import", str(workbook), "--dry-run")
    assert cli.returncode == 3, cli.stderr  # conflicts
    expected = _cli_items(cli.stdout)
    assert {kind for kind, _ in expected} == {
        "changes",
        "conflicts",
        "locked",
        "proposals",
        "missing",
    }

    window = _open_window(qtbot, builtin_database)
    shown = {}

    def look(dialog) -> int:  # type: ignore[no-untyped-def]
        sections = [
            dialog.details.topLevelItem(i) for i in range(dialog.details.topLevelItemCount())
        ]
        shown["items"] = _window_items(sections)
        shown["summary"] = dialog.summary.text()
        shown["conflict"] = next(
            s.child(0) for s in sections if s.data(0, Qt.ItemDataRole.UserRole) == "conflicts"
        )
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(workbook), ""))
    monkeypatch.setattr(QDialog, "exec", look)  # the preview, whichever class shows it
    window.actions.import_.trigger()  # File > Import from Excel (Ctrl+I)
    assert shown["items"] == expected
    assert "refused, as the update is approved: 1" in shown["summary"]
    conflict = shown["conflict"]  # handed out, central now, workbook: as the command line
    assert [conflict.text(c) for c in (2, 4, 5)] == [
        "Explanation",
        "Centraal herschreven",
        "Uit het werkboek",
    ]
    assert conflict.text(3)  # the value as handed out

    cli = run_statusapp("--db", str(builtin_database), "consolidate", str(workbook), "--dry-run")
    expected = _cli_items(cli.stdout)
    found = {}

    def preview(dialog) -> int:  # type: ignore[no-untyped-def]
        dialog.files.add_paths([workbook])
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
        file_line = dialog.details.topLevelItem(0)
        found["line"] = file_line.text(0)
        found["results"] = dialog.results.toPlainText()
        found["items"] = _window_items([file_line.child(i) for i in range(file_line.childCount())])
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ConsolidateDialog, "exec", preview)
    window.actions.consolidate.trigger()  # Round > Consolidate, Preview
    assert found["line"].startswith("uitvraag.xlsx: ")  # the command line's line for the file
    assert "1 change to an approved update refused" in found["line"]
    assert found["items"] == expected
    # The window names its own way to reopen, not the command line's.
    assert "the Reopen button under the action" in found["results"]
    assert "statusapp" not in found["results"]
    window.close()
