"""How statuses and tables look in the window: colours, brushes, icons, translated labels."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap

from statusapp.domain import Status, TableKind

TABLE_COLOURS = {TableKind.GREEN: "#70AD47", TableKind.BLUE: "#5B9BD5"}


def status_label(status: Status) -> str:
    """The legend text of a status in the UI language."""
    labels = {
        Status.DONE: QCoreApplication.translate("Status", "done"),
        Status.ON_TRACK: QCoreApplication.translate(
            "Status", "on or ahead of schedule, even if not yet finished"
        ),
        Status.LONGER: QCoreApplication.translate("Status", "under way, but taking longer"),
        Status.DELAYED: QCoreApplication.translate("Status", "not yet started, or delayed"),
        Status.NONE: QCoreApplication.translate("Status", "no status: not yet planned"),
    }
    return labels[status]


@cache
def status_brushes(status: Status) -> tuple[QBrush | None, QBrush]:
    """Background and text brushes of a status cell."""
    info = status.info
    background = QBrush(QColor(info.colour)) if info.colour else None
    return background, QBrush(QColor(info.text_colour))


@cache
def table_icon(table: TableKind) -> QIcon:
    """A small square in the table's colour; drawn, so it is sharp at any scaling."""
    icon = QIcon()
    for size in (16, 24, 32, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor(TABLE_COLOURS[table]))
        painter.setPen(QColor("#404040"))
        margin = size // 4
        painter.drawRoundedRect(margin, margin, size - 2 * margin, size - 2 * margin, 2, 2)
        painter.end()
        icon.addPixmap(pixmap)
    return icon
