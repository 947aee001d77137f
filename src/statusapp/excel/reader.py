"""Reading a workbook the app exported and someone edited, with every check a hostile file needs.

Before openpyxl sees a file it must be a zip of sane size that unpacks to a sane size; openpyxl
then parses its XML through defusedxml (entity declarations refused). Every error is one line
that names the file and, where it can, the sheet and cell.
"""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime, time
from pathlib import Path
from typing import IO, Any

from statusapp.domain.labels import cell_name, quoted_sheet, row_name, shorten
from statusapp.domain.text_rules import check_text
from statusapp.errors import StatusappError
from statusapp.excel import layout
from statusapp.excel.data_sheet import read_data_sheet
from statusapp.excel.file_kinds import (
    OLE_MAGIC as OLE_MAGIC,
)
from statusapp.excel.file_kinds import (
    ZIP_MAGICS as ZIP_MAGICS,
)
from statusapp.excel.file_kinds import (
    describe_damage as describe_damage,
)
from statusapp.excel.file_kinds import (
    file_head as file_head,
)
from statusapp.excel.file_kinds import (
    library_warnings_silenced,
    readable_workbook,
)
from statusapp.excel.workbook_content import (
    SheetRow,
    WorkbookContent,
    WorkbookError,
    cell_problems,
)
from statusapp.translation import _, ngettext, whole_number

__all__ = ["SheetRow", "WorkbookContent", "WorkbookError", "read_workbook"]

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 400 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200
# Rows are held until the header is found, so this bounds memory; 50,000 actions fit one sheet.
MAX_ROWS_PER_SHEET = 100_000
MAX_CELL_CHARACTERS = 32_767  # Excel's own limit


def read_workbook(path: Path, *, collect_cells: bool = False) -> WorkbookContent:
    """The workbook's content, every value checked; any failure is one WorkbookError line."""
    path = Path(path)
    try:
        with library_warnings_silenced():
            return _read_file(path, collect_cells)
    except WorkbookError:
        raise
    except StatusappError as error:  # the text rule's refusals
        raise WorkbookError(_("{path}: {problem}").format(path=path, problem=error)) from None
    except Exception as error:  # openpyxl, zipfile and zlib raise many kinds for damaged files
        problem = describe_damage(error)
        raise WorkbookError(_("{path}: {problem}").format(path=path, problem=problem)) from None


def _read_file(path: Path, collect_cells: bool) -> WorkbookContent:
    _check_container(path)
    import openpyxl

    if not openpyxl.DEFUSEDXML:
        raise WorkbookError(
            _("defusedxml is not active (OPENPYXL_DEFUSEDXML is off): refusing to read workbooks")
        )
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=False, keep_links=False)
    try:
        return _read(path, workbook, collect_cells)
    finally:
        workbook.close()


def _check_container(path: Path) -> None:
    size, _head = file_head(path, WorkbookError, "a workbook")
    if size > MAX_FILE_BYTES:
        raise WorkbookError(
            _("{path}: {size} MB is more than a workbook of the app can be").format(
                path=path, size=size // (1024 * 1024)
            )
        )
    readable_workbook(path, WorkbookError)  # .ods, .xls, .csv, .docx...: what to do instead
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise WorkbookError(
            _("{path}: the workbook is damaged or truncated (not a complete zip file)").format(
                path=path
            )
        ) from None
    except NotImplementedError as error:  # e.g. a part that needs a newer zip version
        raise WorkbookError(
            _(
                "{path}: the workbook uses a zip feature Excel does not write ({detail}); refused"
            ).format(path=path, detail=_first_line(error))
        ) from None
    except Exception as error:  # a zip64 record or a directory that lies
        raise WorkbookError(
            _("{path}: the workbook is damaged ({detail})").format(
                path=path, detail=_first_line(error)
            )
        ) from None
    with archive:
        entries = archive.infolist()
        names = {entry.filename for entry in entries}
        unpacked = sum(entry.file_size for entry in entries)
        if unpacked > MAX_UNPACKED_BYTES:
            raise WorkbookError(
                _("{path}: unpacks to {size} MB (a zip bomb?); refused").format(
                    path=path, size=unpacked // (1024 * 1024)
                )
            )
        for entry in entries:
            _check_entry(path, archive, entry)
    if "xl/workbook.xml" not in names:
        raise WorkbookError(
            _("{path}: a zip file, but no Excel workbook (no xl/workbook.xml)").format(path=path)
        )


# Excel and LibreOffice write parts stored or deflated, nothing else.
_COMPRESSIONS = {zipfile.ZIP_STORED: "stored", zipfile.ZIP_DEFLATED: "deflated"}
_COMPRESSION_NAMES = {zipfile.ZIP_BZIP2: "bzip2", zipfile.ZIP_LZMA: "LZMA"}


