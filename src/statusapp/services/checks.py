"""`statusapp check` and the window's check panel: what to fix before publishing."""

from __future__ import annotations

from statusapp.report.checks import Finding, find_problems
from statusapp.services.conflicts import open_conflicts
from statusapp.services.context import edit_context_for
from statusapp.services.round_comparison import tree_and_comparison
from statusapp.storage.database import Database


def publication_checks(database: Database, programme: str | None = None) -> list[Finding]:
    """Every finding in the programme's current round."""
    tree, comparison = tree_and_comparison(database, programme)
    context = edit_context_for(database, programme=tree.programme.id)
    conflicts = [(c.action_id, c.field) for c in open_conflicts(context)]
    return find_problems(tree, comparison, conflicts)
