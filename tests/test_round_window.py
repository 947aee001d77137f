"""The round in the window: owners for many actions, consolidation, conflicts, progress, working copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox

from statusapp.domain import ReviewState, Status
from statusapp.ui.controllers import round_actions
from tests.test_consolidation import _edit_rows, _export_for
from tests.test_main_window import TARGET, _click_action, _open_window, _stored


def test_assign_an_owner_to_several_ambitions_at_once(
    qtbot, builtin_database: Path, monkeypatch
) -> None:
    window = _open_window(qtbot, builtin_database)
    pillar = window.model.index(0, 0)
    first, second = window.model.index(0, 0, pillar), window.model.index(1, 0, pillar)
    window.tree.setCurrentIndex(first)
    window.tree.selectionModel().select(
        second,
        window.tree.selectionModel().SelectionFlag.Select
        | window.tree.selectionModel().SelectionFlag.Rows,
    )
    assert {n.item.title for n in window.selected_nodes()} >= {
        "Omgevingsvisie",
        "Wonen in Heemstede en mogelijke woningbouw",
    }
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Greet Groen", True))
    assert round_actions.assign_owner(window) == 12  # 1 + 11 actions
    assert _stored(builtin_database, TARGET).owner == "Greet Groen"
    window.actions.undo.trigger()
    assert _stored(builtin_database, TARGET).owner is None


def test_consolidate_in_the_window_then_resolve_the_conflict(
    qtbot, builtin_database: Path, tmp_path: Path
) -> None:
    target = next(a for a in _all_actions(builtin_database) if a.text == TARGET)
    first = _edit_rows(
        _export_for(builtin_database, None, tmp_path / "eerste.xlsx"),
        {target.id: {"E": "Versie A", "D": "✓"}},
    )
    second = _edit_rows(
        _export_for(builtin_database, None, tmp_path / "tweede.xlsx"),
        {target.id: {"E": "Versie B"}},
    )
    window = _open_window(qtbot, builtin_database)
    round_actions.consolidate(window, [first, second])
    _click_action(qtbot, window, TARGET)
    assert window.action_editor.explanation_field.toPlainText() == "Versie A"
    assert window.action_editor.status_buttons.status() is Status.DONE

    dialog = round_actions.show_conflicts(window)
    assert dialog is not None and dialog.items.count() == 1
    qtbot.addWidget(dialog)
    assert dialog.base.toPlainText().startswith("Participatie deel II")
    assert (dialog.central.toPlainText(), dialog.incoming.toPlainText()) == ("Versie A", "Versie B")
    dialog.merged.setPlainText("Versie A, aangevuld met B")
    qtbot.mouseClick(dialog.use_merged, Qt.MouseButton.LeftButton)
    assert dialog.items.count() == 0
    assert _stored(builtin_database, TARGET).explanation == "Versie A, aangevuld met B"
    assert window.action_editor.explanation_field.toPlainText() == "Versie A, aangevuld met B"
    assert window.rounds.open_conflicts() == []
    window.actions.undo.trigger()  # reopens the conflict
    assert _stored(builtin_database, TARGET).explanation == "Versie A"
    assert len(window.rounds.open_conflicts()) == 1


def _all_actions(database: Path):
    from tests.excel_helpers import load_tree

    return list(load_tree(database).walk_actions())


def test_progress_dialog_and_review_buttons(qtbot, builtin_database: Path, monkeypatch) -> None:
    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)
    qtbot.mouseClick(window.action_editor.review_bar.approve_button, Qt.MouseButton.LeftButton)
    assert _stored(builtin_database, TARGET).update.review is ReviewState.APPROVED
    assert not window.action_editor.explanation_field.isEnabled()  # approved: locked
    qtbot.mouseClick(window.action_editor.review_bar.reopen_button, Qt.MouseButton.LeftButton)
    assert window.action_editor.explanation_field.isEnabled()
    window.action_editor.status_buttons.buttons[Status.ON_TRACK].click()
    progress = window.rounds.progress()
    assert progress is not None and progress.updated == 1 and progress.actions == 126
    from statusapp.ui.views.round_dialogs import ProgressDialog

    dialog = ProgressDialog(progress, window)
    qtbot.addWidget(dialog)
    top = dialog.view.topLevelItem(0)
    assert top.text(0) == "(no owner)" and top.text(1) == "126" and top.text(2).startswith("1 ")


def test_new_round_and_close_round_in_the_window(
    qtbot, builtin_database: Path, monkeypatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window = _open_window(qtbot, builtin_database)
    assert round_actions.close_round(window)
    assert "(closed)" in window.windowTitle()
    _click_action(qtbot, window, TARGET)
    assert not window.action_editor.planned_field.isEnabled()
    from datetime import date

    from statusapp.ui.views.round_dialogs import NewRoundDialog

    monkeypatch.setattr(NewRoundDialog, "exec", lambda self: 1)
    monkeypatch.setattr(
        NewRoundDialog, "values", lambda self: ("Jaarverslag 2024", date(2025, 1, 15))
    )
    assert round_actions.new_round(window)
    assert "Jaarverslag 2024" in window.windowTitle()
    _click_action(qtbot, window, TARGET)
    assert window.action_editor.planned_field.isEnabled()
    assert window.action_editor.planned_field.text() == "2023"  # carried over
    assert window.action_editor.history_view.topLevelItem(0).text(0).startswith("Midterm review")


def test_open_a_handed_out_workbook_as_working_copy(
    qtbot, builtin_database: Path, tmp_path: Path
) -> None:
    workbook = _export_for(builtin_database, None, tmp_path / "uitvraag.xlsx")
    window = _open_window(qtbot, builtin_database)
    laptop = tmp_path / "mijn werkkopie.db"
    assert round_actions.open_handed_out_workbook(window, str(workbook), str(laptop))
    assert laptop.exists()
    assert window.database_label.text() == str(laptop)
    assert sum(1 for _ in window.model.tree.walk_actions()) == 126


def test_the_editor_shows_who_changed_what_and_from_where(
    qtbot, builtin_database: Path, tmp_path: Path
) -> None:
    target = next(a for a in _all_actions(builtin_database) if a.text == TARGET)
    returned = _edit_rows(
        _export_for(builtin_database, None, tmp_path / "anna.xlsx"), {target.id: {"C": "2025"}}
    )
    window = _open_window(qtbot, builtin_database)
    round_actions.consolidate(window, [returned])
    _click_action(qtbot, window, TARGET)
    window.action_editor.status_buttons.buttons[Status.DONE].click()
    view = window.action_editor.changes_view
    rows = [
        [view.topLevelItem(i).text(c) for c in range(6)] for i in range(view.topLevelItemCount())
    ]
    assert [r[2:] for r in rows] == [
        ["window", "Status", "+/- longer lead time", "✓ done"],  # as users know them, no ids
        ["consolidation: anna.xlsx", "Planned", "2023", "2025"],
    ]
    assert rows[0][1] == window.controller.context.user


def test_an_owner_assigned_to_the_action_in_the_editor_stays_assigned(
    qtbot, builtin_database: Path, monkeypatch
) -> None:
    from statusapp.services.connection import open_database
    from statusapp.services.context import edit_context_for
    from statusapp.services.history import action_changes
    from statusapp.services.owners import list_owners
    from statusapp.ui.views.editors.autosave import SAVE_DELAY_MS

    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Greet Groen", True))
    window.actions.assign_owner.trigger()
    assert window.action_editor.owner_field.currentText() == "Greet Groen"
    other = (
        "Update Groenbeleidsplan om structureel groenbeheer inzichtelijke te maken (programma 5)."
    )
    _click_action(qtbot, window, other)
    _click_action(qtbot, window, TARGET)
    assert window.action_editor.owner_field.currentText() == "Greet Groen"
    qtbot.wait(SAVE_DELAY_MS * 2)  # past any autosave
    window.close()

    assert _stored(builtin_database, TARGET).owner == "Greet Groen"
    database = open_database(builtin_database)
    try:
        owners = {owner.name: owner.actions for owner in list_owners(database)}
        changes = action_changes(
            edit_context_for(database, "Test"), _stored(builtin_database, TARGET).id
        )
    finally:
        database.close()
    assert owners == {"Greet Groen": 1}
    assert [(c.field, c.old, c.new) for c in changes] == [("owner", None, "Greet Groen")]


def test_closing_a_round_is_undone_with_ctrl_z_and_redone(
    qtbot, builtin_database: Path, monkeypatch
) -> None:
    from statusapp.services.rounds import list_rounds

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window = _open_window(qtbot, builtin_database)
    assert round_actions.close_round(window)
    _click_action(qtbot, window, TARGET)
    assert not window.action_editor.planned_field.isEnabled()
    window.controller.undo_stack.undo()
    assert "(closed)" not in window.windowTitle()
    assert window.action_editor.planned_field.isEnabled()
    assert not list_rounds(window.controller.database)[-1].closed
    window.controller.undo_stack.redo()
    assert "(closed)" in window.windowTitle()
    assert list_rounds(window.controller.database)[-1].closed


def test_a_round_with_a_later_round_is_not_reopened(builtin_database: Path) -> None:
    from datetime import date

    import pytest

    from statusapp.services import rounds
    from statusapp.services.connection import open_database

    database = open_database(str(builtin_database))
    try:
        closed = rounds.close_round(database)
        rounds.open_round(database, "Jaarverslag 2024", date(2025, 1, 15))
        with pytest.raises(rounds.RoundError, match="Jaarverslag 2024"):
            rounds.reopen_round(database, closed.id)
    finally:
        database.close()


def test_the_round_steps_say_plainly_whether_undo_takes_them_back(
    qtbot, builtin_database: Path, tmp_path: Path, monkeypatch
) -> None:
    from datetime import date

    from statusapp.services.backups import list_backups
    from statusapp.ui.views.round_dialogs import NewRoundDialog

    window = _open_window(qtbot, builtin_database)
    returned = _export_for(builtin_database, None, tmp_path / "terug.xlsx")
    import openpyxl

    book = openpyxl.load_workbook(returned)  # a change: the backup is made before writing it
    book["1 Veilig wonen, werken en leven"]["E3"] = "Na de samenvoeging"
    book.save(returned)
    dialog = round_actions.consolidate(window, [returned])
    qtbot.addWidget(dialog)
    assert "cannot be undone" in dialog.undo_note.text()
    assert "backup" in dialog.undo_note.text()
    assert [b.reason for b in list_backups(builtin_database)][:1] == ["consolidation"]
    assert not window.actions.undo.isEnabled()  # nothing before it can be undone either

    asked: list[str] = []

    def answer(_parent, _title, text, *_rest):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert round_actions.close_round(window)
    assert "Edit > Undo reopens it" in asked[0]
    window.actions.undo.trigger()
    assert not window.model.tree.round.closed  # it said so, and it does

    notes: list[str] = []

    def accept(self) -> int:  # type: ignore[no-untyped-def]
        notes.append(self.findChild(QLabel, "newRoundNote").text())
        return 1

    monkeypatch.setattr(NewRoundDialog, "exec", accept)
    monkeypatch.setattr(
        NewRoundDialog, "values", lambda self: ("Jaarverslag 2024", date(2025, 1, 15))
    )
    assert round_actions.new_round(window)
    assert "cannot be undone" in notes[0]
    assert not window.actions.undo.isEnabled()


def test_after_a_consolidation_the_editor_shows_what_came_back_on_the_same_action(
    qtbot, builtin_database: Path, tmp_path: Path, monkeypatch
) -> None:
    # Pieter's view hides updated actions; the one he just set must stay in the editor, read
    # again, so typing on continues the returned text instead of overwriting it.
    from tests.test_main_window import _type
    from tests.test_my_actions import PIETER, _give_pieter_twelve

    mine = _give_pieter_twelve(builtin_database, updated=5)
    returned = _edit_rows(
        _export_for(builtin_database, PIETER, tmp_path / "pieter.xlsx"),
        {mine[5]: {"E": "Vertraagd door bezwaar"}},
    )
    monkeypatch.setenv("STATUSAPP_USER", PIETER)
    window = _open_window(qtbot, builtin_database)
    editor = window.action_editor
    assert editor.action_id == mine[5]
    other = next(s for s in Status if s not in (editor.status_buttons.status(), Status.NONE))
    editor.status_buttons.buttons[other].click()  # updated now: the filter hides it
    round_actions.consolidate(window, [returned])
    assert window.current_node().id == mine[5]
    assert window.editors.currentWidget() is not None and editor.isVisible()
    assert editor.explanation_field.toPlainText() == "Vertraagd door bezwaar"
    assert editor.filter_note.text().startswith("Hidden by the filter")
    _type(qtbot, editor.explanation_field, "Vertraagd door bezwaar, zitting in mei")
    editor.flush()
    stored = next(a for a in _all_actions(builtin_database) if a.id == mine[5])
    assert stored.update.explanation == "Vertraagd door bezwaar, zitting in mei"
