"""A laptop's working copy merged straight into the central database, without Excel.

The working copy remembers what was handed out (its merge base); the merge compares, per field
(status, planned, explanation, owner), that base with the laptop's value now and the central
value now, with the same rules as a returned workbook.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from statusapp.domain.labels import field_label, shorten
from statusapp.errors import StatusappError, os_reason
from statusapp.excel.reader import WorkbookError
from statusapp.services.context import EditContext
from statusapp.services.handout_records import differs_from_record, load_handout
from statusapp.services.merge import MERGED_FIELDS, ImportPlan
from statusapp.services.programmes import (
    choose_programme,
    current_round,
    load_actions,
    load_programme_tree,
)
from statusapp.services.rights import Operation, require
from statusapp.services.workbook_import import values_of
from statusapp.services.working_copy import load_merge_bases, working_copy_handout_id
from statusapp.storage.database import SQLITE_HEADER, open_database
from statusapp.storage.schema import ActionRow
from statusapp.translation import _, ngettext

FIELDS = MERGED_FIELDS


def is_sqlite_file(path: Path) -> bool:
    try:
        with Path(path).open("rb") as file:
            return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def plan_database_merge(context: EditContext, path: Path) -> ImportPlan:
    """What the laptop database would change centrally; the laptop file itself is not touched
    (it is read from a copy, which may be upgraded to the current schema)."""
    require(context.database, Operation.CONSOLIDATE)
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "incoming.db"
        try:
            shutil.copyfile(path, copy)
            wal = Path(f"{path}-wal")  # a copy still in WAL mode: its newest saves live here
            if wal.is_file():
                shutil.copyfile(wal, Path(f"{copy}-wal"))
        except OSError as error:
            raise WorkbookError(
                _("{path}: cannot read the file ({reason})").format(
                    path=path, reason=os_reason(error)
                )
            ) from None
        try:
            incoming_db = open_database(copy)
        except StatusappError as error:
            raise WorkbookError(_named(error, copy, path)) from None
        try:
            with incoming_db.session(write=False) as session:
                incoming = load_programme_tree(session, _same_programme(session, context))
                bases = load_merge_bases(session, incoming.round.id)
                handout_id = working_copy_handout_id(session, incoming.round.id)
        except StatusappError as error:
            raise WorkbookError(_named(error, copy, path)) from None
        finally:
            incoming_db.close()
    with context.database.session(write=False) as session:
        programme = choose_programme(session, context.programme_id)
        round_ = current_round(session, programme.id)
        if incoming.programme.id != programme.id:
            raise WorkbookError(
                _(
                    "{path}: the database holds {incoming!r} ({incoming_id}), the central database "
                    "{central!r} ({central_id}); refused"
                ).format(
                    path=path,
                    incoming=incoming.programme.name,
                    incoming_id=incoming.programme.id,
                    central=programme.name,
                    central_id=programme.id,
                )
            )
        if incoming.round.id != round_.id or round_.closed:
            if round_.closed:
                refusal = _(
                    "{path}: the database is from the round {incoming!r}, the closed round is "
                    "{central!r}; refused"
                )
            else:
                refusal = _(
                    "{path}: the database is from the round {incoming!r}, the current round is "
                    "{central!r}; refused"
                )
            raise WorkbookError(
                refusal.format(path=path, incoming=incoming.round.name, central=round_.name)
            )
        if not bases:
            raise WorkbookError(
                _(
                    "{path}: the database has no record of what was handed out (it was not made "
                    "from a handed-out workbook), so its changes cannot be told apart; refused"
                ).format(path=path)
            )
        known = set(
            session.execute(select(ActionRow.id).where(ActionRow.id.in_(list(bases)))).scalars()
        )
        central = load_actions(session, context.round_id, sorted(known))
        record = load_handout(session, handout_id)
    plan = ImportPlan(Path(path), owner=None, handout_id=handout_id)
    owners = {a.owner for a in incoming.walk_actions() if a.id in bases and a.owner}
    plan.owner = owners.pop() if len(owners) == 1 else None
    if record is not None:
        plan.untrusted = {
            (action_id, name)
            for action_id, base in bases.items()
            if differs_from_record(base, record.handed_out.get(action_id), FIELDS)
            for name in FIELDS
        }
        if plan.untrusted:
            count = len({action for action, _field in plan.untrusted})
            plan.notes.append(
                ngettext(
                    "{count} action's handed-out values in the laptop database differ from what "
                    "was handed out; its changes are conflicts, not applied",
                    "{count} actions' handed-out values in the laptop database differ from what "
                    "was handed out; their changes are conflicts, not applied",
                    count,
                ).format(count=count)
            )
        bases = {**bases, **record.handed_out}
    else:  # no record: a row changed centrally since the hand-out never takes the laptop's
        plan.untrusted = {
            (action_id, name)
            for action_id, base in bases.items()
            if action_id in central and central[action_id].update.revision != base.get("revision")
            for name in ("status", "planned", "explanation")
        }
    if record is None and handout_id is not None:
        plan.notes.append(
            _(
                "this database has no record of handing out this working copy; the laptop's own "
                "copy of the handed-out values is used as the merge base"
            )
        )
    for action in incoming.walk_actions():
        base = bases.get(action.id)
        if base is None:
            continue
        current = central.get(action.id)
        if current is None:
            plan.missing.append(
                _("{action} (deleted centrally)").format(action=shorten(action.label, 80))
            )
            continue
        label = shorten(current.label, 80)
        mine = values_of(action)
        plan.compared += 1
        for name in FIELDS:
            cell = f"{Path(path).name}: {field_label(name)}"
            base_value = base.get(name) or ("none" if name == "status" else "")
            plan.add(action.id, label, name, base_value, mine.get(name), values_of(current), cell)
    return plan


def _named(error: Exception, copy: Path, path: Path) -> str:
    """The error as the laptop's file would have given it, not its temporary copy."""
    text = str(error).replace(f"{copy}: ", "").replace(str(copy), str(path))
    return _("{path}: {reason}").format(path=path, reason=text)


def _same_programme(session: Session, context: EditContext) -> str | None:
    """The laptop's copy of the central programme when it holds several, else its only one."""
    from statusapp.services.programmes import list_programmes

    ids = [programme.id for programme in list_programmes(session)]
    return context.programme_id if len(ids) > 1 and context.programme_id in ids else None
