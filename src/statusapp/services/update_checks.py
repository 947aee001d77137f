"""Checks and reads the one update writer (services/updates.py) makes inside its transaction:
no status in a blue table, and the updates as a server database stored them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from statusapp.domain import ReviewState, Status, StatusUpdate, TableKind
from statusapp.domain.labels import shorten
from statusapp.services.context import ValidationError
from statusapp.services.programmes import as_utc
from statusapp.storage.schema import ActionRow, AmbitionRow, StatusUpdateRow
from statusapp.translation import _


def mapping_to_update(row: dict[str, Any]) -> StatusUpdate:
    return StatusUpdate(
        Status(row["status"]),
        row["planned"],
        row["explanation"],
        row["updated_by"],
        as_utc(row["updated_at"]),
        row["revision"],
        ReviewState(row["review"]),
    )


def refuse_status_in_blue_tables(
    session: Session, fields_by_action: dict[str, dict[str, Any]]
) -> None:
    """The blue tables' additional work has no status: refused from every path alike."""
    given = [
        action_id
        for action_id, fields in fields_by_action.items()
        if fields.get("status") not in (None, Status.NONE, Status.NONE.value)
    ]
    for start in range(0, len(given), 900):
        blue = session.execute(
            select(ActionRow.text)
            .join(AmbitionRow, AmbitionRow.id == ActionRow.ambition_id)
            .where(
                ActionRow.id.in_(given[start : start + 900]),
                AmbitionRow.table_kind == TableKind.BLUE.value,
            )
            .limit(1)
        ).scalar()
        if blue is not None:
            raise ValidationError(
                _("{action!r}: additional work (a blue table) has no status").format(
                    action=shorten(blue, 60)
                )
            )


def as_stored(session: Session, row_ids: list[int]) -> dict[str, StatusUpdate]:
    stored = {}
    for start in range(0, len(row_ids), 900):
        for row in session.execute(
            select(StatusUpdateRow.__table__).where(
                StatusUpdateRow.id.in_(row_ids[start : start + 900])
            )
        ).mappings():
            stored[row["action_id"]] = mapping_to_update(dict(row))
    return stored
