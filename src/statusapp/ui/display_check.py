"""Whether this machine can show a window at all; asked before Qt starts, by the window and by
the command line's PDF export. It imports nothing of the window, so printing can use it."""

from __future__ import annotations

import os
import sys


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
