"""What changed since the previous round: status transitions, planned texts that moved,
explanations that changed, actions not updated in this round, actions added or removed.

A pure comparison of two rounds' trees of one programme (no database, no file format), and its
sections as plain text rows in a document's language, which every output writes: the workbook,
the Word document, the PDF, the site and the window.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from statusapp.domain import Action, ProgrammeTree, ReportingRound, Status, TableKind
from statusapp.domain.labels import status_caption
from statusapp.translation import long_date, speaking


@dataclass(frozen=True, slots=True)
class ComparedAction:
    """An action as the comparison names it: the report's cell text and its pillar."""

    id: str
    label: str
    pillar: str
    table: TableKind | None = None  # None: removed, its table unknown
    owner: str | None = None


@dataclass(frozen=True, slots=True)
class StatusTransition:
    action: ComparedAction
    before: Status
    after: Status


@dataclass(frozen=True, slots=True)
class TextChange:
    action: ComparedAction
    before: str
    after: str


@dataclass(slots=True)
class RoundComparison:
    current: ReportingRound
    previous: ReportingRound | None  # None: the first round, nothing to compare with
    transitions: list[StatusTransition] = field(default_factory=list)
    planned: list[TextChange] = field(default_factory=list)
    explanations: list[TextChange] = field(default_factory=list)
    not_updated: list[ComparedAction] = field(default_factory=list)
    added: list[ComparedAction] = field(default_factory=list)
    removed: list[ComparedAction] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        lists = (self.transitions, self.planned, self.explanations, self.not_updated)
        return not any((*lists, self.added, self.removed))

    def only(self, action_ids: set[str]) -> RoundComparison:
        """The part about these actions (a document for one owner or pillar); removed actions
        belong to no selection but the whole programme's."""

        def kept(items: list) -> list:  # type: ignore[type-arg]
            return [i for i in items if getattr(i, "action", i).id in action_ids]

        return RoundComparison(
            self.current,
            self.previous,
            kept(self.transitions),
            kept(self.planned),
            kept(self.explanations),
            kept(self.not_updated),
            kept(self.added),
            [],
        )


def _compared(tree: ProgrammeTree) -> dict[str, tuple[ComparedAction, Action]]:
    found = {}
    for pillar in tree.pillars:
        for ambition in pillar.ambitions:
            for action in ambition.walk_actions():
                named = ComparedAction(
                    action.id, action.label, pillar.title, ambition.table, action.owner
                )
                found[action.id] = (named, action)
    return found


def compare_rounds(
    previous: ProgrammeTree | None,
    current: ProgrammeTree,
    removed: Iterable[ComparedAction] = (),
) -> RoundComparison:
    """`current` against `previous` (both of one programme), in document order. `removed`:
    actions deleted since, as the change log names them (their rows are gone)."""
    comparison = RoundComparison(current.round, previous.round if previous else None)
    if previous is None:
        return comparison
    before = {key: action for key, (_named, action) in _compared(previous).items()}
    for key, (named, action) in _compared(current).items():
        old = before.get(key)
        if old is None or old.update.revision == 0:  # no update in the previous round
            comparison.added.append(named)
            continue
        if named.table is TableKind.GREEN and old.status is not action.status:
            comparison.transitions.append(StatusTransition(named, old.status, action.status))
        if old.planned.strip() != action.planned.strip():
            comparison.planned.append(TextChange(named, old.planned, action.planned))
        if old.explanation.strip() != action.explanation.strip():
            comparison.explanations.append(TextChange(named, old.explanation, action.explanation))
        if not action.update.is_updated:
            comparison.not_updated.append(named)
    comparison.removed = list(removed)
    return comparison


# --- the sections every output writes ---------------------------------------------------

LABELS = {
    "nl": {
        "heading": "Wijzigingen sinds de vorige ronde",
        "compared": "{current} (peildatum {current_date}) vergeleken met {previous} "
        "(peildatum {previous_date}).",
        "first": "{current} is de eerste rapportageronde: er is geen vorige ronde om mee te "
        "vergelijken.",
        "nothing": "Niets gewijzigd sinds de vorige ronde.",
        "transitions": "Status gewijzigd",
        "planned": "Planning verschoven",
        "explanations": "Toelichting gewijzigd",
        "not_updated": "Niet bijgewerkt in deze ronde",
        "added": "Nieuwe acties",
        "removed": "Verwijderde acties",
        "action": "Actie",
        "pillar": "Pijler",
        "from": "Was",
        "to": "Nu",
        "owner": "Trekker",
        "kind": "Wijziging",
        "no_owner": "(geen trekker)",
    },
    "en": {
        "heading": "Changes since the previous round",
        "compared": "{current} (reference date {current_date}) compared with {previous} "
        "(reference date {previous_date}).",
        "first": "{current} is the first reporting round: there is no previous round to "
        "compare with.",
        "nothing": "Nothing changed since the previous round.",
        "transitions": "Status changed",
        "planned": "Planning moved",
        "explanations": "Explanation changed",
        "not_updated": "Not updated in this round",
        "added": "New actions",
        "removed": "Removed actions",
        "action": "Action",
        "pillar": "Pillar",
        "from": "Was",
        "to": "Now",
        "owner": "Owner",
        "kind": "Change",
        "no_owner": "(no owner)",
    },
}


