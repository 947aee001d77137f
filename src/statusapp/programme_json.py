"""The programme as JSON: the format of the built-in data set and of `statusapp list --json`.

One format serves both, so a `list --json` dump is itself a valid data file. Keys that are derived
(symbol, programmes, planned_years) are written for readers and ignored on reading.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, NoReturn

from statusapp.domain import (
    Action,
    Ambition,
    Pillar,
    PillarKind,
    Programme,
    ProgrammeTree,
    ReportingRound,
    ReviewState,
    Status,
    StatusUpdate,
    SubItem,
    TableKind,
)
from statusapp.domain.model import DEFAULT_EXPLANATION_LIMIT
from statusapp.domain.planned import parse_planned
from statusapp.domain.text_rules import InvalidTextError, check_explanation_limit
from statusapp.errors import DatasetError, PlannedTextError
from statusapp.translation import _

FORMAT_NAME = "statusapp-programme"
FORMAT_VERSION = 1


def tree_to_dict(tree: ProgrammeTree) -> dict[str, Any]:
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "programme": programme_to_dict(tree.programme),
        "round": round_to_dict(tree.round),
        "pillars": [_pillar_to_dict(pillar) for pillar in tree.pillars],
    }


def programme_to_dict(programme: Programme) -> dict[str, Any]:
    return {
        "id": programme.id,
        "name": programme.name,
        "organisation": programme.organisation,
        "term": programme.term,
        "language": programme.language,
        "explanation_limit": programme.explanation_limit,
    }


def round_to_dict(round_: ReportingRound) -> dict[str, Any]:
    return {
        "id": round_.id,
        "name": round_.name,
        "reference_date": round_.reference_date.isoformat(),
        "closed": round_.closed,
    }


def _pillar_to_dict(pillar: Pillar) -> dict[str, Any]:
    return {
        "id": pillar.id,
        "kind": pillar.kind.value,
        "title": pillar.title,
        "aims": list(pillar.aims),
        "ambitions": [_ambition_to_dict(ambition) for ambition in pillar.ambitions],
    }


def _ambition_to_dict(ambition: Ambition) -> dict[str, Any]:
    return {
        "id": ambition.id,
        "table": ambition.table.value,
        "title": ambition.title,
        "description": ambition.description,
        "note": ambition.note,
        "actions": [_action_to_dict(action) for action in ambition.actions],
    }


def _action_to_dict(action: Action) -> dict[str, Any]:
    update = action.update
    years = action.planned_years
    return {
        "id": action.id,
        "number": action.number,
        "text": action.text,
        "planned": update.planned,
        "planned_years": [years.start, years.end] if years else None,
        "status": update.status.value,
        "symbol": update.status.symbol,
        "explanation": update.explanation,
        "owner": action.owner,
        "programmes": list(action.programmes),
        "sub_items": [{"text": item.text, "planned": item.planned} for item in action.sub_items],
        "revision": update.revision,
        "review": update.review.value,
        "updated_by": update.updated_by,
        "updated_at": update.updated_at.isoformat() if update.updated_at else None,
        "actions": [_action_to_dict(child) for child in action.actions],
    }


# --- reading, with errors that name the file and the entry ---------------------------------


class _Entry:
    """A JSON object being read, with its path for error messages."""

    def __init__(self, source: str, path: str, value: Any, allowed: set[str]) -> None:
        self.source = source
        self.path = path
        if not isinstance(value, dict):
            self.fail(_("expected an object, got {kind}").format(kind=_kind(value)))
        unknown = sorted(set(value) - allowed)
        if unknown:
            self.fail(_("unknown key {key!r}").format(key=unknown[0]))
        self.value: dict[str, Any] = value

    def fail(self, message: str) -> NoReturn:
        raise DatasetError(
            _("{source}: {path}: {reason}").format(
                source=self.source, path=self.path, reason=message
            )
        )

    def text(self, key: str, *, required: bool = False, default: str = "") -> str:
        value = self.value.get(key, None if required else default)
        if not isinstance(value, str):
            self.fail(_("'{key}' must be text, got {kind}").format(key=key, kind=_kind(value)))
        if required and not value.strip():
            self.fail(_("'{key}' must not be empty").format(key=key))
        return value

    def optional_text(self, key: str) -> str | None:
        value = self.value.get(key)
        if value is not None and not isinstance(value, str):
            self.fail(
                _("'{key}' must be text or null, got {kind}").format(key=key, kind=_kind(value))
            )
        return value or None

    def identifier(self, seen: set[str]) -> str:
        value = self.text("id", required=True)
        try:
            uuid.UUID(value)
        except ValueError:
            self.fail(_("'id' must be a UUID, got {value!r}").format(value=value))
        if value in seen:
            self.fail(_("'id' {value} is used twice").format(value=value))
        seen.add(value)
        return value

    def choice(self, key: str, enum: type, default: Any = None) -> Any:
        raw = self.value.get(key, default.value if default is not None else None)
        try:
            return enum(raw)
        except ValueError:
            options = ", ".join(member.value for member in enum)
            self.fail(
                _("'{key}' must be one of {options}, got {value!r}").format(
                    key=key, options=options, value=raw
                )
            )

    def items(self, key: str) -> list[Any]:
        value = self.value.get(key, [])
        if not isinstance(value, list):
            self.fail(_("'{key}' must be a list, got {kind}").format(key=key, kind=_kind(value)))
        return value

    def child(self, key: str, index: int | None, value: Any, allowed: set[str]) -> _Entry:
        path = f"{self.path}.{key}" if index is None else f"{self.path}.{key}[{index}]"
        return _Entry(self.source, path.lstrip("."), value, allowed)


def _kind(value: Any) -> str:
    return {
        dict: _("an object"),
        list: _("a list"),
        str: _("text"),
        bool: _("true/false"),
        type(None): _("null"),
    }.get(type(value), type(value).__name__)


_TOP_KEYS = {"format", "format_version", "programme", "round", "pillars"}
_PROGRAMME_KEYS = {"id", "name", "organisation", "term", "language", "explanation_limit"}
_ROUND_KEYS = {"id", "name", "reference_date", "closed"}
_PILLAR_KEYS = {"id", "kind", "title", "aims", "ambitions"}
_AMBITION_KEYS = {"id", "table", "title", "description", "note", "actions"}
_ACTION_KEYS = {
    "id", "number", "text", "planned", "status", "explanation", "owner", "sub_items", "actions",
    "revision", "review", "updated_by", "updated_at",
    "symbol", "programmes", "planned_years",  # derived: written, ignored on reading
}  # fmt: skip
_SUB_ITEM_KEYS = {"text", "planned"}


def tree_from_dict(data: Any, source: str) -> ProgrammeTree:
    """Build a programme from its JSON form; DatasetError names `source` and the entry."""
    top = _Entry(source, "(top)", data, _TOP_KEYS)
    if data.get("format") != FORMAT_NAME:
        top.fail(
            _("'format' must be {expected!r}, got {value!r}").format(
                expected=FORMAT_NAME, value=data.get("format")
            )
        )
    if data.get("format_version") != FORMAT_VERSION:
        top.fail(
            _("'format_version' {value!r} is not supported (this version reads {version})").format(
                value=data.get("format_version"), version=FORMAT_VERSION
            )
        )
    seen: set[str] = set()
    prog = top.child("programme", None, data.get("programme"), _PROGRAMME_KEYS)
    programme = Programme(
        id=prog.identifier(seen),
        name=prog.text("name", required=True),
        organisation=prog.text("organisation"),
        term=prog.text("term"),
        language=prog.text("language", default="nl"),
    )
    if programme.language not in ("nl", "en"):
        prog.fail(_("'language' must be nl or en, got {value!r}").format(value=programme.language))
    limit = prog.value.get("explanation_limit", DEFAULT_EXPLANATION_LIMIT)
    try:
        programme.explanation_limit = check_explanation_limit("'explanation_limit'", limit)
    except InvalidTextError as error:
        prog.fail(str(error))
    rnd = top.child("round", None, data.get("round"), _ROUND_KEYS)
    round_id = rnd.identifier(seen)
    round_name = rnd.text("name", required=True)
    try:
        reference_date = date.fromisoformat(rnd.text("reference_date", required=True))
    except ValueError:
        rnd.fail(
            _("'reference_date' must be a date YYYY-MM-DD, got {value!r}").format(
                value=rnd.value["reference_date"]
            )
        )
    closed = rnd.value.get("closed", False)
    if not isinstance(closed, bool):
        rnd.fail(_("'closed' must be true or false, got {kind}").format(kind=_kind(closed)))
    tree = ProgrammeTree(programme, ReportingRound(round_id, round_name, reference_date, closed))
    for index, raw in enumerate(top.items("pillars")):
        tree.pillars.append(_read_pillar(top.child("pillars", index, raw, _PILLAR_KEYS), seen))
    return tree


def _read_pillar(entry: _Entry, seen: set[str]) -> Pillar:
    pillar = Pillar(
        id=entry.identifier(seen),
        title=entry.text("title", required=True),
        kind=entry.choice("kind", PillarKind, PillarKind.PILLAR),
    )
    for index, aim in enumerate(entry.items("aims")):
        if not isinstance(aim, str):
            entry.fail(
                _("'aims[{index}]' must be text, got {kind}").format(index=index, kind=_kind(aim))
            )
        pillar.aims.append(aim)
    for index, raw in enumerate(entry.items("ambitions")):
        ambition_entry = entry.child("ambitions", index, raw, _AMBITION_KEYS)
        pillar.ambitions.append(_read_ambition(ambition_entry, seen))
    return pillar


def _read_ambition(entry: _Entry, seen: set[str]) -> Ambition:
    ambition = Ambition(
        id=entry.identifier(seen),
        table=entry.choice("table", TableKind),
        title=entry.text("title"),
        description=entry.text("description"),
        note=entry.text("note"),
    )
    if not ambition.title.strip() and not ambition.description.strip():
        entry.fail(_("an ambition needs a title or a description"))
    for index, raw in enumerate(entry.items("actions")):
        action_entry = entry.child("actions", index, raw, _ACTION_KEYS)
        ambition.actions.append(_read_action(action_entry, seen))
    return ambition


def _read_action(entry: _Entry, seen: set[str]) -> Action:
    planned = entry.text("planned")
    _check_planned(entry, "planned", planned)
    update = StatusUpdate(
        status=entry.choice("status", Status, Status.NONE),
        planned=planned,
        explanation=entry.text("explanation"),
        updated_by=entry.optional_text("updated_by"),
        updated_at=_read_timestamp(entry),
        revision=_read_revision(entry),
        review=entry.choice("review", ReviewState, ReviewState.DRAFT),
    )
    action = Action(
        id=entry.identifier(seen),
        number=entry.text("number"),
        text=entry.text("text", required=True),
        update=update,
        owner=entry.optional_text("owner"),
    )
    for index, raw in enumerate(entry.items("sub_items")):
        item_entry = entry.child("sub_items", index, raw, _SUB_ITEM_KEYS)
        item = SubItem(item_entry.text("text", required=True), item_entry.text("planned"))
        _check_planned(item_entry, "planned", item.planned)
        action.sub_items.append(item)
    for index, raw in enumerate(entry.items("actions")):
        action.actions.append(_read_action(entry.child("actions", index, raw, _ACTION_KEYS), seen))
    return action


def _check_planned(entry: _Entry, key: str, text: str) -> None:
    try:
        parse_planned(text)
    except PlannedTextError as error:
        entry.fail(_("'{key}': {reason}").format(key=key, reason=error))


def _read_revision(entry: _Entry) -> int:
    revision = entry.value.get("revision", 1)
    if not isinstance(revision, int) or isinstance(revision, bool) or revision < 1:
        entry.fail(
            _("'revision' must be a whole number from 1, got {value!r}").format(value=revision)
        )
    return revision


def _read_timestamp(entry: _Entry) -> datetime | None:
    raw = entry.optional_text("updated_at")
    if raw is None:
        return None
    try:
        return datetime.fromisoformat(raw)
    except ValueError:
        entry.fail(_("'updated_at' must be an ISO date and time, got {value!r}").format(value=raw))
