"""Structure edits for the control team: add, move and delete pillars, ambitions and actions.

Siblings are ordered by `position`; positions need not be contiguous. Ambitions show green
before blue, so an ambition moves only among ambitions of its own table. A deletion returns a
snapshot of every row it removed, so undo can put the subtree back exactly.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Table, func, insert, select, update
from sqlalchemy.orm import Session

from statusapp.domain import (
    Action,
    Ambition,
    NodeKind,
    Pillar,
    PillarKind,
    StatusUpdate,
    TableKind,
)
from statusapp.domain.labels import field_label
from statusapp.services.context import EditContext, ValidationError, signer
from statusapp.services.programmes import utc_now
from statusapp.services.rights import Operation, require
from statusapp.services.updates import log_change
from statusapp.storage.schema import (
    ActionRow,
    AmbitionRow,
    PillarRow,
    StatusUpdateRow,
    SubItemRow,
)
from statusapp.translation import _

_ROW = {NodeKind.PILLAR: PillarRow, NodeKind.AMBITION: AmbitionRow, NodeKind.ACTION: ActionRow}


@dataclass
class DeletedSubtree:
    """Everything a deletion removed, table by table, in insertion order."""

    kind: NodeKind
    node_id: str
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    @property
    def action_count(self) -> int:
        return len(self.rows.get("actions", []))


def add_pillar(context: EditContext, title: str, *, before_id: str | None = None) -> Pillar:
    pillar = Pillar(id=str(uuid.uuid4()), title=title, kind=PillarKind.PILLAR)
    require(context.database, Operation.STRUCTURE)
    with context.database.session() as session:
        scope = PillarRow.programme_id == context.programme_id
        position = _make_room(session, PillarRow, scope, before_id)
        session.execute(
            insert(PillarRow).values(
                id=pillar.id,
                programme_id=context.programme_id,
                position=position,
                kind=pillar.kind.value,
                title=title,
                aims=[],
            )
        )
    return pillar


def add_ambition(
    context: EditContext,
    pillar_id: str,
    title: str,
    *,
    table: TableKind = TableKind.GREEN,
    before_id: str | None = None,
) -> Ambition:
    ambition = Ambition(id=str(uuid.uuid4()), table=table, title=title)
    require(context.database, Operation.STRUCTURE)
    with context.database.session() as session:
        _require(session, NodeKind.PILLAR, pillar_id)
        position = _make_room(session, AmbitionRow, AmbitionRow.pillar_id == pillar_id, before_id)
        session.execute(
            insert(AmbitionRow).values(
                id=ambition.id,
                pillar_id=pillar_id,
                position=position,
                table_kind=table.value,
                title=title,
                description="",
                note="",
            )
        )
    return ambition


def add_action(
    context: EditContext,
    ambition_id: str,
    text: str,
    *,
    parent_id: str | None = None,
    number: str = "",
    before_id: str | None = None,
) -> Action:
    """A new action (or child under `parent_id`) with an empty update in the current round."""
    if not text.strip():
        raise ValidationError(
            _("{field}: an action needs a text").format(field=field_label("text"))
        )
    action = Action(id=str(uuid.uuid4()), number=number, text=text)
    require(context.database, Operation.STRUCTURE)
    with context.database.session() as session:
        _require(session, NodeKind.AMBITION, ambition_id)
        if parent_id is not None:
            _require(session, NodeKind.ACTION, parent_id)
        scope = (ActionRow.ambition_id == ambition_id) & (
            ActionRow.parent_id.is_(None) if parent_id is None else ActionRow.parent_id == parent_id
        )
        position = _make_room(session, ActionRow, scope, before_id)
        session.execute(
            insert(ActionRow).values(
                id=action.id,
                ambition_id=ambition_id,
                parent_id=parent_id,
                position=position,
                number=number,
                text=text,
            )
        )
        now = utc_now()
        session.execute(
            insert(StatusUpdateRow).values(
                action_id=action.id,
                round_id=context.round_id,
                status="none",
                planned="",
                explanation="",
                updated_by=signer(context),
                updated_at=now,
                revision=1,
            )
        )
        action.update = StatusUpdate(updated_by=signer(context), updated_at=now, revision=1)
    return action


def ambition_order(context: EditContext, pillar_id: str) -> list[str]:
    """A pillar's ambition ids as shown: the green table's, then the blue table's."""
    with context.database.session() as session:
        rows = session.execute(
            select(AmbitionRow.id, AmbitionRow.table_kind)
            .where(AmbitionRow.pillar_id == pillar_id)
            .order_by(AmbitionRow.position, AmbitionRow.id)
        ).all()
    return [row.id for row in sorted(rows, key=lambda r: r.table_kind == "blue")]


