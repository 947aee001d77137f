"""One undo history in the window: Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y run the window's undo stack
also while a text field has focus. A field's own undo would bring back text the programme
refused ("20255") and steps the window's history knows nothing about."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QWidget,
)

TEXT_FIELDS = (QLineEdit, QPlainTextEdit, QComboBox)
_INSTALLED = "statusappOneUndoHistory"  # a property on fields already taken over
OWN_UNDO = "statusappOwnUndo"  # a property on fields that keep their own undo (the filter)


class OneUndoHistory(QObject):
    """Takes over the undo keys and the Undo/Redo entries of the context menu of every text
    field in `window`: fields there now (`install_all`) and those made later, such as a table
    cell's editor (taken over when they gain focus)."""

    def __init__(self, window: QWidget, undo: QAction, redo: QAction) -> None:
        super().__init__(window)
        self.window = window
        self.undo = undo
        self.redo = redo
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)

    def install_all(self, container: QWidget) -> None:
        for kind in TEXT_FIELDS:
            for field in container.findChildren(kind):
                self.install(field)

    def install(self, field: QWidget) -> None:
        if field.property(_INSTALLED) or field.property(OWN_UNDO):
            return
        field.setProperty(_INSTALLED, True)
        field.installEventFilter(self)
        if isinstance(field, QLineEdit):
            # Typing not yet saved can be undone too: undo saves it first, then undoes it.
            field.textEdited.connect(lambda _text: self.undo.setEnabled(True))
        if isinstance(field, QPlainTextEdit):
            field.setUndoRedoEnabled(False)  # its own history would only drift from ours
            field.viewport().installEventFilter(self)  # the context menu opens there

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if (
            isinstance(new, TEXT_FIELDS)
            and not new.property(_INSTALLED)
            and not new.property(OWN_UNDO)
            and self.window.isAncestorOf(new)
        ):
            self.install(new)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            action = self.action_for(event)  # type: ignore[arg-type]
            if action is None:
                return False
            if kind == QEvent.Type.ShortcutOverride:
                event.ignore()  # not the field's: the window's shortcut runs
            elif action.isEnabled():
                action.trigger()  # an undo key the window's shortcuts do not list
            return True
        if kind == QEvent.Type.ContextMenu:
            field = watched.parent() if isinstance(watched.parent(), QPlainTextEdit) else watched
            if isinstance(field, (QLineEdit, QPlainTextEdit)):
                menu = self.context_menu(field)
                extend = getattr(field, "extend_context_menu", None)  # e.g. spelling
                if extend is not None:
                    extend(menu, event.pos())  # type: ignore[attr-defined]
                menu.exec(event.globalPos())  # type: ignore[attr-defined]
                menu.deleteLater()
                return True
        return False

    def action_for(self, event: QKeyEvent) -> QAction | None:
        """The window's undo or redo when the key is one of theirs, else None."""
        pressed = QKeySequence(event.keyCombination())
        for action in (self.undo, self.redo):
            if pressed in action.shortcuts():
                return action
        if event.matches(QKeySequence.StandardKey.Undo):
            return self.undo
        if event.matches(QKeySequence.StandardKey.Redo):
            return self.redo
        return None

    def context_menu(self, field: QLineEdit | QPlainTextEdit) -> QMenu:
        """The field's usual menu with the window's Undo and Redo in place of its own."""
        menu = field.createStandardContextMenu()
        for entry in menu.actions():
            replacement = {"edit-undo": self.undo, "edit-redo": self.redo}.get(entry.objectName())
            if replacement is not None:
                menu.insertAction(entry, replacement)
                menu.removeAction(entry)
        return menu
