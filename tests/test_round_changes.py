"""Changed since the previous round: one query in the service, a marker and the previous
status in the tree, and a line at the top of the editor."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import event

from statusapp.domain import Status
from statusapp.services import rounds, updates
from statusapp.services.context import edit_context_for
from statusapp.services.round_changes import previous_round_updates, round_change
from statusapp.storage.database import open_database
from statusapp.ui.models.round_texts import short_status
from statusapp.ui.models.tree_model import Column, Role
from tests.test_main_window import TARGET, _click_action, _open_window, _stored


def _second_round(database: Path) -> None:
    db = open_database(database)
    try:
        rounds.close_round(db)
        rounds.open_round(db, "Voorjaarsnota 2025", date(2025, 4, 1))
    finally:
        db.close()


def test_the_previous_rounds_updates_come_in_one_query(builtin_database: Path) -> None:
    db = open_database(builtin_database)
    try:
        assert previous_round_updates(edit_context_for(db)) == {}  # the first round
        rounds.close_round(db)
        rounds.open_round(db, "Voorjaarsnota 2025", date(2025, 4, 1))
        context = edit_context_for(db)
        action = next(a for a in _tree_actions(db) if a.text == TARGET)
        updates.save_status_update(context, action.id, status=Status.DONE, expected_revision=1)
        statements: list[str] = []

        def record(_conn, _cursor, statement, *_rest) -> None:  # type: ignore[no-untyped-def]
            statements.append(statement)

        event.listen(db.engine, "before_cursor_execute", record)
        previous = previous_round_updates(context)
        event.remove(db.engine, "before_cursor_execute", record)
    finally:
        db.close()
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 1
    assert len(previous) == 126
    assert previous[action.id].status is action.status  # the value carried over
    now = _stored(builtin_database, TARGET).update
    change = round_change(previous[action.id], now)
    assert (change.status, change.planned, change.explanation) == (
        action.status is not Status.DONE,
        False,
        False,
    )


def _tree_actions(db):  # type: ignore[no-untyped-def]
    from statusapp.services.programmes import load_programme_tree

    with db.session(write=False) as session:
        return list(load_programme_tree(session).walk_actions())


def test_the_tree_and_editor_show_what_changed_since_the_previous_round(
    qtbot, builtin_database: Path
) -> None:
    before = _stored(builtin_database, TARGET).status
    assert before is not Status.DELAYED
    _second_round(builtin_database)
    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)
    editor = window.action_editor
    node = window.model.node_by_id(editor.action_id)
    status_cell = window.model.index_of(node, Column.STATUS)
    assert editor.previous_round_label.text() == "Unchanged since the previous round"
    assert status_cell.data(Role.ROUND_CHANGE) == ""

    editor.status_buttons.buttons[Status.DELAYED].click()
    assert editor.previous_round_label.text() == (
        f"Previous round: {short_status(before)} → now {short_status(Status.DELAYED)}"
    )
    assert status_cell.data(Role.ROUND_CHANGE) == f"✎ was {before.symbol or '∅'}"
    tooltip = status_cell.data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.endswith(
        f"Previous round: {short_status(before)} → now {short_status(Status.DELAYED)}"
    )

    editor.status_buttons.buttons[before].click()  # back to the previous round's status
    assert status_cell.data(Role.ROUND_CHANGE) == ""
    assert editor.previous_round_label.text() == "Unchanged since the previous round"


def test_no_previous_round_shows_nothing(qtbot, builtin_database: Path) -> None:
    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)
    assert window.action_editor.previous_round_label.isHidden()
