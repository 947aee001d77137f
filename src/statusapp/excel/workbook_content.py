"""What a workbook read back holds: its data sheet's content and the rows of its tables, and
the one error a workbook that cannot be imported raises (reader.py and data_sheet.py share
them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from statusapp.errors import StatusappError


class WorkbookError(StatusappError):
    """A workbook that cannot be imported; the message names file, sheet and cell."""


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
