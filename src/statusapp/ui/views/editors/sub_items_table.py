"""The table of an action's sub-items (text and planned), edited in place."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from statusapp.domain import SubItem
from statusapp.domain.planned import is_valid_planned


class SubItemsTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setObjectName("subItemsTable")
        self.setAccessibleName(self.tr("Sub-items"))
        self.setHorizontalHeaderLabels([self.tr("Sub-item"), self.tr("Planned")])
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().hide()
        self.setMaximumHeight(140)

    def sub_items(self) -> list[SubItem] | None:
        """The rows as sub-items; None while a row is incomplete (wait until it is filled in)."""
        items = []
        for row in range(self.rowCount()):
            text_cell, planned_cell = (self.item(row, c) for c in (0, 1))
            text = text_cell.text().strip() if text_cell else ""
            planned = planned_cell.text().strip() if planned_cell else ""
            if not text or not is_valid_planned(planned):
                return None
            items.append(SubItem(text, planned))
        return items

    def fill(self, items: list[SubItem]) -> None:
        self.blockSignals(True)
        self.setRowCount(len(items))
        for row, item in enumerate(items):
            self.setItem(row, 0, QTableWidgetItem(item.text))
            self.setItem(row, 1, QTableWidgetItem(item.planned))
        self.blockSignals(False)

    def add_row(self) -> None:
        """A new empty row, its text cell open for typing."""
        row = self.rowCount()
        self.insertRow(row)
        self.setCurrentCell(row, 0)
        self.editItem(self.item(row, 0) or self._new_cell(row, 0))

    def _new_cell(self, row: int, column: int) -> QTableWidgetItem:
        self.blockSignals(True)
        cell = QTableWidgetItem("")
        self.setItem(row, column, cell)
        self.blockSignals(False)
        return cell

    def remove_current_row(self) -> bool:
        row = self.currentRow()
        if row < 0:
            return False
        self.removeRow(row)
        return True
