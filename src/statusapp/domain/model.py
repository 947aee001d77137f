"""Plain typed objects of a programme: services hand these to the UI. No database, no Qt."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from statusapp.domain.planned import PlannedYears, planned_years_or_none
from statusapp.domain.programmes import parse_budget_programmes
from statusapp.domain.status import Status


class TableKind(StrEnum):
    """Green tables hold the programme's actions with status; blue tables the additional work."""

    GREEN = "green"
    BLUE = "blue"


class NodeKind(StrEnum):
    """The three kinds of item in a programme's tree."""

    PILLAR = "pillar"
    AMBITION = "ambition"
    ACTION = "action"


class ReviewState(StrEnum):
    """Where an update stands: being edited, handed in by the project leader, or accepted."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"


class PillarKind(StrEnum):
    """A pillar of the programme, or a section of the blue tables that is no pillar."""

    PILLAR = "pillar"
    SECTION = "section"


# The soft limit of an explanation's length, in characters: the report's cells are short (the
# midterm review's explanations run to 82 characters in the median, 279 at the 95th
# percentile). The editor's length guide turns amber past it; nothing is refused.
DEFAULT_EXPLANATION_LIMIT = 300
EXPLANATION_LIMITS = range(50, 5001)


@dataclass(slots=True)
class Programme:
    id: str
    name: str
    organisation: str
    term: str
    language: str = "nl"
    explanation_limit: int = DEFAULT_EXPLANATION_LIMIT


@dataclass(slots=True)
class ReportingRound:
    id: str
    name: str
    reference_date: date
    closed: bool = False
    deadline: date | None = None  # when owners hand their updates back


@dataclass(slots=True)
class SubItem:
    """A bullet inside an action's cell, with its own planned text."""

    text: str
    planned: str = ""


@dataclass(slots=True)
class StatusUpdate:
    """An action's status in one reporting round."""

    status: Status = Status.NONE
    planned: str = ""
    explanation: str = ""
    updated_by: str | None = None
    updated_at: datetime | None = None
    revision: int = 1
    review: ReviewState = ReviewState.DRAFT

    @property
    def is_updated(self) -> bool:
        """Changed by someone in this round (not carried over or loaded from the report)."""
        return self.updated_by is not None


@dataclass(slots=True)
class Action:
    id: str
    number: str  # as written: "1.", "1.1", "•" for a bullet row, "" for none
    text: str
    update: StatusUpdate = field(default_factory=StatusUpdate)
    owner: str | None = None
    sub_items: list[SubItem] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)

    @property
    def status(self) -> Status:
        return self.update.status

    @property
    def planned(self) -> str:
        return self.update.planned

    @property
    def explanation(self) -> str:
        return self.update.explanation

    @property
    def programmes(self) -> tuple[int, ...]:
        return parse_budget_programmes(self.text)

    @property
    def planned_years(self) -> PlannedYears | None:
        """The years of the planned text or, when blank, those its sub-items span."""
        own = planned_years_or_none(self.update.planned)
        if own is not None or not self.sub_items:
            return own
        spans = [planned_years_or_none(item.planned) for item in self.sub_items]
        years = [span for span in spans if span is not None]
        if not years:
            return None
        return PlannedYears(min(y.start for y in years), max(y.end for y in years))

    @property
    def label(self) -> str:
        """Number and text as the report writes them in one cell."""
        return f"{self.number} {self.text}" if self.number else self.text

    def walk(self) -> Iterator[Action]:
        """This action and all its descendants, in document order."""
        yield self
        for child in self.actions:
            yield from child.walk()


@dataclass(slots=True)
class Ambition:
    id: str
    table: TableKind
    title: str
    description: str = ""
    note: str = ""
    actions: list[Action] = field(default_factory=list)

    def walk_actions(self) -> Iterator[Action]:
        for action in self.actions:
            yield from action.walk()


@dataclass(slots=True)
class Pillar:
    id: str
    title: str
    kind: PillarKind = PillarKind.PILLAR
    aims: list[str] = field(default_factory=list)
    ambitions: list[Ambition] = field(default_factory=list)

    def walk_actions(self, table: TableKind | None = None) -> Iterator[Action]:
        for ambition in self.ambitions:
            if table is None or ambition.table == table:
                yield from ambition.walk_actions()


@dataclass(slots=True)
class ProgrammeTree:
    """A whole programme as of one reporting round."""

    programme: Programme
    round: ReportingRound
    pillars: list[Pillar] = field(default_factory=list)

    def walk_actions(self, table: TableKind | None = None) -> Iterator[Action]:
        for pillar in self.pillars:
            yield from pillar.walk_actions(table)

    def ambitions(self, table: TableKind | None = None) -> Iterator[Ambition]:
        for pillar in self.pillars:
            for ambition in pillar.ambitions:
                if table is None or ambition.table == table:
                    yield ambition

    def status_counts(self, table: TableKind = TableKind.GREEN) -> dict[Status, int]:
        counts = dict.fromkeys(Status, 0)
        for action in self.walk_actions(table):
            counts[action.status] += 1
        return counts
