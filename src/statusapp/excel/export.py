"""Writing the green and blue tables as an .xlsx workbook in the report's layout.

Besides what people read, the workbook carries what an import needs: each action row has its id
in a hidden column, and a hidden sheet holds the programme, the round, the export time and every
exported row's id, revision and values (the base of a later three-way merge).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from statusapp.atomic_files import write_atomically
from statusapp.domain import ProgrammeTree
from statusapp.domain.status import STATUS_ORDER
from statusapp.errors import StatusappError
from statusapp.excel import layout
from statusapp.excel.changes_sheet import write_changes_sheet
from statusapp.excel.overview_sheet import write_overview_sheet
from statusapp.excel.styles import (
    RowHeights,
    Styles,
    clean_text,
    height_for,
    line_count,
    set_text,
)
from statusapp.programme_json import programme_to_dict, round_to_dict
from statusapp.report.captions import BLUE_CAPTIONS, GREEN_CAPTIONS, LABELS
from statusapp.report.comparison import RoundComparison
from statusapp.report.document import DocumentError, report_document, with_changes
from statusapp.report.overview import PreviousRound
from statusapp.report.tables import PillarTable, TableRow, ambition_text
from statusapp.translation import _, ngettext

Progress = Callable[[int, int], None]  # (rows written, rows in all)


class ExportError(StatusappError):
    pass


@dataclass(slots=True)
class ExportSummary:
    path: Path
    sheets: list[str] = field(default_factory=list)
    green_rows: int = 0
    blue_rows: int = 0
    seconds: float = 0.0
    # What the hidden sheet says was handed out, by action id (the central record keeps it).
    handed_out: dict[str, dict[str, Any]] = field(default_factory=dict)

    def describe(self) -> str:
        green = ngettext(
            "{count} programme action", "{count} programme actions", self.green_rows
        ).format(count=self.green_rows)
        blue = ngettext(
            "{count} additional action", "{count} additional actions", self.blue_rows
        ).format(count=self.blue_rows)
        return _("wrote {path}: {green}, {blue}, sheets: {sheets}").format(
            path=self.path, green=green, blue=blue, sheets=", ".join(self.sheets)
        )


def export_workbook(
    tree: ProgrammeTree,
    path: Path,
    *,
    language: str | None = None,
    owner: str | None = None,
    pillar: int | None = None,
    progress: Progress | None = None,
    exported_at: datetime | None = None,
    bases: dict[str, dict[str, Any]] | None = None,
    approved_only: bool = False,
    previous: PreviousRound | None = None,
    changes: RoundComparison | None = None,
    workbook_id: str | None = None,
    handout_id: str | None = None,
) -> ExportSummary:
    """Write the workbook; the file appears whole or not at all.

    `workbook_id` names this file; `handout_id` the hand-out whose values are its merge base
    (the same for a central export, the original hand-out's for a working copy's).

    `bases` (a working copy's handed-out values, by action id) are written as the rows' merge
    base instead of the current values; `approved_only` leaves out updates not yet approved.
    `previous` (the round before) gives the Overzicht sheet its comparison; `changes`, what
    changed since, the Wijzigingen sheet.
    """
    started = time.perf_counter()
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ExportError(
            _("{path}: an Excel export needs a name ending in .xlsx").format(path=path)
        )
    try:  # the selection every format shares
        document = report_document(
            tree, language=language, owner=owner, pillar=pillar, approved_only=approved_only
        )
    except DocumentError as error:
        raise ExportError(str(error)) from None
    language, green, blue = document.language, document.green, document.blue
    writer = _WorkbookWriter(tree, language, progress, sum(t.row_count for t in green + blue))
    writer.bases = bases or {}
    summary = ExportSummary(path)
    for table in green:
        summary.sheets.append(writer.green_sheet(table))
        summary.green_rows += table.row_count
    if blue:
        summary.sheets.append(writer.blue_sheet(blue))
        summary.blue_rows = sum(t.row_count for t in blue)
    summary.sheets.append(writer.legend_sheet())
    summary.sheets.append(write_overview_sheet(writer, previous))
    if changes is not None:
        with_changes(document, changes, whole=not (owner or pillar or approved_only))
    if document.changes is not None:
        summary.sheets.append(write_changes_sheet(writer, document.changes))
    moment = exported_at or datetime.now(UTC)
    writer.data_sheet(
        moment, owner=owner, pillar=pillar, workbook_id=workbook_id, handout_id=handout_id
    )
    writer.properties(moment)
    _save_atomically(writer.workbook, path)
    summary.handed_out = {entry["id"]: entry for entry in writer.action_entries}
    summary.seconds = time.perf_counter() - started
    return summary


def _json_cell(value: Any) -> str:
    """JSON for a hidden cell; "_x" written as its JSON escape, so no spreadsheet program
    decodes a literal `_xHHHH_` in someone's text on the way."""
    return json.dumps(value, ensure_ascii=False).replace("_x", "\\u005fx")


def _save_atomically(workbook: Any, path: Path) -> None:
    write_atomically(path, workbook.save, error=ExportError, held_by="Excel")


class _WorkbookWriter:
    def __init__(
        self, tree: ProgrammeTree, language: str, progress: Progress | None, total: int
    ) -> None:
        from openpyxl import Workbook

        self.tree = tree
        self.language = language
        self.labels = LABELS[language]
        self.workbook = Workbook()
        self.workbook.remove(self.workbook.active)
        self.taken: set[str] = set()
        self.entries: list[list[str]] = []  # rows of the hidden data sheet: pillars, ambitions
        self.action_entries: list[dict[str, Any]] = []  # written in a few long cells
        self.progress = progress
        self.total = total
        self.written = 0
        self.styles = Styles()
        self.row_heights = RowHeights()
        self.styles.register(self.workbook)
        self.bases: dict[str, dict[str, Any]] = {}
        # Where each action sits, for the data sheet: (parent id, ambition id).
        self.places: dict[str, tuple[str | None, str]] = {}
        for ambition in tree.ambitions():
            for top in ambition.actions:
                for action, parent in _with_parents(top, None):
                    self.places[action.id] = (parent, ambition.id)

    # --- sheets --------------------------------------------------------------------------

    def green_sheet(self, table: PillarTable) -> str:
        title = f"{table.number} {table.heading}" if table.number else table.heading
        sheet = self.new_sheet(title)
        captions = GREEN_CAPTIONS[self.language]
        self._title_and_header(
            sheet, title, captions, self.styles.header_green, layout.GREEN_WIDTHS
        )
        row = 3
        for block in table.blocks:
            first = row
            for table_row in block.rows:
                self._action_row(sheet, row, table_row, green=True)
                row += 1
            self._ambition_cell(sheet, first, row - 1, block.ambition)
        self._finish(sheet, layout.ID_COLUMN_GREEN, len(captions))
        self._record_pillar(table)
        return sheet.title

    def blue_sheet(self, tables: list[PillarTable]) -> str:
        sheet = self.new_sheet(self.labels["blue_sheet"])
        captions = BLUE_CAPTIONS[self.language]
        self._title_and_header(
            sheet, self.labels["blue_title"], captions, self.styles.header_blue, layout.BLUE_WIDTHS
        )
        row = 3
        for table in tables:
            self._section_row(sheet, row, table.heading, len(captions))
            row += 1
            for block in table.blocks:
                first = row
                for table_row in block.rows:
                    self._action_row(sheet, row, table_row, green=False)
                    row += 1
                self._ambition_cell(sheet, first, row - 1, block.ambition)
            self._record_pillar(table)
        self._finish(sheet, layout.ID_COLUMN_BLUE, len(captions))
        return sheet.title

    def legend_sheet(self) -> str:
        sheet = self.new_sheet(self.labels["legend_sheet"])
        sheet["A1"] = self.labels["legend_title"]
        self.styles.apply(sheet["A1"], self.styles.title)
        for column, text in ((1, self.labels["symbol"]), (2, self.labels["meaning"])):
            cell = sheet.cell(row=3, column=column, value=text)
            self.styles.apply(cell, self.styles.header_green)
        for offset, status in enumerate(STATUS_ORDER):
            symbol = sheet.cell(row=4 + offset, column=1)
            set_text(symbol, status.symbol)
            self.styles.apply(symbol, self.styles.status[status])
            meaning = sheet.cell(row=4 + offset, column=2, value=status.label(self.language))
            self.styles.apply(meaning, self.styles.cell)
        sheet.cell(row=10, column=1, value=self.labels["legend_note"])
        round_ = self.tree.round
        facts = (
            (self.labels["round"], round_.name),
            (self.labels["reference_date"], round_.reference_date.isoformat()),
        )
        for offset, (label, value) in enumerate(facts):
            sheet.cell(row=12 + offset, column=1, value=label)
            sheet.cell(row=12 + offset, column=2, value=value)
        sheet.column_dimensions["A"].width = 18
        sheet.column_dimensions["B"].width = 80
        layout.print_setup(sheet)  # A4 landscape, one page wide, like the tables
        return sheet.title

    def data_sheet(
        self,
        moment: datetime,
        *,
        owner: str | None,
        pillar: int | None,
        workbook_id: str | None,
        handout_id: str | None,
    ) -> None:
        sheet = self.workbook.create_sheet(layout.DATA_SHEET)
        meta = {
            "format": layout.WORKBOOK_FORMAT,
            "format_version": layout.WORKBOOK_FORMAT_VERSION,
            "programme": programme_to_dict(self.tree.programme),
            "round": round_to_dict(self.tree.round),
            "exported_at": moment.isoformat(),
            "language": self.language,
            "owner": owner,
            "pillar": pillar,
            "workbook_id": workbook_id,
            "handout_id": handout_id,
        }
        sheet.append(["kind", "id", "data"])
        sheet.append(["meta", "", _json_cell(meta)])
        for entry in self.entries:
            sheet.append(entry)
        # All actions as one JSON list cut into cells of at most 30,000 characters: a few
        # dozen cells instead of one row per action keeps large exports fast.
        actions = _json_cell(self.action_entries)
        for index, start in enumerate(range(0, len(actions), layout.DATA_CHUNK)):
            sheet.append(["actions", str(index), actions[start : start + layout.DATA_CHUNK]])
        sheet.sheet_state = "hidden"

    def properties(self, moment: datetime) -> None:
        from openpyxl.packaging.custom import StringProperty

        programme, round_ = self.tree.programme, self.tree.round
        props = self.workbook.properties
        props.title = f"{programme.name} — {round_.name}"
        reference = f"{self.labels['reference_date'].lower()} {round_.reference_date.isoformat()}"
        props.subject = f"{round_.name} ({reference})"
        props.creator = "Statusapp"
        props.keywords = f"{programme.organisation}; {programme.name}; {round_.name}"
        props.description = (
            f"{programme.organisation}, {programme.name}. {self.labels['round']}: {round_.name}, "
            f"{self.labels['reference_date'].lower()} {round_.reference_date.isoformat()}. "
            f"{self.labels['exported']}: {moment.isoformat(timespec='seconds')}."
        )
        custom = self.workbook.custom_doc_props
        for name, value in (
            ("Programme", programme.name),
            ("Organisation", programme.organisation),
            ("Round", round_.name),
            ("Reference date", round_.reference_date.isoformat()),
            ("Exported at", moment.isoformat(timespec="seconds")),
        ):
            custom.append(StringProperty(name=name, value=value))

    # --- pieces ----------------------------------------------------------------------------

    def new_sheet(self, title: str) -> Any:
        return self.workbook.create_sheet(layout.safe_sheet_name(title, self.taken))

    def _title_and_header(
        self,
        sheet: Any,
        title: str,
        captions: tuple[str, ...],
        header_style: str,
        widths: tuple[int, ...],
    ) -> None:
        from openpyxl.utils import get_column_letter

        sheet["A1"] = title
        self.styles.apply(sheet["A1"], self.styles.title)
        for column, caption in enumerate(captions, 1):
            self.styles.apply(sheet.cell(row=2, column=column, value=caption), header_style)
            sheet.column_dimensions[get_column_letter(column)].width = widths[column - 1]
        sheet.row_dimensions[1].height = 24
        sheet.freeze_panes = "A3"

    def _action_row(self, sheet: Any, row: int, table_row: TableRow, *, green: bool) -> None:
        action = table_row.action
        values = [table_row.action_cell, table_row.planned_cell]
        if green:
            values.append(table_row.symbol)
        values.append(table_row.explanation)
        widths = (layout.GREEN_WIDTHS if green else layout.BLUE_WIDTHS)[1:]
        lines = 1
        for value, width in zip(values, widths, strict=True):
            if value:
                lines = max(lines, line_count(value, width))
        self.row_heights.set(sheet, row, height_for(lines))
        styles = self.styles
        for column, value in enumerate(values, 2):
            if column == 2 and table_row.depth:
                name = styles.indented[min(table_row.depth, 3)]
            elif column == 4 and green:
                name = styles.status[action.status]
            else:
                name = styles.cell
            styles.put_text(sheet, row, column, value, name)
        id_column = layout.ID_COLUMN_GREEN if green else layout.ID_COLUMN_BLUE
        sheet.cell(row=row, column=id_column, value=action.id)
        self.action_entries.append(
            {"id": action.id, **self._action_entry(sheet.title, row, table_row)}
        )
        self.written += 1
        if self.progress is not None and self.written % 200 == 0:
            self.progress(self.written, self.total)

    def _action_entry(self, sheet: str, row: int, table_row: TableRow) -> dict[str, Any]:
        action = table_row.action
        update = action.update
        base = self.bases.get(action.id)
        if base is not None:  # a working copy: its owner travels beside the handed-out one
            base = {**base, "owner_now": action.owner}
        if base is None:
            base = {
                "revision": update.revision,
                "status": update.status.value,
                "planned": update.planned,
                "explanation": update.explanation,
                "owner": action.owner,
            }
        return {
            "sheet": sheet,
            "row": row,
            **base,
            "number": action.number,
            "text": action.text,
            "sub_items": [{"text": i.text, "planned": i.planned} for i in action.sub_items],
            "parent_id": self.places[action.id][0],
            "ambition_id": self.places[action.id][1],
        }

    def _ambition_cell(self, sheet: Any, first: int, last: int, ambition: Any) -> None:
        from openpyxl.cell.rich_text import CellRichText, TextBlock
        from openpyxl.cell.text import InlineFont

        title, rest = ambition_text(ambition)
        # The merged cell must fit its text: give the block's last row what is missing.
        needed = height_for(line_count(f"{title}\n{rest}".strip(), layout.GREEN_WIDTHS[0]))
        have = sum(sheet.row_dimensions[r].height or height_for(1) for r in range(first, last + 1))
        if needed > have:
            last_row = sheet.row_dimensions[last]
            last_row.height = (last_row.height or height_for(1)) + needed - have
        cell = sheet.cell(row=first, column=1)
        if title and rest:
            cell.value = CellRichText(
                [TextBlock(InlineFont(b=True), title), "\n" + clean_text(rest)]
            )
        elif title:
            cell.value = CellRichText([TextBlock(InlineFont(b=True), title)])
        else:
            set_text(cell, rest)
        self.styles.apply(cell, self.styles.cell)
        if last > first:
            self._merge(sheet, first, 1, last, 1, self.styles.cell)

    def _merge(self, sheet: Any, top: int, left: int, bottom: int, right: int, style: str) -> None:
        """Merge cells like openpyxl's merge_cells, without its per-cell border recomputation
        (half the export's time); the covered cells get the same style instead."""
        from openpyxl.cell.cell import MergedCell
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.merge import MergedCellRange

        sheet.merged_cells.add(
            MergedCellRange(
                sheet, f"{get_column_letter(left)}{top}:{get_column_letter(right)}{bottom}"
            )
        )
        for row in range(top, bottom + 1):
            for column in range(left, right + 1):
                if (row, column) != (top, left):
                    covered = MergedCell(sheet, row, column)
                    self.styles.apply(covered, style)
                    sheet._cells[(row, column)] = covered

    def _section_row(self, sheet: Any, row: int, heading: str, width: int) -> None:
        cell = sheet.cell(row=row, column=1, value=heading)
        self.styles.apply(cell, self.styles.section)
        for column in range(2, width + 1):
            self.styles.apply(sheet.cell(row=row, column=column), self.styles.section)
        self._merge(sheet, row, 1, row, width, self.styles.section)

    def _finish(self, sheet: Any, id_column: int, width: int) -> None:
        from openpyxl.utils import get_column_letter

        letter = get_column_letter(id_column)
        sheet.cell(row=2, column=id_column, value="id")
        sheet.column_dimensions[letter].hidden = True
        sheet.print_title_rows = "1:2"
        sheet.print_area = f"A1:{get_column_letter(width)}{sheet.max_row}"
        layout.print_setup(sheet)

    def _record_pillar(self, table: PillarTable) -> None:
        """Structure for the data sheet: pillar, ambitions and each exported action's place."""
        pillar = table.pillar
        self.entries.append(
            [
                "pillar",
                pillar.id,
                _json_cell({"kind": pillar.kind.value, "title": pillar.title, "aims": pillar.aims}),
            ]
        )
        for block in table.blocks:
            ambition = block.ambition
            self.entries.append(
                [
                    "ambition",
                    ambition.id,
                    _json_cell(
                        {
                            "pillar_id": pillar.id,
                            "table": ambition.table.value,
                            "title": ambition.title,
                            "description": ambition.description,
                            "note": ambition.note,
                        }
                    ),
                ]
            )


def _with_parents(action: Any, parent: str | None) -> Any:
    yield action, parent
    for child in action.actions:
        yield from _with_parents(child, action.id)
