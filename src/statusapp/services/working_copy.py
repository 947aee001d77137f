"""A project leader's working copy: a new database made from the workbook handed out to them.

The copy keeps each action's id and revision and remembers the values as handed out (the merge
base). When the project leader exports it again, those base values travel in the workbook, so
the control team's three-way merge sees exactly what the project leader changed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
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
    Status,
    StatusUpdate,
    SubItem,
    TableKind,
)
from statusapp.domain.model import DEFAULT_EXPLANATION_LIMIT
from statusapp.domain.text_rules import InvalidTextError, check_text
from statusapp.excel.layout import DATA_SHEET
from statusapp.excel.reader import WorkbookContent, WorkbookError, read_workbook
from statusapp.services.programmes import list_programmes, save_programme
from statusapp.services.setup import remove_sqlite_files
from statusapp.storage.database import Database, keep_in_one_file, open_database
from statusapp.storage.schema import MergeBaseRow
from statusapp.translation import _


def tree_from_workbook(content: WorkbookContent) -> ProgrammeTree:
    """The programme as far as the workbook carries it, with the values as handed out.

    Every text passes the one text rule (names on one line): the reader checked them, but a
    working copy stores them, so what it stores is the rule's result (line breaks as LF).
    """
    meta = content.meta

    def text(where: str, data: dict[str, Any], key: str, *, single_line: bool = False) -> str:
        value = data.get(key, "")
        if not isinstance(value, str):
            raise WorkbookError(
                _(
                    "{path}: {where}: {key!r} must be text; do not edit that sheet (export again)"
                ).format(path=content.path, where=where, key=key)
            )
        try:
            return check_text(f"{where}: {key!r}", value, single_line=single_line)
        except InvalidTextError as error:
            raise WorkbookError(
                _("{path}: {reason}; do not edit that sheet (export again)").format(
                    path=content.path, reason=error
                )
            ) from None

    try:
        programme_data, round_data = meta["programme"], meta["round"]
        where = _("sheet {sheet!r} (the programme)").format(sheet=DATA_SHEET)
        programme = Programme(
            programme_data["id"],
            text(where, programme_data, "name", single_line=True),
            text(where, programme_data, "organisation", single_line=True),
            text(where, programme_data, "term", single_line=True),
            programme_data.get("language", "nl"),
            programme_data.get("explanation_limit", DEFAULT_EXPLANATION_LIMIT),
        )
        round_ = ReportingRound(
            round_data["id"],
            text(
                _("sheet {sheet!r} (the round)").format(sheet=DATA_SHEET),
                round_data,
                "name",
                single_line=True,
            ),
            date.fromisoformat(round_data["reference_date"]),
            bool(round_data.get("closed", False)),
        )
    except (KeyError, TypeError, ValueError):
        raise WorkbookError(
            _("{path}: the Statusapp data sheet is damaged").format(path=content.path)
        ) from None
    tree = ProgrammeTree(programme, round_)
    pillars: dict[str, Pillar] = {}
    for pillar_id, data in content.pillars.items():
        where = _("sheet {sheet!r} (pillar {id})").format(sheet=DATA_SHEET, id=pillar_id)
        aims = data.get("aims", [])
        pillar = Pillar(
            pillar_id,
            text(where, data, "title"),
            PillarKind(data.get("kind", "pillar")),
            [text(where, {"aims": aim}, "aims") for aim in aims],
        )
        pillars[pillar_id] = pillar
        tree.pillars.append(pillar)
    ambitions: dict[str, Ambition] = {}
    for ambition_id, data in content.ambitions.items():
        pillar = pillars.get(data.get("pillar_id"))
        if pillar is None:
            raise WorkbookError(
                _("{path}: the Statusapp data sheet is damaged (ambition {id})").format(
                    path=content.path, id=ambition_id
                )
            )
        where = _("sheet {sheet!r} (ambition {id})").format(sheet=DATA_SHEET, id=ambition_id)
        ambition = Ambition(
            ambition_id,
            TableKind(data.get("table", "green")),
            text(where, data, "title"),
            text(where, data, "description"),
            text(where, data, "note"),
        )
        ambitions[ambition_id] = ambition
        pillar.ambitions.append(ambition)
    for pillar in tree.pillars:  # green tables first, as everywhere
        pillar.ambitions.sort(key=lambda a: a.table is TableKind.BLUE)
    actions: dict[str, Action] = {}
    for action_id, data in content.actions.items():
        ambition = ambitions.get(data.get("ambition_id"))
        if ambition is None:
            raise WorkbookError(
                _("{path}: the Statusapp data sheet is damaged (action {id})").format(
                    path=content.path, id=action_id
                )
            )
        where = _("sheet {sheet!r} (action {id})").format(sheet=DATA_SHEET, id=action_id)
        owner = data.get("owner")
        action = Action(
            id=action_id,
            number=text(where, data, "number", single_line=True),
            text=text(where, data, "text"),
            update=StatusUpdate(
                status=Status(data.get("status", "none")),
                planned=text(where, data, "planned"),
                explanation=text(where, data, "explanation"),
                revision=int(data.get("revision", 1)),
            ),
            owner=text(where, data, "owner", single_line=True) if owner is not None else None,
            sub_items=[
                SubItem(text(where, i, "text"), text(where, i, "planned"))
                for i in data.get("sub_items", [])
            ],
        )
        actions[action_id] = action
        parent = actions.get(data.get("parent_id") or "")
        # A child handed out without its parent stands directly under the ambition.
        (parent.actions if parent is not None else ambition.actions).append(action)
    return tree


def create_working_copy(database: Database, content: WorkbookContent) -> ProgrammeTree:
    """Fill an empty database from a handed-out workbook; refuses a database with a programme."""
    tree = tree_from_workbook(content)
    with database.session() as session:
        existing = list_programmes(session)
        if existing:
            raise WorkbookError(
                _(
                    "{database} already holds {name!r}: a working copy is made only in a new or "
                    "empty database"
                ).format(database=database.display_name, name=existing[0].name)
            )
        save_programme(session, tree)
        _save_merge_bases(session, tree, content)
    keep_in_one_file(database)  # handed back as one file: no edits left behind in a -wal
    return tree


def working_copy_if_empty(database: Database, workbook: Path) -> ProgrammeTree | None:
    """Into a database without a programme, the working copy of the handed-out `workbook`;
    None (nothing read) when the database holds a programme already."""
    with database.session(write=False) as session:
        if list_programmes(session):
            return None
    return create_working_copy(database, read_workbook(workbook))


def new_working_copy_file(workbook: Path, target: Path) -> ProgrammeTree:
    """A new SQLite file `target` holding the working copy of `workbook`; when that fails, no
    file is left behind. `target` must not exist."""
    if target.exists():
        raise WorkbookError(
            _("{path}: exists already; a working copy goes into a new file").format(path=target)
        )
    try:
        content = read_workbook(workbook)
        database = open_database(target, create=True)
        try:
            return create_working_copy(database, content)
        finally:
            database.close()
    except BaseException:
        remove_sqlite_files(target)
        raise


def _save_merge_bases(session: Session, tree: ProgrammeTree, content: WorkbookContent) -> None:
    handout_id = handed_out_id(content.meta)
    rows = []
    for action in tree.walk_actions():
        base = content.actions[action.id]
        rows.append(
            {
                "action_id": action.id,
                "round_id": tree.round.id,
                "revision": int(base.get("revision", 1)),
                "status": base.get("status", "none"),
                "planned": base.get("planned", ""),
                "explanation": base.get("explanation", ""),
                "owner": base.get("owner"),
                "handout_id": handout_id,
            }
        )
    if rows:
        session.execute(insert(MergeBaseRow), rows)


def load_merge_bases(session: Session, round_id: str) -> dict[str, dict[str, Any]]:
    """The handed-out values of a working copy's actions, by action id (empty elsewhere)."""
    rows = session.execute(select(MergeBaseRow).where(MergeBaseRow.round_id == round_id)).scalars()
    return {
        row.action_id: {
            "revision": row.revision,
            "status": row.status,
            "planned": row.planned,
            "explanation": row.explanation,
            "owner": row.owner,
        }
        for row in rows
    }


