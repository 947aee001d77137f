import pytest

from statusapp.domain import PlannedYears, parse_planned
from statusapp.domain.planned import is_valid_planned
from statusapp.errors import PlannedTextError


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("2023", (2023, 2023)),
        ("2023/2024", (2023, 2024)),
        ("2023-2026", (2023, 2026)),
        ("2024-2026", (2024, 2026)),
        ("2024/2025", (2024, 2025)),
        ("2024-feb", (2024, 2024)),
        ("2023-sep", (2023, 2023)),
        ("2023-okt", (2023, 2023)),
        ("2023-nov/ dec", (2023, 2023)),
        ("Q2 en Q3 2023", (2023, 2023)),
        ("Q1 2025", (2025, 2025)),
        ("nov 2023", (2023, 2023)),
        ("eind 2024", (2024, 2024)),
        ("  2023 ", (2023, 2023)),
        ("2023 - 2024", (2023, 2024)),
    ],
)
def test_recognised_planned_forms(text: str, years: tuple[int, int]) -> None:
    assert parse_planned(text) == PlannedYears(*years)


@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_blank_means_not_yet_planned(text: str) -> None:
    assert parse_planned(text) is None
    assert is_valid_planned(text)


@pytest.mark.parametrize(
    "text", ["soon", "23", "2023 2024", "2026-2023", "Q5 2023", "2023-foo", "twee", "20233"]
)
def test_unrecognised_planned_text_is_refused(text: str) -> None:
    with pytest.raises(PlannedTextError, match="planned"):
        parse_planned(text)
    assert not is_valid_planned(text)


def test_planned_years_contains_and_prints() -> None:
    span = PlannedYears(2023, 2025)
    assert 2024 in span and 2026 not in span
    assert str(span) == "2023-2025"
    assert str(PlannedYears(2023, 2023)) == "2023"
