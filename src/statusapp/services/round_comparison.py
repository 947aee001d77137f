"""What changed since the previous round, read from the database: the two rounds' trees and the
actions removed since, in one read-only session."""

from __future__ import annotations

from sqlalchemy import select

from statusapp.domain import ProgrammeTree
from statusapp.report.comparison import ComparedAction, RoundComparison, compare_rounds
from statusapp.services.programmes import choose_programme, load_programme_tree
from statusapp.services.structure import REMOVED, RESTORED
from statusapp.storage.database import Database
from statusapp.storage.schema import ChangeLogRow, RoundRow


def round_comparison(
    database: Database, programme: str | None = None, round_id: str | None = None
) -> RoundComparison:
    """The round (default: the current one) against the round before it."""
    return tree_and_comparison(database, programme, round_id)[1]


def tree_and_comparison(
    database: Database, programme: str | None = None, round_id: str | None = None
) -> tuple[ProgrammeTree, RoundComparison]:
    """The round's tree, and the comparison with the round before it."""
    with database.session(write=False) as session:
        programme_id = choose_programme(session, programme).id
        current = load_programme_tree(session, programme_id, round_id)
        position = session.execute(
            select(RoundRow.position).where(RoundRow.id == current.round.id)
        ).scalar_one()
        previous_id = session.execute(
            select(RoundRow.id)
            .where(RoundRow.programme_id == programme_id, RoundRow.position < position)
            .order_by(RoundRow.position.desc())
            .limit(1)
        ).scalar_one_or_none()
        previous = load_programme_tree(session, programme_id, previous_id) if previous_id else None
        removed: dict[str, ComparedAction] = {}
        if previous is not None:
            present = {action.id for action in current.walk_actions()}
            for row in session.execute(
                select(
                    ChangeLogRow.action_id,
                    ChangeLogRow.field,
                    ChangeLogRow.old_value,
                    ChangeLogRow.source_detail,
                )
                .where(
                    ChangeLogRow.round_id == current.round.id,
                    ChangeLogRow.field.in_((REMOVED, RESTORED)),
                )
                .order_by(ChangeLogRow.id)
            ):
                if row.field == RESTORED:  # undone: back in the programme
                    removed.pop(row.action_id, None)
                elif row.action_id not in present:
                    removed[row.action_id] = ComparedAction(
                        row.action_id, row.old_value or "", row.source_detail or ""
                    )
    return current, compare_rounds(previous, current, removed.values())
