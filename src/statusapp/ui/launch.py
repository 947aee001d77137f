"""Starting the window: checks that need no Qt come first, so failures are one clear line."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from statusapp.errors import StatusappError


def display_problem() -> str | None:
    """Why no window can be shown here, or None. Qt would abort instead of saying so."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "no display to show the window on: run it under a virtual screen (xvfb-run statusapp) "
        "or offscreen (QT_QPA_PLATFORM=offscreen statusapp), or use a command such as "
        "'statusapp list'"
    )


def launch_window(
    db: str | None, *, language: str | None = None, programme: str | None = None
) -> int:
    problem = display_problem()
    if problem:
        raise StatusappError(problem)
    if db is not None and "://" not in db and not Path(db).expanduser().exists():
        raise StatusappError(f'{db}: no such database; create it with: statusapp --db "{db}" init')

    from statusapp.ui.application import run_application

    return run_application(db, language=language, programme=programme)
