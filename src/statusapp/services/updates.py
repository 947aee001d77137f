"""Edits of one action, ambition or pillar: each call is one transaction."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from statusapp.domain import ReviewState, Status, StatusUpdate, SubItem, TableKind
from statusapp.domain.labels import field_label, shorten, status_caption
from statusapp.domain.planned import parse_planned
from statusapp.domain.text_rules import InvalidTextError, check_text
from statusapp.errors import PlannedTextError, StatusappError
from statusapp.services.context import EditContext, ValidationError, signer
from statusapp.services.programmes import ensure_owner, utc_now
from statusapp.services.rights import Operation, require, require_editable
from statusapp.services.update_checks import (
    as_stored,
    mapping_to_update,
    refuse_status_in_blue_tables,
)
from statusapp.storage.schema import (
    ActionRow,
    AmbitionRow,
    ChangeLogRow,
    OwnerRow,
    PillarRow,
    RoundRow,
    StatusUpdateRow,
    SubItemRow,
)
from statusapp.translation import _

Signature = tuple[str | None, datetime | None]  # who signed an update and when


def validate_planned(text: str, field: str = "planned") -> None:
    """`field`: a field's id ("planned") or a name already in the user's words."""
    try:
        parse_planned(text)
    except PlannedTextError as error:
        raise ValidationError(
            _("{field}: {reason}").format(field=field_label(field), reason=error)
        ) from None


def save_status_update(
    context: EditContext,
    action_id: str,
    *,
    status: Status | None = None,
    planned: str | None = None,
    explanation: str | None = None,
    expected_revision: int | None = None,
    signature: Signature | None = None,
) -> StatusUpdate:
    """Change fields of the action's update in the current round; unchanged fields stay.

    The revision goes up by one when anything changed, and the update is signed by the user.
    With `expected_revision` (the revision the editor showed), a save over someone else's
    newer change is refused with ConcurrentEditError instead of silently replacing it.
    `signature`: undo puts back who signed the update before (None: not yet updated in this
    round), so taking an edit back also takes back "updated"; the change log keeps both.
    """
    with context.database.session() as session:
        require_open_round(session, context.round_id)
        return write_status_update(
            session,
            context,
            action_id,
            status=status,
            planned=planned,
            explanation=explanation,
            expected_revision=expected_revision,
            signature=signature,
        )


class LockedError(ValidationError):
    """The update is approved: it changes only after the control team reopens it."""


class ConcurrentEditError(StatusappError):
    """Someone else saved the update since it was read; `current` is what they saved."""

    def __init__(self, action_id: str, current: StatusUpdate) -> None:
        values = {
            "revision": current.revision,
            "status_field": field_label("status"),
            "status": status_caption(current.status),
            "planned_field": field_label("planned"),
            "planned": current.planned,
            "explanation_field": field_label("explanation"),
            "explanation": shorten(current.explanation, 80),
        }
        if current.updated_by and current.updated_at:
            message = _(
                "{who} changed this update at {time} (revision {revision}): {status_field} "
                "{status}, {planned_field} {planned!r}, {explanation_field} {explanation!r}"
            ).format(
                who=current.updated_by,
                time=current.updated_at.astimezone().strftime("%H:%M"),
                **values,
            )
        else:  # a revision that was never this update's (mistyped, or from another round)
            message = _(
                "this update is at revision {revision}, not the one given: {status_field} "
                "{status}, {planned_field} {planned!r}, {explanation_field} {explanation!r}"
            ).format(**values)
        super().__init__(message)
        self.action_id = action_id
        self.current = current


def write_status_update(
    session: Session,
    context: EditContext,
    action_id: str,
    *,
    status: Status | None = None,
    planned: str | None = None,
    explanation: str | None = None,
    detail: str | None = None,
    expected_revision: int | None = None,
    signature: Signature | None = None,
) -> StatusUpdate:
    """save_status_update inside a caller's transaction; with no field given, the update as it
    is (created when the action has none in this round)."""
    fields = {"status": status, "planned": planned, "explanation": explanation}
    written = write_status_updates(
        session,
        context,
        {action_id: {name: value for name, value in fields.items() if value is not None}},
        {action_id: detail} if detail else None,
        expected_revisions=None if expected_revision is None else {action_id: expected_revision},
        signatures=None if signature is None else {action_id: signature},
    )
    return written[action_id]


_UPDATE_COLUMNS = (
    "id",
    "status",
    "planned",
    "explanation",
    "revision",
    "updated_by",
    "updated_at",
    "review",
)


def check_update_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """The one check of what an update may hold, for the editor, the command line and every
    file: planned texts parse, texts hold no refused characters. Returns the stored forms."""
    checked = dict(fields)
    for name in ("planned", "explanation"):
        value = fields.get(name)
        if value is None:
            continue
        checked[name] = _checked(name, value, single_line=name == "planned")
        if name == "planned":
            validate_planned(value)
    return checked


def write_status_updates(
    session: Session,
    context: EditContext,
    fields_by_action: dict[str, dict[str, Any]],
    details: dict[str, str] | None = None,
    *,
    expected_revisions: dict[str, int] | None = None,
    signatures: dict[str, Signature] | None = None,
) -> dict[str, StatusUpdate]:
    """The one writer of status updates, for one action or a consolidated file's hundred.

    Checks every value, locks the rows until the transaction ends (a concurrent writer waits,
    then sees the new revision), refuses a save over a newer revision than the one expected
    (ConcurrentEditError) and approved updates (LockedError), counts the revision, signs and
    logs every changed field, and marks updates handed in from a file as submitted.
    """
    details = details or {}
    expected_revisions = expected_revisions or {}
    fields_by_action = {
        action_id: check_update_fields(fields) for action_id, fields in fields_by_action.items()
    }
    ids = sorted(fields_by_action)
    require_editable(session, context.database, [i for i, f in fields_by_action.items() if f])
    refuse_status_in_blue_tables(session, fields_by_action)
    rows = _locked_update_rows(session, context.round_id, ids)
    for action_id in [i for i in ids if i not in rows]:  # rare: no update in this round yet
        _require_action(session, action_id)
        session.execute(
            insert(StatusUpdateRow).values(
                action_id=action_id,
                round_id=context.round_id,
                status=Status.NONE.value,
                planned="",
                explanation="",
                revision=0,
                review=ReviewState.DRAFT.value,
            )
        )
    if len(rows) < len(ids):
        rows = _locked_update_rows(session, context.round_id, ids)
    now = utc_now()
    changed_rows, log_rows, result = [], [], {}
    for action_id in ids:
        row = rows[action_id]
        expected = expected_revisions.get(action_id)
        if expected is not None and row["revision"] != expected:
            raise ConcurrentEditError(action_id, mapping_to_update(row))
        changes = {
            name: (row[name], value.value if isinstance(value, Status) else value)
            for name, value in fields_by_action[action_id].items()
            if value is not None
        }
        changes = {name: pair for name, pair in changes.items() if pair[0] != pair[1]}
        if changes:
            if row["review"] == ReviewState.APPROVED.value:
                raise LockedError(
                    _("this action's update is approved; the control team must reopen it first")
                )
            for name, (old, new) in changes.items():
                row[name] = new
                log_rows.append(
                    {
                        "round_id": context.round_id,
                        "action_id": action_id,
                        "field": name,
                        "old_value": old,
                        "new_value": new,
                        "changed_by": signer(context),
                        "changed_at": now,
                        "source": context.source,
                        "source_file": context.source_file,
                        "source_detail": details.get(action_id),
                    }
                )
            signed_by, signed_at = (signatures or {}).get(action_id, (signer(context), now))
            if signed_by is not None and context.database.server_identity is not None:
                signed_by = signer(context)  # a server signs with the login, even an undo
            row.update(revision=row["revision"] + 1, updated_by=signed_by, updated_at=signed_at)
            if context.source in ("import", "consolidate"):
                row["review"] = ReviewState.SUBMITTED.value  # handed in by the project leader
            changed_rows.append({key: row[key] for key in _UPDATE_COLUMNS})
        result[action_id] = mapping_to_update(row)
    if changed_rows:
        session.execute(update(StatusUpdateRow), changed_rows)  # bulk update by primary key
        if context.database.server_identity is not None:  # the server signed and stamped them
            result.update(as_stored(session, [r["id"] for r in changed_rows]))
    if log_rows:
        session.execute(insert(ChangeLogRow), log_rows)
    return result


def _locked_update_rows(session: Session, round_id: str, ids: list[str]) -> dict[str, Any]:
    """The update rows of `ids` in the round, locked in one order (no deadlocks) until the
    transaction ends; SQLite's write transaction locks the whole file instead."""
    rows: dict[str, Any] = {}
    for start in range(0, len(ids), 900):
        for row in session.execute(
            select(StatusUpdateRow.__table__)
            .where(
                StatusUpdateRow.round_id == round_id,
                StatusUpdateRow.action_id.in_(ids[start : start + 900]),
            )
            .order_by(StatusUpdateRow.action_id)
            .with_for_update()
        ).mappings():
            rows[row["action_id"]] = dict(row)
    return rows


