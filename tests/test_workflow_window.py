"""The whole round as people do it, in the real windows: the control team assigns owners and
hands out the workbooks; each project leader works on their own laptop (a working copy in the
window, or the workbook in LibreOffice) and hands back a workbook or the laptop's database; the
control team consolidates and exports. Every edit ends in the central database and its export.
Once on SQLite and once on PostgreSQL as the central database."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog

from statusapp.domain import Status
from statusapp.services.connection import open_database
from statusapp.services.context import edit_context_for
from statusapp.services.history import action_changes
from statusapp.services.owners import list_owners
from statusapp.services.programmes import load_programme_tree
from statusapp.ui.main_window import MainWindow
from statusapp.ui.views.editors.autosave import SAVE_DELAY_MS
from statusapp.ui.views.handout_dialog import HandoutDialog
from statusapp.ui.views.round_dialogs import ConsolidateDialog
from tests.test_main_window import TARGET, _click_action, _type

ANNA, BRAM, LIES, KAREL = "Anna de Vries", "Bram Bakker", "Lies Jansen", "Karel Klimaat"


def _libreoffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _window(qtbot, database: str | None) -> MainWindow:
    """A window on `database` (None: the default one a new machine makes on first start)."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.open_database(database)
    return window


def _tree(database: str):  # type: ignore[no-untyped-def]
    db = open_database(database)
    try:
        with db.session() as session:
            return load_programme_tree(session)
    finally:
        db.close()


def _actions(database: str) -> dict:  # type: ignore[type-arg]
    return {action.id: action for action in _tree(database).walk_actions()}


def _select(window: MainWindow, node_id: str) -> None:
    assert window.select_node(node_id)
    window.tree.selectionModel().select(
        window.tree.currentIndex(),
        window.tree.selectionModel().SelectionFlag.ClearAndSelect
        | window.tree.selectionModel().SelectionFlag.Rows,
    )


def _assign(window: MainWindow, monkeypatch, node_id: str, owner: str) -> None:
    """Edit > Assign owner on the selected row, the dialog answered."""
    _select(window, node_id)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (owner, True))
    window.actions.assign_owner.trigger()


def _edit_in_window(qtbot, window: MainWindow, text: str, status, planned, explanation) -> None:  # type: ignore[no-untyped-def]
    _click_action(qtbot, window, text)
    editor = window.action_editor
    editor.status_buttons.buttons[status].click()
    _type(qtbot, editor.planned_field, planned)
    _type(qtbot, editor.explanation_field, explanation)
    editor.status_buttons.buttons[status].setFocus()  # leaving the field saves it


def _laptop(qtbot, monkeypatch, workbook: Path, laptop: Path) -> MainWindow:
    """File > Open handed-out workbook on a new laptop: the working copy is a new database."""
    window = _window(qtbot, None)  # a new laptop
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(workbook), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(laptop), ""))
    window.actions.open_workbook.trigger()
    assert window.database_label.text() == str(laptop)
    return window


