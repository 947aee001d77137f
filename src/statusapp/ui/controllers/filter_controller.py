"""The filter bar and the tree together: what shows and opens, where the keys go (Escape back
to the tree, Down into the results), and the selection, which a filter never loses."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal

from statusapp.domain import NodeKind

if TYPE_CHECKING:
    from statusapp.domain.filtering import ActionFilter
    from statusapp.ui.models.tree_model import ProgrammeTreeModel
    from statusapp.ui.models.tree_nodes import TreeNode
    from statusapp.ui.views.filter_bar import FilterBar
    from statusapp.ui.views.tree_view import ActionTreeView

EXPAND_ALL_LIMIT = 3000  # rows; above this, open with ambitions collapsed


class FilterController(QObject):
    """`show_node` fills the editor; `select_node(id)` makes a node current in the tree."""

    applied = Signal()  # the tree shows what a changed filter lets through

    def __init__(
        self,
        filter_bar: FilterBar,
        tree: ActionTreeView,
        model: ProgrammeTreeModel,
        show_node: Callable[[TreeNode | None], None],
        select_node: Callable[[str], bool],
    ) -> None:
        super().__init__(filter_bar)
        self.filter_bar = filter_bar
        self.tree = tree
        self.model = model
        self._show_node = show_node
        self._select_node = select_node
        self._expanded_for_filter = False  # the filter opened every row (few matched)
        # The node that was current when the filter hid it: the editor keeps showing it, and
        # it is selected again as soon as the filter shows it.
        self._kept_id: str | None = None
        self.applying = False  # the filter is changing what the tree shows
        filter_bar.changed.connect(self.apply)
        filter_bar.text_field.installEventFilter(self)

    # --- what shows -----------------------------------------------------------------------

    def apply(self, criteria: ActionFilter) -> None:
        current = self.model.node(self.tree.currentIndex()) or self.kept_node()
        self.applying = True
        try:
            self.model.set_filter(criteria)
            self._expand_for_filter()
        finally:
            self.applying = False
        self.tree.set_highlight(criteria.needle)
        self.tree.empty_text = (
            self.tr("No action matches the filter. Escape clears it.") if criteria.active else ""
        )
        if current is not None:
            if self._select_node(current.id):
                self._kept_id = None
            else:
                self._kept_id = current.id  # hidden: the editor keeps it
        self.applied.emit()

    def _expand_for_filter(self) -> None:
        if self.model.visible_count() <= EXPAND_ALL_LIMIT:
            self.tree.expandAll()  # few rows: show them all (expanding is cheap here)
            self._expanded_for_filter = True
        elif self._expanded_for_filter:
            # The filter widened again: what it opened would now lay out tens of thousands
            # of rows per keystroke, so go back to the pillars alone.
            self._expanded_for_filter = False
            self.tree.collapseAll()
            self.tree.expandToDepth(0)

    def expand_default(self) -> None:
        # Expanding costs a model call per row; with thousands of rows, open only the pillars.
        self._expanded_for_filter = False
        if self.model.visible_count() <= EXPAND_ALL_LIMIT:
            self.tree.expandAll()
        else:
            self.tree.expandToDepth(0)

    def fill_choices(self) -> None:
        """The owners and years to filter on; a large programme gets them after it shows."""
        if self.model.visible_count() <= EXPAND_ALL_LIMIT:
            self.filter_bar.fill_choices(*self.model.choices())
        else:
            QTimer.singleShot(0, lambda: self.filter_bar.fill_choices(*self.model.choices()))

    # --- the selection ---------------------------------------------------------------------

    def kept_node(self) -> TreeNode | None:
        """The node the filter hides while the editor keeps showing it."""
        node = self.model.node_by_id(self._kept_id) if self._kept_id else None
        if node is None:
            self._kept_id = None
        return node

    def is_hidden(self, node: TreeNode) -> bool:
        return node.id == self._kept_id

    def keep(self, node_id: str) -> None:
        """Keep this node in the editor while the filter hides it (after a reload)."""
        self._kept_id = node_id

    def forget_kept(self) -> None:
        """The user chose another node (or the programme changed)."""
        self._kept_id = None

    # --- keys ------------------------------------------------------------------------------

    def focus(self) -> None:
        self.filter_bar.text_field.setFocus()
        self.filter_bar.text_field.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and not event.modifiers():  # type: ignore[attr-defined]
            key = event.key()  # type: ignore[attr-defined]
            if key == Qt.Key.Key_Escape:
                self.escape()
                return True
            if key == Qt.Key.Key_Down:
                self.into_results()
                return True
        return False

    def escape(self) -> None:
        """Clear the typed text (with none typed, the whole filter) and go back to the tree."""
        if self.filter_bar.text_field.text():
            self.filter_bar.text_field.clear()
        else:
            self.filter_bar.clear()
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def into_results(self) -> None:
        """Select the first action the filter lets through (else its first row), focus the tree."""
        first = self._first_action(QModelIndex()) or self.model.index(0, 0)
        if first.isValid():
            self.tree.scrollTo(first)
            self.tree.setCurrentIndex(first)
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _first_action(self, parent: QModelIndex) -> QModelIndex | None:
        for row in range(self.model.rowCount(parent)):
            index = self.model.index(row, 0, parent)
            node = self.model.node(index)
            if node is not None and node.kind is NodeKind.ACTION and self.model.is_match(node):
                return index  # not a parent shown only for its matching child
            found = self._first_action(index)
            if found is not None:
                return found
        return None
