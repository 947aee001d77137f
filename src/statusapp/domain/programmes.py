"""Budget programmes ("(programma 8)", "(programma 1 en 6)") named in an action's text."""

from __future__ import annotations

import re

_PROGRAMME_REFERENCE = re.compile(
    r"\((?:zie\s+)?programma(?:'s)?\s+(\d{1,2}(?:\s*(?:,|en|&|/)\s*\d{1,2})*)\s*\)",
    re.IGNORECASE,
)


def parse_budget_programmes(text: str) -> tuple[int, ...]:
    """The budget programme numbers referenced in the text, in order, without repeats."""
    numbers: list[int] = []
    for match in _PROGRAMME_REFERENCE.finditer(text):
        for digits in re.findall(r"\d{1,2}", match.group(1)):
            number = int(digits)
            if number not in numbers:
                numbers.append(number)
    return tuple(numbers)
