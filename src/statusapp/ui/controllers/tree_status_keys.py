"""Keys 1-5 set the current action's status while the tree has focus, so a project leader can
walk down the tree (Down, 2, Down, 1) without a trip into the editor and back."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from statusapp.domain import NodeKind, ReviewState, Status, TableKind
from statusapp.domain.status import STATUS_ORDER
from statusapp.ui.models.status_style import status_caption

if TYPE_CHECKING:
    from statusapp.ui.models.tree_nodes import TreeNode


class TreeStatusKeys(QObject):
    """`choose(node, status)` makes the edit (the status buttons' own undoable step); what
    cannot take a status is left alone and `show_message` says why."""

    def __init__(
        self,
        tree: QWidget,
        current_node: Callable[[], TreeNode | None],
        choose: Callable[[TreeNode, Status], None],
        round_closed: Callable[[], bool],
        show_message: Callable[[str], None],
    ) -> None:
        super().__init__(tree)
        self._current_node = current_node
        self._choose = choose
        self._round_closed = round_closed
        self._show_message = show_message
        self.shortcuts: list[QShortcut] = []
        for number, status in enumerate(STATUS_ORDER, 1):
            shortcut = QShortcut(QKeySequence(str(number)), tree)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)  # the tree alone
            shortcut.activated.connect(lambda s=status: self.set_status(s))
            self.shortcuts.append(shortcut)

    def set_status(self, status: Status) -> None:
        node = self._current_node()
        refusal = self.refusal(node)
        if refusal:
            self._show_message(refusal)
            return
        assert node is not None
        if node.item.update.status is status:  # saving it would change nothing
            self._show_message(
                self.tr(
                    "The status is already “{status}”: nothing changed. An action counts as "
                    "updated when its status, planning or explanation changes."
                ).format(status=status_caption(status))
            )
            return
        self._choose(node, status)

    def refusal(self, node: TreeNode | None) -> str | None:
        """Why the node cannot take a status from the keys, or None when it can."""
        if node is None or node.kind is not NodeKind.ACTION:
            return self.tr("Keys 1-5 set the status of an action: select an action first.")
        if node.table() is not TableKind.GREEN:
            return self.tr("Additional work (blue table) has no status.")
        if self._round_closed():
            return self.tr("This round is closed: its statuses can no longer change.")
        if node.item.update.review is ReviewState.APPROVED:
            return self.tr("This update is approved: reopen it to change its status.")
        return None
