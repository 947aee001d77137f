"""The overview's figures from the database: the previous round's statuses, and the overview of
a programme's current round (the computation itself is report/overview.py)."""

from __future__ import annotations

from sqlalchemy import select

from statusapp.domain import ReportingRound, Status
from statusapp.report.overview import PreviousRound, RoundOverview, compute_overview
from statusapp.services.programmes import load_programme_tree
from statusapp.storage.database import Database
from statusapp.storage.schema import RoundRow, StatusUpdateRow


def previous_round(database: Database, round_: ReportingRound) -> PreviousRound | None:
    """The round just before `round_` in its programme, with its statuses; None for the first."""
    with database.session(write=False) as session:
        position, programme_id = session.execute(
            select(RoundRow.position, RoundRow.programme_id).where(RoundRow.id == round_.id)
        ).one()
        row = session.execute(
            select(RoundRow.id, RoundRow.name, RoundRow.reference_date, RoundRow.closed)
            .where(RoundRow.programme_id == programme_id, RoundRow.position < position)
            .order_by(RoundRow.position.desc())
            .limit(1)
        ).first()
        if row is None:
            return None
        statuses = {
            action_id: Status(status)
            for action_id, status in session.execute(
                select(StatusUpdateRow.action_id, StatusUpdateRow.status).where(
                    StatusUpdateRow.round_id == row.id
                )
            )
        }
    return PreviousRound(ReportingRound(row.id, row.name, row.reference_date, row.closed), statuses)


def round_overview(database: Database, programme_id: str | None = None) -> RoundOverview:
    """The overview of the programme's current round."""
    with database.session(write=False) as session:
        tree = load_programme_tree(session, programme_id)
    return compute_overview(tree, previous_round(database, tree.round))
