"""The report's tables as a Word document (.docx) with python-docx, loaded only here.

A4 landscape; a title page with the round and its reference date; per pillar a heading and its
green table (header row marked as header and repeated on every page, rows that do not split, the
ambition merged over its actions, the status as symbol and words on its colour); the blue
tables; what changed since the previous round; the legend; page numbers in the footer. For
screen readers: real heading styles, the document's language, its title, and each table's
caption and description.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from statusapp.domain import Status
from statusapp.domain.labels import status_short_label
from statusapp.domain.status import STATUS_ORDER
from statusapp.report.captions import BLUE_FILL, GREEN_FILL
from statusapp.report.comparison import LABELS as COMPARISON_LABELS
from statusapp.report.comparison import comparison_intro, comparison_sections
from statusapp.report.document import (
    DocumentSummary,
    ReportDocument,
    check_target,
    write_atomically,
)
from statusapp.report.tables import (
    AmbitionBlock,
    PillarTable,
    ambition_text,
    may_be_taller_than_a_page,
)
from statusapp.translation import long_date, speaking

LANGUAGE_TAGS = {"nl": "nl-NL", "en": "en-GB"}

PAGE_WIDTH_MM, PAGE_HEIGHT_MM, MARGIN_MM = 297, 210, 15
FONT = "Calibri"
TABLE_POINTS = 9
INDENT_MM = 4  # per level of a child action
# Column proportions: the workbook's, with room for "2023/2024" and "langere doorlooptijd".
GREEN_WIDTHS = (34, 50, 14, 14, 54)
BLUE_WIDTHS = (36, 56, 15, 60)


def write_word(document: ReportDocument, path: Path) -> DocumentSummary:
    """Write the .docx; the file appears whole or not at all."""
    path = check_target(path, ".docx", "Word")
    writer = _WordWriter(document)
    summary = DocumentSummary(path)
    for table in document.green:
        writer.green_table(table)
        summary.tables += 1
        summary.green_rows += table.row_count
    if document.blue:
        writer.blue_heading()
        for table in document.blue:
            writer.blue_table(table)
            summary.tables += 1
            summary.blue_rows += table.row_count
    if document.changes is not None:
        writer.changes()
    writer.legend()
    write_atomically(path, lambda temporary: writer.docx.save(str(temporary)))
    return summary


class _WordWriter:
    def __init__(self, document: ReportDocument) -> None:
        import docx

        self.report = document
        self.labels = document.labels
        # The programme's language on its own texts in a document of another (WCAG 3.1.2).
        own = document.tree.programme.language
        self.content_language = LANGUAGE_TAGS.get(own) if own != document.language else None
        self.docx = docx.Document()
        self._setup()
        self._title_page()

    # --- document ------------------------------------------------------------------------

    def _setup(self) -> None:
        from docx.enum.section import WD_ORIENT
        from docx.shared import Mm, Pt

        section = self.docx.sections[0]
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(PAGE_WIDTH_MM), Mm(PAGE_HEIGHT_MM)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Mm(MARGIN_MM))
        normal = self.docx.styles["Normal"]
        normal.font.name = FONT
        normal.font.size = Pt(TABLE_POINTS)
        normal.paragraph_format.space_after = Pt(0)
        normal.paragraph_format.space_before = Pt(0)
        for name in ("Title", "Heading 1", "Heading 2"):
            self.docx.styles[name].font.name = FONT
        footer = section.footer.paragraphs[0]
        footer.alignment = 1  # centred
        # "Pagina {page} van {pages}" with Word's own PAGE and NUMPAGES fields.
        before, rest = self.labels["page"].split("{page}")
        between, after = rest.split("{pages}")
        footer.add_run(before)
        _field(footer, "PAGE")
        footer.add_run(between)
        _field(footer, "NUMPAGES")
        footer.add_run(after)
        tree = self.report.tree
        properties = self.docx.core_properties
        properties.title = _clean(f"{tree.programme.name} — {tree.round.name}")
        properties.subject = _clean(self.report.title_lines()[2])
        properties.author = "Statusapp"
        properties.keywords = _clean(f"{tree.programme.organisation}; {tree.round.name}")
        properties.language = LANGUAGE_TAGS.get(self.report.language, self.report.language)
        # Not python-docx's template's: its dates (2013), comment and revision.
        now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
        properties.created = properties.modified = now
        properties.last_modified_by = "Statusapp"
        properties.comments = ""
        properties.revision = 1
        _document_language(self.docx, properties.language)
        _drop_template_thumbnail(self.docx)

    def _title_page(self) -> None:
        from docx.shared import Pt

        programme, organisation, round_line = map(_clean, self.report.title_lines())
        for _ in range(6):
            self.docx.add_paragraph()
        self.docx.add_paragraph(programme, style="Title")
        for text, points in ((organisation, 16), (round_line, 14)):
            run = self.docx.add_paragraph().add_run(text)
            run.font.size = Pt(points)

    def _heading(self, text: str, level: int, *, new_page: bool) -> None:
        heading = self.docx.add_heading(_clean(text), level=level)
        heading.paragraph_format.page_break_before = new_page
        heading.paragraph_format.keep_with_next = True

    # --- tables --------------------------------------------------------------------------

    def green_table(self, table: PillarTable) -> None:
        title = self.report.green_heading(table)
        self._heading(title, 1, new_page=True)
        self._table(table.blocks, self.report.green_captions, GREEN_WIDTHS, GREEN_FILL,
                    green=True, title=title)  # fmt: skip

    def blue_heading(self) -> None:
        self._heading(self.labels["blue_title"], 1, new_page=True)

    def blue_table(self, table: PillarTable) -> None:
        self._heading(table.heading, 2, new_page=False)
        self._table(table.blocks, self.report.blue_captions, BLUE_WIDTHS, BLUE_FILL,
                    green=False, title=f"{self.labels['blue_title']}: {table.heading}")  # fmt: skip

    def _table(
        self,
        blocks: list[AmbitionBlock],
        captions: tuple[str, ...],
        widths: tuple[int, ...],
        header_fill: str,
        *,
        green: bool,
        title: str,
    ) -> None:
        count = sum(len(block.rows) for block in blocks)
        table = self.docx.add_table(rows=1 + count, cols=len(captions))
        table.style = "Table Grid"
        rows = list(table.rows)
        cells = [row.cells for row in rows]
        column_widths = _widths(widths)
        self._fix_widths(table, cells, column_widths)
        header = rows[0]
        _repeat_as_header(header)
        description = self.labels["green_description" if green else "blue_description"]
        _describe(table, title, description)
        for cell, caption in zip(cells[0], captions, strict=True):
            _shade(cell, header_fill)
            _write(cell, caption, bold=True)
        row = 1
        for block in blocks:
            first = row
            for table_row in block.rows:
                row_cells = cells[row]
                texts = [table_row.action_cell, table_row.planned_cell]
                if green:
                    texts.append(table_row.symbol)
                texts.append(table_row.explanation)
                if not may_be_taller_than_a_page(texts):
                    _keep_whole(rows[row])
                for column, text in enumerate(texts, 1):
                    cell = row_cells[column]
                    if green and column == 3:
                        _status_cell(cell, table_row.action.status, self.report.language)
                    else:
                        _write(
                            cell,
                            text,
                            indent_mm=INDENT_MM * table_row.depth * (column == 1),
                            language=self.content_language,
                        )
                row += 1
            ambition = cells[first][0]
            if row - 1 > first:
                ambition = ambition.merge(cells[row - 1][0])
            self._ambition(ambition, block)

    def _ambition(self, cell: Any, block: AmbitionBlock) -> None:
        title, rest = map(_clean, ambition_text(block.ambition))
        paragraph = cell.paragraphs[0]
        runs = []
        if title:
            runs.append(paragraph.add_run(title))
            runs[-1].bold = True
        lines = rest.split("\n") if rest else []
        if lines and not title:
            runs.append(paragraph.add_run(lines.pop(0)))
        runs += [cell.add_paragraph().add_run(line) for line in lines]
        for run in runs:
            _mark_language(run, self.content_language)

    @staticmethod
    def _fix_widths(table: Any, cells: list[Any], widths: list[Any]) -> None:
        """Fixed column widths: Word reads each cell's width, LibreOffice the table grid."""
        table.autofit = False
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
        for row_cells in cells:
            for cell, width in zip(row_cells, widths, strict=True):
                cell.width = width

    # --- legend --------------------------------------------------------------------------

    def legend(self) -> None:
        from docx.shared import Mm

        labels = self.labels
        self._heading(labels["legend_heading"], 1, new_page=True)
        table = self.docx.add_table(rows=1 + len(STATUS_ORDER), cols=2)
        table.style = "Table Grid"
        cells = [row.cells for row in table.rows]
        self._fix_widths(table, cells, [Mm(25), Mm(150)])
        _repeat_as_header(table.rows[0])
        for row in table.rows[1:]:
            _keep_whole(row)
        _describe(table, labels["legend_heading"], labels["legend_note"])
        for cell, caption in zip(cells[0], (labels["symbol"], labels["meaning"]), strict=True):
            _shade(cell, GREEN_FILL)
            _write(cell, caption, bold=True)
        for row_cells, status in zip(cells[1:], STATUS_ORDER, strict=True):
            _status_cell(row_cells[0], status, self.report.language)
            _write(row_cells[1], status.label(self.report.language))
        self.docx.add_paragraph()
        self.docx.add_paragraph(labels["legend_note"])
        self.docx.add_paragraph()
        round_ = self.report.tree.round
        self.docx.add_paragraph(_clean(f"{labels['round']}: {round_.name}"))
        self.docx.add_paragraph(
            f"{labels['reference_date']}: {long_date(round_.reference_date, self.report.language)}"
        )

    # --- what changed since the previous round ------------------------------------------

    def changes(self) -> None:
        from docx.shared import Mm

        language = self.report.language
        changes = self.report.changes
        assert changes is not None
        self._heading(COMPARISON_LABELS[language]["heading"], 1, new_page=True)
        self.docx.add_paragraph(_clean(comparison_intro(changes, language)))
        widths = {2: (190, 77), 3: (150, 67, 50), 4: (105, 52, 55, 55)}
        for section in comparison_sections(changes, language):
            self._heading(section.heading, 2, new_page=False)
            table = self.docx.add_table(rows=1 + len(section.rows), cols=len(section.captions))
            table.style = "Table Grid"
            rows = list(table.rows)
            cells = [row.cells for row in rows]
            self._fix_widths(table, cells, [Mm(w) for w in widths[len(section.captions)]])
            _repeat_as_header(rows[0])
            _describe(table, section.heading, comparison_intro(changes, language))
            for cell, caption in zip(cells[0], section.captions, strict=True):
                _shade(cell, GREEN_FILL)
                _write(cell, caption, bold=True)
            for row, values in zip(rows[1:], section.rows, strict=True):
                if not may_be_taller_than_a_page(values):
                    _keep_whole(row)
                own_words = section.key in ("planned", "explanations")
                for column, (cell, value) in enumerate(zip(row.cells, values, strict=True)):
                    ours = column < 2 or own_words  # the action, its pillar, their texts
                    _write(cell, value, language=self.content_language if ours else None)


