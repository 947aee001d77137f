"""Reading and writing whole programmes as plain domain objects."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

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
from statusapp.errors import StatusappError
from statusapp.services.rights import Operation, require
from statusapp.storage.database import Database
from statusapp.storage.schema import (
    ActionRow,
    AmbitionRow,
    OwnerRow,
    PillarRow,
    ProgrammeRow,
    RoundRow,
    StatusUpdateRow,
    SubItemRow,
)
from statusapp.translation import _, ngettext


class NoProgrammeError(StatusappError):
    """The database holds no programme (made with `init --empty`)."""


def utc_now() -> datetime:
    return datetime.now(UTC)


_STATUS = {status.value: status for status in Status}
_REVIEW = {state.value: state for state in ReviewState}


def parse_timestamp(value: datetime | str | None) -> datetime | None:
    """A stored timestamp as an aware UTC datetime (SQLite returns text, PostgreSQL datetimes)."""
    if value is None or isinstance(value, datetime):
        return as_utc(value)
    return as_utc(datetime.fromisoformat(value))


def as_utc(moment: datetime | None) -> datetime | None:
    """SQLite returns naive timestamps; everything is stored in UTC."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


def list_programmes(session: Session) -> list[Programme]:
    rows = session.execute(
        select(
            ProgrammeRow.id,
            ProgrammeRow.name,
            ProgrammeRow.organisation,
            ProgrammeRow.term,
            ProgrammeRow.language,
            ProgrammeRow.explanation_limit,
        ).order_by(ProgrammeRow.created_at, ProgrammeRow.name)
    ).all()
    return [Programme(*row) for row in rows]


def programmes_in(database: Database) -> list[Programme]:
    """The programmes a database holds, oldest first (the window's programme selector)."""
    with database.session(write=False) as session:
        return list_programmes(session)


def save_programme(session: Session, tree: ProgrammeTree) -> None:
    """Insert a whole programme with its round and status updates (bulk, for speed)."""
    now = utc_now()
    programme, round_ = tree.programme, tree.round
    session.execute(
        insert(ProgrammeRow),
        [
            {
                "id": programme.id,
                "name": programme.name,
                "organisation": programme.organisation,
                "term": programme.term,
                "language": programme.language,
                "explanation_limit": programme.explanation_limit,
                "created_at": now,
            }
        ],
    )
    session.execute(
        insert(RoundRow),
        [
            {
                "id": round_.id,
                "programme_id": programme.id,
                "position": 1,
                "name": round_.name,
                "reference_date": round_.reference_date,
                "closed": round_.closed,
                "created_at": now,
            }
        ],
    )
    owner_ids = _ensure_owners(session, {a.owner for a in tree.walk_actions() if a.owner})
    pillars, ambitions, actions, sub_items, updates = [], [], [], [], []
    for pillar_position, pillar in enumerate(tree.pillars, 1):
        pillars.append(
            {
                "id": pillar.id,
                "programme_id": programme.id,
                "position": pillar_position,
                "kind": pillar.kind.value,
                "title": pillar.title,
                "aims": list(pillar.aims),
            }
        )
        for ambition_position, ambition in enumerate(pillar.ambitions, 1):
            ambitions.append(
                {
                    "id": ambition.id,
                    "pillar_id": pillar.id,
                    "position": ambition_position,
                    "table_kind": ambition.table.value,
                    "title": ambition.title,
                    "description": ambition.description,
                    "note": ambition.note,
                }
            )
            stack = [
                (None, position, action) for position, action in enumerate(ambition.actions, 1)
            ]
            while stack:
                parent_id, position, action = stack.pop()
                actions.append(
                    {
                        "id": action.id,
                        "ambition_id": ambition.id,
                        "parent_id": parent_id,
                        "position": position,
                        "number": action.number,
                        "text": action.text,
                        "owner_id": owner_ids.get(action.owner) if action.owner else None,
                    }
                )
                sub_items.extend(
                    {
                        "action_id": action.id,
                        "position": index,
                        "text": item.text,
                        "planned": item.planned,
                    }
                    for index, item in enumerate(action.sub_items, 1)
                )
                update = action.update
                updates.append(
                    {
                        "action_id": action.id,
                        "round_id": round_.id,
                        "status": update.status.value,
                        "planned": update.planned,
                        "explanation": update.explanation,
                        "updated_by": update.updated_by,
                        "updated_at": update.updated_at,
                        "revision": update.revision,
                        "review": update.review.value,
                    }
                )
                stack.extend(
                    (action.id, index, child) for index, child in enumerate(action.actions, 1)
                )
    # Parents before children, so foreign keys hold at every insert.
    for table, rows in (
        (PillarRow, pillars),
        (AmbitionRow, ambitions),
        (ActionRow, actions),
        (SubItemRow, sub_items),
        (StatusUpdateRow, updates),
    ):
        if rows:
            session.execute(insert(table), rows)


