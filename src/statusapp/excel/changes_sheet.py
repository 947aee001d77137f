"""The workbook's `Wijzigingen` sheet: what changed since the previous round, one table per kind
of change (report/comparison.py makes the rows, as for the Word document, the PDF and the site).
"""

from __future__ import annotations

from typing import Any

from statusapp.excel import layout
from statusapp.excel.styles import Styles, height_for, line_count, set_text
from statusapp.report.comparison import (
    LABELS,
    RoundComparison,
    comparison_intro,
    comparison_sections,
)

SHEET_NAMES = {"nl": "Wijzigingen", "en": "Changes"}
# characters: kind of change, action, pillar, was, now, owner
WIDTHS = (22, 55, 28, 34, 34, 22)
HEADER_ROW = 4


def write_changes_sheet(writer: Any, comparison: RoundComparison) -> str:
    """The sheet after the tables: its title, the sentence naming both rounds, then one table
    of every change, its kind in the first column, so it filters, sorts and prints with its
    header row on every page."""
    from openpyxl.utils import get_column_letter

    language = writer.language
    labels = LABELS[language]
    styles: Styles = writer.styles
    sheet = writer.new_sheet(SHEET_NAMES[language])
    sheet["A1"] = labels["heading"]
    styles.apply(sheet["A1"], styles.title)
    sheet["A2"] = comparison_intro(comparison, language)
    captions = (labels["kind"], labels["action"], labels["pillar"], labels["from"], labels["to"],
                labels["owner"])  # fmt: skip
    for column, caption in enumerate(captions, 1):
        styles.apply(sheet.cell(row=HEADER_ROW, column=column, value=caption), styles.header_green)
    row = HEADER_ROW + 1
    for section in comparison_sections(comparison, language):
        for values in section.rows:
            action, pillar, *rest = values
            if section.key == "not_updated":
                cells = (section.heading, action, pillar, "", "", rest[0])
            else:
                cells = (section.heading, action, pillar, *rest, *[""] * (2 - len(rest)), "")
            lines = 1
            for column, value in enumerate(cells, 1):
                cell = sheet.cell(row=row, column=column)
                set_text(cell, value)
                styles.apply(cell, styles.cell)
                lines = max(lines, line_count(value, WIDTHS[column - 1]))
            writer.row_heights.set(sheet, row, height_for(lines))
            row += 1
    for column, width in enumerate(WIDTHS, 1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    last = get_column_letter(len(captions))
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{last}{max(row - 1, HEADER_ROW)}"
    sheet.freeze_panes = f"A{HEADER_ROW + 1}"
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    layout.print_setup(sheet)
    return sheet.title
