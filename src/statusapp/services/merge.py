"""The one three-way merge: per field, the value handed out (base), the value coming back
(incoming) and the central value now (current).

Workbook import, consolidation of workbooks and consolidation of laptop databases all decide
with `decide`, and all re-decide with `recheck` inside the transaction that writes, so a value
saved by someone else between planning and writing becomes a conflict instead of being
overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from statusapp.domain import ReviewState
from statusapp.translation import _, ngettext

MERGED_FIELDS = ("status", "planned", "explanation", "owner")


class Decision(Enum):
    UNCHANGED = "unchanged"  # not changed coming back, or already so centrally
    APPLY = "apply"  # changed only coming back
    CONFLICT = "conflict"  # changed on both sides, differently (or the base is not trusted)
    LOCKED = "locked"  # changed coming back, but the central update is approved


def normalise(name: str, value: Any) -> str:
    """The form two values are compared in: line ends and outer blanks (explanation), runs of
    blanks (planned, owner) do not count as changes."""
    text = "" if value is None else str(value)
    if name == "explanation":
        return text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if name in ("planned", "owner"):
        return " ".join(text.split())
    return text


def decide(
    name: str,
    base: Any,
    incoming: Any,
    current: Any,
    *,
    approved: bool = False,
    base_trusted: bool = True,
) -> Decision:
    """What to do with one field. `base_trusted` is False when the file's own copy of what was
    handed out disagrees with the central record: then its changes are conflicts, never applied
    unseen."""
    base_value, new, now = (normalise(name, v) for v in (base, incoming, current))
    if new == now or new == base_value:
        return Decision.UNCHANGED
    if approved and name != "owner":  # owners live on the action, not on the approved update
        return Decision.LOCKED
    if now != base_value or not base_trusted:
        return Decision.CONFLICT
    return Decision.APPLY


@dataclass(frozen=True, slots=True)
class CurrentValues:
    """An action's mergeable values as the central database holds them now."""

    status: str
    planned: str
    explanation: str
    owner: str
    approved: bool

    def get(self, name: str) -> str:
        return str(getattr(self, name))


def current_values(
    session: Session, round_id: str, action_ids: list[str], *, lock: bool = False
) -> dict[str, CurrentValues]:
    """The central values of actions in a round; `lock` holds their update rows until the
    transaction ends (PostgreSQL: a concurrent writer waits, then re-reads)."""
    from statusapp.services.updates import owners_of
    from statusapp.storage.schema import StatusUpdateRow

    found: dict[str, CurrentValues] = {}
    for start in range(0, len(action_ids), 900):
        chunk = action_ids[start : start + 900]
        query = (
            select(
                StatusUpdateRow.action_id,
                StatusUpdateRow.status,
                StatusUpdateRow.planned,
                StatusUpdateRow.explanation,
                StatusUpdateRow.review,
            )
            .where(StatusUpdateRow.round_id == round_id, StatusUpdateRow.action_id.in_(chunk))
            .order_by(StatusUpdateRow.action_id)  # one lock order: no deadlock between writers
        )
        if lock:
            query = query.with_for_update()
        updates = {row.action_id: row for row in session.execute(query)}
        owners = owners_of(session, chunk)
        for action_id in chunk:
            if action_id not in owners:
                continue  # deleted centrally
            update = updates.get(action_id)
            found[action_id] = CurrentValues(
                update.status if update else "none",
                update.planned if update else "",
                update.explanation if update else "",
                owners[action_id] or "",
                bool(update and update.review == ReviewState.APPROVED.value),
            )
    return found


# --- what a returned file would change -----------------------------------------------------


@dataclass(frozen=True, slots=True)
class FieldChange:
    action_id: str
    label: str
    field: str
    old: str  # in the database now
    new: str  # from the file
    cell: str
    base: str = ""  # as handed out


@dataclass(frozen=True, slots=True)
class Conflict:
    action_id: str
    label: str
    field: str
    base: str
    current: str
    incoming: str
    cell: str


@dataclass(frozen=True, slots=True)
class Proposal:
    kind: str  # "text", "ambition", "new action", "sub-items"
    cell: str
    old: str
    new: str