@dataclass(frozen=True, slots=True)
class ComparisonSection:
    """One list of the comparison as a table: a heading, captions, rows of cell texts."""

    key: str  # transitions, planned, explanations, not_updated, added, removed
    heading: str
    captions: tuple[str, ...]
    rows: list[tuple[str, ...]]
    action_ids: list[str]  # per row: the action it is about


def comparison_intro(comparison: RoundComparison, language: str) -> str:
    """The sentence above the sections: which rounds, or why there is nothing to compare."""
    labels = LABELS[language]
    current = comparison.current
    if comparison.previous is None:
        return labels["first"].format(current=current.name)
    text = labels["compared"].format(
        current=current.name,
        current_date=long_date(current.reference_date, language),
        previous=comparison.previous.name,
        previous_date=long_date(comparison.previous.reference_date, language),
    )
    return f"{text} {labels['nothing']}" if comparison.is_empty else text


def comparison_sections(comparison: RoundComparison, language: str) -> list[ComparisonSection]:
    """The non-empty lists, in the order the report shows them, in `language`."""
    labels = LABELS[language]
    base = (labels["action"], labels["pillar"])
    changed = (*base, labels["from"], labels["to"])
    with speaking(language):
        lists = [
            (
                "transitions",
                changed,
                [
                    (t.action.label, t.action.pillar, status_caption(t.before),
                     status_caption(t.after))
                    for t in comparison.transitions
                ],
            ),
            ("planned", changed,
             [(c.action.label, c.action.pillar, c.before, c.after) for c in comparison.planned]),
            ("explanations", changed,
             [(c.action.label, c.action.pillar, c.before, c.after)
              for c in comparison.explanations]),
            ("not_updated", (*base, labels["owner"]),
             [(a.label, a.pillar, a.owner or labels["no_owner"]) for a in comparison.not_updated]),
            ("added", base, [(a.label, a.pillar) for a in comparison.added]),
            ("removed", base, [(a.label, a.pillar) for a in comparison.removed]),
        ]  # fmt: skip
    ids = {
        "transitions": [t.action.id for t in comparison.transitions],
        "planned": [c.action.id for c in comparison.planned],
        "explanations": [c.action.id for c in comparison.explanations],
        "not_updated": [a.id for a in comparison.not_updated],
        "added": [a.id for a in comparison.added],
        "removed": [a.id for a in comparison.removed],
    }
    return [
        ComparisonSection(key, labels[key], captions, rows, ids[key])
        for key, captions, rows in lists
        if rows
    ]


def comparison_to_dict(comparison: RoundComparison) -> dict[str, Any]:
    """The comparison for programs (`statusapp changes --json`): ids and stored values, no
    words of either language, so two rounds compare in any script."""

    def action(item: ComparedAction) -> dict[str, Any]:
        return {"action_id": item.id, "action": item.label, "pillar": item.pillar}

    def round_(value: ReportingRound | None) -> dict[str, Any] | None:
        if value is None:
            return None
        return {"id": value.id, "name": value.name,
                "reference_date": value.reference_date.isoformat()}  # fmt: skip

    return {
        "round": round_(comparison.current),
        "previous_round": round_(comparison.previous),
        "transitions": [
            {**action(t.action), "from": t.before.value, "to": t.after.value}
            for t in comparison.transitions
        ],
        "planned": [
            {**action(c.action), "from": c.before, "to": c.after} for c in comparison.planned
        ],
        "explanations": [
            {**action(c.action), "from": c.before, "to": c.after} for c in comparison.explanations
        ],
        "not_updated": [{**action(a), "owner": a.owner} for a in comparison.not_updated],
        "added": [action(a) for a in comparison.added],
        "removed": [action(a) for a in comparison.removed],
    }
