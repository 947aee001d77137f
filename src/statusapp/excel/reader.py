"""Reading a workbook the app exported and someone edited, with every check a hostile file needs.

Before openpyxl sees a file it must be a zip of sane size that unpacks to a sane size; openpyxl
then parses its XML through defusedxml (entity declarations refused). Every error is one line
that names the file and, where it can, the sheet and cell.
"""

from __future__ import annotations

import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from statusapp.errors import StatusappError
from statusapp.excel import layout

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 400 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200
# Rows are held until the header is found, so this bounds memory; 50,000 actions fit one sheet.
MAX_ROWS_PER_SHEET = 100_000
MAX_CELL_CHARACTERS = 32_767  # Excel's own limit
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")  # a zip with entries, an empty zip
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .xlsx and old .xls


# Bidirectional overrides and isolates: they can make text read differently than it is stored.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
BIDI_CONTROLS = _BIDI_CONTROLS


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


def read_workbook(path: Path) -> WorkbookContent:
    path = Path(path)
    _check_container(path)
    import openpyxl

    if not openpyxl.DEFUSEDXML:
        raise WorkbookError(
            "defusedxml is not active (OPENPYXL_DEFUSEDXML is off): refusing to read workbooks"
        )
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=False, keep_links=False)
    except WorkbookError:
        raise
    except Exception as error:  # openpyxl raises many kinds for damaged files
        raise WorkbookError(f"{path}: {_describe_damage(error)}") from None
    try:
        return _read(path, workbook)
    except WorkbookError:
        raise
    except Exception as error:
        raise WorkbookError(f"{path}: {_describe_damage(error)}") from None
    finally:
        workbook.close()


def file_head(
    path: Path, error: type[StatusappError], what: str, length: int = 8
) -> tuple[int, bytes]:
    """The file's size and first bytes, or a one-line `error` naming it (`what`: "a workbook")."""
    try:
        size = path.stat().st_size
        with path.open("rb") as file:
            return size, file.read(length)
    except FileNotFoundError:
        raise error(f"{path}: file not found") from None
    except IsADirectoryError:
        raise error(f"{path}: is a folder, not {what}") from None
    except OSError as failure:
        raise error(f"{path}: cannot read the file ({failure.strerror})") from None


def _check_container(path: Path) -> None:
    size, magic = file_head(path, WorkbookError, "a workbook")
    if size > MAX_FILE_BYTES:
        raise WorkbookError(
            f"{path}: {size // (1024 * 1024)} MB is more than a workbook of the app can be"
        )
    if magic.startswith(OLE_MAGIC):
        raise WorkbookError(
            f"{path}: the workbook is password-protected or an old .xls file; "
            "remove the password (or save it as .xlsx) in Excel first"
        )
    if not magic.startswith(ZIP_MAGICS):
        raise WorkbookError(f"{path}: not an Excel workbook (.xlsx)")
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            names = {entry.filename for entry in entries}
            unpacked = sum(entry.file_size for entry in entries)
            for entry in entries:
                if entry.filename.endswith((".xml", ".rels")) and _declares_doctype(archive, entry):
                    raise WorkbookError(
                        f"{path}: {entry.filename} holds unsafe XML (a DOCTYPE with entity "
                        "declarations or external references); refused"
                    )
                if (
                    entry.compress_size
                    and entry.file_size / entry.compress_size > MAX_COMPRESSION_RATIO
                    and entry.file_size > 10 * 1024 * 1024
                ):
                    raise WorkbookError(
                        f"{path}: {entry.filename} unpacks to "
                        f"{entry.file_size // (1024 * 1024)} MB (a zip bomb?); refused"
                    )
    except zipfile.BadZipFile:
        raise WorkbookError(
            f"{path}: the workbook is damaged or truncated (not a complete zip file)"
        ) from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise WorkbookError(
            f"{path}: unpacks to {unpacked // (1024 * 1024)} MB (a zip bomb?); refused"
        )
    if "xl/workbook.xml" not in names:
        raise WorkbookError(f"{path}: a zip file, but no Excel workbook (no xl/workbook.xml)")


_ROOT_START = re.compile(rb"<[A-Za-z_]")
MAX_PROLOG_BYTES = 1024 * 1024


