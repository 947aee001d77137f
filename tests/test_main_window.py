"""The real main window on a temporary database, driven as a user would with pytest-qt."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from statusapp.domain import Status
from statusapp.services.programmes import load_programme_tree
from statusapp.storage.database import open_database
from statusapp.ui.main_window import MainWindow
from statusapp.ui.models.tree_model import Role

TARGET = "Vaststellen omgevingsvisie (programma 8)"


def _open_window(qtbot, database: Path) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.open_database(str(database))
    return window


def _click_action(qtbot, window: MainWindow, text: str) -> None:
    node = next(n for n in window.model._by_id.values() if getattr(n.item, "text", None) == text)
    index = window.model.index_of(node)
    window.tree.scrollTo(index)
    rect = window.tree.visualRect(index)
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.tree.currentIndex() == index
    assert window.action_editor.action_id == node.id


def _stored(database: Path, text: str):
    db = open_database(database)
    try:
        with db.session() as session:
            tree = load_programme_tree(session)
    finally:
        db.close()
    return next(a for a in tree.walk_actions() if a.text == text)


def _type(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def test_edits_survive_closing_and_reopening(qtbot, builtin_database: Path) -> None:
    window = _open_window(qtbot, builtin_database)
    assert window.objectName() == "mainWindow"
    assert "Uitvoeringsprogramma 2022-2026" in window.windowTitle()
    assert "Midterm review" in window.windowTitle()
    _click_action(qtbot, window, TARGET)
    editor = window.action_editor

    editor.status_buttons.buttons[Status.NONE].setFocus()
    qtbot.waitUntil(editor.status_buttons.buttons[Status.NONE].hasFocus)
    qtbot.keyClick(editor.status_buttons.buttons[Status.NONE], Qt.Key.Key_1)
    assert editor.status_buttons.status() is Status.DONE
    _type(qtbot, editor.explanation_field, "Vastgesteld door de raad.")
    _type(qtbot, editor.planned_field, "2024")
    editor.explanation_field.setFocus()  # leaving the planned field saves it
    window.close()

    stored = _stored(builtin_database, TARGET)
    assert (stored.status, stored.planned, stored.explanation) == (
        Status.DONE,
        "2024",
        "Vastgesteld door de raad.",
    )
    reopened = _open_window(qtbot, builtin_database)
    _click_action(qtbot, reopened, TARGET)
    editor = reopened.action_editor
    assert editor.status_buttons.status() is Status.DONE
    assert editor.explanation_field.toPlainText() == "Vastgesteld door de raad."
    assert editor.planned_field.text() == "2024"
    assert "Last changed by" in editor.last_changed_label.text()


def test_typing_is_saved_after_a_short_pause(qtbot, builtin_database: Path) -> None:
    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)
    _type(qtbot, window.action_editor.explanation_field, "Bijna klaar")
    qtbot.waitUntil(
        lambda: _stored(builtin_database, TARGET).explanation == "Bijna klaar", timeout=3000
    )
    assert window.save_state_label.text().startswith("Saved at ")


def test_undo_and_redo_across_actions(qtbot, builtin_database: Path) -> None:
    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)
    editor = window.action_editor
    editor.status_buttons.buttons[Status.DELAYED].click()
    _type(qtbot, editor.explanation_field, "Vertraagd")
    other = (
        "Update Groenbeleidsplan om structureel groenbeheer inzichtelijke te maken (programma 5)."
    )
    _click_action(qtbot, window, other)  # leaving the action saves the explanation
    editor.status_buttons.buttons[Status.DONE].click()

    assert _stored(builtin_database, TARGET).status is Status.DELAYED
    undo, redo = window.actions.undo, window.actions.redo
    undo.trigger()  # the other action's status
    assert _stored(builtin_database, other).status is Status.ON_TRACK
    undo.trigger()  # the explanation, back on the first action, which is selected again
    assert window.action_editor.action_id == _stored(builtin_database, TARGET).id
    assert _stored(builtin_database, TARGET).explanation.startswith("Participatie deel II")
    assert editor.explanation_field.toPlainText().startswith("Participatie deel II")
    undo.trigger()
    assert _stored(builtin_database, TARGET).status is Status.LONGER
    assert editor.status_buttons.status() is Status.LONGER

    redo.trigger()
    redo.trigger()
    redo.trigger()
    stored = _stored(builtin_database, TARGET)
    assert (stored.status, stored.explanation) == (Status.DELAYED, "Vertraagd")
    assert _stored(builtin_database, other).status is Status.DONE
    assert shortcut_texts(redo) >= {"Ctrl+Shift+Z", "Ctrl+Y"}
    assert undo.shortcut().toString() == "Ctrl+Z"


def shortcut_texts(action) -> set[str]:
    return {sequence.toString() for sequence in action.shortcuts()}


def test_invalid_planned_text_is_marked_and_not_saved(qtbot, builtin_database: Path) -> None:
    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)
    editor = window.action_editor
    _type(qtbot, editor.planned_field, "na de zomer")
    assert editor.planned_message.isVisible()
    assert "Not saved" in editor.planned_message.text()
    editor.explanation_field.setFocus()
    editor.flush()
    assert _stored(builtin_database, TARGET).planned == "2023"
    _type(qtbot, editor.planned_field, "Q3 2025")
    assert not editor.planned_message.isVisible()
    editor.explanation_field.setFocus()
    assert _stored(builtin_database, TARGET).planned == "Q3 2025"


def test_filter_hides_non_matching_actions_and_keeps_parents(qtbot, builtin_database: Path) -> None:
    window = _open_window(qtbot, builtin_database)
    window.actions.find.trigger()
    assert window.filter_bar.text_field.hasFocus()
    qtbot.keyClicks(window.filter_bar.text_field, "zwembad")
    model = window.model

    def shown(parent=None):
        from PySide6.QtCore import QModelIndex

        parent = parent or QModelIndex()
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            yield index
            yield from shown(index)

    rows = [(i.data(Role.KIND), i.data()) for i in shown()]
    assert [kind for kind, _ in rows].count("action") == 3
    assert ("pillar", "We zorgen voor elkaar") in rows and ("ambition", "Sport") in rows
    assert all(window.tree.isExpanded(i) for i in shown() if model.hasChildren(i))
    window.filter_bar.status_field.setCurrentIndex(
        window.filter_bar.status_field.findData(Status.ON_TRACK.value)
    )
    assert [kind for kind, _ in ((i.data(Role.KIND), 0) for i in shown())].count("action") == 1
    window.filter_bar.clear()
    assert sum(1 for i in shown() if i.data(Role.KIND) == "action") == 126


def test_structure_edits_and_their_undo(qtbot, builtin_database: Path, monkeypatch) -> None:
    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)
    window.actions.add_action.trigger()
    new_id = window.action_editor.action_id
    assert window.action_editor.text_field.hasFocus()
    _type(qtbot, window.action_editor.text_field, "Onderzoek naar een nieuwe aanpak")
    window.flush_editors()
    assert _stored(builtin_database, "Onderzoek naar een nieuwe aanpak").id == new_id

    window.actions.move_up.trigger()
    ambition = window.model.node_by_id(new_id).parent
    assert next(c.id for c in ambition.children) == new_id

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.actions.delete.trigger()
    assert window.model.node_by_id(new_id) is None
    with pytest.raises(StopIteration):
        _stored(builtin_database, "Onderzoek naar een nieuwe aanpak")

    window.actions.undo.trigger()  # the deletion
    assert window.model.node_by_id(new_id) is not None
    assert next(c.id for c in window.model.node_by_id(new_id).parent.children) == new_id
    window.actions.undo.trigger()  # the move
    window.actions.undo.trigger()  # the text
    window.actions.undo.trigger()  # the addition
    assert window.model.node_by_id(new_id) is None
    stored = {a.id for a in _all(builtin_database)}
    assert new_id not in stored and len(stored) == 126


def _all(database: Path):
    db = open_database(database)
    try:
        with db.session() as session:
            return list(load_programme_tree(session).walk_actions())
    finally:
        db.close()


def test_window_and_splitter_geometry_are_remembered(qtbot, builtin_database: Path) -> None:
    window = _open_window(qtbot, builtin_database)
    window.resize(780, 560)  # within the offscreen screen (800x600): restoring clamps to it
    window.splitter.setSizes([420, 360])
    sizes = window.splitter.sizes()
    window.close()
    again = _open_window(qtbot, builtin_database)
    assert again.splitter.sizes() == sizes
    assert again.size().width() == 780


def test_every_input_has_an_accessible_name(qtbot, builtin_database: Path) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTableWidget,
    )

    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)
    unnamed = [
        widget.objectName() or type(widget).__name__
        for kind in (QLineEdit, QPlainTextEdit, QComboBox, QTableWidget, QAbstractButton)
        for widget in window.findChildren(kind)
        if widget.isVisible()
        and not widget.accessibleName()
        and not (isinstance(widget, QAbstractButton) and widget.text())
        and not isinstance(widget.parent(), QComboBox)
    ]
    assert unnamed == []


def test_undo_while_typing_saves_the_typing_first_then_undoes_it(
    qtbot, builtin_database: Path
) -> None:
    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)
    editor = window.action_editor
    original = editor.explanation_field.toPlainText()
    _type(qtbot, editor.explanation_field, "Half getypt")
    window.actions.undo.trigger()  # before the typing pause has passed
    assert editor.explanation_field.toPlainText() == original
    assert _stored(builtin_database, TARGET).explanation == original
    window.actions.redo.trigger()
    assert _stored(builtin_database, TARGET).explanation == "Half getypt"
    assert editor.explanation_field.toPlainText() == "Half getypt"


def test_export_then_import_with_preview_and_undo(
    qtbot, builtin_database: Path, tmp_path: Path, monkeypatch
) -> None:
    import openpyxl
    from PySide6.QtWidgets import QDialog

    from statusapp.ui.controllers import exchange
    from statusapp.ui.views import import_preview

    window = _open_window(qtbot, builtin_database)
    workbook = tmp_path / "uitvraag.xlsx"
    assert exchange.export_to_file(window.parts, str(workbook))
    book = openpyxl.load_workbook(workbook)
    book["1 Veilig wonen, werken en leven"]["D3"] = "✓"
    book["1 Veilig wonen, werken en leven"]["E3"] = "Afgerond in mei."
    book.save(workbook)

    previews = []

    def accept(dialog) -> int:
        previews.append(
            [
                dialog.details.topLevelItem(i).text(0)
                for i in range(dialog.details.topLevelItemCount())
            ]
        )
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(import_preview.ImportPreviewDialog, "exec", accept)
    assert import_preview.import_from_file(window.parts, str(workbook))
    assert previews == [["Changes to apply (2)"]]
    _click_action(qtbot, window, TARGET)
    assert window.action_editor.status_buttons.status() is Status.DONE
    assert window.action_editor.explanation_field.toPlainText() == "Afgerond in mei."
    assert _stored(builtin_database, TARGET).status is Status.DONE

    window.actions.undo.trigger()
    assert _stored(builtin_database, TARGET).status is Status.LONGER
    assert window.action_editor.status_buttons.status() is Status.LONGER
    window.actions.redo.trigger()
    assert _stored(builtin_database, TARGET).explanation == "Afgerond in mei."


def test_the_window_paints_first_and_builds_and_opens_after(qtbot, builtin_database: Path) -> None:
    window = MainWindow(deferred=True)
    qtbot.addWidget(window)
    assert not hasattr(window, "controller")  # nothing heavy before the first paint
    window.after_first_paint(lambda: window.open_database(str(builtin_database)))
    window.show()
    qtbot.waitUntil(
        lambda: getattr(window, "model", None) is not None and window.model.tree is not None
    )
    assert "Uitvoeringsprogramma 2022-2026" in window.windowTitle()
    assert window.centralWidget() is window.splitter


def test_a_widening_filter_closes_what_a_narrow_one_opened(
    qtbot, builtin_database: Path, monkeypatch
) -> None:
    """A large programme opens only its pillars; a filter matching few rows opens them all,
    and widening it again must not leave thousands of rows open (each keystroke would lay
    them all out). The built-in programme stands in with a lower limit."""
    import statusapp.ui.controllers.filter_controller as filter_controller

    monkeypatch.setattr(filter_controller, "EXPAND_ALL_LIMIT", 40)
    window = _open_window(qtbot, builtin_database)
    ambition = window.model.index(0, 0, window.model.index(0, 0))
    assert window.tree.isExpanded(window.model.index(0, 0))
    assert not window.tree.isExpanded(ambition)  # over the limit: pillars only
    window.filter_bar.text_field.setText("omgevingsvisie")
    assert window.model.visible_count() <= 40
    first_match = window.model.index(0, 0, window.model.index(0, 0))
    assert window.tree.isExpanded(first_match)  # few rows: all open
    window.filter_bar.text_field.setText("")
    assert window.tree.isExpanded(window.model.index(0, 0))
    assert not window.tree.isExpanded(window.model.index(0, 0, window.model.index(0, 0)))


OTHER = "Update Groenbeleidsplan om structureel groenbeheer inzichtelijke te maken (programma 5)."


@pytest.mark.parametrize("character", ["\u202e", "\x07"])
@pytest.mark.parametrize("field_name", ["explanation", "planned"])
def test_a_refused_character_is_marked_once_and_the_user_can_move_on(
    qtbot, builtin_database: Path, monkeypatch, field_name: str, character: str
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: warnings.append(box.text()) or 0)
    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)
    editor = window.action_editor
    before = _stored(builtin_database, TARGET)
    field = getattr(editor, f"{field_name}_field")
    _type(qtbot, field, "2025")
    (field.insertPlainText if field_name == "explanation" else field.insert)(character)  # pasted
    editor.status_buttons.buttons[Status.NONE].setFocus()  # leaving the field saves it
    editor.flush()

    assert warnings == []  # no box, and nothing about the database
    assert "database" not in window.statusBar().currentMessage()
    assert not window.has_unsaved()  # nothing waits to be tried again
    code = f"U+{ord(character):04X}"
    message = getattr(editor, f"{field_name}_message")
    assert message.isVisible()
    assert message.text().startswith(f"{field.accessibleName()}: holds a ")
    assert code in message.text() and "not saved" in message.text()
    assert field.accessibleDescription() == message.text()
    assert "#C00000" in field.styleSheet()  # marked like an invalid planned text

    # Moving on asks, as closing does (a refused value is never dropped unasked); not keeping
    # it moves on, and what was refused is not kept.
    _click_action(qtbot, window, OTHER)
    assert warnings == [
        f"“2025{character}” was not saved: Statusapp does not accept it in this field."
    ]
    _click_action(qtbot, window, TARGET)
    assert (field.toPlainText() if field_name == "explanation" else field.text()) == getattr(
        before, field_name
    )
    assert not message.isVisible() and field.styleSheet() == ""
    window.close()
    stored = _stored(builtin_database, TARGET)
    assert (stored.explanation, stored.planned) == (before.explanation, before.planned)


def test_a_refused_action_text_says_so_once_and_is_not_retried(
    qtbot, builtin_database: Path, monkeypatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: warnings.append(box.text()) or 0)
    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)
    editor = window.action_editor
    editor.text_field.setFocus()
    editor.text_field.insertPlainText("\u202e")
    editor.number_field.setFocus()  # leaving the field saves it
    window.flush_editors()
    assert len(warnings) == 1 and "text: holds a right-to-left control character" in warnings[0]
    assert not window.has_unsaved()
    _click_action(qtbot, window, OTHER)
    assert len(warnings) == 1
    window.close()
    assert len(warnings) == 1
    assert _stored(builtin_database, TARGET).text == TARGET


def test_a_refused_owner_says_so_once_and_shows_the_stored_owner_again(
    qtbot, builtin_database: Path, monkeypatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: warnings.append(box.text()) or 0)
    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)
    editor = window.action_editor
    _type(qtbot, editor.owner_field.lineEdit(), "Anna")
    editor.owner_field.lineEdit().insert("\x07")
    window.flush_editors()
    window.flush_editors()
    assert len(warnings) == 1 and "Owner: holds a control character (U+0007)" in warnings[0]
    assert editor.owner_field.currentText() == ""  # what is stored
    assert not window.has_unsaved()
    _click_action(qtbot, window, OTHER)
    window.close()
    assert len(warnings) == 1
    assert _stored(builtin_database, TARGET).owner is None
