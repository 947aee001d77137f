"""A project leader's own work in the window: "My actions" (their actions, not yet updated in
this round, with a counter), "Next not updated" (F8, Shift+F8 back) and the round's deadline.

Receives the narrow parts it uses (the controller, the tree, the filter bar, the status bar and
a way to select a node), not the window.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLabel, QMenu, QStatusBar, QTreeView, QWidget

from statusapp.domain import NodeKind
from statusapp.domain.rights import Role
from statusapp.services.my_work import MyProgress, my_progress, whose_actions
from statusapp.translation import long_date
from statusapp.ui.controllers.controller import ProgrammeController
from statusapp.ui.models.tree_nodes import TreeNode
from statusapp.ui.settings import app_settings
from statusapp.ui.views.filter_bar import FilterBar

LATE_STYLE = "color: #C00000;"
CHOSEN_OWNER_KEY = "myWork/owner"  # the owner this user said they are


def today() -> date:
    """The day the deadline is counted from (tests replace it)."""
    return date.today()


class MyWork(QObject):
    def __init__(
        self,
        parent: QWidget,
        controller: ProgrammeController,
        tree: QTreeView,
        filter_bar: FilterBar,
        status_bar: QStatusBar,
        select_node: Callable[[str], bool],
        show_message: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.model = controller.model
        self.tree = tree
        self.filter_bar = filter_bar
        self._select_node = select_node
        self._show_message = show_message
        self.person = ""  # whose actions are "mine": the user, or the working copy's owner
        self.progress = MyProgress(None, 0, 0)

        self.mine = QAction(self.tr("My actions"), parent)
        self.mine.setObjectName("myActionsAction")
        self.mine.setCheckable(True)
        self.mine.setToolTip(self.tr("Only your actions not yet updated in this round"))
        self.mine.toggled.connect(self._mine_toggled)
        self.next = QAction(self.tr("Next not updated"), parent)
        self.next.setObjectName("nextNotUpdatedAction")
        self.next.setShortcut(QKeySequence("F8"))
        self.next.setToolTip(self.tr("The next of your actions not yet updated (F8)"))
        self.next.triggered.connect(lambda _checked=False: self.step(+1))
        self.previous = QAction(self.tr("Previous not updated"), parent)
        self.previous.setObjectName("previousNotUpdatedAction")
        self.previous.setShortcut(QKeySequence("Shift+F8"))
        self.previous.triggered.connect(lambda _checked=False: self.step(-1))
        parent.addAction(self.previous)  # a shortcut without a toolbar button
        self.whose = QAction(self.tr("Whose actions are mine…"), parent)
        self.whose.setObjectName("whoseActionsAction")
        self.whose.triggered.connect(lambda _checked=False: self.choose_person())

        self.progress_label = QLabel(parent)
        self.progress_label.setObjectName("myProgressLabel")
        self.deadline_label = QLabel(parent)
        self.deadline_label.setObjectName("deadlineLabel")
        # Who works here and with which role (on a central database the server says).
        self.identity_label = QLabel(parent)
        self.identity_label.setObjectName("identityLabel")
        for label in (self.identity_label, self.deadline_label, self.progress_label):
            label.setContentsMargins(8, 0, 8, 0)  # apart from the save state beside them
        status_bar.addPermanentWidget(self.identity_label)
        status_bar.addPermanentWidget(self.deadline_label)
        status_bar.addPermanentWidget(self.progress_label)

        filter_bar.changed.connect(self._filter_changed)
        controller.saved.connect(self.refresh)
        self.model.modelReset.connect(self._programme_loaded)
        self._programme_loaded()

    def install(self, add_to_toolbar: Callable[[list[QAction]], None], menu: QMenu) -> None:
        """First on the toolbar: the project leader's work before anything else."""
        add_to_toolbar([self.mine, self.next])
        menu.addSeparator()
        menu.addActions([self.mine, self.next, self.previous, self.whose])

    # --- whose actions, and how far they are ----------------------------------------------

    def _programme_loaded(self) -> None:
        context = self.controller.context
        self.person = whose_actions(context) if context is not None else ""
        self._show_identity()
        chosen = str(app_settings().value(CHOSEN_OWNER_KEY, "") or "")
        if context is not None and self.person == context.user and chosen:
            self.person = chosen  # not a working copy: the owner this user said they are
        self.refresh()

    def _show_identity(self) -> None:
        if self.controller.context is None:
            self.identity_label.clear()
            return
        identity = self.controller.identity
        roles = {
            Role.READER: self.tr("reader"),
            Role.EDITOR: self.tr("editor"),
            Role.CONTROL: self.tr("control team"),
            Role.ADMIN: self.tr("administrator"),
        }
        if identity.working_copy:
            text = self.tr("Working copy: your own updates")
        elif not identity.enforced:  # a file of one's own: nothing to say
            text = ""
        else:
            text = f"{identity.name} · {roles[identity.role]}"
        self.identity_label.setText(text)
        self.identity_label.setVisible(bool(text))
        self.identity_label.setToolTip(
            self.tr("Signed in to the database as %1").replace("%1", identity.login)
        )

    def choose_person(self) -> bool:
        """Ask which owner the user is (a login seldom reads as the owner's name); remembered
        for the next start. The edits stay signed with the login."""
        owners = self.controller.known_owners()
        if not owners:
            self._show_message(self.tr("No action has an owner yet: assign owners first."))
            return False
        current = owners.index(self.progress.owner) if self.progress.owner in owners else 0
        name, accepted = QInputDialog.getItem(
            self.tree.window(),
            self.tr("Whose actions are mine"),
            self.tr("You are:"),
            owners,
            current,
            False,
        )
        if not accepted or not name:
            return False
        app_settings().setValue(CHOSEN_OWNER_KEY, name)
        self.person = name
        self.refresh()
        self.programme_opened()
        return True

    def refresh(self) -> None:
        """The counter and the deadline, after every save and every load."""
        self.progress = my_progress(self.person, (n.item for n in self._actions()))
        progress = self.progress
        if progress.owner is None:  # say why, and that a click asks who you are
            self.mine.setToolTip(
                self.tr(
                    "No action has {person} as its owner: click to choose whose are yours"
                ).format(person=self.person or "—")
            )
        else:
            self.mine.setToolTip(self.tr("Only your actions not yet updated in this round"))
        self.progress_label.setVisible(progress.owner is not None)
        if progress.owner is not None:
            self.progress_label.setText(
                self.tr("My actions: {updated} of %n updated", "", progress.actions).format(
                    updated=progress.updated
                )
            )
            self.progress_label.setToolTip(
                self.tr("Actions of {owner} updated in this round").format(owner=progress.owner)
            )
        tree = self.model.tree
        deadline = tree.round.deadline if tree is not None and not tree.round.closed else None
        self.deadline_label.setVisible(deadline is not None)
        if deadline is not None:
            day = today()
            self.deadline_label.setText(self.deadline_text(deadline, day))
            self.deadline_label.setStyleSheet(LATE_STYLE if deadline < day else "")

    def deadline_text(self, deadline: date, day: date) -> str:
        """ "hand in by 15 February 2027, 12 days left" / "…, today" / "…, 1 day late"."""
        when = long_date(deadline)
        left = (deadline - day).days
        if left > 0:
            rest = self.tr("%n day(s) left", "", left)
        elif left == 0:
            rest = self.tr("today")
        else:
            rest = self.tr("%n day(s) late", "", -left)
        return self.tr("hand in by {date}, {rest}").format(date=when, rest=rest)

    def _actions(self) -> list[TreeNode]:
        """Every action in document order, shown or hidden by the filter."""
        return [n for p in self.model.pillars() for n in p.walk() if n.kind is NodeKind.ACTION]

    # --- the filter -----------------------------------------------------------------------

    def programme_opened(self) -> None:
        """A database or programme was opened: start on the person's actions when they own
        any, those not yet updated first."""
        owner = self.progress.owner
        if owner is None:
            return
        self.filter_bar.show_owner(owner, not_updated=self.progress.updated < self.progress.actions)
        self.step(+1, from_start=True)

    def _mine_toggled(self, checked: bool) -> None:
        owner = self.progress.owner
        if checked and owner is None:
            self.mine.blockSignals(True)
            self.mine.setChecked(False)
            self.mine.blockSignals(False)
            self.choose_person()
        elif checked and owner is not None:
            self.filter_bar.show_owner(owner, not_updated=True)
        elif not checked:
            self.filter_bar.show_owner(None, not_updated=False)  # one click shows everything

    def _filter_changed(self, criteria) -> None:  # type: ignore[no-untyped-def]
        mine = self.progress.owner is not None and criteria.owner == self.progress.owner
        self.mine.blockSignals(True)
        self.mine.setChecked(mine)
        self.mine.blockSignals(False)

    # --- next not updated -----------------------------------------------------------------

    def step(self, direction: int, *, from_start: bool = False) -> bool:
        """Select the next (or previous) of the person's actions not yet updated in this round
        (every action's, when the person owns none), with the focus in the tree."""
        actions = self._actions()
        if not actions:
            return False
        owner = self.progress.owner
        current = None if from_start else self.model.node(self.tree.currentIndex())
        start = actions.index(current) if current in actions else -1
        if start < 0 and direction < 0:
            start = 0
        count = len(actions)
        for offset in range(1, count + 1):
            node = actions[(start + direction * offset) % count]
            if node.item.update.is_updated or (owner and node.item.owner != owner):
                continue
            if self.model.index_of(node).isValid() or self._show_hidden(owner):
                self._select_node(node.id)
                self.tree.setFocus()
                return True
        self._show_message(
            self.tr("All your actions are updated in this round.")
            if owner
            else self.tr("Every action is updated in this round.")
        )
        return False

    def _show_hidden(self, owner: str | None) -> bool:
        """The filter hides the action: show the person's actions not yet updated instead."""
        self.filter_bar.clear()
        if owner is not None:
            self.filter_bar.show_owner(owner, not_updated=True)
        return True
