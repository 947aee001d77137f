"""What a workbook (or a laptop's database) brings, shown before or after it is applied: the
changes, the conflicts, the changes refused because the update is approved, the proposals and
the rows that went missing. Everything `statusapp import --dry-run` and `consolidate` print.

File > Import from Excel (Ctrl+I) previews with it; the consolidation dialog lists each file's
plan with it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from statusapp.domain import Status
from statusapp.domain.labels import field_label
from statusapp.services.workbook_import import ImportPlan, Proposal
from statusapp.ui.models.count_texts import count_texts
from statusapp.ui.models.status_style import status_caption

if TYPE_CHECKING:
    from statusapp.ui.window_parts import WindowParts

Row = tuple[str, str, str, str, str, str]  # cell, action, field, handed out, now, workbook


def plan_summary(plan: ImportPlan) -> str:
    """The counts `statusapp import` ends with, in the window's language: what is counted
    (field changes, in how many actions) said in words, and a plain sentence when nothing is
    to import."""
    rest = QCoreApplication.translate(
        "ImportPreview",
        "Actions staying as they are: {unchanged}; proposals: {proposals}; conflicts: "
        "{conflicts}; refused, as the update is approved: {locked}; rows missing: {missing}.",
    ).format(
        unchanged=plan.unchanged,
        proposals=len(plan.proposals),
        conflicts=len(plan.conflicts),
        locked=len(plan.locked),
        missing=len(plan.missing),
    )
    if not plan.changes:
        nothing = QCoreApplication.translate(
            "ImportPreview", "Nothing to import: the workbook holds no changes."
        )
        return "\n".join([nothing, rest])
    changes = count_texts().changes_in_actions(len(plan.changes), plan.changed_actions)
    return QCoreApplication.translate("ImportPreview", "{changes}. {rest}").format(
        changes=changes, rest=rest
    )


def field_name(field: str) -> str:
    """A field as users know it ("Toelichting"), the same name the core's messages use."""
    return field_label(field)


def proposal_kind(kind: str) -> str:
    kinds = {
        "text": QCoreApplication.translate("ImportPreview", "Action text"),
        "ambition": QCoreApplication.translate("ImportPreview", "Ambition"),
        "new action": QCoreApplication.translate("ImportPreview", "New action"),
        "sub-items": QCoreApplication.translate("ImportPreview", "Sub-items"),
    }
    return kinds.get(kind, kind)


def shown_value(field: str, value: str | None) -> str:
    if field == "status" and value is not None:
        try:
            status = Status(value)
        except ValueError:
            return value
        return status_caption(status)
    return value or ""


class PlanDetails(QTreeWidget):
    """A plan's items in sections; one plan, or one per file under the file's line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDetails")
        self.setAccessibleName(
            QCoreApplication.translate("ImportPreview", "Changes in the workbook")
        )
        self.setHeaderLabels(
            [
                QCoreApplication.translate("ImportPreview", "Cell"),
                QCoreApplication.translate("ImportPreview", "Action"),
                QCoreApplication.translate("ImportPreview", "Field or kind"),
                QCoreApplication.translate("ImportPreview", "Exported"),
                QCoreApplication.translate("ImportPreview", "Now in the database"),
                QCoreApplication.translate("ImportPreview", "Workbook"),
            ]
        )
        self.setColumnWidth(0, 70)
        self.setColumnWidth(1, 260)

    def add_plan(
        self, plan: ImportPlan, *, under: QTreeWidgetItem | None = None, applied: bool = False
    ) -> None:
        """The plan's sections, at the top level or under `under` (a file's line).
        `applied`: the changes were made (consolidation), not only proposed."""
        changes = (
            QCoreApplication.translate("ImportPreview", "Changes applied")
            if applied
            else QCoreApplication.translate("ImportPreview", "Changes to apply")
        )
        sections: list[tuple[str, str, list[Row]]] = [
            (
                "changes",
                changes,
                [_field_row(c.cell, c.label, c.field, c.base, c.old, c.new) for c in plan.changes],
            ),
            (
                "conflicts",
                QCoreApplication.translate(
                    "ImportPreview", "Conflicts: changed here and in the workbook; left as here"
                ),
                [
                    _field_row(c.cell, c.label, c.field, c.base, c.current, c.incoming)
                    for c in plan.conflicts
                ],
            ),
            (
                "locked",
                QCoreApplication.translate(
                    "ImportPreview", "Refused: the update is approved; reopen it to change it"
                ),
                [_field_row(c.cell, c.label, c.field, None, c.old, c.new) for c in plan.locked],
            ),
            (
                "proposals",
                QCoreApplication.translate(
                    "ImportPreview",
                    "Proposals: not applied; change them in the window if you agree",
                ),
                [_proposal_row(p) for p in plan.proposals],
            ),
            (
                "missing",
                QCoreApplication.translate(
                    "ImportPreview", "Rows missing from the workbook: nothing is deleted"
                ),
                [("", label, "", "", "", "") for label in plan.missing],
            ),
        ]
        for key, title, rows in sections:
            self._section(key, title, rows, under)
        for column, widest in ((0, 260), (2, 140)):  # cells name their sheet: fit, within bounds
            self.resizeColumnToContents(column)
            self.setColumnWidth(column, min(max(self.columnWidth(column), 70), widest))
        for column in (3, 4):  # value columns: at least their caption ("Nu in de database")
            hint = self.header().sectionSizeHint(column)
            self.setColumnWidth(column, max(self.columnWidth(column), hint))

    def _section(
        self, key: str, title: str, rows: list[Row], under: QTreeWidgetItem | None
    ) -> None:
        if not rows:
            return
        section = QTreeWidgetItem([f"{title} ({len(rows)})"])
        section.setData(0, Qt.ItemDataRole.UserRole, key)  # which list this is
        if under is None:
            self.addTopLevelItem(section)
        else:
            under.addChild(section)
        section.setFirstColumnSpanned(True)
        for row in rows:
            shown = [_cell_first(row[0]), *row[1:]]
            item = QTreeWidgetItem([text.replace("\n", " ⏎ ")[:200] for text in shown])
            for column, text in enumerate(row):
                item.setToolTip(column, text)
            section.addChild(item)
        section.setExpanded(True)

    def add_file(self, text: str) -> QTreeWidgetItem:
        """A file's line (consolidation), under which its plan goes."""
        item = QTreeWidgetItem([text])
        self.addTopLevelItem(item)
        item.setFirstColumnSpanned(True)
        item.setExpanded(True)
        return item


