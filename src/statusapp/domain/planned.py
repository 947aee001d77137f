"""Parsing of planned texts ("Gepland") into a year range.

The text is always kept as the user wrote it; the parsed range serves filtering and sorting.
Recognised forms (case and spacing free), as the report uses them:
    2023                    one year
    2023/2024, 2023-2026    a range of years
    2024-feb, 2023-nov/ dec a year with one or more months
    nov 2023, nov/dec 2023  months before the year
    Q2 2023, Q2 en Q3 2023  quarters
    eind 2024, voorjaar 2024, medio 2025, H1 2024
    (blank)                 not yet planned
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from statusapp.errors import PlannedTextError
from statusapp.translation import _

_MONTHS = (
    "jan|januari|january|feb|febr|februari|february|mrt|maart|mar|march|apr|april|mei|may|"
    "jun|juni|june|jul|juli|july|aug|augustus|august|sep|sept|september|okt|oktober|oct|october|"
    "nov|november|dec|december"
)
_YEAR = r"(19\d\d|20\d\d|21\d\d)"
_JOIN = r"\s*(?:en|and|/|-|,|&)\s*"
_MONTH_LIST = rf"(?:{_MONTHS})\.?(?:{_JOIN}(?:{_MONTHS})\.?)*"
_QUARTER_LIST = rf"q[1-4](?:{_JOIN}q[1-4])*"
_PERIOD = (
    r"(?:begin|medio|midden|eind|einde|voorjaar|najaar|zomer|winter|"
    r"h[12]|early|mid|late|end|spring|summer|autumn|fall)"
)

_PATTERNS = (
    re.compile(rf"^{_YEAR}$"),
    re.compile(rf"^{_YEAR}\s*(?:/|-|–|t/m|tot en met|to)\s*{_YEAR}$"),
    re.compile(rf"^{_YEAR}\s*-\s*{_MONTH_LIST}$"),
    re.compile(rf"^{_MONTH_LIST}\s+{_YEAR}$"),
    re.compile(rf"^{_QUARTER_LIST}\s+{_YEAR}$"),
    re.compile(rf"^{_PERIOD}\s+{_YEAR}$"),
)


@dataclass(frozen=True, slots=True)
class PlannedYears:
    """The years a planned text covers, both inclusive."""

    start: int
    end: int

    def __contains__(self, year: object) -> bool:
        return isinstance(year, int) and self.start <= year <= self.end

    def __str__(self) -> str:
        return str(self.start) if self.start == self.end else f"{self.start}-{self.end}"


@lru_cache(maxsize=4096)
def parse_planned(text: str) -> PlannedYears | None:
    """The year range of a planned text; None when blank (not yet planned).

    Raises PlannedTextError for text in none of the recognised forms.
    """
    normalised = " ".join(text.split()).lower()
    if not normalised:
        return None
    for pattern in _PATTERNS:
        match = pattern.match(normalised)
        if match:
            years = [int(group) for group in match.groups() if group]
            start, end = min(years), max(years)
            if years[0] > years[-1]:
                raise PlannedTextError(
                    _("planned range {text!r} ends before it starts").format(text=text)
                )
            return PlannedYears(start, end)
    raise PlannedTextError(
        _(
            "planned text {text!r} is not a year, range, month or quarter (examples: 2023, "
            "2023/2024, 2023-2026, 2024-feb, Q2 en Q3 2023)"
        ).format(text=text)
    )


def is_valid_planned(text: str) -> bool:
    try:
        parse_planned(text)
    except PlannedTextError:
        return False
    return True


def planned_years_or_none(text: str) -> PlannedYears | None:
    """The range of a planned text, or None for blank and unrecognised text (never raises)."""
    try:
        return parse_planned(text)
    except PlannedTextError:
        return None
