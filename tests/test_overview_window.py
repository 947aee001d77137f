"""The overview dock in the real window: its chart follows the programme, edits and undo; its
bars and entries select actions in the tree; the chart saves as PNG; QtCharts loads late."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from statusapp.domain import Status
from statusapp.domain.status import STATUS_ORDER
from statusapp.services import rounds, updates
from statusapp.services.context import edit_context_for
from statusapp.storage.database import open_database
from tests.excel_helpers import load_tree
from tests.test_main_window import TARGET, _click_action, _open_window
from tests.test_overview import counts_from_listing, listed


def _open_overview(qtbot, database: Path):
    window = _open_window(qtbot, database)
    window.actions.overview.trigger()
    dock = window.overview_dock
    qtbot.waitUntil(dock.isVisible)
    assert window.actions.overview.isChecked()
    dock.refresh()
    return window, dock


def _bars(dock) -> dict[str, dict[Status, int]]:
    """Per category of the chart (top first), the count each status's bar set shows."""
    series = dock.panel.chart.series()[0]
    axis = series.attachedAxes()[0]
    categories = list(reversed(axis.categories()))
    result = {}
    for position, category in enumerate(categories):
        index = len(categories) - 1 - position
        result[category] = {
            status: int(shown.at(index) + narrow.at(index))
            for status, shown, narrow in zip(
                STATUS_ORDER, _status_sets(series), series.barSets()[1::2], strict=True
            )
        }
    return result


def _status_sets(series):  # type: ignore[no-untyped-def]
    """Each status's labelled bar set; the set after it holds the segments too narrow for a
    label (drawn alike, its labels not shown)."""
    return series.barSets()[0::2]


def _selected_ids(window) -> set[str]:
    return {n.id for n in window.selected_nodes()}


def test_chart_counts_equal_the_programme_and_follow_edits(
    qtbot, builtin_database: Path, run_statusapp
) -> None:
    expected = counts_from_listing(listed(run_statusapp, str(builtin_database)))
    window, dock = _open_overview(qtbot, builtin_database)
    bars = _bars(dock)
    assert list(bars) == list(expected)  # the pillars, in order, the first on top
    for label, by_status in expected.items():
        assert bars[label] == {s: len(by_status[s.value]) for s in Status}
    series = dock.panel.chart.series()[0]
    assert series.isLabelsVisible()  # counts as text, not colour alone
    legend = [bar_set.label() for bar_set in _status_sets(series)]
    assert legend[:4] == [
        "✓ done",
        "+ on track",
        "+/- longer lead time",
        "- delayed",
    ]
    colours = [bar_set.color().name().upper() for bar_set in _status_sets(series)]
    assert colours == ["#00B050", "#92D050", "#FFC000", "#FF0000", "#D9D9D9"]
    assert _status_sets(series)[3].labelColor() == QColor("#FFFFFF")  # white on red
    assert all(b.labelColor().alpha() == 0 for b in series.barSets()[1::2])
    summary = dock.panel.summary.text()
    assert "111 action" in summary  # "%n action(s)": the English .qm gives "111 actions"
    for status in Status:  # the totals, per status
        total = sum(len(by_status[status.value]) for by_status in expected.values())
        assert f"{dock.panel.status_caption(status)}: {total}" in summary

    # An edit in the editor shows in the chart after the pause; undo takes it back.
    first_pillar = next(iter(expected))
    before = bars[first_pillar]
    _click_action(qtbot, window, TARGET)
    window.action_editor.status_buttons.buttons[Status.DELAYED].click()
    qtbot.waitUntil(lambda: _bars(dock)[first_pillar][Status.DELAYED] == 1)
    after = _bars(dock)[first_pillar]
    assert after[Status.LONGER] == before[Status.LONGER] - 1  # the target was +/-
    assert sum(after.values()) == sum(before.values())
    assert "- delayed: 1" in dock.panel.summary.text()
    delayed = dock.panel.lists.topLevelItem(0)
    assert delayed.text(0) == "- delayed (1)"
    assert delayed.child(0).text(0).startswith(TARGET)
    window.actions.undo.trigger()
    qtbot.waitUntil(lambda: _bars(dock)[first_pillar] == before)


