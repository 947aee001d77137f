"""Cases a review of the editor found broken once; each stays fixed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication, QMessageBox

from statusapp.domain import NodeKind, TableKind
from statusapp.errors import StatusappError
from statusapp.services import structure
from tests.test_main_window import TARGET, _click_action, _open_window, _stored, _type


def _rows(model, parent=QModelIndex()):  # noqa: B008
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from _rows(model, index)


def _consistent(model) -> None:
    for index in _rows(model):
        node = model.node(index)
        assert model.index_of(node) == index
        assert index.parent() == model.index_of(node.parent) if node.parent.kind else True


def test_undoing_a_move_while_filtered_keeps_rows_right(qtbot, builtin_database: Path) -> None:
    window = _open_window(qtbot, builtin_database)
    _click_action(
        qtbot,
        window,
        "We maken meerjarige prestatieafspraken met de woningbouwcorporaties (programma 8).",
    )
    node = window.current_node()
    window.actions.move_down.trigger()
    window.filter_bar.text_field.setText("zwembad")  # hides the moved action's ambition
    window.actions.undo.trigger()
    window.filter_bar.clear()
    _consistent(window.model)
    assert window.select_node(node.id)
    siblings = [c.item.number for c in node.parent.children]
    assert siblings[:4] == ["1.", "2.", "3.", "4."]


def test_structure_edit_under_a_filter_keeps_the_tree_expanded(
    qtbot, builtin_database: Path
) -> None:
    window = _open_window(qtbot, builtin_database)
    window.filter_bar.text_field.setText("programma 2")
    expanded_before = sum(1 for i in _rows(window.model) if window.tree.isExpanded(i))
    _click_action(qtbot, window, "Verkenning werven vrachtverkeer (programma 2).")
    window.actions.move_up.trigger()
    expanded_after = sum(1 for i in _rows(window.model) if window.tree.isExpanded(i))
    assert expanded_after == expanded_before > 5
    _consistent(window.model)


def test_changing_an_ambitions_table_moves_it_among_its_table(
    qtbot, builtin_database: Path
) -> None:
    window = _open_window(qtbot, builtin_database)
    pillar = window.model.pillars()[0]
    first = pillar.children[0]
    window.controller.edit_ambition(first.id, {"table": TableKind.BLUE})
    tables = [child.item.table for child in pillar.children]
    assert tables == sorted(tables, key=lambda t: t is TableKind.BLUE)
    assert pillar.children.index(first) == 11  # after the other 11 green ambitions
    order = structure.ambition_order(window.controller.context, pillar.id)
    assert [c.id for c in pillar.children] == order
    _consistent(window.model)


def test_owner_typed_then_window_closed_is_saved(
    qtbot, builtin_database: Path, monkeypatch
) -> None:
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args))
    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)
    owner = window.action_editor.owner_field
    owner.setFocus()
    qtbot.keyClicks(owner.lineEdit(), "Eva Eigenaar")
    window.close()
    assert _stored(builtin_database, TARGET).owner == "Eva Eigenaar"
    assert warnings == []


def test_deleting_the_selection_under_a_filter_clears_the_editor(
    qtbot, builtin_database: Path, monkeypatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    window = _open_window(qtbot, builtin_database)
    window.filter_bar.text_field.setText("zwembad")
    target = "Scenariokeuze (Plan van aanpak aanbestedingstraject) sportpark Groenendaal en zwembad met daarin een actieve betrokkenheid van verenigingen en inwoners (programma 5)."
    _click_action(qtbot, window, target)
    deleted = window.current_node().id
    window.actions.delete.trigger()
    assert window.model.node_by_id(deleted) is None
    current = window.current_node()
    assert current is None or window.model.node_by_id(current.id) is current
    assert window.action_editor.action_id != deleted or window.editors.currentIndex() != 3
    window.controller.edit_update("no-such-id", {"explanation": "x"})
    assert warnings and "deleted" in warnings[-1]


def test_a_failed_redo_drops_the_step_instead_of_losing_the_action(
    qtbot, builtin_database: Path, monkeypatch
) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: None)
    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)
    window.actions.add_action.trigger()
    new_id = window.current_node().id
    window.actions.undo.trigger()
    real_restore = structure.restore_subtree

    def failing(*args, **kwargs):
        raise StatusappError("the database is locked by another program; try again")

    monkeypatch.setattr(structure, "restore_subtree", failing)
    window.actions.redo.trigger()  # fails: the step is dropped, nothing raised into Qt
    monkeypatch.setattr(structure, "restore_subtree", real_restore)
    assert window.model.node_by_id(new_id) is None
    stack = window.controller.undo_stack
    assert stack.index() == stack.count()  # nothing left to redo that cannot be done
    window.actions.undo.trigger()  # earlier steps still work
    QApplication.processEvents()


def test_typing_the_action_text_in_two_visits_gives_two_undo_steps(
    qtbot, builtin_database: Path
) -> None:
    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)
    editor = window.action_editor
    _type(qtbot, editor.text_field, "Eerste versie")
    editor.explanation_field.setFocus()
    _type(qtbot, editor.text_field, "Tweede versie")
    editor.explanation_field.setFocus()
    window.actions.undo.trigger()
    assert editor.text_field.toPlainText() == "Eerste versie"
    assert NodeKind.ACTION  # the text change is its own step