def _cell_first(cell: str) -> str:
    """'Sheet name'!E12 as E12 · Sheet name: the cell stays readable in a narrow column."""
    sheet, mark, reference = cell.rpartition("!")
    if not mark or " " in reference:
        return cell
    return f"{reference} · {sheet.strip(chr(39)).replace(chr(39) * 2, chr(39))}"


def _proposal_row(proposal: Proposal) -> Row:
    """A proposal's line: the action (its text as now; none yet for a new one), the kind."""
    action = "" if proposal.kind == "new action" else proposal.old
    return (proposal.cell, action, proposal_kind(proposal.kind), "", proposal.old, proposal.new)


def _field_row(cell: str, label: str, field: str, base: str | None, now: str, incoming: str) -> Row:
    """One field's line: cell, action, field, as handed out (None: not shown), now, incoming."""
    handed_out = "" if base is None else shown_value(field, base)
    return (
        cell,
        label,
        field_name(field),
        handed_out,
        shown_value(field, now),
        shown_value(field, incoming),
    )


class ImportPreviewDialog(QDialog):
    """Every change, conflict, refused change, proposal and missing row, before anything is
    applied."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setWindowTitle(
            QCoreApplication.translate("ImportPreview", "Import {name}").format(
                name=plan.source.name
            )
        )
        self.resize(1000, 560)
        notes = "".join(f"\n• {note}" for note in plan.notes)  # the core's, in this language
        summary = QLabel(plan_summary(plan) + notes, self)
        summary.setObjectName("importSummary")
        summary.setWordWrap(True)
        self.summary = summary
        self.details = PlanDetails(self)
        self.details.add_plan(plan)
        buttons = QDialogButtonBox(self)
        apply = buttons.addButton(
            count_texts().apply_changes(len(plan.changes)),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        apply.setObjectName("applyImportButton")
        apply.setEnabled(bool(plan.changes))
        self.apply_button = apply
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.details.setVisible(self.details.topLevelItemCount() > 0)  # no empty table


def import_from_file(parts: WindowParts, path: str | None = None) -> bool:
    """Read a workbook, show everything it brings, and apply its changes when the user agrees."""
    if parts.controller.context is None:
        return False
    if path is None:
        path = parts.files.open_file(
            QCoreApplication.translate("ImportPreview", "Import from Excel"),
            ";;".join(
                [
                    QCoreApplication.translate("ImportPreview", "Excel workbooks (*.xlsx)"),
                    QCoreApplication.translate("ImportPreview", "All files (*)"),
                ]
            ),
        )
        if path is None:
            return False
    parts.flush_editors()
    plan = parts.controller.prepare_import(Path(path))
    if plan is None:
        return False
    preview = ImportPreviewDialog(plan, parts.parent)
    if preview.exec() != QDialog.DialogCode.Accepted or not plan.changes:
        return False
    if not parts.controller.apply_import(plan):
        return False
    if plan.moved:  # decided again when written: someone saved while the preview was open
        text = count_texts().not_applied(plan.moved)
        title = QCoreApplication.translate("ImportPreview", "Import {name}")
        QMessageBox.information(parts.parent, title.format(name=plan.source.name), text)
    return True
