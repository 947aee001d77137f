"""What a workbook read back holds: its data sheet's content and the rows of its tables, and
the one error a workbook that cannot be imported raises (reader.py and data_sheet.py share
them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from statusapp.domain.labels import cell_name
from statusapp.errors import StatusappError


class WorkbookError(StatusappError):
    """A workbook that cannot be imported; the message names file, sheet and cell.

    `owner`: the project leader the workbook was handed out to, when its data sheet was read
    before the refusal, so a consolidation records the refused file at its sender."""

    owner: str | None = None


@dataclass(slots=True)
class SheetRow:
    """One table row as found in the workbook."""

    sheet: str
    row: int
    action_id: str | None
    ambition_cell: str
    action_cell: str
    planned_cell: str
    status_cell: str | None  # None on blue sheets
    explanation: str
    status_column: str = "D"
    planned_column: str = "C"
    id_column: str = "F"  # the hidden column holding the action's id
    # Fields whose cell Excel turned into a date or time, with the cell as the user sees it.
    date_cells: dict[str, str] = field(default_factory=dict)

    def cell(self, column: str) -> str:
        """An Excel reference such as 'Blad 1'!D12."""
        return cell_name(self.sheet, f"{column}{self.row}")


@dataclass(slots=True)
class WorkbookContent:
    path: Path
    meta: dict[str, Any]
    pillars: dict[str, dict[str, Any]] = field(default_factory=dict)
    ambitions: dict[str, dict[str, Any]] = field(default_factory=dict)
    actions: dict[str, dict[str, Any]] = field(default_factory=dict)  # exported rows, by id
    rows: list[SheetRow] = field(default_factory=list)
    # With read_workbook(collect_cells=True): formula and overlong cells, refused by the caller
    # together with the bad values it finds.
    bad_cells: list[str] = field(default_factory=list)


def check_belongs_to(
    content: WorkbookContent,
    programme: tuple[str, str],
    round_: tuple[str, str],
    *,
    round_closed: bool,
    round_date: date | None = None,
) -> None:
    """Refuse a workbook of another programme or round than (id, name) of the database's,
    naming each by its name (and a round by its reference date); ids only when the names are
    equal, as when a hidden id was edited."""
    from statusapp.translation import _

    meta = content.meta
    held, in_workbook = programme, meta.get("programme", {})
    if in_workbook.get("id") != held[0]:
        message = (
            _(
                "{path}: the workbook belongs to another programme of the same name {name}: "
                "id {workbook_id} in the workbook, {database_id} in this database; import it "
                "into the database it was exported from"
            )
            if in_workbook.get("name") == held[1]
            else _(
                "{path}: the workbook belongs to the programme {name}, this database holds "
                "{database_name}; import it into the database it was exported from"
            )
        )
        raise WorkbookError(
            message.format(
                path=content.path,
                name=repr(in_workbook.get("name")),
                workbook_id=in_workbook.get("id"),
                database_name=repr(held[1]),
                database_id=held[0],
            )
        )
    current, from_round = round_, meta.get("round", {})
    if from_round.get("id") == current[0] and round_closed:
        raise WorkbookError(
            _("{path}: the round {round} is closed; its updates can no longer change").format(
                path=content.path, round=repr(current[1])
            )
        )
    if from_round.get("id") != current[0]:
        message = (
            _(
                "{path}: the workbook is from another round of the same name {name} (id "
                "{workbook_id} in the workbook, {database_id} in this database); export a new "
                "workbook for the current round and copy the updates into it, or hand out again"
            )
            if from_round.get("name") == current[1]
            else _(
                "{path}: the workbook is from the round {name} (reference date {date}), the "
                "current round is {database_name} (reference date {database_date}); export a "
                "new workbook for the current round and copy the updates into it, or hand out "
                "again"
            )
        )
        raise WorkbookError(
            message.format(
                path=content.path,
                name=repr(from_round.get("name")),
                workbook_id=from_round.get("id"),
                database_name=repr(current[1]),
                database_id=current[0],
                date=_round_date(from_round.get("reference_date")),
                database_date=_round_date(round_date),
            )
        )


def _round_date(value: object) -> str:
    """A round's reference date in words; "?" when the workbook lacks it."""
    from statusapp.translation import long_date

    if isinstance(value, str):
        try:
            value = date.fromisoformat(value)
        except ValueError:
            return "?"
    return long_date(value) if isinstance(value, date) else "?"


def date_cell_problems(content: WorkbookContent, row: SheetRow) -> list[str]:
    """Cells Excel turned into dates: shown as the user sees them, with what to type."""
    from statusapp.translation import _

    problems = []
    for name, shown in row.date_cells.items():
        column = {"status": row.status_column, "planned": row.planned_column}.get(name)
        if column is None:
            continue
        message = (
            _(
                "{path}: {cell}: Excel turned the planning {text!r} into a date; type it as "
                "text, such as 'maart 2025' or 'Q1 2025' (start with ' to keep Excel from "
                "converting it)"
            )
            if name == "planned"
            else _(
                "{path}: {cell}: Excel turned the status {text!r} into a date; type one of the "
                "status symbols instead"
            )
        )
        problems.append(message.format(path=content.path, cell=row.cell(column), text=shown))
    return problems


def cell_problems(path: Path, problems: list[str], limit: int = 20) -> str:
    """One refusal for every bad cell: a summary line, then one self-contained line per cell
    (up to `limit`, then how many more); a single bad cell is its own line."""
    from statusapp.translation import ngettext

    if len(problems) == 1:
        return problems[0]  # one line names file and cell already
    lines = [
        ngettext(
            "{count} cell in {file} is wrong; nothing in the file was applied",
            "{count} cells in {file} are wrong; nothing in the file was applied",
            len(problems),
        ).format(count=len(problems), file=path.name),
        *problems[:limit],
    ]
    if len(problems) > limit:
        rest = len(problems) - limit
        lines.append(ngettext("… and {count} more", "… and {count} more", rest).format(count=rest))
    return "\n".join(lines)
