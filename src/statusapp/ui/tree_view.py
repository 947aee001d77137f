"""The tree view: uniform rows for speed, the action number shown before its text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QTreeView,
    QWidget,
)

from statusapp.domain import Status
from statusapp.ui.match_highlight import match_note, paint_with_matches
from statusapp.ui.status_style import status_short_label
from statusapp.ui.tree_model import Column, Role


class NumberedTitleDelegate(QStyledItemDelegate):
    """Shows "1.1 text" in the title column while the model's DisplayRole stays the text, with
    what matches the filter (`needle`) marked, and a tooltip when the match is not in view."""

    needle = ""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if self.needle:
            marked = QStyleOptionViewItem(option)
            self.initStyleOption(marked, index)
            if paint_with_matches(painter, marked, self.needle):
                return
        super().paint(painter, option, index)

    def helpEvent(self, event, view, option, index) -> bool:  # type: ignore[no-untyped-def]
        node = index.data(Role.NODE) if self.needle else None
        note = match_note(node, self.needle) if node is not None else None
        if note and event.type() == QEvent.Type.ToolTip:
            tooltip = index.data(Qt.ItemDataRole.ToolTipRole) or ""
            QToolTip.showText(event.globalPos(), f"{tooltip}\n\n{note}".strip(), view)
            return True
        return super().helpEvent(event, view, option, index)

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        number = index.data(Role.NUMBER)
        if number:
            option.text = f"{number} {option.text}"


class StatusDelegate(QStyledItemDelegate):
    """An action's status as its badge and a short label, and a marker when it changed since
    the previous round; other rows (counts) as text."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        status = index.data(Role.STATUS)
        if status is not None and not option.icon.isNull():
            option.text = status_short_label(Status(status))
            option.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        marker = index.data(Role.ROUND_CHANGE)  # changed since the previous round
        if marker:
            option.text = f"{option.text}  {marker}".strip()


class ActionTreeView(QTreeView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionTree")
        self.setAccessibleName(self.tr("Pillars, ambitions and actions"))
        self.setUniformRowHeights(True)  # keeps 50,000 rows fast
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # assign many
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setAllColumnsShowFocus(True)
        self.title_delegate = NumberedTitleDelegate(self)
        self.setItemDelegateForColumn(Column.TITLE, self.title_delegate)
        self.setItemDelegateForColumn(Column.STATUS, StatusDelegate(self))

    def set_highlight(self, needle: str) -> None:
        """Mark `needle` (case-folded) in the titles; empty: mark nothing."""
        if needle != self.title_delegate.needle:
            self.title_delegate.needle = needle
            self.viewport().update()

    def setModel(self, model) -> None:  # type: ignore[no-untyped-def]
        super().setModel(model)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((Column.PLANNED, 90), (Column.STATUS, 120), (Column.OWNER, 130)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(column, width)
