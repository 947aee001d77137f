"""Property tests of the parsers: planned texts and typed statuses."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from statusapp.domain import PlannedYears, Status, parse_planned
from statusapp.domain.planned import is_valid_planned
from statusapp.domain.status import parse_status_text
from statusapp.errors import PlannedTextError

YEARS = st.integers(1990, 2099)
MONTHS = st.sampled_from(
    ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
)
SPACES = st.sampled_from(["", " ", "  "])


@given(YEARS)
def test_a_year_is_its_own_range(year: int) -> None:
    assert parse_planned(str(year)) == PlannedYears(year, year)


@given(YEARS, YEARS, st.sampled_from(["/", "-"]), SPACES)
def test_year_ranges(first: int, second: int, separator: str, space: str) -> None:
    text = f"{first}{space}{separator}{space}{second}"
    if first <= second:
        assert parse_planned(text) == PlannedYears(first, second)
    else:
        try:
            parse_planned(text)
        except PlannedTextError:
            return
        raise AssertionError(f"{text!r} runs backwards and must be refused")


@given(YEARS, st.lists(MONTHS, min_size=1, max_size=3), st.booleans())
def test_months_with_a_year_in_either_order(year: int, months: list[str], year_first: bool) -> None:
    joined = "/ ".join(months)
    text = f"{year}-{joined}" if year_first else f"{joined} {year}"
    assert parse_planned(text) == PlannedYears(year, year)


@given(st.text(max_size=40))
def test_any_text_either_parses_to_a_sane_range_or_is_refused_cleanly(text: str) -> None:
    try:
        span = parse_planned(text)
    except PlannedTextError as error:
        assert "planned" in str(error)
        assert not is_valid_planned(text)
        return
    assert is_valid_planned(text)
    if span is not None:
        assert 1900 <= span.start <= span.end <= 2199


@given(st.text(max_size=20))
def test_any_typed_status_is_a_status_or_a_clear_refusal(text: str) -> None:
    try:
        status = parse_status_text(text)
    except ValueError as error:
        assert "is no status" in str(error)
        return
    assert isinstance(status, Status)


@given(st.sampled_from(list(Status)), SPACES, st.booleans())
def test_every_symbol_reads_back_as_its_status(status: Status, space: str, upper: bool) -> None:
    text = f"{space}{status.symbol}{space}"
    assert parse_status_text(text.upper() if upper else text) is status
