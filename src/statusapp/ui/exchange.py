"""File > Export and File > Import: the workbook exchange, with progress and a preview."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from statusapp.errors import StatusappError
from statusapp.services.workbook_import import ImportPlan

if TYPE_CHECKING:
    from statusapp.ui.main_window import MainWindow

SHOW_PROGRESS_FROM_ROWS = 500


def export_to_file(
    window: MainWindow, path: str | None = None, *, owner: str | None = None
) -> bool:
    """Ask where (unless given), then write the workbook (as `statusapp export` does) with a
    progress dialog."""
    tree = window.model.tree
    if tree is None:
        return False
    if path is None:
        suggested = f"{tree.programme.name} - {tree.round.name}.xlsx".replace("/", "-")
        path, _ = QFileDialog.getSaveFileName(
            window,
            QCoreApplication.translate("Exchange", "Export to Excel"),
            suggested,
            QCoreApplication.translate("Exchange", "Excel workbooks (*.xlsx)"),
        )
        if not path:
            return False
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
    from statusapp.services.exports import export_programme

    database = window.controller.database
    if database is None:
        return False
    window.flush_editors()
    total = sum(1 for _ in tree.walk_actions())
    dialog = None
    if total >= SHOW_PROGRESS_FROM_ROWS:
        dialog = QProgressDialog(
            QCoreApplication.translate("Exchange", "Writing the workbook…"), "", 0, total, window
        )
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
            tree=tree,
            owner=owner,
            progress=progress,
            user=window.controller.context.user if window.controller.context else None,
        )
    except StatusappError as error:
        QMessageBox.warning(
            window, QCoreApplication.translate("Exchange", "Export failed"), str(error)
        )
        return False
    finally:
        if dialog is not None:
            dialog.close()
    window.statusBar().showMessage(
        QCoreApplication.translate("Exchange", "Exported {count} actions to {path}").format(
            count=summary.green_rows + summary.blue_rows, path=path
        ),
        10000,
    )
    return True


def import_from_file(window: MainWindow, path: str | None = None) -> bool:
    """Read a workbook, show every change it brings, and apply them when the user agrees."""
    if window.controller.context is None:
        return False
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            window,
            QCoreApplication.translate("Exchange", "Import from Excel"),
            "",
            QCoreApplication.translate("Exchange", "Excel workbooks (*.xlsx)"),
        )
        if not path:
            return False
    window.flush_editors()
    plan = window.controller.prepare_import(Path(path))
    if plan is None:
        return False
    preview = ImportPreviewDialog(plan, window)
    if preview.exec() != QDialog.DialogCode.Accepted or not plan.changes:
        return False
    return window.controller.apply_import(plan)


class ImportPreviewDialog(QDialog):
    """Every change, conflict, proposal and missing row, before anything is applied."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setWindowTitle(self.tr("Import {name}").format(name=plan.source.name))
        self.resize(900, 560)
        summary = QLabel(
            self.tr(
                "{changed} actions change, {unchanged} stay as they are, {proposals} proposals, "
                "{conflicts} conflicts, {missing} rows missing."
            ).format(
                changed=plan.changed_actions,
                unchanged=plan.unchanged,
                proposals=len(plan.proposals),
                conflicts=len(plan.conflicts),
                missing=len(plan.missing),
            ),
            self,
        )
        summary.setObjectName("importSummary")
        summary.setWordWrap(True)
        self.details = QTreeWidget(self)
        self.details.setObjectName("importDetails")
        self.details.setAccessibleName(self.tr("Changes in the workbook"))
        self.details.setHeaderLabels(
            [
                self.tr("Cell"),
                self.tr("Action"),
                self.tr("Field"),
                self.tr("Now"),
                self.tr("Workbook"),
            ]
        )
        self._section(
            self.tr("Changes to apply"),
            [(c.cell, c.label, c.field, c.old, c.new) for c in plan.changes],
        )
        self._section(
            self.tr("Conflicts: changed here and in the workbook; left as here"),
            [(c.cell, c.label, c.field, c.current, c.incoming) for c in plan.conflicts],
        )
        self._section(
            self.tr("Proposals: not applied; change them in the window if you agree"),
            [(p.cell, p.kind, "", p.old, p.new) for p in plan.proposals],
        )
        self._section(
            self.tr("Rows missing from the workbook: nothing is deleted"),
            [("", label, "", "", "") for label in plan.missing],
        )
        buttons = QDialogButtonBox(self)
        apply = buttons.addButton(
            self.tr("Apply {count} changes").format(count=len(plan.changes)),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        apply.setObjectName("applyImportButton")
        apply.setEnabled(bool(plan.changes))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def _section(self, title: str, rows: list[tuple[str, str, str, str, str]]) -> None:
        if not rows:
            return
        section = QTreeWidgetItem([f"{title} ({len(rows)})"])
        section.setFirstColumnSpanned(True)
        self.details.addTopLevelItem(section)
        for row in rows:
            item = QTreeWidgetItem([text.replace("\n", " ⏎ ")[:200] for text in row])
            for column, text in enumerate(row):
                item.setToolTip(column, text)
            section.addChild(item)
        section.setExpanded(True)
        section.setFirstColumnSpanned(True)
