"""File > Export: the workbook exchange, with progress (File > Import: views/import_preview.py)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from statusapp.errors import StatusappError
from statusapp.ui.models.count_texts import count_texts

if TYPE_CHECKING:
    from statusapp.ui.window_parts import WindowParts

SHOW_PROGRESS_FROM_ROWS = 500


def export_to_file(
    parts: WindowParts, path: str | None = None, *, owner: str | None = None
) -> bool:
    """Ask where (unless given), then write the workbook (as `statusapp export` does) with a
    progress dialog."""
    controller = parts.controller
    tree = controller.model.tree
    if tree is None:
        return False
    if path is None:
        suggested = f"{tree.programme.name} - {tree.round.name}.xlsx".replace("/", "-")
        path = parts.files.save_file(
            QCoreApplication.translate("Exchange", "Export to Excel"),
            suggested,
            QCoreApplication.translate("Exchange", "Excel workbooks (*.xlsx)"),
            ".xlsx",
        )
        if path is None:
            return False
    from statusapp.services.exports import export_programme

    database = controller.database
    if database is None:
        return False
    parts.flush_editors()
    total = sum(1 for _ in tree.walk_actions())
    dialog = None
    if total >= SHOW_PROGRESS_FROM_ROWS:
        dialog = QProgressDialog(
            QCoreApplication.translate("Exchange", "Writing the workbook…"),
            "",
            0,
            total,
            parts.parent,
        )
        dialog.setWindowTitle(QCoreApplication.translate("Exchange", "Export to Excel"))
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)

    def progress(done: int, _total: int) -> None:
        if dialog is not None:
            dialog.setValue(done)
            QCoreApplication.processEvents()

    try:
        # The service the command line uses: a working copy's handed-out values go along.
        summary = export_programme(
            database,
            Path(path),
            programme=tree.programme.id,  # read afresh: others may have saved since it opened
            owner=owner,
            progress=progress,
            user=controller.context.user if controller.context else None,
        )
    except StatusappError as error:
        QMessageBox.warning(
            parts.parent, QCoreApplication.translate("Exchange", "Export failed"), str(error)
        )
        return False
    finally:
        if dialog is not None:
            dialog.close()
    from statusapp.ui.controllers.publishing_actions import findings_note

    message = count_texts().exported(summary.green_rows + summary.blue_rows, path)
    parts.show_message(message + findings_note(parts.controller.database, tree.programme.id))
    return True