@dataclass(slots=True)
class ImportPlan:
    """What a returned workbook or laptop database would change, field by field."""

    source: Path
    changes: list[FieldChange] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    locked: list[FieldChange] = field(default_factory=list)  # changes to approved updates
    proposals: list[Proposal] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # labels of exported rows not found
    compared: int = 0  # rows (actions) compared
    owner: str | None = None  # the project leader the file was handed out to
    handout_id: str | None = None  # the hand-out the file answers
    # (action id, field) whose value as handed out is not known for sure (the file's copy
    # differs from the central record, or the field changed here since): changes conflict.
    untrusted: set[tuple[str, str]] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)  # what the reader should know
    moved: int = 0  # planned changes that changed centrally before they could be written

    @property
    def changed_actions(self) -> int:
        return len({change.action_id for change in self.changes})

    @property
    def unchanged(self) -> int:
        return max(0, self.compared - self.changed_actions)

    def summary(self) -> str:
        """ "1 changed, 125 unchanged, 0 proposals, ...": each count in its own plural."""

        changed, unchanged = self.changed_actions, self.unchanged
        parts = [
            ngettext("{count} changed", "{count} changed", changed).format(count=changed),
            ngettext("{count} unchanged", "{count} unchanged", unchanged).format(count=unchanged),
            ngettext("{count} proposal", "{count} proposals", len(self.proposals)).format(
                count=len(self.proposals)
            ),
        ]
        if self.conflicts:
            conflicts = ngettext(
                "{count} conflict", "{count} conflicts", len(self.conflicts)
            ).format(count=len(self.conflicts))
            if self.moved:
                conflicts = ngettext(
                    "{conflicts} ({count} of them changed centrally meanwhile)",
                    "{conflicts} ({count} of them changed centrally meanwhile)",
                    self.moved,
                ).format(conflicts=conflicts, count=self.moved)
            parts.append(conflicts)
        if self.locked:
            parts.append(
                ngettext(
                    "{count} change to an approved update refused",
                    "{count} changes to approved updates refused",
                    len(self.locked),
                ).format(count=len(self.locked))
            )
        if self.missing:
            parts.append(
                ngettext(
                    "{count} row missing from the workbook",
                    "{count} rows missing from the workbook",
                    len(self.missing),
                ).format(count=len(self.missing))
            )
        return ", ".join(parts)

    def add(
        self,
        action_id: str,
        label: str,
        name: str,
        base: str,
        incoming: str,
        current: CurrentValues,
        cell: str,
    ) -> Decision:
        """Decide one field and file it under changes, conflicts or locked."""
        now = current.get(name)
        decision = decide(
            name,
            base,
            incoming,
            now,
            approved=current.approved,
            base_trusted=(action_id, name) not in self.untrusted,
        )
        if decision is Decision.APPLY:
            self.changes.append(FieldChange(action_id, label, name, now, incoming, cell, base))
        elif decision is Decision.CONFLICT:
            self.conflicts.append(Conflict(action_id, label, name, base, now, incoming, cell))
        elif decision is Decision.LOCKED:
            self.locked.append(FieldChange(action_id, label, name, now, incoming, cell, base))
        return decision


def recheck(session: Session, round_id: str, plan: ImportPlan) -> None:
    """Decide every planned field again against the central values as they are now, with the
    rows locked until the caller's transaction ends: what moved since planning becomes a
    conflict (or nothing to do), never an overwrite."""
    items = [(c.action_id, c.label, c.field, c.base, c.new, c.cell) for c in plan.changes]
    items += [(c.action_id, c.label, c.field, c.base, c.incoming, c.cell) for c in plan.conflicts]
    items += [(c.action_id, c.label, c.field, c.base, c.new, c.cell) for c in plan.locked]
    planned_changes = {(c.action_id, c.field) for c in plan.changes}
    ids = sorted({item[0] for item in items})
    now = current_values(session, round_id, ids, lock=True)
    plan.changes, plan.conflicts, plan.locked = [], [], []
    plan.moved = 0
    for action_id, label, name, base, incoming, cell in items:
        current = now.get(action_id)
        if current is None:
            deleted = _("{action} (deleted centrally meanwhile)").format(action=label)
            if deleted not in plan.missing:
                plan.missing.append(deleted)
            if (action_id, name) in planned_changes:
                plan.moved += 1
            continue
        decision = plan.add(action_id, label, name, base, incoming, current, cell)
        if (action_id, name) in planned_changes and decision is not Decision.APPLY:
            plan.moved += 1