def _ensure_owners(session: Session, names: set[str]) -> dict[str, int]:
    existing = dict(session.execute(select(OwnerRow.name, OwnerRow.id)).all())
    missing = sorted(names - set(existing))
    if missing:
        session.execute(insert(OwnerRow), [{"name": name} for name in missing])
        existing = dict(session.execute(select(OwnerRow.name, OwnerRow.id)).all())
    return existing


def ensure_owner(session: Session, name: str) -> int:
    """The id of the owner with this name, added when new."""
    return _ensure_owners(session, {name})[name]


class AmbiguousProgrammeError(StatusappError):
    """The database holds several programmes and none was chosen."""


def choose_programme(session: Session, programme_id: str | None = None) -> Programme:
    """The programme with this id or name (case-insensitive); without one, the only programme.

    With several programmes and none chosen, AmbiguousProgrammeError names them."""
    programmes = list_programmes(session)
    if programme_id is not None:
        for programme in programmes:
            if programme.id == programme_id:
                return programme
        wanted = " ".join(programme_id.split()).casefold()
        named = [p for p in programmes if " ".join(p.name.split()).casefold() == wanted]
        if len(named) == 1:
            return named[0]
        raise StatusappError(
            _("no programme {wanted!r}; the database holds {programmes}").format(
                wanted=programme_id, programmes=describe_programmes(programmes)
            )
        )
    if not programmes:
        raise NoProgrammeError(_("the database holds no programme yet"))
    if len(programmes) > 1:
        raise AmbiguousProgrammeError(
            ngettext(
                "the database holds {count} programme ({programmes}); choose one with "
                "--programme NAME",
                "the database holds {count} programmes ({programmes}); choose one with "
                "--programme NAME",
                len(programmes),
            ).format(count=len(programmes), programmes=describe_programmes(programmes))
        )
    return programmes[0]


def set_explanation_limit(database: Database, programme_id: str, limit: object) -> int:
    """Set the soft limit of the editor's length guide (characters); validated as readers do."""
    from sqlalchemy import update

    from statusapp.domain.text_rules import check_explanation_limit

    limit = check_explanation_limit(_("the explanation limit"), limit)
    require(database, Operation.STRUCTURE)
    with database.session() as session:
        session.execute(
            update(ProgrammeRow)
            .where(ProgrammeRow.id == programme_id)
            .values(explanation_limit=limit)
        )
    return limit


def describe_programmes(programmes: list[Programme]) -> str:
    if not programmes:
        return _("no programme")
    return ", ".join(repr(p.name) for p in programmes)


def current_round(session: Session, programme_id: str) -> ReportingRound:
    """The newest open round, else the newest round."""
    rows = session.execute(
        select(
            RoundRow.id, RoundRow.name, RoundRow.reference_date, RoundRow.closed, RoundRow.deadline
        )
        .where(RoundRow.programme_id == programme_id)
        .order_by(RoundRow.position.desc())
    ).all()
    if not rows:
        raise StatusappError(_("the programme has no reporting round"))
    chosen = next((row for row in rows if not row.closed), rows[0])
    return ReportingRound(
        chosen.id, chosen.name, chosen.reference_date, chosen.closed, chosen.deadline
    )