def _widths(characters: tuple[int, ...]) -> list[Any]:
    """The workbook's column proportions spread over the page's text width."""
    from docx.shared import Mm

    usable = PAGE_WIDTH_MM - 2 * MARGIN_MM
    total = sum(characters)
    return [Mm(usable * width / total) for width in characters]


def _write(
    cell: Any, text: str, *, bold: bool = False, indent_mm: int = 0, language: str | None = None
) -> None:
    """Text into an empty cell, a paragraph per line (a line break per "\n" would do, but
    paragraphs keep the sub-item bullets aligned when they wrap); `language`: a tag such as
    nl-NL for text in another language than the document's."""
    from docx.shared import Mm

    lines = _clean(text).split("\n")
    paragraph = cell.paragraphs[0]
    for index, line in enumerate(lines):
        if index:
            paragraph = cell.add_paragraph()
        if line:
            run = paragraph.add_run(line)
            run.bold = bold or None
            _mark_language(run, language)
        if indent_mm:
            paragraph.paragraph_format.left_indent = Mm(indent_mm)


def _drop_template_thumbnail(document: Any) -> None:
    """The template's blank portrait thumbnail would stand for the whole report, and its
    application properties name another program and count one empty page."""
    package = document.part.package
    for key, relationship in list(package.rels.items()):
        if relationship.reltype.endswith("/thumbnail"):
            del package.rels[key]
    for part in package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            part._blob = (
                b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns='
                b'"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
                b"<Application>Statusapp</Application></Properties>"
            )


