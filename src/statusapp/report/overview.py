"""The overview of a round: status counts per pillar beside the previous round, what changed,
what is delayed or taking longer, and per owner the share updated.

One computation serves the window's charts and the workbook's `Overzicht` sheet; the previous
round's statuses come from services/overview.py. It counts the
actions of the green tables, child actions included, as the tree's pillar rows and the report
do; the blue tables (additional work) have no status. The owners' shares count the same
green actions, so both tables add up to the same total.

Improved and worsened follow one order of the statuses, from worst to best:
`delayed` < `longer` < `on_track` < `done`. An action whose status moved up that order since
the previous round improved; down, it worsened. `none` (not yet planned) stands outside the
order: a change from or to it is neither.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from statusapp.domain import (
    Action,
    PillarKind,
    ProgrammeTree,
    ReportingRound,
    Status,
    TableKind,
)
from statusapp.domain.status import STATUS_ORDER
from statusapp.report.progress import OwnerProgress, progress_by_owner

# Worst to best; `none` is not in it (see the module's comment).
PROGRESS_ORDER: tuple[Status, ...] = (Status.DELAYED, Status.LONGER, Status.ON_TRACK, Status.DONE)
_RANK = {status: rank for rank, status in enumerate(PROGRESS_ORDER)}


@dataclass(frozen=True, slots=True)
class PreviousRound:
    """The round before the current one, with each action's status in it."""

    round: ReportingRound
    statuses: dict[str, Status]  # by action id


@dataclass(slots=True)
class StatusCounts:
    """How many actions have each status, and which (to select them)."""

    action_ids: dict[Status, list[str]] = field(
        default_factory=lambda: {status: [] for status in STATUS_ORDER}
    )

    def add(self, status: Status, action_id: str) -> None:
        self.action_ids[status].append(action_id)

    def count(self, status: Status) -> int:
        return len(self.action_ids[status])

    @property
    def counts(self) -> dict[Status, int]:
        return {status: len(ids) for status, ids in self.action_ids.items()}

    @property
    def total(self) -> int:
        return sum(len(ids) for ids in self.action_ids.values())

    def all_ids(self) -> list[str]:
        return [action_id for ids in self.action_ids.values() for action_id in ids]


@dataclass(slots=True)
class PillarOverview:
    pillar_id: str
    number: int | None  # as the report numbers pillars; None for a section
    title: str
    current: StatusCounts
    previous: StatusCounts | None  # None without a previous round

    @property
    def label(self) -> str:
        return f"{self.number} {self.title}" if self.number is not None else self.title


@dataclass(frozen=True, slots=True)
class ActionEntry:
    """An action in one of the overview's lists."""

    action_id: str
    label: str
    pillar: str
    status: Status
    previous_status: Status | None = None


@dataclass(slots=True)
class RoundOverview:
    round: ReportingRound
    previous_round: ReportingRound | None
    pillars: list[PillarOverview]
    improved: list[ActionEntry]
    worsened: list[ActionEntry]
    delayed: list[ActionEntry]
    longer: list[ActionEntry]
    owners: list[OwnerProgress]

    @property
    def total(self) -> StatusCounts:
        return _sum(p.current for p in self.pillars)

    @property
    def previous_total(self) -> StatusCounts | None:
        if self.previous_round is None:
            return None
        return _sum(p.previous for p in self.pillars if p.previous is not None)


def _sum(parts: object) -> StatusCounts:
    total = StatusCounts()
    for part in parts:  # type: ignore[attr-defined]
        for status, ids in part.action_ids.items():
            total.action_ids[status].extend(ids)
    return total


def change_of(previous: Status, current: Status) -> int:
    """+1 improved, -1 worsened, 0 neither (the same, or `none` on either side)."""
    if previous not in _RANK or current not in _RANK:
        return 0
    return (_RANK[current] > _RANK[previous]) - (_RANK[current] < _RANK[previous])


def compute_overview(
    tree: ProgrammeTree,
    previous: PreviousRound | None,
    include: Callable[[Action], bool] | None = None,
) -> RoundOverview:
    """The overview of the tree's round; `include` narrows it to some actions (an export's)."""
    pillars: list[PillarOverview] = []
    improved: list[ActionEntry] = []
    worsened: list[ActionEntry] = []
    delayed: list[ActionEntry] = []
    longer: list[ActionEntry] = []
    number = 0
    for pillar in tree.pillars:
        if pillar.kind is PillarKind.PILLAR:
            number += 1
        current = StatusCounts()
        before = StatusCounts() if previous is not None else None
        now_ids = current.action_ids
        before_ids = before.action_ids if before is not None else None
        statuses_before = previous.statuses if previous is not None else {}
        for action in pillar.walk_actions(TableKind.GREEN):
            if include is not None and not include(action):
                continue
            action_id, status = action.id, action.update.status
            now_ids[status].append(action_id)
            was = statuses_before.get(action_id)
            step = 0
            if was is not None:
                before_ids[was].append(action_id)  # type: ignore[index]
                step = change_of(was, status) if was is not status else 0
            if step == 0 and status is not Status.DELAYED and status is not Status.LONGER:
                continue  # most actions: counted, listed nowhere
            entry = ActionEntry(action_id, action.label, pillar.title, status, was)
            if step > 0:
                improved.append(entry)
            elif step < 0:
                worsened.append(entry)
            if status is Status.DELAYED:
                delayed.append(entry)
            elif status is Status.LONGER:
                longer.append(entry)
        if current.total or (before is not None and before.total):
            pillar_number = number if pillar.kind is PillarKind.PILLAR else None
            pillars.append(PillarOverview(pillar.id, pillar_number, pillar.title, current, before))
    # The same set as the status counts: the blue tables' work has no status to update.
    green = tree.walk_actions(TableKind.GREEN)
    actions = (a for a in green if include is None or include(a))
    return RoundOverview(
        tree.round,
        previous.round if previous is not None else None,
        pillars,
        improved,
        worsened,
        delayed,
        longer,
        progress_by_owner(actions),
    )
