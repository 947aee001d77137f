"""How statuses and tables look in the window: colours, brushes, icons, translated labels."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from statusapp.domain import Status, TableKind
from statusapp.domain import labels as core_labels
from statusapp.ui.app_icon import app_icon, icon_path

__all__ = ["app_icon", "icon_path"]  # kept importable from here

TABLE_COLOURS = {TableKind.GREEN: "#70AD47", TableKind.BLUE: "#5B9BD5"}


def status_label(status: Status) -> str:
    """The report's sentence for a status, in the UI language: the legend and tooltips."""
    labels = {
        Status.DONE: QCoreApplication.translate("Status", "done"),
        Status.ON_TRACK: QCoreApplication.translate(
            "Status", "on or ahead of schedule, even if not yet finished"
        ),
        Status.LONGER: QCoreApplication.translate("Status", "under way, but taking longer"),
        Status.DELAYED: QCoreApplication.translate("Status", "not yet started, or delayed"),
        Status.NONE: QCoreApplication.translate(
            "Status", "not yet started, because not yet planned"
        ),
    }
    return labels[status]


def status_short_label(status: Status) -> str:
    """The one short name of a status, everywhere in the window (tree, editor, filter,
    overview, dialogs) and in the core's messages; the report's sentence goes in the legend
    and the tooltip."""
    return core_labels.status_short_label(status)


def status_caption(status: Status) -> str:
    """The short name after the report's symbol: "+ op schema"; "geen status" has none."""
    return f"{status.symbol} {status_short_label(status)}".strip()


def status_tooltip(status: Status) -> str:
    """The short name and the report's sentence: "+ op schema: loopt conform of ..."; the
    name alone where the sentence says no more ("✓ afgerond")."""
    sentence = status_sentence(status)
    if not sentence:
        return status_caption(status)
    return QCoreApplication.translate("Status", "{caption}: {sentence}").format(
        caption=status_caption(status), sentence=sentence
    )


def status_sentence(status: Status) -> str:
    """The report's sentence where it says more than the short name; else empty."""
    sentence = status_label(status)
    return "" if sentence == status_short_label(status) else sentence


@cache
def status_icon(status: Status) -> QIcon:
    """The status as a coloured badge with its symbol; rendered from SVG at each screen's
    pixel size."""
    return QIcon(icon_path(f"status-{status.value}"))


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
