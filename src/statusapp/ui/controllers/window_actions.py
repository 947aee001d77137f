"""The window's menus, toolbar and shortcuts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QMenu, QToolBar
from shiboken6 import isValid

from statusapp.domain import NodeKind
from statusapp.domain.rights import Identity, Operation
from statusapp.ui.controllers import (
    exchange,
    publishing_actions,
    report_actions,
    round_actions,
    users_actions,
)
from statusapp.ui.controllers.database_menu import DatabaseMenu
from statusapp.ui.views import handout_dialog, import_preview

if TYPE_CHECKING:
    from statusapp.ui.models.tree_model import TreeNode
    from statusapp.ui.window_parts import MenuWindow


class WindowActions(QObject):
    def __init__(self, window: MenuWindow) -> None:
        super().__init__(window.parts.parent)
        self.window = window
        stack = window.controller.undo_stack

        databases = DatabaseMenu(window.parts)
        self.new_database = self._action(
            self.tr("&New database…"), databases.new_database, QKeySequence.StandardKey.New
        )
        self.open_database = self._action(
            self.tr("&Open database…"), databases.choose_database, QKeySequence.StandardKey.Open
        )
        self.export = self._action(
            self.tr("&Export to Excel…"),
            lambda: exchange.export_to_file(window.parts),
            QKeySequence("Ctrl+E"),
        )
        self.export.setObjectName("exportAction")
        self.import_ = self._action(
            self.tr("&Import from Excel…"),
            lambda: import_preview.import_from_file(window.parts),
            QKeySequence("Ctrl+I"),
        )
        self.import_.setObjectName("importAction")
        self.new_programme = self._action(
            self.tr("New &programme from report…"), self._new_programme_from_report
        )
        self.new_programme.setObjectName("newProgrammeFromReportAction")
        self.open_workbook = self._action(
            self.tr("Open &handed-out workbook…"),
            lambda: round_actions.open_handed_out_workbook(window),
        )
        self.export_for_owner = self._action(
            self.tr("Export for &owner…"), lambda: round_actions.export_for_owner(window)
        )
        self.assign_owner = self._action(
            self.tr("Assign &owner…"),
            lambda: round_actions.assign_owner(window),
            QKeySequence("Ctrl+Shift+O"),
        )
        self.new_round = self._action(
            self.tr("&New round…"), lambda: round_actions.new_round(window)
        )
        self.close_round = self._action(
            self.tr("&Close round…"), lambda: round_actions.close_round(window)
        )
        self.progress = self._action(
            self.tr("&Progress…"), lambda: round_actions.show_progress(window)
        )
        self.consolidate = self._action(
            self.tr("C&onsolidate returned workbooks…"), lambda: round_actions.consolidate(window)
        )
        self.conflicts = self._action(
            self.tr("Con&flicts…"), lambda: round_actions.show_conflicts(window)
        )
        self.changes = self._action(
            self.tr("Chang&es since the previous round…"),
            lambda: publishing_actions.show_changes(window),
        )
        self.checks = self._action(
            self.tr("Check &before publishing…"), lambda: publishing_actions.show_checks(window)
        )
        self.export_word = self._action(
            self.tr("Export to &Word…"),
            lambda: report_actions.export_document(window.parts, ".docx"),
        )
        self.export_pdf = self._action(
            self.tr("Export to P&DF…"), lambda: report_actions.export_document(window.parts, ".pdf")
        )
        self.print_ = self._action(
            self.tr("&Print…"),
            lambda: report_actions.print_report(window.parts),
            QKeySequence.StandardKey.Print,
        )
        self.print_preview = self._action(
            self.tr("Print pre&view…"), lambda: report_actions.preview_report(window.parts)
        )
        self.publish = self._action(
            self.tr("P&ublish as website…"), lambda: publishing_actions.publish(window)
        )
        self.hand_out = self._action(self.tr("&Hand out…"), lambda: handout_dialog.hand_out(window))
        self.users = self._action(
            self.tr("&Users and roles…"), lambda: users_actions.manage_users(window)
        )
        self.quit = self._action(self.tr("&Quit"), window.close, QKeySequence.StandardKey.Quit)

        # Own actions rather than createUndoAction(): typing not yet saved is saved first.
        self.undo = self._action(
            self.tr("&Undo"), lambda: self._step(stack.undo), QKeySequence.StandardKey.Undo
        )
        self.undo.setObjectName("undoAction")
        self.redo = self._action(self.tr("&Redo"), lambda: self._step(stack.redo))
        self.redo.setObjectName("redoAction")
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        stack.canUndoChanged.connect(self.undo.setEnabled)
        stack.canRedoChanged.connect(self.redo.setEnabled)
        stack.undoTextChanged.connect(
            lambda text: self.undo.setToolTip(self.tr("Undo: {edit}").format(edit=text))
        )
        stack.redoTextChanged.connect(
            lambda text: self.redo.setToolTip(self.tr("Redo: {edit}").format(edit=text))
        )
        self.undo.setEnabled(False)
        self.redo.setEnabled(False)
        self.add_pillar = self._action(self.tr("Add &pillar"), window.add_pillar)
        self.add_ambition = self._action(self.tr("Add a&mbition"), window.add_ambition)
        self.add_action = self._action(
            self.tr("Add &action"), window.add_action, QKeySequence("Ctrl+N, A")
        )
        self.add_action.setShortcuts([QKeySequence("Ctrl+Shift+N")])
        self.add_child_action = self._action(
            self.tr("Add &child action"), lambda: window.add_action(child=True)
        )
        self.rename = self._action(self.tr("&Rename"), window.rename_current, QKeySequence("F2"))
        self.move_up = self._action(
            self.tr("Move &up"), lambda: window.move_current(-1), QKeySequence("Alt+Up")
        )
        self.move_down = self._action(
            self.tr("Move &down"), lambda: window.move_current(+1), QKeySequence("Alt+Down")
        )
        self.delete = self._action(
            self.tr("&Delete…"), window.delete_current, QKeySequence("Ctrl+Delete")
        )

        self.find = self._action(
            self.tr("&Find"), window.filtering.focus, QKeySequence.StandardKey.Find
        )
        self.clear_filter = self._action(self.tr("&Clear filter"), window.filter_bar.clear)
        self.expand_all = self._action(self.tr("&Expand all"), window.tree.expandAll)
        self.collapse_all = self._action(self.tr("C&ollapse all"), window.tree.collapseAll)
        self.overview = self._action(
            self.tr("&Overview"), lambda: self._show_overview(), QKeySequence("F9")
        )
        self.overview.setObjectName("overviewAction")
        self.overview.setCheckable(True)
        self.legend = self._action(
            self.tr("&Legend"), self._show_legend, QKeySequence.StandardKey.HelpContents
        )
        self.about = self._action(self.tr("&About Statusapp"), self._show_about)

        bar = window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_database, self.open_database])
        self.recent_menu = QMenu(self.tr("Open &recent"), file_menu)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(lambda: databases.fill_recent_menu(self.recent_menu))
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.export, self.export_for_owner, self.import_, self.open_workbook])
        file_menu.addSeparator()
        file_menu.addActions([self.export_word, self.export_pdf, self.print_preview, self.print_])
        file_menu.addAction(self.publish)
        file_menu.addSeparator()
        file_menu.addActions([self.new_programme, self.users])
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        self.file_menu = file_menu

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo, self.redo])
        edit_menu.addSeparator()
        edit_menu.addActions(
            [self.add_pillar, self.add_ambition, self.add_action, self.add_child_action]
        )
        edit_menu.addSeparator()
        edit_menu.addActions([self.rename, self.move_up, self.move_down, self.delete])
        edit_menu.addSeparator()
        edit_menu.addAction(self.assign_owner)

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions([self.find, self.clear_filter])
        view_menu.addSeparator()
        view_menu.addActions([self.expand_all, self.collapse_all])
        view_menu.addSeparator()
        view_menu.addAction(self.overview)
        self.view_menu = view_menu

        round_menu = bar.addMenu(self.tr("&Round"))
        round_menu.addActions([self.progress, self.hand_out, self.consolidate, self.conflicts])
        round_menu.addSeparator()
        round_menu.addActions([self.changes, self.checks])
        round_menu.addSeparator()
        round_menu.addActions([self.new_round, self.close_round])

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.legend, self.about])

        # A project leader's work first; structure editing (add, move, delete) is in Edit.
        toolbar = QToolBar(self.tr("Main toolbar"), window)
        toolbar.setObjectName("mainToolbar")
        self.toolbar = toolbar
        # The start of the toolbar is kept for the project leader's own actions (Mijn acties,
        # Next not updated): add_my_work() puts them before this separator.
        self.my_work_end = toolbar.addSeparator()
        self.my_work_end.setVisible(False)
        self.export.setIconText(self.tr("Export"))
        self.import_.setIconText(self.tr("Import"))
        toolbar.addActions([self.export, self.import_])
        toolbar.addSeparator()
        toolbar.addActions([self.undo, self.redo])
        toolbar.addSeparator()
        toolbar.addActions([self.overview, self.legend])
        # Before the exports, shown only when the database holds more than one programme.
        self.programme_label = QLabel(self.tr("Programme:"), toolbar)
        self.programme_selector = QComboBox(toolbar)
        self.programme_selector.setObjectName("programmeSelector")
        self.programme_selector.setAccessibleName(self.tr("Programme"))
        self.programme_selector.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.programme_selector.activated.connect(self._programme_chosen)
        self.programme_label_action = toolbar.insertWidget(self.export, self.programme_label)
        self.programme_selector_action = toolbar.insertWidget(self.export, self.programme_selector)
        self.programme_separator = toolbar.insertSeparator(self.export)
        self.show_programmes([], None)
        window.addToolBar(toolbar)
        self.toolbar = toolbar

    def add_my_work(self, actions: list[QAction]) -> None:
        """Put the project leader's own actions at the start of the toolbar."""
        self.toolbar.insertActions(self.my_work_end, actions)
        self.my_work_end.setVisible(True)

    def _new_programme_from_report(self) -> None:
        from statusapp.ui.views.report_dialog import new_programme_from_report

        new_programme_from_report(self.window.parts)

    def show_programmes(self, programmes: list, current_id: str | None) -> None:  # type: ignore[type-arg]
        """Fill the programme selector; it shows only with more than one programme."""
        selector = self.programme_selector
        selector.blockSignals(True)
        selector.clear()
        for programme in programmes:
            selector.addItem(programme.name, programme.id)
        index = selector.findData(current_id)
        if index >= 0:
            selector.setCurrentIndex(index)
        selector.blockSignals(False)
        several = len(programmes) > 1
        for action in (
            self.programme_separator,
            self.programme_label_action,
            self.programme_selector_action,
        ):
            action.setVisible(several)

    def _programme_chosen(self, index: int) -> None:
        programme_id = self.programme_selector.itemData(index)
        if programme_id:
            self.window.switch_programme(programme_id)

    def _action(self, text: str, slot, shortcut=None) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self.window.parts.parent)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _show_legend(self) -> None:
        from statusapp.ui.views import dialogs

        dialogs.LegendDialog(self.window.parts.parent).exec()

    def _show_about(self) -> None:
        from statusapp.ui.views import dialogs

        dialogs.show_about(self.window.parts.parent)

    def _show_overview(self) -> None:
        from statusapp.ui.controllers import overview_dock  # QtCharts loads only when asked for

        overview_dock.toggle_overview(self.window, self.overview.isChecked(), self.overview)

    def _step(self, step) -> None:  # type: ignore[no-untyped-def]
        # Typing is saved first, so undo takes it back as one step; the focus stays where
        # the user types (flushing takes it out of the field).
        focused = QApplication.focusWidget()
        self.window.flush_editors()
        step()
        stack = self.window.controller.undo_stack
        self.undo.setEnabled(stack.canUndo())  # typing enabled it; nothing may have waited
        self.redo.setEnabled(stack.canRedo())
        # A table cell's editor is gone once flushing ended the edit.
        if focused is not None and isValid(focused) and focused.isVisible() and focused.isEnabled():
            focused.setFocus()

    def update_enabled(self, node: TreeNode | None, has_database: bool) -> None:
        kind = node.kind if node else None
        self.add_pillar.setEnabled(has_database)
        for action in (
            self.export, self.import_, self.export_for_owner, self.new_round, self.close_round,
            self.progress, self.consolidate, self.conflicts, self.new_programme, self.overview,
            self.changes, self.checks, self.publish,
            self.export_word, self.export_pdf, self.print_, self.print_preview, self.hand_out,
        ):  # fmt: skip
            action.setEnabled(has_database)
        self.assign_owner.setEnabled(kind is not None)
        self.add_ambition.setEnabled(kind is not None)
        self.add_action.setEnabled(kind in (NodeKind.AMBITION, NodeKind.ACTION))
        self.add_child_action.setEnabled(kind is NodeKind.ACTION)
        for action in (self.rename, self.move_up, self.move_down, self.delete):
            action.setEnabled(kind is not None)
        self.users.setEnabled(False)
        if has_database:
            self._limit_to_role(self.window.controller.identity)

    def _limit_to_role(self, identity: Identity) -> None:
        """What the role may not do is disabled: the server would refuse it anyway."""
        needs = {
            Operation.STRUCTURE: (
                self.add_pillar, self.add_ambition, self.add_action, self.add_child_action,
                self.rename, self.move_up, self.move_down, self.delete, self.new_programme,
            ),
            Operation.OWNERS: (self.assign_owner,),
            Operation.ROUNDS: (self.new_round, self.close_round),
            Operation.CONSOLIDATE: (self.consolidate,),
            Operation.CONFLICTS: (self.conflicts,),
            Operation.HANDOUT: (self.hand_out,),
        }  # fmt: skip
        for operation, actions in needs.items():
            if not identity.may(operation):
                for action in actions:
                    action.setEnabled(False)
        if not identity.edits_any:
            self.import_.setEnabled(False)
        # Users exist on a central database only, and are its administrator's.
        self.users.setEnabled(identity.enforced and identity.may(Operation.USERS))