def _resave_with_libreoffice(workbook: Path, folder: Path) -> Path:
    folder.mkdir()
    profile = folder.parent / "lo-profile"
    subprocess.run(
        [_libreoffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", "xlsx", "--outdir", str(folder), str(workbook)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    resaved = folder / workbook.name
    assert resaved.exists()
    return resaved


def _rows_by_id(workbook: Path) -> dict[str, tuple]:  # type: ignore[type-arg]
    """action id -> (planned, status, explanation) as the green tables show them."""
    book = openpyxl.load_workbook(workbook)
    rows = {}
    for sheet in book.worksheets:
        if not sheet.title[0].isdigit():
            continue
        for row in range(3, sheet.max_row + 1):
            action_id = sheet.cell(row=row, column=6).value
            if action_id:
                rows[action_id] = tuple(sheet.cell(row=row, column=c).value for c in (3, 4, 5))
    return rows


@pytest.mark.skipif(_libreoffice() is None, reason="LibreOffice is not installed")
def test_a_round_handed_out_edited_on_laptops_and_consolidated_in_the_window(
    qtbot, builtin_db: str, tmp_path: Path, monkeypatch
) -> None:
    central_db = builtin_db
    tree = _tree(central_db)
    pillars = tree.pillars
    target = next(a for a in tree.walk_actions() if a.text == TARGET)
    bram_ambition = pillars[0].ambitions[1]
    bram_action = bram_ambition.actions[0]
    lies_ambition = pillars[1].ambitions[0]
    lies_action, karel_action = lies_ambition.actions[0], lies_ambition.actions[1]

    # The control team: owners in the window (the action open in the editor, two ambitions).
    central = _window(qtbot, central_db)
    _click_action(qtbot, central, TARGET)
    _assign(central, monkeypatch, target.id, ANNA)
    _assign(central, monkeypatch, bram_ambition.id, BRAM)
    _assign(central, monkeypatch, lies_ambition.id, LIES)
    _click_action(qtbot, central, TARGET)  # away and back: the owner stays
    qtbot.wait(SAVE_DELAY_MS * 2)
    assert central.action_editor.owner_field.currentText() == ANNA

    # Round > Hand out, the dialog answered.
    handout = tmp_path / "uitvraag"
    handout.mkdir()
    central.actions.hand_out.trigger()
    dialog = central.findChild(HandoutDialog)
    assert dialog is not None
    dialog.folder.setText(str(handout))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    dialog.close()
    workbooks = {owner: next(handout.glob(f"*{owner}*.xlsx")) for owner in (ANNA, BRAM, LIES)}

    # Anna: a working copy in the window, edited in the editor, exported for her.
    anna = _laptop(qtbot, monkeypatch, workbooks[ANNA], tmp_path / "anna.db")
    _edit_in_window(qtbot, anna, TARGET, Status.DONE, "2024", "Anna: vastgesteld door de raad.")
    returned_anna = tmp_path / "terug" / "anna terug.xlsx"
    returned_anna.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(returned_anna), ""))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (ANNA, True))
    anna.actions.export_for_owner.trigger()  # File > Export for owner
    assert returned_anna.exists()
    anna.close()

    # Bram: the workbook in LibreOffice Calc (cells edited, then saved by LibreOffice).
    book = openpyxl.load_workbook(workbooks[BRAM])
    for sheet in book.worksheets:
        if sheet.title[0].isdigit():
            for row in range(3, sheet.max_row + 1):
                if sheet.cell(row=row, column=6).value == bram_action.id:
                    sheet[f"C{row}"] = "2026"
                    sheet[f"D{row}"] = "-"
                    sheet[f"E{row}"] = "Bram: vertraagd door bezwaren."
    edited = tmp_path / "bram bewerkt.xlsx"
    book.save(edited)
    returned_bram = _resave_with_libreoffice(edited, tmp_path / "libreoffice")

    # Lies: a working copy in the window; she hands back the laptop's database itself.
    laptop = tmp_path / "lies laptop.db"
    lies = _laptop(qtbot, monkeypatch, workbooks[LIES], laptop)
    _edit_in_window(qtbot, lies, lies_action.text, Status.ON_TRACK, "2025", "Lies: loopt.")
    _click_action(qtbot, lies, karel_action.text)
    # A working copy is for her own updates: who owns an action is the control team's.
    assert not lies.action_editor.owner_field.isEnabled()
    assert not lies.action_editor.text_field.isEnabled()
    assert lies.action_editor.explanation_field.isEnabled()  # her own action
    assert not lies.action_editor.review_bar.approve_button.isVisibleTo(lies)
    _click_action(qtbot, lies, lies_action.text)
    lies.close()

    # The control team: Round > Consolidate with the three files, then File > Export.
    results = {}

    def run(dialog: ConsolidateDialog) -> int:
        dialog.files.add_paths([returned_anna, returned_bram, laptop])
        results["files"] = dialog.files.count()
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
        results["text"] = dialog.results.toPlainText()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConsolidateDialog, "exec", run)
    central.actions.consolidate.trigger()
    assert results["files"] == 3
    assert results["text"].count(": applied:") == 3, results["text"]

    stored = _actions(central_db)
    expected = {
        target.id: ("2024", Status.DONE, "Anna: vastgesteld door de raad."),
        bram_action.id: ("2026", Status.DELAYED, "Bram: vertraagd door bezwaren."),
        lies_action.id: ("2025", Status.ON_TRACK, "Lies: loopt."),
    }
    for action_id, values in expected.items():
        action = stored[action_id]
        assert (action.planned, action.status, action.explanation) == values
    assert stored[target.id].owner == ANNA
    assert stored[bram_action.id].owner == BRAM
    assert stored[lies_action.id].owner == LIES
    assert stored[karel_action.id].owner == LIES

    database = open_database(central_db)
    try:
        owners = {o.name: o.actions for o in list_owners(database)}
        owner_log = [
            (c.old, c.new)
            for c in action_changes(edit_context_for(database, "Test"), target.id)
            if c.field == "owner"
        ]
    finally:
        database.close()
    assert owners[ANNA] == 1 and KAREL not in owners
    assert owner_log == [(None, ANNA)]  # set once, never cleared by the window

    exported = tmp_path / "geconsolideerd.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(exported), ""))
    central.actions.export.trigger()  # File > Export to Excel
    rows = _rows_by_id(exported)
    for action_id, (planned, status, explanation) in expected.items():
        assert rows[action_id] == (planned, status.symbol or None, explanation)
    central.close()
