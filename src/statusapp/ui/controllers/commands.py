"""Undoable edits. Each command calls a service; undo calls it again with the old values.

Commands find their node by id when they run, because a deleted and restored subtree gets new
node objects. The first `redo` that QUndoStack.push() triggers is skipped: the controller has
already applied the edit, so an edit that fails never reaches the stack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QUndoCommand

MERGEABLE_FIELD_EDIT = 1


class ProgrammeController(Protocol):
    """What a command uses of the controller that pushed it (ui/controllers/controller.py)."""

    node_touched: SignalInstance

    def run_guarded(self, work: Callable[[], Any], *, writes: bool = True) -> Any: ...


class ControllerCommand(QUndoCommand):
    def __init__(self, controller: ProgrammeController, text: str) -> None:
        super().__init__(text)
        self.controller = controller
        self._applied = True  # already done by the controller when pushed

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        if not self.controller.run_guarded(self.apply):
            self.setObsolete(True)  # could not redo: drop the step rather than lie about it

    def undo(self) -> None:
        if not self.controller.run_guarded(self.revert):
            self.setObsolete(True)

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class FieldEditCommand(ControllerCommand):
    """Change fields of one node from `old` to `new` values through `write(node_id, values)`.

    Saves of the same field typed in one go (same `merge_key`) merge into one undo step.
    """

    def __init__(
        self,
        controller: ProgrammeController,
        text: str,
        node_id: str,
        write: Callable[[str, dict[str, Any]], None],
        old: dict[str, Any],
        new: dict[str, Any],
        merge_key: object = None,
        write_back: Callable[[str, dict[str, Any]], None] | None = None,
    ) -> None:
        super().__init__(controller, text)
        self.node_id = node_id
        self.write = write
        self.write_back = write_back or write  # undo's writer (it may restore more)
        self.old = old
        self.new = new
        self.merge_key = merge_key

    def id(self) -> int:
        return MERGEABLE_FIELD_EDIT if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, FieldEditCommand) or other.merge_key != self.merge_key:
            return False
        if other.node_id != self.node_id or set(other.new) != set(self.new):
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True

    def apply(self) -> None:
        self.write(self.node_id, self.new)
        self.controller.node_touched.emit(self.node_id)

    def revert(self) -> None:
        self.write_back(self.node_id, self.old)
        self.controller.node_touched.emit(self.node_id)


class StructureCommand(ControllerCommand):
    """A structure edit given as a pair of functions: do it, and take it back."""

    def __init__(
        self,
        controller: ProgrammeController,
        text: str,
        forward: Callable[[], None],
        backward: Callable[[], None],
    ) -> None:
        super().__init__(controller, text)
        self.forward = forward
        self.backward = backward

    def apply(self) -> None:
        self.forward()

    def revert(self) -> None:
        self.backward()
