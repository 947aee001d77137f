"""Cell styles and cell text of the export: named styles, row heights, text kept as text."""

from __future__ import annotations

import re
from copy import copy
from typing import Any

from statusapp.domain import Status
from statusapp.excel import layout
from statusapp.report.captions import BLUE_FILL, GREEN_FILL


class Styles:
    """Named styles, registered once: assigning a name is much cheaper than five attributes."""

    def __init__(self) -> None:
        self.cell = "statusapp cell"
        self.indented = {depth: f"statusapp cell indent {depth}" for depth in (1, 2, 3)}
        self.title = "statusapp title"
        self.header_green = "statusapp header green"
        self.header_blue = "statusapp header blue"
        self.section = "statusapp section"
        self.status = {status: f"statusapp status {status.value}" for status in Status}
        self._resolved: dict[str, Any] = {}
        self._shared: dict[str, Any] = {}  # for put_text: one frozen style array per name

    def apply(self, cell: Any, name: str) -> None:
        """Give a cell a named style. Assigning the name makes openpyxl compare and hash every
        style part; copying the resolved style of an earlier cell is much cheaper."""
        resolved = self._resolved.get(name)
        if resolved is None:
            cell.style = name
            self._resolved[name] = copy(cell._style)
        else:
            cell._style = copy(resolved)

    def put_text(self, sheet: Any, row: int, column: int, text: str, name: str) -> None:
        """A styled text cell, written the cheap way: the export's hot path (three of these
        per action). The text is stored as text, never as a formula."""
        from openpyxl.cell.cell import Cell

        shared = self._shared.get(name)
        if shared is None:
            if name not in self._resolved:
                self.apply(sheet.cell(row=row, column=column), name)
            shared = self._shared[name] = _frozen_style(self._resolved[name])
        # The cells share one frozen style array: no copy per cell, and saving looks its id
        # up by a stored hash instead of hashing nine numbers per cell.
        cell = Cell(sheet, row=row, column=column)
        cell._style = shared
        cleaned = clean_text(text) if text else ""
        if cleaned:
            cell._value = cleaned
            cell.data_type = "s"
        sheet._cells[(row, column)] = cell

    def register(self, workbook: Any) -> None:
        from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side

        thin = Side(style="thin", color="808080")
        border = Border(left=thin, right=thin, top=thin, bottom=thin)
        wrap = Alignment(wrap_text=True, vertical="top")

        def add(name: str, **attributes: Any) -> None:
            style = NamedStyle(name=name)
            style.border = attributes.pop("border", border)
            style.alignment = attributes.pop("alignment", wrap)
            for key, value in attributes.items():
                setattr(style, key, value)
            workbook.add_named_style(style)

        add(self.cell)
        for depth, name in self.indented.items():
            add(name, alignment=Alignment(wrap_text=True, vertical="top", indent=depth * 2))
        add(
            self.title,
            font=Font(bold=True, size=layout.TITLE_FONT_SIZE),
            border=Border(),
            alignment=Alignment(vertical="center"),
        )
        header_font = Font(bold=True)
        add(
            self.header_green,
            font=header_font,
            fill=PatternFill("solid", fgColor=GREEN_FILL),
        )
        add(self.header_blue, font=header_font, fill=PatternFill("solid", fgColor=BLUE_FILL))
        add(
            self.section,
            font=Font(bold=True),
            fill=PatternFill("solid", fgColor=layout.BLUE_SECTION_FILL),
        )
        for status, name in self.status.items():
            info = status.info
            extra: dict[str, Any] = {
                "font": Font(bold=True, color=info.text_colour.lstrip("#")),
                "alignment": Alignment(horizontal="center", vertical="top"),
            }
            if info.colour:
                extra["fill"] = PatternFill("solid", fgColor=info.colour.lstrip("#"))
            add(name, **extra)


def _frozen_style(style: Any) -> Any:
    """A style array that many cells share; changing it would restyle them all, so it refuses
    (give such a cell its own style with Styles.apply first)."""
    from openpyxl.styles.cell_style import StyleArray

    class FrozenStyleArray(StyleArray):
        def __init__(self, values: Any) -> None:
            self._hash = hash(tuple(values))

        def __hash__(self) -> int:
            return self._hash

        def __setitem__(self, key: Any, value: Any) -> None:
            internal = "a shared cell style cannot change; use Styles.apply on the cell"
            raise TypeError(internal)  # internal: a programming error, never shown to a user

    return FrozenStyleArray(style)


LINE_HEIGHT_POINTS = 15  # Calibri 11, with a little room


def line_count(text: str, width: int) -> int:
    """How many lines wrapped text takes in a column `width` characters wide (estimated)."""
    if not text:
        return 1
    usable = max(int(width * 1.05) - 2, 4)  # text is a little narrower than the "0" of a width unit
    if "\n" not in text:  # most cells: no need to split
        return -(-len(text) // usable)
    return sum(max(1, -(-len(line) // usable)) for line in text.split("\n"))


class RowHeights:
    """Row heights written the cheap way: openpyxl validates every attribute of every new row
    dimension (12 µs a row); rows of the same height are cloned from one validated row."""

    def __init__(self) -> None:
        self._models: dict[tuple[int, float], Any] = {}

    def set(self, sheet: Any, row: int, height: float) -> None:
        from openpyxl.worksheet.dimensions import RowDimension

        model = self._models.get((id(sheet), height))
        if model is None:  # kept apart: a row's height may change later, the model's not
            model = self._models[(id(sheet), height)] = RowDimension(sheet, index=row, ht=height)
        clone = object.__new__(RowDimension)
        clone.parent = sheet
        clone._style = model._style  # a row style is never changed here
        clone.__dict__.update(model.__dict__)
        clone.__dict__["index"] = row
        sheet.row_dimensions[row] = clone


def height_for(lines: int) -> float:
    return LINE_HEIGHT_POINTS * lines + 3


_LOOKS_ESCAPED = re.compile("_(x[0-9A-Fa-f]{4}_)")


def clean_text(text: str) -> str:
    """Text as an .xlsx holds it: without the control characters it cannot hold, and with a
    literal `_xHHHH_` escaped (`_x005F_xHHHH_`), which Excel and our reader would decode."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    return _LOOKS_ESCAPED.sub(r"_x005F_\1", text) if "_x" in text else text


def set_text(cell: Any, text: str) -> None:
    """Store text as text: never as a formula, whatever it starts with."""
    cleaned = clean_text(text) if text else text
    cell.value = cleaned if cleaned else None
    if cleaned and layout.looks_like_formula(cleaned):
        cell.data_type = "s"
