"""Importing an edited workbook: what changed against what was exported, then apply it at once.

Each field (status, planned, explanation) is compared three ways: the value exported (base),
the value in the workbook, and the value in the database now. A field the workbook changed is
applied when the database still has the base value; one both sides changed differently is a
conflict and is left alone. Text edits, new rows and sub-item plannings are proposals only;
rows that went missing are reported, never deleted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from statusapp.domain import (
    Action,
    Programme,
    ReportingRound,
    ReviewState,
    Status,
    StatusUpdate,
)
from statusapp.domain.labels import field_label, row_name, shorten
from statusapp.domain.planned import parse_planned
from statusapp.domain.status import parse_status_text
from statusapp.domain.text_rules import InvalidTextError, check_text
from statusapp.errors import PlannedTextError, StatusappError
from statusapp.excel.reader import SheetRow, WorkbookContent, WorkbookError, read_workbook
from statusapp.excel.workbook_content import cell_problems, check_belongs_to, date_cell_problems
from statusapp.report.tables import action_cell, ambition_text, split_planned_cell
from statusapp.services.context import EditContext, ValidationError
from statusapp.services.handout_records import HandoutRecord, differs_from_record, load_handout
from statusapp.services.merge import (
    MERGED_FIELDS,
    Conflict,
    CurrentValues,
    FieldChange,
    ImportPlan,
    Proposal,
    current_values,
    normalise,
    recheck,
)
from statusapp.services.programmes import as_utc, choose_programme, current_round, load_actions
from statusapp.services.updates import (
    require_open_round,
    set_owner_in_session,
    write_status_updates,
)
from statusapp.services.working_copy import handed_out_id, is_working_copy
from statusapp.storage.schema import ChangeLogRow
from statusapp.translation import _, long_date, ngettext

FIELDS = ("status", "planned", "explanation")

__all__ = ["Conflict", "FieldChange", "ImportPlan", "Proposal", "import_workbook"]


@dataclass(slots=True)
class ImportTarget:
    """What a workbook is compared with: the programme, its current round, and the actions
    the workbook names, as they are now."""

    programme: Programme
    round: ReportingRound
    actions: dict[str, Action]
    record: HandoutRecord | None = None  # what this database handed out in the workbook
    working_copy: bool = False  # a laptop's copy: it hands nothing out, so keeps no record
    # Without a record: (action id, field) changed here since the workbook was exported.
    changed_since_export: set[tuple[str, str]] = field(default_factory=set)


def plan_import(context: EditContext, content: WorkbookContent, tree: ImportTarget) -> ImportPlan:
    """Everything the workbook would change, checked; nothing is written."""
    _check_programme_and_round(content, tree)
    actions = tree.actions
    plan = ImportPlan(content.path, owner=content.meta.get("owner"))
    plan.handout_id = handed_out_id(content.meta)
    bases = _merge_bases(plan, content, tree)
    places = _RowPlaces(content)
    seen: dict[str, str] = {}
    ambitions_checked: set[str] = set()
    # Every bad cell, refused together (one trip back, not three), formulas included.
    problems: list[str] = list(content.bad_cells)
    pillar_titles = {p["title"] for p in content.pillars.values()}
    for row in content.rows:
        if row.action_id is None:
            _plan_unidentified(plan, row, pillar_titles)
            continue
        if row.action_id in seen:
            raise WorkbookError(
                _(
                    "{path}: {row} has the hidden id of row {first} again; rows must not be "
                    "copied with their id"
                ).format(
                    path=content.path, row=row_name(row.sheet, row.row), first=seen[row.action_id]
                )
            )
        seen[row.action_id] = str(row.row)
        exported = content.actions.get(row.action_id)
        action = actions.get(row.action_id)
        if exported is None:
            raise WorkbookError(
                _(
                    "{path}: {row} has an unknown id {id} in its hidden id column; ids must not "
                    "be edited"
                ).format(path=content.path, row=row_name(row.sheet, row.row), id=row.action_id)
            )
        if action is None:  # deleted centrally since the export: listed, nothing lands
            label = shorten(f"{exported.get('number', '')} {exported.get('text', '')}", 80)
            plan.missing.append(
                _("{row}: {action} (deleted centrally; its values are not applied)").format(
                    row=row_name(row.sheet, row.row), action=label
                )
            )
            continue
        places.check(row)
        problems += _plan_row(
            plan, content, row, exported, bases.get(row.action_id, exported), action
        )
        ambition_id = exported.get("ambition_id")
        if row.ambition_cell and ambition_id not in ambitions_checked:
            ambitions_checked.add(ambition_id)
            _plan_ambition_text(plan, content, row, ambition_id)
    places.check_moved_explanations([row for row in content.rows if row.action_id in seen])
    for action_id, exported in content.actions.items():
        if action_id not in seen:
            label = shorten(f"{exported.get('number', '')} {exported.get('text', '')}", 80)
            plan.missing.append(
                _("{row}: {action}").format(
                    row=row_name(str(exported.get("sheet")), str(exported.get("row"))),
                    action=label,
                )
            )
    if problems:
        raise WorkbookError(cell_problems(content.path, problems))
    return plan


def _merge_bases(
    plan: ImportPlan, content: WorkbookContent, tree: ImportTarget
) -> dict[str, dict[str, Any]]:
    """The values each row was handed out with: the central record's where it has one. Rows
    whose hidden copy differs from the record are marked untrusted (their changes conflict).
    Without a record, a field the change log shows changed here since the export is untrusted
    too: the hidden copy alone never overwrites a colleague."""
    record = tree.record
    if record is None:
        plan.untrusted |= tree.changed_since_export
        if plan.handout_id is not None and not tree.working_copy:
            plan.notes.append(
                _(
                    "this database has no record of handing out this workbook; its own copy of "
                    "the handed-out values is used, and rows changed here since the export are "
                    "conflicts"
                )
            )
        return {}
    for action_id, exported in content.actions.items():
        if differs_from_record(exported, record.handed_out.get(action_id), FIELDS):
            plan.untrusted |= {(action_id, name) for name in MERGED_FIELDS}
    if plan.untrusted:
        count = len({action for action, _field in plan.untrusted})
        handed_out = record.exported_at.astimezone()
        plan.notes.append(
            ngettext(
                "{count} row's hidden values differ from what was handed out (handed out on "
                "{date} at {time}); its changes are conflicts, not applied",
                "{count} rows' hidden values differ from what was handed out (handed out on "
                "{date} at {time}); their changes are conflicts, not applied",
                count,
            ).format(count=count, date=long_date(handed_out.date()), time=f"{handed_out:%H:%M}")
        )
    return record.handed_out


class _RowPlaces:
    """Catches rows whose visible cells belong to another exported row than their hidden id
    (a sort of some columns only, or a paste): they would land on the wrong action."""

    def __init__(self, content: WorkbookContent) -> None:
        self.content = content
        self.texts: dict[str, str] = {}  # action id -> its exported action cell
        self.by_text: dict[str, set[str]] = {}
        for action_id, exported in content.actions.items():
            text = _cell_text(action_cell(_base_action(exported)))
            self.texts[action_id] = text
            self.by_text.setdefault(text, set()).add(action_id)

    def check(self, row: SheetRow) -> None:
        text = _cell_text(row.action_cell)
        others = self.by_text.get(text, set()) - {row.action_id}
        if others and text != self.texts[row.action_id or ""]:
            self._refuse(row, sorted(others)[0])

    def check_moved_explanations(self, rows: list[SheetRow]) -> None:
        """Explanations that changed places (columns C:E or D:E sorted or pasted without B):
        a row holds another row's exported explanation while its own turns up elsewhere. A copy
        (the other row keeps its text, this row's text is gone) is an edit, not a move."""
        exported = {
            action_id: normalise("explanation", entry.get("explanation"))
            for action_id, entry in self.content.actions.items()
        }
        counts: dict[str, int] = {}
        for text in exported.values():
            counts[text] = counts.get(text, 0) + 1
        owner = {
            text: action_id for action_id, text in exported.items() if text and counts[text] == 1
        }
        incoming = {row.action_id: normalise("explanation", row.explanation) for row in rows}
        arrived_at = {text: action_id for action_id, text in incoming.items()}
        for row in rows:
            source = owner.get(incoming[row.action_id])
            own = exported.get(row.action_id or "", "")
            moved_to = arrived_at.get(own) if own and owner.get(own) == row.action_id else None
            if source not in (None, row.action_id) and moved_to not in (None, row.action_id):
                self._refuse(row, source)

    def _refuse(self, row: SheetRow, other_id: str) -> None:
        other = self.content.actions[other_id]
        raise WorkbookError(
            _(
                "{path}: {row}: its texts belong to the row exported as {other}, but its "
                "hidden id is another action's (were some columns sorted or pasted without the "
                "others?); nothing was imported"
            ).format(
                path=self.content.path,
                row=row_name(row.sheet, row.row),
                other=row_name(str(other.get("sheet")), str(other.get("row"))),
            )
        )


def _cell_text(text: str) -> str:
    return " ".join(text.split())


def _check_programme_and_round(content: WorkbookContent, tree: ImportTarget) -> None:
    programme, round_ = tree.programme, tree.round
    held = (programme.id, programme.name)
    check_belongs_to(
        content, held, (round_.id, round_.name), round_closed=round_.closed,
        round_date=round_.reference_date,
    )  # fmt: skip


def _plan_unidentified(plan: ImportPlan, row: SheetRow, pillar_titles: set[str]) -> None:
    if not (row.action_cell.strip() or row.explanation.strip() or (row.status_cell or "").strip()):
        return  # an empty row, or a section row of the blue table
    if not row.action_cell.strip() and row.ambition_cell.strip() in pillar_titles:
        return
    cells = (row.action_cell, row.planned_cell, row.status_cell or "", row.explanation)
    summary = " | ".join(part.strip() for part in cells if part.strip())
    plan.proposals.append(Proposal("new action", row.cell("B"), "", summary))


def _plan_row(
    plan: ImportPlan,
    content: WorkbookContent,
    row: SheetRow,
    exported: dict[str, Any],
    base: dict[str, Any],
    action: Action,
) -> list[str]:
    """Plan one row; returns the problems of its cells (each line names file and cell)."""
    label = shorten(action.label, 80)
    problems = date_cell_problems(content, row)
    base_action = _base_action(exported)
    if row.action_cell.replace("\r\n", "\n").strip() != action_cell(base_action).strip():
        plan.proposals.append(
            Proposal("text", row.cell("B"), action_cell(base_action), row.action_cell)
        )
    incoming: dict[str, str] = {"explanation": row.explanation.replace("\r\n", "\n").strip()}
    if row.status_cell is not None and "status" not in row.date_cells:
        try:
            incoming["status"] = parse_status_text(row.status_cell).value
        except ValueError as error:
            problems.append(
                _("{path}: {cell}: {reason}").format(
                    path=content.path, cell=row.cell(row.status_column), reason=error
                )
            )
    items = None
    if "planned" not in row.date_cells:
        try:
            own, items = split_planned_cell(row.planned_cell, base_action)
            parse_planned(own)
            incoming["planned"] = own
        except (ValueError, PlannedTextError) as error:
            problems.append(
                _("{path}: {cell}: {reason}").format(
                    path=content.path, cell=row.cell(row.planned_column), reason=error
                )
            )
    for name, value in incoming.items():
        column = {"status": row.status_column, "planned": row.planned_column}.get(name, "E")
        try:
            check_text(row.cell(column), value)
        except InvalidTextError as error:
            problems.append(_("{path}: {reason}").format(path=content.path, reason=error))
    if problems:
        return problems
    if items is not None and items != [item.planned for item in base_action.sub_items]:
        plan.proposals.append(
            Proposal(
                "sub-items",
                row.cell(row.planned_column),
                " / ".join(i.planned for i in base_action.sub_items),
                " / ".join(items),
            )
        )
    plan.compared += 1
    current = values_of(action)
    for name in FIELDS:
        if name in incoming:
            cell = row.cell(
                {"status": row.status_column, "planned": row.planned_column}.get(name, "E")
            )
            base_value = normalise(name, base.get(name, "none" if name == "status" else ""))
            plan.add(action.id, label, name, base_value, incoming[name], current, cell)
    if "owner_now" in exported:  # an owner changed on a laptop travels in the hidden sheet
        cell = _("{row}: {field}").format(
            row=row_name(row.sheet, row.row), field=field_label("owner")
        )
        owner = _checked_owner(content, cell, exported["owner_now"])
        plan.add(action.id, label, "owner", base.get("owner") or "", owner, current, cell)
    return []


def _checked_owner(content: WorkbookContent, cell: str, value: Any) -> str:
    try:
        return " ".join(check_text(cell, value or "", single_line=True).split())
    except InvalidTextError as error:
        raise WorkbookError(_("{path}: {reason}").format(path=content.path, reason=error)) from None


def values_of(action: Action) -> CurrentValues:
    """An action's mergeable values as loaded (the plan's view of the central database)."""
    return CurrentValues(
        action.update.status.value,
        action.update.planned,
        action.update.explanation,
        action.owner or "",
        action.update.review is ReviewState.APPROVED,
    )


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
    """Apply the plan in one transaction: all of it or, on any error, nothing.

    Every field is decided again inside the writing transaction, so what someone saved after
    the plan was made (a preview may stay open for minutes) becomes a conflict in `plan`
    instead of being overwritten. `reverse` puts back the values the changes replaced (undo),
    and refuses when any of them changed since. Returns the new updates.
    """
    with context.database.session() as session:
        require_open_round(session, context.round_id)
        if reverse:
            _require_unmoved(session, context, plan.changes)
        else:
            recheck(session, context.round_id, plan)
        return write_changes(session, context, plan.changes, reverse=reverse)


def _require_unmoved(session: Any, context: EditContext, changes: list[FieldChange]) -> None:
    now = current_values(
        session, context.round_id, sorted({c.action_id for c in changes}), lock=True
    )
    for change in changes:
        current = now.get(change.action_id)
        if current is None or normalise(change.field, current.get(change.field)) != normalise(
            change.field, change.new
        ):
            raise ValidationError(
                _(
                    "{action!r}: {field} changed again since the import; the import can no "
                    "longer be undone"
                ).format(action=shorten(change.label, 60), field=field_label(change.field))
            )


def write_changes(
    session: Any, context: EditContext, changes: list[FieldChange], *, reverse: bool = False
) -> dict[str, StatusUpdate]:
    """Write field changes inside the caller's transaction: the update fields through the one
    update writer, owners (only a laptop database changes them) through the owner writer."""
    by_action: dict[str, dict[str, Any]] = {}
    cells: dict[str, list[str]] = {}
    owners: list[FieldChange] = []
    for change in changes:
        if change.field == "owner":
            owners.append(change)
            continue
        text = change.old if reverse else change.new
        value: Any = Status(text) if change.field == "status" else text
        by_action.setdefault(change.action_id, {})[change.field] = value
        cells.setdefault(change.action_id, []).append(change.cell)
    details = {action_id: ", ".join(cells[action_id]) for action_id in by_action}
    written = write_status_updates(session, context, by_action, details)
    for change in owners:
        owner = change.old if reverse else change.new
        set_owner_in_session(session, context, [change.action_id], owner or None)
    return written


def prepare_import(context: EditContext, path: Path) -> ImportPlan:
    """Read and check a workbook and work out its changes; nothing is written."""
    content = read_workbook(path, collect_cells=True)
    try:
        return _plan_against_database(context, path, content)
    except WorkbookError as error:
        error.owner = error.owner or content.meta.get("owner")
        raise


def _plan_against_database(
    context: EditContext, path: Path, content: WorkbookContent
) -> ImportPlan:
    with context.database.session(write=False) as session:
        programme = choose_programme(session, context.programme_id)
        round_ = current_round(session, programme.id)
        if round_.id != context.round_id:
            raise WorkbookError(
                _("{path}: the current round changed meanwhile; open the programme again").format(
                    path=path
                )
            )
        actions = load_actions(session, context.round_id, list(content.actions))
        record = load_handout(session, handed_out_id(content.meta))
        copy = is_working_copy(session, round_.id)
        since = set() if record else changed_since(session, round_.id, content.meta, actions)
    target = ImportTarget(programme, round_, actions, record, copy, since)
    return plan_import(context, content, target)


def changed_since(
    session: Any, round_id: str, meta: dict[str, Any], actions: dict[str, Action]
) -> set[tuple[str, str]]:
    """(action id, field) the change log shows changed after the workbook's export time; all
    fields of the actions when that time is unreadable."""
    try:
        exported_at = datetime.fromisoformat(str(meta.get("exported_at")))
    except ValueError:
        return {(action_id, name) for action_id in actions for name in MERGED_FIELDS}
    found: set[tuple[str, str]] = set()
    ids = list(actions)
    for start in range(0, len(ids), 900):
        for action_id, name, when in session.execute(
            select(ChangeLogRow.action_id, ChangeLogRow.field, ChangeLogRow.changed_at).where(
                ChangeLogRow.round_id == round_id,
                ChangeLogRow.action_id.in_(ids[start : start + 900]),
            )
        ):
            if (as_utc(when) or when) > (as_utc(exported_at) or exported_at):
                found.add((action_id, name))
    return found


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
            raise WorkbookError(
                _("{path}: nothing was imported: {reason}").format(path=path, reason=error)
            ) from None
    return ImportResult(plan, applied=not dry_run)
