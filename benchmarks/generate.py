"""Synthetic programmes for the benchmarks, reproducible from a seed.

Texts, planned texts and statuses are drawn from the built-in Heemstede data set, so lengths and
mixes are realistic; the structure (ambitions per pillar, actions per ambition, child actions,
bullet rows, sub-items, owners) follows its proportions. A few rounds of history are added: the
earlier ones closed, with part of the actions changed from round to round.
"""

from __future__ import annotations

import random
import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import select

from statusapp.dataset import load_builtin_programme
from statusapp.domain import (
    Action,
    Ambition,
    Pillar,
    PillarKind,
    Programme,
    ProgrammeTree,
    ReportingRound,
    Status,
    StatusUpdate,
    SubItem,
    TableKind,
)
from statusapp.services.context import edit_context_for
from statusapp.services.rounds import close_round, open_round
from statusapp.services.setup import initialise_database
from statusapp.services.updates import write_status_updates
from statusapp.storage.database import open_database
from statusapp.storage.schema import ActionRow

SIZES = {"S": None, "M": 5_000, "L": 50_000}
ACTIONS_PER_OWNER = 100


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


class _Samples:
    """What the built-in data set offers to draw from."""

    def __init__(self) -> None:
        tree = load_builtin_programme()
        actions = list(tree.walk_actions())
        self.texts = [a.text for a in actions]
        self.explanations = [a.explanation for a in actions]
        self.planned = [a.planned for a in actions if a.planned] + [""] * 8
        self.statuses = [a.status for a in tree.walk_actions(TableKind.GREEN)]
        self.titles = [a.title for a in tree.ambitions() if a.title]
        self.descriptions = [a.description for a in tree.ambitions()]
        self.sub_items = [i for a in actions for i in a.sub_items]
        self.pillars = [(p.title, p.aims) for p in tree.pillars if p.kind is PillarKind.PILLAR]


def synthetic_programme(actions: int, seed: int = 20240401) -> ProgrammeTree:
    rng = random.Random(seed)
    samples = _Samples()
    tree = ProgrammeTree(
        Programme(
            _uuid(rng),
            f"Uitvoeringsprogramma (synthetisch, {actions} acties)",
            "Gemeente Voorbeeld",
            "2026-2030",
        ),
        ReportingRound(_uuid(rng), "Voorjaarsronde 2027", date(2027, 4, 1)),
    )
    pillars = [Pillar(_uuid(rng), f"{title} ({n})", PillarKind.PILLAR, list(aims))
               for n, (title, aims) in enumerate(samples.pillars * 2, 1)][:6]  # fmt: skip
    tree.pillars.extend(pillars)
    owners = [f"Projectleider {n:04d}" for n in range(max(1, actions // ACTIONS_PER_OWNER))]
    made = 0
    number = 0
    while made < actions:
        pillar = pillars[number % len(pillars)]
        number += 1
        table = TableKind.BLUE if rng.random() < 0.1 else TableKind.GREEN
        ambition = Ambition(
            _uuid(rng),
            table,
            f"{rng.choice(samples.titles)} {number}",
            rng.choice(samples.descriptions),
        )
        pillar.ambitions.append(ambition)
        for position in range(1, min(rng.randint(3, 30), actions - made) + 1):
            action = _action(rng, samples, table, f"{position}.", owners)
            ambition.actions.append(action)
            made += 1
            if made < actions and rng.random() < 0.12:  # child actions: 1.1, 1.2, ...
                for child in range(1, min(rng.randint(1, 4), actions - made) + 1):
                    action.actions.append(
                        _action(rng, samples, table, f"{position}.{child}", owners)
                    )
                    made += 1
            if made >= actions:
                break
    for pillar in pillars:
        pillar.ambitions.sort(key=lambda a: a.table is TableKind.BLUE)
    return tree


def _action(
    rng: random.Random, samples: _Samples, table: TableKind, number: str, owners: list[str]
) -> Action:
    status = rng.choice(samples.statuses) if table is TableKind.GREEN else Status.NONE
    action = Action(
        _uuid(rng),
        number,
        rng.choice(samples.texts),
        StatusUpdate(status, rng.choice(samples.planned), rng.choice(samples.explanations)),
        owner=rng.choice(owners),
    )
    if rng.random() < 0.03:
        action.sub_items = [
            SubItem(item.text, item.planned)
            for item in rng.sample(samples.sub_items, rng.randint(2, 4))
        ]
        action.update.planned = ""
    return action


def create_database(path: Path, size: str, seed: int = 20240401, history_rounds: int = 2) -> Path:
    """A database of the given size (S: the built-in programme) with rounds of history."""
    if path.exists():
        path.unlink()
    rng = random.Random(seed + 1)
    count = SIZES[size]
    if count is None:
        initialise_database(path)
    else:
        initialise_database(path, programme=synthetic_programme(count, seed))
    database = open_database(path)
    try:
        for round_number in range(history_rounds):
            close_round(database)
            open_round(database, f"Ronde {round_number + 2}", date(2030 + round_number, 1, 1))
            context = edit_context_for(database, "Benchmark")
            with database.session() as session:
                ids = list(session.execute(select(ActionRow.id)).scalars())
                changes = {
                    action_id: {
                        "explanation": f"Bijgewerkt in ronde {round_number + 2}: "
                        + "x" * rng.randint(20, 200)
                    }
                    for action_id in rng.sample(ids, len(ids) // 4)
                }
                write_status_updates(session, context, changes)
    finally:
        database.close()
    return path
