"""Spell checking and the length guide of explanations: the service on its own, then the
explanation field in the real window (underlines, a suggestion taken from the context menu,
a word added to the word list, the counter past the programme's limit)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu

from statusapp.cli import main
from statusapp.services.spelling import Speller, dictionary_folder, speller_for
from tests.test_main_window import TARGET, _click_action, _open_window, _stored, _type


@pytest.fixture(autouse=True)
def fresh_spellers() -> Iterator[None]:
    # Each test has its own data folder, so its own personal word list.
    speller_for.cache_clear()
    yield
    speller_for.cache_clear()


def _dutch() -> Speller:
    speller = speller_for("nl")
    assert isinstance(speller, Speller), speller
    return speller


def test_the_shipped_dutch_dictionary_knows_compounds_and_finds_typos() -> None:
    assert (dictionary_folder() / "hunspell" / "nl.dic").is_file()
    speller = _dutch()
    text = (
        "Het uitvoeringsprogramma en de omgevingsvisie zijn door de gemeenteraax vastgesteld; "
        "de E-laadpalen volgen in Q1 2025 (zie www.heemstede.nl, RIB's en info@heemstede.nl)."
    )
    found = speller.misspellings(text)
    assert [w.word for w in found] == ["gemeenteraax"]
    assert text[found[0].start : found[0].end] == "gemeenteraax"
    assert "gemeenteraad" in speller.suggestions("gemeenteraax")


def test_an_english_programme_is_checked_in_english() -> None:
    speller = speller_for("en")
    assert isinstance(speller, Speller), speller
    assert [w.word for w in speller.misspellings("The council adopted teh plan")] == ["teh"]


def test_a_word_added_to_the_word_list_is_known_after_a_restart() -> None:
    speller = _dutch()
    assert not speller.is_correct("Crayenesterschool")
    speller.add_to_dictionary("Crayenesterschool")
    assert speller.is_correct("Crayenesterschool")
    speller_for.cache_clear()  # as the next start of the program
    assert _dutch().is_correct("Crayenesterschool")
    assert "Crayenesterschool" in _dutch().personal_list.read_text(encoding="utf-8")


def _underlined(field) -> list[str]:  # type: ignore[no-untyped-def]
    words = []
    block = field.document().begin()
    while block.isValid():
        for span in block.layout().formats():
            words.append(block.text()[span.start : span.start + span.length])
        block = block.next()
    return words


def test_the_window_underlines_and_a_suggestion_replaces_the_word(
    qtbot, builtin_database: Path
) -> None:
    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)
    field = window.action_editor.explanation_field
    qtbot.waitUntil(lambda: field.highlighter.speller is not None)
    assert not window.has_unsaved()  # underlining the stored text is no edit
    _type(qtbot, field, "Besproken in de gemeenteraax van mei.")
    qtbot.waitUntil(lambda: _underlined(field) == ["gemeenteraax"])

    word = field.misspelling_at(len("Besproken in de gemee"))
    assert word is not None and word.word == "gemeenteraax"
    menu = QMenu(field)
    menu.addAction("Copy")  # stands for the standard entries the menu starts with
    field.add_spelling_actions(menu, word)
    texts = [action.text() for action in menu.actions()]
    assert texts[0] == "gemeenteraad"
    assert texts.index("Copy") > texts.index("Add “gemeenteraax” to the word list")
    menu.actions()[0].trigger()
    assert field.toPlainText() == "Besproken in de gemeenteraad van mei."
    assert _underlined(field) == []
    window.action_editor.flush()
    assert _stored(builtin_database, TARGET).explanation == "Besproken in de gemeenteraad van mei."

    _type(qtbot, field, "Bij de Crayenesterschool.")
    qtbot.waitUntil(lambda: _underlined(field) == ["Crayenesterschool"])
    menu = QMenu(field)
    word = field.misspelling_at(len("Bij de Cray"))
    assert word is not None
    field.add_spelling_actions(menu, word)
    next(a for a in menu.actions() if a.objectName() == "addToWordList").trigger()
    assert _underlined(field) == []


def test_the_length_guide_turns_amber_past_the_programmes_limit(
    qtbot, builtin_database: Path
) -> None:
    assert (
        main(["--db", str(builtin_database), "programme", "set", "--explanation-limit", "60"]) == 0
    )
    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)
    guide = window.action_editor.explanation_length
    _type(qtbot, window.action_editor.explanation_field, "Kort.")
    assert guide.text() == "5 / 60 characters" and not guide.over
    long_text = "Het traject loopt, maar de inspraak duurt langer dan gepland was."
    _type(qtbot, window.action_editor.explanation_field, long_text)
    assert guide.over
    assert guide.text().startswith(f"{len(long_text)} / 60 characters:")
    assert "#8A5300" in guide.styleSheet()
    window.action_editor.flush()  # past the guide is advice: the text is saved whole
    assert _stored(builtin_database, TARGET).explanation == long_text


def test_an_impossible_limit_is_refused_with_one_line(builtin_database: Path, capsys) -> None:
    code = main(["--db", str(builtin_database), "programme", "set", "--explanation-limit", "0"])
    assert code == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "from 50 to 5000" in error


def test_the_right_click_menu_in_the_window_offers_suggestions_and_the_windows_undo(
    qtbot, builtin_database: Path
) -> None:
    # The one undo history builds the field's menu; the spelling entries must survive it.
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)
    field = window.action_editor.explanation_field
    qtbot.waitUntil(lambda: field.highlighter.speller is not None)
    _type(qtbot, field, "De gemeenteraax besloot.")
    qtbot.waitUntil(lambda: _underlined(field) == ["gemeenteraax"])
    cursor = field.textCursor()
    cursor.setPosition(len("De gemee"))
    where = field.cursorRect(cursor).center()
    seen: list[str] = []

    def read_and_close() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        seen.extend(action.text() for action in menu.actions())
        undo = [a for a in menu.actions() if a is window.actions.undo]
        seen.append("window undo" if undo else "field undo")
        menu.close()

    QTimer.singleShot(50, read_and_close)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, where, field.viewport().mapToGlobal(where)
    )
    QApplication.sendEvent(field.viewport(), event)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0] == "gemeenteraad"
    assert "Add “gemeenteraax” to the word list" in seen
    assert seen[-1] == "window undo"
