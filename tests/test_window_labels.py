"""What the window calls things: one short name per status everywhere (the report's sentence
in the legend and tooltips), a toolbar for the project leader, tooltips on cut-off tree cells,
and dialogs that say what to do (an empty hand-out, a new round while one is open)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox

from statusapp.domain import Status
from statusapp.domain.status import STATUS_ORDER
from statusapp.ui.controllers import round_actions
from statusapp.ui.i18n import install_translators
from statusapp.ui.models.tree_model import Column
from tests.test_main_window import TARGET, _click_action, _open_window

DUTCH_NAMES = {
    Status.DONE: "✓ afgerond",
    Status.ON_TRACK: "+ op schema",
    Status.LONGER: "+/- langere doorlooptijd",
    Status.DELAYED: "- vertraagd",
    Status.NONE: "geen status",
}
DUTCH_SENTENCE = "loopt conform of voor op planning, ook als het nog niet is afgerond"


@pytest.fixture
def dutch(qapp):  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, "nl")
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def test_one_short_name_per_status_everywhere(qtbot, builtin_database: Path, dutch) -> None:
    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)  # its status is +/- in the built-in programme
    editor = window.action_editor
    longer = DUTCH_NAMES[Status.LONGER]
    assert editor.status_caption.text() == longer
    assert "langere doorlooptijd" in editor.status_caption.toolTip()
    # The tree shows the badge and the short name (without the symbol the badge shows).
    index = window.tree.currentIndex().siblingAtColumn(Column.STATUS)
    option_text = window.tree.cell_tooltip(index)
    assert option_text.startswith(longer) and "traject loopt" in option_text
    # The filter's choices, the overview's captions and the status buttons: the same names.
    combo = window.filter_bar.status_field
    assert [combo.itemText(i) for i in range(1, combo.count())] == list(DUTCH_NAMES.values())
    window.actions.overview.trigger()
    panel = window.overview_dock.panel
    assert [panel.status_caption(s) for s in STATUS_ORDER] == list(DUTCH_NAMES.values())
    assert window.overview_dock.refresh() is not None
    assert "conform planning" not in panel.summary.text()
    assert "+ op schema: " in panel.summary.text()
    for status, button in editor.status_buttons.buttons.items():
        assert button.accessibleName() == DUTCH_NAMES[status]
    assert DUTCH_SENTENCE in editor.status_buttons.buttons[Status.ON_TRACK].toolTip()


def test_the_legend_gives_each_short_name_its_report_sentence(qtbot, dutch) -> None:
    from statusapp.ui.views.dialogs import LegendDialog

    legend = LegendDialog()
    qtbot.addWidget(legend)
    name = legend.findChild(QLabel, "legendName_on_track")
    sentence = legend.findChild(QLabel, "legendSentence_on_track")
    assert "op schema" in name.text()
    assert sentence.text() == DUTCH_SENTENCE
    # Nothing said twice: where the report's sentence is the name, the name stands alone.
    assert legend.findChild(QLabel, "legendSentence_done").text() == ""
    none = legend.findChild(QLabel, "legendSentence_none").text()
    assert "geen status" not in none and "nog niet gepland" in none
    from statusapp.ui.models.status_style import status_tooltip

    assert status_tooltip(Status.DONE) == "✓ afgerond"
    assert status_tooltip(Status.NONE).count("geen status") == 1


def test_no_status_is_a_filled_badge_not_an_empty_box(qapp) -> None:
    from statusapp.ui.models.status_style import status_icon

    image = status_icon(Status.NONE).pixmap(16, 16).toImage()
    inside = image.pixelColor(2, 7)  # inside the badge, off the symbol
    assert inside.alpha() == 255 and inside.name() != "#ffffff"


def test_the_toolbar_leads_with_the_project_leaders_work(qtbot, builtin_database: Path) -> None:
    window = _open_window(qtbot, builtin_database)
    actions = window.actions
    shown = [a for a in actions.toolbar.actions() if not a.isSeparator() and a.isVisible()]
    mine = window.my_work
    assert shown[:4] == [mine.mine, mine.next, actions.export, actions.import_]
    for structure in (actions.add_ambition, actions.add_action, actions.add_child_action,
                      actions.move_up, actions.move_down, actions.delete):  # fmt: skip
        assert structure not in actions.toolbar.actions()
    edit_menu = window.menuBar().actions()[1].menu()
    assert actions.add_action in edit_menu.actions() and actions.delete in edit_menu.actions()
    # The project leader's own work is kept apart from the file actions by a separator.
    order = actions.toolbar.actions()
    assert order.index(mine.next) < order.index(actions.my_work_end) < order.index(actions.export)
    assert actions.my_work_end.isVisible()


def test_a_cut_off_tree_cell_has_its_whole_text_as_tooltip(qtbot, builtin_database: Path) -> None:
    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)
    tree = window.tree
    planned = tree.currentIndex().siblingAtColumn(Column.PLANNED)
    assert planned.data() == "2023"
    tree.setColumnWidth(Column.PLANNED, 12)
    assert tree.cell_tooltip(planned).startswith("2023")
    tree.setColumnWidth(Column.PLANNED, 200)
    assert not tree.cell_tooltip(planned).startswith("2023")  # not cut: the model's tooltip


def test_an_empty_hand_out_says_to_assign_owners_first(qtbot, builtin_database: Path) -> None:
    from statusapp.ui.views.handout_dialog import hand_out

    window = _open_window(qtbot, builtin_database)  # the built-in programme has no owners
    dialog = hand_out(window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    assert dialog.empty_hint.isVisible()
    assert "Assign owner" in dialog.empty_hint.text()
    assert not dialog.write_button.isEnabled()
    dialog.close()


def test_new_round_while_one_is_open_closes_it_and_opens_the_new_one(
    qtbot, builtin_database: Path, monkeypatch
) -> None:
    from statusapp.ui.views.round_dialogs import NewRoundDialog

    window = _open_window(qtbot, builtin_database)
    assert not window.model.tree.round.closed
    offered: list[str] = []

    def accept(dialog: NewRoundDialog) -> int:
        offered.append(dialog.ok_button.text())
        return 1

    monkeypatch.setattr(NewRoundDialog, "exec", accept)
    monkeypatch.setattr(
        NewRoundDialog, "values", lambda self: ("Jaarverslag 2024", date(2025, 1, 15))
    )
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: errors.append(str(a)))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: errors.append(str(a)))
    assert round_actions.new_round(window)
    assert offered == ["Close the current round and open the new one"]
    assert "Jaarverslag 2024" in window.windowTitle()
    assert not window.model.tree.round.closed
    assert errors == []


def test_a_refused_new_round_reopens_the_round_it_closed(
    qtbot, builtin_database: Path, monkeypatch
) -> None:
    from statusapp.ui.views.round_dialogs import NewRoundDialog

    window = _open_window(qtbot, builtin_database)
    name = window.model.tree.round.name
    monkeypatch.setattr(NewRoundDialog, "exec", lambda self: 1)
    # A reference date before the current round's: the service refuses it.
    monkeypatch.setattr(NewRoundDialog, "values", lambda self: ("Te vroeg", date(2000, 1, 1)))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: None)
    assert not round_actions.new_round(window)
    assert window.model.tree.round.name == name
    assert not window.model.tree.round.closed


def test_the_new_round_dialog_shows_its_whole_example(qtbot) -> None:
    from statusapp.ui.views.round_dialogs import NewRoundDialog

    dialog = NewRoundDialog(None, still_open="Midterm review")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = dialog.name_field
    needed = field.fontMetrics().horizontalAdvance(field.placeholderText())
    assert field.width() > needed
    assert "Midterm review" in dialog.findChild(QLabel, "newRoundNote").text()
