"""The programme tree model: structure, roles, filtering, and Qt's model checks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from statusapp.dataset import load_builtin_programme
from statusapp.domain import Action, NodeKind, Status, StatusUpdate, TableKind
from statusapp.domain.filtering import NO_OWNER, ActionFilter
from statusapp.ui.models.tree_model import Column, ProgrammeTreeModel, Role


@pytest.fixture
def model(qapp):
    model = ProgrammeTreeModel()
    model.load(load_builtin_programme())
    return model


def _rows(model, parent=QModelIndex()):  # noqa: B008
    return [model.index(r, 0, parent) for r in range(model.rowCount(parent))]


def _all_indexes(model, parent=QModelIndex()):  # noqa: B008
    for index in _rows(model, parent):
        yield index
        yield from _all_indexes(model, index)


def test_passes_qt_model_checks(qtmodeltester, model) -> None:
    qtmodeltester.check(model, force_py=True)


def test_tree_order_and_roles(model) -> None:
    pillars = _rows(model)
    assert [i.data() for i in pillars] == [
        "Veilig wonen, werken en leven",
        "Klimaatbestendig Heemstede",
        "We zorgen voor elkaar",
        "Samen richten we Heemstede in",
        "Ondersteuning van de raad",
    ]
    ambitions = _rows(model, pillars[0])
    tables = [model.node(i).item.table for i in ambitions]
    assert tables == [TableKind.GREEN] * 12 + [TableKind.BLUE] * 3
    assert ambitions[12].siblingAtColumn(Column.STATUS).data() == "additional work"
    wonen = ambitions[1]
    first = model.index(0, 0, wonen)
    assert first.data() == (
        "Vaststellen woonvisie. Na vaststelling wordt de Huisvestingsverordening vastgesteld "
        "en een Doelgroepenverordening (programma 8)."
    )
    assert first.data(Role.NUMBER) == "1."
    assert first.siblingAtColumn(Column.PLANNED).data() == "2023"
    assert first.siblingAtColumn(Column.STATUS).data() == "✓"
    badge = first.siblingAtColumn(Column.STATUS).data(Qt.ItemDataRole.DecorationRole)
    assert badge.pixmap(16, 16).toImage().pixelColor(2, 2).name() == "#00b050"  # the SVG's fill
    assert "done" in first.siblingAtColumn(Column.STATUS).data(Qt.ItemDataRole.ToolTipRole)
    child = model.index(0, 0, first)
    assert child.data(Role.NUMBER) == "1.1" and child.parent() == first
    assert sum(1 for _ in _all_indexes(model)) == 5 + 47 + 126


def test_pillar_row_counts_statuses_and_follows_changes(model) -> None:
    counts = load_builtin_programme().pillars[0].walk_actions(TableKind.GREEN)
    symbols = [a.status.symbol for a in counts]
    done, on_track, longer = symbols.count("✓"), symbols.count("+"), symbols.count("+/-")
    assert model.index(0, Column.STATUS).data() == f"✓ {done}  + {on_track}  +/- {longer}"
    omgevingsvisie = model.index(0, 0, model.index(0, 0))
    node = model.node(model.index(0, 0, omgevingsvisie))
    assert node.item.status is Status.LONGER
    node.item.update = StatusUpdate(Status.DELAYED, "2023", "", None, None, 2)
    model.node_changed(node)
    assert model.index(0, Column.STATUS).data() == (
        f"✓ {done}  + {on_track}  +/- {longer - 1}  - 1"
    )


def test_filter_on_text_keeps_parents(model) -> None:
    model.set_filter(ActionFilter(text="zwembad"))
    shown = [(i.data(Role.KIND), i.data()) for i in _all_indexes(model)]
    actions = [text for kind, text in shown if kind == "action"]
    assert len(actions) == 3
    assert all("zwembad" in t.lower() for t in actions)
    assert ("pillar", "We zorgen voor elkaar") in shown
    assert ("ambition", "Sport") in shown
    model.set_filter(ActionFilter())
    assert sum(1 for _ in _all_indexes(model)) == 5 + 47 + 126


def test_filter_matches_ambition_and_explanation(model) -> None:
    model.set_filter(ActionFilter(text="groenbeheer"))
    actions = [i for i in _all_indexes(model) if i.data(Role.KIND) == "action"]
    assert [i.data()[:6] for i in actions] == ["Update"]  # under the ambition "Groenbeheer"
    model.set_filter(ActionFilter(text="Raadsbesluit 8 juni"))  # only in an explanation
    actions = [i for i in _all_indexes(model) if i.data(Role.KIND) == "action"]
    assert [i.data(Role.NUMBER) for i in actions] == ["1."]


def test_filter_on_status_year_owner_and_not_updated(model) -> None:
    model.set_filter(ActionFilter(statuses=frozenset({Status.LONGER})))
    actions = [model.node(i).item for i in _all_indexes(model) if i.data(Role.KIND) == "action"]
    longer = [a for a in actions if a.status is Status.LONGER]
    assert len(longer) == 10
    # The one other row is the lead row of a matching bullet row, kept as its parent.
    assert [a.text[:30] for a in actions if a.status is not Status.LONGER] == [
        "Verkeersveiligheidsonderzoek ("
    ]

    model.set_filter(ActionFilter(year=2026))
    actions = [model.node(i).item for i in _all_indexes(model) if i.data(Role.KIND) == "action"]
    assert "Verbreden fietspaden Zandvoortselaan (programma 2)." in {a.text for a in actions}
    assert all(2026 in a.planned_years for a in actions)

    model.set_filter(ActionFilter(owner=NO_OWNER))
    assert sum(1 for i in _all_indexes(model) if i.data(Role.KIND) == "action") == 126
    model.set_filter(ActionFilter(owner="Piet"))
    assert model.rowCount() == 0
    model.set_filter(ActionFilter(not_updated_only=True))
    assert sum(1 for i in _all_indexes(model) if i.data(Role.KIND) == "action") == 126


def test_filtered_model_passes_qt_model_checks(qtmodeltester, model) -> None:
    model.set_filter(ActionFilter(text="programma 2"))
    qtmodeltester.check(model, force_py=True)


def test_insert_move_and_remove_rows(qtmodeltester, model) -> None:
    qtmodeltester.check(model, force_py=True)  # keeps checking while the rows change
    ambition = model.node(model.index(1, 0, model.index(0, 0)))  # Wonen in Heemstede
    assert ambition.kind is NodeKind.AMBITION
    new = Action(id="00000000-0000-4000-8000-000000000001", number="", text="Nieuw")
    node = model.insert_node(ambition, 0, NodeKind.ACTION, new)
    assert model.index(0, 0, model.index_of(ambition)).data() == "Nieuw"
    assert ambition.item.actions[0] is new
    model.move_node(node, +1)
    assert [c.item.text[:10] for c in ambition.children[:2]] == ["Vaststelle", "Nieuw"]
    assert ambition.item.actions[1] is new
    assert model.remove_node(node) == 1
    assert model.node_by_id(new.id) is None and new not in ambition.item.actions
