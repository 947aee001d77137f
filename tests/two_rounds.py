"""A built-in programme with a second round in which a little of everything changed: one
status, one planning, one explanation, one action added, one removed; the rest not updated."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from statusapp.domain import NodeKind, Status, TableKind
from statusapp.services.context import edit_context_for
from statusapp.services.rounds import close_round, open_round
from statusapp.services.structure import add_action, delete_node
from statusapp.services.updates import save_status_update
from statusapp.storage.database import open_database
from tests.excel_helpers import load_tree


@dataclass(frozen=True)
class SecondRound:
    status_changed: str  # action ids
    planned_moved: str
    explained: str
    added: str
    added_text: str
    removed_text: str
    actions: int  # in the second round


def make_second_round(database: Path) -> SecondRound:
    tree = load_tree(database)
    green = [a for a in tree.walk_actions(TableKind.GREEN) if not a.actions]
    done = next(a for a in green if a.status is Status.ON_TRACK)
    others = [a for a in green if a is not done]
    moved, explained, doomed = others[5], others[6], others[7]
    opened = open_database(database)
    try:
        close_round(opened)
        open_round(opened, "Najaar 2024", date(2024, 10, 1))
        context = edit_context_for(opened, "Control")
        save_status_update(context, done.id, status=Status.DONE, explanation="Afgerond in 2024")
        save_status_update(context, moved.id, planned="2026")
        save_status_update(context, explained.id, explanation="Nieuwe toelichting")
        ambition = next(tree.ambitions(TableKind.GREEN))
        added = add_action(context, ambition.id, "Een nieuwe actie in het najaar")
        delete_node(context, NodeKind.ACTION, doomed.id)
    finally:
        opened.close()
    total = sum(1 for _ in tree.walk_actions())
    return SecondRound(done.id, moved.id, explained.id, added.id, added.text, doomed.label, total)
