"""A project leader's own work: the window opens on their actions not yet updated, counts
them, jumps to the next one with F8, and says when the round's updates are due."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel

from statusapp.domain import Status, TableKind
from statusapp.services import rounds, updates
from statusapp.services.context import edit_context_for
from statusapp.services.exports import export_programme
from statusapp.services.my_work import whose_actions
from statusapp.services.programmes import load_programme_tree
from statusapp.services.working_copy import new_working_copy_file
from statusapp.storage.database import open_database
from statusapp.ui.controllers import my_work
from statusapp.ui.i18n import install_translators
from tests.test_main_window import _open_window

PIETER = "Pieter Projectleider"


def _give_pieter_twelve(database: Path, updated: int) -> list[str]:
    """Pieter owns twelve green actions; the first `updated` of them are updated this round."""
    db = open_database(database)
    try:
        context = edit_context_for(db, "control team")
        with db.session(write=False) as session:
            tree = load_programme_tree(session)
        green = [
            action.id
            for pillar in tree.pillars
            for ambition in pillar.ambitions
            if ambition.table is TableKind.GREEN
            for action in ambition.walk_actions()
        ]
        mine = green[3:15]
        updates.set_owners(context, mine, PIETER)
        updates.set_owners(context, green[15:20], "Someone Else")
        for action_id in mine[:updated]:
            updates.save_status_update(context, action_id, explanation="Bijgewerkt")
    finally:
        db.close()
    return mine


def _stored_actions(database: Path) -> dict[str, object]:
    """Every action as the database holds it now, by id."""
    db = open_database(database)
    try:
        with db.session(write=False) as session:
            return {a.id: a for a in load_programme_tree(session).walk_actions()}
    finally:
        db.close()


def _visible_actions(window) -> list[str]:  # type: ignore[no-untyped-def]
    """The actions the tree shows, leaving out parents shown only for their children."""
    return [
        n.id
        for n in window.my_work._actions()
        if window.model.index_of(n).isValid()
        and not (n.shown and n.item.update.is_updated and window.filter_bar.criteria().active)
    ]


def test_the_window_opens_on_my_actions_not_yet_updated(
    qtbot, builtin_database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = _give_pieter_twelve(builtin_database, updated=5)
    monkeypatch.setenv("STATUSAPP_USER", "pieter  PROJECTLEIDER")  # as people type their name
    window = _open_window(qtbot, builtin_database)
    criteria = window.filter_bar.criteria()
    assert (criteria.owner, criteria.not_updated_only) == (PIETER, True)
    assert window.my_work.mine.isChecked()
    assert _visible_actions(window) == mine[5:]
    assert window.action_editor.action_id == mine[5]  # the first one to do is selected
    assert window.my_work.progress_label.text() == "My actions: 5 of 12 updated"
    toolbar = window.actions.toolbar.actions()
    assert toolbar[:2] == [window.my_work.mine, window.my_work.next]

    other = next(s for s in Status if s is not window.action_editor.status_buttons.status())
    window.action_editor.status_buttons.buttons[other].click()
    assert window.my_work.progress_label.text() == "My actions: 6 of 12 updated"

    window.my_work.mine.trigger()  # one click shows everything
    criteria = window.filter_bar.criteria()
    assert (criteria.owner, criteria.not_updated_only, criteria.active) == (None, False, False)
    assert len(_visible_actions(window)) == 126
    window.my_work.mine.trigger()
    assert window.filter_bar.criteria().owner == PIETER
    window.filter_bar.owner_field.setCurrentIndex(0)  # all owners, chosen in the filter bar
    assert not window.my_work.mine.isChecked()


def test_f8_walks_through_my_actions_not_yet_updated(
    qtbot, builtin_database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = _give_pieter_twelve(builtin_database, updated=5)
    monkeypatch.setenv("STATUSAPP_USER", PIETER)
    window = _open_window(qtbot, builtin_database)
    assert window.action_editor.action_id == mine[5]
    window.my_work.mine.trigger()  # everything shows: F8 still picks only Pieter's, not updated
    assert window.action_editor.action_id == mine[5]
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_F8)
    assert window.action_editor.action_id == mine[6]
    assert window.tree.hasFocus()  # where keys 1-5 set the status
    other = next(s for s in Status if s is not window.action_editor.status_buttons.status())
    window.action_editor.status_buttons.buttons[other].click()  # mine[6] is updated now
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_F8)
    assert window.action_editor.action_id == mine[7]
    qtbot.keyClick(window.tree, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert window.action_editor.action_id == mine[5]  # mine[6] was updated: skipped
    qtbot.keyClick(window.tree, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert window.action_editor.action_id == mine[-1]  # round the end
    assert window.tree.hasFocus()

    # A text filter hides the next one: it is shown (with Pieter's not-updated actions).
    window.filter_bar.text_field.setText("zzz nothing matches")
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_F8)
    assert window.action_editor.action_id == mine[5]
    assert window.filter_bar.criteria().text == ""
    assert window.filter_bar.criteria().owner == PIETER


def test_when_all_are_updated_f8_says_so(
    qtbot, builtin_database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _give_pieter_twelve(builtin_database, updated=12)
    monkeypatch.setenv("STATUSAPP_USER", PIETER)
    window = _open_window(qtbot, builtin_database)
    # Nothing left to do: the window shows all of Pieter's actions rather than an empty tree.
    criteria = window.filter_bar.criteria()
    assert (criteria.owner, criteria.not_updated_only) == (PIETER, False)
    assert window.my_work.progress_label.text() == "My actions: 12 of 12 updated"
    assert not window.my_work.step(+1)
    assert window.statusBar().currentMessage() == "All your actions are updated in this round."


def test_someone_without_actions_sees_everything(
    qtbot, builtin_database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _give_pieter_twelve(builtin_database, updated=0)
    monkeypatch.setenv("STATUSAPP_USER", "controller")
    window = _open_window(qtbot, builtin_database)
    assert not window.filter_bar.criteria().active
    assert window.my_work.mine.toolTip().startswith("No action has controller as its owner")
    assert window.my_work.progress_label.isHidden()
    first = window.action_editor.action_id
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_F8)  # every action counts: the next not updated
    assert window.action_editor.action_id not in (None, first)


def test_a_working_copy_belongs_to_the_owner_it_was_handed_out_to(
    builtin_database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _give_pieter_twelve(builtin_database, updated=0)
    monkeypatch.setenv("STATUSAPP_USER", "laptop-login")
    db = open_database(builtin_database)
    try:
        assert whose_actions(edit_context_for(db)) == "laptop-login"
        workbook = tmp_path / "pieter.xlsx"
        export_programme(db, workbook, owner=PIETER)
    finally:
        db.close()
    laptop = tmp_path / "laptop.db"
    new_working_copy_file(workbook, laptop)
    copy = open_database(laptop)
    try:
        assert whose_actions(edit_context_for(copy)) == PIETER
    finally:
        copy.close()


@pytest.mark.parametrize(
    ("language", "days", "expected"),
    [
        ("en", 12, "hand in by 15 February 2027, 12 days left"),
        ("en", 1, "hand in by 15 February 2027, 1 day left"),
        ("en", 0, "hand in by 15 February 2027, today"),
        ("en", -1, "hand in by 15 February 2027, 1 day late"),
        ("nl", 12, "inleveren vóór 15 februari 2027, nog 12 dagen"),
        ("nl", 1, "inleveren vóór 15 februari 2027, nog 1 dag"),
        ("nl", 0, "inleveren vóór 15 februari 2027, vandaag"),
        ("nl", -3, "inleveren vóór 15 februari 2027, 3 dagen te laat"),
    ],
)
def test_the_deadline_in_the_window(
    qtbot,
    builtin_database: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    days: int,
    expected: str,
) -> None:
    deadline = date(2027, 2, 15)
    db = open_database(builtin_database)
    try:
        rounds.set_round_deadline(db, rounds.list_rounds(db)[-1].id, deadline)
    finally:
        db.close()
    monkeypatch.setattr(my_work, "today", lambda: deadline - timedelta(days=days))
    app = QApplication.instance()
    before = QLocale()
    translators = install_translators(app, language)
    try:
        window = _open_window(qtbot, builtin_database)
        assert window.my_work.deadline_label.text() == expected
        assert window.my_work.deadline_label.isVisibleTo(window)
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(before)


def test_no_deadline_no_label(qtbot, builtin_database: Path) -> None:
    window = _open_window(qtbot, builtin_database)
    assert window.my_work.deadline_label.isHidden()


def test_twelve_actions_from_the_keyboard_alone(
    qtbot, builtin_database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The project leader's round without the mouse: a status key, F8 to the next; once Tab to
    the explanation, type, Shift+Tab back. Every key lands on the action it was meant for."""
    mine = _give_pieter_twelve(builtin_database, updated=0)
    monkeypatch.setenv("STATUSAPP_USER", PIETER)
    window = _open_window(qtbot, builtin_database)
    tree, editor = window.tree, window.action_editor
    assert editor.action_id == mine[0] and tree.hasFocus()
    order = [Status.DONE, Status.ON_TRACK, Status.LONGER, Status.DELAYED]
    expected = {}
    pressed: list[str] = []
    for number in range(12):
        assert editor.action_id == mine[number] and tree.hasFocus(), f"step {number + 1}"
        # A status other than the one it has (the same one changes nothing: tested apart).
        status = next(
            s for s in order[number % 4 :] + order if s is not editor.status_buttons.status()
        )
        expected[mine[number]] = status
        key = Qt.Key(Qt.Key.Key_1 + order.index(status))
        qtbot.keyClick(tree, key)
        pressed.append(chr(key))
        if number == 4:  # one explanation, typed: its label's Alt key, and F8 from there
            field = editor.explanation_field
            label = next(
                w for w in editor.findChildren(QLabel) if w.buddy() is field and "&" in w.text()
            )
            mnemonic = QKeySequence.mnemonic(label.text())
            qtbot.keyClick(
                QApplication.focusWidget(), mnemonic[0].key(), Qt.KeyboardModifier.AltModifier
            )
            pressed.append(mnemonic.toString())
            assert field.hasFocus()
            qtbot.keyClick(field, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
            qtbot.keyClicks(field, " Besproken in de raad.")
            pressed.append("typing")
            qtbot.keyClick(field, Qt.Key.Key_F8)  # saves the typing, on to the next
            pressed.append("F8")
            continue
        qtbot.keyClick(tree, Qt.Key.Key_F8)
        pressed.append("F8")
    assert window.my_work.progress_label.text() == "My actions: 12 of 12 updated"
    assert "All your actions are updated" in window.statusBar().currentMessage()
    stored = _stored_actions(builtin_database)
    assert {i: stored[i].update.status for i in mine} == expected
    assert stored[mine[4]].update.explanation.endswith(" Besproken in de raad.")
    assert [i for i in mine if "Besproken in de raad" in stored[i].update.explanation] == [mine[4]]
    print(" ".join(pressed))


def test_undo_takes_back_updated_too(
    qtbot, builtin_database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = _give_pieter_twelve(builtin_database, updated=5)
    monkeypatch.setenv("STATUSAPP_USER", PIETER)
    window = _open_window(qtbot, builtin_database)
    editor, label = window.action_editor, window.my_work.progress_label
    assert editor.action_id == mine[5]
    other = next(s for s in Status if s not in (editor.status_buttons.status(), Status.NONE))
    editor.status_buttons.buttons[other].click()
    assert label.text() == "My actions: 6 of 12 updated"
    window.actions.undo.trigger()
    assert label.text() == "My actions: 5 of 12 updated"
    stored = _stored_actions(builtin_database)[mine[5]]
    assert stored.update.updated_by is None and stored.update.updated_at is None
    window.actions.redo.trigger()
    assert label.text() == "My actions: 6 of 12 updated"
    # An update someone had signed before keeps that signature when an edit is undone.
    window.my_work.mine.trigger()  # everything shows, the updated ones too
    assert window.select_node(mine[0]) and editor.action_id == mine[0]
    signed = editor.controller.model.node_by_id(mine[0]).item.update.updated_by
    assert signed == "control team"
    target = next(
        s for s in (Status.DELAYED, Status.DONE) if s is not editor.status_buttons.status()
    )
    editor.status_buttons.buttons[target].click()
    assert editor.controller.model.node_by_id(mine[0]).item.update.updated_by == PIETER
    window.actions.undo.trigger()
    assert editor.controller.model.node_by_id(mine[0]).item.update.updated_by == "control team"


def test_a_login_that_is_no_owner_chooses_whose_actions_are_theirs(
    qtbot, builtin_database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    mine = _give_pieter_twelve(builtin_database, updated=5)
    monkeypatch.setenv("STATUSAPP_USER", "pprojectleider")  # a Windows login
    offered: list[list[str]] = []

    def choose(_parent, _title, _label, items, *_rest):  # type: ignore[no-untyped-def]
        offered.append(list(items))
        return PIETER, True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    window = _open_window(qtbot, builtin_database)
    assert not window.filter_bar.criteria().active
    window.my_work.mine.trigger()  # "Mijn acties": asks who the user is
    assert offered == [["Pieter Projectleider", "Someone Else"]]
    assert window.filter_bar.criteria().owner == PIETER
    assert window.my_work.mine.isChecked()
    assert window.action_editor.action_id == mine[5]
    assert window.my_work.progress_label.text() == "My actions: 5 of 12 updated"
    window.action_editor.status_buttons.buttons[Status.DELAYED].click()
    stored = _stored_actions(builtin_database)[mine[5]]
    assert stored.update.updated_by == "pprojectleider"  # edits stay signed with the login
    window.close()

    again = _open_window(qtbot, builtin_database)  # the next start remembers the choice
    assert again.filter_bar.criteria().owner == PIETER
    assert len(offered) == 1