def move_node(context: EditContext, kind: NodeKind, node_id: str, step: int) -> str | None:
    """Swap the node with its neighbour one place up (step -1) or down (+1).

    Returns the neighbour's id, or None when the node is already first or last.
    """
    require(context.database, Operation.STRUCTURE)
    with context.database.session() as session:
        siblings = _siblings(session, kind, node_id)
        index = siblings.index(node_id)
        target = index + step
        if not 0 <= target < len(siblings):
            return None
        other = siblings[target]
        row_type = _ROW[kind]
        positions = dict(
            session.execute(
                select(row_type.id, row_type.position).where(row_type.id.in_([node_id, other]))
            ).all()
        )
        if positions[node_id] == positions[other]:  # equal positions: make them distinct first
            positions[other] += -step
        for ident, position in ((node_id, positions[other]), (other, positions[node_id])):
            session.execute(update(row_type).where(row_type.id == ident).values(position=position))
        return other


def delete_node(context: EditContext, kind: NodeKind, node_id: str) -> DeletedSubtree:
    """Delete a node and everything under it; the snapshot lets `restore_subtree` undo it."""
    require(context.database, Operation.STRUCTURE)
    with context.database.session() as session:
        _require(session, kind, node_id)
        snapshot = DeletedSubtree(kind, node_id, _collect_rows(session, kind, node_id))
        _log_removal(session, context, snapshot, REMOVED)
        row_type = _ROW[kind]
        # Children go with their parent through ON DELETE CASCADE.
        session.execute(row_type.__table__.delete().where(row_type.id == node_id))
    return snapshot


def restore_subtree(context: EditContext, snapshot: DeletedSubtree) -> None:
    require(context.database, Operation.STRUCTURE)
    with context.database.session() as session:
        top = snapshot.rows[_table_name(snapshot.kind)][0]
        row_type = _ROW[snapshot.kind]
        scope = _sibling_scope(snapshot.kind, top)
        taken = session.execute(
            select(func.count()).where(scope, row_type.position == top["position"])
        ).scalar_one()
        if taken:
            session.execute(
                update(row_type)
                .where(scope, row_type.position >= top["position"])
                .values(position=row_type.position + 1)
            )
        for name, rows in snapshot.rows.items():
            if rows:
                session.execute(insert(_tables()[name]), rows)
        _log_removal(session, context, snapshot, RESTORED)


# The change log's fields for actions leaving and coming back: what changed since the previous
# round names removed actions from these (their rows are gone with them).
REMOVED, RESTORED = "removed", "restored"


def _log_removal(
    session: Session, context: EditContext, snapshot: DeletedSubtree, field: str
) -> None:
    """One change-log line per action of the subtree: its cell text, and its pillar's title."""
    ambitions = {a["id"]: a for a in snapshot.rows["ambitions"]}
    pillars = {p["id"]: p["title"] for p in snapshot.rows["pillars"]}
    missing = {a["ambition_id"] for a in snapshot.rows["actions"]} - set(ambitions)
    if missing:
        for row in session.execute(
            select(AmbitionRow.id, AmbitionRow.pillar_id, PillarRow.title)
            .join(PillarRow, AmbitionRow.pillar_id == PillarRow.id)
            .where(AmbitionRow.id.in_(missing))
        ):
            ambitions[row.id] = {"pillar_id": row.pillar_id}
            pillars[row.pillar_id] = row.title
    for action in snapshot.rows["actions"]:
        label = f"{action['number']} {action['text']}" if action["number"] else action["text"]
        pillar = pillars.get(ambitions[action["ambition_id"]]["pillar_id"])
        old, new = (label, None) if field == REMOVED else (None, label)
        log_change(session, context, action["id"], field, old, new, detail=pillar)


# --- helpers ------------------------------------------------------------------------------


def _tables() -> dict[str, Table]:
    return {
        row_type.__tablename__: row_type.__table__  # type: ignore[misc]
        for row_type in (PillarRow, AmbitionRow, ActionRow, SubItemRow, StatusUpdateRow)
    }


def _table_name(kind: NodeKind) -> str:
    return _ROW[kind].__tablename__