def load_programme_tree(
    session: Session, programme_id: str | None = None, round_id: str | None = None
) -> ProgrammeTree:
    """The whole programme as plain objects, with one round's updates (default: the current)."""
    programme = choose_programme(session, programme_id)
    if round_id is None:
        round_ = current_round(session, programme.id)
    else:
        row = session.execute(
            select(
                RoundRow.id,
                RoundRow.name,
                RoundRow.reference_date,
                RoundRow.closed,
                RoundRow.deadline,
            ).where(RoundRow.id == round_id, RoundRow.programme_id == programme.id)
        ).first()
        if row is None:
            raise StatusappError(
                _("no round with id {id} in {programme}").format(
                    id=round_id, programme=programme.name
                )
            )
        round_ = ReportingRound(row.id, row.name, row.reference_date, row.closed, row.deadline)
    tree = ProgrammeTree(programme, round_)

    pillar_rows = session.execute(
        select(PillarRow.id, PillarRow.title, PillarRow.kind, PillarRow.aims)
        .where(PillarRow.programme_id == programme.id)
        .order_by(PillarRow.position)
    ).all()
    pillars = {}
    for row in pillar_rows:
        pillar = Pillar(row.id, row.title, PillarKind(row.kind), list(row.aims or []))
        pillars[row.id] = pillar
        tree.pillars.append(pillar)

    ambition_rows = session.execute(
        select(
            AmbitionRow.id,
            AmbitionRow.pillar_id,
            AmbitionRow.table_kind,
            AmbitionRow.title,
            AmbitionRow.description,
            AmbitionRow.note,
        )
        .join(PillarRow, AmbitionRow.pillar_id == PillarRow.id)
        .where(PillarRow.programme_id == programme.id)
        .order_by(AmbitionRow.pillar_id, AmbitionRow.position)
    ).all()
    ambitions = {}
    for row in ambition_rows:
        ambition = Ambition(row.id, TableKind(row.table_kind), row.title, row.description, row.note)
        ambitions[row.id] = ambition
        pillars[row.pillar_id].ambitions.append(ambition)

    # EXISTS, not IN (subquery): SQLite then walks the sub-items' index once (5x faster).
    in_programme = (
        select(ActionRow.id)
        .join(AmbitionRow, ActionRow.ambition_id == AmbitionRow.id)
        .join(PillarRow, AmbitionRow.pillar_id == PillarRow.id)
        .where(ActionRow.id == SubItemRow.action_id, PillarRow.programme_id == programme.id)
        .exists()
    )
    sub_items: dict[str, list[SubItem]] = defaultdict(list)
    for row in session.execute(
        select(SubItemRow.action_id, SubItemRow.text, SubItemRow.planned)
        .where(in_programme)
        .order_by(SubItemRow.action_id, SubItemRow.position)
    ):
        sub_items[row.action_id].append(SubItem(row.text, row.planned))

    # The two big queries run as plain SQL: SQLAlchemy's per-value type processing (dates
    # above all) would cost more than the query itself at 50,000 actions. (One query joining
    # both measured slower: an index probe per row costs more than a second scan.)
    status_of, review_of = _STATUS, _REVIEW
    updates = {
        row[0]: StatusUpdate(
            status_of[row[1]],
            row[2],
            row[3],
            row[4],
            parse_timestamp(row[5]) if row[5] else None,
            row[6],
            review_of[row[7]],
        )
        for row in _fetch_raw(
            session,
            "SELECT action_id, status, planned, explanation, updated_by, updated_at, "
            "revision, review FROM status_updates WHERE round_id = ?",
            round_.id,
        )
    }
    action_rows = _fetch_raw(
        session,
        "SELECT a.id, a.ambition_id, a.parent_id, a.number, a.text, o.name "
        "FROM actions a JOIN ambitions m ON a.ambition_id = m.id "
        "JOIN pillars p ON m.pillar_id = p.id LEFT JOIN owners o ON a.owner_id = o.id "
        "WHERE p.programme_id = ? ORDER BY a.position",
        programme.id,
    )
    actions: dict[str, Action] = {}
    update_of, items_of = updates.get, sub_items.get
    for action_id, _ambition, _parent, number, action_text, owner in action_rows:
        actions[action_id] = Action(
            action_id,
            number,
            action_text,
            update_of(action_id) or StatusUpdate(revision=0),  # none yet in this round
            owner,
            items_of(action_id) or [],
        )
    # Rows come ordered by position, so appending keeps document order.
    for action_id, ambition_id, parent_id, *_rest in action_rows:
        if parent_id is None:
            ambitions[ambition_id].actions.append(actions[action_id])
        else:
            actions[parent_id].actions.append(actions[action_id])
    return tree


def _fetch_raw(session: Session, sql: str, *parameters: Any) -> list[tuple[Any, ...]]:
    """Rows as the database driver gives them (no SQLAlchemy rows), within the session's
    transaction. `sql` uses ? placeholders; psycopg wants %s."""
    connection = session.connection()
    if connection.dialect.paramstyle != "qmark":
        sql = sql.replace("?", "%s")
    cursor = connection.connection.driver_connection.cursor()
    try:
        cursor.execute(sql, parameters)
        return cursor.fetchall()
    finally:
        cursor.close()


def load_actions(session: Session, round_id: str, ids: list[str]) -> dict[str, Action]:
    """Just these actions (no children attached), with their update in the round: for an
    import that touches a hundred actions of a programme of thousands."""
    found: dict[str, Action] = {}
    for start in range(0, len(ids), 900):  # well under SQLite's limit of bound parameters
        chunk = ids[start : start + 900]
        for row in session.execute(
            select(ActionRow.id, ActionRow.number, ActionRow.text, OwnerRow.name)
            .outerjoin(OwnerRow, ActionRow.owner_id == OwnerRow.id)
            .where(ActionRow.id.in_(chunk))
        ):
            found[row.id] = Action(row.id, row.number, row.text, StatusUpdate(revision=0), row.name)
        for row in session.execute(
            select(StatusUpdateRow).where(
                StatusUpdateRow.round_id == round_id, StatusUpdateRow.action_id.in_(chunk)
            )
        ).scalars():
            found[row.action_id].update = StatusUpdate(
                Status(row.status),
                row.planned,
                row.explanation,
                row.updated_by,
                as_utc(row.updated_at),
                row.revision,
                ReviewState(row.review),
            )
        for row in session.execute(
            select(SubItemRow.action_id, SubItemRow.text, SubItemRow.planned)
            .where(SubItemRow.action_id.in_(chunk))
            .order_by(SubItemRow.action_id, SubItemRow.position)
        ):
            found[row.action_id].sub_items.append(SubItem(row.text, row.planned))
    return found
