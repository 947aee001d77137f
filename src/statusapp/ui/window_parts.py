"""The narrow things the window's satellite modules use: a parent for their dialogs, the
programme controller, the editors' flush, the status bar and a file chooser. They receive
these, not the whole MainWindow, so they cannot reach into it and import no loop back to it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QWidget

if TYPE_CHECKING:
    from statusapp.ui.controller import ProgrammeController

MESSAGE_MILLISECONDS = 10000


class FileChooser:
    """The file dialogs, one place to answer them (tests patch QFileDialog's functions)."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def save_file(self, title: str, suggested: str, pattern: str, suffix: str) -> str | None:
        """Where to write; `suffix` is added when the user typed a name without it."""
        path, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, pattern)
        if not path:
            return None
        return path if path.lower().endswith(suffix) else path + suffix

    def open_file(self, title: str, pattern: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, title, "", pattern)
        return path or None


@dataclass(frozen=True)
class WindowParts:
    parent: QWidget
    controller: ProgrammeController
    flush_editors: Callable[[], None]
    show_message: Callable[[str], None]  # in the status bar, for a while
    files: FileChooser
    open_database: Callable[[str], bool]  # show another database in the window
    switch_programme: Callable[[str], bool]  # show another programme of the open database
