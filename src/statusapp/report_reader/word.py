"""Finding the green and blue tables in a Word document (.docx), with python-docx.

The pillar of a table is the nearest heading before it. A report repeats its header row on
every page, as a repeated header, as a header row again inside the table, or as a new table
after a page break: all of them read as one table. A vertically merged ambition cell is one
ambition (python-docx gives the same cell for every row it covers).
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from statusapp.domain.text_rules import InvalidTextError, check_text
from statusapp.excel.reader import (
    MAX_FILE_BYTES,
    MAX_UNPACKED_BYTES,
    _declares_doctype,
    file_head,
)
from statusapp.report_reader.cell_texts import BULLETS, Cell
from statusapp.report_reader.tables import (
    ReportError,
    ReportProblem,
    SourceRow,
    SourceTable,
    header_columns,
    is_dutch_header,
    looks_like_data,
    no_table_error,
    not_read,
    pillar_title,
)
from statusapp.translation import _, ngettext

HEADING_STYLES = ("heading", "kop", "title", "titel")
POINTS_PER_EMU = 1 / 12700


def read_word_tables(path: Path, skipped: list[ReportProblem]) -> list[SourceTable]:
    """The document's tables; tables of data without a header row go to `skipped`."""
    path = Path(path)
    _check_document_file(path)
    try:
        import docx
    except ImportError:  # pragma: no cover - a dependency; said plainly if it is missing
        raise ReportError(
            _("reading Word documents needs python-docx: pip install python-docx")
        ) from None
    try:
        document = docx.Document(str(path))
    except Exception as error:  # python-docx raises many kinds for damaged files
        detail = str(error).strip().splitlines()[0][:200] if str(error).strip() else ""
        raise ReportError(
            _("{path}: the document is damaged or no Word document ({detail})").format(
                path=path,
                detail=f"{type(error).__name__}: {detail}" if detail else type(error).__name__,
            )
        ) from None
    try:
        return _tables(path, document, skipped)
    except ReportError:
        raise
    except Exception as error:
        raise ReportError(
            _("{path}: the document is damaged ({detail})").format(
                path=path, detail=f"{type(error).__name__}: {str(error)[:200]}"
            )
        ) from None


def _check_document_file(path: Path) -> None:
    size, magic = file_head(path, ReportError, "a document", 4)
    if size > MAX_FILE_BYTES:
        raise ReportError(
            _("{path}: {size} MB is more than a report can be").format(
                path=path, size=size // (1024 * 1024)
            )
        )
    if magic != b"PK\x03\x04":
        raise ReportError(
            _(
                "{path}: not a Word document (.docx); save an old .doc or a password-protected "
                "file as .docx in Word or LibreOffice first"
            ).format(path=path)
        )
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            if sum(entry.file_size for entry in entries) > MAX_UNPACKED_BYTES:
                raise ReportError(
                    _("{path}: unpacks to too much data (a zip bomb?); refused").format(path=path)
                )
            names = {entry.filename for entry in entries}
            for entry in entries:
                if entry.filename.endswith((".xml", ".rels")) and _declares_doctype(archive, entry):
                    raise ReportError(
                        _("{path}: {part} holds unsafe XML (a DOCTYPE); refused").format(
                            path=path, part=entry.filename
                        )
                    )
    except zipfile.BadZipFile:
        raise ReportError(
            _("{path}: the document is damaged or truncated").format(path=path)
        ) from None
    except ReportError:
        raise
    except Exception as error:  # zlib.error, an encrypted part, a zip feature Word never uses
        detail = str(error).strip().splitlines()[0][:200] if str(error).strip() else ""
        raise ReportError(
            _("{path}: the document is damaged ({detail})").format(
                path=path, detail=detail or type(error).__name__
            )
        ) from None
    if "word/document.xml" not in names:
        raise ReportError(
            _(
                "{path}: a zip file, but no Word document (no word/document.xml); save it as "
                ".docx in Word or LibreOffice"
            ).format(path=path)
        )


HEADING_LIKE_LENGTH = 100  # a short paragraph in bold only counts as a heading too


def _is_heading(paragraph: Any) -> bool:
    """A heading style, or (in documents converted from PDF) a short paragraph all in bold."""
    try:
        name = (paragraph.style.name or "").casefold()
    except (AttributeError, KeyError):
        name = ""
    if name.startswith(HEADING_STYLES):
        return True
    text = paragraph.text.strip()
    runs = [run for run in paragraph.runs if run.text.strip()]
    return (
        bool(text)
        and len(text) <= HEADING_LIKE_LENGTH
        and bool(runs)
        and all(run.bold for run in runs)
    )


