"""What changed since the previous round, from the database: each kind of change found once,
in the document's language; nothing to compare in the first round."""

from __future__ import annotations

from pathlib import Path

from statusapp.domain import NodeKind, Status
from statusapp.report.comparison import comparison_intro, comparison_sections
from statusapp.services.context import edit_context_for
from statusapp.services.round_comparison import round_comparison
from statusapp.services.structure import delete_node, restore_subtree
from statusapp.storage.database import open_database
from tests.two_rounds import make_second_round


def _comparison(database: Path):  # type: ignore[no-untyped-def]
    opened = open_database(database)
    try:
        return round_comparison(opened)
    finally:
        opened.close()


def test_the_first_round_has_nothing_to_compare(builtin_database: Path) -> None:
    comparison = _comparison(builtin_database)
    assert comparison.previous is None and comparison.is_empty
    assert comparison_sections(comparison, "nl") == []
    assert comparison_intro(comparison, "nl") == (
        "Midterm review, terugblik 2022-2023 is de eerste rapportageronde: er is geen vorige "
        "ronde om mee te vergelijken."
    )


def test_every_kind_of_change_since_the_previous_round(builtin_database: Path) -> None:
    second = make_second_round(builtin_database)
    comparison = _comparison(builtin_database)
    assert comparison.previous is not None and comparison.previous.name.startswith("Midterm")
    assert [(t.action.id, t.before, t.after) for t in comparison.transitions] == [
        (second.status_changed, Status.ON_TRACK, Status.DONE)
    ]
    assert [(c.action.id, c.after) for c in comparison.planned] == [(second.planned_moved, "2026")]
    assert {c.action.id for c in comparison.explanations} == {
        second.status_changed,
        second.explained,
    }
    assert [a.id for a in comparison.added] == [second.added]
    assert [a.label for a in comparison.removed] == [second.removed_text]
    assert comparison.removed[0].pillar == "Veilig wonen, werken en leven"
    # Everything but the three updated and the new one was carried over, not updated.
    updated = {second.status_changed, second.planned_moved, second.explained}
    assert len(comparison.not_updated) == second.actions - 1 - len(updated)
    assert not updated & {a.id for a in comparison.not_updated}

    sections = {s.key: s for s in comparison_sections(comparison, "nl")}
    assert list(sections) == [
        "transitions", "planned", "explanations", "not_updated", "added", "removed",
    ]  # fmt: skip
    transition = sections["transitions"]
    assert transition.heading == "Status gewijzigd"
    assert transition.captions == ("Actie", "Pijler", "Was", "Nu")
    assert transition.rows[0][2:] == ("+ op schema", "✓ afgerond")
    english = {s.key: s for s in comparison_sections(comparison, "en")}
    assert english["transitions"].rows[0][2:] == ("+ on track", "✓ done")
    assert "compared with Midterm review" in comparison_intro(comparison, "en")
    assert "peildatum 1 oktober 2024" in comparison_intro(comparison, "nl")


def test_a_removal_undone_is_no_removal(builtin_database: Path) -> None:
    second = make_second_round(builtin_database)
    opened = open_database(builtin_database)
    try:
        context = edit_context_for(opened, "Control")
        snapshot = delete_node(context, NodeKind.ACTION, second.explained)
        assert len(round_comparison(opened).removed) == 2
        restore_subtree(context, snapshot)  # Ctrl+Z in the window
        assert [a.label for a in round_comparison(opened).removed] == [second.removed_text]
    finally:
        opened.close()


def test_a_selection_keeps_its_own_actions(builtin_database: Path) -> None:
    second = make_second_round(builtin_database)
    comparison = _comparison(builtin_database).only({second.planned_moved})
    assert [c.action.id for c in comparison.planned] == [second.planned_moved]
    assert not comparison.transitions and not comparison.removed and not comparison.added
