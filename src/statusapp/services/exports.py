"""Exporting a database's programme: the one way the CLI and the window write workbooks and
Word documents and tagged PDF (the window prints the PDF's pages)."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from statusapp.domain import ProgrammeTree
from statusapp.domain.model import PillarKind
from statusapp.errors import StatusappError
from statusapp.excel.export import ExportSummary, Progress, export_workbook
from statusapp.report.document import (
    DocumentSummary,
    ReportDocument,
    report_document,
    with_changes,
)
from statusapp.services.handout_records import record_handout
from statusapp.services.overview import previous_round
from statusapp.services.programmes import load_programme_tree
from statusapp.services.round_comparison import round_comparison
from statusapp.services.working_copy import load_merge_bases, working_copy_handout_id
from statusapp.storage.database import Database
from statusapp.translation import _


def require_pillar(tree: ProgrammeTree, pillar: int | None) -> None:
    """A pillar number the programme has (1-based, as the report numbers them)."""
    if pillar is None:
        return
    count = sum(1 for p in tree.pillars if p.kind is PillarKind.PILLAR)
    if not 1 <= pillar <= count:
        if count == 0:
            message = _("there is no pillar {pillar}; the programme has no pillars")
        elif count == 1:
            message = _("there is no pillar {pillar}; the programme has pillar 1 only")
        else:
            message = _("there is no pillar {pillar}; the programme has pillars 1-{count}")
        raise StatusappError(message.format(pillar=pillar, count=count))


def export_programme(
    database: Database,
    path: Path,
    *,
    tree: ProgrammeTree | None = None,
    language: str | None = None,
    owner: str | None = None,
    pillar: int | None = None,
    approved_only: bool = False,
    progress: Progress | None = None,
    programme: str | None = None,
    user: str | None = None,
) -> ExportSummary:
    """Write the workbook of `programme` (id or name; default: the only one); `tree` may be
    given when the caller holds it already (the window).

    The central database records what the workbook hands out (its merge base), so a returned
    copy is merged against that record. A working copy writes the values it was handed and the
    original hand-out's id instead, so the control team's merge sees only the laptop's edits.
    """
    with database.session(write=False) as session:
        if tree is None:
            tree = load_programme_tree(session, programme)
        bases = load_merge_bases(session, tree.round.id)
        require_pillar(tree, pillar)
        original = working_copy_handout_id(session, tree.round.id) if bases else None
    previous = previous_round(database, tree.round)
    changes = round_comparison(database, tree.programme.id, tree.round.id)
    workbook_id = str(uuid.uuid4())
    summary = export_workbook(
        tree,
        path,
        language=language,
        owner=owner,
        pillar=pillar,
        progress=progress,
        bases=bases,
        approved_only=approved_only,
        previous=previous,
        changes=changes,
        workbook_id=workbook_id,
        handout_id=original if bases else workbook_id,
    )
    if not bases and not database.read_only:
        _record(database, tree, summary, workbook_id, owner, user)
    return summary


def _record(
    database: Database,
    tree: ProgrammeTree,
    summary: ExportSummary,
    workbook_id: str,
    owner: str | None,
    user: str | None,
) -> None:
    """Keep the hand-out's values; without that record the workbook must not go out."""
    from statusapp.services.context import current_user_name

    try:
        with database.session() as session:
            record_handout(
                session,
                handout_id=workbook_id,
                round_id=tree.round.id,
                owner=owner,
                file_name=Path(summary.path).name,
                user=user or current_user_name(),
                handed_out=summary.handed_out,
            )
    except StatusappError as error:
        Path(summary.path).unlink(missing_ok=True)
        raise StatusappError(
            _(
                "{path}: not written, since the database could not record what it hands out "
                "({reason})"
            ).format(path=summary.path, reason=error)
        ) from None


EXPORT_FORMATS = (".xlsx", ".docx", ".pdf")


def export_format(path: Path) -> str:
    """The format a file name asks for, or a one-line error naming the ones there are."""
    suffix = path.suffix.lower()
    if suffix not in EXPORT_FORMATS:
        raise StatusappError(
            _(
                "{path}: the format follows the file name's extension: .xlsx (Excel), .docx "
                "(Word) or .pdf"
            ).format(path=path)
        )
    return suffix


def load_tree(database: Database, programme: str | None = None) -> ProgrammeTree:
    with database.session(write=False) as session:
        return load_programme_tree(session, programme)


def selected_report(
    database: Database,
    *,
    tree: ProgrammeTree | None = None,
    language: str | None = None,
    owner: str | None = None,
    pillar: int | None = None,
    approved_only: bool = False,
    programme: str | None = None,
) -> ReportDocument:
    """The report's tables for a selection, as Word and PDF both draw them."""
    if tree is None:
        tree = load_tree(database, programme)
    require_pillar(tree, pillar)
    report = report_document(
        tree, language=language, owner=owner, pillar=pillar, approved_only=approved_only
    )
    changes = round_comparison(database, tree.programme.id, tree.round.id)
    with_changes(report, changes, whole=owner is None and pillar is None and not approved_only)
    return report


def export_word(database: Database, path: Path, **selection: Any) -> DocumentSummary:
    """Write the report's tables as a .docx (`selection` as for `selected_report`)."""
    from statusapp.documents.word import write_word

    return write_word(selected_report(database, **selection), path)


def export_pdf(database: Database, path: Path, **selection: Any) -> DocumentSummary:
    """Write the report's tables as a tagged PDF/UA-1 file (`selection` as for
    `selected_report`)."""
    from statusapp.documents.pdf import write_pdf

    return write_pdf(selected_report(database, **selection), path)


def report_page_images(report: ReportDocument, ppi: float) -> list[bytes]:
    """The PDF's pages as PNG images: what Print and Print preview show."""
    from statusapp.documents.pdf import page_images

    return page_images(report, ppi)
