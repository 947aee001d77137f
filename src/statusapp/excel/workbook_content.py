"""What a workbook read back holds: its data sheet's content and the rows of its tables, and
the one error a workbook that cannot be imported raises (reader.py and data_sheet.py share
them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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

    def cell(self, column: str) -> str:
        """An Excel reference such as 'Blad 1'!D12."""
        quoted = "'" + self.sheet.replace("'", "''") + "'"
        return f"{quoted}!{column}{self.row}"


@dataclass(slots=True)
class WorkbookContent:
    path: Path
    meta: dict[str, Any]
    pillars: dict[str, dict[str, Any]] = field(default_factory=dict)
    ambitions: dict[str, dict[str, Any]] = field(default_factory=dict)
    actions: dict[str, dict[str, Any]] = field(default_factory=dict)  # exported rows, by id
    rows: list[SheetRow] = field(default_factory=list)


def check_belongs_to(
    content: WorkbookContent,
    programme: tuple[str, str],
    round_: tuple[str, str],
    *,
    round_closed: bool,
) -> None:
    """Refuse a workbook of another programme or round than (id, name) of the database's,
    saying which one each holds: an edited hidden id keeps the same name on both sides."""
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
                "{path}: the workbook belongs to the programme {name} (id {workbook_id}), this "
                "database holds {database_name} (id {database_id}); import it into the "
                "database it was exported from"
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
                "{path}: the workbook is from another round of the same name {name}: id "
                "{workbook_id} in the workbook, {database_id} in this database; refused"
            )
            if from_round.get("name") == current[1]
            else _(
                "{path}: the workbook is from the round {name} (id {workbook_id}), the current "
                "round is {database_name} (id {database_id}); refused"
            )
        )
        raise WorkbookError(
            message.format(
                path=content.path,
                name=repr(from_round.get("name")),
                workbook_id=from_round.get("id"),
                database_name=repr(current[1]),
                database_id=current[0],
            )
        )
