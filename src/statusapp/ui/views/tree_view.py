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
from statusapp.ui.models.status_style import status_short_label
from statusapp.ui.models.tree_model import Column, Role
from statusapp.ui.views.match_highlight import match_note, paint_with_matches

TITLE_LEAST_WIDTH = 160  # below this the title column would show a few letters
STATUS_LEAST_WIDTH = 36
COLUMN_WIDTHS = {Column.PLANNED: 90, Column.STATUS: 150, Column.OWNER: 130}


class NumberedTitleDelegate(QStyledItemDelegate):
    """Shows "1.1 text" in the title column while the model's DisplayRole stays the text, with
    what matches the filter (`needle`) marked."""

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

    empty_text = ""  # said in the empty tree (the filter matched nothing)

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().paintEvent(event)
        model = self.model()
        if self.empty_text and model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(
                self.viewport().rect().adjusted(12, 12, -12, -12),
                Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWordWrap,
                self.empty_text,
            )
            painter.end()

    def set_highlight(self, needle: str) -> None:
        """Mark `needle` (case-folded) in the titles; empty: mark nothing."""
        if needle != self.title_delegate.needle:
            self.title_delegate.needle = needle
            self.viewport().update()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            index = self.indexAt(event.pos())  # type: ignore[attr-defined]
            text = self.cell_tooltip(index) if index.isValid() else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def cell_tooltip(self, index: QModelIndex) -> str:
        """The model's tooltip; when the cell's text is cut off, its whole text first; when the
        filter matched outside the title, where it matched."""
        tooltip = index.data(Qt.ItemDataRole.ToolTipRole) or ""
        needle = self.title_delegate.needle
        node = index.data(Role.NODE) if needle and index.column() == Column.TITLE else None
        note = match_note(node, needle) if node is not None else None
        if note:
            tooltip = f"{tooltip}\n\n{note}".strip()
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        delegate = self.itemDelegateForIndex(index)
        delegate.initStyleOption(option, index)  # type: ignore[attr-defined]
        shown = option.text
        needed = delegate.sizeHint(option, index).width()
        if shown and needed > self.visualRect(index).width() and shown not in tooltip:
            return f"{shown}\n{tooltip}".strip()
        return tooltip

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """In a narrow pane the title keeps its room: the owner, then the planned column give
        way (the editor shows both)."""
        if self.model() is None:
            return
        width = self.viewport().width()
        needed = TITLE_LEAST_WIDTH + sum(COLUMN_WIDTHS.values())
        self.setColumnHidden(Column.OWNER, width < needed)
        self.setColumnHidden(Column.PLANNED, width < needed - COLUMN_WIDTHS[Column.OWNER])
        status = COLUMN_WIDTHS[Column.STATUS]
        if width < TITLE_LEAST_WIDTH + status:  # the badge alone, if need be
            self.setColumnWidth(Column.STATUS, max(STATUS_LEAST_WIDTH, width - TITLE_LEAST_WIDTH))
        elif self.columnWidth(Column.STATUS) < status:
            self.setColumnWidth(Column.STATUS, status)

    def setModel(self, model) -> None:  # type: ignore[no-untyped-def]
        super().setModel(model)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in COLUMN_WIDTHS.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(column, width)