def _mark_language(run: Any, language: str | None) -> None:
    if language is None:
        return
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    mark = OxmlElement("w:lang")
    mark.set(qn("w:val"), language)
    run._r.get_or_add_rPr().append(mark)


def _status_cell(cell: Any, status: Status, language: str) -> None:
    """The symbol and its words on the status colour: never the colour alone."""
    from docx.shared import Pt, RGBColor

    info = status.info
    if info.colour:
        _shade(cell, info.colour.lstrip("#"))
    colour = RGBColor.from_string(info.text_colour.lstrip("#"))
    paragraph = cell.paragraphs[0]
    paragraph.alignment = 1  # centred
    if info.symbol:
        run = paragraph.add_run(info.symbol)
        run.bold = True
        run.font.color.rgb = colour
        paragraph = cell.add_paragraph()
        paragraph.alignment = 1
    with speaking(language):
        words = paragraph.add_run(status_short_label(status))
    words.font.size = Pt(7)
    words.font.color.rgb = colour


def _shade(cell: Any, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill.upper())
    properties.append(shading)


def _repeat_as_header(row: Any) -> None:
    """Mark the row as the table's header: Word and Writer repeat it on every page."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = row._tr.get_or_add_trPr()
    for tag in ("w:tblHeader", "w:cantSplit"):
        element = OxmlElement(tag)
        element.set(qn("w:val"), "true")
        properties.append(element)


def _keep_whole(row: Any) -> None:
    """A row that does not split over two pages. Not for a row that may be taller than a page:
    Word would cut off what does not fit."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement("w:cantSplit")
    element.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(element)