def _declares_doctype(archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> bool:
    """Office XML never has a DOCTYPE; one only serves entity tricks. It stands in the prolog,
    before the root element, so that is all we read (a prolog padded beyond 1 MB counts too)."""
    prolog = b""
    with archive.open(entry) as part:
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


def _describe_damage(error: Exception) -> str:
    cause: BaseException | None = error
    while cause is not None:  # openpyxl wraps the parser's error
        if type(cause).__name__ in (
            "EntitiesForbidden",
            "DTDForbidden",
            "ExternalReferenceForbidden",
        ):
            return "the workbook holds unsafe XML (entity declarations); refused"
        cause = cause.__cause__ or cause.__context__
    name = type(error).__name__
    if name in (
        "EntitiesForbidden",
        "DTDForbidden",
        "ExternalReferenceForbidden",
        "NotSupportedError",
    ):
        return (
            "the workbook contains unsafe XML (entity declarations or external references); refused"
        )
    if isinstance(error, zipfile.BadZipFile):
        return "the workbook is damaged or truncated"
    if isinstance(error, KeyError):
        return f"the workbook is damaged (missing part {error})"
    detail = str(error).strip().splitlines()[0] if str(error).strip() else name
    return f"the workbook is damaged or not one Statusapp wrote ({detail[:200]})"


def _read(path: Path, workbook: Any) -> WorkbookContent:
    if layout.DATA_SHEET not in workbook.sheetnames:
        raise WorkbookError(
            f"{path}: no sheet {layout.DATA_SHEET!r} with the Statusapp data: only workbooks "
            "exported by Statusapp can be imported (or was that sheet deleted?)"
        )
    content = _read_data_sheet(path, workbook[layout.DATA_SHEET])
    sheets = sorted(
        {entry["sheet"] for entry in content.actions.values()},
        key=lambda s: workbook.sheetnames.index(s) if s in workbook.sheetnames else -1,
    )
    for name in sheets:
        if name not in workbook.sheetnames:
            raise WorkbookError(
                f"{path}: the sheet {name!r} is missing (renamed or deleted?); the import needs it"
            )
        content.rows.extend(_read_table_sheet(path, workbook[name]))
    return content


def _read_data_sheet(path: Path, sheet: Any) -> WorkbookContent:
    content: WorkbookContent | None = None
    chunks: dict[int, str] = {}
    for number, row in enumerate(sheet.iter_rows(values_only=True), 1):
        if number == 1 or not row or row[0] is None:
            continue
        kind, identifier, payload = [*row, None, None, None][:3]
        if kind == "actions" and isinstance(payload, str) and str(identifier).isdigit():
            chunks[int(str(identifier))] = payload
            continue
        try:
            data = json.loads(payload) if isinstance(payload, str) else None
        except json.JSONDecodeError:
            data = None
        if not isinstance(data, dict):
            raise WorkbookError(
                f"{path}: sheet {layout.DATA_SHEET!r} row {number} is damaged; "
                "do not edit that sheet"
            )
        if kind == "meta":
            if data.get("format") != layout.WORKBOOK_FORMAT:
                raise WorkbookError(
                    f"{path}: not a Statusapp workbook (format {data.get('format')!r})"
                )
            if data.get("format_version") != layout.WORKBOOK_FORMAT_VERSION:
                raise WorkbookError(
                    f"{path}: workbook format {data.get('format_version')!r} is not supported "
                    f"(this version reads {layout.WORKBOOK_FORMAT_VERSION}); update Statusapp"
                )
            content = WorkbookContent(path, data)
        elif content is None:
            raise WorkbookError(f"{path}: sheet {layout.DATA_SHEET!r} lacks its first data row")
        elif kind in ("pillar", "ambition", "action") and isinstance(identifier, str):
            getattr(content, kind + "s")[identifier] = data
        else:
            raise WorkbookError(
                f"{path}: sheet {layout.DATA_SHEET!r} row {number} is damaged; "
                "do not edit that sheet"
            )
        if number > MAX_ROWS_PER_SHEET:
            raise WorkbookError(
                f"{path}: sheet {layout.DATA_SHEET!r} has more rows than an export can have"
            )
    if content is None:
        raise WorkbookError(f"{path}: sheet {layout.DATA_SHEET!r} is empty; do not edit that sheet")
    try:
        if sorted(chunks) != list(range(len(chunks))):
            raise ValueError("chunks missing")
        entries = json.loads("".join(chunks[i] for i in range(len(chunks)))) if chunks else []
        for entry in entries:
            content.actions[entry.pop("id")] = entry
    except (ValueError, TypeError, KeyError, AttributeError):
        raise WorkbookError(
            f"{path}: sheet {layout.DATA_SHEET!r}: the actions' data is damaged; "
            "do not edit that sheet"
        ) from None
    return content


def _find_header(path: Path, sheet: Any, rows: list[tuple[Any, ...]]) -> tuple[int, dict[str, int]]:
    """The header row (the report's captions, either language) and the column of each field."""
    wanted = {
        "ambition": {c[0] for c in layout.GREEN_CAPTIONS.values()},
        "action": {c[1] for c in layout.GREEN_CAPTIONS.values()},
        "planned": {c[2] for c in layout.GREEN_CAPTIONS.values()},
        "status": {c[3] for c in layout.GREEN_CAPTIONS.values()},
        "explanation": {c[4] for c in layout.GREEN_CAPTIONS.values()},
        "id": {"id"},
    }
    for index, row in enumerate(rows[:10]):
        texts = [str(value).strip() if value is not None else "" for value in row]
        columns = {}
        for name, captions in wanted.items():
            for column, text in enumerate(texts):
                if text in captions:
                    columns[name] = column
                    break
        if {"action", "planned", "explanation"} <= set(columns):
            if "id" not in columns:
                raise WorkbookError(
                    f"{path}: sheet {sheet.title!r}: the hidden id column is gone; export again"
                )
            return index, columns
    raise WorkbookError(
        f"{path}: sheet {sheet.title!r}: the header row with the captions is gone "
        f"({layout.GREEN_CAPTIONS['nl'][1]!r}, {layout.GREEN_CAPTIONS['nl'][2]!r}, ...)"
    )


def _read_table_sheet(path: Path, sheet: Any) -> list[SheetRow]:
    from openpyxl.utils import get_column_letter

    raw: list[tuple[Any, ...]] = []
    for number, cells in enumerate(sheet.iter_rows(), 1):
        if number > MAX_ROWS_PER_SHEET:
            raise WorkbookError(
                f"{path}: sheet {sheet.title!r} has more than {MAX_ROWS_PER_SHEET:,} rows; refused"
            )
        values = []
        for cell in cells:
            value = getattr(cell, "value", None)
            if getattr(cell, "data_type", None) == "f":
                raise WorkbookError(
                    f"{path}: sheet {sheet.title!r} cell {cell.coordinate} holds a formula "
                    f"({str(value)[:40]}); type the value instead"
                )
            if isinstance(value, str) and _BIDI_CONTROLS.search(value):
                raise WorkbookError(
                    f"{path}: sheet {sheet.title!r} cell {cell.coordinate} holds right-to-left "
                    "control characters, which can disguise what text says; remove them"
                )
            if isinstance(value, str) and len(value) > MAX_CELL_CHARACTERS:
                raise WorkbookError(
                    f"{path}: sheet {sheet.title!r} cell {cell.coordinate} holds {len(value):,} "
                    f"characters, more than a cell can ({MAX_CELL_CHARACTERS:,})"
                )
            values.append(value)
        raw.append(tuple(values))
    header, columns = _find_header(path, sheet, raw)

    def text(row: tuple[Any, ...], name: str) -> str:
        column = columns.get(name)
        if column is None or column >= len(row) or row[column] is None:
            return ""
        value = row[column]
        if isinstance(value, float) and value.is_integer():
            value = int(value)  # a year typed as a number
        return str(value)

    rows = []
    for offset, values in enumerate(raw[header + 1 :], header + 2):
        identifier = text(values, "id").strip() or None
        rows.append(
            SheetRow(
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
            )
        )
    return rows


def check_workbook_file(path: Path) -> None:
    """The checks every workbook passes before openpyxl sees it (size, zip bomb, DOCTYPE)."""
    _check_container(path)


def describe_damage(error: Exception) -> str:
    """One line for an error openpyxl raised on a damaged or hostile file."""
    return _describe_damage(error)
