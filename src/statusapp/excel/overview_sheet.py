"""The workbook's `Overzicht` sheet: the round's status counts per pillar as a table and as a
native stacked bar chart (no macro, no picture), beside the previous round when there is one.

The counts come from report/overview.py, the same computation as the window's overview.
"""

from __future__ import annotations

from typing import Any, Protocol

from statusapp.domain import ProgrammeTree, ReportingRound
from statusapp.domain.labels import status_caption
from statusapp.domain.status import STATUS_ORDER
from statusapp.excel import layout
from statusapp.excel.styles import Styles, set_text
from statusapp.report.overview import PreviousRound, RoundOverview, StatusCounts, compute_overview
from statusapp.translation import long_date, speaking


class SheetWriter(Protocol):
    """What the sheet takes from the workbook writer (export.py)."""

    tree: ProgrammeTree
    language: str
    styles: Styles
    action_entries: list[dict[str, Any]]

    def new_sheet(self, title: str) -> Any: ...


NONE_FILL = "D9D9D9"  # 'none' has no colour in the report; the chart needs one

LABELS = {
    "nl": {
        "sheet": layout.OVERVIEW_SHEETS["nl"],
        "title": "Overzicht {round} (peildatum {date})",
        "note": "Aantal acties per status in de groene tabellen, subacties meegeteld; de blauwe "
        "tabellen (aanvullende werkzaamheden) hebben geen status.",
        "pillar": "Pijler",
        "round": "Ronde",
        "total": "Totaal",
        "all": "Alle pijlers",
        "chart": "Status per pijler, {round}",
        "axis": "Aantal acties",
        "changes": "Sinds de vorige ronde ({round})",
        "improved": "Status verbeterd",
        "worsened": "Status verslechterd",
        "order": "Volgorde van slecht naar goed: - , +/- , + , ✓; leeg telt niet mee.",
        "now": "Nu",
        "delayed": "Vertraagd of niet gestart (-)",
        "longer": "Langere doorlooptijd (+/-)",
        "owners": "Bijgewerkt in deze ronde, per trekker (acties in de groene tabellen)",
        "owner": "Trekker",
        "actions": "Acties",
        "updated": "Bijgewerkt",
        "share": "Aandeel",
        "no_owner": "(geen trekker)",
    },
    "en": {
        "sheet": layout.OVERVIEW_SHEETS["en"],
        "title": "Overview of {round} (reference date {date})",
        "note": "Number of actions per status in the green tables, child actions included; the "
        "blue tables (additional work) have no status.",
        "pillar": "Pillar",
        "round": "Round",
        "total": "Total",
        "all": "All pillars",
        "chart": "Status per pillar, {round}",
        "axis": "Number of actions",
        "changes": "Since the previous round ({round})",
        "improved": "Status improved",
        "worsened": "Status worsened",
        "order": "Order from worst to best: - , +/- , + , ✓; empty does not count.",
        "now": "Now",
        "delayed": "Delayed or not started (-)",
        "longer": "Taking longer (+/-)",
        "owners": "Updated in this round, per owner (actions in the green tables)",
        "owner": "Owner",
        "actions": "Actions",
        "updated": "Updated",
        "share": "Share",
        "no_owner": "(no owner)",
    },
}

FIRST_STATUS_COLUMN = 3  # A: pillar, B: round, C..G: statuses, H: total


def write_overview_sheet(writer: SheetWriter, previous: PreviousRound | None) -> str:
    """Add the sheet for the actions the workbook holds; returns its name."""
    exported = {entry["id"] for entry in writer.action_entries}
    found = compute_overview(writer.tree, previous, include=lambda a: a.id in exported)
    return _OverviewSheet(writer, found).write()


