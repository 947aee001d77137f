"""Structure edits in the window: add, move and delete pillars, ambitions and actions.

Built on the ProgrammeController, whose context, model and undo stack it shares. Each edit is
applied through the structure service, mirrored in the tree model, and pushed as a command
that holds what it needs to take the edit back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from statusapp.domain import Ambition, NodeKind, TableKind
from statusapp.services import structure
from statusapp.ui.controllers.commands import ControllerCommand
from statusapp.ui.controllers.controller import ProgrammeController
from statusapp.ui.models.tree_model import TreeNode


class StructureController(QObject):
    def __init__(self, programme: ProgrammeController) -> None:
        super().__init__(programme)
        self.programme = programme

    def add_pillar(self, title: str) -> str | None:
        return self._add(
            lambda: structure.add_pillar(self.programme.edit_context(), title),
            None,
            NodeKind.PILLAR,
            self.tr("Add pillar"),
        )

    def add_ambition(
        self, pillar_id: str, title: str, table: TableKind = TableKind.GREEN
    ) -> str | None:
        return self._add(
            lambda: structure.add_ambition(
                self.programme.edit_context(), pillar_id, title, table=table
            ),
            pillar_id,
            NodeKind.AMBITION,
            self.tr("Add ambition"),
        )

    def add_action(self, ambition_id: str, text: str, parent_id: str | None = None) -> str | None:
        return self._add(
            lambda: structure.add_action(
                self.programme.edit_context(), ambition_id, text, parent_id=parent_id
            ),
            parent_id or ambition_id,
            NodeKind.ACTION,
            self.tr("Add action"),
        )

    def _add(
        self, create: Callable[[], Any], parent_id: str | None, kind: NodeKind, text: str
    ) -> str | None:
        programme = self.programme
        created = programme.run_guarded(create)
        if not created:
            return None
        item = created.value
        model = programme.model
        parent = model.node_by_id(parent_id) if parent_id else None
        row = _append_row(parent.children if parent else model.pillars(), item)
        model.insert_node(parent, row, kind, item)
        programme.undo_stack.push(AddNodeCommand(programme, text, kind, item, parent_id, row))
        programme.structure_changed.emit(item.id)
        return item.id

    def move(self, node_id: str, step: int) -> bool:
        command = MoveNodeCommand(self.programme, self.tr("Move"), node_id, step)
        if not self.programme.run_guarded(command.apply) or not command.moved:
            return False
        self.programme.undo_stack.push(command)
        return True

    def delete(self, node_id: str) -> bool:
        command = DeleteNodeCommand(self.programme, self.tr("Delete"), node_id)
        if not self.programme.run_guarded(command.apply):
            return False
        self.programme.undo_stack.push(command)
        return True


class AddNodeCommand(ControllerCommand):
    """Undo deletes the new node (keeping its rows); redo restores exactly those rows."""

    def __init__(
        self,
        controller: ProgrammeController,
        text: str,
        kind: NodeKind,
        item: Any,
        parent_id: str | None,
        row: int,
    ) -> None:
        super().__init__(controller, text)
        self.kind, self.item, self.parent_id, self.row = kind, item, parent_id, row
        self.deleted: structure.DeletedSubtree | None = None

    def apply(self) -> None:
        controller = self.controller
        assert self.deleted is not None
        structure.restore_subtree(controller.edit_context(), self.deleted)
        self.deleted = None  # only once the rows are back
        controller.model.insert_node(
            _parent(controller, self.parent_id), self.row, self.kind, self.item
        )
        controller.structure_changed.emit(self.item.id)

    def revert(self) -> None:
        controller = self.controller
        self.deleted = structure.delete_node(controller.edit_context(), self.kind, self.item.id)
        controller.model.remove_node(controller.require_node(self.item.id))
        controller.node_removed.emit(self.item.id)


class MoveNodeCommand(ControllerCommand):
    def __init__(self, controller: ProgrammeController, text: str, node_id: str, step: int) -> None:
        super().__init__(controller, text)
        kind = controller.require_node(node_id).kind
        assert kind is not None
        self.kind, self.node_id, self.step = kind, node_id, step
        self.moved = False  # False at the first or last place: nothing to undo

    def _shift(self, direction: int) -> None:
        controller = self.controller
        other = structure.move_node(controller.edit_context(), self.kind, self.node_id, direction)
        self.moved = other is not None
        if self.moved:
            controller.model.move_node(controller.require_node(self.node_id), direction)
            controller.structure_changed.emit(self.node_id)

    def apply(self) -> None:
        self._shift(self.step)

    def revert(self) -> None:
        self._shift(-self.step)


class DeleteNodeCommand(ControllerCommand):
    """Undo restores the deleted rows as they were, at the same place in the tree."""

    def __init__(self, controller: ProgrammeController, text: str, node_id: str) -> None:
        super().__init__(controller, text)
        node = controller.require_node(node_id)
        assert node.kind is not None and node.parent is not None
        self.kind, self.node_id, self.item = node.kind, node_id, node.item
        self.parent_id = node.parent.id if node.parent.kind is not None else None
        self.deleted: structure.DeletedSubtree | None = None
        self.row = 0

    def apply(self) -> None:
        controller = self.controller
        self.deleted = structure.delete_node(controller.edit_context(), self.kind, self.node_id)
        self.row = controller.model.remove_node(controller.require_node(self.node_id))
        controller.node_removed.emit(self.node_id)

    def revert(self) -> None:
        controller = self.controller
        assert self.deleted is not None
        structure.restore_subtree(controller.edit_context(), self.deleted)
        controller.model.insert_node(
            _parent(controller, self.parent_id), self.row, self.kind, self.item
        )
        controller.structure_changed.emit(self.node_id)


def _append_row(siblings: list[TreeNode], item: Any) -> int:
    """Where a new node goes: green ambitions before blue ones, anything else last."""
    if isinstance(item, Ambition) and item.table is TableKind.GREEN:
        return sum(1 for s in siblings if s.item.table is TableKind.GREEN)
    return len(siblings)


def _parent(controller: ProgrammeController, parent_id: str | None) -> TreeNode | None:
    return controller.require_node(parent_id) if parent_id else None