def log_change(
    session: Session,
    context: EditContext,
    action_id: str,
    field: str,
    old: str | None,
    new: str | None,
    when: datetime | None = None,
    detail: str | None = None,
) -> None:
    session.execute(
        insert(ChangeLogRow).values(
            round_id=context.round_id,
            action_id=action_id,
            field=field,
            old_value=old,
            new_value=new,
            changed_by=signer(context),
            changed_at=when or utc_now(),
            source=context.source,
            source_file=context.source_file,
            source_detail=detail,
        )
    )


def set_review(context: EditContext, action_ids: list[str], state: ReviewState) -> int:
    """Move updates to a review state (approve, reopen, submit); returns how many changed."""
    changed = 0
    with context.database.session() as session:
        require_open_round(session, context.round_id)
        rows = list(
            session.execute(
                select(StatusUpdateRow).where(
                    StatusUpdateRow.round_id == context.round_id,
                    StatusUpdateRow.action_id.in_(action_ids),
                )
            ).scalars()
        )
        moving = [row for row in rows if row.review != state.value]
        if state is ReviewState.APPROVED or any(
            row.review == ReviewState.APPROVED.value for row in moving
        ):
            require(context.database, Operation.APPROVE)
        else:  # handing in (or taking back) one's own updates
            require_editable(session, context.database, [row.action_id for row in moving])
        for row in rows:
            if row.review != state.value:
                log_change(session, context, row.action_id, "review", row.review, state.value)
                row.review = state.value
                changed += 1
    return changed


