"""Finding the green and blue tables in an Excel workbook (any layout, not only our export).

Only what people see is read: hidden sheets (our export's data sheet) and hidden columns (its
id column) are skipped. A sheet may hold several tables, each starting at a header row.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from statusapp.domain.text_rules import InvalidTextError, check_text
from statusapp.errors import StatusappError
from statusapp.excel import layout
from statusapp.excel.file_kinds import library_warnings_silenced
from statusapp.excel.reader import (
    MAX_CELL_CHARACTERS,
    MAX_ROWS_PER_SHEET,
    WorkbookError,
    cell_text,
    check_workbook_file,
    describe_damage,
)
from statusapp.report_reader.cell_texts import Cell, short
from statusapp.report_reader.tables import (
    THEME_COLOUR,
    ReportProblem,
    SourceRow,
    SourceTable,
    header_columns,
    is_dutch_header,
    looks_like_data,
    no_table_error,
    not_read,
    pillar_title,
    sheet_location,
)
from statusapp.translation import _, ngettext

TITLE_SEARCH_ROWS = 3  # how far above a header row its title row may stand


# Our own export's overview sheet holds counts, not programme tables: nothing to report.
OWN_SUMMARY_SHEETS = frozenset(layout.OVERVIEW_SHEETS.values())


def read_excel_tables(path: Path, skipped: list[ReportProblem]) -> list[SourceTable]:
    """The tables of the visible sheets; sheets that hold data but no table go to `skipped`."""
    path = Path(path)
    check_workbook_file(path)
    import openpyxl

    if not openpyxl.DEFUSEDXML:
        raise WorkbookError(
            _("defusedxml is not active (OPENPYXL_DEFUSEDXML is off): refusing to read workbooks")
        )
    try:
        with library_warnings_silenced():
            _count_rows(path, openpyxl)
            workbook = openpyxl.load_workbook(
                path, data_only=True, rich_text=True, keep_links=False
            )
            try:
                return _read_tables(path, workbook, skipped)
            finally:
                workbook.close()
    except StatusappError:
        raise
    except Exception as error:  # openpyxl raises many kinds for damaged files
        raise WorkbookError(
            _("{path}: {damage}").format(path=path, damage=describe_damage(error))
        ) from None


def _count_rows(path: Path, openpyxl: Any) -> None:
    """Refuse a sheet of too many rows before loading it all: streamed, and counting every row
    whatever the sheet's <dimension> claims."""
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    try:
        for sheet in workbook.worksheets:
            if not hasattr(sheet, "reset_dimensions"):
                continue  # a chart sheet
            sheet.reset_dimensions()
            for number, _row in enumerate(sheet.iter_rows(values_only=True), 1):
                if number > MAX_ROWS_PER_SHEET:
                    raise _too_many_rows(path, sheet.title)
    finally:
        workbook.close()


def _too_many_rows(path: Path, sheet: str) -> WorkbookError:
    return WorkbookError(
        _("{path}: sheet {sheet} has more than {limit} rows; refused").format(
            path=path, sheet=repr(sheet), limit=f"{MAX_ROWS_PER_SHEET:,}"
        )
    )


def _formula_cells(path: Path) -> dict[str, set[tuple[int, int]]]:
    """Per sheet the (row, column) of every formula cell, 1-based. The tables are read with
    the cached values (data_only), which cannot tell a formula from a typed value: one
    streamed pass without data_only tells (about half the time of the full load)."""
    import openpyxl

    found: dict[str, set[tuple[int, int]]] = {}
    workbook = openpyxl.load_workbook(path, read_only=True, keep_links=False)
    try:
        for sheet in workbook.worksheets:
            if not hasattr(sheet, "reset_dimensions") or sheet.sheet_state != "visible":
                continue
            sheet.reset_dimensions()
            cells = found.setdefault(sheet.title, set())
            for row in sheet.iter_rows():
                for cell in row:
                    if getattr(cell, "data_type", None) == "f":
                        cells.add((cell.row, cell.column))
    finally:
        workbook.close()
    return found


