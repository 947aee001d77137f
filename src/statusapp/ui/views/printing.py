"""The report's tables drawn by Qt's printing: the PDF export, File > Print and Print preview.

One renderer for all three, on the same rows as the workbook and the Word document
(report/tables.py): a QTextDocument with a title page, per pillar a heading and its
green table (header row repeated on every page, ambition cells merged over their actions, status
symbols on their colours), the blue tables and the legend; each page gets "Pagina N van M".
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextLength,
    QTextTableFormat,
)

from statusapp.domain import Status
from statusapp.domain.status import STATUS_ORDER
from statusapp.report.captions import BLUE_FILL, GREEN_CAPTIONS, GREEN_FILL
from statusapp.report.document import (
    DocumentSummary,
    ReportDocument,
    check_target,
    long_date,
    write_atomically,
)
from statusapp.report.tables import AmbitionBlock, PillarTable, ambition_text
from statusapp.services.connection import Database

MARGIN_MM = 15
PDF_RESOLUTION = 300
FONT_FAMILIES = ["Calibri", "Carlito", "Arial", "Liberation Sans", "DejaVu Sans"]
TABLE_POINTS = 8.5
# Column proportions (percent of the text width), the Word document's.
GREEN_PERCENT = (21, 31, 9, 6, 33)
BLUE_PERCENT = (22, 33, 9, 36)
INDENT_POINTS = 10  # per level of a child action


def page_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def paint_report(report: ReportDocument, device: QPagedPaintDevice) -> int:
    """Draw every page on a printer or PDF writer (already set up); returns the page count."""
    text_document = _ReportBuilder(report, device).build()
    page = device.pageLayout().paintRectPixels(device.resolution())
    footer_font = _font(8)
    footer_height = QFontMetricsF(footer_font, device).height() * 2
    body = QSizeF(page.width(), page.height() - footer_height)
    text_document.setPageSize(body)
    pages = text_document.pageCount()
    painter = QPainter(device)
    try:
        for number in range(pages):
            if number:
                device.newPage()
            painter.save()
            painter.translate(0, -number * body.height())
            # Half a pixel in from the page's edges: a line starting exactly on the boundary
            # belongs to the next page and must not be drawn (clipped, yet in the PDF's text).
            text_document.drawContents(
                painter, QRectF(0, number * body.height() + 0.5, body.width(), body.height() - 1)
            )
            painter.restore()
            painter.setFont(footer_font)
            painter.setPen(QColor("#404040"))
            painter.drawText(
                QRectF(0, body.height(), body.width(), footer_height),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                report.labels["page"].format(page=number + 1, pages=pages),
            )
    finally:
        painter.end()
    return pages


def write_pdf(report: ReportDocument, path: Path) -> DocumentSummary:
    """The PDF file, whole or not at all (needs a QGuiApplication)."""
    path = check_target(path, ".pdf", "PDF")
    summary = DocumentSummary(path)
    summary.tables = len(report.green) + len(report.blue)
    summary.green_rows = sum(t.row_count for t in report.green)
    summary.blue_rows = sum(t.row_count for t in report.blue)

    def save(temporary: Path) -> None:
        writer = QPdfWriter(str(temporary))
        writer.setPageLayout(page_layout())
        writer.setResolution(PDF_RESOLUTION)
        writer.setTitle(f"{report.tree.programme.name} — {report.tree.round.name}")
        writer.setCreator("Statusapp")
        summary.pages = paint_report(report, writer)
        del writer  # closes the file before it is moved into place

    write_atomically(path, save)
    return summary


def export_pdf(database: Database, path: Path, **selection: Any) -> DocumentSummary:
    """`statusapp export -o FILE.pdf`: the same selection as the workbook, drawn by Qt."""
    from statusapp.services.exports import selected_report

    report = selected_report(database, **selection)
    ensure_gui_application()
    return write_pdf(report, path)


def ensure_gui_application() -> None:
    """Fonts and painting need a QGuiApplication; on a machine without a screen, offscreen."""
    if QGuiApplication.instance() is not None:
        return
    from statusapp.display_check import display_problem

    if display_problem():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # Kept on the module: the application must outlive this function.
    global _application
    _application = QGuiApplication(["statusapp"])


_application: QGuiApplication | None = None


def _font(points: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


class _ReportBuilder:
    """Builds the QTextDocument, measured on the device it will be drawn on."""

    def __init__(self, report: ReportDocument, device: QPagedPaintDevice) -> None:
        self.report = report
        self.labels = report.labels
        # Borders, padding and margins are in pixels at 96 dpi (the layout scales them to the
        # device); one point is 96/72 of those.
        self.points = 96 / 72
        self.document = QTextDocument()
        self.document.documentLayout().setPaintDevice(device)
        self.document.setDefaultFont(_font(TABLE_POINTS))
        self.document.setDocumentMargin(0)
        self.cursor = QTextCursor(self.document)

    def build(self) -> QTextDocument:
        # One edit block: the layout runs once at the end instead of after every insertion.
        self.cursor.beginEditBlock()
        self._build()
        self.cursor.endEditBlock()
        return self.document

    def _build(self) -> None:
        self._title_page()
        for table in self.report.green:
            self._heading(self.report.green_heading(table), 14)
            self._table(table, self.report.green_captions, GREEN_PERCENT, GREEN_FILL)
        if self.report.blue:
            self._heading(self.labels["blue_title"], 14)
            for index, table in enumerate(self.report.blue):
                self._heading(table.heading, 11, new_page=False, space=index > 0)
                self._table(table, self.report.blue_captions, BLUE_PERCENT, BLUE_FILL)
        self._legend()

    # --- blocks --------------------------------------------------------------------------

    def _block(
        self,
        text: str,
        points: float,
        *,
        bold: bool = False,
        new_page: bool = False,
        centred: bool = False,
        space_before: float = 0,
    ) -> None:
        block = QTextBlockFormat()
        if new_page:
            block.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        if centred:
            block.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        block.setTopMargin(space_before * self.points)
        block.setBottomMargin(4 * self.points)
        characters = QTextCharFormat()
        characters.setFont(_font(points, bold=bold))
        if self.cursor.position() == 0 and not self.document.toPlainText():
            self.cursor.setBlockFormat(block)
            self.cursor.setBlockCharFormat(characters)
        else:
            self.cursor.insertBlock(block, characters)
        self.cursor.insertText(text, characters)

    def _heading(
        self, text: str, points: float, *, new_page: bool = True, space: bool = False
    ) -> None:
        self._block(text, points, bold=True, new_page=new_page, space_before=10 if space else 0)

    def _title_page(self) -> None:
        programme, organisation, round_line = self.report.title_lines()
        self._block(programme, 26, bold=True, centred=True, space_before=190)
        self._block(organisation, 16, centred=True)
        self._block(round_line, 13, centred=True, space_before=12)

    # --- tables --------------------------------------------------------------------------

    def _table_format(self, percents: tuple[int, ...], header_rows: int) -> QTextTableFormat:
        table_format = QTextTableFormat()
        table_format.setHeaderRowCount(header_rows)
        table_format.setBorder(1)
        table_format.setBorderBrush(QBrush(QColor("#808080")))
        table_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        table_format.setBorderCollapse(True)
        table_format.setCellSpacing(0)
        table_format.setCellPadding(2.5 * self.points)
        table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        table_format.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, p) for p in percents]
        )
        return table_format

    def _table(
        self,
        table: PillarTable,
        captions: tuple[str, ...],
        percents: tuple[int, ...],
        header_fill: str,
    ) -> None:
        green = len(captions) == len(GREEN_CAPTIONS["nl"])
        rows = 1 + table.row_count
        text_table = self.cursor.insertTable(rows, len(captions), self._table_format(percents, 1))
        for column, caption in enumerate(captions):
            cell = text_table.cellAt(0, column)
            _fill(cell, header_fill)
            self._write(cell, caption, bold=True)
        row = 1
        for block in table.blocks:
            first = row
            for table_row in block.rows:
                texts = [table_row.action_cell, table_row.planned_cell]
                if green:
                    texts.append(table_row.symbol)
                texts.append(table_row.explanation)
                for column, text in enumerate(texts, 1):
                    cell = text_table.cellAt(row, column)
                    if green and column == 3:
                        self._status(cell, table_row.action.status)
                    else:
                        indent = INDENT_POINTS * table_row.depth if column == 1 else 0
                        self._write(cell, text, indent=indent)
                row += 1
            self._ambition(text_table.cellAt(first, 0), block)
            if row - first > 1:
                text_table.mergeCells(first, 0, row - first, 1)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)

    def _write(self, cell, text: str, *, bold: bool = False, indent: float = 0) -> None:  # type: ignore[no-untyped-def]
        cursor = cell.firstCursorPosition()
        if indent:
            block = cursor.blockFormat()
            block.setLeftMargin(indent * self.points)
            cursor.setBlockFormat(block)
        characters = QTextCharFormat()
        characters.setFont(_font(TABLE_POINTS, bold=bold))
        cursor.insertText(text.replace("\r\n", "\n"), characters)

    def _ambition(self, cell, block: AmbitionBlock) -> None:  # type: ignore[no-untyped-def]
        title, rest = ambition_text(block.ambition)
        cursor = cell.firstCursorPosition()
        bold = QTextCharFormat()
        bold.setFont(_font(TABLE_POINTS, bold=True))
        plain = QTextCharFormat()
        plain.setFont(_font(TABLE_POINTS))
        if title:
            cursor.insertText(title, bold)
            if rest:
                cursor.insertText("\n", plain)
        cursor.insertText(rest, plain)

    def _status(self, cell, status: Status) -> None:  # type: ignore[no-untyped-def]
        info = status.info
        if info.colour:
            _fill(cell, info.colour)
        cursor = cell.firstCursorPosition()
        block = cursor.blockFormat()
        block.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        cursor.setBlockFormat(block)
        characters = QTextCharFormat()
        characters.setFont(_font(TABLE_POINTS, bold=True))
        characters.setForeground(QColor(info.text_colour))
        cursor.insertText(info.symbol, characters)

    # --- legend --------------------------------------------------------------------------

    def _legend(self) -> None:
        labels = self.labels
        self._heading(labels["legend_heading"], 14)
        table = self.cursor.insertTable(1 + len(STATUS_ORDER), 2, self._table_format((10, 60), 1))
        table_format = table.format()
        table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 70))
        table.setFormat(table_format)
        for column, caption in enumerate((labels["symbol"], labels["meaning"])):
            _fill(table.cellAt(0, column), GREEN_FILL)
            self._write(table.cellAt(0, column), caption, bold=True)
        for row, status in enumerate(STATUS_ORDER, 1):
            self._status(table.cellAt(row, 0), status)
            self._write(table.cellAt(row, 1), status.label(self.report.language))
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        round_ = self.report.tree.round
        self._block(labels["legend_note"], TABLE_POINTS, space_before=10)
        self._block(f"{labels['round']}: {round_.name}", TABLE_POINTS, space_before=10)
        self._block(
            f"{labels['reference_date']}: {long_date(round_.reference_date, self.report.language)}",
            TABLE_POINTS,
        )


def _fill(cell, colour: str) -> None:  # type: ignore[no-untyped-def]
    cell_format = cell.format().toTableCellFormat()
    cell_format.setBackground(QColor(colour if colour.startswith("#") else f"#{colour}"))
    cell.setFormat(cell_format)
