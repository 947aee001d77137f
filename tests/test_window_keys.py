"""The keyboard loop of a project leader: keys 1-5 in the tree, one undo history under Ctrl+Z."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from statusapp.domain import NodeKind, ReviewState, Status, TableKind
from tests.test_main_window import TARGET, _click_action, _open_window, _stored, _type

WOONVISIE = "Vaststellen woonvisie."


def _select(qtbot, window, predicate) -> None:  # type: ignore[no-untyped-def]
    """Make the first node that `predicate` accepts current, with focus in the tree."""
    node = next(n for n in window.model._by_id.values() if predicate(n))
    window.select_node(node.id)
    window.tree.setFocus()
    qtbot.waitUntil(window.tree.hasFocus)


def _open_on_target(qtbot, database: Path):  # type: ignore[no-untyped-def]
    """The window on TARGET, with the focus in the tree (where keys 1-5 set the status)."""
    window = _open_window(qtbot, database)
    _click_action(qtbot, window, TARGET)
    qtbot.waitUntil(window.tree.hasFocus)
    return window


def test_keys_1_to_5_set_the_status_while_walking_down_the_tree(
    qtbot, builtin_database: Path
) -> None:
    window = _open_on_target(qtbot, builtin_database)
    tree = window.tree
    qtbot.keyClick(tree, Qt.Key.Key_2)
    assert _stored(builtin_database, TARGET).status is Status.ON_TRACK
    assert window.action_editor.status_buttons.status() is Status.ON_TRACK
    assert tree.hasFocus()

    qtbot.keyClick(tree, Qt.Key.Key_Down)  # the next ambition: no status to set
    assert window.current_node().kind is NodeKind.AMBITION
    qtbot.keyClick(tree, Qt.Key.Key_1)
    assert "select an action" in window.statusBar().currentMessage()
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert window.current_node().item.text.startswith(WOONVISIE)
    woonvisie = window.current_node().item.text
    assert _stored(builtin_database, woonvisie).status is Status.DONE
    qtbot.keyClick(tree, Qt.Key.Key_5)  # 5: no status
    assert _stored(builtin_database, woonvisie).status is Status.NONE
    assert window.current_node().item.text == woonvisie  # the key did not search the tree

    # The status buttons' own undoable step, one per key.
    assert window.controller.undo_stack.undoText() == "Edit update"
    window.actions.undo.trigger()
    assert _stored(builtin_database, woonvisie).status is Status.DONE
    window.actions.undo.trigger()
    assert _stored(builtin_database, TARGET).status is Status.LONGER


def test_keys_1_to_5_leave_additional_work_and_approved_updates_alone_and_say_why(
    qtbot, builtin_database: Path
) -> None:
    window = _open_window(qtbot, builtin_database)
    _select(
        qtbot,
        window,
        lambda n: n.kind is NodeKind.ACTION and n.table() is TableKind.BLUE,
    )
    blue = window.current_node().item.text
    qtbot.keyClick(window.tree, Qt.Key.Key_1)
    assert _stored(builtin_database, blue).status is Status.NONE
    assert "Additional work" in window.statusBar().currentMessage()

    _click_action(qtbot, window, TARGET)
    assert window.controller.edit_review([window.current_node().id], ReviewState.APPROVED)
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_1)
    assert _stored(builtin_database, TARGET).status is Status.LONGER
    assert "approved" in window.statusBar().currentMessage()
    assert window.controller.undo_stack.undoText() != "Edit update"


CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_ctrl_z_in_the_planned_field_runs_the_windows_undo_and_a_refused_value_never_returns(
    qtbot, builtin_database: Path
) -> None:
    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)
    planned = window.action_editor.planned_field
    original = planned.text()
    _type(qtbot, planned, "20255")  # refused: not a planning the report uses
    assert _stored(builtin_database, TARGET).planned == original
    qtbot.keyClick(planned, Qt.Key.Key_Backspace)  # "2025": saved on the next step
    qtbot.keyClick(planned, Qt.Key.Key_Z, CTRL)
    assert planned.hasFocus()  # still where the user types
    assert planned.text() == original
    assert _stored(builtin_database, TARGET).planned == original
    qtbot.keyClick(planned, Qt.Key.Key_Z, CTRL | SHIFT)
    assert planned.text() == "2025"
    assert _stored(builtin_database, TARGET).planned == "2025"
    qtbot.keyClick(planned, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(planned, Qt.Key.Key_Z, CTRL)  # nothing left to undo: the field's own
    assert planned.text() == original  # history ("20255", "2025") stays out of it
    assert not window.action_editor.planned_message.isVisible()


def test_typing_then_ctrl_z_undoes_the_typing_as_one_step_and_ctrl_y_redoes_it(
    qtbot, builtin_database: Path
) -> None:
    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)
    explanation = window.action_editor.explanation_field
    original = explanation.toPlainText()
    window.action_editor.status_buttons.buttons[Status.DONE].click()  # an earlier step
    _type(qtbot, explanation, "Half getypt")
    qtbot.keyClick(explanation, Qt.Key.Key_Z, CTRL)  # before the typing pause has passed
    assert explanation.toPlainText() == original
    assert _stored(builtin_database, TARGET).explanation == original
    assert _stored(builtin_database, TARGET).status is Status.DONE  # only the typing
    assert explanation.hasFocus()
    qtbot.keyClick(explanation, Qt.Key.Key_Y, CTRL)
    assert explanation.toPlainText() == "Half getypt"
    assert _stored(builtin_database, TARGET).explanation == "Half getypt"


def test_the_owner_field_uses_the_windows_history_and_the_filter_field_its_own(
    qtbot, builtin_database: Path
) -> None:
    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)
    owner = window.action_editor.owner_field
    _type(qtbot, owner.lineEdit(), "Anna")
    qtbot.keyClick(owner.lineEdit(), Qt.Key.Key_Z, CTRL)  # saves "Anna", then undoes it
    assert _stored(builtin_database, TARGET).owner is None
    assert owner.currentText() == ""
    qtbot.keyClick(owner.lineEdit(), Qt.Key.Key_Z, CTRL | SHIFT)
    assert _stored(builtin_database, TARGET).owner == "Anna"

    window.action_editor.status_buttons.buttons[Status.DONE].click()
    window.filter_bar.text_field.setFocus()
    qtbot.keyClicks(window.filter_bar.text_field, "omgeving")
    qtbot.keyClick(window.filter_bar.text_field, Qt.Key.Key_Z, CTRL)
    assert _stored(builtin_database, TARGET).status is Status.DONE  # out of sight: kept
    assert window.filter_bar.text_field.text() == ""  # the typing is taken back


def test_the_context_menu_of_a_field_offers_the_windows_undo_and_redo(
    qtbot, builtin_database: Path
) -> None:
    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)
    for field in (window.action_editor.planned_field, window.action_editor.explanation_field):
        menu = window.undo_history.context_menu(field)
        entries = menu.actions()
        assert window.actions.undo in entries and window.actions.redo in entries
        assert not [e for e in entries if e.objectName() in ("edit-undo", "edit-redo")]
        assert not field.isUndoRedoEnabled() if hasattr(field, "isUndoRedoEnabled") else True


def test_keys_1_to_5_leave_a_closed_round_alone(qtbot, builtin_database: Path, monkeypatch) -> None:
    from statusapp.ui.controllers.controller import ProgrammeController

    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)
    monkeypatch.setattr(ProgrammeController, "round_closed", property(lambda _self: True))
    qtbot.keyClick(window.tree, Qt.Key.Key_1)
    assert _stored(builtin_database, TARGET).status is Status.LONGER
    assert "closed" in window.statusBar().currentMessage()


def test_a_key_for_the_status_it_already_has_says_that_nothing_changed(
    qtbot, builtin_database: Path
) -> None:
    window = _open_on_target(qtbot, builtin_database)
    tree = window.tree
    assert _stored(builtin_database, TARGET).status is Status.LONGER
    undo_text = window.controller.undo_stack.undoText()
    qtbot.keyClick(tree, Qt.Key.Key_3)  # 3: +/-, which it has
    message = window.statusBar().currentMessage()
    assert "already" in message and "nothing changed" in message
    assert _stored(builtin_database, TARGET).update.updated_by is None  # not counted as updated
    assert window.controller.undo_stack.undoText() == undo_text  # no empty undo step
