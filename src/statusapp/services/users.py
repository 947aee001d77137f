"""Users of a central database: logins, their role and the owner whose actions they update.

The server keeps the roles (storage/rights.py) and authenticates the logins; Statusapp never
stores a password. A SQLite file has no users: it is single-user.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert

from statusapp.domain.rights import Operation, Role
from statusapp.errors import StatusappError
from statusapp.services.rights import RightsError, identity_of, require, role_text
from statusapp.storage import rights as server_rights
from statusapp.storage.database import Database
from statusapp.storage.schema import LoginRow, OwnerRow
from statusapp.translation import _

# What PostgreSQL accepts unquoted and people use as logins (also name@REALM for Kerberos).
_LOGIN = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.@-]{0,62}$")


class UserError(StatusappError):
    pass


@dataclass(frozen=True, slots=True)
class User:
    login: str
    role: Role
    owner: str | None


def _require_server(database: Database) -> None:
    if database.server_identity is None:
        raise UserError(
            _(
                "{name}: users and roles exist on a central PostgreSQL database; a database "
                "file is single-user"
            ).format(name=database.display_name)
        )


def check_login(login: str) -> str:
    if not _LOGIN.match(login):
        raise UserError(
            _(
                "{login!r} is no login name: use letters, digits and _ . @ - (at most 63), "
                "as the database server knows it"
            ).format(login=login)
        )
    return login


def list_users(database: Database) -> list[User]:
    """Every login with a role in this database, with the owner linked to it."""
    _require_server(database)
    with database.session(write=False) as session:
        roles = server_rights.members(session.connection())
        owners = dict(
            session.execute(
                select(LoginRow.login, OwnerRow.name).outerjoin(
                    OwnerRow, OwnerRow.id == LoginRow.owner_id
                )
            ).all()
        )
    return [
        User(login, Role(role), owners.get(login))
        for login, role in sorted(roles.items(), key=lambda item: item[0].casefold())
    ]


def add_user(database: Database, login: str, role: Role, owner: str | None = None) -> User:
    """Give a login (new or existing on the server) a role in this database, linked to an
    owner whose actions it updates."""
    _require_server(database)
    require(database, Operation.USERS)
    check_login(login)
    with database.session() as session:
        owner_id = _owner_id(session, owner)
        server_rights.give_role(session.connection(), login, role.value)
        _link(session, login, owner_id)
    return User(login, role, _owner_name(owner))


def set_user(
    database: Database, login: str, role: Role | None = None, owner: str | None = None
) -> User:
    """Change a user's role, or their owner (`owner=""` unlinks it)."""
    _require_server(database)
    require(database, Operation.USERS)
    known = {user.login: user for user in list_users(database)}
    if login not in known:
        raise UserError(_not_a_user(login, known))
    current = known[login]
    with database.session() as session:
        if role is not None and role is not current.role:
            _keep_an_administrator(database, login, role)
            server_rights.give_role(session.connection(), login, role.value)
        if owner is not None:
            _link(session, login, _owner_id(session, owner) if owner.strip() else None)
    return User(
        login,
        role or current.role,
        current.owner if owner is None else _owner_name(owner) if owner.strip() else None,
    )


def remove_user(database: Database, login: str) -> None:
    """Take the login's role in this database away (the server keeps the login itself)."""
    _require_server(database)
    require(database, Operation.USERS)
    known = {user.login: user for user in list_users(database)}
    if login not in known:
        raise UserError(_not_a_user(login, known))
    if login == identity_of(database).login:
        raise RightsError(
            _("{login}: you cannot take your own role away; another administrator can").format(
                login=login
            )
        )
    with database.session() as session:
        server_rights.take_roles(session.connection(), login)
        session.execute(delete(LoginRow).where(LoginRow.login == login))


def _keep_an_administrator(database: Database, login: str, role: Role) -> None:
    if login == identity_of(database).login and role is not Role.ADMIN:
        raise RightsError(
            _(
                "{login}: you cannot take your own administrator role away; another "
                "administrator can"
            ).format(login=login)
        )


def _owner_id(session, owner: str | None) -> int | None:  # type: ignore[no-untyped-def]
    if owner is None:
        return None
    name = _owner_name(owner)
    found = session.execute(select(OwnerRow.id).where(OwnerRow.name == name)).scalar()
    if found is None:
        known = list(session.execute(select(OwnerRow.name).order_by(OwnerRow.name)).scalars())
        raise UserError(
            _(
                "no owner named {name!r} (owners: {owners}); assign the owner to actions first "
                "(statusapp owner assign)"
            ).format(name=name, owners=", ".join(known[:8]) or "-")
        )
    return found


def _owner_name(owner: str | None) -> str | None:
    return " ".join(owner.split()) if owner else None


def _link(session, login: str, owner_id: int | None) -> None:  # type: ignore[no-untyped-def]
    statement = pg_insert(LoginRow).values(login=login, owner_id=owner_id)
    session.execute(
        statement.on_conflict_do_update(
            index_elements=[LoginRow.login], set_={"owner_id": statement.excluded.owner_id}
        )
    )


def _not_a_user(login: str, known: dict[str, User]) -> str:
    return _("{login} has no role in this database (users: {users})").format(
        login=login, users=", ".join(known) or "-"
    )


def describe_user(user: User) -> str:
    owner = user.owner or _("no owner linked")
    return f"{user.login}\t{role_text(user.role)}\t{owner}"
