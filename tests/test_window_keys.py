"""The keyboard loop of a project leader: keys 1-5 in the tree, one undo history under Ctrl+Z."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from statusapp.domain import NodeKind, ReviewState, Status, TableKind
from tests.test_main_window import TARGET, _click_action, _open_window, _stored

WOONVISIE = "Vaststellen woonvisie."


def _select(qtbot, window, predicate) -> None:  # type: ignore[no-untyped-def]
    """Make the first node that `predicate` accepts current, with focus in the tree."""
    node = next(n for n in window.model._by_id.values() if predicate(n))
    window.select_node(node.id)
    window.tree.setFocus()
    qtbot.waitUntil(window.tree.hasFocus)


def test_keys_1_to_5_set_the_status_while_walking_down_the_tree(
    qtbot, builtin_database: Path
) -> None:
    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)
    tree = window.tree
    qtbot.waitUntil(tree.hasFocus)
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
