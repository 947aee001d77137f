"""Someone else saved an update while this window edited it: the window asks, and never
overwrites silently. Their version discards the window's unsaved values of that update;
saving ours over it is a knowing overwrite at their revision."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QMessageBox, QWidget

from statusapp.domain import StatusUpdate

if TYPE_CHECKING:
    from statusapp.services.updates import ConcurrentEditError


class ProgrammeController(Protocol):
    """What settling a conflict uses of the window's controller (ui/controllers/controller.py)."""

    ask_about_conflict: Callable[[ConcurrentEditError], Choice] | None
    update_discarded: SignalInstance
    nodes_refreshed: SignalInstance

    def mirror_update(self, action_id: str, update: StatusUpdate, *, show: bool = True) -> None: ...
    def edit_update(
        self, action_id: str, values: dict[str, Any], merge_key: object = None
    ) -> Any: ...


class Choice(Enum):
    THEIRS = "theirs"  # show their version; the window's values of this update are dropped
    MINE = "mine"  # save ours over theirs
    LATER = "later"  # decide later: ours stay in the editor, unsaved


def ask(parent: QWidget, error: ConcurrentEditError) -> Choice:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("EditConflict", "Changed by someone else"))
    box.setText(
        QCoreApplication.translate(
            "EditConflict", "This update was changed by someone else while you edited it."
        )
    )
    box.setInformativeText(str(error))
    theirs_text = QCoreApplication.translate("EditConflict", "Show their version")
    mine_text = QCoreApplication.translate("EditConflict", "Save mine over it")
    theirs = box.addButton(theirs_text, QMessageBox.ButtonRole.RejectRole)
    mine = box.addButton(mine_text, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return Choice.THEIRS if clicked is theirs else Choice.MINE if clicked is mine else Choice.LATER


def settle(
    controller: ProgrammeController,
    node_id: str,
    error: ConcurrentEditError,
    values: dict[str, Any],
    merge_key: object,
) -> bool | None:
    """What the editor does with its values after the question: True saved (ours over
    theirs), None dropped (their version shown), False kept unsaved (decide later)."""
    choice = controller.ask_about_conflict(error) if controller.ask_about_conflict else None
    current: StatusUpdate | None = getattr(error, "current", None)
    if choice not in (Choice.THEIRS, Choice.MINE) or current is None:
        return False
    if choice is Choice.THEIRS:
        controller.update_discarded.emit(node_id)  # before the editor is refilled
        controller.mirror_update(node_id, current)
        return None
    controller.mirror_update(node_id, current, show=False)  # now at their revision
    saved = controller.edit_update(node_id, values, merge_key)
    if saved:
        controller.nodes_refreshed.emit([node_id])  # the editor shows the merged update
    return saved
