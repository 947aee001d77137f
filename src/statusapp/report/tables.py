"""The report's green and blue tables as plain rows: what every export (Excel, Word, PDF) writes.

One row per action in document order, grouped by ambition and pillar, with the cell texts the
report shows: "1.1 text" with its sub-items as "•" lines, planned texts one per line.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from statusapp.domain import (
    Action,
    Ambition,
    Pillar,
    PillarKind,
    ProgrammeTree,
    ReviewState,
    TableKind,
)
from statusapp.translation import ngettext

BULLET = "•"


@dataclass(frozen=True, slots=True)
class TableRow:
    action: Action
    depth: int  # 0 for an ambition's own actions, 1 for their children, ...
    action_cell: str
    planned_cell: str
    symbol: str
    explanation: str


@dataclass(slots=True)
class AmbitionBlock:
    ambition: Ambition
    rows: list[TableRow] = field(default_factory=list)


@dataclass(slots=True)
class PillarTable:
    pillar: Pillar
    number: (
        int | None
    )  # 1-based among pillars; None for a section such as "Ondersteuning van de raad"
    blocks: list[AmbitionBlock] = field(default_factory=list)

    @property
    def row_count(self) -> int:
        return sum(len(block.rows) for block in self.blocks)

    @property
    def heading(self) -> str:
        return self.pillar.title


def action_cell(action: Action) -> str:
    lines = [action.label]
    lines += [f"{BULLET} {item.text}" for item in action.sub_items]
    return "\n".join(lines)


def planned_cell(action: Action) -> str:
    """The action's planned text, then one line per sub-item when sub-items carry their own."""
    lines = [action.planned] if action.planned else []
    if any(item.planned for item in action.sub_items):
        lines += [item.planned for item in action.sub_items]
    return "\n".join(lines)


def split_planned_cell(cell: str, action: Action) -> tuple[str, list[str] | None]:
    """Undo planned_cell for an edited cell: (own planned, sub-item planned texts or None).

    Raises ValueError when the lines do not fit the action's sub-items.
    """
    lines = [line.strip() for line in cell.replace("\r\n", "\n").split("\n")]
    with_items = any(item.planned for item in action.sub_items)
    if not with_items:
        return " ".join(" ".join(lines).split()), None
    count = len(action.sub_items)
    while len(lines) > count + 1 and not lines[-1]:
        lines.pop()
    if len(lines) == count:
        return "", lines
    if len(lines) == count + 1:
        return lines[0], lines[1:]
    raise ValueError(  # shown by the import after the cell's name
        ngettext(
            "expected {count} planned line for the sub-items, found {found}",
            "expected {count} planned lines for the sub-items, found {found}",
            count,
        ).format(count=count, found=len(lines))
    )


def ambition_text(ambition: Ambition) -> tuple[str, str]:
    """(bold title, the rest) as the report's ambition cell shows them."""
    rest = [ambition.description] if ambition.description else []
    if ambition.note:
        rest.append(ambition.note)
    return ambition.title, "\n".join(rest)


def _rows(action: Action, depth: int, table: TableKind) -> Iterator[TableRow]:
    yield TableRow(
        action=action,
        depth=depth,
        action_cell=action_cell(action),
        planned_cell=planned_cell(action),
        symbol=action.status.symbol if table is TableKind.GREEN else "",
        explanation=action.explanation,
    )
    for child in action.actions:
        yield from _rows(child, depth + 1, table)


def report_tables(
    tree: ProgrammeTree,
    table: TableKind,
    *,
    owner: str | None = None,
    pillar_number: int | None = None,
    approved_only: bool = False,
) -> list[PillarTable]:
    """The green or blue tables, per pillar (and section), in document order.

    `owner` keeps only that person's actions (ambitions stay as their context); `pillar_number`
    keeps one pillar (1-based, as numbered in the report); `approved_only` keeps approved updates.
    Empty tables are left out.
    """
    tables = []
    number = 0
    for pillar in tree.pillars:
        if pillar.kind is PillarKind.PILLAR:
            number += 1
            this_number: int | None = number
        else:
            this_number = None
        if pillar_number is not None and this_number != pillar_number:
            continue
        result = PillarTable(pillar, this_number)
        for ambition in pillar.ambitions:
            if ambition.table is not table:
                continue
            block = AmbitionBlock(ambition)
            for action in ambition.actions:
                for row in _rows(action, 0, table):
                    if owner is not None and row.action.owner != owner:
                        continue
                    if approved_only and row.action.update.review is not ReviewState.APPROVED:
                        continue
                    block.rows.append(row)
            if block.rows:
                result.blocks.append(block)
        if result.blocks:
            tables.append(result)
    return tables


# A row with a text this long (or with this many lines) may be taller than a page: the PDF
# measures it and lets it split, Word lets it split; every other row stays whole on a page.
LONG_CHARACTERS = 1_200
LONG_LINES = 25


def may_be_taller_than_a_page(texts: Iterable[str]) -> bool:
    return any(len(text) > LONG_CHARACTERS or text.count("\n") > LONG_LINES for text in texts)
