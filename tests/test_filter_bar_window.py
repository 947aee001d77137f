"""The filter bar from the keyboard, the selection it never loses, and why a row matches."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QHelpEvent, QImage
from PySide6.QtWidgets import QApplication, QToolTip

from statusapp.domain import NodeKind, Status
from statusapp.domain.filtering import match_spans
from statusapp.ui.views.match_highlight import MATCH_BACKGROUND
from tests.test_main_window import TARGET, _click_action, _open_window, _stored

LATE = "Opstellen evenementenveiligheidsbeleid (programma 1)."  # far down the first pillar
IN_EXPLANATION = "visie op hoofdlijnen"  # in TARGET's explanation, not in its text


def _shown(model, parent=None):  # type: ignore[no-untyped-def]
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from _shown(model, index)


def test_escape_in_the_filter_clears_it_and_goes_back_to_the_tree(
    qtbot, builtin_database: Path
) -> None:
    window = _open_window(qtbot, builtin_database)
    field = window.filter_bar.text_field
    window.actions.find.trigger()
    qtbot.keyClicks(field, "zwembad")
    assert window.model.filter.active
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == ""
    assert not window.model.filter.active
    assert window.tree.hasFocus()

    window.filter_bar.not_updated_field.setChecked(True)
    window.actions.find.trigger()
    qtbot.keyClick(field, Qt.Key.Key_Escape)  # nothing typed: the whole filter goes
    assert not window.filter_bar.not_updated_field.isChecked()
    assert not window.model.filter.active
    assert window.tree.hasFocus()


def test_down_skips_a_parent_shown_only_for_its_matching_child(
    qtbot, builtin_database: Path
) -> None:
    # "parkeerplaats" is in the explanation of 6.3; its parent 6. shows only as context, and
    # the key pressed next must not land on it.
    window = _open_window(qtbot, builtin_database)
    window.actions.find.trigger()
    qtbot.keyClicks(window.filter_bar.text_field, "parkeerplaats")
    qtbot.keyClick(window.filter_bar.text_field, Qt.Key.Key_Down)
    current = window.current_node()
    assert "parkeerplaats" in current.item.update.explanation.casefold()
    assert current.parent.kind is NodeKind.ACTION  # 6.3 under 6., which shows too
    assert window.model.index_of(current.parent).isValid()
    assert not window.model.is_match(current.parent)


def test_down_in_the_filter_moves_into_the_first_result(qtbot, builtin_database: Path) -> None:
    window = _open_window(qtbot, builtin_database)
    window.actions.find.trigger()
    qtbot.keyClicks(window.filter_bar.text_field, "zwembad")
    qtbot.keyClick(window.filter_bar.text_field, Qt.Key.Key_Down)
    assert window.tree.hasFocus()
    first = next(
        window.model.node(i)
        for i in _shown(window.model)
        if window.model.node(i).kind is NodeKind.ACTION
    )
    assert window.current_node() is first
    assert window.action_editor.action_id == first.id
    qtbot.keyClick(window.tree, Qt.Key.Key_2)  # and on with the keyboard loop
    assert _stored(builtin_database, first.item.text).status is Status.ON_TRACK


def test_the_selected_action_stays_when_the_filter_hides_it_and_is_shown_again_after(
    qtbot, builtin_database: Path
) -> None:
    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, LATE)
    node = window.current_node()
    window.filter_bar.text_field.setText("zwembad")  # hides it
    assert window.model.index_of(node).isValid() is False
    editor = window.action_editor
    assert window.editors.currentIndex() == 3 and editor.action_id == node.id
    assert editor.filter_note.isVisible()
    assert editor.filter_note.text().startswith("Hidden by the filter")
    assert "\n" not in editor.filter_note.text()  # no reason why it shows: it does not
    assert window.current_node() is node  # still what the window's commands work on
    assert window.actions.rename.isEnabled()
    window.filter_bar.text_field.setText("zwemba")  # still hidden: still kept
    assert editor.action_id == node.id

    window.filter_bar.text_field.setText("")
    index = window.model.index_of(node)
    assert window.tree.currentIndex() == index
    assert window.tree.viewport().rect().intersects(window.tree.visualRect(index))  # in view
    assert editor.action_id == node.id
    assert not editor.filter_note.isVisible()


def _match_pixels(widget) -> int:  # type: ignore[no-untyped-def]
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    data = bytes(image.constBits())
    colour = MATCH_BACKGROUND
    return data.count(bytes([colour.blue(), colour.green(), colour.red(), 0xFF]))


def test_matches_are_marked_in_the_tree(qtbot, builtin_database: Path) -> None:
    window = _open_window(qtbot, builtin_database)
    assert _match_pixels(window.tree.viewport()) == 0
    window.filter_bar.text_field.setText("Omgevingsvisie")
    assert window.tree.title_delegate.needle == "omgevingsvisie"
    assert _match_pixels(window.tree.viewport()) > 100
    window.filter_bar.text_field.setText("")
    assert _match_pixels(window.tree.viewport()) == 0


def test_a_match_in_the_explanation_is_named_in_the_tooltip_and_the_editor(
    qtbot, builtin_database: Path
) -> None:
    window = _open_window(qtbot, builtin_database)
    window.filter_bar.text_field.setText(IN_EXPLANATION)
    _click_action(qtbot, window, TARGET)
    note = window.action_editor.filter_note
    assert note.isVisible()
    assert "in the explanation" in note.text() and IN_EXPLANATION in note.text()
    assert window.action_editor.explanation_field.extraSelections()  # marked there too

    index = window.model.index_of(window.current_node())
    position = window.tree.visualRect(index).center()
    viewport = window.tree.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, position, viewport.mapToGlobal(position))
    QApplication.sendEvent(viewport, event)
    assert TARGET in QToolTip.text() and "in the explanation" in QToolTip.text()

    window.filter_bar.text_field.setText("omgevingsvisie")  # in the text the tree shows
    assert not note.isVisible()
    window.filter_bar.text_field.setText("")
    assert not window.action_editor.explanation_field.extraSelections()


def test_match_spans_fold_case_and_keep_positions() -> None:
    assert match_spans("Vaststellen Omgevingsvisie", "visie") == [(21, 26)]
    assert match_spans("Straße en STRASSE", "strasse") == [(0, 6), (10, 17)]
    assert match_spans("abc", "") == []


def test_a_filter_that_matches_nothing_says_so(qtbot, builtin_database: Path) -> None:
    window = _open_window(qtbot, builtin_database)
    window.filter_bar.text_field.setText("zzz nergens te vinden")
    assert window.model.rowCount() == 0
    assert window.tree.empty_text == "No action matches the filter. Escape clears it."
    image = window.tree.viewport().grab().toImage()
    background = window.tree.palette().base().color()
    assert any(
        image.pixelColor(x, y) != background
        for x in range(0, image.width(), 2)
        for y in range(0, min(image.height(), 60), 2)
    )  # the sentence is drawn
    window.filter_bar.text_field.clear()
    assert window.tree.empty_text == ""
