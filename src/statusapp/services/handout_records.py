"""The central database's own record of every workbook it handed out.

A returned file's merge base is taken from this record: the copy inside the workbook's hidden
sheet is only compared with it, since whoever holds the file could have changed it (copying
the central value there would turn a conflict into a silent overwrite).
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from statusapp.services.programmes import as_utc, utc_now
from statusapp.storage.schema import HandoutRow

BASE_FIELDS = ("status", "planned", "explanation", "owner")


@dataclass(frozen=True, slots=True)
class HandoutRecord:
    id: str
    round_id: str
    owner: str | None
    file_name: str
    exported_at: datetime
    exported_by: str
    handed_out: dict[str, dict[str, Any]]  # by action id: revision and the BASE_FIELDS


def record_handout(
    session: Session,
    *,
    handout_id: str,
    round_id: str,
    owner: str | None,
    file_name: str,
    user: str,
    handed_out: dict[str, dict[str, Any]],
) -> None:
    """Keep what a workbook held for each of its actions, as handed out."""
    values = {
        action_id: {key: entry.get(key) for key in ("revision", *BASE_FIELDS)}
        for action_id, entry in handed_out.items()
    }
    packed = zlib.compress(json.dumps(values, ensure_ascii=False).encode("utf-8"), 1)
    session.execute(
        insert(HandoutRow).values(
            id=handout_id,
            round_id=round_id,
            owner=owner,
            file_name=file_name,
            exported_at=utc_now(),
            exported_by=user,
            action_count=len(values),
            handed_out=packed,
        )
    )


def load_handout(session: Session, handout_id: str | None) -> HandoutRecord | None:
    """The record of a hand-out, or None when this database did not hand it out."""
    if not handout_id:
        return None
    row = session.get(HandoutRow, handout_id)
    if row is None:
        return None
    values = json.loads(zlib.decompress(row.handed_out).decode("utf-8"))
    return HandoutRecord(
        row.id,
        row.round_id,
        row.owner,
        row.file_name,
        as_utc(row.exported_at) or row.exported_at,
        row.exported_by,
        values,
    )


def differs_from_record(
    in_file: dict[str, Any], recorded: dict[str, Any] | None, fields: tuple[str, ...]
) -> bool:
    """True when a file's copy of what was handed out is not what the record says."""
    from statusapp.services.merge import normalise

    if recorded is None:
        return True
    return any(
        normalise(name, in_file.get(name)) != normalise(name, recorded.get(name)) for name in fields
    )
