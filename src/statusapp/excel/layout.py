"""What the workbook looks like: captions, colours, widths, sheet names (export and import)."""

from __future__ import annotations

import re

# The captions exactly as the report's tables have them; import accepts either language.
GREEN_CAPTIONS = {
    "nl": (
        "Maatschappelijk effect/ambitie",
        "Maatregelen/acties",
        "Gepland",
        "Status",
        "Toelichting",
    ),
    "en": ("Societal effect/ambition", "Measures/actions", "Planned", "Status", "Explanation"),
}
# The overview sheet's name per export language (excel/overview_sheet.py writes it).
OVERVIEW_SHEETS = {"nl": "Overzicht", "en": "Overview"}
BLUE_CAPTIONS = {language: (c[0], c[1], c[2], c[4]) for language, c in GREEN_CAPTIONS.items()}

LABELS = {
    "nl": {
        "blue_sheet": "Aanvullende werkzaamheden",
        "blue_title": "Aanvullende werkzaamheden boven op uitvoeringsprogramma",
        "legend_sheet": "Legenda",
        "legend_title": "Legenda",
        "symbol": "Symbool",
        "meaning": "Betekenis",
        "legend_note": "Voor de acties die nog niet gestart zijn, omdat het nog niet gepland is, "
        "is geen status meegegeven. "
        "De blauwe tabellen (aanvullende werkzaamheden) hebben geen status.",
        "round": "Rapportageronde",
        "reference_date": "Peildatum",
        "exported": "Geëxporteerd",
        "owner": "Trekker",
    },
    "en": {
        "blue_sheet": "Additional work",
        "blue_title": "Additional work beyond the execution programme",
        "legend_sheet": "Legend",
        "legend_title": "Legend",
        "symbol": "Symbol",
        "meaning": "Meaning",
        "legend_note": "Actions not yet started because they are not yet planned have no status. "
        "The blue tables (additional work) have no status.",
        "round": "Reporting round",
        "reference_date": "Reference date",
        "exported": "Exported",
        "owner": "Owner",
    },
}

# The hidden sheet that carries ids, revisions and the exported values for the import.
DATA_SHEET = "statusapp"
WORKBOOK_FORMAT = "statusapp-workbook"
WORKBOOK_FORMAT_VERSION = 1
DATA_CHUNK = 30_000  # characters per cell of the actions' JSON (a cell holds 32,767)

GREEN_FILL = "A9D08E"  # header of the green tables
BLUE_FILL = "9BC2E6"  # header of the blue tables
BLUE_SECTION_FILL = "DDEBF7"
TITLE_FONT_SIZE = 14

# Column widths (characters) of A..E; F holds the hidden action id.
GREEN_WIDTHS = (38, 52, 12, 8, 56)
BLUE_WIDTHS = (38, 56, 12, 60)
ID_COLUMN_GREEN = 6
ID_COLUMN_BLUE = 5

_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
MAX_SHEET_NAME = 31


def safe_sheet_name(name: str, taken: set[str]) -> str:
    """A name Excel accepts: no []:*?/\\, at most 31 characters, unique (case-insensitive)."""
    cleaned = _FORBIDDEN.sub("-", " ".join(name.split())).strip("'") or "Blad"
    candidate = cleaned[:MAX_SHEET_NAME]
    counter = 2
    while candidate.casefold() in taken:
        suffix = f" ({counter})"
        candidate = cleaned[: MAX_SHEET_NAME - len(suffix)] + suffix
        counter += 1
    taken.add(candidate.casefold())
    return candidate


_FORMULA_START = ("=", "+", "-", "@")


def looks_like_formula(text: str) -> bool:
    """Text Excel would read as a formula if it were typed: it must be stored as text."""
    return text.startswith(_FORMULA_START)