def handed_out_id(meta: dict[str, Any]) -> str | None:
    """The hand-out a workbook answers: its own id when the central database wrote it, the
    original hand-out's when a working copy did (workbooks from before 0.2 carry neither)."""
    value = meta.get("handout_id") or meta.get("workbook_id")
    return value if isinstance(value, str) and value else None


def is_working_copy(session: Session, round_id: str) -> bool:
    """Whether the database is a laptop's working copy (it holds values as handed out)."""
    found = session.execute(
        select(MergeBaseRow.action_id).where(MergeBaseRow.round_id == round_id).limit(1)
    ).first()
    return found is not None


def working_copy_handout_id(session: Session, round_id: str) -> str | None:
    """The hand-out a working copy was made from (None: not a working copy, or an old one)."""
    return session.execute(
        select(MergeBaseRow.handout_id)
        .where(MergeBaseRow.round_id == round_id, MergeBaseRow.handout_id.is_not(None))
        .limit(1)
    ).scalar_one_or_none()


def handed_out_owner(session: Session, round_id: str) -> str | None:
    """The owner a working copy was handed out to: the one owner of all its actions as handed
    out (None: not a working copy, or the workbook held several owners' actions)."""
    owners = session.execute(
        select(MergeBaseRow.owner)
        .where(MergeBaseRow.round_id == round_id, MergeBaseRow.owner.is_not(None))
        .distinct()
        .limit(2)
    ).scalars()
    found = list(owners)
    return found[0] if len(found) == 1 else None
