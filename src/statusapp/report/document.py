"""What every report document holds: the selected green and blue tables, the title page facts,
the legend, and writing a file whole or not at all. No Qt and no python-docx here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from statusapp.atomic_files import write_atomically as atomic_write
from statusapp.domain import ProgrammeTree, TableKind
from statusapp.errors import StatusappError
from statusapp.report.captions import BLUE_CAPTIONS, GREEN_CAPTIONS, LABELS
from statusapp.report.tables import PillarTable, report_tables

MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}  # fmt: skip

# Texts of the documents besides the table captions and legend of report/captions.py.
DOCUMENT_LABELS = {
    "nl": {"page": "Pagina {page} van {pages}", "legend_heading": "Legenda"},
    "en": {"page": "Page {page} of {pages}", "legend_heading": "Legend"},
}


class DocumentError(StatusappError):
    pass


def long_date(day: date, language: str) -> str:
    """1 april 2024 / 1 April 2024, as the report writes dates."""
    return f"{day.day} {MONTHS[language][day.month - 1]} {day.year}"


@dataclass(slots=True)
class ReportDocument:
    """The tables and texts a report document shows, in one language."""

    tree: ProgrammeTree
    language: str
    green: list[PillarTable]
    blue: list[PillarTable]
    owner: str | None = None

    @property
    def labels(self) -> dict[str, str]:
        return {**LABELS[self.language], **DOCUMENT_LABELS[self.language]}

    @property
    def green_captions(self) -> tuple[str, ...]:
        return GREEN_CAPTIONS[self.language]

    @property
    def blue_captions(self) -> tuple[str, ...]:
        return BLUE_CAPTIONS[self.language]

    def title_lines(self) -> tuple[str, str, str]:
        """(programme, organisation and term, round with reference date) for the title page."""
        programme, round_ = self.tree.programme, self.tree.round
        labels = self.labels
        owner = f" — {labels['owner']}: {self.owner}" if self.owner else ""
        return (
            programme.name,
            " ".join(part for part in (programme.organisation, programme.term) if part),
            f"{labels['round']}: {round_.name} — {labels['reference_date']}: "
            f"{long_date(round_.reference_date, self.language)}{owner}",
        )

    @staticmethod
    def green_heading(table: PillarTable) -> str:
        return f"{table.number} {table.heading}" if table.number else table.heading


@dataclass(slots=True)
class DocumentSummary:
    path: Path
    tables: int = 0
    green_rows: int = 0
    blue_rows: int = 0
    pages: int | None = None
    notes: list[str] = field(default_factory=list)

    def describe(self) -> str:
        pages = f", {self.pages} pages" if self.pages is not None else ""
        return (
            f"wrote {self.path}: {self.green_rows} programme actions, {self.blue_rows} additional "
            f"actions, {self.tables} tables{pages}"
        )


def report_document(
    tree: ProgrammeTree,
    *,
    language: str | None = None,
    owner: str | None = None,
    pillar: int | None = None,
    approved_only: bool = False,
) -> ReportDocument:
    """The selection every format shares; raises DocumentError when nothing is left."""
    language = language or tree.programme.language
    if language not in GREEN_CAPTIONS:
        raise DocumentError(f"unknown language {language!r}: use nl or en")
    selection = {"owner": owner, "pillar_number": pillar, "approved_only": approved_only}
    green = report_tables(tree, TableKind.GREEN, **selection)
    blue = report_tables(tree, TableKind.BLUE, **selection)
    if not green and not blue:
        what = f"owner {owner!r}" if owner else f"pillar {pillar}" if pillar else "the programme"
        raise DocumentError(f"nothing to export: {what} has no actions")
    return ReportDocument(tree, language, green, blue, owner)


def check_target(path: Path, suffix: str, kind: str) -> Path:
    path = Path(path)
    if path.suffix.lower() != suffix:
        raise DocumentError(f"{path}: a {kind} export needs a name ending in {suffix}")
    if not path.parent.is_dir():
        raise DocumentError(f"{path}: the folder {path.parent} does not exist")
    return path


def write_atomically(path: Path, save: Callable[[Path], None]) -> None:
    """Write a document so that it appears whole or not at all (see atomic_files)."""
    atomic_write(path, save, error=DocumentError)
