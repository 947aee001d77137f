"""The programme tree: pillars, ambitions (green first, then blue), actions and child actions.

A custom QAbstractItemModel over typed nodes. Filtering lives in the model itself (each node
keeps the list of its visible children), so a keystroke costs one pass over the actions in
Python and a reset, instead of a Python callback per row from a proxy model.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont

from statusapp.domain import Action, Ambition, NodeKind, Pillar, ProgrammeTree, Status, TableKind
from statusapp.domain.filtering import ActionFilter
from statusapp.domain.planned import planned_years_or_none
from statusapp.domain.status import STATUS_ORDER
from statusapp.services.round_changes import PreviousUpdate
from statusapp.ui.models.round_texts import tree_marker, tree_tooltip
from statusapp.ui.models.status_style import status_caption, status_icon, table_icon
from statusapp.ui.models.tree_nodes import TreeFiltering, TreeNode, haystack

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    TITLE = 0
    PLANNED = 1
    STATUS = 2
    OWNER = 3


class Role(IntEnum):
    NODE = Qt.ItemDataRole.UserRole + 1
    ID = Qt.ItemDataRole.UserRole + 2
    KIND = Qt.ItemDataRole.UserRole + 3
    NUMBER = Qt.ItemDataRole.UserRole + 4
    STATUS = Qt.ItemDataRole.UserRole + 5
    ROUND_CHANGE = Qt.ItemDataRole.UserRole + 6  # beside the status: changed since last round


PREPARE_PER_TICK = 2000  # search texts made per idle tick: a few milliseconds

_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
)  # computed once: asked per row


class ProgrammeTreeModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = TreeNode(None, None, None)
        self._by_id: dict[str, TreeNode] = {}
        self._filtering = TreeFiltering()
        self._counts: dict[str, dict[Status, int]] = {}
        self._filter = ActionFilter()
        self.tree: ProgrammeTree | None = None
        # The previous round's update of each action (set before load), to mark what changed.
        self.previous_updates: dict[str, PreviousUpdate] = {}
        # After loading, the text the filter searches is prepared while the user looks around,
        # so the first keystroke does not pay for 50,000 actions at once.
        self._pending_search_text: list[TreeNode] = []
        self._prepare_timer = QTimer(self)
        self._prepare_timer.setInterval(0)
        self._prepare_timer.timeout.connect(self._prepare_search_text)

    # --- loading -----------------------------------------------------------------------

    def load(self, tree: ProgrammeTree) -> None:
        self.beginResetModel()
        self.tree = tree
        self._root = TreeNode(None, None, None)
        self._by_id.clear()
        self._counts.clear()
        self._filtering = TreeFiltering()
        for pillar in tree.pillars:
            self._attach(self._build(NodeKind.PILLAR, pillar, self._root), self._root)
        self._apply_filter()
        self.endResetModel()
        self._pending_search_text = self._filtering.actions(self._root)[::-1]
        self._prepare_timer.start()

    def _prepare_search_text(self) -> None:
        pending = self._pending_search_text
        for _ in range(min(PREPARE_PER_TICK, len(pending))):
            haystack(pending.pop())
        if not pending:
            self._prepare_timer.stop()

    def _build(self, kind: NodeKind, item: Any, parent: TreeNode) -> TreeNode:
        """Nodes for an item and all under it (plain loops: this runs 50,000 times on open)."""
        node = TreeNode(kind, item, parent)
        by_id = self._by_id
        by_id[item.id] = node
        if kind is NodeKind.PILLAR:
            for row, ambition in enumerate(sorted(item.ambitions, key=_blue_last)):
                child = self._build(NodeKind.AMBITION, ambition, node)
                child.row = row
                node.children.append(child)
            return node
        stack = [node]
        while stack:
            current = stack.pop()
            children = current.children
            for row, action in enumerate(current.item.actions):
                child = TreeNode(NodeKind.ACTION, action, current)
                child.row = row
                by_id[action.id] = child
                children.append(child)
                if action.actions:
                    stack.append(child)
        return node

    def _attach(self, node: TreeNode, parent: TreeNode, row: int | None = None) -> None:
        self._filtering.structure_changed()
        if row is None:
            parent.children.append(node)
        else:
            parent.children.insert(row, node)
        parent.number_rows()

    # --- Qt model interface ----------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        if not 0 <= row < len(node.shown) or not 0 <= column < len(Column):
            return QModelIndex()
        return self.createIndex(row, column, node.shown[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = index.internalPointer().parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(Column)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Title"), self.tr("Planned"), self.tr("Status"), self.tr("Owner"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node: TreeNode = index.internalPointer()
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(node, column)
        if role == Role.NODE:
            return node
        if role == Role.ID:
            return node.id
        if role == Role.KIND:
            return node.kind.value
        if role == Role.NUMBER:
            return node.item.number if node.kind is NodeKind.ACTION else ""
        if role == Role.STATUS:
            return node.item.status.value if node.kind is NodeKind.ACTION else None
        if role == Role.ROUND_CHANGE and node.kind is NodeKind.ACTION:
            previous = self.previous_updates.get(node.id)
            return tree_marker(previous, node.item.update, node.table() is TableKind.GREEN)
        if role == Qt.ItemDataRole.ToolTipRole or role == Qt.ItemDataRole.AccessibleTextRole:
            return self._tooltip(node, column)
        if (
            role == Qt.ItemDataRole.DecorationRole
            and column == Column.STATUS
            and node.kind is NodeKind.ACTION
            and node.table() is TableKind.GREEN
        ):
            return status_icon(node.item.status)  # the delegate shows it with a short label
        if role == Qt.ItemDataRole.FontRole and column == Column.TITLE:
            if node.kind is NodeKind.PILLAR:
                font = QFont()
                font.setBold(True)
                return font
            if node.kind is NodeKind.AMBITION and node.item.table is TableKind.BLUE:
                font = QFont()
                font.setItalic(True)
                return font
        if role == Qt.ItemDataRole.DecorationRole and column == Column.TITLE:
            if node.kind is NodeKind.AMBITION:
                return table_icon(node.item.table)
        if role == Qt.ItemDataRole.ForegroundRole and node.kind is NodeKind.AMBITION:
            if node.item.table is TableKind.BLUE:
                return QColor("#1F4E79")
        return None

    def _display(self, node: TreeNode, column: int) -> str:
        item = node.item
        if node.kind is NodeKind.ACTION:
            if column == Column.TITLE:
                return item.text
            if column == Column.PLANNED:
                return item.planned or _sub_item_years(item)
            if column == Column.STATUS:
                return item.status.symbol if node.table() is TableKind.GREEN else ""
            return item.owner or ""
        if node.kind is NodeKind.AMBITION:
            if column == Column.TITLE:
                return item.title or item.description.split("\n", 1)[0]
            if column == Column.STATUS and item.table is TableKind.BLUE:
                return self.tr("additional work")
            return ""
        if column == Column.TITLE:
            return item.title
        if column == Column.STATUS:
            counts = self.pillar_counts(node)
            return "  ".join(
                f"{status.symbol} {counts[status]}"
                for status in STATUS_ORDER[:-1]
                if counts[status]
            )
        return ""

    def _tooltip(self, node: TreeNode, column: int) -> str:
        item = node.item
        if node.kind is NodeKind.ACTION:
            if column == Column.STATUS:
                green = node.table() is TableKind.GREEN
                text = status_text(item.status) if green else self.tr("Additional work: no status")
                change = tree_tooltip(self.previous_updates.get(node.id), item.update, green)
                return f"{text}\n{change}" if change else text
            return item.label
        if node.kind is NodeKind.AMBITION:
            table = (
                self.tr("Programme (green table)")
                if item.table is TableKind.GREEN
                else self.tr("Additional work (blue table)")
            )
            return f"{item.title}\n{table}".strip()
        if column == Column.STATUS:
            counts = self.pillar_counts(node)
            return "\n".join(f"{status_caption(s)}: {counts[s]}" for s in STATUS_ORDER)
        return item.title

    # --- lookups -----------------------------------------------------------------------

    def _node(self, index: Index) -> TreeNode:
        return index.internalPointer() if index.isValid() else self._root

    def node(self, index: Index) -> TreeNode | None:
        return index.internalPointer() if index.isValid() else None

    def node_by_id(self, node_id: str) -> TreeNode | None:
        return self._by_id.get(node_id)

    def index_of(self, node: TreeNode, column: int = 0) -> QModelIndex:
        """The index of a node, or an invalid one when the filter hides it."""
        if node is self._root or node.parent is None or not self._is_shown(node):
            return QModelIndex()
        return self.createIndex(node.row, column, node)

    def _is_shown(self, node: TreeNode) -> bool:
        while node.parent is not None:
            parent = node.parent
            if node.row >= len(parent.shown) or parent.shown[node.row] is not node:
                return False
            node = parent
        return True

    def choices(self) -> tuple[list[str], list[int]]:
        """The owners and the planned years the actions have, for the filter bar."""
        owners: set[str] = set()
        planned: set[str] = set()
        for node in self._filtering.actions(self._root):
            action = node.item
            if action.owner:
                owners.add(action.owner)
            planned.add(action.update.planned)
            for item in action.sub_items:
                planned.add(item.planned)
        years: set[int] = set()
        for text in planned:  # a few hundred distinct texts, however many actions
            span = planned_years_or_none(text)
            if span:
                years.update(range(span.start, span.end + 1))
        return sorted(owners, key=str.casefold), sorted(years)

    def pillars(self) -> list[TreeNode]:
        return list(self._root.children)

    def pillar_counts(self, node: TreeNode) -> dict[Status, int]:
        counts = self._counts.get(node.id)
        if counts is None:
            counts = dict.fromkeys(Status, 0)
            for action in node.item.walk_actions(TableKind.GREEN):
                counts[action.status] += 1
            self._counts[node.id] = counts
        return counts

    # --- changes from edits --------------------------------------------------------------

    def node_changed(self, node: TreeNode) -> None:
        """An item's fields changed: repaint its row and its pillar's counts."""
        node.haystack = None
        pillar = node.ancestor(NodeKind.PILLAR)
        if pillar is not None:
            self._counts.pop(pillar.id, None)
        for changed in (node, pillar):
            if changed is not None:
                first, last = self.index_of(changed, 0), self.index_of(changed, len(Column) - 1)
                if first.isValid():
                    self.dataChanged.emit(first, last)

    def insert_node(self, parent: TreeNode | None, row: int, kind: NodeKind, item: Any) -> TreeNode:
        """Show a new (or restored) item at `row` among the parent's children."""
        parent = parent or self._root
        node = self._build(kind, item, parent)
        self._insert_domain(parent, row, item)
        if self._filter.active:
            self._relayout(lambda: self._attach(node, parent, row))
        else:
            self.beginInsertRows(self._parent_index(parent), row, row)
            self._attach(node, parent, row)
            self.endInsertRows()
        self._touch_counts(node)
        return node

    def remove_node(self, node: TreeNode) -> int:
        """Take a node out of the tree; returns the row it had among all its siblings."""
        parent = node.parent
        assert parent is not None
        row = parent.children.index(node)

        def take_out() -> None:
            parent.children.pop(row)
            self._filtering.structure_changed()
            self._remove_domain(parent, node.item)
            parent.number_rows()
            for gone in node.walk():
                self._by_id.pop(gone.id, None)
                self._filtering.forget(gone)

        if self._filter.active:
            self._relayout(take_out)
        else:
            self.beginRemoveRows(self._parent_index(parent), node.row, node.row)
            take_out()
            self.endRemoveRows()
        self._touch_counts(parent)
        return row

    def move_node(self, node: TreeNode, step: int) -> None:
        """Swap a node with its neighbour (the service has already done so in the database)."""
        parent = node.parent
        assert parent is not None
        row = parent.children.index(node)
        target = row + step

        def swap() -> None:
            children = parent.children
            children[row], children[target] = children[target], children[row]
            self._filtering.structure_changed()
            items = self._domain_children(parent)
            i, j = items.index(children[row].item), items.index(children[target].item)
            items[i], items[j] = items[j], items[i]
            parent.number_rows()

        if self._filter.active:
            self._relayout(swap)
        else:
            destination = target + 1 if step > 0 else target
            parent_index = self._parent_index(parent)
            self.beginMoveRows(parent_index, row, row, parent_index, destination)
            swap()
            self.endMoveRows()

    def reorder_children(self, parent: TreeNode, ordered_ids: list[str]) -> None:
        """Put a node's children in the given order (ids of all of them), keeping expansions."""
        by_id = {child.id: child for child in parent.children}

        def reorder() -> None:
            parent.children[:] = [by_id[i] for i in ordered_ids if i in by_id]
            items = self._domain_children(parent)
            items[:] = [child.item for child in parent.children]
            self._filtering.structure_changed()
            parent.number_rows()

        self._relayout(reorder)

    def _relayout(self, change: Any) -> None:
        """Apply a structure change as a layout change: views keep expansion and selection,
        and indexes of nodes the change hides or removes become invalid."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        nodes = [index.internalPointer() for index in before]
        change()
        self._apply_filter()
        after = []
        for index, node in zip(before, nodes, strict=True):
            if node is not None and node.id in self._by_id and self._is_shown(node):
                after.append(self.createIndex(node.row, index.column(), node))
            else:
                after.append(QModelIndex())
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _parent_index(self, parent: TreeNode) -> QModelIndex:
        return self.index_of(parent) if parent is not self._root else QModelIndex()

    def _touch_counts(self, node: TreeNode) -> None:
        pillar = node.ancestor(NodeKind.PILLAR)
        if pillar is not None:
            self.node_changed(pillar)

    def _domain_children(self, parent: TreeNode) -> list[Any]:
        if parent is self._root:
            assert self.tree is not None
            return self.tree.pillars
        if parent.kind is NodeKind.PILLAR:
            return parent.item.ambitions
        return parent.item.actions

    def _insert_domain(self, parent: TreeNode, row: int, item: Any) -> None:
        items = self._domain_children(parent)
        following = parent.children[row].item if row < len(parent.children) else None
        items.insert(items.index(following) if following is not None else len(items), item)

    def _remove_domain(self, parent: TreeNode, item: Any) -> None:
        self._domain_children(parent).remove(item)

    # --- filtering -----------------------------------------------------------------------

    @property
    def filter(self) -> ActionFilter:
        return self._filter

    def set_filter(self, criteria: ActionFilter) -> None:
        """Show what the filter lets through. A layout change, not a reset: the view keeps
        what is expanded and selected, so it need not expand everything again per keystroke."""
        if criteria == self._filter:
            return

        def change() -> None:
            self._filter = criteria

        self._relayout(change)

    def _apply_filter(self) -> None:
        self._filtering.apply(self._root, self._filter)

    def is_match(self, node: TreeNode) -> bool:
        """Whether the filter lets this action through (not only shown for a child's sake)."""
        return not self._filter.active or node in self._filtering.matches

    def visible_count(self) -> int:
        """Rows the current filter shows (every node when unfiltered)."""
        return self._filtering.visible_total if self._filter.active else len(self._by_id)


def _blue_last(ambition: Ambition) -> bool:
    return ambition.table is TableKind.BLUE


def _sub_item_years(action: Action) -> str:
    years = action.planned_years
    return str(years) if years and action.sub_items else ""


def status_text(status: Status) -> str:
    """The status's short name and the report's sentence, in the UI language."""
    from statusapp.ui.models.status_style import status_tooltip

    return status_tooltip(status)


__all__ = ["Action", "Ambition", "Column", "Pillar", "ProgrammeTreeModel", "Role", "TreeNode"]
