"""Importing an edited workbook: what changed against what was exported, then apply it at once.

Each field (status, planned, explanation) is compared three ways: the value exported (base),
the value in the workbook, and the value in the database now. A field the workbook changed is
applied when the database still has the base value; one both sides changed differently is a
conflict and is left alone. Text edits, new rows and sub-item plannings are proposals only;
rows that went missing are reported, never deleted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from statusapp.domain import (
    Action,
    Programme,
    ReportingRound,
    ReviewState,
    Status,
    StatusUpdate,
)
from statusapp.domain.planned import parse_planned
from statusapp.domain.status import parse_status_text
from statusapp.errors import PlannedTextError, StatusappError
from statusapp.excel.reader import SheetRow, WorkbookContent, WorkbookError, read_workbook
from statusapp.services.context import EditContext
from statusapp.services.programmes import choose_programme, current_round, load_actions
from statusapp.services.report_tables import action_cell, ambition_text, split_planned_cell
from statusapp.services.updates import require_open_round, write_status_updates

FIELDS = ("status", "planned", "explanation")


@dataclass(frozen=True, slots=True)
class FieldChange:
    action_id: str
    label: str
    field: str
    old: str  # in the database now
    new: str  # from the workbook
    cell: str


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
    source: Path
    changes: list[FieldChange] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    locked: list[FieldChange] = field(default_factory=list)  # changes to approved updates
    proposals: list[Proposal] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # labels of exported rows not found
    unchanged: int = 0
    owner: str | None = None  # the project leader the workbook was exported for

    @property
    def changed_actions(self) -> int:
        return len({change.action_id for change in self.changes})

    def summary(self) -> str:
        text = (
            f"{self.changed_actions} changed, {self.unchanged} unchanged, "
            f"{len(self.proposals)} proposals"
        )
        if self.conflicts:
            text += f", {len(self.conflicts)} conflicts"
        if self.locked:
            text += f", {len(self.locked)} changes to approved updates refused"
        if self.missing:
            text += f", {len(self.missing)} rows missing from the workbook"
        return text


@dataclass(slots=True)
class ImportTarget:
    """What a workbook is compared with: the programme, its current round, and the actions
    the workbook names, as they are now."""

    programme: Programme
    round: ReportingRound
    actions: dict[str, Action]


def plan_import(context: EditContext, content: WorkbookContent, tree: ImportTarget) -> ImportPlan:
    """Everything the workbook would change, checked; nothing is written."""
    _check_programme_and_round(content, tree)
    actions = tree.actions
    plan = ImportPlan(content.path, owner=content.meta.get("owner"))
    seen: dict[str, str] = {}
    ambitions_checked: set[str] = set()
    pillar_titles = {p["title"] for p in content.pillars.values()}
    for row in content.rows:
        if row.action_id is None:
            _plan_unidentified(plan, row, pillar_titles)
            continue
        if row.action_id in seen:
            raise WorkbookError(
                f"{content.path}: the id of {row.cell('A')} appears again at "
                f"{seen[row.action_id]}; rows must not be copied"
            )
        seen[row.action_id] = row.cell("A")
        base = content.actions.get(row.action_id)
        action = actions.get(row.action_id)
        if base is None or action is None:
            raise WorkbookError(
                f"{content.path}: row {row.cell('A')} has an unknown id {row.action_id}; "
                "ids must not be edited"
            )
        _plan_row(plan, content, row, base, action)
        ambition_id = base.get("ambition_id")
        if row.ambition_cell and ambition_id not in ambitions_checked:
            ambitions_checked.add(ambition_id)
            _plan_ambition_text(plan, content, row, ambition_id)
    for action_id, base in content.actions.items():
        if action_id not in seen:
            label = f"{base.get('number', '')} {base.get('text', '')}".strip()
            plan.missing.append(f"{base.get('sheet')} row {base.get('row')}: {label[:80]}")
    return plan


def _check_programme_and_round(content: WorkbookContent, tree: ImportTarget) -> None:
    meta = content.meta
    programme, round_ = meta.get("programme", {}), meta.get("round", {})
    if programme.get("id") != tree.programme.id:
        raise WorkbookError(
            f"{content.path}: the workbook belongs to {programme.get('name')!r} "
            f"({programme.get('organisation')}), this database holds {tree.programme.name!r} "
            f"({tree.programme.organisation}); refused"
        )
    if round_.get("id") == tree.round.id and tree.round.closed:
        raise WorkbookError(
            f"{content.path}: the round {tree.round.name!r} is closed; "
            "its updates can no longer change"
        )
    if round_.get("id") != tree.round.id:
        raise WorkbookError(
            f"{content.path}: the workbook is from the round {round_.get('name')!r}, the current "
            f"round is {tree.round.name!r}; refused"
        )


def _plan_unidentified(plan: ImportPlan, row: SheetRow, pillar_titles: set[str]) -> None:
    if not (row.action_cell.strip() or row.explanation.strip() or (row.status_cell or "").strip()):
        return  # an empty row, or a section row of the blue table
    if not row.action_cell.strip() and row.ambition_cell.strip() in pillar_titles:
        return
    cells = (row.action_cell, row.planned_cell, row.status_cell or "", row.explanation)
    summary = " | ".join(part.strip() for part in cells if part.strip())
    plan.proposals.append(Proposal("new action", row.cell("B"), "", summary))


def _plan_row(
    plan: ImportPlan, content: WorkbookContent, row: SheetRow, base: dict[str, Any], action: Action
) -> None:
    label = action.label[:80]
    base_action = _base_action(base)
    if row.action_cell.replace("\r\n", "\n").strip() != action_cell(base_action).strip():
        plan.proposals.append(
            Proposal("text", row.cell("B"), action_cell(base_action), row.action_cell)
        )
    incoming: dict[str, str] = {"explanation": row.explanation.replace("\r\n", "\n").strip()}
    if row.status_cell is not None:
        try:
            incoming["status"] = parse_status_text(row.status_cell).value
        except ValueError as error:
            raise WorkbookError(f"{content.path}: {row.cell(row.status_column)}: {error}") from None
    try:
        own, items = split_planned_cell(row.planned_cell, base_action)
        parse_planned(own)
    except (ValueError, PlannedTextError) as error:
        raise WorkbookError(f"{content.path}: {row.cell(row.planned_column)}: {error}") from None
    incoming["planned"] = own
    if items is not None and items != [item.planned for item in base_action.sub_items]:
        plan.proposals.append(
            Proposal(
                "sub-items",
                row.cell(row.planned_column),
                " / ".join(i.planned for i in base_action.sub_items),
                " / ".join(items),
            )
        )
    changed = False
    for name in FIELDS:
        if name not in incoming:
            continue
        base_value = _normalise(name, base.get(name, ""))
        new_value = incoming[name]
        current = _normalise(name, getattr(action.update, name))
        if _normalise(name, new_value) == base_value or _normalise(name, new_value) == current:
            continue  # not changed in the workbook, or already so in the database
        cell = row.cell({"status": row.status_column, "planned": row.planned_column}.get(name, "E"))
        if action.update.review is ReviewState.APPROVED:
            plan.locked.append(FieldChange(action.id, label, name, current, new_value, cell))
        elif current != base_value:
            plan.conflicts.append(
                Conflict(action.id, label, name, base_value, current, new_value, cell)
            )
        else:
            plan.changes.append(FieldChange(action.id, label, name, current, new_value, cell))
            changed = True
    if not changed:
        plan.unchanged += 1


def _normalise(name: str, value: Any) -> str:
    text = "" if value is None else str(value)
    if name == "explanation":
        return text.replace("\r\n", "\n").strip()
    if name == "planned":
        return " ".join(text.split())
    return text


def _base_action(base: dict[str, Any]) -> Action:
    from statusapp.domain import StatusUpdate, SubItem

    return Action(
        id="",
        number=base.get("number", ""),
        text=base.get("text", ""),
        update=StatusUpdate(
            Status(base.get("status", "none")), base.get("planned", ""), base.get("explanation", "")
        ),
        sub_items=[
            SubItem(i.get("text", ""), i.get("planned", "")) for i in base.get("sub_items", [])
        ],
    )


def _plan_ambition_text(
    plan: ImportPlan, content: WorkbookContent, row: SheetRow, ambition_id: Any
) -> None:
    from statusapp.domain import Ambition, TableKind

    data = content.ambitions.get(ambition_id) or {}
    ambition = Ambition(
        id=str(ambition_id),
        table=TableKind(data.get("table", "green")),
        title=data.get("title", ""),
        description=data.get("description", ""),
        note=data.get("note", ""),
    )
    title, rest = ambition_text(ambition)
    exported = "\n".join(part for part in (title, rest) if part)
    if " ".join(row.ambition_cell.split()) != " ".join(exported.split()):
        plan.proposals.append(Proposal("ambition", row.cell("A"), exported, row.ambition_cell))


def apply_import(
    context: EditContext, plan: ImportPlan, *, reverse: bool = False
) -> dict[str, StatusUpdate]:
    """Apply every change in one transaction: all of them or, on any error, none.

    `reverse` puts the values back that the changes replaced (undo). Returns the new updates.
    """
    with context.database.session() as session:
        require_open_round(session, context.round_id)
        return write_changes(session, context, plan.changes, reverse=reverse)


def write_changes(
    session: Any, context: EditContext, changes: list[FieldChange], *, reverse: bool = False
) -> dict[str, StatusUpdate]:
    """Write field changes inside the caller's transaction, action by action."""
    by_action: dict[str, dict[str, Any]] = {}
    cells: dict[str, list[str]] = {}
    for change in changes:
        text = change.old if reverse else change.new
        value: Any = Status(text) if change.field == "status" else text
        by_action.setdefault(change.action_id, {})[change.field] = value
        cells.setdefault(change.action_id, []).append(change.cell)
    details = {action_id: ", ".join(cells[action_id]) for action_id in by_action}
    return write_status_updates(session, context, by_action, details)


def prepare_import(context: EditContext, path: Path) -> ImportPlan:
    """Read and check a workbook and work out its changes; nothing is written."""
    content = read_workbook(path)
    with context.database.session() as session:
        programme = choose_programme(session, context.programme_id)
        round_ = current_round(session, programme.id)
        if round_.id != context.round_id:
            raise WorkbookError(
                f"{path}: the current round changed meanwhile; open the programme again"
            )
        actions = load_actions(session, context.round_id, list(content.actions))
    return plan_import(context, content, ImportTarget(programme, round_, actions))


@dataclass(slots=True)
class ImportResult:
    plan: ImportPlan
    applied: bool


def import_workbook(context: EditContext, path: Path, *, dry_run: bool = False) -> ImportResult:
    context = context.from_file("import", Path(path).name)
    plan = prepare_import(context, path)
    if not dry_run and plan.changes:
        try:
            apply_import(context, plan)
        except StatusappError as error:
            raise WorkbookError(f"{path}: nothing was imported: {error}") from None
    return ImportResult(plan, applied=not dry_run)