def _gone(kind: NodeKind) -> ValidationError:
    """Deleted by someone else meanwhile: one whole sentence per kind."""
    sentences = {
        NodeKind.PILLAR: _("the pillar no longer exists (deleted meanwhile)"),
        NodeKind.AMBITION: _("the ambition no longer exists (deleted meanwhile)"),
        NodeKind.ACTION: _("the action no longer exists (deleted meanwhile)"),
    }
    return ValidationError(sentences[kind])


def _require(session: Session, kind: NodeKind, node_id: str) -> None:
    if session.get(_ROW[kind], node_id) is None:
        raise _gone(kind)


def _make_room(
    session: Session, row_type: Any, scope: ColumnElement[bool], before_id: str | None
) -> int:
    """The position for a new sibling: before `before_id` (shifting the rest), else at the end."""
    if before_id is None:
        last = session.execute(select(func.max(row_type.position)).where(scope)).scalar_one()
        return (last or 0) + 1
    position = session.execute(
        select(row_type.position).where(scope, row_type.id == before_id)
    ).scalar_one_or_none()
    if position is None:
        raise ValidationError(_("the place to insert before no longer exists here"))
    session.execute(
        update(row_type)
        .where(scope, row_type.position >= position)
        .values(position=row_type.position + 1)
    )
    return position


def _sibling_scope(kind: NodeKind, row: dict[str, Any]) -> ColumnElement[bool]:
    if kind is NodeKind.PILLAR:
        return PillarRow.programme_id == row["programme_id"]
    if kind is NodeKind.AMBITION:
        return AmbitionRow.pillar_id == row["pillar_id"]
    parent = (
        ActionRow.parent_id.is_(None)
        if row["parent_id"] is None
        else ActionRow.parent_id == row["parent_id"]
    )
    return (ActionRow.ambition_id == row["ambition_id"]) & parent


def _siblings(session: Session, kind: NodeKind, node_id: str) -> list[str]:
    """Sibling ids in display order (ambitions: within their own table)."""
    row_type = _ROW[kind]
    row = (
        session.execute(select(row_type.__table__).where(row_type.id == node_id)).mappings().first()
    )
    if row is None:
        raise _gone(kind)
    scope = _sibling_scope(kind, dict(row))
    if kind is NodeKind.AMBITION:
        scope = scope & (AmbitionRow.table_kind == row["table_kind"])
    return list(
        session.execute(
            select(row_type.id).where(scope).order_by(row_type.position, row_type.id)
        ).scalars()
    )


def _collect_rows(
    session: Session, kind: NodeKind, node_id: str
) -> dict[str, list[dict[str, Any]]]:
    tables = _tables()

    def rows(table: str, condition: ColumnElement[bool]) -> list[dict[str, Any]]:
        return [dict(r) for r in session.execute(select(tables[table]).where(condition)).mappings()]

    pillars = rows("pillars", PillarRow.id == node_id) if kind is NodeKind.PILLAR else []
    if kind is NodeKind.PILLAR:
        ambitions = rows("ambitions", AmbitionRow.pillar_id == node_id)
    elif kind is NodeKind.AMBITION:
        ambitions = rows("ambitions", AmbitionRow.id == node_id)
    else:
        ambitions = []
    if kind is NodeKind.ACTION:
        actions = rows("actions", ActionRow.id == node_id)
    else:
        actions = rows("actions", ActionRow.ambition_id.in_([a["id"] for a in ambitions]))
    if kind is NodeKind.ACTION:  # descendants, level by level, parents first
        frontier = [node_id]
        while frontier:
            children = rows("actions", ActionRow.parent_id.in_(frontier))
            actions += children
            frontier = [c["id"] for c in children]
    else:
        actions = _parents_first(actions)
    action_ids = [a["id"] for a in actions]
    return {
        "pillars": pillars,
        "ambitions": ambitions,
        "actions": actions,
        "sub_items": rows("sub_items", SubItemRow.action_id.in_(action_ids)),
        "status_updates": rows("status_updates", StatusUpdateRow.action_id.in_(action_ids)),
    }


def _parents_first(actions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Order action rows so every parent is inserted before its children."""
    by_parent: dict[str | None, list[dict[str, Any]]] = {}
    ids = {a["id"] for a in actions}
    for action in actions:
        parent = action["parent_id"] if action["parent_id"] in ids else None
        by_parent.setdefault(parent, []).append(action)
    ordered, frontier = [], by_parent.get(None, [])
    while frontier:
        ordered += frontier
        frontier = [child for a in frontier for child in by_parent.get(a["id"], [])]
    return ordered