def _describe(table: Any, title: str, description: str) -> None:
    """The table's caption and description (Word's alternative text for tables)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = table._tbl.tblPr
    caption = OxmlElement("w:tblCaption")
    caption.set(qn("w:val"), _clean(title)[:255])
    text = OxmlElement("w:tblDescription")
    text.set(qn("w:val"), _clean(description)[:255])
    # The schema's order: they close the table's properties.
    properties.append(caption)
    properties.append(text)


def _document_language(document: Any, tag: str) -> None:
    """The language every run is in unless it says otherwise (styles' run defaults)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    defaults = document.styles.element.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault"))
    if run_defaults is None:
        run_defaults = OxmlElement("w:rPrDefault")
        defaults.insert(0, run_defaults)
    properties = run_defaults.find(qn("w:rPr"))
    if properties is None:
        properties = OxmlElement("w:rPr")
        run_defaults.append(properties)
    language = properties.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        properties.append(language)
    for attribute in ("w:val", "w:eastAsia", "w:bidi"):
        language.set(qn(attribute), tag)


def _field(paragraph: Any, instruction: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


_CONTROL = dict.fromkeys(c for c in range(32) if c not in (9, 10))


def _clean(text: str) -> str:
    """Without the control characters XML cannot hold."""
    return text.replace("\r\n", "\n").translate(_CONTROL) if text else ""
