"""The status bar tells the truth about saving, and the editor's "last changed" follows a save."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt

from statusapp.domain import Status
from tests.test_main_window import TARGET, _click_action, _open_window, _stored, _type


def test_typing_says_saving_until_it_is_saved_then_the_time(qtbot, builtin_database: Path) -> None:
    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)
    assert window.save_state_label.text() == "All changes saved"  # nothing typed yet

    _type(qtbot, window.action_editor.explanation_field, "Bijna klaar")
    # Typed, not yet in the database: the window must not claim it is saved.
    assert window.save_state_label.text() == "Saving…"
    assert _stored(builtin_database, TARGET).explanation != "Bijna klaar"

    qtbot.waitUntil(lambda: window.save_state_label.text() != "Saving…", timeout=3000)
    assert _stored(builtin_database, TARGET).explanation == "Bijna klaar"
    assert re.fullmatch(r"Saved at \d\d:\d\d", window.save_state_label.text())


def test_typing_that_changes_nothing_does_not_stay_saving(qtbot, builtin_database: Path) -> None:
    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)
    field = window.action_editor.planned_field
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_End)
    qtbot.keyClicks(field, "x")
    qtbot.keyClick(field, Qt.Key.Key_Backspace)  # back to what is stored
    assert window.save_state_label.text() == "Saving…"
    window.flush_editors()
    assert window.save_state_label.text() == "All changes saved"


def test_a_refused_value_says_not_saved(qtbot, builtin_database: Path) -> None:
    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)
    _type(qtbot, window.action_editor.planned_field, "20255")
    window.flush_editors()
    assert window.save_state_label.text() == "Not saved"
    _type(qtbot, window.action_editor.planned_field, "2025")
    window.flush_editors()
    assert window.save_state_label.text().startswith("Saved at ")


def test_last_changed_is_refreshed_at_once_after_a_save(qtbot, builtin_database: Path) -> None:
    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)
    editor = window.action_editor
    assert editor.last_changed_label.text() == "Not yet changed in this round"
    editor.status_buttons.buttons[Status.DONE].click()  # the same action stays selected
    assert editor.last_changed_label.text().startswith("Last changed by ")
    assert "(revision 2)" in editor.last_changed_label.text()
    _type(qtbot, editor.explanation_field, "Klaar")
    window.flush_editors()
    assert "(revision 3)" in editor.last_changed_label.text()


def test_closing_on_a_refused_value_asks_before_it_is_gone(
    qtbot, builtin_database: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)
    _type(qtbot, window.action_editor.planned_field, "20255")
    asked: list[str] = []

    def keep_open(box: QMessageBox) -> int:
        asked.append(box.text())
        chosen = next(
            b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.RejectRole
        )
        chosen.click()  # as the user would; the box records it
        return 0

    monkeypatch.setattr(QMessageBox, "exec", keep_open)
    assert not window.close()
    assert asked == ["“20255” was not saved: Statusapp does not accept it in this field."]
    assert window.isVisible() and window.action_editor.planned_field.text() == "20255"
    _type(qtbot, window.action_editor.planned_field, "2025")  # a planning it takes
    asked.clear()
    assert window.close()
    assert asked == []


def test_opening_another_database_on_a_refused_value_asks_first(
    qtbot, builtin_database: Path, tmp_path: Path, monkeypatch
) -> None:
    import shutil

    from PySide6.QtWidgets import QMessageBox

    other = tmp_path / "ander.db"
    shutil.copy(builtin_database, other)
    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)
    _type(qtbot, window.action_editor.planned_field, "20255")
    window.action_editor.explanation_field.setFocus()  # left the field: still refused
    answers = ["keep", "lose"]

    def answer(box: QMessageBox) -> int:
        role = QMessageBox.ButtonRole.RejectRole
        if answers.pop(0) == "lose":
            role = QMessageBox.ButtonRole.DestructiveRole
        chosen = next(b for b in box.buttons() if box.buttonRole(b) is role)
        chosen.click()  # as the user would; the box records it
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert not window.open_database(str(other))  # kept: the old database stays open
    assert window.database_label.text().endswith(builtin_database.name)
    assert window.action_editor.planned_field.text() == "20255"
    assert window.open_database(str(other))  # lost, knowingly
    assert window.database_label.text().endswith("ander.db")
    assert answers == []
    assert window.action_editor.refused_text() is None  # dropped once, not asked again
