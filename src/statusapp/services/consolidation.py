"""Consolidation: many project leaders' workbooks merged into the central programme.

Per file, per field, a three-way merge against the values the file was exported with:
changed only in the file: applied; changed only centrally or the same on both sides: kept;
changed on both sides differently: a conflict, stored with base, central and incoming values as
an open item (or settled by `prefer`). Files go one at a time, each in its own transaction, so
a later file sees what an earlier one changed and two files changing one field conflict with
each other. A bad file is refused and recorded; the others go on. The same file twice changes
nothing the second time.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func, insert, or_, select, update
from sqlalchemy.orm import Session

from statusapp.errors import StatusappError, os_reason
from statusapp.services.conflicts import resolve_conflict
from statusapp.services.consolidation_report import (
    ConsolidationReport,
    FileResult,
)
from statusapp.services.context import EditContext, signer
from statusapp.services.database_merge import is_sqlite_file, plan_database_merge
from statusapp.services.merge import Conflict, FieldChange, recheck
from statusapp.services.programmes import as_utc, utc_now
from statusapp.services.rights import Operation, require
from statusapp.services.updates import (
    require_open_round,
)
from statusapp.services.workbook_import import prepare_import, write_changes
from statusapp.storage.schema import ConflictRow, ReceivedFileRow
from statusapp.translation import _, long_date, ngettext

PREFER_CHOICES = ("central", "incoming")
PARTLY_APPLIED = "partly applied"  # a received file's outcome: some changes were refused
Progress = Callable[[int, int, str], None]  # (files done, files in all, current file)


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def consolidate_files(
    context: EditContext,
    paths: list[Path],
    *,
    dry_run: bool = False,
    prefer: str | None = None,
    progress: Progress | None = None,
) -> ConsolidationReport:
    """Each file in turn, in its own transaction. A dry run runs the very same steps in a
    rehearsal of the database that is rolled back, so it shows what a real run does: a later
    file conflicting with an earlier one, a file given twice."""
    require(context.database, Operation.CONSOLIDATE)
    if prefer is not None and prefer not in PREFER_CHOICES:
        raise StatusappError(
            _("--prefer takes central or incoming, not {value!r}").format(value=prefer)
        )
    if not dry_run:
        return _run(context, paths, prefer, progress, _Backup(context))
    with context.database.rehearsal() as trial:
        report = _run(replace(context, database=trial), paths, prefer, progress, None, True)
    report.dry_run = True
    for result in report.files:
        if result.outcome == "applied":
            result.outcome = "dry run"
    return report


class _Backup:
    """The backup before a consolidation writes: made once, just before the first write, so
    a run that only finds files consolidated before or refused leaves the backups as they were
    (the last ten are kept, and each should be worth going back to)."""

    def __init__(self, context: EditContext) -> None:
        self.path = context.database.path
        self.made = False

    def before_writing(self) -> None:
        if self.made or self.path is None:
            return
        from statusapp.storage.backups import backup_database

        backup_database(self.path, "consolidation")
        self.made = True


def _run(
    context: EditContext,
    paths: list[Path],
    prefer: str | None,
    progress: Progress | None,
    backup: _Backup | None,
    rehearsal: bool = False,
) -> ConsolidationReport:
    report = ConsolidationReport()
    run = _ThisRun(backup, rehearsal)
    for index, path in enumerate(paths):
        path = Path(path)
        if progress is not None:
            progress(index, len(paths), path.name)
        report.files.append(_consolidate_one(context, path, prefer=prefer, run=run))
    if progress is not None:
        progress(len(paths), len(paths), "")
    return report


@dataclass(slots=True)
class _ThisRun:
    """What one run knows across its files: the backup to make before the first write,
    whether it is a rehearsal (a dry run), and the files it merged by content."""

    backup: _Backup | None
    rehearsal: bool
    merged: dict[str, str] = field(default_factory=dict)  # sha256 -> file name


def _consolidate_one(
    context: EditContext, path: Path, *, prefer: str | None, run: _ThisRun
) -> FileResult:
    backup = run.backup
    file_context = context.from_file("consolidate", path.name)
    try:
        digest = file_digest(path)
    except FileNotFoundError:  # as import says it
        return _refuse(context, path, None, _("file not found; check the folder and the file name"))
    except OSError as error:
        reason = _("cannot read the file ({reason})").format(reason=os_reason(error))
        return _refuse(context, path, None, reason)
    if digest in run.merged:  # the same content twice in one run (a copy, or given twice)
        message = _("the same file as {file}, given earlier in this run; nothing to do").format(
            file=run.merged[digest]
        )
        return FileResult(path, "already consolidated", message=message)
    previous = _already_applied(context, digest)
    if previous is not None:
        return _again(file_context, path, digest, previous, prefer=prefer, run=run)
    try:
        if is_sqlite_file(path):  # a laptop's working copy, merged without Excel
            plan = plan_database_merge(file_context, path)
        elif path.suffix.lower() == ".db":
            raise StatusappError(_("not a Statusapp database (empty, or not an SQLite file)"))
        else:
            plan = prepare_import(file_context, path)
    except StatusappError as error:
        reason = _without_path(str(error), path)
        return _refuse(context, path, digest, reason, owner=getattr(error, "owner", None))
    if backup is not None and (plan.changes or (plan.conflicts and prefer)):
        backup.before_writing()
    try:
        with context.database.session() as session:
            require_open_round(session, context.round_id)
            recheck(session, context.round_id, plan)  # what moved since planning: conflicts
            meanwhile = _applied_at(session, context.round_id, digest)  # the same file, at once
            if meanwhile is not None:
                raise _AppliedMeanwhile(meanwhile)
            write_changes(session, file_context, plan.changes)
            open_items = _settle_conflicts(session, file_context, plan.conflicts, prefer, digest)
            session.execute(
                insert(ReceivedFileRow).values(
                    round_id=context.round_id,
                    file_name=path.name,
                    sha256=digest,
                    owner=plan.owner,
                    handout_id=plan.handout_id,
                    exported_at=None,
                    received_at=utc_now(),
                    received_by=signer(context),
                    changes=len(plan.changes),
                    conflicts=len(open_items),
                    # Changes refused for approved updates come in when the file is given
                    # again after a reopen: such a file is not "consolidated before".
                    outcome=PARTLY_APPLIED if plan.locked else "applied",
                    message=plan.summary(),
                )
            )
    except _AppliedMeanwhile as applied:
        return _again(file_context, path, digest, applied.at, prefer=prefer, run=run)
    except StatusappError as error:
        reason = _("nothing applied: {reason}").format(reason=error)
        return _refuse(context, path, digest, reason, owner=plan.owner)
    settled = len(plan.conflicts) - len(open_items) if prefer else 0
    run.merged[digest] = path.name
    return FileResult(path, "applied", plan, open_conflicts=open_items, settled=settled)


class _AppliedMeanwhile(Exception):
    """Another consolidation applied the same file first; this one rolls back."""

    def __init__(self, at: datetime) -> None:
        super().__init__(at)
        self.at = at


def _again(
    context: EditContext,
    path: Path,
    digest: str,
    previous: datetime,
    *,
    prefer: str | None,
    run: _ThisRun,
) -> FileResult:
    """A file consolidated before changes nothing again; with `prefer` it settles the
    conflicts it left open."""
    local = previous.astimezone()
    when = _("{date} at {time}").format(date=long_date(local.date()), time=f"{local:%H:%M}")
    settled = 0
    if prefer is not None:
        try:
            settled = _settle_earlier(context, path, digest, prefer, run.backup)
        except StatusappError as error:
            reason = _("nothing settled: {reason}").format(reason=error)
            return _refuse(context, path, digest, reason)
    still_open = _count_open(context, path, digest)
    parts = [_("already consolidated on {when}").format(when=when)]
    if settled and run.rehearsal:
        parts.append(
            (
                ngettext(
                    "{count} of its conflicts would be settled: the database's value kept",
                    "{count} of its conflicts would be settled: the database's values kept",
                    settled,
                )
                if prefer == "central"
                else ngettext(
                    "{count} of its conflicts would be settled: the file's value taken",
                    "{count} of its conflicts would be settled: the file's values taken",
                    settled,
                )
            ).format(count=settled)
        )
    elif settled:
        parts.append(
            (
                ngettext(
                    "{count} of its conflicts settled: the database's value kept",
                    "{count} of its conflicts settled: the database's values kept",
                    settled,
                )
                if prefer == "central"
                else ngettext(
                    "{count} of its conflicts settled: the file's value taken",
                    "{count} of its conflicts settled: the file's values taken",
                    settled,
                )
            ).format(count=settled)
        )
    if still_open:
        parts.append(
            ngettext(
                "{count} of its conflicts still open (statusapp conflicts)",
                "{count} of its conflicts still open (statusapp conflicts)",
                still_open,
            ).format(count=still_open)
        )
    elif not settled:
        parts.append(_("nothing to do"))
    message = "; ".join(parts)
    return FileResult(
        path, "already consolidated", message=message, still_open=still_open, settled=settled
    )


def _from_file(context: EditContext, path: Path, digest: str) -> Any:
    """Open conflicts that came from this file (older ones carry only its name)."""
    return (
        ConflictRow.round_id == context.round_id,
        ConflictRow.resolved_at.is_(None),
        or_(
            ConflictRow.source_sha256 == digest,
            and_(ConflictRow.source_sha256.is_(None), ConflictRow.source_file == path.name),
        ),
    )


def _count_open(context: EditContext, path: Path, digest: str) -> int:
    with context.database.session(write=False) as session:
        return int(
            session.execute(
                select(func.count())
                .select_from(ConflictRow)
                .where(*_from_file(context, path, digest))
            ).scalar_one()
        )


def _settle_earlier(
    context: EditContext, path: Path, digest: str, prefer: str, backup: _Backup | None
) -> int:
    with context.database.session(write=False) as session:
        require_open_round(session, context.round_id)
        ids = list(
            session.execute(
                select(ConflictRow.id)
                .where(*_from_file(context, path, digest))
                .order_by(ConflictRow.id)
            ).scalars()
        )
    if ids and backup is not None:
        backup.before_writing()
    for conflict_id in ids:
        resolve_conflict(context, conflict_id, prefer)
    return len(ids)


def _settle_conflicts(
    session: Session,
    context: EditContext,
    conflicts: list[Conflict],
    prefer: str | None,
    digest: str,
) -> list[Conflict]:
    """Store each conflict as an open item or settle it as `prefer` says; returns the open ones."""
    now = utc_now()
    left_open: list[Conflict] = []
    for conflict in conflicts:
        existing = session.execute(
            select(ConflictRow.id).where(
                ConflictRow.round_id == context.round_id,
                ConflictRow.action_id == conflict.action_id,
                ConflictRow.field == conflict.field,
                ConflictRow.incoming_value == conflict.incoming,
                ConflictRow.resolved_at.is_(None),
            )
        ).first()
        if existing is not None and prefer is None:
            left_open.append(conflict)  # the same disagreement is already an open item
            continue
        if _decided_before(session, context.round_id, conflict, digest):
            continue  # this file given again (after a reopen): its conflicts were decided
        values: dict[str, Any] = {
            "round_id": context.round_id,
            "action_id": conflict.action_id,
            "field": conflict.field,
            "base_value": conflict.base,
            "central_value": conflict.current,
            "incoming_value": conflict.incoming,
            "incoming_by": context.source_file,
            "source_file": context.source_file,
            "source_sha256": digest,
            "detected_at": now,
        }
        if prefer == "incoming":
            change = FieldChange(
                conflict.action_id,
                conflict.label,
                conflict.field,
                conflict.current,
                conflict.incoming,
                conflict.cell,
                conflict.base,
            )
            write_changes(session, context, [change])
            values.update(
                resolved_at=now,
                resolved_by=signer(context),
                resolution="incoming",
                resolved_value=conflict.incoming,
            )
        elif prefer == "central":
            values.update(
                resolved_at=now,
                resolved_by=signer(context),
                resolution="central",
                resolved_value=conflict.current,
            )
        else:
            left_open.append(conflict)
        if existing is not None:  # settled now: the earlier open item goes with it
            session.execute(
                update(ConflictRow)
                .where(ConflictRow.id == existing[0])
                .values(
                    resolved_at=now,
                    resolved_by=signer(context),
                    resolution=prefer,
                    resolved_value=values["resolved_value"],
                )
            )
            continue
        session.execute(insert(ConflictRow).values(**values))
    return left_open


def _decided_before(session: Session, round_id: str, conflict: Conflict, digest: str) -> bool:
    return (
        session.execute(
            select(ConflictRow.id).where(
                ConflictRow.round_id == round_id,
                ConflictRow.action_id == conflict.action_id,
                ConflictRow.field == conflict.field,
                ConflictRow.incoming_value == conflict.incoming,
                ConflictRow.source_sha256 == digest,
                ConflictRow.resolved_at.is_not(None),
            )
        ).first()
        is not None
    )


def _already_applied(context: EditContext, digest: str) -> datetime | None:
    with context.database.session(write=False) as session:
        return _applied_at(session, context.round_id, digest)


def _applied_at(session: Session, round_id: str, digest: str) -> datetime | None:
    row = session.execute(
        select(ReceivedFileRow.received_at).where(
            ReceivedFileRow.round_id == round_id,
            ReceivedFileRow.sha256 == digest,
            ReceivedFileRow.outcome == "applied",
        )
    ).first()
    return as_utc(row[0]) if row else None


def _refuse(
    context: EditContext,
    path: Path,
    digest: str | None,
    message: str,
    *,
    owner: str | None = None,
) -> FileResult:
    """Recorded, with the owner when the file names one, so the round's progress shows the
    refusal at the project leader who sent it."""
    try:
        with context.database.session() as session:
            session.execute(
                insert(ReceivedFileRow).values(
                    round_id=context.round_id,
                    file_name=path.name,
                    sha256=digest or "",
                    owner=owner,
                    received_at=utc_now(),
                    received_by=signer(context),
                    changes=0,
                    conflicts=0,
                    outcome="refused",
                    message=message,
                )
            )
    except StatusappError:
        pass  # recording the refusal must not hide the reason
    return FileResult(path, "refused", message=message)


def _without_path(message: str, path: Path) -> str:
    prefix = f"{path}: "
    return message[len(prefix) :] if message.startswith(prefix) else message
