"""Whose actions the window puts first ("Mijn acties"), and how far that person is."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from statusapp.domain import Action
from statusapp.services.context import EditContext
from statusapp.services.working_copy import handed_out_owner


def whose_actions(context: EditContext) -> str:
    """On a working copy the owner it was handed out to; on a server the owner linked to the
    login; elsewhere the user who signs the edits (the login, or $STATUSAPP_USER)."""
    server = context.database.server_identity
    if server is not None:
        return server.owner or server.login
    with context.database.session(write=False) as session:
        owner = handed_out_owner(session, context.round_id)
    return owner or context.user


def same_person(name: str | None, other: str | None) -> bool:
    """Names as people type them: case and spacing do not matter."""
    if not name or not other:
        return False
    return " ".join(name.split()).casefold() == " ".join(other.split()).casefold()


@dataclass(frozen=True, slots=True)
class MyProgress:
    owner: str | None  # the owner's name as the programme spells it; None: owns no action
    actions: int
    updated: int


def my_progress(person: str, actions: Iterable[Action]) -> MyProgress:
    """How many of the person's actions are updated in this round."""
    owner, total, updated = None, 0, 0
    for action in actions:
        if same_person(action.owner, person):
            owner = action.owner
            total += 1
            updated += action.update.is_updated
    return MyProgress(owner, total, updated)
