"""The edit services on a real SQLite database: what the window and the CLI both call."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from statusapp.domain import NodeKind, Status, SubItem, TableKind
from statusapp.services import structure, updates
from statusapp.services.context import ValidationError, edit_context_for
from statusapp.services.programmes import load_programme_tree
from statusapp.storage.database import open_database
from tests.conftest import signer_in


@pytest.fixture
def context(builtin_db: str):
    database = open_database(builtin_db)
    yield edit_context_for(database, user="Jan Jansen")
    database.close()


def _tree(context):
    with context.database.session() as session:
        return load_programme_tree(session)


def _action(tree, text_start: str):
    return next(a for a in tree.walk_actions() if a.text.startswith(text_start))


def test_status_update_changes_only_given_fields_and_counts_revisions(context, builtin_db) -> None:
    target = _action(_tree(context), "Vaststellen omgevingsvisie")
    assert target.update.revision == 1
    saved = updates.save_status_update(context, target.id, status=Status.DONE)
    assert (saved.status, saved.planned, saved.revision) == (Status.DONE, "2023", 2)
    assert saved.updated_by == signer_in(builtin_db, "Jan Jansen") and saved.updated_at is not None
    saved = updates.save_status_update(context, target.id, planned="2024", explanation="Klaar.")
    assert (saved.status, saved.planned, saved.explanation, saved.revision) == (
        Status.DONE,
        "2024",
        "Klaar.",
        3,
    )
    unchanged = updates.save_status_update(context, target.id, planned="2024")
    assert unchanged.revision == 3
    reloaded = _action(_tree(context), "Vaststellen omgevingsvisie")
    assert reloaded.update == saved


def test_invalid_planned_text_is_refused_and_nothing_changes(context) -> None:
    target = _action(_tree(context), "Vaststellen omgevingsvisie")
    with pytest.raises(ValidationError, match="Planned: planned text 'volgend jaar'"):
        updates.save_status_update(context, target.id, planned="volgend jaar", status=Status.DONE)
    assert _action(_tree(context), "Vaststellen omgevingsvisie").update == target.update


def test_closed_round_refuses_updates(context) -> None:
    target = _action(_tree(context), "Vaststellen omgevingsvisie")
    with context.database.session() as session:
        session.execute(text("UPDATE rounds SET closed = :closed"), {"closed": True})
    with pytest.raises(ValidationError, match="is closed"):
        updates.save_status_update(context, target.id, status=Status.DONE)


def test_owner_label_and_sub_items(context) -> None:
    target = _action(_tree(context), "Aanpak Energieopgave")
    assert updates.set_action_owner(context, target.id, "  Piet   de Vries ") == "Piet de Vries"
    updates.set_action_label(context, target.id, number="7.", text="Aanpak energie")
    updates.set_sub_items(context, target.id, [SubItem("Isoleren", "2025"), SubItem("Coaches", "")])
    reloaded = _action(_tree(context), "Aanpak energie")
    assert (reloaded.owner, reloaded.number) == ("Piet de Vries", "7.")
    assert reloaded.sub_items == [SubItem("Isoleren", "2025"), SubItem("Coaches", "")]
    assert updates.known_owners(context) == ["Piet de Vries"]
    updates.set_action_owner(context, target.id, "")
    assert _action(_tree(context), "Aanpak energie").owner is None
    with pytest.raises(ValidationError, match="sub-item 1, planned"):
        updates.set_sub_items(context, target.id, [SubItem("x", "later")])
    with pytest.raises(ValidationError, match="needs a text"):
        updates.set_action_label(context, target.id, number="", text="  ")


def test_ambition_and_pillar_edits(context) -> None:
    tree = _tree(context)
    ambition = next(tree.ambitions())
    updates.update_ambition(
        context, ambition.id, title="Visie", description="Nieuw", table=TableKind.BLUE, note="Nb."
    )
    updates.update_pillar(context, tree.pillars[0].id, title="Veilig", aims=["Een", "Twee"])
    reloaded = _tree(context)
    assert reloaded.pillars[0].title == "Veilig" and reloaded.pillars[0].aims == ["Een", "Twee"]
    moved = next(a for a in reloaded.ambitions() if a.id == ambition.id)
    assert (moved.title, moved.description, moved.table, moved.note) == (
        "Visie",
        "Nieuw",
        TableKind.BLUE,
        "Nb.",
    )
    with pytest.raises(ValidationError):
        updates.update_pillar(context, tree.pillars[0].id, title=" ", aims=[])


def test_add_move_delete_and_restore(context) -> None:
    tree = _tree(context)
    wonen = next(a for a in tree.ambitions() if a.title.startswith("Wonen"))
    first = wonen.actions[0]
    added = structure.add_action(context, wonen.id, "Nieuwe actie", number="0.", before_id=first.id)
    child = structure.add_action(context, wonen.id, "Kind", parent_id=added.id, number="0.1")
    ids = [a.id for a in next(a for a in _tree(context).ambitions() if a.id == wonen.id).actions]
    assert ids[:2] == [added.id, first.id]

    assert structure.move_node(context, NodeKind.ACTION, added.id, +1) == first.id
    assert structure.move_node(context, NodeKind.ACTION, first.id, -1) is None
    ids = [a.id for a in next(a for a in _tree(context).ambitions() if a.id == wonen.id).actions]
    assert ids[:2] == [first.id, added.id]

    before = _tree(context)
    snapshot = structure.delete_node(context, NodeKind.AMBITION, wonen.id)
    assert snapshot.action_count == 11 + 2
    after = _tree(context)
    assert sum(1 for _ in after.walk_actions()) == sum(1 for _ in before.walk_actions()) - 13
    structure.restore_subtree(context, snapshot)
    restored = _tree(context)
    assert restored == before
    assert any(a.id == child.id for a in restored.walk_actions())


def test_pillar_delete_and_restore_keeps_order(context) -> None:
    before = _tree(context)
    second = before.pillars[1]
    snapshot = structure.delete_node(context, NodeKind.PILLAR, second.id)
    assert [p.id for p in _tree(context).pillars] == [
        p.id for p in before.pillars if p.id != second.id
    ]
    structure.restore_subtree(context, snapshot)
    assert _tree(context) == before


def test_ambitions_move_within_their_own_table(context) -> None:
    tree = _tree(context)
    pillar = tree.pillars[0]
    last_green = [a for a in pillar.ambitions if a.table is TableKind.GREEN][-1]
    first_blue = next(a for a in pillar.ambitions if a.table is TableKind.BLUE)
    assert structure.move_node(context, NodeKind.AMBITION, last_green.id, +1) is None
    assert structure.move_node(context, NodeKind.AMBITION, first_blue.id, -1) is None
    new = structure.add_pillar(context, "Vijfde pijler")
    ambition = structure.add_ambition(context, new.id, "Nieuw", table=TableKind.BLUE)
    reloaded = _tree(context)
    assert reloaded.pillars[-1].title == "Vijfde pijler"
    assert reloaded.pillars[-1].ambitions[0].id == ambition.id
    assert reloaded.pillars[-1].ambitions[0].table is TableKind.BLUE


def test_a_blue_table_action_takes_no_status(context) -> None:
    blue = next(a for a in _tree(context).walk_actions(TableKind.BLUE))
    with pytest.raises(ValidationError, match="additional work \\(a blue table\\) has no status"):
        updates.save_status_update(context, blue.id, status=Status.ON_TRACK)
    saved = updates.save_status_update(context, blue.id, explanation="Loopt", status=Status.NONE)
    assert saved.explanation == "Loopt" and saved.status is Status.NONE