def _read_tables(path: Path, workbook: Any, skipped: list[ReportProblem]) -> list[SourceTable]:
    tables: list[SourceTable] = []
    looked_at = 0
    formulas = _formula_cells(path)
    for sheet in workbook.worksheets:
        if sheet.sheet_state != "visible":
            continue
        looked_at += 1
        found = _sheet_tables(path, sheet, formulas.get(sheet.title, set()), skipped)
        if found is None and sheet.title not in OWN_SUMMARY_SHEETS:
            skipped.append(not_read(sheet_location(sheet.title)))
        tables.extend(found or [])
    if not tables:
        raise no_table_error(
            path,
            ngettext("{count} visible sheet", "{count} visible sheets", looked_at).format(
                count=looked_at
            ),
        )
    return tables


def _hidden_columns(sheet: Any) -> set[int]:
    hidden: set[int] = set()
    for dimension in sheet.column_dimensions.values():
        if dimension.hidden and dimension.min:
            hidden.update(range(dimension.min, (dimension.max or dimension.min) + 1))
    return hidden


def _sheet_tables(
    path: Path, sheet: Any, formulas: set[tuple[int, int]], notes: list[ReportProblem]
) -> list[SourceTable] | None:
    """The sheet's tables; None when it holds rows of data but no header row. A formula cell
    in a table gets a note: its cached value is read, or without one it stays empty."""
    if sheet.max_row > MAX_ROWS_PER_SHEET:
        raise _too_many_rows(path, sheet.title)
    hidden = _hidden_columns(sheet)
    grid: list[list[Any]] = [list(row) for row in sheet.iter_rows()]
    quoted = "'" + sheet.title.replace("'", "''") + "'"
    texts = []
    for number, row in enumerate(grid, 1):
        texts.append([])
        for cell in row:
            value = _text(cell)
            if len(value) > MAX_CELL_CHARACTERS:
                raise WorkbookError(
                    _(
                        "{path}: sheet {sheet} row {row} holds a cell of {count} characters, "
                        "more than a cell can ({limit})"
                    ).format(
                        path=path,
                        sheet=repr(sheet.title),
                        row=number,
                        count=f"{len(value):,}",
                        limit=f"{MAX_CELL_CHARACTERS:,}",
                    )
                )
            try:  # the one rule for what text the programme holds
                value = check_text(f"{quoted}!{cell.coordinate}", cell_text(value))
            except InvalidTextError as error:
                raise WorkbookError(
                    _("{path}: {problem}").format(path=path, problem=error)
                ) from None
            texts[-1].append(value)
    headers: list[tuple[int, dict[str, int], list[str]]] = []
    for index, row in enumerate(texts):
        visible = [text if column + 1 not in hidden else "" for column, text in enumerate(row)]
        found = header_columns(visible)
        if found is not None:
            headers.append((index, *found))
    if not headers:
        return None if looks_like_data(texts) else []
    titles = [_title_row(texts, index, previous) for (index, *_), previous in
              zip(headers, [-1] + [h[0] for h in headers[:-1]], strict=True)]  # fmt: skip
    spanning = _spanning_rows(sheet)
    tables = []
    for number, (index, columns, others) in enumerate(headers):
        end = len(texts)
        if number + 1 < len(headers):
            next_title = titles[number + 1]
            end = next_title[0] if next_title else headers[number + 1][0]
        title = titles[number][1] if titles[number] else ""
        where = sheet_location(sheet.title)
        if number:
            where = _("sheet {sheet} (table at row {row})").format(
                sheet=repr(sheet.title), row=index + 1
            )
        table = SourceTable(
            location=where,
            pillar=pillar_title(title) or pillar_title(sheet.title),
            green="status" in columns,
            ignored_columns=others,
            dutch=is_dutch_header(texts[index]),
        )
        width = max(columns.values()) - min(columns.values()) + 1
        for row_index in range(index + 1, end):
            row = grid[row_index]
            cells = {}
            for name, column in columns.items():
                if column >= len(row):
                    continue
                cells[name] = _cell(row[column], texts[row_index][column])
                if (row_index + 1, column + 1) in formulas:
                    notes.append(_formula_note(quoted, row[column], texts[row_index][column]))
            ambition = cells.get("ambition")
            if ambition is not None:
                ambition.spans_row = spanning.get(row_index + 1, 0) >= min(width, 3)
            location = sheet_location(sheet.title, row_index + 1)
            table.rows.append(SourceRow(location, cells))
        tables.append(table)
    return tables


