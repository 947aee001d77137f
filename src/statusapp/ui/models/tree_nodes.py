"""The nodes behind the tree model, and the filter that decides which of them show."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from statusapp.domain import NodeKind, TableKind
from statusapp.domain.filtering import ActionFilter, action_haystack, ambition_haystack


class TreeNode:
    """One row: a pillar, an ambition or an action, with its parent and children."""

    __slots__ = ("ambition", "children", "haystack", "item", "kind", "parent", "row", "shown")

    def __init__(self, kind: NodeKind | None, item: Any, parent: TreeNode | None) -> None:
        self.kind = kind
        self.item = item
        self.parent = parent
        self.children: list[TreeNode] = []
        self.shown: list[TreeNode] = self.children  # the visible children (all when unfiltered)
        self.row = 0
        self.haystack: str | None = None  # what the text filter searches, lower-cased; lazy
        # The ambition an action belongs to (the node itself for an ambition), for the filter.
        self.ambition: TreeNode | None = None
        if kind is NodeKind.AMBITION:
            self.ambition = self
        elif kind is NodeKind.ACTION and parent is not None:
            self.ambition = parent.ambition

    @property
    def id(self) -> str:
        return self.item.id

    def number_rows(self) -> None:
        for row, child in enumerate(self.shown):
            child.row = row

    def walk(self) -> Iterator[TreeNode]:
        yield self
        for child in self.children:
            yield from child.walk()

    def ancestor(self, kind: NodeKind) -> TreeNode | None:
        node: TreeNode | None = self
        while node is not None and node.kind is not kind:
            node = node.parent
        return node

    def ancestor_title(self, kind: str) -> str:
        node = self.ancestor(NodeKind(kind))
        if node is None:
            return ""
        item = node.item
        return item.title or getattr(item, "description", "").split("\n", 1)[0]

    def table(self) -> TableKind | None:
        ambition = self.ancestor(NodeKind.AMBITION)
        return ambition.item.table if ambition else None


class TreeFiltering:
    """Which children each node shows under a filter.

    One pass over a flat list of actions finds the matches; only matches and their ancestors
    get new child lists, so a keystroke costs about the number of matches.
    """

    def __init__(self) -> None:
        self._flat_actions: list[TreeNode] | None = None
        self._filtered: set[TreeNode] = set()  # nodes whose `shown` a filter replaced
        self.visible_total = 0
        self.matches: set[TreeNode] = set()  # the actions the filter lets through

    def structure_changed(self) -> None:
        self._flat_actions = None

    def forget(self, node: TreeNode) -> None:
        self._filtered.discard(node)

    def apply(self, root: TreeNode, criteria: ActionFilter) -> None:
        if not criteria.active:
            for node in self._filtered:
                node.shown = node.children
                node.number_rows()
            self._filtered = set()
            self.matches = set()
            return
        needle = criteria.needle
        action_criteria = criteria.has_action_criteria
        ambitions = [ambition for pillar in root.children for ambition in pillar.children]
        ambition_matches = {n for n in ambitions if needle and needle in haystack(n)}
        actions = self._actions(root)
        if not action_criteria:  # text only: the common case while typing, kept tight
            matches = [
                node
                for node in actions
                if node.ambition in ambition_matches or needle in (node.haystack or haystack(node))
            ]
        else:
            matches = [
                node
                for node in actions
                if criteria.matches_action(
                    node.item, haystack(node), node.ambition in ambition_matches
                )
            ]
        self.matches = set(matches)
        visible: set[TreeNode] = set()
        for node in matches:
            _show_with_ancestors(node, visible)
        if not action_criteria:
            for ambition in ambition_matches:
                _show_with_ancestors(ambition, visible)
            if needle:
                visible.update(p for p in root.children if needle in p.item.title.casefold())
        for node in self._filtered - visible:
            node.shown = []  # hidden now; stays listed so clearing the filter restores it
        self.visible_total = len(visible)
        visible.add(root)
        for node in visible:
            children = node.children
            if not children:  # most visible nodes are actions without children: nothing to do
                node.shown = children
                continue
            shown = [child for child in children if child in visible]
            node.shown = shown
            for row, child in enumerate(shown):
                child.row = row
        self._filtered |= visible

    def actions(self, root: TreeNode) -> list[TreeNode]:
        """Every action node, in document order (cached until the structure changes)."""
        return self._actions(root)

    def _actions(self, root: TreeNode) -> list[TreeNode]:
        if self._flat_actions is None:
            found = []
            action = NodeKind.ACTION
            stack = root.children[::-1]  # a loop, not a recursive generator: 50,000 nodes
            while stack:
                node = stack.pop()
                if node.kind is action:
                    found.append(node)
                if node.children:
                    stack.extend(node.children[::-1])
            self._flat_actions = found
        return self._flat_actions


def _show_with_ancestors(node: TreeNode, visible: set[TreeNode]) -> None:
    current: TreeNode | None = node
    while current is not None and current.kind is not None and current not in visible:
        visible.add(current)
        current = current.parent


def haystack(node: TreeNode) -> str:
    """What the text filter searches in a node, lower-cased, computed once."""
    if node.haystack is None:
        if node.kind is NodeKind.ACTION:
            node.haystack = action_haystack(node.item)
        else:
            node.haystack = ambition_haystack(node.item)
    return node.haystack
