"""The programme's plain, typed model: no Qt, no database."""

from statusapp.domain.model import (
    Action,
    Ambition,
    NodeKind,
    Pillar,
    PillarKind,
    Programme,
    ProgrammeTree,
    ReportingRound,
    ReviewState,
    StatusUpdate,
    SubItem,
    TableKind,
)
from statusapp.domain.planned import PlannedYears, parse_planned
from statusapp.domain.programmes import parse_budget_programmes
from statusapp.domain.status import Status

__all__ = [
    "Action",
    "Ambition",
    "NodeKind",
    "Pillar",
    "PillarKind",
    "PlannedYears",
    "Programme",
    "ProgrammeTree",
    "ReportingRound",
    "ReviewState",
    "Status",
    "StatusUpdate",
    "SubItem",
    "TableKind",
    "parse_budget_programmes",
    "parse_planned",
]
