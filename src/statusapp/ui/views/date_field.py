"""A date field for the dialogs: typed as 15-01-2025 or 2025-01-15 (the core's one rule,
statusapp.translation.parse_date), or picked from a calendar; an impossible date is refused
with one line under the field.

Shown as 15-01-2025 in the Dutch window and as 2025-01-15 in the English one.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QRect, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from statusapp.translation import current_language, parse_date

REFUSED_STYLE = "color: #C00000;"


def calendar_icon(size: int = 16) -> QIcon:
    """A small calendar page, drawn: an emoji shows as an empty box on fonts without one."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#404040"))
    painter.setBrush(QColor("#FFFFFF"))
    page = QRect(1, 2, size - 3, size - 4)
    painter.drawRect(page)
    painter.fillRect(QRect(2, 3, size - 4, 3), QColor("#C00000"))  # the page's top band
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#404040"))
    for row in range(2):  # days as dots
        for column in range(3):
            painter.drawRect(QRect(3 + column * 4, 8 + row * 3, 2, 2))
    painter.end()
    return QIcon(pixmap)


def field_text(day: date) -> str:
    """A date as a field shows it: 15-01-2025 in Dutch, ISO in English."""
    return day.strftime("%d-%m-%Y") if current_language() == "nl" else day.isoformat()


class DateField(QWidget):
    date_changed = Signal()

    def __init__(self, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(field_text(day), self)
        self.edit.setPlaceholderText(field_text(date(2025, 1, 15)))
        self.calendar = QCalendarWidget(self)
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.clicked.connect(self._picked)
        menu = QMenu(self)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        self.menu = menu
        self.pick = QToolButton(self)
        self.pick.setObjectName("datePickButton")
        self.pick.setIcon(calendar_icon())
        self.pick.setText(self.tr("Calendar"))  # read aloud; the icon is what shows
        self.pick.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.pick.setToolTip(self.tr("Pick a date"))
        self.pick.setAccessibleName(self.tr("Pick a date"))
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.pick.setMenu(menu)
        self.message = QLabel(self)
        self.message.setStyleSheet(REFUSED_STYLE)
        self.message.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.pick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)
        self.edit.editingFinished.connect(self.check)
        self.edit.textEdited.connect(lambda _text: self._typing())

    def date(self) -> date | None:
        """The date typed or picked; None when the text is no date."""
        return parse_date(self.edit.text())

    def setDate(self, day: date) -> None:  # as QDateEdit names it
        self.edit.setText(field_text(day))
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.message.hide()
        self.date_changed.emit()

    def check(self) -> bool:
        """True when the field holds a date; else it says so in one line and takes the focus."""
        day = self.date()
        if day is not None:
            self.message.hide()
            return True
        self.message.setText(
            self.tr("“{text}” is no date: type it as 15-01-2025 or 2025-01-15.").format(
                text=self.edit.text().strip()
            )
        )
        self.message.show()
        self.edit.setFocus()
        return False

    def _typing(self) -> None:
        self.message.hide()
        day = self.date()
        if day is not None:
            self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.date_changed.emit()

    def _picked(self, day: QDate) -> None:
        self.menu.close()
        self.setDate(day.toPython())
