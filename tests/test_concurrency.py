"""Two people editing the same action at the same time: the second save never silently wins."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from statusapp.domain import Status
from statusapp.services.context import edit_context_for
from statusapp.services.history import action_changes
from statusapp.services.programmes import load_programme_tree
from statusapp.services.updates import ConcurrentEditError, save_status_update
from statusapp.storage.database import open_database
from tests.conftest import signer_in
from tests.test_main_window import TARGET, _click_action, _open_window, _stored, _type


def _target(database) -> object:  # type: ignore[no-untyped-def]
    with database.session() as session:
        return next(a for a in load_programme_tree(session).walk_actions() if a.text == TARGET)


def test_second_save_over_a_newer_revision_is_refused(builtin_db: str) -> None:
    anna_db, bert_db = open_database(builtin_db), open_database(builtin_db)  # two connections
    anna, bert = edit_context_for(anna_db, "Anna"), edit_context_for(bert_db, "Bert")
    seen_by_both = _target(anna_db).update.revision
    save_status_update(
        anna, _target(anna_db).id, explanation="Anna's text", expected_revision=seen_by_both
    )
    anna_signs = signer_in(builtin_db, "Anna")
    with pytest.raises(ConcurrentEditError, match=f"{anna_signs} changed this update") as refused:
        save_status_update(
            bert, _target(bert_db).id, explanation="Bert's text", expected_revision=seen_by_both
        )
    assert refused.value.current.explanation == "Anna's text"
    assert _target(bert_db).explanation == "Anna's text"  # nothing lost
    # Bert saw Anna's version and saves his over it on purpose:
    saved = save_status_update(
        bert,
        _target(bert_db).id,
        explanation="Bert's text",
        expected_revision=refused.value.current.revision,
    )
    assert saved.explanation == "Bert's text" and saved.revision == seen_by_both + 2
    anna_db.close()
    bert_db.close()


def test_two_windows_on_one_file_never_lose_an_update(
    qtbot, builtin_database: Path, monkeypatch
) -> None:
    first = _open_window(qtbot, builtin_database)
    second = _open_window(qtbot, builtin_database)
    _click_action(qtbot, first, TARGET)
    _click_action(qtbot, second, TARGET)
    first.action_editor.status_buttons.buttons[Status.DONE].click()  # saved at once

    choices = []

    def choose(button_text: str):  # type: ignore[no-untyped-def]
        def exec_(box) -> int:  # type: ignore[no-untyped-def]
            choices.append(box.informativeText())
            for button in box.buttons():
                if button.text() == button_text:
                    box.exec = lambda: 0  # type: ignore[method-assign]
                    button.click()
            return 0

        return exec_

    monkeypatch.setattr(QMessageBox, "exec", choose("Show their version"))
    second.action_editor.status_buttons.buttons[Status.DELAYED].click()
    assert choices and "changed this update" in choices[0]
    assert _stored(builtin_database, TARGET).status is Status.DONE  # the first save stands
    assert second.action_editor.status_buttons.status() is Status.DONE  # their version shown

    monkeypatch.setattr(QMessageBox, "exec", choose("Save mine over it"))
    _type(qtbot, first.action_editor.explanation_field, "Uit venster 1")
    first.action_editor.explanation_field.clearFocus()
    first.flush_editors()
    _type(qtbot, second.action_editor.explanation_field, "Uit venster 2")
    second.flush_editors()
    assert len(choices) == 2
    assert _stored(builtin_database, TARGET).explanation == "Uit venster 2"


def test_a_locked_database_keeps_the_typing_and_saves_it_later(
    qtbot, builtin_database: Path, monkeypatch
) -> None:
    import sqlite3

    import statusapp.storage.database as storage

    monkeypatch.setattr(storage, "BUSY_TIMEOUT_SECONDS", 0.3)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)
    other_program = sqlite3.connect(builtin_database, isolation_level=None)
    other_program.execute("BEGIN EXCLUSIVE")  # another program holds the file
    _type(qtbot, window.action_editor.explanation_field, "Getypt terwijl het bestand vastzat")
    window.flush_editors()
    assert warnings and "is in use by another program" in warnings[-1]
    assert window.save_state_label.text() == "Not saved: waiting for the database"
    assert (
        window.action_editor.explanation_field.toPlainText() == "Getypt terwijl het bestand vastzat"
    )
    other_program.execute("ROLLBACK")
    other_program.close()
    window.flush_editors()  # the edit is still waiting, and now it is saved
    assert _stored(builtin_database, TARGET).explanation == "Getypt terwijl het bestand vastzat"
    assert window.save_state_label.text().startswith("Saved at ")


def _answer_conflicts(monkeypatch, button_text: str, asked: list[str]) -> None:  # type: ignore[no-untyped-def]
    def exec_(box) -> int:  # type: ignore[no-untyped-def]
        asked.append(box.informativeText())
        for button in box.buttons():
            if button.text() == button_text:
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)


def _anna_saves(database: Path, **fields: object) -> int:
    """Another program (Anna's) saves the target's update; returns the revision it made."""
    anna_db = open_database(database)
    try:
        anna = edit_context_for(anna_db, "Anna")
        return save_status_update(anna, _target(anna_db).id, **fields).revision  # type: ignore[arg-type]
    finally:
        anna_db.close()


def _changes_by(database: Path) -> set[str]:
    db = open_database(database)
    try:
        return {entry.by for entry in action_changes(edit_context_for(db), _target(db).id)}
    finally:
        db.close()


@pytest.mark.parametrize("edit", ["status", "explanation"])
def test_showing_their_version_drops_mine_for_good(
    qtbot, builtin_database: Path, monkeypatch, edit: str
) -> None:
    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)
    editor = window.action_editor
    before = _stored(builtin_database, TARGET)
    revision = _anna_saves(builtin_database, explanation="Anna's text")
    asked: list[str] = []
    _answer_conflicts(monkeypatch, "Show their version", asked)
    if edit == "status":
        editor.status_buttons.buttons[Status.DELAYED].click()
    else:
        _type(qtbot, editor.explanation_field, "Mijn tekst")
        editor.status_buttons.buttons[Status.NONE].setFocus()  # leaving the field saves it
    assert len(asked) == 1 and "Anna changed this update" in asked[0]
    assert editor.explanation_field.toPlainText() == "Anna's text"  # their version shown
    assert editor.status_buttons.status() is before.status
    assert not window.has_unsaved()

    other = (
        "Update Groenbeleidsplan om structureel groenbeheer inzichtelijke te maken (programma 5)."
    )
    _click_action(qtbot, window, other)  # moving on saves nothing of what was thrown away
    window.close()
    stored = _stored(builtin_database, TARGET)
    assert (stored.status, stored.explanation) == (before.status, "Anna's text")
    assert stored.update.revision == revision
    assert len(asked) == 1
    assert _changes_by(builtin_database) == {"Anna"}  # no change logged from the window


def test_saving_mine_over_theirs_saves_and_shows_mine(
    qtbot, builtin_database: Path, monkeypatch
) -> None:
    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)
    editor = window.action_editor
    revision = _anna_saves(builtin_database, explanation="Anna's text", status=Status.DONE)
    asked: list[str] = []
    _answer_conflicts(monkeypatch, "Save mine over it", asked)
    editor.status_buttons.buttons[Status.DELAYED].click()
    assert len(asked) == 1
    assert editor.status_buttons.status() is Status.DELAYED  # what is stored now
    assert editor.explanation_field.toPlainText() == "Anna's text"  # their other fields kept
    assert not window.has_unsaved()
    window.close()
    stored = _stored(builtin_database, TARGET)
    assert (stored.status, stored.explanation) == (Status.DELAYED, "Anna's text")
    assert stored.update.revision == revision + 1
    assert len(asked) == 1
