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
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func, insert, or_, select, update
from sqlalchemy.orm import Session

from statusapp.errors import StatusappError, os_reason
from statusapp.services.conflicts import resolve_conflict
from statusapp.services.context import EditContext
from statusapp.services.database_merge import is_sqlite_file, plan_database_merge
from statusapp.services.merge import Conflict, FieldChange, ImportPlan, recheck
from statusapp.services.programmes import as_utc, utc_now
from statusapp.services.updates import (
    require_open_round,
)
from statusapp.services.workbook_import import prepare_import, write_changes
from statusapp.storage.schema import ConflictRow, ReceivedFileRow
from statusapp.translation import _, long_date, ngettext

PREFER_CHOICES = ("central", "incoming")
CONFLICT_EXIT_CODE = 3
Progress = Callable[[int, int, str], None]  # (files done, files in all, current file)


@dataclass(slots=True)
class FileResult:
    path: Path
    outcome: str  # applied, already consolidated, refused, dry run
    plan: ImportPlan | None = None
    message: str = ""
    open_conflicts: list[Conflict] = field(default_factory=list)
    still_open: int = 0  # conflicts from an earlier run of this file, still open
    settled: int = 0  # conflicts of this file settled now as --prefer says

    def describe(self) -> str:
        name = self.path.name
        if self.outcome == "refused":
            return _("{file}: refused: {reason}").format(file=name, reason=self.message)
        if self.outcome == "already consolidated":
            return f"{name}: {self.message}"
        assert self.plan is not None
        summary = self.plan.summary()
        if self.outcome == "dry run":
            return _("{file}: would apply: {summary}").format(file=name, summary=summary)
        if self.settled:
            return ngettext(
                "{file}: applied: {summary} ({count} of the conflicts settled as preferred, "
                "written)",
                "{file}: applied: {summary} ({count} of the conflicts settled as preferred, "
                "written)",
                self.settled,
            ).format(file=name, summary=summary, count=self.settled)
        return _("{file}: applied: {summary}").format(file=name, summary=summary)

    @property
    def field_changes(self) -> int:
        if self.plan is None or self.outcome not in ("applied", "dry run"):
            return 0
        return len(self.plan.changes)

    @property
    def conflicts_open(self) -> int:
        """Open conflicts this file leaves: found now, or still open from an earlier run."""
        if self.outcome == "dry run" and self.plan is not None:
            return len(self.plan.conflicts)
        return len(self.open_conflicts) + self.still_open


@dataclass(slots=True)
class ConsolidationReport:
    files: list[FileResult] = field(default_factory=list)
    dry_run: bool = False

    @property
    def open_conflicts(self) -> list[tuple[Path, Conflict]]:
        return [
            (result.path, conflict) for result in self.files for conflict in result.open_conflicts
        ]

    @property
    def exit_code(self) -> int:
        """1 when any file was refused, 3 when conflicts are open, 0 when all went in."""
        if any(r.outcome == "refused" for r in self.files):
            return 1
        if any(r.conflicts_open for r in self.files):
            return CONFLICT_EXIT_CODE
        return 0

    def summary(self) -> str:
        """The last line: the files, then the fields; every count in its own plural."""

        applied = len([r for r in self.files if r.outcome in ("applied", "dry run")])
        refused = len([r for r in self.files if r.outcome == "refused"])
        changes = sum(r.field_changes for r in self.files)
        conflicts = sum(r.conflicts_open for r in self.files)
        files = len(self.files)
        if self.dry_run:
            return _("{files}: {readable}, {refused}; {changes}, {conflicts}").format(
                files=ngettext(
                    "{count} file (dry run, nothing written)",
                    "{count} files (dry run, nothing written)",
                    files,
                ).format(count=files),
                readable=ngettext("{count} readable", "{count} readable", applied).format(
                    count=applied
                ),
                refused=ngettext("{count} refused", "{count} refused", refused).format(
                    count=refused
                ),
                changes=ngettext(
                    "{count} field change would be applied",
                    "{count} field changes would be applied",
                    changes,
                ).format(count=changes),
                conflicts=ngettext("{count} conflict", "{count} conflicts", conflicts).format(
                    count=conflicts
                ),
            )
        text = _("{files}: {applied}, {refused}, {unchanged}; {changes}, {conflicts}").format(
            files=ngettext("{count} file", "{count} files", files).format(count=files),
            applied=ngettext("{count} applied", "{count} applied", applied).format(count=applied),
            refused=ngettext("{count} refused", "{count} refused", refused).format(count=refused),
            unchanged=ngettext(
                "{count} without changes", "{count} without changes", files - applied - refused
            ).format(count=files - applied - refused),
            changes=ngettext("{count} field change", "{count} field changes", changes).format(
                count=changes
            ),
            conflicts=ngettext("{count} open conflict", "{count} open conflicts", conflicts).format(
                count=conflicts
            ),
        )
        settled = sum(r.settled for r in self.files)
        if settled:
            text = ngettext(
                "{summary}, {count} conflict settled as preferred",
                "{summary}, {count} conflicts settled as preferred",
                settled,
            ).format(summary=text, count=settled)
        return text


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
    if prefer is not None and prefer not in PREFER_CHOICES:
        raise StatusappError(
            _("--prefer takes central or incoming, not {value!r}").format(value=prefer)
        )
    report = ConsolidationReport(dry_run=dry_run)
    if not dry_run and context.database.path is not None:
        from statusapp.storage.backups import backup_database

        backup_database(context.database.path, "consolidation")  # before anything changes
    for index, path in enumerate(paths):
        path = Path(path)
        if progress is not None:
            progress(index, len(paths), path.name)
        report.files.append(_consolidate_one(context, path, dry_run=dry_run, prefer=prefer))
    if progress is not None:
        progress(len(paths), len(paths), "")
    return report


