"""The hidden `statusapp` sheet: read it row by row and check every value before anyone uses it.

The import and the working copy trust these values (ids, revisions, base values, names), so a
hand-edited or damaged sheet must be refused here with its row, not fail later somewhere deep.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from statusapp.domain.labels import quoted_sheet, row_name
from statusapp.domain.model import PillarKind, TableKind
from statusapp.domain.status import Status
from statusapp.domain.text_rules import InvalidTextError, check_explanation_limit, check_text
from statusapp.excel import layout
from statusapp.excel.workbook_content import WorkbookContent, WorkbookError
from statusapp.translation import _

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path


STATUSES = frozenset(status.value for status in Status)


def read_data_sheet(path: Path, sheet: Any, max_rows: int) -> WorkbookContent:
    """The content the sheet describes (meta, pillars, ambitions, actions), every value checked."""

    def damaged(message: str, **values: Any) -> WorkbookError:  # message: {path}, {sheet}...
        if "row" in values:
            values["row"] = row_name(layout.DATA_SHEET, values["row"])
        return WorkbookError(
            message.format(path=path, sheet=quoted_sheet(layout.DATA_SHEET), **values)
        )

    content: WorkbookContent | None = None
    chunks: dict[int, tuple[int, str]] = {}  # index -> (row, text)
    sheet.reset_dimensions()  # every row counts, whatever the sheet's <dimension> claims
    for number, row in enumerate(sheet.iter_rows(values_only=True), 1):
        if number > max_rows:
            raise damaged(_("{path}: sheet {sheet} has more rows than an export can have"))
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
            raise damaged(_row_damaged(), row=number)
        where = number
        if kind == "meta":
            if data.get("format") != layout.WORKBOOK_FORMAT:
                raise WorkbookError(
                    _("{path}: not a Statusapp workbook (format {format})").format(
                        path=path, format=repr(data.get("format"))
                    )
                )
            if data.get("format_version") != layout.WORKBOOK_FORMAT_VERSION:
                raise WorkbookError(
                    _(
                        "{path}: workbook format {found} is not supported (this version reads "
                        "{supported}); update Statusapp"
                    ).format(
                        path=path,
                        found=repr(data.get("format_version")),
                        supported=layout.WORKBOOK_FORMAT_VERSION,
                    )
                )
            _check(path, where, _check_meta, data)
            content = WorkbookContent(path, data)
        elif content is None:
            raise damaged(
                _(
                    "{path}: sheet {sheet} lacks its first data row; do not edit that sheet "
                    "(export again)"
                )
            )
        elif kind in ("pillar", "ambition") and isinstance(identifier, str) and identifier:
            _check(path, where, _check_pillar if kind == "pillar" else _check_ambition, data)
            getattr(content, kind + "s")[identifier] = data
        elif kind == "action" and isinstance(identifier, str) and identifier:
            # Older exports wrote one row per action.
            _check(path, where, _check_action, data)
            content.actions[identifier] = data
        else:
            raise damaged(_row_damaged(), row=number)
    if content is None:
        raise damaged(_("{path}: sheet {sheet} is empty; do not edit that sheet (export again)"))
    _read_actions(path, content, chunks, damaged)
    return content


def _row_damaged() -> str:
    return _("{path}: {row} is damaged; do not edit that sheet (export again)")


def _actions_damaged() -> str:
    return _(
        "{path}: sheet {sheet}: the actions' data is damaged; do not edit that sheet (export again)"
    )


def _read_actions(
    path: Path,
    content: WorkbookContent,
    chunks: dict[int, tuple[int, str]],
    damaged: Callable[[str], Exception],
) -> None:
    if sorted(chunks) != list(range(len(chunks))):
        raise damaged(_actions_damaged())
    joined = "".join(chunks[i][1] for i in range(len(chunks)))
    try:
        entries = json.loads(joined) if chunks else []
    except (ValueError, RecursionError):
        raise damaged(_actions_damaged()) from None
    if not isinstance(entries, list):
        raise damaged(_actions_damaged())
    starts = []  # where each chunk starts in the joined text, to name an entry's row
    offset = 0
    for i in range(len(chunks)):
        starts.append((offset, chunks[i][0]))
        offset += len(chunks[i][1])
    for entry in entries:
        identifier = entry.get("id") if isinstance(entry, dict) else None
        if not isinstance(identifier, str) or not identifier.strip():
            raise damaged(
                _(
                    "{path}: sheet {sheet}: the actions' data holds an action without an id; "
                    "do not edit that sheet (export again)"
                )
            )
        position = joined.find(json.dumps(identifier, ensure_ascii=False))
        row = max((r for start, r in starts if start <= position), default=starts[0][1])
        if identifier in content.actions:
            raise damaged(
                _(
                    "{path}: {row} (action {action}) holds that action twice; "
                    "do not edit that sheet (export again)"
                ),
                row=row,
                action=identifier,
            )
        _check(path, row, _check_action, entry, identifier)
        content.actions[identifier] = {k: v for k, v in entry.items() if k != "id"}


def _check(
    path: Path,
    row: int,
    check: Callable[[dict[str, Any]], None],
    data: dict[str, Any],
    action: str | None = None,
) -> None:
    try:
        check(data)
    except (_Invalid, InvalidTextError) as error:
        message = (
            _("{path}: {row}: {problem}; do not edit that sheet (export again)")
            if action is None
            else _(
                "{path}: {row} (action {action}): {problem}; do not edit that sheet (export again)"
            )
        )
        raise WorkbookError(
            message.format(
                path=path, row=row_name(layout.DATA_SHEET, row), action=action, problem=error
            )
        ) from None


class _Invalid(ValueError):
    pass


def _text(data: dict[str, Any], key: str, *, single_line: bool = False, required: bool = False):
    value = data.get(key, "")
    if required and key not in data:
        raise _Invalid(_("{key} is missing").format(key=repr(key)))
    if not isinstance(value, str):
        raise _Invalid(
            _("{key} must be text, not {kind}").format(key=repr(key), kind=type(value).__name__)
        )
    check_text(repr(key), value, single_line=single_line)
    return value


def _optional_text(data: dict[str, Any], key: str, *, single_line: bool = False) -> None:
    if data.get(key) is not None:
        _text(data, key, single_line=single_line)


def _identifier(data: dict[str, Any], key: str) -> None:
    value = _text(data, key, single_line=True, required=True)
    if not value.strip():
        raise _Invalid(_("{key} is empty").format(key=repr(key)))


def _check_meta(data: dict[str, Any]) -> None:
    programme, round_ = data.get("programme"), data.get("round")
    if not isinstance(programme, dict) or not isinstance(round_, dict):
        raise _Invalid(_("the programme or the round is missing"))
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
        raise _Invalid(
            _("{key} {value} is no date").format(key="'reference_date'", value=repr(reference))
        ) from None
    if not isinstance(round_.get("closed", False), bool):
        raise _Invalid(_("{key} must be true or false").format(key="'closed'"))
    _optional_text(data, "owner", single_line=True)


def _check_pillar(data: dict[str, Any]) -> None:
    if data.get("kind", "pillar") not in {kind.value for kind in PillarKind}:
        raise _Invalid(
            _("{key} {value} is unknown").format(key="'kind'", value=repr(data.get("kind")))
        )
    _text(data, "title")
    aims = data.get("aims", [])
    if not isinstance(aims, list) or not all(isinstance(aim, str) for aim in aims):
        raise _Invalid(_("{key} must be a list of texts").format(key="'aims'"))
    for aim in aims:
        check_text("'aims'", aim)


def _check_ambition(data: dict[str, Any]) -> None:
    _identifier(data, "pillar_id")
    if data.get("table", "green") not in {kind.value for kind in TableKind}:
        raise _Invalid(
            _("{key} {value} is unknown").format(key="'table'", value=repr(data.get("table")))
        )
    for key in ("title", "description", "note"):
        _text(data, key)


def _check_action(data: dict[str, Any]) -> None:
    _identifier(data, "ambition_id")
    _text(data, "sheet", single_line=True, required=True)
    for key, least in (("row", 1), ("revision", 0)):  # revision 0: no update in the round yet
        value = data.get(key, 1)
        if isinstance(value, bool) or not isinstance(value, int) or value < least:
            raise _Invalid(
                _("{key} must be a whole number of at least {least}, not {value}").format(
                    key=repr(key), least=least, value=repr(value)
                )
            )
    status = data.get("status", "none")
    if status not in STATUSES:
        raise _Invalid(
            _("{key} {value} is no status ({known})").format(
                key="'status'", value=repr(status), known=", ".join(sorted(STATUSES))
            )
        )
    for key in ("planned", "explanation", "text"):
        _text(data, key)
    _text(data, "number", single_line=True)
    _optional_text(data, "owner", single_line=True)
    _optional_text(data, "owner_now", single_line=True)
    _optional_text(data, "parent_id", single_line=True)
    items = data.get("sub_items", [])
    if not isinstance(items, list):
        raise _Invalid(_("{key} must be a list").format(key="'sub_items'"))
    for item in items:
        if not isinstance(item, dict):
            raise _Invalid(_("{key} must be a list of objects").format(key="'sub_items'"))
        _text(item, "text")
        _text(item, "planned")
