"""Exporting a database's programme: the one way the CLI and the window write workbooks."""

from __future__ import annotations

from pathlib import Path

from statusapp.domain import ProgrammeTree
from statusapp.excel.export import ExportSummary, Progress, export_workbook
from statusapp.services.overview import previous_round
from statusapp.services.programmes import load_programme_tree
from statusapp.services.working_copy import load_merge_bases
from statusapp.storage.database import Database


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
) -> ExportSummary:
    """Write the workbook of `programme` (id or name; default: the only one); `tree` may be
    given when the caller holds it already (the window)."""
    with database.session() as session:
        if tree is None:
            tree = load_programme_tree(session, programme)
        bases = load_merge_bases(session, tree.round.id)
    previous = previous_round(database, tree.round)
    return export_workbook(
        tree,
        path,
        language=language,
        owner=owner,
        pillar=pillar,
        progress=progress,
        bases=bases,
        approved_only=approved_only,
        previous=previous,
    )