def _check_entry(path: Path, archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> None:
    """Refuse what Excel never writes, then unpack the part once: a damaged deflate stream or a
    wrong CRC anywhere is found here, with the part's name, not half-way through the import."""
    name = entry.filename
    if entry.flag_bits & 0x1:
        raise WorkbookError(
            _(
                "{path}: the part {part} is encrypted (a password-protected zip); "
                "Excel workbooks are never encrypted this way; refused"
            ).format(path=path, part=name)
        )
    if entry.compress_type not in _COMPRESSIONS:
        method = _COMPRESSION_NAMES.get(entry.compress_type)
        message = (
            _(
                "{path}: the part {part} is compressed with {method}, which Excel does not "
                "use; refused (save the workbook again in Excel)"
            )
            if method
            else _(
                "{path}: the part {part} is compressed with method {method}, which Excel does "
                "not use; refused (save the workbook again in Excel)"
            )
        )
        raise WorkbookError(
            message.format(path=path, part=name, method=method or entry.compress_type)
        )
    if entry.extract_version > zipfile.MAX_EXTRACT_VERSION:
        raise WorkbookError(
            _(
                "{path}: the part {part} needs zip version {version}, which no Excel writes; "
                "refused"
            ).format(path=path, part=name, version=f"{entry.extract_version / 10:.1f}")
        )
    if (
        entry.compress_size
        and entry.file_size / entry.compress_size > MAX_COMPRESSION_RATIO
        and entry.file_size > 10 * 1024 * 1024
    ):
        raise WorkbookError(
            _("{path}: {part} unpacks to {size} MB (a zip bomb?); refused").format(
                path=path, part=name, size=entry.file_size // (1024 * 1024)
            )
        )
    try:
        with archive.open(entry) as part:
            if name.endswith((".xml", ".rels")) and _declares_doctype_in(part):
                raise WorkbookError(
                    _(
                        "{path}: {part} holds unsafe XML (a DOCTYPE with entity declarations "
                        "or external references); refused"
                    ).format(path=path, part=name)
                )
            while part.read(1024 * 1024):  # to the end: the CRC is checked there
                pass
    except WorkbookError:
        raise
    except Exception as error:  # zlib.error, BadZipFile (CRC), EOFError, NotImplementedError
        raise WorkbookError(
            _(
                "{path}: the workbook is damaged: its part {part} cannot be unpacked ({detail})"
            ).format(path=path, part=name, detail=_first_line(error))
        ) from None


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return (text.splitlines()[0] if text else type(error).__name__)[:200]


_ROOT_START = re.compile(rb"<[A-Za-z_]")
MAX_PROLOG_BYTES = 1024 * 1024


def _declares_doctype(archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> bool:
    with archive.open(entry) as part:
        return _declares_doctype_in(part)


def _declares_doctype_in(part: IO[bytes]) -> bool:
    """Office XML never has a DOCTYPE; one only serves entity tricks. It stands in the prolog,
    before the root element, so that is all we look at (a prolog padded beyond 1 MB counts too).
    Reads on from where the part stands; the caller may read the rest."""
    prolog = b""
    while len(prolog) < MAX_PROLOG_BYTES:
        chunk = part.read(8192)
        if not chunk:
            break
        prolog += chunk
        root = _ROOT_START.search(prolog)
        if root:
            prolog = prolog[: root.start()]
            return b"<!DOCTYPE" in prolog or b"<!ENTITY" in prolog
    else:
        return True
    return b"<!DOCTYPE" in prolog or b"<!ENTITY" in prolog


def _read(path: Path, workbook: Any, collect_cells: bool) -> WorkbookContent:
    if layout.DATA_SHEET not in workbook.sheetnames:
        raise WorkbookError(
            _(
                "{path}: no sheet {sheet} with the Statusapp data: only workbooks exported by "
                "Statusapp can be imported (or was that sheet deleted?)"
            ).format(path=path, sheet=quoted_sheet(layout.DATA_SHEET))
        )
    content = read_data_sheet(path, workbook[layout.DATA_SHEET], MAX_ROWS_PER_SHEET)
    try:
        return _read_tables(path, workbook, content, collect_cells)
    except WorkbookError as error:
        error.owner = error.owner or content.meta.get("owner")
        raise


def _read_tables(
    path: Path, workbook: Any, content: WorkbookContent, collect_cells: bool
) -> WorkbookContent:
    # A sheet is green when the data sheet places an action of a green table on it: then its
    # Status caption is required, and a deleted one is an error, not a blue table.
    green_sheets = set()
    for entry in content.actions.values():
        ambition = content.ambitions.get(entry.get("ambition_id"), {})
        if ambition.get("table", "green") == "green":
            green_sheets.add(entry["sheet"])
    sheets = sorted(
        {entry["sheet"] for entry in content.actions.values()},
        key=lambda s: workbook.sheetnames.index(s) if s in workbook.sheetnames else -1,
    )
    problems: list[str] = []
    for name in sheets:
        if name not in workbook.sheetnames:
            raise WorkbookError(
                _(
                    "{path}: the sheet {sheet} is missing (renamed or deleted?); "
                    "the import needs it"
                ).format(path=path, sheet=quoted_sheet(name))
            )
        content.rows.extend(_read_table_sheet(path, workbook[name], name in green_sheets, problems))
    if problems and collect_cells:  # the import adds the bad values and refuses them all
        content.bad_cells = problems
    elif problems:  # every formula and overlong cell of the file at once
        raise WorkbookError(cell_problems(path, problems))
    _refuse_copied_ids(path, content.rows)
    return content


def _refuse_copied_ids(path: Path, rows: list[SheetRow]) -> None:
    """A row copied with its hidden id would land on the action it was copied from: name the
    hidden cell, so the user can clear it (the row then comes in as a new action)."""
    seen: dict[str, SheetRow] = {}
    for row in rows:
        if row.action_id is None:
            continue
        first = seen.setdefault(row.action_id, row)
        if first is row:
            continue
        if first.sheet == row.sheet:
            message = _(
                "{path}: {row} repeats the id of row {first_row} in the hidden column {column} "
                "(id): a row copied with its id; clear cell {cell} to add the row as a new action"
            )
        else:
            message = _(
                "{path}: {row} repeats the id of {first} in the hidden column {column} (id): a "
                "row copied with its id; clear cell {cell} to add the row as a new action"
            )
        raise WorkbookError(
            message.format(
                path=path,
                row=row_name(row.sheet, row.row),
                first=row_name(first.sheet, first.row),
                first_row=first.row,
                column=row.id_column,
                cell=f"{row.id_column}{row.row}",  # the row names the sheet already
            )
        )


_FIELDS = ("ambition", "action", "planned", "status", "explanation")
# Each field's captions in either language, and the field each caption names.
_CAPTIONS = {
    caption: name
    for captions in layout.GREEN_CAPTIONS.values()
    for name, caption in zip(_FIELDS, captions, strict=True)
}
_CAPTIONS["id"] = "id"
HEADER_SEARCH_ROWS = 10


def _find_header(
    path: Path, sheet: Any, rows: list[tuple[Any, ...]], green: bool
) -> tuple[int, dict[str, int]]:
    """The header row (the report's captions, either language) and the column of each field.

    The header is the first row holding two captions or more; it must name each field of its
    table once: a caption typed over another would read one column as the other.
    """
    from openpyxl.utils import get_column_letter

    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        texts = [value.strip() if isinstance(value, str) else "" for value in row]
        found = [
            (column, _CAPTIONS[text]) for column, text in enumerate(texts) if text in _CAPTIONS
        ]
        if len([name for _, name in found if name != "id"]) < 2:
            continue
        title = quoted_sheet(sheet.title)
        columns: dict[str, int] = {}
        for column, name in found:
            if name in columns:
                first, second = (get_column_letter(c + 1) for c in (columns[name], column))
                raise WorkbookError(
                    _(
                        "{path}: {row}: the header names {caption} twice ({first} and "
                        "{second}); restore the captions as exported"
                    ).format(
                        path=path,
                        row=row_name(sheet.title, index + 1),
                        caption=repr(texts[column]),
                        first=f"{first}{index + 1}",
                        second=f"{second}{index + 1}",
                    )
                )
            columns[name] = column
        if "id" not in columns:
            raise WorkbookError(
                _("{path}: sheet {sheet}: the hidden id column is gone; export again").format(
                    path=path, sheet=title
                )
            )
        required = _FIELDS if green else tuple(n for n in _FIELDS if n != "status")
        language = "en" if texts[columns.get("action", -1)] in layout.GREEN_CAPTIONS["en"] else "nl"
        for name in required:
            if name not in columns:
                caption = layout.GREEN_CAPTIONS[language][_FIELDS.index(name)]
                message = (
                    _(
                        "{path}: {row}: the header lacks the caption {caption} (this sheet's "
                        "table has a status); restore the captions as exported"
                    )
                    if name == "status"
                    else _(
                        "{path}: {row}: the header lacks the caption {caption}; restore the "
                        "captions as exported"
                    )
                )
                raise WorkbookError(
                    message.format(
                        path=path, row=row_name(sheet.title, index + 1), caption=repr(caption)
                    )
                )
        if not green:
            columns.pop("status", None)  # blue tables have none; a stray caption is no field
        return index, columns
    raise WorkbookError(
        _(
            "{path}: sheet {sheet}: the header row with the captions is gone "
            "({first}, {second}, ...)"
        ).format(
            path=path,
            sheet=quoted_sheet(sheet.title),
            first=repr(layout.GREEN_CAPTIONS["nl"][1]),
            second=repr(layout.GREEN_CAPTIONS["nl"][2]),
        )
    )


# Excel writes characters XML cannot hold as _xHHHH_ (ECMA-376 ST_Xstring); openpyxl leaves
# them escaped, so a typed control character would slip past the text rule.
_ESCAPED = re.compile("_x([0-9A-Fa-f]{4})_")


def cell_text(value: str) -> str:
    """A cell's text as Excel shows it: _xHHHH_ escapes decoded."""
    if "_x" not in value:
        return value
    return _ESCAPED.sub(lambda match: chr(int(match.group(1), 16)), value)


def _read_table_sheet(path: Path, sheet: Any, green: bool, problems: list[str]) -> list[SheetRow]:
    from openpyxl.utils import get_column_letter

    raw: list[tuple[Any, ...]] = []
    sheet.reset_dimensions()  # every row counts, whatever the sheet's <dimension> claims
    for number, cells in enumerate(sheet.iter_rows(), 1):
        if number > MAX_ROWS_PER_SHEET:
            raise WorkbookError(too_many_rows(path, sheet.title))
        values = []
        for cell in cells:
            value = getattr(cell, "value", None)
            if getattr(cell, "data_type", None) == "f":
                problems.append(
                    _("{path}: {cell} holds a formula ({formula}); type the value instead").format(
                        path=path,
                        cell=cell_name(sheet.title, cell.coordinate),
                        formula=shorten(str(value), 40),
                    )
                )
                value = None
            if isinstance(value, str):
                if len(value) > MAX_CELL_CHARACTERS:
                    problems.append(
                        ngettext(
                            "{path}: {cell} holds {count} character, more than a cell can "
                            "({limit})",
                            "{path}: {cell} holds {count} characters, more than a cell can "
                            "({limit})",
                            len(value),
                        ).format(
                            path=path,
                            cell=cell_name(sheet.title, cell.coordinate),
                            count=whole_number(len(value)),
                            limit=whole_number(MAX_CELL_CHARACTERS),
                        )
                    )
                    value = ""
                else:
                    value = check_text(
                        cell_name(sheet.title, cell.coordinate),
                        cell_text(value),
                        limit=MAX_CELL_CHARACTERS,
                    )
            values.append(value)
        raw.append(tuple(values))
    header, columns = _find_header(path, sheet, raw, green)

    def text(row: tuple[Any, ...], name: str) -> str:
        column = columns.get(name)
        if column is None or column >= len(row) or row[column] is None:
            return ""
        value = row[column]
        if isinstance(value, float) and value.is_integer():
            value = int(value)  # a year typed as a number
        if isinstance(value, (datetime, date, time)):  # Excel made a typed 1-3-2025 a date
            dates[name] = shown_date(value)
            return dates[name]
        return str(value)

    rows = []
    for offset, values in enumerate(raw[header + 1 :], header + 2):
        dates: dict[str, str] = {}
        identifier = text(values, "id").strip() or None
        rows.append(
            SheetRow(
                date_cells=dates,
                sheet=sheet.title,
                row=offset,
                action_id=identifier,
                ambition_cell=text(values, "ambition"),
                action_cell=text(values, "action"),
                planned_cell=text(values, "planned"),
                status_cell=text(values, "status") if "status" in columns else None,
                explanation=text(values, "explanation"),
                status_column=get_column_letter(columns.get("status", 3) + 1),
                planned_column=get_column_letter(columns["planned"] + 1),
                id_column=get_column_letter(columns["id"] + 1),
            )
        )
    return rows


def shown_date(value: datetime | date | time) -> str:
    """A date or time cell as Excel shows it in a Dutch sheet: 01-03-2025, 14:30."""
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return f"{value:%d-%m-%Y}"
        return f"{value:%d-%m-%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d-%m-%Y}"
    return f"{value:%H:%M}"


def too_many_rows(path: Path, sheet: str) -> str:
    """The refusal of a sheet longer than any the app reads (the report reader's too)."""
    return ngettext(
        "{path}: sheet {sheet} has more than {count} row; refused",
        "{path}: sheet {sheet} has more than {count} rows; refused",
        MAX_ROWS_PER_SHEET,
    ).format(path=path, sheet=quoted_sheet(sheet), count=whole_number(MAX_ROWS_PER_SHEET))


def check_workbook_file(path: Path) -> None:
    """The checks every workbook passes before openpyxl sees it (size, zip bomb, DOCTYPE)."""
    _check_container(path)
