"""A colleague's save made while the window's import preview is open ends as a conflict, not an
overwrite: the import decides every field again when it writes (SQLite and PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from statusapp.services.context import edit_context_for
from statusapp.services.updates import save_status_update
from statusapp.storage.database import open_database
from statusapp.ui.controllers import exchange
from statusapp.ui.main_window import MainWindow
from statusapp.ui.views import import_preview
from tests.conftest import signer_in
from tests.excel_helpers import actions_by_id

SHEET = "1 Veilig wonen, werken en leven"


def _ids_of_rows(workbook: Path, rows: tuple[int, ...]) -> list[str]:
    sheet = openpyxl.load_workbook(workbook)[SHEET]
    return [sheet.cell(row=row, column=6).value for row in rows]


def test_a_save_while_the_preview_is_open_becomes_a_conflict(
    qtbot, builtin_db: str, tmp_path: Path, monkeypatch
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_database(builtin_db)
    workbook = tmp_path / "uitvraag.xlsx"
    assert exchange.export_to_file(window.parts, str(workbook))
    first, second = _ids_of_rows(workbook, (3, 4))
    book = openpyxl.load_workbook(workbook)
    book[SHEET]["E3"] = "Uit de werkmap, eerste"
    book[SHEET]["E4"] = "Uit de werkmap, tweede"
    book.save(workbook)

    shown: list[str] = []

    def colleague_saves_meanwhile(dialog) -> int:
        shown.append(dialog.apply_button.text())
        colleague = edit_context_for(open_database(builtin_db), "Collega")
        try:
            save_status_update(colleague, first, explanation="Collega, terwijl het openstond")
        finally:
            colleague.database.close()
        return QDialog.DialogCode.Accepted

    told: list[str] = []
    monkeypatch.setattr(import_preview.ImportPreviewDialog, "exec", colleague_saves_meanwhile)
    monkeypatch.setattr(
        QMessageBox, "information", lambda parent, title, text, *rest: told.append(text)
    )
    assert import_preview.import_from_file(window.parts, str(workbook))

    assert shown == ["Apply changes (2)"]  # the preview promised both
    stored = actions_by_id(builtin_db)
    assert stored[first].update.explanation == "Collega, terwijl het openstond"
    assert stored[first].update.updated_by == signer_in(builtin_db, "Collega")
    assert stored[second].update.explanation == "Uit de werkmap, tweede"
    assert len(told) == 1 and ": 1." in told[0] and "conflict" in told[0]
    window.close()
    QApplication.processEvents()


def test_the_window_exports_what_the_database_holds_now(
    qtbot, builtin_database: Path, tmp_path: Path
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_database(str(builtin_database))
    first_export = tmp_path / "eerst.xlsx"
    assert exchange.export_to_file(window.parts, str(first_export))
    (first,) = _ids_of_rows(first_export, (3,))
    colleague = edit_context_for(open_database(builtin_database), "Collega")
    try:  # a colleague consolidates while the window is open
        save_status_update(colleague, first, explanation="Net geconsolideerd")
    finally:
        colleague.database.close()
    later = tmp_path / "later.xlsx"
    assert exchange.export_to_file(window.parts, str(later))
    assert openpyxl.load_workbook(later)[SHEET]["E3"].value == "Net geconsolideerd"
    window.close()
