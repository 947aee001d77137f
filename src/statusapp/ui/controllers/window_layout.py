"""How the main window divides a small screen: the editor keeps the width its fields need,
the tree gives way first, and the overview dock never takes the tree's last rows.

A laptop at 1366x768 with 125 % scaling has 1093x614 device-independent pixels; 1024x640 at
200 % has 512x320. The window must fit those and still show every status button.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QWidget,
)

DEFAULT_SIZE = QSize(1280, 800)
TREE_MINIMUM_WIDTH = 140
OVERVIEW_SHARE = 0.35  # of the window's height, at most
OVERVIEW_MOST = 380
OVERVIEW_LEAST = 120
TREE_ROWS_KEPT = 8  # the overview gives way before the tree shows fewer


class EditorStack(QStackedWidget):
    """The editor pages, each in a vertical scroll area, never narrower than the widest page's
    minimum: a field is never cut off behind a horizontal scroll bar."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        widest = 0
        for number in range(self.count()):
            scroll = self.widget(number)
            if isinstance(scroll, QScrollArea) and scroll.widget() is not None:
                widest = max(widest, scroll.widget().minimumSizeHint().width())
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return QSize(max(hint.width(), widest + scroll_bar + 2), hint.height())


def editor_stack(pages: list[QWidget], parent: QWidget) -> EditorStack:
    stack = EditorStack(parent)
    stack.setObjectName("editorStack")
    for page in pages:
        scroll = QScrollArea(parent)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        stack.addWidget(scroll)
    return stack


def main_splitter(left: QWidget, editors: QWidget, parent: QWidget) -> QSplitter:
    """Tree on the left, editor on the right; neither collapses, and on resizing the tree
    takes the change so the editor keeps what it has."""
    splitter = QSplitter(Qt.Orientation.Horizontal, parent)
    splitter.setObjectName("mainSplitter")
    splitter.addWidget(left)
    splitter.addWidget(editors)
    splitter.setChildrenCollapsible(False)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    return splitter


def fit_to_screen(window: QMainWindow) -> None:
    """The first size: the default, or the screen's free area when that is smaller."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    size = QSize(DEFAULT_SIZE)
    if screen is not None:
        size = size.boundedTo(screen.availableGeometry().size())
    window.resize(size)


def share_splitter(splitter: QSplitter, width: int) -> None:
    """Split `width` 3:2, giving the editor at least its minimum."""
    editor = max(splitter.widget(1).minimumSizeHint().width(), width * 2 // 5)
    splitter.setSizes([max(width - editor, TREE_MINIMUM_WIDTH), editor])


def overview_height(window_height: int, tree_height: int, tree_row_height: int) -> int | None:
    """How tall the overview dock opens: a share of the window, less when the tree (now
    `tree_height` tall) would otherwise show fewer than TREE_ROWS_KEPT rows; None when even
    OVERVIEW_LEAST would take them (then it opens as a window of its own)."""
    wanted = min(OVERVIEW_MOST, int(window_height * OVERVIEW_SHARE))
    room = tree_height - (TREE_ROWS_KEPT + 1) * tree_row_height - 8  # 8: the separator
    if room < OVERVIEW_LEAST:
        return None
    return min(wanted, room)
