"""The overview as a dock of the main window (View > Overview), built when first shown and
kept up to date after edits, undo and redo, imports and new rounds.

Counts come from report/overview.py on the tree the window holds (edits are mirrored there);
the previous round's statuses are read once per loaded programme.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QFrame, QScrollArea

from statusapp.report.overview import PreviousRound, RoundOverview, compute_overview
from statusapp.services.overview import previous_round

if TYPE_CHECKING:
    from statusapp.ui.views.overview_panel import OverviewPanel
    from statusapp.ui.window_parts import OverviewWindow

REFRESH_DELAY_MS = 150  # edits come in bursts (typing, an import): count once after them


class OverviewDock(QDockWidget):
    def __init__(self, window: OverviewWindow) -> None:
        super().__init__(window.parts.parent)
        from statusapp.ui.views.overview_panel import OverviewPanel  # QtCharts: only now

        self.window_ = window
        self.setObjectName("overviewDock")
        self.setWindowTitle(self.tr("Overview"))
        self.panel: OverviewPanel = OverviewPanel(self)
        self.panel.actions_chosen.connect(self.select_actions)
        # In a scroll area: on a short screen the dock may be lower than the charts need.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.panel)
        self.setWidget(scroll)
        self._previous: PreviousRound | None = None
        self._previous_stale = True
        self._dirty = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh_if_shown)
        controller = window.controller
        for signal in (
            controller.saved,
            controller.nodes_refreshed,
            controller.node_removed,
            controller.structure_changed,
            controller.undo_stack.indexChanged,
        ):
            signal.connect(self.schedule_refresh)
        controller.model.modelReset.connect(self._programme_loaded)
        self.visibilityChanged.connect(lambda visible: visible and self.refresh_if_shown())

    def _programme_loaded(self) -> None:
        self._previous_stale = True  # another database, or a new round
        self.schedule_refresh()

    def schedule_refresh(self, *_args: object) -> None:
        self._dirty = True
        if self.isVisible():
            self._timer.start()

    def refresh_if_shown(self) -> None:
        if self._dirty and self.isVisible():
            self.refresh()

    def refresh(self) -> RoundOverview | None:
        """Count now (tests call this; the window waits for a pause in the edits)."""
        controller = self.window_.controller
        tree, database = controller.model.tree, controller.database
        if tree is None or database is None:
            return None
        if self._previous_stale:
            self._previous = previous_round(database, tree.round)
            self._previous_stale = False
        found = compute_overview(tree, self._previous)
        self.panel.show_overview(found)
        self._dirty = False
        return found

    def select_actions(self, action_ids: list[str]) -> int:
        """Select these actions in the tree (the first becomes current); returns how many."""
        window = self.window_
        model, tree = window.model, window.tree
        selection = QItemSelection()
        first: QModelIndex | None = None
        hidden = 0
        last_column = model.columnCount() - 1
        for action_id in action_ids:
            node = model.node_by_id(action_id)
            index = model.index_of(node) if node is not None else QModelIndex()
            if not index.isValid():
                hidden += 1
                continue
            selection.select(index, model.index_of(node, last_column))
            parent = index.parent()
            while parent.isValid() and not tree.isExpanded(parent):
                tree.expand(parent)
                parent = parent.parent()
            if first is None:
                first = index
        if first is not None:
            tree.setCurrentIndex(first)  # shows it in the editor
            tree.selectionModel().select(
                selection,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            tree.scrollTo(first)
        if hidden:
            window.statusBar().showMessage(
                self.tr("%n of these actions are hidden by the filter", "", hidden),
                8000,
            )
        return len(action_ids) - hidden


def toggle_overview(window: OverviewWindow, visible: bool, toggle: QAction) -> OverviewDock:
    """Show or hide the overview; the first call builds it. `toggle` (View > Overview) follows
    the dock when it is closed by its own button."""
    dock = window.overview_dock
    if not isinstance(dock, OverviewDock):
        dock = OverviewDock(window)
        window.overview_dock = dock
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        dock.visibilityChanged.connect(toggle.setChecked)
        place_overview(window, dock)
    dock.setVisible(visible)
    if visible:
        dock.raise_()
        dock.refresh_if_shown()
    return dock


def place_overview(window: OverviewWindow, dock: OverviewDock) -> None:
    """Below the tree, as high as leaves the tree its rows; on a screen too low for that, the
    overview gives way: it opens as a window of its own over the main window."""
    from statusapp.ui.controllers.window_layout import overview_height

    tree = window.tree
    height = overview_height(
        window.height(), tree.viewport().height(), tree.sizeHintForRow(0) or 20
    )
    if height is None:
        dock.setFloating(True)
        dock.resize(min(window.width(), 720), min(window.height(), 420))
        dock.move(window.geometry().topLeft())
        return
    dock.resize(dock.width(), height)
    window.resizeDocks([dock], [height], Qt.Orientation.Vertical)
