"""Owners (project leaders) and their e-mail addresses, for the hand-out mails."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select, update

from statusapp.domain.text_rules import InvalidTextError, check_text
from statusapp.services.context import EditContext, ValidationError
from statusapp.services.programmes import load_programme_tree
from statusapp.services.rights import Operation, require
from statusapp.storage.database import Database
from statusapp.storage.schema import OwnerRow
from statusapp.translation import _

# Deliberately simple: one @, no spaces or angle brackets, a dot in the domain. The mail program
# has the last word; this catches typos such as a missing @ or a pasted "Name <address>".
_ADDRESS = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\".]+$")


@dataclass(frozen=True, slots=True)
class Owner:
    name: str
    email: str | None
    actions: int  # in the current round's programme


def check_email(address: str) -> str:
    """The address as stored ("" clears it); raises ValidationError for one that cannot be."""
    try:
        address = check_text(_("the e-mail address"), address.strip(), single_line=True)
    except InvalidTextError as error:
        raise ValidationError(str(error)) from None
    if address and not _ADDRESS.match(address):
        raise ValidationError(
            _("{address!r} is no e-mail address (expected name@example.nl)").format(address=address)
        )
    return address


def list_owners(database: Database, programme: str | None = None) -> list[Owner]:
    """Every known owner, with their address and how many actions they hold in `programme`."""
    with database.session(write=False) as session:
        rows = session.execute(select(OwnerRow.name, OwnerRow.email)).all()
        tree = load_programme_tree(session, programme)
    counts = Counter(action.owner for action in tree.walk_actions() if action.owner)
    owners = [Owner(name, email or None, counts.get(name, 0)) for name, email in rows]
    return sorted(owners, key=lambda owner: owner.name.casefold())


def owner_emails(database: Database) -> dict[str, str]:
    with database.session(write=False) as session:
        rows = session.execute(select(OwnerRow.name, OwnerRow.email)).all()
    return {name: email for name, email in rows if email}


def set_owner_email(context: EditContext, name: str, address: str) -> str | None:
    """Store (or with "" clear) an owner's address; the owner must exist."""
    address = check_email(address)
    name = " ".join(check_text(_("the owner's name"), name).split())
    require(context.database, Operation.OWNERS)
    with context.database.session() as session:
        result = session.execute(
            update(OwnerRow).where(OwnerRow.name == name).values(email=address or None)
        )
        if result.rowcount == 0:
            known = session.execute(select(OwnerRow.name).order_by(OwnerRow.name)).scalars()
            shown = ", ".join(list(known)[:8])
            if not shown:
                raise ValidationError(
                    _(
                        "no owner named {name!r} (no owners yet; assign one to actions first)"
                    ).format(name=name)
                )
            raise ValidationError(
                _("no owner named {name!r} (owners: {owners})").format(name=name, owners=shown)
            )
    return address or None


def assign_owner(
    context: EditContext,
    name: str,
    action_ids: list[str] | None = None,
    ambition_id: str | None = None,
) -> int:
    """Make `name` the owner of the actions given, or of every action (and sub-action) of an
    ambition; ids as `list --json` prints them. Returns how many actions it names."""
    from statusapp.services.updates import set_owners

    with context.database.session(write=False) as session:
        tree = load_programme_tree(session, context.programme_id, context.round_id)
    if ambition_id is not None:
        ambition = next((a for p in tree.pillars for a in p.ambitions if a.id == ambition_id), None)
        if ambition is None:
            raise ValidationError(
                _("no ambition with the id {id!r} (statusapp list --json shows them)").format(
                    id=ambition_id
                )
            )
        ids = [action.id for action in ambition.walk_actions()]
    else:
        known = {action.id for action in tree.walk_actions()}
        ids = list(dict.fromkeys(action_ids or []))
        unknown = [i for i in ids if i not in known]
        if unknown:
            raise ValidationError(
                _("no action with the id {id!r} (statusapp list --json shows them)").format(
                    id=unknown[0]
                )
            )
    set_owners(context, ids, name)
    return len(ids)
