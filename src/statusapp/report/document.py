"""What every report document holds: the selected green and blue tables, the title page facts,
the legend, and writing a file whole or not at all. No Qt and no python-docx here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from statusapp.atomic_files import write_atomically as atomic_write
from statusapp.domain import ProgrammeTree, TableKind
from statusapp.errors import StatusappError
from statusapp.report.captions import BLUE_CAPTIONS, GREEN_CAPTIONS, LABELS
from statusapp.report.comparison import RoundComparison
from statusapp.report.tables import PillarTable, report_tables
from statusapp.translation import _, long_date, ngettext

# Texts of the documents besides the table captions and legend of report/captions.py.
DOCUMENT_LABELS = {
    "nl": {
        "page": "Pagina {page} van {pages}",
        "legend_heading": "Legenda",
        "green_description": "Per maatschappelijk effect of ambitie de maatregelen en acties, "
        "met hun planning, status (symbool en woorden) en toelichting.",
        "blue_description": "Per maatschappelijk effect of ambitie de aanvullende "
        "werkzaamheden, met hun planning en toelichting; zonder status.",
    },
    "en": {
        "page": "Page {page} of {pages}",
        "legend_heading": "Legend",
        "green_description": "Per societal effect or ambition the measures and actions, with "
        "their planning, status (symbol and words) and explanation.",
        "blue_description": "Per societal effect or ambition the additional work, with its "
        "planning and explanation; no status.",
    },
}


class DocumentError(StatusappError):
    pass


@dataclass(slots=True)
class ReportDocument:
    """The tables and texts a report document shows, in one language."""

    tree: ProgrammeTree
    language: str
    green: list[PillarTable]
    blue: list[PillarTable]
    owner: str | None = None
    # What changed since the previous round, for the actions shown (None: not asked for).
    changes: RoundComparison | None = None

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
        """What was written, in the user's language (the document has its own)."""
        parts = [
            ngettext("{count} programme action", "{count} programme actions", self.green_rows),
            ngettext("{count} additional action", "{count} additional actions", self.blue_rows),
            ngettext("{count} table", "{count} tables", self.tables),
        ]
        counts = [self.green_rows, self.blue_rows, self.tables]
        if self.pages is not None:
            parts.append(ngettext("{count} page", "{count} pages", self.pages))
            counts.append(self.pages)
        what = ", ".join(
            part.format(count=count) for part, count in zip(parts, counts, strict=True)
        )
        return _("wrote {path}: {what}").format(path=self.path, what=what)


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
        raise DocumentError(
            _("unknown language {language}: use nl or en").format(language=repr(language))
        )
    selection = {"owner": owner, "pillar_number": pillar, "approved_only": approved_only}
    green = report_tables(tree, TableKind.GREEN, **selection)
    blue = report_tables(tree, TableKind.BLUE, **selection)
    if not green and not blue:
        if approved_only:
            message = _(
                "nothing to export: no update of the selection is approved yet (approve them "
                "first, or export without --approved-only)"
            )
        elif owner:
            message = _("nothing to export: owner {owner} has no actions").format(owner=repr(owner))
        elif pillar:
            message = _("nothing to export: pillar {pillar} has no actions").format(pillar=pillar)
        else:
            message = _("nothing to export: the programme has no actions")
        raise DocumentError(message)
    return ReportDocument(tree, language, green, blue, owner)


def check_target(path: Path, suffix: str, kind: str) -> Path:
    path = Path(path)
    if path.suffix.lower() != suffix:
        raise DocumentError(
            _("{path}: a {kind} export needs a name ending in {suffix}").format(
                path=path, kind=kind, suffix=suffix
            )
        )
    if not path.parent.is_dir():
        raise DocumentError(
            _("{path}: the folder {folder} does not exist").format(path=path, folder=path.parent)
        )
    return path


def write_atomically(path: Path, save: Callable[[Path], None]) -> None:
    """Write a document so that it appears whole or not at all (see atomic_files)."""
    atomic_write(path, save, error=DocumentError)


def shown_action_ids(report: ReportDocument) -> set[str]:
    """The actions a document shows, in its green and blue tables."""
    return {
        row.action.id
        for table in (*report.green, *report.blue)
        for block in table.blocks
        for row in block.rows
    }


def with_changes(report: ReportDocument, changes: RoundComparison, *, whole: bool) -> None:
    """Give the document what changed since the previous round, for the actions it shows
    (`whole`: the whole programme, removed actions included); none in the first round."""
    if changes.previous is not None:
        report.changes = changes if whole else changes.only(shown_action_ids(report))