def test_bars_and_entries_select_their_actions(qtbot, builtin_database: Path) -> None:
    window, dock = _open_overview(qtbot, builtin_database)
    found = dock.refresh()
    assert found is not None
    pillar = found.pillars[0]
    series = dock.panel.chart.series()[0]
    on_track = _status_sets(series)[STATUS_ORDER.index(Status.ON_TRACK)]
    top = len(found.pillars) - 1  # the first pillar is the last category (drawn on top)
    on_track.clicked.emit(top)
    assert _selected_ids(window) == set(pillar.current.action_ids[Status.ON_TRACK])
    assert window.current_node().id == pillar.current.action_ids[Status.ON_TRACK][0]

    longer_group = dock.panel.lists.topLevelItem(1)
    assert longer_group.text(0) == f"+/- longer lead time ({len(found.longer)})"
    dock.panel.lists.scrollToItem(longer_group)
    rect = dock.panel.lists.visualItemRect(longer_group)
    qtbot.mouseClick(dock.panel.lists.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert _selected_ids(window) == {e.action_id for e in found.longer}
    entry = longer_group.child(2)
    dock.panel.lists.scrollToItem(entry)
    rect = dock.panel.lists.visualItemRect(entry)
    qtbot.mouseClick(dock.panel.lists.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert _selected_ids(window) == {found.longer[2].action_id}
    assert window.action_editor.action_id == found.longer[2].action_id

    owner = dock.panel.owners.topLevelItem(0)
    assert [owner.text(c) for c in range(4)] == ["(no owner)", "0", "111", "0%"]  # green only
    assert dock.panel.owners_caption.text() == (
        "Updated in this round, per owner (actions in the green tables)"
    )
    assert dock.panel.chart.title().endswith("(actions in the green tables)")

    # Actions the filter hides cannot be selected: the status bar says how many.
    window.filter_bar.text_field.setText("omgevingsvisie")
    qtbot.waitUntil(lambda: window.model.visible_count() < 50)
    chosen = dock.select_actions(list(pillar.current.action_ids[Status.ON_TRACK]))
    assert chosen < pillar.current.count(Status.ON_TRACK)
    assert "hidden by the filter" in window.statusBar().currentMessage()


def test_beside_the_previous_round_and_saved_as_png(
    qtbot, builtin_database: Path, tmp_path: Path
) -> None:
    database = open_database(builtin_database)
    try:
        rounds.close_round(database)
        rounds.open_round(database, "Jaarverslag 2024", date(2025, 1, 15))
        context = edit_context_for(database, "Anna")
        target = next(a.id for a in load_tree(builtin_database).walk_actions() if a.text == TARGET)
        updates.save_status_update(context, target, status=Status.DONE)  # +/- -> done
    finally:
        database.close()
    _window, dock = _open_overview(qtbot, builtin_database)
    bars = _bars(dock)
    first, previous = list(bars)[:2]
    assert first == "1 Veilig wonen, werken en leven"
    assert previous == "1 (Midterm review, terugblik 2022-2023)"
    assert bars[first][Status.LONGER] == bars[previous][Status.LONGER] - 1
    assert bars[first][Status.DONE] == bars[previous][Status.DONE] + 1
    groups = [dock.panel.lists.topLevelItem(i).text(0) for i in range(4)]
    assert groups[:2] == [
        "Improved since Midterm review, terugblik 2022-2023 (1)",
        "Worsened since Midterm review, terugblik 2022-2023 (0)",
    ]
    assert dock.panel.lists.topLevelItem(0).child(0).text(0) == f"+/- → ✓   {TARGET}"
    assert "1 improved, 0 worsened" in dock.panel.summary.text()

    png = tmp_path / "grafiek ë.png"
    assert dock.panel.save_chart(str(png))
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 300 and image.height() > 200


def test_qtcharts_loads_only_when_the_overview_is_shown(builtin_database: Path) -> None:
    probe = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from statusapp.ui.main_window import MainWindow\n"
        "window = MainWindow()\n"
        f"window.open_database({str(builtin_database)!r})\n"
        "print('BEFORE', 'PySide6.QtCharts' in sys.modules)\n"
        "window.actions.overview.trigger()\n"
        "print('AFTER', 'PySide6.QtCharts' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120
    )
    assert "BEFORE False" in result.stdout and "AFTER True" in result.stdout, result.stderr


def test_a_segment_too_narrow_for_its_count_is_drawn_without_a_label(
    qtbot, builtin_database: Path
) -> None:
    """At 1024x640 a pillar's "1" and "1" touched and read as "11": such segments go into the
    status's unlabelled set, drawn alike; the counts stay the same."""
    window, dock = _open_overview(qtbot, builtin_database)
    window.resize(1024, 640)
    _click_action(qtbot, window, TARGET)
    window.action_editor.status_buttons.buttons[Status.DELAYED].click()
    dock.refresh()
    series = dock.panel.chart.series()[0]
    delayed = STATUS_ORDER.index(Status.DELAYED)
    labelled, narrow = series.barSets()[2 * delayed], series.barSets()[2 * delayed + 1]
    top = len(dock.panel._bars) - 1  # the first pillar, drawn on top
    assert (labelled.at(top), narrow.at(top)) == (0.0, 1.0)
    assert narrow.color() == labelled.color() and narrow.labelColor().alpha() == 0
    assert _bars(dock)[next(iter(_bars(dock)))][Status.DELAYED] == 1
