"""The action's past in its editor: its status in earlier rounds and its audit trail."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from statusapp.domain.labels import field_label
from statusapp.services.history import ChangeEntry, HistoryEntry
from statusapp.translation import long_date
from statusapp.ui.models.status_style import status_caption
from statusapp.ui.views.import_preview import shown_value


class HistoryView(QTreeWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("historyView")
        self.setAccessibleName(
            QCoreApplication.translate("ActionEditor", "Status in earlier rounds")
        )
        self.setHeaderLabels(
            [
                QCoreApplication.translate("ActionEditor", "Round"),
                QCoreApplication.translate("ActionEditor", "Status"),
                QCoreApplication.translate("ActionEditor", "Planned"),
                QCoreApplication.translate("ActionEditor", "Explanation"),
            ]
        )
        self.setRootIsDecorated(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setMaximumHeight(130)

    def fill(self, entries: list[HistoryEntry]) -> None:
        self.clear()
        for entry in entries:
            update = entry.update
            row = QTreeWidgetItem(
                [
                    f"{entry.round_name} ({long_date(entry.reference_date)})",
                    status_caption(update.status),
                    update.planned,
                    update.explanation,
                ]
            )
            self.addTopLevelItem(row)
        if not entries:
            empty = QTreeWidgetItem(
                [QCoreApplication.translate("ActionEditor", "No earlier rounds")]
            )
            self.addTopLevelItem(empty)
            empty.setFirstColumnSpanned(True)


class ChangesView(QTreeWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("changesView")
        self.setAccessibleName(QCoreApplication.translate("ActionEditor", "Changes of this action"))
        self.setHeaderLabels(
            [
                QCoreApplication.translate("ActionEditor", "When"),
                QCoreApplication.translate("ActionEditor", "Who"),
                QCoreApplication.translate("ActionEditor", "From"),
                QCoreApplication.translate("ActionEditor", "Field"),
                QCoreApplication.translate("ActionEditor", "Old"),
                QCoreApplication.translate("ActionEditor", "New"),
            ]
        )
        self.setRootIsDecorated(False)
        self.setMaximumHeight(150)

    def fill(self, changes: list[ChangeEntry]) -> None:
        self.clear()
        sources = {
            "window": QCoreApplication.translate("ActionEditor", "window"),
            "cli": QCoreApplication.translate("ActionEditor", "command line"),
            "import": QCoreApplication.translate("ActionEditor", "import"),
            "consolidate": QCoreApplication.translate("ActionEditor", "consolidation"),
        }
        for change in changes:
            origin = sources.get(change.source, change.source)
            if change.source_file:
                origin = f"{origin}: {change.source_file}"
            row = QTreeWidgetItem(
                [
                    change.at.astimezone().strftime("%d-%m-%Y %H:%M"),
                    change.by,
                    origin,
                    field_label(change.field),
                    shown_value(change.field, change.old)[:80],  # "+ op schema", no ids
                    shown_value(change.field, change.new)[:80],
                ]
            )
            row.setToolTip(4, change.old or "")
            row.setToolTip(5, change.new or "")
            self.addTopLevelItem(row)
