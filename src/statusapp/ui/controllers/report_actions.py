"""File > Export to Word / PDF, Print and Print preview: the report's tables as documents."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QMessageBox

from statusapp.errors import StatusappError
from statusapp.services.exports import ReportDocument, export_pdf, export_word, selected_report
from statusapp.ui.models.count_texts import count_texts
from statusapp.ui.views.printing import page_layout, paint_report

if TYPE_CHECKING:
    from statusapp.ui.window_parts import WindowParts


def _report(parts: WindowParts) -> ReportDocument | None:
    tree, database = parts.controller.model.tree, parts.controller.database
    if tree is None or database is None:
        return None
    parts.flush_editors()
    try:
        return selected_report(database, programme=tree.programme.id)  # as stored now
    except StatusappError as error:
        _failed(parts, error)
        return None


def _failed(parts: WindowParts, error: StatusappError) -> None:
    QMessageBox.warning(
        parts.parent, QCoreApplication.translate("Reports", "Export failed"), str(error)
    )


def export_document(parts: WindowParts, suffix: str, path: str | None = None) -> bool:
    """Ask where (unless given), then write the tables as .docx or .pdf, by the services
    `statusapp export` uses."""
    parts.flush_editors()
    tree, database = parts.controller.model.tree, parts.controller.database
    if tree is None or database is None:
        return False
    if path is None:
        title, pattern = {
            ".docx": (
                QCoreApplication.translate("Reports", "Export to Word"),
                QCoreApplication.translate("Reports", "Word documents (*.docx)"),
            ),
            ".pdf": (
                QCoreApplication.translate("Reports", "Export to PDF"),
                QCoreApplication.translate("Reports", "PDF documents (*.pdf)"),
            ),
        }[suffix]
        from statusapp.services.handout import safe_file_stem

        suggested = safe_file_stem(f"{tree.programme.name} - {tree.round.name}") + suffix
        path = parts.files.save_file(title, suggested, pattern, suffix)
        if path is None:
            return False
    write = export_word if suffix == ".docx" else export_pdf
    try:
        summary = write(database, Path(path), programme=tree.programme.id)
    except StatusappError as error:
        _failed(parts, error)
        return False
    from statusapp.ui.controllers.publishing_actions import findings_note

    message = count_texts().exported(summary.green_rows + summary.blue_rows, path)
    message += findings_note(database, tree.programme.id)
    if summary.notes:  # the core's words, in this language (a character written by name)
        title = QCoreApplication.translate("Reports", "Exported")
        QMessageBox.information(parts.parent, title, "\n".join(summary.notes))
    parts.show_message(message)
    return True


def _printer(report: ReportDocument) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)  # the pages carry their own margins
    printer.setPageLayout(page_layout())
    printer.setDocName(f"{report.tree.programme.name} - {report.tree.round.name}")
    return printer


def print_report(parts: WindowParts) -> bool:
    report = _report(parts)
    if report is None:
        return False
    printer = _printer(report)
    dialog = QPrintDialog(printer, parts.parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    paint_report(report, printer)
    return True


def preview_report(parts: WindowParts) -> QPrintPreviewDialog | None:
    """The print preview: the PDF export's pages, as Print draws them."""
    report = _report(parts)
    if report is None:
        return None
    printer = _printer(report)
    dialog = QPrintPreviewDialog(printer, parts.parent)
    dialog.setObjectName("printPreviewDialog")
    dialog.setWindowTitle(QCoreApplication.translate("Reports", "Print preview"))
    # The dialog does not own its printer: the closure keeps it alive as long as the dialog.
    dialog.paintRequested.connect(lambda target, kept=printer: paint_report(report, target))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.resize(1100, 800)
    dialog.open()
    return dialog