def set_action_owner(context: EditContext, action_id: str, owner: str | None) -> str | None:
    """Assign a project leader by name (None or blank: nobody); returns the stored name."""
    name = " ".join((owner or "").split()) or None
    with context.database.session() as session:
        set_owner_in_session(session, context, [action_id], name)
    return name


def set_owners(context: EditContext, action_ids: list[str], owner: str | None) -> str | None:
    """Assign one project leader to many actions at once (one transaction)."""
    name = " ".join((owner or "").split()) or None
    with context.database.session() as session:
        set_owner_in_session(session, context, action_ids, name)
    return name


def owners_of(session: Session, action_ids: list[str]) -> dict[str, str | None]:
    """The owner's name of each action that exists (None: nobody)."""
    return dict(
        session.execute(
            select(ActionRow.id, OwnerRow.name)
            .outerjoin(OwnerRow, ActionRow.owner_id == OwnerRow.id)
            .where(ActionRow.id.in_(action_ids))
        ).all()
    )


def set_owner_in_session(
    session: Session, context: EditContext, action_ids: list[str], name: str | None
) -> None:
    """Set the owner of actions, logging each change; refuses ids that no longer exist."""
    if name is not None:
        _checked("owner", name, single_line=True)
    owner_id = ensure_owner(session, name) if name else None
    current = owners_of(session, action_ids)
    missing = set(action_ids) - set(current)
    if missing:
        raise ValidationError(_("the action no longer exists (deleted meanwhile)"))
    if any(old != name for old in current.values()):
        require(context.database, Operation.OWNERS)
    now = utc_now()
    for action_id, old in current.items():
        if old != name:
            log_change(session, context, action_id, "owner", old, name, now)
    session.execute(update(ActionRow).where(ActionRow.id.in_(action_ids)).values(owner_id=owner_id))


def known_owners(context: EditContext) -> list[str]:
    with context.database.session() as session:
        return list(session.execute(select(OwnerRow.name).order_by(OwnerRow.name)).scalars())


