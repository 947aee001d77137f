"""The main window: the tree on the left, the editor of the selected item on the right."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow

from statusapp.domain import NodeKind
from statusapp.errors import StatusappError
from statusapp.ui.controllers.save_state import SaveState
from statusapp.ui.settings import app_settings, remember_database

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex
    from PySide6.QtGui import QCloseEvent, QShowEvent

    from statusapp.ui.models.tree_model import TreeNode


class MainWindow(QMainWindow):
    """Built in two steps: the shell paints at once; `build()` brings in the services,
    SQLAlchemy and the editors (most of the start-up time) right after the first paint."""

    def __init__(self, *, deferred: bool = False) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("Statusapp")
        self._built = False
        self._splitter_restored = False
        self.save_state = SaveState(self, self.retry_unsaved)
        self.save_state_label = self.save_state.label
        self.database_label = QLabel(self)
        self.statusBar().addWidget(self.database_label, 1)
        # Before the first paint only what a bare window needs: Qt's namespace (Qt.*), the
        # domain model and most widget classes each cost milliseconds to load, so they wait.
        self.database_label.setText(self.tr("Opening…"))
        geometry = app_settings().value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            from statusapp.ui.controllers.window_layout import fit_to_screen

            fit_to_screen(self)
        self._after_first_paint: list = []
        if not deferred:
            self.build()

    def after_first_paint(self, work) -> None:  # type: ignore[no-untyped-def]
        """Run `work` once the window has painted (a zero timer can fire before the paint)."""
        self._after_first_paint.append(work)

    def event(self, event) -> bool:  # type: ignore[no-untyped-def]
        # getattr: Qt sends events while __init__ is still running.
        if getattr(self, "_after_first_paint", None) and event.type() == QEvent.Type.Paint:
            pending, self._after_first_paint = self._after_first_paint, []
            for work in pending:
                QTimer.singleShot(0, work)
        return super().event(event)

    def build(self) -> None:
        """Create the tree, the editors, menus and controllers (once)."""
        if self._built:
            return
        # Imported here, not at the top: they cost most of the start-up (see the class comment).
        from statusapp.ui.controllers.controller import ProgrammeController
        from statusapp.ui.controllers.filter_controller import FilterController
        from statusapp.ui.controllers.my_work import MyWork
        from statusapp.ui.controllers.one_undo_history import OneUndoHistory
        from statusapp.ui.controllers.round_controller import RoundController
        from statusapp.ui.controllers.structure_controller import StructureController
        from statusapp.ui.controllers.tree_status_keys import TreeStatusKeys
        from statusapp.ui.controllers.window_actions import WindowActions
        from statusapp.ui.controllers.window_layout import (
            editor_stack,
            main_splitter,
            share_splitter,
        )
        from statusapp.ui.views.editors.action_editor import ActionEditor
        from statusapp.ui.views.editors.node_editors import AmbitionEditor, PillarEditor
        from statusapp.ui.views.filter_bar import FilterBar
        from statusapp.ui.views.tree_view import ActionTreeView
        from statusapp.ui.window_parts import MESSAGE_MILLISECONDS, FileChooser, WindowParts

        self._built = True
        self.controller = ProgrammeController(self)
        self.rounds = RoundController(self.controller)
        self.structure = StructureController(self.controller)
        self.rounds.round_changed.connect(self.programme_reloaded)
        self.model = self.controller.model
        self.parts = WindowParts(
            self,
            self.controller,
            self.flush_editors,
            lambda text: self.statusBar().showMessage(text, MESSAGE_MILLISECONDS),
            FileChooser(self),
            self.open_database,
            self.switch_programme,
        )

        self.filter_bar = FilterBar(self)
        self.tree = ActionTreeView(self)
        self.tree.setModel(self.model)
        self.filtering = FilterController(
            self.filter_bar, self.tree, self.model, self.show_node, self.select_node
        )
        left = QtWidgets.QWidget(self)
        left_layout = QtWidgets.QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 4, 4)
        left_layout.addWidget(self.filter_bar)
        left_layout.addWidget(self.tree)

        self.action_editor = ActionEditor(self.controller, self)
        self.ambition_editor = AmbitionEditor(self.controller, self)
        self.pillar_editor = PillarEditor(self.controller, self)
        self.empty_page = QLabel(self.tr("Select a pillar, ambition or action on the left."), self)
        self.empty_page.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.empty_page.setWordWrap(True)
        # The stack's pages: the empty page, then these editors (page = position + 1).
        self._editor_pages = (self.pillar_editor, self.ambition_editor, self.action_editor)
        self.editors = editor_stack([self.empty_page, *self._editor_pages], self)
        self.splitter = main_splitter(left, self.editors, self)
        share_splitter(self.splitter, self.width())
        self.setCentralWidget(self.splitter)

        self.overview_dock: QtWidgets.QDockWidget | None = None  # built when first shown
        self.actions = WindowActions(self)
        self.my_work = MyWork(
            self,
            self.controller,
            self.tree,
            self.filter_bar,
            self.statusBar(),
            self.select_node,
            self.parts.show_message,
        )
        self.my_work.install(self.actions.add_my_work, self.actions.view_menu)
        self.tree_status_keys = TreeStatusKeys(
            self.tree,
            self.current_node,
            self._set_status_from_tree,
            lambda: self.controller.round_closed,
            self.parts.show_message,
        )
        self.undo_history = OneUndoHistory(self, self.actions.undo, self.actions.redo)
        self.undo_history.install_all(self.splitter)
        self._connect()
        header = app_settings().value("window/treeHeader")
        if header is not None:
            self.tree.header().restoreState(header)
        if self.isVisible():
            self._restore_splitter()
        self._update_actions()

    # --- wiring -------------------------------------------------------------------------------

    def _connect(self) -> None:
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.filtering.applied.connect(self._filter_applied)
        self.controller.saved.connect(self.save_state.edit_saved)
        self.controller.failed.connect(self.save_state.failed)
        self.controller.import_refused.connect(self.save_state.import_refused)
        self.controller.unavailable.connect(self.save_state.unavailable)
        self.controller.node_touched.connect(self._node_touched)
        self.controller.structure_changed.connect(self.select_node)
        self.controller.nodes_refreshed.connect(self._nodes_refreshed)
        self.controller.node_removed.connect(self._node_removed)
        self.controller.ask_about_conflict = self._ask_about_conflict
        self.model.modelReset.connect(self._update_actions)
        for editor in (self.action_editor, self.ambition_editor, self.pillar_editor):
            for saver in editor.savers:
                # Typing not yet saved can be undone too: undo saves it first, then undoes it.
                saver.typing.connect(lambda: self.actions.undo.setEnabled(True))
                saver.typing.connect(self.save_state.typing)
                saver.settled.connect(self.save_state.settled)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.flush_editors()
        node = self.model.node(current)
        if node is None and (self.filtering.applying or self.filtering.kept_node()):
            return  # the filter hid the current node: the editor keeps it
        self.filtering.forget_kept()
        if not self._may_leave_refused(node):
            return
        shown = self._shown_editor()
        if shown is not None and shown.has_unsaved():
            # The database could not take what is typed: stay with it rather than refill the
            # editor and lose it.
            if node is None or node.id != shown.shown_id:
                shown_id = shown.shown_id
                QTimer.singleShot(0, lambda: shown_id and self.select_node(shown_id))
                self.save_state.staying()
            return
        self.show_node(node)
        self._update_actions()

    def _may_leave_refused(self, node: TreeNode | None) -> bool:
        """Leaving an action with a value it refused asks, as closing does; kept: back to it."""
        shown_id = self.action_editor.shown_id
        leaving = self._shown_editor() is self.action_editor and shown_id is not None
        if not leaving or self.action_editor.refused_text() is None:
            return True
        if node is not None and node.id == shown_id:
            return False  # back on it (kept): no refill, the text stays
        if self.may_leave():
            return True
        QTimer.singleShot(0, lambda: self.select_node(shown_id))
        return False

    def _set_status_from_tree(self, node: TreeNode, status) -> None:  # type: ignore[no-untyped-def]
        if self.action_editor.shown_id == node.id:
            self.action_editor.status_buttons.choose(status)  # keeps the editor in step
        else:
            self.controller.edit_update(node.id, {"status": status})

    def _shown_editor(self):  # type: ignore[no-untyped-def]
        if not self._built or self.editors.currentIndex() == 0:
            return None
        return self._editor_pages[self.editors.currentIndex() - 1]

    def has_unsaved(self) -> bool:
        """Something typed that the database has not taken yet."""
        if not self._built:
            return False
        return any(
            editor.has_unsaved()
            for editor in (self.action_editor, self.ambition_editor, self.pillar_editor)
        )

    def show_node(self, node: TreeNode | None) -> None:
        if node is None:
            self.editors.setCurrentIndex(0)
            return
        editor = {
            NodeKind.PILLAR: self.pillar_editor,
            NodeKind.AMBITION: self.ambition_editor,
            NodeKind.ACTION: self.action_editor,
        }[node.kind]  # type: ignore[index]
        editor.show_node(node)
        self.editors.setCurrentIndex(self._editor_pages.index(editor) + 1)
        self._show_filter_note(node)

    def _show_filter_note(self, node: TreeNode) -> None:
        if self.action_editor.shown_id == node.id:
            hidden = self.filtering.is_hidden(node)
            self.action_editor.filter_note.show_for(node, self.model.filter.needle, hidden=hidden)

    def current_node(self) -> TreeNode | None:
        """The tree's current node, or the one the filter hides while the editor shows it."""
        return self.model.node(self.tree.currentIndex()) or self.filtering.kept_node()

    def selected_nodes(self) -> list[TreeNode]:
        """The selected rows (several with Ctrl or Shift), else the current one."""
        nodes = [self.model.node(i) for i in self.tree.selectionModel().selectedRows()]
        chosen = [n for n in nodes if n is not None]
        current = self.current_node()
        return chosen or ([current] if current is not None else [])

    def flush_editors(self) -> None:
        """Save what is typed anywhere in the editors, including an open cell or the owner."""
        focused = QtWidgets.QApplication.focusWidget()
        if focused is not None and self.editors.isAncestorOf(focused):
            focused.clearFocus()  # ends cell editing and fires editingFinished
        for editor in (self.action_editor, self.ambition_editor, self.pillar_editor):
            editor.flush()

    def _node_touched(self, node_id: str) -> None:
        """Undo or redo changed a node: select it, so the user sees what changed."""
        if not self.select_node(node_id):
            return
        node = self.current_node()
        if node is not None:
            for editor in (self.action_editor, self.ambition_editor, self.pillar_editor):
                if (
                    getattr(editor, "_node", None) is node
                    or getattr(editor, "_action", None) is node.item
                ):
                    editor.refresh()

    def _ask_about_conflict(self, error: Exception):  # type: ignore[no-untyped-def]
        """Someone else saved this update since this window read it: never overwrite silently."""
        from statusapp.ui.controllers import edit_conflict

        choice = edit_conflict.ask(self, error)  # type: ignore[arg-type]
        if choice is edit_conflict.Choice.LATER:
            self.save_state.not_saved()
        return choice

    def _node_removed(self, _node_id: str) -> None:
        """The selection may have gone with the removed node: show what is selected now."""
        node = self.current_node()
        if node is None or self.model.node_by_id(node.id) is None:
            self.show_node(None)
        else:
            self.show_node(node)
        self._update_actions()

    def _nodes_refreshed(self, node_ids: list[str]) -> None:
        node = self.current_node()
        if node is not None and node.id in set(node_ids):
            self.show_node(node)

    def select_node(self, node_id: str) -> bool:
        node = self.model.node_by_id(node_id)
        if node is None:
            return False
        index = self.model.index_of(node)
        if not index.isValid():
            return False
        self.tree.scrollTo(index)
        if self.tree.currentIndex() != index:
            self.tree.setCurrentIndex(index)
        return True

    def retry_unsaved(self) -> None:
        """Save again what waits in the editors, leaving the focus where the user types."""
        for editor in (self.action_editor, self.ambition_editor, self.pillar_editor):
            editor.flush()
        if self.save_state.waiting and not self.has_unsaved():
            self.save_state.saved()  # nothing waits any more (it was saved, or undone)

    # --- the database -------------------------------------------------------------------------

    def may_leave(self) -> bool:
        """Before closing or showing another programme: save what waits, and drop a value the
        programme refused only when the user says so."""
        self.flush_editors()
        refused = self.action_editor.refused_text()
        if refused is None:
            return True  # (typing the database could not take yet stays: closing asks)
        if not self.save_state.may_drop(refused):
            return False
        self.action_editor.refresh()  # dropped knowingly: the stored values, asked once
        return True

    def open_database(self, location: str | None, programme: str | None = None) -> bool:
        """Open a database (None: the default one, made on first start) and show its programme
        (`programme`: name or id; default: the first)."""
        from statusapp.services.connection import open_database
        from statusapp.services.setup import open_default_database

        self.build()
        if not self.may_leave():
            return False
        try:
            database = open_default_database() if location is None else open_database(location)
            self.controller.open(database, programme_id=programme)
        except StatusappError as error:
            self.database_label.setText(str(error))
            QtWidgets.QMessageBox.critical(self, self.tr("Cannot open the database"), str(error))
            return False
        for warning in database.warnings:
            self.statusBar().showMessage(warning, 15000)
        self.database_label.setText(database.display_name)
        remember_database(database.display_name)
        self.filter_bar.clear()
        self.programme_reloaded()
        self.my_work.programme_opened()
        return True

    def switch_programme(self, programme_id: str) -> bool:
        """Show another programme of the open database (File > New programme, the selector)."""
        if not self.may_leave():
            return False
        if not self.controller.run_guarded(
            lambda: self.controller.switch_programme(programme_id), writes=False
        ):
            return False
        self.filter_bar.clear()
        self.programme_reloaded()
        self.my_work.programme_opened()
        return True

    def programme_reloaded(self) -> None:
        """The model holds a freshly read programme: title, filter choices, tree, selection."""
        tree = self.model.tree
        if tree is None:
            return
        self.actions.show_programmes(self.controller.programmes(), tree.programme.id)
        previous = self.editor_node_id()
        round_text = tree.round.name + (self.tr(" (closed)") if tree.round.closed else "")
        self.setWindowTitle(
            self.tr("{programme} — {round} — Statusapp").format(
                programme=tree.programme.name, round=round_text
            )
        )
        self.save_state.loaded()
        self.filtering.forget_kept()
        self.filtering.fill_choices()
        self.model.set_filter(self.filter_bar.criteria())
        self.filtering.expand_default()
        if previous and self.model.node_by_id(previous) and not self.select_node(previous):
            self.filtering.keep(previous)  # hidden by the filter: the editor keeps it, fresh
        elif not (previous and self.select_node(previous)):
            first = self.model.index(0, 0)
            if first.isValid():
                self.tree.setCurrentIndex(first)
        node = self.current_node()
        self.show_node(node)
        self._update_actions()

    def editor_node_id(self) -> str | None:
        """What the editor shows: after a reload the tree's current row is gone, not this."""
        editor = self._shown_editor()
        return editor.shown_id if editor is not None else None

    # --- filtering ----------------------------------------------------------------------------

    def _filter_applied(self) -> None:
        node = self.current_node()
        if node is None:
            self.show_node(None)
        else:
            self._show_filter_note(node)
        self._update_actions()

    # --- structure ----------------------------------------------------------------------------

    def add_pillar(self) -> None:
        self.flush_editors()
        self._focus_title(self.structure.add_pillar(self.tr("New pillar")))

    def add_ambition(self) -> None:
        from statusapp.domain import TableKind

        self.flush_editors()
        node = self.current_node()
        pillar = node.ancestor(NodeKind.PILLAR) if node else None
        if pillar is not None:
            table = node.table() if node is not None and node.kind is not NodeKind.PILLAR else None
            self._focus_title(
                self.structure.add_ambition(
                    pillar.id, self.tr("New ambition"), table or TableKind.GREEN
                )
            )

    def add_action(self, child: bool = False) -> None:
        self.flush_editors()
        node = self.current_node()
        ambition = node.ancestor(NodeKind.AMBITION) if node else None
        if ambition is None:
            return
        parent_id = node.id if child and node is not None and node.kind is NodeKind.ACTION else None
        self._focus_title(self.structure.add_action(ambition.id, self.tr("New action"), parent_id))

    def _focus_title(self, node_id: str | None) -> None:
        if node_id and self.select_node(node_id):
            self.rename_current()

    def rename_current(self) -> None:
        node = self.current_node()
        if node is None:
            return
        field = {
            NodeKind.PILLAR: self.pillar_editor.title_field,
            NodeKind.AMBITION: self.ambition_editor.title_field,
            NodeKind.ACTION: self.action_editor.text_field,
        }[node.kind]  # type: ignore[index]
        field.setFocus()
        field.selectAll()

    def move_current(self, step: int) -> None:
        node = self.current_node()
        if node is not None:
            self.flush_editors()
            self.structure.move(node.id, step)

    def delete_current(self) -> None:
        node = self.current_node()
        if node is None:
            return
        actions = sum(1 for n in node.walk() if n.kind is NodeKind.ACTION)
        is_action = node.kind is NodeKind.ACTION
        title = node.item.label if is_action else node.ancestor_title(node.kind.value)  # type: ignore[union-attr]
        question = self.tr(
            "Delete “{title}” and the %n actions in it? You can undo this.", "", actions
        ).format(title=title[:120])
        answer = QtWidgets.QMessageBox.question(self, self.tr("Delete"), question)
        if answer == QtWidgets.QMessageBox.StandardButton.Yes:
            self.flush_editors()
            self.structure.delete(node.id)

    def _update_actions(self) -> None:
        self.actions.update_enabled(self.current_node(), self.controller.context is not None)

    # --- window state -------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._built:
            self._restore_splitter()

    def _restore_splitter(self) -> None:
        if not self._splitter_restored:  # once the window has its size, or the panes shift
            self._splitter_restored = True
            state = app_settings().value("window/splitter")
            if state is not None:
                self.splitter.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = app_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        if self._built:
            if not self.may_leave() or (self.has_unsaved() and not self.save_state.may_close()):
                event.ignore()
                return
            settings.setValue("window/splitter", self.splitter.saveState())
            settings.setValue("window/treeHeader", self.tree.header().saveState())
            self.controller.close()
        settings.sync()
        super().closeEvent(event)
