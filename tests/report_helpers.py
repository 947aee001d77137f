"""Reports laid out as other municipalities have them, written for the report reader's tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from statusapp.domain import ProgrammeTree, TableKind
from statusapp.report.captions import BLUE_CAPTIONS, GREEN_CAPTIONS, LABELS
from statusapp.report.tables import ambition_text, report_tables

ROWS_PER_PAGE = 9


def programme_shape(tree: ProgrammeTree) -> list[Any]:
    """Everything a report shows of a programme, without ids (pillar aims are not in tables)."""

    def action(a: Any) -> tuple[Any, ...]:
        return (
            a.number,
            a.text,
            a.status.value,
            a.planned,
            a.explanation,
            a.owner,
            tuple((item.text, item.planned) for item in a.sub_items),
            tuple(action(child) for child in a.actions),
        )

    return [
        (
            pillar.kind.value,
            pillar.title,
            [
                (m.table.value, m.title, m.description, m.note, [action(a) for a in m.actions])
                for m in pillar.ambitions
            ],
        )
        for pillar in tree.pillars
    ]


def write_word_report(tree: ProgrammeTree, path: Path) -> None:
    """The green and blue tables as the Heemstede report has them in Word: the pillar heading
    (on every other page), the header row repeated after every page break (a new table), ambition cells merged
    vertically, sub-items as bullet paragraphs, child actions indented, status symbol on its
    colour."""
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    document = docx.Document()
    document.add_heading("Midterm review over uitvoeringsprogramma 2022-2026", level=0)
    document.add_paragraph("Inleiding: de tabellen op de volgende pagina's.")
    captions = GREEN_CAPTIONS["nl"]

    def page_break() -> None:
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def new_table(heading: str | None, green: bool) -> Any:
        if heading is not None:
            document.add_heading(heading, level=1)
        names = captions if green else BLUE_CAPTIONS["nl"]
        table = document.add_table(rows=1, cols=len(names))
        table.style = "Table Grid"
        for cell, caption in zip(table.rows[0].cells, names, strict=True):
            cell.text = caption
            cell.paragraphs[0].runs[0].bold = True
        return table

    def merge_ambitions(table: Any, spans: list[tuple[int, int, Any]]) -> None:
        for first, last, ambition in spans:
            cell = table.cell(first, 0)
            if last > first:
                cell = cell.merge(table.cell(last, 0))
            if ambition is None:
                continue  # the continuation of an ambition from the page before: empty
            title, rest = ambition_text(ambition)
            paragraph = cell.paragraphs[0]
            if title:
                paragraph.add_run(title).bold = True
                for line in rest.split("\n") if rest else []:
                    cell.add_paragraph(line)
            else:
                paragraph.add_run(rest)

    def fill_row(table: Any, table_row: Any, green: bool) -> None:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        action = table_row.action
        cells = table.add_row().cells
        label = cells[1].paragraphs[0]
        label.add_run(action.label)
        if table_row.depth:
            label.paragraph_format.left_indent = Pt(14 * table_row.depth)
        for item in action.sub_items:
            cells[1].add_paragraph(item.text, style="List Bullet")
        planned = table_row.planned_cell.split("\n")
        cells[2].paragraphs[0].add_run(planned[0])
        for line in planned[1:]:
            cells[2].add_paragraph(line)
        if green:
            cells[3].text = table_row.symbol
            if action.status.colour:
                shading = OxmlElement("w:shd")
                shading.set(qn("w:val"), "clear")
                shading.set(qn("w:fill"), action.status.colour.lstrip("#"))
                cells[3]._tc.get_or_add_tcPr().append(shading)
        cells[-1].text = table_row.explanation

    for pillar_table in report_tables(tree, TableKind.GREEN):
        heading = f"{pillar_table.number} {pillar_table.heading}"
        rows = [(block, row) for block in pillar_table.blocks for row in block.rows]
        for start in range(0, len(rows), ROWS_PER_PAGE):
            if start:
                page_break()
            # Pages after the first repeat the pillar's heading on every other page only.
            page = start // ROWS_PER_PAGE
            repeated = pillar_table.heading if page % 2 == 0 else None
            table = new_table(heading if start == 0 else repeated, True)
            spans: list[tuple[int, int, Any]] = []
            blocks: list[Any] = []
            for offset, (block, table_row) in enumerate(rows[start : start + ROWS_PER_PAGE]):
                fill_row(table, table_row, True)
                index = offset + 1
                if blocks and blocks[-1] is block:
                    spans[-1] = (spans[-1][0], index, spans[-1][2])
                else:
                    # An ambition continued from the page before gets an empty cell.
                    first_of_block = block.rows[0] is table_row
                    spans.append((index, index, block.ambition if first_of_block else None))
                    blocks.append(block)
            merge_ambitions(table, spans)
        page_break()

    blue_title = LABELS["nl"]["blue_title"]
    table = new_table(blue_title, False)
    for pillar_table in report_tables(tree, TableKind.BLUE):
        section = table.add_row().cells
        merged = section[0].merge(section[-1])
        merged.text = pillar_table.heading
        spans = []
        for block in pillar_table.blocks:
            first = len(table.rows)
            for table_row in block.rows:
                fill_row(table, table_row, False)
            spans.append((first, len(table.rows) - 1, block.ambition))
        merge_ambitions(table, spans)
    document.save(str(path))
