"""The narrow things the window's satellite modules use: a parent for their dialogs, the
programme controller, the editors' flush, the status bar and a file chooser. They receive
these (`WindowParts`), or what a protocol below names of the window, not the whole MainWindow,
so they cannot reach into it and import no loop back to it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMenuBar, QStatusBar, QToolBar, QWidget

if TYPE_CHECKING:
    from statusapp.ui.controllers.controller import ProgrammeController
    from statusapp.ui.controllers.filter_controller import FilterController
    from statusapp.ui.controllers.round_controller import RoundController
    from statusapp.ui.models.tree_model import ProgrammeTreeModel
    from statusapp.ui.models.tree_nodes import TreeNode
    from statusapp.ui.views.filter_bar import FilterBar
    from statusapp.ui.views.tree_view import ActionTreeView

MESSAGE_MILLISECONDS = 10000


class FileChooser:
    """The file dialogs, one place to answer them (tests patch QFileDialog's functions)."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def save_file(self, title: str, suggested: str, pattern: str, suffix: str) -> str | None:
        """Where to write; `suffix` is added when the user typed a name without it."""
        path, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, pattern)
        if not path:
            return None
        return path if path.lower().endswith(suffix) else path + suffix

    def open_file(self, title: str, pattern: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, title, "", pattern)
        return path or None

    def choose_folder(self, title: str) -> str | None:
        return QFileDialog.getExistingDirectory(self.parent, title) or None


@dataclass(frozen=True)
class WindowParts:
    parent: QWidget
    controller: ProgrammeController
    flush_editors: Callable[[], None]
    show_message: Callable[[str], None]  # in the status bar, for a while
    files: FileChooser
    open_database: Callable[[str], bool]  # show another database in the window
    switch_programme: Callable[[str], bool]  # show another programme of the open database


class RoundWindow(Protocol):
    """What the Round menu, the hand-out and the working copy see of the main window."""

    parts: WindowParts
    controller: ProgrammeController
    model: ProgrammeTreeModel
    rounds: RoundController

    def flush_editors(self) -> None: ...
    def programme_reloaded(self) -> None: ...
    def select_node(self, node_id: str) -> bool: ...
    def selected_nodes(self) -> list[TreeNode]: ...
    def open_database(self, location: str | None, programme: str | None = None) -> bool: ...


class OverviewWindow(Protocol):
    """What the overview dock sees of the main window: where it docks and the tree it selects
    in."""

    parts: WindowParts
    controller: ProgrammeController
    model: ProgrammeTreeModel
    tree: ActionTreeView
    overview_dock: QDockWidget | None

    def statusBar(self) -> QStatusBar: ...
    def addDockWidget(self, area: Qt.DockWidgetArea, dock: QDockWidget) -> None: ...
    def resizeDocks(
        self, docks: list[QDockWidget], sizes: list[int], orientation: Qt.Orientation
    ) -> None: ...
    def geometry(self) -> QRect: ...
    def width(self) -> int: ...
    def height(self) -> int: ...


class MenuWindow(RoundWindow, Protocol):
    """What the menus and the toolbar bind to: the window's own commands."""

    tree: ActionTreeView
    filter_bar: FilterBar
    filtering: FilterController

    def menuBar(self) -> QMenuBar: ...
    def addToolBar(self, toolbar: QToolBar) -> None: ...
    def close(self) -> bool: ...
    def add_pillar(self) -> None: ...
    def add_ambition(self) -> None: ...
    def add_action(self, child: bool = False) -> None: ...
    def rename_current(self) -> None: ...
    def move_current(self, step: int) -> None: ...
    def delete_current(self) -> None: ...
    def switch_programme(self, programme_id: str) -> bool: ...