def _consolidate_one(
    context: EditContext, path: Path, *, dry_run: bool, prefer: str | None
) -> FileResult:
    file_context = context.from_file("consolidate", path.name)
    try:
        digest = file_digest(path)
    except OSError as error:
        reason = _("cannot read the file ({reason})").format(reason=os_reason(error))
        return _refuse(context, path, None, reason, dry_run)
    previous = _already_applied(context, digest)
    if previous is not None:
        return _again(file_context, path, digest, previous, dry_run=dry_run, prefer=prefer)
    try:
        if is_sqlite_file(path):  # a laptop's working copy, merged without Excel
            plan = plan_database_merge(file_context, path)
        elif path.suffix.lower() == ".db":
            raise StatusappError(_("not a Statusapp database (empty, or not an SQLite file)"))
        else:
            plan = prepare_import(file_context, path)
    except StatusappError as error:
        return _refuse(context, path, digest, _without_path(str(error), path), dry_run)
    if dry_run:
        return FileResult(path, "dry run", plan)
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
                    received_by=context.user,
                    changes=len(plan.changes),
                    conflicts=len(open_items),
                    outcome="applied",
                    message=plan.summary(),
                )
            )
    except _AppliedMeanwhile as applied:
        return _again(file_context, path, digest, applied.at, dry_run=dry_run, prefer=prefer)
    except StatusappError as error:
        reason = _("nothing applied: {reason}").format(reason=error)
        return _refuse(context, path, digest, reason, dry_run)
    settled = len(plan.conflicts) - len(open_items) if prefer else 0
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
    dry_run: bool,
    prefer: str | None,
) -> FileResult:
    """A file consolidated before changes nothing again; with `prefer` it settles the
    conflicts it left open."""
    local = previous.astimezone()
    when = _("{date} at {time}").format(date=long_date(local.date()), time=f"{local:%H:%M}")
    settled = 0
    if prefer is not None and not dry_run:
        try:
            settled = _settle_earlier(context, path, digest, prefer)
        except StatusappError as error:
            reason = _("nothing settled: {reason}").format(reason=error)
            return _refuse(context, path, digest, reason, dry_run)
    still_open = _count_open(context, path, digest)
    parts = [_("already consolidated on {when}").format(when=when)]
    if settled:
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


def _settle_earlier(context: EditContext, path: Path, digest: str, prefer: str) -> int:
    with context.database.session() as session:
        require_open_round(session, context.round_id)
        ids = list(
            session.execute(
                select(ConflictRow.id)
                .where(*_from_file(context, path, digest))
                .order_by(ConflictRow.id)
            ).scalars()
        )
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
                resolved_by=context.user,
                resolution="incoming",
                resolved_value=conflict.incoming,
            )
        elif prefer == "central":
            values.update(
                resolved_at=now,
                resolved_by=context.user,
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
                    resolved_by=context.user,
                    resolution=prefer,
                    resolved_value=values["resolved_value"],
                )
            )
            continue
        session.execute(insert(ConflictRow).values(**values))
    return left_open


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
    context: EditContext, path: Path, digest: str | None, message: str, dry_run: bool
) -> FileResult:
    if not dry_run:
        try:
            with context.database.session() as session:
                session.execute(
                    insert(ReceivedFileRow).values(
                        round_id=context.round_id,
                        file_name=path.name,
                        sha256=digest or "",
                        owner=None,
                        received_at=utc_now(),
                        received_by=context.user,
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
