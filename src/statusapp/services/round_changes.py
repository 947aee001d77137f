"""What changed since the previous round: per action, its update in the round before this one.

The window compares these with the current values itself, so an edit shows at once whether the
action now differs from the previous round; reading them is one query when a programme opens.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import aliased

from statusapp.domain import Status, StatusUpdate
from statusapp.services.context import EditContext
from statusapp.storage.schema import RoundRow, StatusUpdateRow


@dataclass(frozen=True, slots=True)
class PreviousUpdate:
    """An action's values in the previous round."""

    status: Status
    planned: str
    explanation: str


@dataclass(frozen=True, slots=True)
class RoundChange:
    """Which of an action's values differ from the previous round."""

    status: bool
    planned: bool
    explanation: bool

    @property
    def any(self) -> bool:
        return self.status or self.planned or self.explanation


def previous_round_updates(context: EditContext) -> dict[str, PreviousUpdate]:
    """The updates of the round before the context's round, by action id (empty in the first
    round). One query: the previous round is found inside it."""
    here, before = aliased(RoundRow), aliased(RoundRow)
    previous_round = (
        select(before.id)
        .join(here, here.programme_id == before.programme_id)
        .where(here.id == context.round_id, before.position < here.position)
        .order_by(before.position.desc())
        .limit(1)
        .scalar_subquery()
    )
    with context.database.session(write=False) as session:
        rows = session.execute(
            select(
                StatusUpdateRow.action_id,
                StatusUpdateRow.status,
                StatusUpdateRow.planned,
                StatusUpdateRow.explanation,
            ).where(StatusUpdateRow.round_id == previous_round)
        ).all()
    return {
        row.action_id: PreviousUpdate(Status(row.status), row.planned, row.explanation)
        for row in rows
    }


def round_change(previous: PreviousUpdate, current: StatusUpdate) -> RoundChange:
    return RoundChange(
        status=previous.status is not current.status,
        planned=previous.planned.strip() != current.planned.strip(),
        explanation=previous.explanation.strip() != current.explanation.strip(),
    )