def _formula_note(quoted_sheet: str, cell: Any, text: str) -> ReportProblem:
    """A formula is never read as an empty cell silently: its cached value with a note, or
    (a file no spreadsheet program computed, e.g. written by a script) a note that it stays
    empty."""
    where = f"{quoted_sheet}!{cell.coordinate}"
    if text.strip():
        return ReportProblem(
            where,
            _("the cell holds a formula; its last computed value {value} is read").format(
                value=repr(short(text))
            ),
            "formula_value",
            (where, short(text)),
        )
    return ReportProblem(
        where,
        _(
            "the cell holds a formula without a computed value, so it is left empty; open the "
            "file in Excel or LibreOffice, save it and read it again"
        ),
        "formula_without_value",
        (where,),
    )


def _title_row(texts: list[list[str]], header: int, previous: int) -> tuple[int, str] | None:
    """The row above a header row holding one text only (the table's title), if any."""
    for index in range(header - 1, max(previous, header - 1 - TITLE_SEARCH_ROWS), -1):
        filled = [text for text in texts[index] if text.strip()]
        if len(filled) == 1:
            return index, filled[0].strip()
        if filled:
            return None
    return None


def _spanning_rows(sheet: Any) -> dict[int, int]:
    """Per row (1-based): the width of a merged range starting in it that is one row high."""
    widths: dict[int, int] = {}
    for merged in sheet.merged_cells.ranges:
        if merged.min_row == merged.max_row:
            widths[merged.min_row] = max(
                widths.get(merged.min_row, 0), merged.max_col - merged.min_col + 1
            )
    return widths


def _text(cell: Any) -> str:
    value = getattr(cell, "value", None)
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a year typed as a number
    if hasattr(value, "isoformat") and not isinstance(value, str):
        return value.isoformat()[:10]
    return str(value)


def _cell(cell: Any, text: str) -> Cell:
    found = Cell(text=text)
    if not hasattr(cell, "fill"):  # a cell covered by a merge
        return found
    fill = cell.fill
    if fill is not None and fill.fill_type == "solid":
        found.fill = _colour(fill.fgColor)
    alignment = cell.alignment
    if alignment is not None and alignment.indent:
        found.indent = int(alignment.indent)
    value = cell.value
    if hasattr(value, "__iter__") and not isinstance(value, str):  # rich text
        lead = []
        for block in value:
            font = getattr(block, "font", None)
            if font is None or not font.b:
                break
            lead.append(block.text)
        found.bold_lead = "".join(lead)
    elif cell.font is not None and cell.font.b:
        found.bold_lead = text
    return found


def _colour(colour: Any) -> str | None:
    if colour is None:
        return None
    if colour.type == "rgb" and isinstance(colour.rgb, str):
        return colour.rgb[-6:]
    if colour.type == "indexed":
        from openpyxl.styles.colors import COLOR_INDEX

        if isinstance(colour.indexed, int) and colour.indexed < len(COLOR_INDEX):
            return COLOR_INDEX[colour.indexed][-6:]
    return THEME_COLOUR  # its value lives in the workbook's theme, not in the cell
