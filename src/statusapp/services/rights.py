"""Who works in a database and what their role lets them do: checked here before every write,
so a refusal is one line in the user's words; PostgreSQL enforces the same rules itself."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from statusapp.domain.labels import shorten
from statusapp.domain.rights import Identity, Operation, Role
from statusapp.errors import StatusappError
from statusapp.services.context import current_user_name
from statusapp.storage.database import Database
from statusapp.storage.schema import ActionRow, MergeBaseRow, OwnerRow
from statusapp.translation import _

__all__ = ["Identity", "Operation", "RightsError", "Role", "identity_of", "require"]


class RightsError(StatusappError):
    """The role of the person working may not do this; nothing was changed."""


def identity_of(database: Database) -> Identity:
    """Who works in `database`: on a server the login it knows (whatever $STATUSAPP_USER says)
    and the role it gave them; in a file the login name (or $STATUSAPP_USER), administrator of
    their own file, or editor of their own actions in a laptop's working copy."""
    if database.identity is None:
        database.identity = _find_identity(database)
    return database.identity  # type: ignore[return-value]


def _find_identity(database: Database) -> Identity:
    server = database.server_identity
    if server is not None:
        return Identity(server.login, Role(server.role), server.owner, enforced=True)
    login = current_user_name()
    with database.session(write=False) as session:
        owners = list(
            session.execute(
                select(MergeBaseRow.owner).where(MergeBaseRow.owner.is_not(None)).distinct()
            ).scalars()
        )
        working_copy = (
            bool(owners)
            or session.execute(select(MergeBaseRow.action_id).limit(1)).first() is not None
        )
    if working_copy:
        owner = owners[0] if len(owners) == 1 else None
        return Identity(login, Role.EDITOR, owner, working_copy=True)
    return Identity(login, Role.ADMIN)


def require(database: Database, operation: Operation) -> Identity:
    """Refuse (RightsError) unless the person working may do `operation`."""
    identity = identity_of(database)
    if not identity.may(operation):
        raise RightsError(refusal(identity, operation))
    return identity


def require_editable(session: Session, database: Database, action_ids: Iterable[str]) -> None:
    """Refuse unless the person working may change the updates of all these actions."""
    identity = identity_of(database)
    if identity.edits_all:
        return
    if identity.role is Role.READER:
        raise RightsError(
            _("{who} may only read and export (role: reader); nothing was changed").format(
                who=identity.name
            )
        )
    ids = list(action_ids)
    for start in range(0, len(ids), 900):
        rows = session.execute(
            select(ActionRow.id, ActionRow.text, OwnerRow.name)
            .outerjoin(OwnerRow, OwnerRow.id == ActionRow.owner_id)
            .where(ActionRow.id.in_(ids[start : start + 900]))
        ).all()
        for _id, text, owner in rows:
            if not identity.may_edit(owner):
                raise RightsError(not_own(identity, text, owner))


def not_own(identity: Identity, action_text: str, owner: str | None) -> str:
    if identity.owner is None:
        return _(
            "{who} may change only their own actions, and no owner is linked to the login "
            "{login}; ask the administrator (statusapp user set {login} --owner NAME)"
        ).format(who=identity.name, login=identity.login)
    if owner is None:
        return _(
            "{who} may change only their own actions: {action!r} has no owner; the control "
            "team assigns it"
        ).format(who=identity.name, action=shorten(action_text, 60))
    return _("{who} may change only their own actions: {action!r} belongs to {owner}").format(
        who=identity.name, action=shorten(action_text, 60), owner=owner
    )


def refusal(identity: Identity, operation: Operation) -> str:
    what = operation_text(operation)
    if identity.working_copy:
        return _(
            "this is a working copy for your own updates: {what} happens in the central database"
        ).format(what=what)
    if operation is Operation.USERS:
        return _("{who} may not manage users and roles: that is for the administrator").format(
            who=identity.name
        )
    return _("{who} ({role}) may not do this: {what} is for the control team").format(
        who=identity.name, role=role_text(identity.role), what=what
    )


def operation_text(operation: Operation) -> str:
    return {
        Operation.APPROVE: _("approving and reopening updates"),
        Operation.STRUCTURE: _("changing the programme's structure and settings"),
        Operation.OWNERS: _("assigning owners and their addresses"),
        Operation.ROUNDS: _("opening and closing rounds"),
        Operation.HANDOUT: _("handing out workbooks"),
        Operation.CONSOLIDATE: _("consolidating returned files"),
        Operation.CONFLICTS: _("settling conflicts"),
        Operation.USERS: _("managing users and roles"),
    }[operation]


def role_text(role: Role) -> str:
    return {
        Role.READER: _("reader"),
        Role.EDITOR: _("editor"),
        Role.CONTROL: _("control team"),
        Role.ADMIN: _("administrator"),
    }[role]
