"""`statusapp publish` and File > Publish: the static site with its open data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from statusapp.services.exports import load_tree, selected_report
from statusapp.services.round_snapshots import rounds_as_reported
from statusapp.services.rounds import list_rounds
from statusapp.site.builder import SiteContent, SiteSummary, write_site
from statusapp.storage.database import Database


def publish_site(
    database: Database,
    folder: Path,
    *,
    language: str | None = None,
    programme: str | None = None,
) -> SiteSummary:
    """The current round as a site in `folder` (the programme's language unless given), with
    every round's data (each closed round as it was reported)."""
    tree = load_tree(database, programme)
    report = selected_report(database, tree=tree, language=language)
    round_ids = [round_.id for round_ in list_rounds(database, tree.programme.id)]
    rounds = rounds_as_reported(database, tree.programme.id, round_ids)
    return write_site(SiteContent(report, rounds, date.today()), folder)
