"""Starting the window: checks that need no Qt come first, so failures are one clear line."""

from __future__ import annotations

from pathlib import Path

from statusapp.display_check import display_problem
from statusapp.errors import StatusappError, no_such_database


def launch_window(
    db: str | None, *, language: str | None = None, programme: str | None = None
) -> int:
    problem = display_problem()
    if problem:
        raise StatusappError(problem)
    if db is not None and "://" not in db and not Path(db).expanduser().exists():
        raise no_such_database(db)

    from statusapp.ui.application import run_application

    return run_application(db, language=language, programme=programme)
