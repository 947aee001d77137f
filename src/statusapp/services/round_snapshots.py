"""Closed rounds as they were reported: a snapshot is taken when a round closes, and the open
data of the site publishes a closed round from it, so later edits of the structure (an action
renamed, added or deleted) never rewrite what an earlier round said."""

from __future__ import annotations

import json
import zlib

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from statusapp.domain import Action, ProgrammeTree
from statusapp.programme_json import tree_from_dict, tree_to_dict
from statusapp.services.programmes import load_programme_tree, utc_now
from statusapp.storage.database import Database
from statusapp.storage.schema import RoundSnapshotRow, StatusUpdateRow


def store_snapshot(session: Session, programme_id: str, round_id: str) -> None:
    """Keep the round as it stands now (inside the closing transaction)."""
    tree = load_programme_tree(session, programme_id, round_id)
    tree.round.closed = True
    data = json.dumps(tree_to_dict(tree), ensure_ascii=False).encode("utf-8")
    session.execute(delete(RoundSnapshotRow).where(RoundSnapshotRow.round_id == round_id))
    session.execute(
        insert(RoundSnapshotRow).values(
            round_id=round_id, taken_at=utc_now(), programme_json=zlib.compress(data, 6)
        )
    )


def drop_snapshot(session: Session, round_id: str) -> None:
    """A reopened round may change again: its snapshot is taken anew when it closes."""
    session.execute(delete(RoundSnapshotRow).where(RoundSnapshotRow.round_id == round_id))


def rounds_as_reported(
    database: Database, programme_id: str, round_ids: list[str]
) -> list[ProgrammeTree]:
    """Each round's programme: a closed round from its snapshot; an open round (or one closed
    before snapshots were kept) as the database holds it, with only the actions that have an
    update in that round (an action added later was not part of it)."""
    trees = []
    with database.session(write=False) as session:
        snapshots = dict(
            session.execute(
                select(RoundSnapshotRow.round_id, RoundSnapshotRow.programme_json).where(
                    RoundSnapshotRow.round_id.in_(round_ids)
                )
            ).all()
        )
        for round_id in round_ids:
            stored = snapshots.get(round_id)
            if stored is not None:
                data = json.loads(zlib.decompress(stored).decode("utf-8"))
                trees.append(tree_from_dict(data, "round snapshot"))
                continue
            tree = load_programme_tree(session, programme_id, round_id)
            present = set(
                session.execute(
                    select(StatusUpdateRow.action_id).where(StatusUpdateRow.round_id == round_id)
                ).scalars()
            )
            trees.append(_only(tree, present))
    return trees


def _only(tree: ProgrammeTree, present: set[str]) -> ProgrammeTree:
    for pillar in tree.pillars:
        for ambition in pillar.ambitions:
            ambition.actions = _kept(ambition.actions, present)
    return tree


def _kept(actions: list[Action], present: set[str]) -> list[Action]:
    kept = []
    for action in actions:
        if action.id in present:
            action.actions = _kept(action.actions, present)
            kept.append(action)
    return kept
