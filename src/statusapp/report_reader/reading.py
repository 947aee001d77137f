"""What reading a report gives: its rows and tables as the readers hand them over, the rows
left out and the notes (each naming sheet and row), and the reading with its summary."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from statusapp.domain import Pillar, PillarKind, ProgrammeTree, TableKind
from statusapp.errors import StatusappError
from statusapp.report_reader.cell_texts import Cell
from statusapp.translation import _, ngettext


class ReportError(StatusappError):
    """A report that cannot be read as a programme; the message names the file."""


@dataclass(slots=True)
class SourceRow:
    location: str  # "sheet 'Wonen' row 12", "table 3 row 5"
    cells: dict[str, Cell]

    def text(self, name: str) -> str:
        cell = self.cells.get(name)
        return cell.text.strip() if cell else ""

    @property
    def is_empty(self) -> bool:
        return not any(cell.text.strip() for cell in self.cells.values())


@dataclass(slots=True)
class SourceTable:
    location: str  # "sheet 'Wonen'", "table 3 (page heading 'Wonen')"
    pillar: str  # the title row above it, the heading before it, or the sheet name
    green: bool  # has a status column
    rows: list[SourceRow] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    dutch: bool = True


@dataclass(frozen=True, slots=True)
class ReportProblem:
    """A row left out or a note. `message` is in the core's language when it was made (the
    window sets the core to its own); `code` and `values` name what it says for tests and the
    window (ui/views/report_dialog.py)."""

    location: str
    message: str
    code: str = ""
    values: tuple[str, ...] = ()

    def describe(self) -> str:
        return f"{self.location}: {self.message}"


@dataclass(slots=True)
class ReportReading:
    """A programme read from a report, with what could not be placed or understood."""

    source: Path
    tree: ProgrammeTree
    tables: int
    unplaced: list[ReportProblem] = field(default_factory=list)  # rows left out
    notes: list[ReportProblem] = field(default_factory=list)  # read, but something ignored
    # Tables left out whole because their rows do not line up (location and reason).
    suspect: list[ReportProblem] = field(default_factory=list)

    @property
    def pillars(self) -> list[Pillar]:
        return [p for p in self.tree.pillars if p.kind is PillarKind.PILLAR]

    def count(self, table: TableKind) -> tuple[int, int]:
        """(ambitions, actions) of the green or blue tables."""
        tree = self.tree
        return sum(1 for _ in tree.ambitions(table)), sum(1 for _ in tree.walk_actions(table))

    def describe(self) -> str:
        """One line of what was found; each count its own phrase, so plurals are right."""
        green, blue = self.count(TableKind.GREEN), self.count(TableKind.BLUE)
        sections = len(self.tree.pillars) - len(self.pillars)
        parts = [
            ngettext("{count} table", "{count} tables", self.tables).format(count=self.tables),
            ngettext("{count} pillar", "{count} pillars", len(self.pillars)).format(
                count=len(self.pillars)
            ),
        ]
        if sections:
            parts.append(
                ngettext("{count} other section", "{count} other sections", sections).format(
                    count=sections
                )
            )
        for label, (ambitions, actions), action_forms in (
            (_("green tables: {ambitions}, {actions}"), green, _programme_actions),
            (_("blue tables: {ambitions}, {actions}"), blue, _additional_actions),
        ):
            parts.append(
                label.format(
                    ambitions=ngettext("{count} ambition", "{count} ambitions", ambitions).format(
                        count=ambitions
                    ),
                    actions=action_forms(actions),
                )
            )
        parts.append(
            ngettext(
                "{count} row not placed", "{count} rows not placed", len(self.unplaced)
            ).format(count=len(self.unplaced))
        )
        parts.append(
            ngettext("{count} note", "{count} notes", len(self.notes)).format(count=len(self.notes))
        )
        if self.suspect:
            parts.append(
                ngettext(
                    "{count} suspect table not read",
                    "{count} suspect tables not read",
                    len(self.suspect),
                ).format(count=len(self.suspect))
            )
        return f"{self.source.name}: " + "; ".join(parts)

    def preview_lines(self) -> list[str]:
        """What `init --from` prints before it writes: every row left out, every note, every
        suspect table, then the summary line."""
        lines = [_("not placed: {problem}").format(problem=p.describe()) for p in self.unplaced]
        lines += [_("note: {problem}").format(problem=p.describe()) for p in self.notes]
        lines += [_("suspect table: {problem}").format(problem=p.describe()) for p in self.suspect]
        lines.append(self.describe())
        return lines


def _programme_actions(count: int) -> str:
    return ngettext("{count} programme action", "{count} programme actions", count).format(
        count=count
    )


def _additional_actions(count: int) -> str:
    return ngettext("{count} additional action", "{count} additional actions", count).format(
        count=count
    )
