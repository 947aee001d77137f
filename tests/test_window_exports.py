"""The window exports through the same services as the command line: a project leader's working
copy, edited and exported in the window, consolidates into the central database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog

from statusapp.domain import Status
from statusapp.services.connection import open_database
from statusapp.services.consolidation import consolidate_files
from statusapp.services.context import edit_context_for
from statusapp.services.exports import export_programme
from statusapp.services.programmes import load_programme_tree
from statusapp.services.updates import set_owners
from tests.test_main_window import TARGET, _click_action, _open_window, _stored, _type

OWNER = "Anna de Vries"


def _hand_out(central: Path, target: Path) -> Path:
    """The control team gives TARGET and its ambition's other actions to OWNER, then exports
    OWNER's workbook."""
    database = open_database(central)
    try:
        with database.session() as session:
            tree = load_programme_tree(session)
        ambition = next(
            ambition
            for pillar in tree.pillars
            for ambition in pillar.ambitions
            if any(action.text == TARGET for action in ambition.walk_actions())
        )
        context = edit_context_for(database, "Control")
        set_owners(context, [action.id for action in ambition.walk_actions()], OWNER)
        export_programme(database, target, owner=OWNER)
    finally:
        database.close()
    return target


def _answer_file_dialogs(monkeypatch, *, open_: str | None = None, save: list[str]) -> None:
    answers = list(save)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (open_, ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (answers.pop(0), ""))


@pytest.mark.parametrize("menu", ["export", "export_for_owner"])
def test_a_working_copy_edited_and_exported_in_the_window_consolidates(
    qtbot, builtin_database: Path, tmp_path: Path, monkeypatch, menu: str
) -> None:
    handed_out = _hand_out(builtin_database, tmp_path / "anna.xlsx")
    laptop = tmp_path / "laptop.db"
    returned = tmp_path / "terug.xlsx"
    window = _open_window(qtbot, builtin_database)
    _answer_file_dialogs(monkeypatch, open_=str(handed_out), save=[str(laptop)])
    window.actions.open_workbook.trigger()
    assert window.database_label.text() == str(laptop)

    _click_action(qtbot, window, TARGET)
    editor = window.action_editor
    editor.status_buttons.buttons[Status.DONE].click()
    _type(qtbot, editor.explanation_field, "Vastgesteld door de raad.")
    editor.status_buttons.buttons[Status.DONE].setFocus()  # leaving the field saves it
    qtbot.waitUntil(lambda: _stored(laptop, TARGET).explanation == "Vastgesteld door de raad.")

    _answer_file_dialogs(monkeypatch, save=[str(returned)])
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (OWNER, True))
    getattr(window.actions, menu).trigger()
    assert returned.exists()
    window.close()

    central = open_database(builtin_database)
    try:
        report = consolidate_files(edit_context_for(central, "Control"), [returned])
    finally:
        central.close()
    assert [r.outcome for r in report.files] == ["applied"]
    assert {c.field for c in report.files[0].plan.changes} == {"status", "explanation"}
    stored = _stored(builtin_database, TARGET)
    assert (stored.status, stored.explanation) == (Status.DONE, "Vastgesteld door de raad.")
