"""Open conflicts of a round: listed, settled (central, incoming or a merged text) and, for
undo, opened again. Settling writes through the one update writer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from statusapp.domain import Status, StatusUpdate
from statusapp.domain.status import parse_status_text
from statusapp.errors import StatusappError
from statusapp.services.context import EditContext, signer
from statusapp.services.programmes import as_utc, utc_now
from statusapp.services.rights import Operation, require
from statusapp.services.updates import (
    require_open_round,
    set_owner_in_session,
    write_status_update,
)
from statusapp.storage.schema import ConflictRow
from statusapp.translation import _


@dataclass(frozen=True, slots=True)
class OpenConflict:
    id: int
    action_id: str
    field: str
    base: str
    central: str
    incoming: str
    source_file: str | None
    detected_at: datetime


def open_conflicts(context: EditContext) -> list[OpenConflict]:
    with context.database.session(write=False) as session:
        rows = session.execute(
            select(ConflictRow)
            .where(ConflictRow.round_id == context.round_id, ConflictRow.resolved_at.is_(None))
            .order_by(ConflictRow.detected_at, ConflictRow.id)
        ).scalars()
        return [
            OpenConflict(
                row.id,
                row.action_id,
                row.field,
                row.base_value,
                row.central_value,
                row.incoming_value,
                row.source_file,
                as_utc(row.detected_at) or row.detected_at,
            )
            for row in rows
        ]


def resolve_conflict(
    context: EditContext, conflict_id: int, choice: str, merged: str | None = None
) -> tuple[str, StatusUpdate, str]:
    """Settle an open item: keep the central value, take the incoming one, or a merged text.

    Returns (action id, the action's update now, the field's value before) for undo.
    """
    if choice not in ("central", "incoming", "merged"):
        raise StatusappError(
            _("a conflict is resolved with central, incoming or merged, not {choice!r}").format(
                choice=choice
            )
        )
    require(context.database, Operation.CONFLICTS)
    with context.database.session() as session:
        require_open_round(session, context.round_id)
        row = session.get(ConflictRow, conflict_id)
        if row is None or row.resolved_at is not None:
            raise StatusappError(
                _("conflict {id} is not open; statusapp conflicts lists the open ones").format(
                    id=conflict_id
                )
            )
        value = {"central": row.central_value, "incoming": row.incoming_value, "merged": merged}[
            choice
        ]
        if value is None:
            raise StatusappError(_("a merged resolution needs the merged text"))
        if row.field == "status":
            value = _status_id(value)
        current = _current_value(session, context, row.action_id, row.field)
        saved = _write_value(
            session, context, row.action_id, row.field, value, f"conflict {conflict_id}"
        )
        session.execute(
            update(ConflictRow)
            .where(ConflictRow.id == conflict_id)
            .values(
                resolved_at=utc_now(),
                resolved_by=signer(context),
                resolution=choice,
                resolved_value=value,
            )
        )
        return row.action_id, saved, current


def _status_id(text: str) -> str:
    """A status as typed ("+", "+/-", "✓", "- vertraagd"), read as the workbook reader does."""
    try:
        return parse_status_text(text).value
    except ValueError as error:
        raise StatusappError(str(error)) from None


def reopen_conflict(
    context: EditContext, conflict_id: int, previous: str
) -> tuple[str, StatusUpdate]:
    """Undo a resolution: the field gets its value back and the item is open again."""
    require(context.database, Operation.CONFLICTS)
    with context.database.session() as session:
        require_open_round(session, context.round_id)
        row = session.get(ConflictRow, conflict_id)
        if row is None:
            raise StatusappError(_("conflict {id} no longer exists").format(id=conflict_id))
        saved = _write_value(
            session, context, row.action_id, row.field, previous, f"conflict {conflict_id} reopened"
        )
        session.execute(
            update(ConflictRow)
            .where(ConflictRow.id == conflict_id)
            .values(resolved_at=None, resolved_by=None, resolution=None, resolved_value=None)
        )
        return row.action_id, saved


def _write_value(
    session: Session, context: EditContext, action_id: str, field_name: str, value: str, detail: str
) -> StatusUpdate:
    if field_name == "owner":
        set_owner_in_session(session, context, [action_id], value or None)
        return write_status_update(session, context, action_id)  # unchanged: just read it
    new_value: Any = Status(value) if field_name == "status" else value
    return write_status_update(
        session, context, action_id, detail=detail, **{field_name: new_value}
    )


def _current_value(session: Session, context: EditContext, action_id: str, field_name: str) -> str:
    from statusapp.storage.schema import ActionRow, OwnerRow, StatusUpdateRow

    if field_name == "owner":
        name = session.execute(
            select(OwnerRow.name)
            .join(ActionRow, ActionRow.owner_id == OwnerRow.id)
            .where(ActionRow.id == action_id)
        ).scalar_one_or_none()
        return name or ""

    value = session.execute(
        select(getattr(StatusUpdateRow, field_name)).where(
            StatusUpdateRow.round_id == context.round_id, StatusUpdateRow.action_id == action_id
        )
    ).scalar_one_or_none()
    return "" if value is None else str(value)
