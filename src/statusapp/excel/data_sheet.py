"""The hidden `statusapp` sheet: read it row by row and check every value before anyone uses it.

The import and the working copy trust these values (ids, revisions, base values, names), so a
hand-edited or damaged sheet must be refused here with its row, not fail later somewhere deep.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from statusapp.domain.model import PillarKind, TableKind
from statusapp.domain.status import Status
from statusapp.domain.text_rules import InvalidTextError, check_explanation_limit, check_text
from statusapp.excel import layout
from statusapp.excel.workbook_content import WorkbookContent, WorkbookError

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path


STATUSES = frozenset(status.value for status in Status)
_DO_NOT_EDIT = "do not edit that sheet (export again)"


def read_data_sheet(path: Path, sheet: Any, max_rows: int) -> WorkbookContent:
    """The content the sheet describes (meta, pillars, ambitions, actions), every value checked."""

    def damaged(tail: str) -> WorkbookError:  # tail: " row 3 is damaged", ": the ..."
        return WorkbookError(f"{path}: sheet {layout.DATA_SHEET!r}{tail}; {_DO_NOT_EDIT}")

    content: WorkbookContent | None = None
    chunks: dict[int, tuple[int, str]] = {}  # index -> (row, text)
    sheet.reset_dimensions()  # every row counts, whatever the sheet's <dimension> claims
    for number, row in enumerate(sheet.iter_rows(values_only=True), 1):
        if number > max_rows:
            raise WorkbookError(
                f"{path}: sheet {layout.DATA_SHEET!r} has more rows than an export can have"
            )
        if number == 1 or not row or row[0] is None:
            continue
        kind, identifier, payload = [*row, None, None, None][:3]
        if kind == "actions" and isinstance(payload, str) and str(identifier).isdigit():
            chunks[int(str(identifier))] = (number, payload)
            continue
        try:
            data = json.loads(payload) if isinstance(payload, str) else None
        except (json.JSONDecodeError, RecursionError):
            data = None
        if not isinstance(data, dict):
            raise damaged(f" row {number} is damaged")
        where = f"row {number}"
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
            _check(path, where, _check_meta, data)
            content = WorkbookContent(path, data)
        elif content is None:
            raise WorkbookError(f"{path}: sheet {layout.DATA_SHEET!r} lacks its first data row")
        elif kind in ("pillar", "ambition") and isinstance(identifier, str) and identifier:
            _check(path, where, _check_pillar if kind == "pillar" else _check_ambition, data)
            getattr(content, kind + "s")[identifier] = data
        elif kind == "action" and isinstance(identifier, str) and identifier:
            # Older exports wrote one row per action.
            _check(path, where, _check_action, data)
            content.actions[identifier] = data
        else:
            raise damaged(f" row {number} is damaged")
    if content is None:
        raise WorkbookError(f"{path}: sheet {layout.DATA_SHEET!r} is empty; {_DO_NOT_EDIT}")
    _read_actions(path, content, chunks, damaged)
    return content


def _read_actions(
    path: Path,
    content: WorkbookContent,
    chunks: dict[int, tuple[int, str]],
    damaged: Callable[[str], Exception],
) -> None:
    if sorted(chunks) != list(range(len(chunks))):
        raise damaged(": the actions' data is damaged")
    joined = "".join(chunks[i][1] for i in range(len(chunks)))
    try:
        entries = json.loads(joined) if chunks else []
    except (ValueError, RecursionError):
        raise damaged(": the actions' data is damaged") from None
    if not isinstance(entries, list):
        raise damaged(": the actions' data is damaged")
    starts = []  # where each chunk starts in the joined text, to name an entry's row
    offset = 0
    for i in range(len(chunks)):
        starts.append((offset, chunks[i][0]))
        offset += len(chunks[i][1])
    for entry in entries:
        identifier = entry.get("id") if isinstance(entry, dict) else None
        if not isinstance(identifier, str) or not identifier.strip():
            raise damaged(": the actions' data holds an action without an id")
        position = joined.find(json.dumps(identifier, ensure_ascii=False))
        row = max((r for start, r in starts if start <= position), default=starts[0][1])
        where = f"row {row} (action {identifier})"
        if identifier in content.actions:
            raise damaged(f" {where} holds that action twice")
        _check(path, where, _check_action, entry)
        content.actions[identifier] = {k: v for k, v in entry.items() if k != "id"}


def _check(
    path: Path, where: str, check: Callable[[dict[str, Any]], None], data: dict[str, Any]
) -> None:
    try:
        check(data)
    except (_Invalid, InvalidTextError) as error:
        raise WorkbookError(
            f"{path}: sheet {layout.DATA_SHEET!r} {where}: {error}; {_DO_NOT_EDIT}"
        ) from None


class _Invalid(ValueError):
    pass


def _text(data: dict[str, Any], key: str, *, single_line: bool = False, required: bool = False):
    value = data.get(key, "")
    if required and key not in data:
        raise _Invalid(f"{key!r} is missing")
    if not isinstance(value, str):
        raise _Invalid(f"{key!r} must be text, not {type(value).__name__}")
    check_text(repr(key), value, single_line=single_line)
    return value


def _optional_text(data: dict[str, Any], key: str, *, single_line: bool = False) -> None:
    if data.get(key) is not None:
        _text(data, key, single_line=single_line)


def _identifier(data: dict[str, Any], key: str) -> None:
    value = _text(data, key, single_line=True, required=True)
    if not value.strip():
        raise _Invalid(f"{key!r} is empty")


def _check_meta(data: dict[str, Any]) -> None:
    programme, round_ = data.get("programme"), data.get("round")
    if not isinstance(programme, dict) or not isinstance(round_, dict):
        raise _Invalid("the programme or the round is missing")
    _identifier(programme, "id")
    _text(programme, "name", single_line=True, required=True)
    for key in ("organisation", "term", "language"):
        _text(programme, key, single_line=True)
    if "explanation_limit" in programme:
        try:
            check_explanation_limit("'explanation_limit'", programme["explanation_limit"])
        except InvalidTextError as error:
            raise _Invalid(str(error)) from None
    _identifier(round_, "id")
    _text(round_, "name", single_line=True, required=True)
    reference = _text(round_, "reference_date", single_line=True, required=True)
    from datetime import date

    try:
        date.fromisoformat(reference)
    except ValueError:
        raise _Invalid(f"'reference_date' {reference!r} is no date") from None
    if not isinstance(round_.get("closed", False), bool):
        raise _Invalid("'closed' must be true or false")
    _optional_text(data, "owner", single_line=True)


def _check_pillar(data: dict[str, Any]) -> None:
    if data.get("kind", "pillar") not in {kind.value for kind in PillarKind}:
        raise _Invalid(f"'kind' {data.get('kind')!r} is unknown")
    _text(data, "title")
    aims = data.get("aims", [])
    if not isinstance(aims, list) or not all(isinstance(aim, str) for aim in aims):
        raise _Invalid("'aims' must be a list of texts")
    for aim in aims:
        check_text("'aims'", aim)


def _check_ambition(data: dict[str, Any]) -> None:
    _identifier(data, "pillar_id")
    if data.get("table", "green") not in {kind.value for kind in TableKind}:
        raise _Invalid(f"'table' {data.get('table')!r} is unknown")
    for key in ("title", "description", "note"):
        _text(data, key)


def _check_action(data: dict[str, Any]) -> None:
    _identifier(data, "ambition_id")
    _text(data, "sheet", single_line=True, required=True)
    for key, least in (("row", 1), ("revision", 0)):  # revision 0: no update in the round yet
        value = data.get(key, 1)
        if isinstance(value, bool) or not isinstance(value, int) or value < least:
            raise _Invalid(f"{key!r} must be a whole number of at least {least}, not {value!r}")
    status = data.get("status", "none")
    if status not in STATUSES:
        raise _Invalid(f"'status' {status!r} is no status ({', '.join(sorted(STATUSES))})")
    for key in ("planned", "explanation", "text"):
        _text(data, key)
    _text(data, "number", single_line=True)
    _optional_text(data, "owner", single_line=True)
    _optional_text(data, "owner_now", single_line=True)
    _optional_text(data, "parent_id", single_line=True)
    items = data.get("sub_items", [])
    if not isinstance(items, list):
        raise _Invalid("'sub_items' must be a list")
    for item in items:
        if not isinstance(item, dict):
            raise _Invalid("'sub_items' must be a list of objects")
        _text(item, "text")
        _text(item, "planned")
