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
WIDTHS = (60, 30, 40, 40)  # characters: action, pillar, was (or owner), now


def write_changes_sheet(writer: Any, comparison: RoundComparison) -> str:
    """The sheet after the tables; its title, the sentence naming both rounds, then a heading
    and a table per non-empty kind of change."""
    from openpyxl.utils import get_column_letter

    language = writer.language
    styles: Styles = writer.styles
    sheet = writer.new_sheet(SHEET_NAMES[language])
    sheet["A1"] = LABELS[language]["heading"]
    styles.apply(sheet["A1"], styles.title)
    sheet["A2"] = comparison_intro(comparison, language)
    row = 4
    for section in comparison_sections(comparison, language):
        cell = sheet.cell(row=row, column=1, value=section.heading)
        styles.apply(cell, styles.section)
        row += 1
        for column, caption in enumerate(section.captions, 1):
            styles.apply(sheet.cell(row=row, column=column, value=caption), styles.header_green)
        row += 1
        for values in section.rows:
            lines = 1
            for column, value in enumerate(values, 1):
                cell = sheet.cell(row=row, column=column)
                set_text(cell, value)
                styles.apply(cell, styles.cell)
                lines = max(lines, line_count(value, WIDTHS[column - 1]))
            writer.row_heights.set(sheet, row, height_for(lines))
            row += 1
        row += 1
    for column, width in enumerate(WIDTHS, 1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    layout.print_setup(sheet)
    return sheet.title
