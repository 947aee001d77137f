"""From the green and blue tables of a report (Excel or Word) to a programme.

The Excel and Word readers only find the tables and hand over their cells; everything about
what the cells mean lives here, so both read a report the same way:

- a header row names the columns (captions matched loosely, in any order; see `match_caption`);
- an ambition cell starts an ambition; empty (merged) or repeated cells below continue it;
- a row with text in its first column only is a section row (the blue tables' pillar rows);
- "1.", "1.1" and bullet rows become actions and child actions, bullets inside a cell sub-items;
- the status comes from the symbol, or from the fill colour of an empty status cell.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from statusapp.domain import (
    Action,
    Ambition,
    Pillar,
    PillarKind,
    Programme,
    ProgrammeTree,
    ReportingRound,
    Status,
    StatusUpdate,
    TableKind,
)
from statusapp.domain.labels import field_label
from statusapp.domain.planned import is_valid_planned
from statusapp.domain.status import parse_status_text, status_from_fill
from statusapp.report_reader.cell_texts import (
    BULLETS,
    LONG_SINGLE_LINE,
    has_bold_title,
    parse_action_cell,
    short,
    split_ambition,
    split_planned,
)
from statusapp.report_reader.reading import (  # the result types, importable from here too
    ReportError,
    ReportProblem,
    ReportReading,
    SourceRow,
    SourceTable,
)
from statusapp.translation import _, ngettext

FIELDS = ("ambition", "action", "planned", "status", "explanation", "owner")
REQUIRED_FIELDS = {"ambition", "action", "planned", "explanation"}

# Normalised caption fragments (lower case, letters only) per field. An exact match wins;
# otherwise the first field with a fragment in the caption, in this order ("Toelichting
# status" is an explanation, "Trekker actie" an owner).
_CAPTION_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ambition", ("ambitie", "ambition", "maatschappelijkeffect", "societaleffect", "effect")),
    ("owner", ("trekker", "eigenaar", "verantwoordelijke", "owner", "projectleider")),
    ("explanation", ("toelichting", "explanation", "opmerking", "standvanzaken", "comment")),
    ("action", ("maatregel", "actie", "acties", "measure", "action")),
    ("planned", ("gepland", "planning", "planned", "wanneer", "termijn")),
    ("status", ("status",)),
)
_DUTCH_CAPTIONS = ("ambitie", "maatregel", "actie", "gepland", "toelichting", "trekker")

_CHILD_NUMBER = re.compile(r"^(\d{1,2})\.\d{1,2}\.?$")
_PILLAR_NUMBER = re.compile(r"^\s*(?:(?:blok|pijler|pillar)\s*)?\d{1,2}[.:)]?\s+", re.IGNORECASE)
THEME_COLOUR = "theme"  # a fill from the document's theme, whose colour the cell does not hold


def normalise_caption(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.casefold())


def match_caption(text: str) -> str | None:
    """The field a header cell names, or None."""
    key = normalise_caption(text)
    if not key or len(key) > 60:
        return None
    for name, words in _CAPTION_WORDS:
        if key in words:
            return name
    for name, words in _CAPTION_WORDS:
        if any(word in key for word in words):
            return name
    return None


def header_columns(texts: list[str]) -> tuple[dict[str, int], list[str]] | None:
    """For a row of cell texts: (column of each field, captions of other columns), when the row
    is a table header; else None."""
    columns: dict[str, int] = {}
    others: list[str] = []
    for column, text in enumerate(texts):
        name = match_caption(text) if text.strip() else None
        if name is not None and name not in columns:
            columns[name] = column
        elif text.strip():
            others.append(" ".join(text.split()))
    if not REQUIRED_FIELDS <= set(columns):
        return None
    return columns, others


def is_dutch_header(texts: list[str]) -> bool:
    keys = [normalise_caption(t) for t in texts]
    return any(word in key for key in keys for word in _DUTCH_CAPTIONS)


def pillar_title(text: str) -> str:
    """A sheet name, title row or heading without its number ("1 Wonen" -> "Wonen")."""
    return " ".join(_PILLAR_NUMBER.sub("", text).split())


LOOKS_LIKE_DATA_ROWS = 3  # rows with 3+ filled cells: a table whose header was not recognised


def looks_like_data(rows: list[list[str]]) -> bool:
    filled = sum(1 for row in rows if sum(1 for text in row if text.strip()) >= 3)
    return filled >= LOOKS_LIKE_DATA_ROWS


def not_read(location: str) -> ReportProblem:
    return ReportProblem(
        location,
        _(
            "holds a table, but no header row with the captions ('Maatregelen/acties', "
            "'Gepland', 'Toelichting', ...); not read"
        ),
        "not_read",
    )


def sheet_location(sheet: str, row: int | None = None) -> str:
    """ "sheet 'Wonen'" or "sheet 'Wonen' row 12", in the current language."""
    if row is None:
        return _("sheet {sheet}").format(sheet=repr(sheet))
    return _("sheet {sheet} row {row}").format(sheet=repr(sheet), row=row)


def no_table_error(path: Path, looked_at: str) -> ReportError:
    return ReportError(
        _(
            "{path}: no table with the captions 'Maatschappelijk effect/ambitie', "
            "'Maatregelen/acties', 'Gepland', 'Status', 'Toelichting' found ({looked_at}); "
            "nothing read"
        ).format(path=path, looked_at=looked_at)
    )


# --- interpretation --------------------------------------------------------------------------


@dataclass(slots=True)
class _Open:
    """The ambition being filled, with what child placement needs."""

    ambition: Ambition
    cell_text: str
    indents: list[tuple[int, Action]] = field(default_factory=list)


class _Builder:
    def __init__(self, source: Path, tables: list[SourceTable]) -> None:
        self.source = source
        self.tables = tables
        self.pillars: dict[str, Pillar] = {}
        self.green_pillars: set[str] = set()
        self.unplaced: list[ReportProblem] = []
        self.notes: list[ReportProblem] = []
        self.open: _Open | None = None
        self.open_key: tuple[str, bool] | None = None  # (pillar key, green) of `open`
        self.suspect: list[ReportProblem] = []
        # A report that sets some ambition title in bold marks every title so.
        self.bold_titles = any(
            has_bold_title(row.cells["ambition"])
            for table in tables
            for row in table.rows
            if "ambition" in row.cells
        )

    def pillar(self, title: str, green: bool) -> Pillar:
        key = title.casefold()
        pillar = self.pillars.get(key)
        if pillar is None:
            pillar = Pillar(str(uuid.uuid4()), title)
            self.pillars[key] = pillar
        if green:
            self.green_pillars.add(key)
        return pillar

    def build(self) -> list[Pillar]:
        for table in self.tables:
            for caption in table.ignored_columns:
                self.notes.append(
                    ReportProblem(
                        table.location,
                        _("column {caption} is not read (ignored)").format(caption=repr(caption)),
                        "column_ignored",
                        (caption,),
                    )
                )
            reason = suspect_reason(table)
            if reason is not None:
                self.suspect.append(ReportProblem(table.location, reason, "suspect_table"))
                self.open = None
                continue
            self.read_table(table)
        pillars = [p for p in self.pillars.values() if p.ambitions]
        if self.green_pillars:
            for pillar in pillars:
                if pillar.title.casefold() not in self.green_pillars:
                    pillar.kind = PillarKind.SECTION  # only in the blue tables
        return pillars

    def read_table(self, table: SourceTable) -> None:
        pillar = self.pillar(table.pillar or "?", table.green)
        key = (pillar.title.casefold(), table.green)
        if key != self.open_key:  # a table continued after a page break keeps its ambition
            self.open = None
        rows = [row for row in table.rows if not row.is_empty]
        indents_known = any(
            cell.indent > 0 for row in rows for n, cell in row.cells.items() if n == "action"
        )
        for index, row in enumerate(rows):
            following = rows[index + 1] if index + 1 < len(rows) else None
            section = self.section_title(row, following)
            if section is not None and pillar_title(section).casefold() in LEGEND_HEADINGS:
                # A conversion that runs the whole report into one sheet puts the legend
                # under the last table: its symbols are no ambitions.
                legend = _("the report's legend starts here; it and the rows after it are not read")
                self.notes.append(ReportProblem(row.location, legend, "legend"))
                break
            if section is not None:
                pillar = self.pillar(pillar_title(section), table.green)
                key = (pillar.title.casefold(), table.green)
                self.open = None
                self.open_key = key
                continue
            self.read_row(table, pillar, row, indents_known)
            self.open_key = key

    def section_title(self, row: SourceRow, following: SourceRow | None) -> str | None:
        """The heading of a section row: text in the ambition column only (or one cell merged
        over the row), followed by a row with its own ambition, or naming a known pillar."""
        ambition_cell = row.cells.get("ambition")
        if ambition_cell is None or not ambition_cell.text.strip():
            return None
        title = ambition_cell.text.strip()
        others = [
            c.text.strip()
            for n, c in row.cells.items()
            if n != "ambition" and c.text.strip() and c.text.strip() != title
        ]
        if others:
            return None
        if ambition_cell.spans_row:
            return title
        if pillar_title(title).casefold() in self.pillars:
            return title
        if following is None or following.text("ambition"):
            return title if len(title) <= LONG_SINGLE_LINE and "\n" not in title else None
        return None

    def read_row(self, table: SourceTable, pillar: Pillar, row: SourceRow, indents: bool) -> None:
        ambition_text = row.cells["ambition"].text.strip() if "ambition" in row.cells else ""
        if ambition_text and (self.open is None or ambition_text != self.open.cell_text):
            title, description, note = split_ambition(row.cells["ambition"], self.bold_titles)
            ambition = Ambition(
                str(uuid.uuid4()),
                TableKind.GREEN if table.green else TableKind.BLUE,
                title,
                description,
                note,
            )
            pillar.ambitions.append(ambition)
            self.open = _Open(ambition, ambition_text)
        action_text = row.text("action")
        if not action_text:
            rest = [n for n in ("planned", "status", "explanation", "owner") if row.text(n)]
            if rest and not ambition_text:
                self.unplaced.append(
                    ReportProblem(
                        row.location,
                        _("no action text (only {fields})").format(
                            fields=", ".join(field_label(name) for name in rest)
                        ),
                        "no_action_text",
                        tuple(rest),
                    )
                )
            return
        if self.open is None:
            self.unplaced.append(
                ReportProblem(
                    row.location,
                    _("action {action} has no ambition above it; left out").format(
                        action=repr(short(action_text))
                    ),
                    "no_ambition",
                    (short(action_text),),
                )
            )
            return
        action = self.make_action(table, row)
        self.place(action, row.cells["action"].indent, indents)

    def make_action(self, table: SourceTable, row: SourceRow) -> Action:
        action = parse_action_cell(row.text("action"))
        status = Status.NONE
        if table.green:
            status = self.status_of(row)
        own, item_planned = split_planned(row.cells.get("planned"), len(action.sub_items))
        for item, planned in zip(action.sub_items, item_planned, strict=False):
            item.planned = planned
        for text in [own, *item_planned]:
            if text and not is_valid_planned(text):
                self.notes.append(
                    ReportProblem(
                        row.location,
                        _(
                            "planned {planned} is no year, range, month or quarter; kept as written"
                        ).format(planned=repr(short(text))),
                        "planned_unknown",
                        (short(text),),
                    )
                )
        action.update = StatusUpdate(
            status=status,
            planned=own,
            explanation=row.text("explanation"),
            updated_by=None,
            revision=1,
        )
        owner = " ".join(row.text("owner").split())
        action.owner = owner or None
        return action

    def status_of(self, row: SourceRow) -> Status:
        cell = row.cells.get("status")
        if cell is None:
            return Status.NONE
        text = cell.text.strip()
        if text:
            try:
                return parse_status_text(text)
            except ValueError:
                pass
            try:  # "+ loopt", "✓ afgerond": the symbol with its meaning after it
                return parse_status_text(text.split()[0])
            except ValueError:
                self.notes.append(
                    ReportProblem(
                        row.location,
                        _("status {status} not recognised; left empty").format(
                            status=repr(short(text))
                        ),
                        "status_unknown",
                        (short(text),),
                    )
                )
                return Status.NONE
        if cell.fill == THEME_COLOUR:
            self.notes.append(
                ReportProblem(
                    row.location,
                    _(
                        "the status cell's fill is a theme colour, which cannot be read; "
                        "left empty (type the symbol instead)"
                    ),
                    "theme_fill",
                )
            )
        elif cell.fill and cell.fill == _fill_of(row, "action"):
            pass  # the whole row is shaded (banded rows): no status colour
        elif cell.fill:
            try:
                return status_from_fill(cell.fill) or Status.NONE
            except ValueError:
                colour = cell.fill.upper()
                self.notes.append(
                    ReportProblem(
                        row.location,
                        _(
                            "the fill colour #{colour} is no status colour (green, light "
                            "green, orange, red); left empty"
                        ).format(colour=colour),
                        "fill_unknown",
                        (colour,),
                    )
                )
        return Status.NONE

    def place(self, action: Action, indent: int, indents: bool) -> None:
        opened = self.open
        assert opened is not None
        ambition = opened.ambition
        parent: Action | None = None
        stack = opened.indents
        while stack and stack[-1][0] >= indent:
            stack.pop()
        if indents:
            # Indentation says the depth: the nearest less indented action is the parent.
            parent = stack[-1][1] if stack else None
        else:
            tops = ambition.actions
            child_number = _CHILD_NUMBER.match(action.number)
            if child_number:
                wanted = f"{child_number.group(1)}."
                parent = next((a for a in reversed(tops) if a.number == wanted), None)
            elif action.number == "•" and tops and tops[-1].number != "•":
                parent = tops[-1]  # bullet rows under an action are its child actions
        stack.append((indent, action))
        (parent.actions if parent is not None else ambition.actions).append(action)


SUSPECT_FRAGMENTS = 2  # ambition cells that look like pieces of one cell: a broken table


LEGEND_HEADINGS = ("legenda", "legend")


def suspect_reason(table: SourceTable) -> str | None:
    """Why a table's rows do not line up, or None. A conversion that splits multi-line cells
    into rows (LibreOffice opening a report saved as HTML) leaves pieces of an ambition cell in
    rows of their own: cells starting with a bullet, or sentences with no action beside them.
    Read as it is, every piece would become an ambition."""
    fragments: list[SourceRow] = []
    for row in table.rows:
        cell = row.cells.get("ambition")
        if cell is None or cell.spans_row:
            continue
        text = cell.text.strip()
        if not text:
            continue
        alone = not any(row.text(name) for name in row.cells if name != "ambition")
        # Alone in its row, only a section heading is fine: one short line, no full stop.
        heading_like = "\n" not in text and len(text) <= LONG_SINGLE_LINE and text[-1] != "."
        if text.startswith(BULLETS) or (alone and not heading_like):
            fragments.append(row)
    if len(fragments) < SUSPECT_FRAGMENTS:
        return None
    return ngettext(
        "its rows do not line up: {count} ambition cell looks like a piece of a cell split over "
        "several rows (first: {first}), as converting a report from HTML does; not read; "
        "save the original report as .xlsx or .docx and read that",
        "its rows do not line up: {count} ambition cells look like pieces of cells split over "
        "several rows (first: {first}), as converting a report from HTML does; not read; "
        "save the original report as .xlsx or .docx and read that",
        len(fragments),
    ).format(count=len(fragments), first=fragments[0].location)


def _fill_of(row: SourceRow, name: str) -> str | None:
    cell = row.cells.get(name)
    return cell.fill if cell else None


def build_reading(
    source: Path,
    tables: list[SourceTable],
    *,
    name: str,
    organisation: str = "",
    round_name: str = "",
    reference_date: date | None = None,
    skipped: list[ReportProblem] | None = None,
) -> ReportReading:
    """The programme the tables hold, with a new programme and its first round."""
    builder = _Builder(source, tables)
    builder.notes.extend(skipped or [])
    pillars = builder.build()
    if builder.suspect and not pillars:
        raise ReportError(
            ngettext(
                "{path}: the only table found is suspect, so nothing is read: {location}: {reason}",
                "{path}: all {count} tables found are suspect, so nothing is read; the first, "
                "{location}: {reason}",
                len(builder.suspect),
            ).format(
                path=source,
                count=len(builder.suspect),
                location=builder.suspect[0].location,
                reason=builder.suspect[0].message,
            )
        )
    dutch = sum(t.dutch for t in tables) * 2 >= len(tables)
    programme = Programme(
        str(uuid.uuid4()), name.strip(), organisation.strip(), "", "nl" if dutch else "en"
    )
    round_ = ReportingRound(
        str(uuid.uuid4()),
        round_name.strip() or ("Beginstand" if dutch else "Starting point"),
        reference_date or date.today(),
    )
    tree = ProgrammeTree(programme, round_, pillars)
    return ReportReading(
        source, tree, len(tables), builder.unplaced, builder.notes, builder.suspect
    )
