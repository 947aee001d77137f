"""An action's past: its updates in other rounds and its audit trail (read only)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlalchemy import select

from statusapp.domain import ReviewState, Status, StatusUpdate
from statusapp.services.context import EditContext
from statusapp.services.programmes import as_utc
from statusapp.storage.database import Database
from statusapp.storage.schema import ActionRow, ChangeLogRow, RoundRow, StatusUpdateRow


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """An action's update in another round."""

    round_name: str
    reference_date: date
    closed: bool
    update: StatusUpdate


def status_history(context: EditContext, action_id: str) -> list[HistoryEntry]:
    """The action's updates in the other rounds of the programme, oldest first."""
    with context.database.session(write=False) as session:
        rows = session.execute(
            select(RoundRow.name, RoundRow.reference_date, RoundRow.closed, StatusUpdateRow)
            .join(StatusUpdateRow, StatusUpdateRow.round_id == RoundRow.id)
            .where(StatusUpdateRow.action_id == action_id, RoundRow.id != context.round_id)
            .order_by(RoundRow.position)
        ).all()
        return [HistoryEntry(name, day, closed, _to_update(row)) for name, day, closed, row in rows]


@dataclass(frozen=True, slots=True)
class ChangeEntry:
    """One line of an action's audit trail."""

    round_name: str
    field: str
    old: str | None
    new: str | None
    by: str
    at: datetime
    source: str
    source_file: str | None
    detail: str | None


def action_changes(context: EditContext, action_id: str, limit: int = 200) -> list[ChangeEntry]:
    """Who changed what of an action, when and from where; newest first, over all rounds."""
    with context.database.session(write=False) as session:
        rows = session.execute(
            select(RoundRow.name, ChangeLogRow)
            .join(RoundRow, ChangeLogRow.round_id == RoundRow.id)
            .where(ChangeLogRow.action_id == action_id)
            .order_by(ChangeLogRow.changed_at.desc(), ChangeLogRow.id.desc())
            .limit(limit)
        ).all()
        return [_entry(name, row) for name, row in rows]


def _entry(round_name: str, row: ChangeLogRow) -> ChangeEntry:
    return ChangeEntry(
        round_name,
        row.field,
        row.old_value,
        row.new_value,
        row.changed_by,
        as_utc(row.changed_at) or row.changed_at,
        row.source,
        row.source_file,
        row.source_detail,
    )


def _to_update(row: StatusUpdateRow) -> StatusUpdate:
    return StatusUpdate(
        status=Status(row.status),
        planned=row.planned,
        explanation=row.explanation,
        updated_by=row.updated_by,
        updated_at=as_utc(row.updated_at),
        revision=row.revision,
        review=ReviewState(row.review),
    )


@dataclass(frozen=True, slots=True)
class LogLine:
    """One line of the change log, with the action it is about."""

    action_id: str
    action: str  # its number and text now ("" when it was deleted since)
    entry: ChangeEntry


def change_log(
    database: Database,
    programme: str | None = None,
    *,
    action_id: str | None = None,
    user: str | None = None,
    since: date | None = None,
    limit: int = 10_000,
) -> list[LogLine]:
    """The change log of the programme's rounds, newest first: who changed which field of
    which action, when and from where."""
    from statusapp.services.programmes import choose_programme

    with database.session(write=False) as session:
        chosen = choose_programme(session, programme)
        query = (
            select(RoundRow.name, ChangeLogRow, ActionRow.number, ActionRow.text)
            .join(RoundRow, ChangeLogRow.round_id == RoundRow.id)
            .outerjoin(ActionRow, ActionRow.id == ChangeLogRow.action_id)
            .where(RoundRow.programme_id == chosen.id)
        )
        if action_id is not None:
            query = query.where(ChangeLogRow.action_id == action_id)
        if user is not None:
            query = query.where(ChangeLogRow.changed_by == user)
        if since is not None:
            start = datetime.combine(since, time.min).astimezone(UTC)
            query = query.where(ChangeLogRow.changed_at >= start)
        rows = session.execute(
            query.order_by(ChangeLogRow.changed_at.desc(), ChangeLogRow.id.desc()).limit(limit)
        ).all()
    return [
        LogLine(
            row.action_id,
            " ".join(part for part in (number or "", text or "") if part),
            _entry(name, row),
        )
        for name, row, number, text in rows
    ]