class _OverviewSheet:
    def __init__(self, writer: SheetWriter, found: RoundOverview) -> None:
        self.writer = writer
        self.found = found
        self.language = writer.language
        self.labels = LABELS[self.language]
        self.styles = writer.styles
        self.sheet = writer.new_sheet(self.labels["sheet"])

    def write(self) -> str:
        sheet, labels, found = self.sheet, self.labels, self.found
        from openpyxl.styles import Alignment
        from openpyxl.worksheet.pagebreak import Break

        round_ = found.round
        sheet["A1"] = labels["title"].format(
            round=round_.name, date=long_date(round_.reference_date, self.language)
        )
        self.styles.apply(sheet["A1"], self.styles.title)
        sheet.row_dimensions[1].height = 24
        sheet["A2"] = labels["note"]
        header = 4
        captions = [labels["pillar"], labels["round"]]
        with speaking(self.language):  # the one short name, as the site and the changes say
            captions += [status_caption(s) for s in STATUS_ORDER] + [labels["total"]]
        for column, caption in enumerate(captions, 1):
            cell = sheet.cell(row=header, column=column, value=caption)
            self.styles.apply(cell, self.styles.header_green)
        for offset, status in enumerate(STATUS_ORDER):
            cell = sheet.cell(row=header, column=FIRST_STATUS_COLUMN + offset)
            self.styles.apply(cell, self.styles.status[status])
            cell.alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
        sheet.row_dimensions[header].height = 33
        # One block per round (the current first), each ending in its total: a chart each.
        blocks = [(round_, [p.current for p in found.pillars], found.total)]
        previous_total = found.previous_total
        if found.previous_round is not None and previous_total is not None:
            before = [p.previous or StatusCounts() for p in found.pillars]
            blocks.append((found.previous_round, before, previous_total))
        row = header + 1
        spans: list[tuple[ReportingRound, int, int]] = []
        for block_round, counts, total in blocks:
            first = row
            for pillar, pillar_counts in zip(found.pillars, counts, strict=True):
                self._count_row(row, pillar.label, block_round.name, pillar_counts)
                row += 1
            spans.append((block_round, first, row - 1))
            self._count_row(row, labels["all"], block_round.name, total, bold=True)
            row += 1
        row = self._changes(row + 1)
        row = self._owners(row + 1)
        for column, width in zip("ABCDEFGH", (38, 36, 13, 13, 14, 14, 13, 8), strict=True):
            sheet.column_dimensions[column].width = width
        if found.pillars:
            sheet.row_breaks.append(Break(id=row))  # the charts on a page of their own
            # The same scale in both charts, so their bars compare.
            widest = max(c.total for _round, counts, _total in blocks for c in counts)
            anchor = row + 2
            for block_round, first, last in spans:
                anchor = self._chart(block_round, header, first, last, anchor, widest)
        self._print_setup()
        return sheet.title

    def _count_row(
        self, row: int, label: str, round_name: str, counts: StatusCounts, bold: bool = False
    ) -> None:
        from openpyxl.styles import Font

        sheet = self.sheet
        values = [label, round_name, *(counts.count(s) for s in STATUS_ORDER), counts.total]
        for column, value in enumerate(values, 1):
            cell = sheet.cell(row=row, column=column)
            if isinstance(value, str):
                set_text(cell, value)  # people's text: never a formula
            else:
                cell.value = value
            self.styles.apply(cell, self.styles.cell)
            if bold:
                cell.font = Font(bold=True)

    def _pair(self, row: int, label: str, value: Any, *, number_format: str = "0") -> None:
        label_cell = self.sheet.cell(row=row, column=1, value=label)
        value_cell = self.sheet.cell(row=row, column=2, value=value)
        for cell in (label_cell, value_cell):
            self.styles.apply(cell, self.styles.cell)
        value_cell.number_format = number_format

    def _heading(self, row: int, text: str) -> None:
        from openpyxl.styles import Font

        self.sheet.cell(row=row, column=1, value=text).font = Font(bold=True)

    def _changes(self, row: int) -> int:
        found, labels = self.found, self.labels
        if found.previous_round is not None:
            self._heading(row, labels["changes"].format(round=found.previous_round.name))
            self._pair(row + 1, labels["improved"], len(found.improved))
            self._pair(row + 2, labels["worsened"], len(found.worsened))
            self.sheet.cell(row=row + 3, column=1, value=labels["order"])
            row += 5
        self._heading(row, labels["now"])
        self._pair(row + 1, labels["delayed"], len(found.delayed))
        self._pair(row + 2, labels["longer"], len(found.longer))
        return row + 3

    def _owners(self, row: int) -> int:
        labels = self.labels
        self._heading(row, labels["owners"])
        row += 1
        for column, caption in enumerate(
            (labels["owner"], labels["actions"], labels["updated"], labels["share"]), 1
        ):
            self.styles.apply(
                self.sheet.cell(row=row, column=column, value=caption), self.styles.header_green
            )
        for owner in self.found.owners:
            row += 1
            name = owner.owner if owner.owner != "(no owner)" else labels["no_owner"]
            set_text(self.sheet.cell(row=row, column=1), name)
            for column, value in enumerate((owner.actions, owner.updated, owner.share_updated), 2):
                self.sheet.cell(row=row, column=column, value=value)
            for column in range(1, 5):
                self.styles.apply(self.sheet.cell(row=row, column=column), self.styles.cell)
            self.sheet.cell(row=row, column=4).number_format = "0%"
        return row + 1

    def _chart(
        self, round_: ReportingRound, header: int, first: int, last: int, anchor: int, widest: int
    ) -> int:
        """Horizontal stacked bars of one round, one series per status in its colour, counts
        as labels; returns the row below it."""
        from openpyxl.chart import BarChart, Reference
        from openpyxl.chart.data_source import AxDataSource, NumFmt, StrRef
        from openpyxl.chart.series import SeriesLabel
        from openpyxl.chart.shapes import GraphicalProperties
        from openpyxl.chart.text import RichText
        from openpyxl.drawing.text import CharacterProperties, Paragraph, ParagraphProperties
        from openpyxl.utils import get_column_letter

        sheet = self.sheet
        chart = BarChart()
        chart.type = "bar"
        chart.grouping = "stacked"
        chart.overlap = 100
        chart.gapWidth = 50
        chart.title = self.labels["chart"].format(round=round_.name)
        chart.y_axis.title = self.labels["axis"]
        chart.y_axis.majorGridlines = None
        chart.y_axis.scaling.min = 0
        chart.y_axis.scaling.max = max(5, -(-widest // 5) * 5)
        chart.x_axis.scaling.orientation = "maxMin"  # the first pillar on top, as in the table
        chart.x_axis.delete = False
        chart.y_axis.delete = False
        chart.legend.position = "b"
        data = Reference(
            sheet,
            min_col=FIRST_STATUS_COLUMN,
            max_col=FIRST_STATUS_COLUMN + len(STATUS_ORDER) - 1,
            min_row=first,
            max_row=last,
        )
        chart.add_data(data, titles_from_data=False)
        quoted = "'" + sheet.title.replace("'", "''") + "'"
        categories = f"{quoted}!$A${first}:$A${last}"
        for offset, (series, status) in enumerate(zip(chart.series, STATUS_ORDER, strict=True)):
            column = get_column_letter(FIRST_STATUS_COLUMN + offset)
            series.tx = SeriesLabel(strRef=StrRef(f"{quoted}!${column}${header}"))
            series.cat = AxDataSource(strRef=StrRef(f=categories))
            colour = (status.colour or "#" + NONE_FILL).lstrip("#")
            series.graphicalProperties = GraphicalProperties(solidFill=colour)
            series.graphicalProperties.line.solidFill = "808080"
            text_colour = status.info.text_colour.lstrip("#")
            series.dLbls = _labels_class()(
                showVal=True,
                showSerName=False,
                showCatName=False,
                showLegendKey=False,
                showPercent=False,
                numFmt=NumFmt(formatCode="0;-0;;@", sourceLinked=False),  # none on a 0
                txPr=RichText(
                    p=[
                        Paragraph(
                            pPr=ParagraphProperties(
                                defRPr=CharacterProperties(b=True, solidFill=text_colour)
                            ),
                            endParaRPr=CharacterProperties(),
                            r=[],  # a run here would be text, not a format
                        )
                    ]
                ),
            )
        chart.width = 26
        chart.height = 3.5 + 1.1 * (last - first + 1)
        sheet.add_chart(chart, f"A{anchor}")
        return anchor + round(chart.height / 0.53) + 1  # rows of 15 points (0.53 cm)

    def _print_setup(self) -> None:
        layout.print_setup(self.sheet)


def _labels_class() -> type:
    """Data labels whose number format says sourceLinked="0": openpyxl writes only the format
    code, and then LibreOffice takes the cells' format and shows a label on every 0."""
    from openpyxl.chart.data_source import NumFmt
    from openpyxl.chart.label import DataLabelList
    from openpyxl.descriptors import Typed

    class _DataLabels(DataLabelList):
        tagname = "dLbls"
        numFmt = Typed(expected_type=NumFmt, allow_none=True)
        __elements__ = DataLabelList.__elements__
        __nested__ = tuple(n for n in DataLabelList.__nested__ if n != "numFmt")
        __attrs__ = DataLabelList.__attrs__

    return _DataLabels
