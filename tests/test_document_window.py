"""Word, PDF, print preview and hand-out from the window."""

from __future__ import annotations

import email
import re
import shutil
import subprocess
from datetime import date
from email.policy import default as default_policy
from pathlib import Path

import docx
import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from statusapp.ui.controllers import report_actions
from statusapp.ui.views import handout_dialog
from tests.test_handout import ANNA, TEAM, _assign
from tests.test_main_window import _open_window


def test_export_word_and_pdf_from_the_window(qtbot, builtin_database: Path, tmp_path) -> None:
    window = _open_window(qtbot, builtin_database)
    assert window.actions.export_word.isEnabled() and window.actions.print_preview.isEnabled()
    assert report_actions.export_document(window.parts, ".docx", str(tmp_path / "verslag.docx"))
    assert len(docx.Document(str(tmp_path / "verslag.docx")).tables) == 9
    assert report_actions.export_document(window.parts, ".pdf", str(tmp_path / "verslag.pdf"))
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(tmp_path / "verslag.pdf")], capture_output=True,
                              text=True, check=True).stdout  # fmt: skip
        size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts \(A4\)", info)
        assert size and round(float(size[1])) == 842 and round(float(size[2])) == 595  # landscape
    assert "Exported 126 actions" in window.statusBar().currentMessage()


def test_print_preview_draws_the_pages_of_the_pdf(qtbot, builtin_database: Path, tmp_path) -> None:
    window = _open_window(qtbot, builtin_database)
    dialog = report_actions.preview_report(window.parts)
    assert dialog is not None
    qtbot.addWidget(dialog)
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() > 10)
    # The preview draws the PDF's own pages (one typesetter, the fonts shipped), so they agree.
    assert 12 <= preview.pageCount() <= 20
    if shutil.which("pdfinfo"):
        assert report_actions.export_document(window.parts, ".pdf", str(tmp_path / "verslag.pdf"))
        info = subprocess.run(["pdfinfo", str(tmp_path / "verslag.pdf")], capture_output=True,
                              text=True, check=True).stdout  # fmt: skip
        assert re.search(rf"^Pages:\s+{preview.pageCount()}$", info, re.MULTILINE), info
    import gc

    gc.collect()  # the printer must outlive the call that made it: the preview paints again
    dialog.resize(900, 700)
    preview.updatePreview()
    qtbot.waitUntil(lambda: preview.pageCount() > 10)
    dialog.close()


@pytest.mark.parametrize("undo", [False, True])
def test_hand_out_from_the_round_view(
    qtbot, builtin_database: Path, tmp_path, undo, monkeypatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    _assign(builtin_database)
    window = _open_window(qtbot, builtin_database)
    dialog = handout_dialog.hand_out(window)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == [ANNA, TEAM]
    dialog.table.item(0, 1).setText("anna@heemstede.nl")  # typed into the table: undoable
    dialog.table.item(1, 1).setText("geen adres")  # refused, the stored (empty) one comes back
    assert dialog.table.item(1, 1).text() == ""
    assert warnings == ["'geen adres' is no e-mail address (expected name@example.nl)"]
    if undo:
        window.actions.undo.trigger()
        assert dialog.table.item(0, 1).text() == ""
    dialog.folder.setText(str(tmp_path))
    dialog.deadline.setDate(date(2024, 6, 14))
    dialog.findChild(QDialogButtonBox).findChild(type(dialog.write_button), "handoutWrite").click()
    report = dialog.report.toPlainText()
    assert report.endswith(f"Wrote 2 workbooks and mails to {tmp_path}. Nothing was sent.")
    anna = next(tmp_path.glob("*Anna de Vries.eml"))
    message = email.message_from_bytes(anna.read_bytes(), policy=default_policy)
    assert str(message["To"]) == ("" if undo else f"{ANNA} <anna@heemstede.nl>")
    assert "14 juni 2024" in message["Subject"]
    assert window.model.tree.round.deadline == date(2024, 6, 14)
    assert len(list(tmp_path.glob("*.xlsx"))) == 2
    from statusapp.services.rounds import list_rounds

    assert list_rounds(window.controller.database)[-1].deadline == date(2024, 6, 14)
    assert window.controller.undo_stack.undoText() == "Set the hand-in date"
    window.actions.undo.trigger()  # the date goes back; the written files stay
    assert window.model.tree.round.deadline is None
    assert list_rounds(window.controller.database)[-1].deadline is None
    assert len(list(tmp_path.glob("*.xlsx"))) == 2
