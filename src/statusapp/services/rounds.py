"""Reporting rounds: open one (carrying the last round's values over), close it, and follow it.

A new round starts from the previous round's status, planned text and explanation, marked "not
yet updated" (nobody has signed them in the new round). Closing a round freezes it; its figures
stay readable as history.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import insert, select, update

from statusapp.domain import ReportingRound, ReviewState
from statusapp.domain.text_rules import InvalidTextError, check_text
from statusapp.errors import StatusappError
from statusapp.report.progress import (
    UNKNOWN_SENDER_LABEL,
    OwnerProgress,
    ReceivedFile,
    owner_order,
    progress_by_owner,
)
from statusapp.services.programmes import (
    as_utc,
    choose_programme,
    load_programme_tree,
    utc_now,
)
from statusapp.services.rights import Operation, require
from statusapp.services.round_snapshots import drop_snapshot, store_snapshot
from statusapp.storage.database import Database
from statusapp.storage.schema import ReceivedFileRow, RoundRow, StatusUpdateRow
from statusapp.translation import _, long_date


class RoundError(StatusappError):
    pass


def list_rounds(database: Database, programme_id: str | None = None) -> list[ReportingRound]:
    with database.session(write=False) as session:
        programme = choose_programme(session, programme_id)
        rows = session.execute(
            select(
                RoundRow.id,
                RoundRow.name,
                RoundRow.reference_date,
                RoundRow.closed,
                RoundRow.deadline,
            )
            .where(RoundRow.programme_id == programme.id)
            .order_by(RoundRow.position)
        ).all()
    return [ReportingRound(r.id, r.name, r.reference_date, r.closed, r.deadline) for r in rows]


def open_round(
    database: Database, name: str, reference_date: date, programme_id: str | None = None
) -> ReportingRound:
    """Start a new round from the latest round's values; the latest round must be closed."""
    try:  # the name is stored, exported and written into mails: one line, no controls
        check_text(_("the round's name"), name, single_line=True)
    except InvalidTextError as error:
        raise RoundError(str(error)) from None
    if not name.strip():
        raise RoundError(_("a round needs a name"))
    require(database, Operation.ROUNDS)
    with database.session() as session:
        programme = choose_programme(session, programme_id)
        latest = (
            session.execute(
                select(RoundRow)
                .where(RoundRow.programme_id == programme.id)
                .order_by(RoundRow.position.desc())
            )
            .scalars()
            .first()
        )
        if latest is not None and not latest.closed:
            raise RoundError(
                _(
                    "the round {name!r} is still open; close it first (statusapp round close)"
                ).format(name=latest.name)
            )
        if latest is not None and reference_date <= latest.reference_date:
            raise RoundError(
                _(
                    "the reference date {date} must come after that of {name!r} ({latest_date})"
                ).format(
                    date=long_date(reference_date),
                    name=latest.name,
                    latest_date=long_date(latest.reference_date),
                )
            )
        round_ = ReportingRound(str(uuid.uuid4()), name.strip(), reference_date, False)
        session.execute(
            insert(RoundRow).values(
                id=round_.id,
                programme_id=programme.id,
                position=(latest.position + 1) if latest else 1,
                name=round_.name,
                reference_date=reference_date,
                closed=False,
                created_at=utc_now(),
            )
        )
        if latest is not None:
            previous = session.execute(
                select(
                    StatusUpdateRow.action_id,
                    StatusUpdateRow.status,
                    StatusUpdateRow.planned,
                    StatusUpdateRow.explanation,
                ).where(StatusUpdateRow.round_id == latest.id)
            ).all()
            if previous:
                session.execute(
                    insert(StatusUpdateRow),
                    [
                        {
                            "action_id": row.action_id,
                            "round_id": round_.id,
                            "status": row.status,
                            "planned": row.planned,
                            "explanation": row.explanation,
                            "updated_by": None,  # carried over: not yet updated this round
                            "updated_at": None,
                            "revision": 1,
                            "review": ReviewState.DRAFT.value,
                        }
                        for row in previous
                    ],
                )
    return round_


def close_round(database: Database, programme_id: str | None = None) -> ReportingRound:
    """Freeze the current round."""
    require(database, Operation.ROUNDS)
    with database.session() as session:
        programme = choose_programme(session, programme_id)
        current = (
            session.execute(
                select(RoundRow)
                .where(RoundRow.programme_id == programme.id, RoundRow.closed.is_(False))
                .order_by(RoundRow.position.desc())
            )
            .scalars()
            .first()
        )
        if current is None:
            raise RoundError(_("there is no open round to close"))
        session.execute(update(RoundRow).where(RoundRow.id == current.id).values(closed=True))
        store_snapshot(session, programme.id, current.id)
        return ReportingRound(current.id, current.name, current.reference_date, True)


def reopen_round(database: Database, round_id: str) -> ReportingRound:
    """Take back a close (the window's undo): only while no later round has been opened."""
    require(database, Operation.ROUNDS)
    with database.session() as session:
        closing = session.get(RoundRow, round_id)
        if closing is None:
            raise RoundError(_("this round is no longer in the database"))
        later = session.execute(
            select(RoundRow.name).where(
                RoundRow.programme_id == closing.programme_id,
                RoundRow.position > closing.position,
            )
        ).first()
        if later is not None:
            raise RoundError(
                _("the round {name!r} cannot be reopened: {later!r} came after it").format(
                    name=closing.name, later=later.name
                )
            )
        session.execute(update(RoundRow).where(RoundRow.id == round_id).values(closed=False))
        drop_snapshot(session, round_id)
        return ReportingRound(closing.id, closing.name, closing.reference_date, False)


def set_round_deadline(database: Database, round_id: str, deadline: date | None) -> None:
    """The date owners hand their updates back by (named in the hand-out mails)."""
    require(database, Operation.ROUNDS)
    with database.session() as session:
        session.execute(update(RoundRow).where(RoundRow.id == round_id).values(deadline=deadline))


@dataclass(slots=True)
class RoundProgress:
    round: ReportingRound
    owners: list[OwnerProgress]
    files: list[ReceivedFile]

    @property
    def actions(self) -> int:
        return sum(o.actions for o in self.owners)

    @property
    def updated(self) -> int:
        return sum(o.updated for o in self.owners)


def round_progress(database: Database, programme_id: str | None = None) -> RoundProgress:
    """Per owner: actions, updated this round, review states, files received, what still waits."""
    with database.session() as session:
        tree = load_programme_tree(session, programme_id)
        file_rows = (
            session.execute(
                select(ReceivedFileRow)
                .where(ReceivedFileRow.round_id == tree.round.id)
                .order_by(ReceivedFileRow.received_at)
            )
            .scalars()
            .all()
        )
        files = [
            ReceivedFile(
                r.file_name,
                as_utc(r.received_at) or r.received_at,
                r.received_by,
                r.changes,
                r.conflicts,
                r.outcome,
                r.message,
            )
            for r in file_rows
        ]
        senders = [r.owner or UNKNOWN_SENDER_LABEL for r in file_rows]
    by_owner = {progress.owner: progress for progress in progress_by_owner(tree.walk_actions())}
    owned_files: dict[str, list[ReceivedFile]] = defaultdict(list)
    for received, sender in zip(files, senders, strict=True):
        owned_files[sender].append(received)
    for name, received in owned_files.items():
        by_owner.setdefault(name, OwnerProgress(name)).files.extend(received)
    owners = sorted(by_owner.values(), key=owner_order)
    return RoundProgress(tree.round, owners, files)
