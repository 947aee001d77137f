"""Two views before publishing: what changed since the previous round, and what the checks
found. Double-clicking a line (or Enter) selects its action in the tree."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from statusapp.report.checks import CheckKind, Finding
from statusapp.report.comparison import (
    LABELS,
    RoundComparison,
    comparison_intro,
    comparison_sections,
)

ACTION_ROLE = Qt.ItemDataRole.UserRole


class _ActionListDialog(QDialog):
    """A summary line over a tree of lines that each name an action."""

    action_chosen = Signal(str)

    def __init__(self, name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.resize(980, 600)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.view = QTreeWidget(self)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        self.view.itemActivated.connect(self._chosen)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def _chosen(self, item: QTreeWidgetItem) -> None:
        action_id = item.data(0, ACTION_ROLE)
        if action_id:
            self.action_chosen.emit(action_id)

    def _fit(self, widths: tuple[int, ...]) -> None:
        for column, width in enumerate(widths):
            self.view.setColumnWidth(column, width)


class ChangesDialog(_ActionListDialog):
    """Round > Changes since the previous round: a branch per kind of change."""

    def __init__(
        self, comparison: RoundComparison, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__("changesDialog", parent)
        labels = LABELS[language]
        self.setWindowTitle(labels["heading"])
        self.summary.setText(comparison_intro(comparison, language))
        self.view.setAccessibleName(labels["heading"])
        # Each kind names its own last columns on its line (was/now, or the owner).
        self.view.setHeaderLabels([labels["action"], labels["pillar"], "", ""])
        for section in comparison_sections(comparison, language):
            heading = f"{section.heading} ({len(section.rows)})"
            branch = QTreeWidgetItem(self.view, [heading, "", *section.captions[2:]])
            branch.setData(0, Qt.ItemDataRole.UserRole + 1, section.key)
            bold = branch.font(0)
            bold.setBold(True)
            for column in range(4):
                branch.setFont(column, bold)
            for values, action_id in zip(section.rows, section.action_ids, strict=True):
                shown = [" ".join(v.split()) for v in values]
                item = QTreeWidgetItem(branch, shown)
                item.setData(0, ACTION_ROLE, action_id)
                for column, value in enumerate(values):
                    item.setToolTip(column, value)
            branch.setExpanded(len(section.rows) <= 30)
        self._fit((420, 200, 160, 160))


class ChecksDialog(_ActionListDialog):
    """Round > Check before publishing: one line per finding, grouped by kind."""

    def __init__(self, findings: list[Finding], parent: QWidget | None = None) -> None:
        super().__init__("checksDialog", parent)
        self.setWindowTitle(self.tr("Check before publishing"))
        if findings:
            self.summary.setText(
                self.tr(
                    "%n findings to look at before the report is published. "
                    "Double-click one to go to its action.",
                    "",
                    len(findings),
                )
            )
        else:
            self.summary.setText(self.tr("Nothing found: the round is ready to publish."))
        self.view.setAccessibleName(self.tr("Findings"))
        self.view.setHeaderLabels([self.tr("Action"), self.tr("Pillar"), self.tr("Finding")])
        kinds = {
            CheckKind.NO_EXPLANATION: self.tr("Status - or +/- without an explanation"),
            CheckKind.PLANNED_PASSED: self.tr("Planned year passed, not done"),
            CheckKind.NOT_UPDATED: self.tr("Not updated in this round"),
            CheckKind.EXPLANATION_COPIED: self.tr("Status changed, explanation copied"),
            CheckKind.OPEN_CONFLICT: self.tr("Open conflicts"),
        }
        branches: dict[CheckKind, QTreeWidgetItem] = {}
        for finding in findings:
            branch = branches.get(finding.kind)
            if branch is None:
                branch = branches[finding.kind] = QTreeWidgetItem(self.view, [kinds[finding.kind]])
                branch.setFirstColumnSpanned(True)
            item = QTreeWidgetItem(
                branch, [" ".join(finding.label.split()), finding.pillar, finding.problem]
            )
            item.setData(0, ACTION_ROLE, finding.action_id)
            item.setToolTip(0, finding.label)
        for kind, branch in branches.items():
            branch.setText(0, f"{kinds[kind]} ({branch.childCount()})")
            branch.setExpanded(branch.childCount() <= 30)
        self._fit((440, 200, 300))
