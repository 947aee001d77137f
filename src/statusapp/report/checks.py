"""What a control team fixes before the report goes to the council, found in a round's tree:
a `-` or `+/-` without an explanation, a planned year passed for an action not done, actions
not updated in this round, an explanation copied unchanged while the status changed, and open
conflicts. Pure: the service (services/checks.py) reads what it needs."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from statusapp.domain import ProgrammeTree, Status, TableKind
from statusapp.domain.labels import field_label, status_caption
from statusapp.report.comparison import RoundComparison
from statusapp.translation import _


class CheckKind(StrEnum):
    NO_EXPLANATION = "no_explanation"
    PLANNED_PASSED = "planned_passed"
    NOT_UPDATED = "not_updated"
    EXPLANATION_COPIED = "explanation_copied"
    OPEN_CONFLICT = "open_conflict"


@dataclass(frozen=True, slots=True)
class Finding:
    kind: CheckKind
    action_id: str
    label: str  # the action as the report's cell names it
    pillar: str
    problem: str  # one sentence in the user's language

    def line(self) -> str:
        return _("{pillar} › {action}: {problem}").format(
            pillar=self.pillar, action=shortened(self.label), problem=self.problem
        )


def shortened(text: str, length: int = 110) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[: length - 1].rstrip() + "…"


def find_problems(
    tree: ProgrammeTree,
    comparison: RoundComparison,
    conflicts: Iterable[tuple[str, str]] = (),
) -> list[Finding]:
    """Every finding in document order per kind; `conflicts`: (action id, field) still open.
    Not updated is only said from a second round on: a first round holds the report's own
    values, which nobody signed in Statusapp."""
    places = {}
    for pillar in tree.pillars:
        for ambition in pillar.ambitions:
            for action in ambition.walk_actions():
                places[action.id] = (action, pillar.title, ambition.table)
    reference_year = tree.round.reference_date.year
    found: list[Finding] = []

    def add(kind: CheckKind, action_id: str, problem: str) -> None:
        action, pillar, _table = places[action_id]
        found.append(Finding(kind, action_id, action.label, pillar, problem))

    for key, (action, _pillar, table) in places.items():
        if table is not TableKind.GREEN:
            continue
        if action.status in (Status.DELAYED, Status.LONGER) and not action.explanation.strip():
            add(CheckKind.NO_EXPLANATION, key, _("status {status} without an explanation").format(
                status=status_caption(action.status)))  # fmt: skip
    for key, (action, _pillar, table) in places.items():
        years = action.planned_years
        if table is TableKind.GREEN and action.status is not Status.DONE and years is not None:
            if years.end < reference_year:
                add(CheckKind.PLANNED_PASSED, key, _(
                    "planned for {planned}, not done at the reference date ({status})"
                ).format(planned=action.planned.strip() or years.end,
                         status=status_caption(action.status)))  # fmt: skip
    if comparison.previous is not None:
        for named in comparison.not_updated:
            add(CheckKind.NOT_UPDATED, named.id, _("not updated in this round"))
        rewritten = {change.action.id for change in comparison.explanations}
        for transition in comparison.transitions:
            action = places[transition.action.id][0]
            if transition.action.id not in rewritten and action.explanation.strip():
                add(CheckKind.EXPLANATION_COPIED, transition.action.id, _(
                    "status changed from {before} to {after}, the explanation did not"
                ).format(before=status_caption(transition.before),
                         after=status_caption(transition.after)))  # fmt: skip
    for action_id, field in conflicts:
        if action_id in places:
            add(CheckKind.OPEN_CONFLICT, action_id, _("an open conflict in {field}").format(
                field=field_label(field)))  # fmt: skip
    return found