def set_action_label(context: EditContext, action_id: str, *, number: str, text: str) -> None:
    if not text.strip():
        raise ValidationError(
            _("{field}: an action needs a text").format(field=field_label("text"))
        )
    _checked("number", number, single_line=True)
    text = _checked("text", text)
    require(context.database, Operation.STRUCTURE)
    with context.database.session() as session:
        _require_action(session, action_id)
        session.execute(
            update(ActionRow)
            .where(ActionRow.id == action_id)
            .values(number=number.strip(), text=text)
        )


def set_sub_items(context: EditContext, action_id: str, items: list[SubItem]) -> None:
    for index, item in enumerate(items, 1):
        if not item.text.strip():
            raise ValidationError(_("sub-item {index}: the text is empty").format(index=index))
        _checked(_("sub-item {index}").format(index=index), item.text)
        validate_planned(item.planned, _("sub-item {index}, planned").format(index=index))
    with context.database.session() as session:
        _require_action(session, action_id)
        stored = session.execute(
            select(SubItemRow.id, SubItemRow.text)
            .where(SubItemRow.action_id == action_id)
            .order_by(SubItemRow.position, SubItemRow.id)
        ).all()
        if [text for _id, text in stored] == [item.text for item in items]:
            # Only the plannings: the owner's to change, row by row.
            require_editable(session, context.database, [action_id])
            for (row_id, _text), item in zip(stored, items, strict=True):
                session.execute(
                    update(SubItemRow).where(SubItemRow.id == row_id).values(planned=item.planned)
                )
            return
        require(context.database, Operation.STRUCTURE)
        session.execute(delete(SubItemRow).where(SubItemRow.action_id == action_id))
        if items:
            session.execute(
                insert(SubItemRow),
                [
                    {"action_id": action_id, "position": i, "text": it.text, "planned": it.planned}
                    for i, it in enumerate(items, 1)
                ],
            )


def update_ambition(
    context: EditContext,
    ambition_id: str,
    *,
    title: str,
    description: str,
    table: TableKind,
    note: str,
) -> None:
    if not title.strip() and not description.strip():
        raise ValidationError(
            _("{field}: an ambition needs a title or a description").format(
                field=field_label("title")
            )
        )
    title, description, note = (
        _checked(name, value)
        for name, value in (("title", title), ("description", description), ("note", note))
    )
    require(context.database, Operation.STRUCTURE)
    with context.database.session() as session:
        result = session.execute(
            update(AmbitionRow)
            .where(AmbitionRow.id == ambition_id)
            .values(title=title, description=description, table_kind=table.value, note=note)
        )
        if result.rowcount == 0:
            raise ValidationError(_("the ambition no longer exists (deleted meanwhile)"))


def update_pillar(context: EditContext, pillar_id: str, *, title: str, aims: list[str]) -> None:
    if not title.strip():
        raise ValidationError(
            _("{field}: a pillar needs a title").format(field=field_label("title"))
        )
    title = _checked("title", title)
    aims = [
        _checked(_("aim {index}").format(index=index), aim) for index, aim in enumerate(aims, 1)
    ]
    require(context.database, Operation.STRUCTURE)
    with context.database.session() as session:
        result = session.execute(
            update(PillarRow).where(PillarRow.id == pillar_id).values(title=title, aims=list(aims))
        )
        if result.rowcount == 0:
            raise ValidationError(_("the pillar no longer exists (deleted meanwhile)"))


def _checked(name: str, value: str, *, single_line: bool = False) -> str:
    """`name`: a field's id ("text") or a name already in the user's words."""
    try:
        return check_text(field_label(name), value, single_line=single_line)
    except InvalidTextError as error:
        raise ValidationError(str(error)) from None


def require_action_id(context: EditContext, action_id: str) -> None:
    """An id typed on the command line: one line naming it when no action has it."""
    with context.database.session(write=False) as session:
        if session.get(ActionRow, action_id) is None:
            raise ValidationError(
                _("no action with the id {id!r} (statusapp list --json shows them)").format(
                    id=action_id
                )
            )


def _require_action(session: Session, action_id: str) -> None:
    if session.get(ActionRow, action_id) is None:
        raise ValidationError(_("the action no longer exists (deleted meanwhile)"))


def require_open_round(session: Session, round_id: str) -> None:
    row = session.get(RoundRow, round_id)
    if row is None:
        raise ValidationError(_("the round no longer exists (deleted meanwhile)"))
    if row.closed:
        raise ValidationError(
            _("the round {name!r} is closed; its updates can no longer change").format(
                name=row.name
            )
        )
