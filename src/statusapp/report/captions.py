"""What every format of the report writes the same: the table captions, the labels around them
and the header colours (the workbook, the Word document and the PDF)."""

from __future__ import annotations

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

GREEN_FILL = "A9D08E"  # header of the green tables
BLUE_FILL = "9BC2E6"  # header of the blue tables
