"""Roles and what each may do. The server enforces them (storage/rights.py); the services check
them first, so a refusal is one line in the user's words instead of a server error."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    READER = "reader"  # reads and exports everything
    EDITOR = "editor"  # updates the actions of the owner linked to the login
    CONTROL = "control"  # the control team: everything but users and roles
    ADMIN = "admin"  # users and roles, schema upgrades


class Operation(StrEnum):
    """What a role may be refused, beside editing an action's update (see Identity.may_edit)."""

    APPROVE = "approve"  # approving and reopening updates
    STRUCTURE = "structure"  # pillars, ambitions, actions, sub-items' texts, programme settings
    OWNERS = "owners"  # who owns which action, owners' addresses
    ROUNDS = "rounds"  # opening, closing and reopening rounds, their deadlines
    HANDOUT = "handout"  # handing out workbooks
    CONSOLIDATE = "consolidate"  # consolidating returned files and laptop databases
    CONFLICTS = "conflicts"  # settling conflicts
    USERS = "users"  # logins and their roles


_RANK = {Role.READER: 0, Role.EDITOR: 1, Role.CONTROL: 2, Role.ADMIN: 3}
_NEEDS = {operation: Role.CONTROL for operation in Operation} | {Operation.USERS: Role.ADMIN}


@dataclass(frozen=True, slots=True)
class Identity:
    """Who works in a database and with which role.

    `owner`: the owner (project leader) linked to the login, whose actions an editor updates;
    on a laptop's working copy, the owner it was handed out to (None there: all its actions).
    `enforced`: the server checks the role too (PostgreSQL); False for single-user files.
    """

    login: str
    role: Role
    owner: str | None = None
    enforced: bool = False
    working_copy: bool = False

    @property
    def name(self) -> str:
        """How refusals and the window name this person: their owner name, else the login."""
        return self.owner or self.login

    def may(self, operation: Operation) -> bool:
        return _RANK[self.role] >= _RANK[_NEEDS[operation]]

    @property
    def edits_all(self) -> bool:
        """Updates every action (control and admin), not only their own."""
        return _RANK[self.role] >= _RANK[Role.CONTROL]

    @property
    def edits_any(self) -> bool:
        return self.role is not Role.READER

    def may_edit(self, action_owner: str | None) -> bool:
        """Whether this person may change the update of an action owned by `action_owner`."""
        if self.edits_all:
            return True
        if self.role is Role.READER:
            return False
        if self.working_copy and self.owner is None:
            return True  # a working copy of the whole programme: it is all theirs
        return self.owner is not None and _same_name(self.owner, action_owner)


def _same_name(name: str, other: str | None) -> bool:
    return other is not None and " ".join(name.split()).casefold() == (
        " ".join(other.split()).casefold()
    )
