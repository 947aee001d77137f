"""Which actions a filter shows: text, statuses, owner, planned year, not yet updated."""

from __future__ import annotations

from dataclasses import dataclass, field

from statusapp.domain.model import Action, Ambition
from statusapp.domain.status import Status

NO_OWNER = ""  # owner filter value for "actions without an owner"


@dataclass(frozen=True, slots=True)
class ActionFilter:
    text: str = ""
    statuses: frozenset[Status] = field(default_factory=frozenset)  # empty: any status
    owner: str | None = None  # None: any owner; NO_OWNER: none assigned
    year: int | None = None
    not_updated_only: bool = False

    @property
    def active(self) -> bool:
        return (
            bool(self.needle or self.statuses or self.owner is not None or self.year)
            or self.not_updated_only
        )

    @property
    def needle(self) -> str:
        return self.text.strip().casefold()

    @property
    def has_action_criteria(self) -> bool:
        """Criteria that only actions can meet (an ambition's title cannot have a status)."""
        return (
            bool(self.statuses)
            or self.owner is not None
            or self.year is not None
            or (self.not_updated_only)
        )

    def matches_action(self, action: Action, haystack: str, ambition_text_matches: bool) -> bool:
        """`haystack` is action_haystack(action), which callers cache."""
        if self.needle and not ambition_text_matches and self.needle not in haystack:
            return False
        if self.statuses and action.status not in self.statuses:
            return False
        if self.owner is not None and (action.owner or NO_OWNER) != self.owner:
            return False
        if self.year is not None:
            years = action.planned_years
            if years is None or self.year not in years:
                return False
        return not (self.not_updated_only and action.update.is_updated)


def action_haystack(action: Action) -> str:
    """What the text filter searches in an action: number, text, explanation, sub-items."""
    parts = [action.number, action.text, action.update.explanation]
    parts += [item.text for item in action.sub_items]
    return "\n".join(parts).casefold()


def ambition_haystack(ambition: Ambition) -> str:
    return f"{ambition.title}\n{ambition.description}\n{ambition.note}".casefold()


def match_spans(text: str, needle: str) -> list[tuple[int, int]]:
    """Where the (case-folded) needle occurs in `text`: (start, end) positions in `text`,
    also where case folding changes the length ("ß" folds to "ss")."""
    if not needle:
        return []
    folded: list[str] = []
    origin: list[int] = []  # the position in `text` of each folded character
    for position, character in enumerate(text):
        for piece in character.casefold():
            folded.append(piece)
            origin.append(position)
    haystack = "".join(folded)
    spans = []
    start = haystack.find(needle)
    while start >= 0:
        end = start + len(needle)
        spans.append((origin[start], origin[end - 1] + 1))
        start = haystack.find(needle, end)
    return spans


def matched_fields(action: Action, needle: str) -> list[str]:
    """The action's fields holding the needle: "number", "text", "explanation", "sub_items"."""
    if not needle:
        return []
    fields = {
        "number": action.number,
        "text": action.text,
        "explanation": action.update.explanation,
        "sub_items": "\n".join(item.text for item in action.sub_items),
    }
    return [name for name, value in fields.items() if needle in value.casefold()]