def _tables(path: Path, document: Any, skipped: list[ReportProblem]) -> list[SourceTable]:
    from docx.table import Table

    heading = ""
    heading_changed = False
    tables: list[SourceTable] = []
    previous_columns: tuple[dict[str, int], int] | None = None
    count = 0
    for block in document.iter_inner_content():
        if not isinstance(block, Table):
            if _is_heading(block) and block.text.strip():
                heading = _checked(path, _("a heading"), block.text.strip())
                heading_changed = True
            continue
        count += 1
        rows = list(block.rows)
        grid = [[_cell_text(cell) for cell in row.cells] for row in rows]
        for number, texts in enumerate(grid, 1):
            for column, text in enumerate(texts, 1):
                where = _("table {table} row {row} column {column}").format(
                    table=count, row=number, column=column
                )
                _checked(path, where, text)
        header_index, found = None, None
        for index, texts in enumerate(grid[:5]):
            found = header_columns(texts)
            if found is not None:
                header_index = index
                break
        if found is None or header_index is None:
            # A table continued on the next page without its header row.
            if previous_columns and not heading_changed and grid:
                columns, width = previous_columns
                if len(grid[0]) == width:
                    table = tables[-1]
                    _add_rows(table, rows, grid, columns, 0, count)
                    continue
            previous_columns = None
            if looks_like_data(grid):
                skipped.append(not_read(_("table {table}").format(table=count)))
            continue
        columns, others = found
        header_texts = grid[header_index]
        table = SourceTable(
            location=(
                _("table {table} (under {heading})").format(table=count, heading=repr(heading))
                if heading
                else _("table {table}").format(table=count)
            ),
            pillar=pillar_title(heading),
            green="status" in columns,
            ignored_columns=others,
            dutch=is_dutch_header(header_texts),
        )
        _add_rows(table, rows, grid, columns, header_index + 1, count)
        tables.append(table)
        previous_columns = (columns, len(header_texts))
        heading_changed = False
    if not tables:
        raise no_table_error(
            path, ngettext("{count} table", "{count} tables", count).format(count=count)
        )
    return tables


def _add_rows(
    table: SourceTable,
    rows: list[Any],
    grid: list[list[str]],
    columns: dict[str, int],
    start: int,
    number: int,
) -> None:
    for index in range(start, len(rows)):
        texts = grid[index]
        if header_columns(texts) is not None:  # the header repeated inside the table
            continue
        cells_of_row = rows[index].cells
        cells = {}
        for name, column in columns.items():
            if column < len(cells_of_row):
                cells[name] = _cell(cells_of_row[column], texts[column])
        ambition = cells.get("ambition")
        if ambition is not None and len(cells_of_row) > 1:
            first = cells_of_row[columns["ambition"]]._tc
            ambition.spans_row = all(cell._tc is first for cell in cells_of_row)
        location = _("table {table} row {row}").format(table=number, row=index + 1)
        table.rows.append(SourceRow(location, cells))


def _checked(path: Path, where: str, text: str) -> str:
    """The one rule for what text the programme holds, as a ReportError naming the place."""
    try:
        return check_text(where, text)
    except InvalidTextError as error:
        raise ReportError(_("{path}: {problem}").format(path=path, problem=error)) from None


def _paragraph_text(paragraph: Any) -> str:
    text = paragraph.text.strip()
    if not text:
        return ""
    properties = paragraph._p.pPr
    listed = properties is not None and properties.numPr is not None
    try:
        style = (paragraph.style.name or "").casefold()
    except (AttributeError, KeyError):
        style = ""
    if (
        listed or "list bullet" in style or "lijstopsommingsteken" in style
    ) and not text.startswith(BULLETS):
        return f"• {text}"
    return text


def _cell_text(cell: Any) -> str:
    return "\n".join(t for t in (_paragraph_text(p) for p in cell.paragraphs) if t)


def _cell(cell: Any, text: str) -> Cell:
    from docx.oxml.ns import qn

    found = Cell(text=text)
    properties = cell._tc.tcPr
    if properties is not None:
        shading = properties.find(qn("w:shd"))
        if shading is not None:
            fill = shading.get(qn("w:fill"))
            if fill and fill.lower() != "auto":
                found.fill = fill[-6:]
    paragraphs = [p for p in cell.paragraphs if p.text.strip()]
    if paragraphs:
        first = paragraphs[0]
        indent = first.paragraph_format.left_indent
        if indent:
            found.indent = max(1, round(indent * POINTS_PER_EMU))
        lead = []
        for run in first.runs:
            if not run.text:
                continue
            if not run.bold:
                break
            lead.append(run.text)
        found.bold_lead = "".join(lead)
    return found
