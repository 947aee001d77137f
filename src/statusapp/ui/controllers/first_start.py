"""First start on a new machine: open the default database, and welcome the user when there
was none, with the way they choose to begin (the dialog is views/welcome.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from statusapp.errors import StatusappError, os_reason
from statusapp.ui.views.welcome import Beginning, WelcomeDialog

if TYPE_CHECKING:
    from statusapp.ui.window_parts import RoundWindow


def open_at_start(
    window: RoundWindow, db: str | None, programme: str | None = None
) -> WelcomeDialog | None:
    """Open `db`, or the default database; on a first start, welcome the user instead."""
    from statusapp.paths import default_database_path

    first_start = db is None and not default_database_path().exists()
    window.open_database(db, programme)  # the default database is made with the built-in one
    if not first_start:
        return None
    dialog = WelcomeDialog(default_database_path(), window.parts.parent)
    # Back to the welcome when the chosen way did not work out (a file dialog cancelled).
    dialog.chosen.connect(
        lambda beginning: begin(window, beginning, dialog.name_field.text()) or dialog.open()
    )
    dialog.open()  # window-modal; the window stays painted behind it
    return dialog


def begin(window: RoundWindow, beginning: Beginning, name: str = "") -> bool:
    """Keep the built-in programme, or make the default database again the chosen way."""
    from statusapp.paths import default_database_path
    from statusapp.services.setup import initialise_database, new_programme_tree
    from statusapp.ui.controllers.round_actions import open_handed_out_workbook

    path = default_database_path()
    title = QCoreApplication.translate("Welcome", "Welcome to Statusapp")
    if beginning is Beginning.BUILTIN:
        return window.model.tree is not None  # open behind the welcome already
    try:
        if beginning is Beginning.EMPTY:
            first_round = QCoreApplication.translate("Welcome", "First round")
            _forget_default_database(window, path)
            initialise_database(
                path, programme=new_programme_tree(name, "", first_round, date.today())
            )
            return window.open_database(str(path))
    except OSError as error:
        message = QCoreApplication.translate(
            "Welcome", "Cannot create the data folder {folder}: {reason}"
        ).format(folder=path.parent, reason=os_reason(error))
        QMessageBox.critical(window.parts.parent, title, message)
        return False
    except StatusappError as error:
        QMessageBox.critical(window.parts.parent, title, str(error))
        return False
    workbook, _ = QFileDialog.getOpenFileName(
        window.parts.parent,
        QCoreApplication.translate("Welcome", "Open a workbook from the control team"),
        str(Path.home()),
        QCoreApplication.translate("Welcome", "Excel workbooks (*.xlsx)"),
    )
    if not workbook:
        return False
    _forget_default_database(window, path)
    if open_handed_out_workbook(window, workbook, str(path)):
        return True
    window.open_database(None)  # the workbook was refused: back to the built-in programme
    return False


def _forget_default_database(window: RoundWindow, path: Path) -> None:
    """Close and delete the database the first start made, to make it again another way."""
    from statusapp.services.setup import remove_sqlite_files

    window.controller.close()
    remove_sqlite_files(path)
