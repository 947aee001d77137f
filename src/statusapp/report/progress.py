"""How far each owner is in a round: their actions, how many are updated, submitted and
approved, and the files they returned (the round's progress and the overview's owners)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from statusapp.domain import Action, ReviewState
from statusapp.translation import _

NO_OWNER_LABEL = "(no owner)"  # the key of actions without an owner; shown as owner_name()
# The key of received files that name no owner: a workbook of the whole programme, or one
# refused before its owner could be read. Not "(no owner)": those files are someone's.
UNKNOWN_SENDER_LABEL = "(unknown sender)"


def owner_name(owner: str) -> str:
    """An owner as users read it: the actions without one are "(geen trekker)"."""
    if owner == NO_OWNER_LABEL:
        return _("(no owner)")
    if owner == UNKNOWN_SENDER_LABEL:
        return _("(files without a known owner)")
    return owner


def outcome_text(outcome: str) -> str:
    """A received file's outcome as users read it."""
    texts = {
        "applied": _("applied"),
        "partly applied": _("applied in part: changes to approved updates were refused"),
        "refused": _("refused"),
    }
    return texts.get(outcome, outcome)


@dataclass(slots=True)
class ReceivedFile:
    file_name: str
    received_at: datetime
    received_by: str
    changes: int
    conflicts: int
    outcome: str
    message: str


@dataclass(slots=True)
class OwnerProgress:
    owner: str
    actions: int = 0
    updated: int = 0
    submitted: int = 0
    approved: int = 0
    files: list[ReceivedFile] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)  # labels of actions with no update yet
    waiting_ids: list[str] = field(default_factory=list)

    @property
    def share_updated(self) -> float:
        return self.updated / self.actions if self.actions else 0.0


def progress_by_owner(actions: Iterable[Action]) -> list[OwnerProgress]:
    """Per owner (those without one together, last): actions, updated, review states."""
    by_owner: dict[str, OwnerProgress] = {}
    for action in actions:
        name = action.owner or NO_OWNER_LABEL
        progress = by_owner.setdefault(name, OwnerProgress(name))
        progress.actions += 1
        update_ = action.update
        if update_.is_updated:
            progress.updated += 1
        else:
            progress.waiting.append(action.label)
            progress.waiting_ids.append(action.id)
        if update_.review is ReviewState.SUBMITTED:
            progress.submitted += 1
        elif update_.review is ReviewState.APPROVED:
            progress.approved += 1
    return sorted(by_owner.values(), key=owner_order)


def owner_order(progress: OwnerProgress) -> tuple[int, str]:
    """Owners by name; then the actions without one; then files without a known owner."""
    last = {NO_OWNER_LABEL: 1, UNKNOWN_SENDER_LABEL: 2}
    return last.get(progress.owner, 0), progress.owner.casefold()
