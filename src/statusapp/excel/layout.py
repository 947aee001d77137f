"""What the workbook looks like beyond the report's captions: sheet names, the hidden data
sheet, widths, colours (export and import)."""

from __future__ import annotations

import re
from typing import Any

# The header captions are the report's (report/captions.py); the reader finds header rows by them.
from statusapp.report.captions import GREEN_CAPTIONS as GREEN_CAPTIONS

# The overview sheet's name per export language (excel/overview_sheet.py writes it).
OVERVIEW_SHEETS = {"nl": "Overzicht", "en": "Overview"}

# The hidden sheet that carries ids, revisions and the exported values for the import.
DATA_SHEET = "statusapp"
WORKBOOK_FORMAT = "statusapp-workbook"
WORKBOOK_FORMAT_VERSION = 1
DATA_CHUNK = 30_000  # characters per cell of the actions' JSON (a cell holds 32,767)

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


def print_setup(sheet: Any) -> None:
    """Every printed sheet alike: A4 landscape, one page wide, page numbers in the footer."""
    setup = sheet.page_setup
    setup.orientation = "landscape"
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.fitToWidth = 1
    setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.gridLines = False
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    sheet.oddFooter.center.text = "&P / &N"
