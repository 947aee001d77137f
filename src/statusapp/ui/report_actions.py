"""File > Export to Word / PDF, Print and Print preview: the report's tables as documents."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox

from statusapp.errors import StatusappError
from statusapp.services.exports import ReportDocument, export_word, selected_report
from statusapp.ui.printing import export_pdf, page_layout, paint_report

if TYPE_CHECKING:
    from statusapp.ui.main_window import MainWindow


def _report(window: MainWindow) -> ReportDocument | None:
    tree, database = window.model.tree, window.controller.database
    if tree is None or database is None:
        return None
    window.flush_editors()
    try:
        return selected_report(database, programme=tree.programme.id)  # as stored now
    except StatusappError as error:
        _failed(window, error)
        return None


def _failed(window: MainWindow, error: StatusappError) -> None:
    QMessageBox.warning(window, QCoreApplication.translate("Reports", "Export failed"), str(error))


def export_document(window: MainWindow, suffix: str, path: str | None = None) -> bool:
    """Ask where (unless given), then write the tables as .docx or .pdf, by the services
    `statusapp export` uses."""
    window.flush_editors()
    tree, database = window.model.tree, window.controller.database
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
        path, _ = QFileDialog.getSaveFileName(window, title, suggested, pattern)
        if not path:
            return False
        if not path.lower().endswith(suffix):
            path += suffix
    write = export_word if suffix == ".docx" else export_pdf
    try:
        summary = write(database, Path(path), programme=tree.programme.id)
    except StatusappError as error:
        _failed(window, error)
        return False
    window.statusBar().showMessage(
        QCoreApplication.translate("Reports", "Exported {count} actions to {path}").format(
            count=summary.green_rows + summary.blue_rows, path=path
        ),
        10000,
    )
    return True


def _printer(report: ReportDocument) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout())
    printer.setDocName(f"{report.tree.programme.name} - {report.tree.round.name}")
    return printer


def print_report(window: MainWindow) -> bool:
    report = _report(window)
    if report is None:
        return False
    printer = _printer(report)
    dialog = QPrintDialog(printer, window)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    paint_report(report, printer)
    return True


def preview_report(window: MainWindow) -> QPrintPreviewDialog | None:
    """The print preview; it draws with the same renderer as Print and the PDF export."""
    report = _report(window)
    if report is None:
        return None
    printer = _printer(report)
    dialog = QPrintPreviewDialog(printer, window)
    dialog.setObjectName("printPreviewDialog")
    dialog.setWindowTitle(QCoreApplication.translate("Reports", "Print preview"))
    dialog.paintRequested.connect(lambda target: paint_report(report, target))
    dialog.resize(1100, 800)
    dialog.open()
    return dialog
