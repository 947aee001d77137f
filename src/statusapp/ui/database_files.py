"""Database files from the window: make a new one, choose one to open, the recent ones."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from statusapp.errors import StatusappError
from statusapp.ui.settings import recent_databases
from statusapp.ui.window_parts import WindowParts


def new_database(parts: WindowParts) -> None:
    """File > New database: the built-in programme, an empty one, or one read from a report."""
    parent = parts.parent
    path, _ = QtWidgets.QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("MainWindow", "New database"),
        "",
        QCoreApplication.translate("MainWindow", "Statusapp databases (*.db);;All files (*)"),
    )
    if not path:
        return
    box = QtWidgets.QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "New database"))
    box.setText(QCoreApplication.translate("MainWindow", "What should the new database hold?"))
    builtin = box.addButton(
        QCoreApplication.translate("MainWindow", "The Heemstede programme"),
        QtWidgets.QMessageBox.ButtonRole.AcceptRole,
    )
    empty = box.addButton(
        QCoreApplication.translate("MainWindow", "An empty programme"),
        QtWidgets.QMessageBox.ButtonRole.AcceptRole,
    )
    from_report = box.addButton(
        QCoreApplication.translate("MainWindow", "A programme from a report (Excel, Word)…"),
        QtWidgets.QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is from_report:
        from statusapp.ui.report_dialog import new_database_from_report

        new_database_from_report(parts, path)
        return
    if box.clickedButton() not in (builtin, empty):
        return
    from statusapp.services.setup import initialise_database, new_programme_tree

    try:
        if box.clickedButton() is builtin:
            initialise_database(path)
        else:
            name, accepted = QtWidgets.QInputDialog.getText(
                parent,
                QCoreApplication.translate("MainWindow", "New database"),
                QCoreApplication.translate("MainWindow", "Name of the programme:"),
            )
            if not accepted or not name.strip():
                return
            tree = new_programme_tree(
                name, "", QCoreApplication.translate("MainWindow", "First round"), date.today()
            )
            initialise_database(path, programme=tree)
    except StatusappError as error:
        QtWidgets.QMessageBox.critical(
            parent,
            QCoreApplication.translate("MainWindow", "Cannot create the database"),
            str(error),
        )
        return
    parts.open_database(path)


def choose_database(parts: WindowParts) -> None:
    parent = parts.parent
    path, _ = QtWidgets.QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("MainWindow", "Open database"),
        "",
        QCoreApplication.translate("MainWindow", "Statusapp databases (*.db);;All files (*)"),
    )
    if path:
        parts.open_database(path)


def fill_recent_menu(menu: QMenu, open_database: Callable[[str], bool]) -> None:
    menu.clear()
    entries = recent_databases()
    for entry in entries:
        action = menu.addAction(entry)
        action.triggered.connect(lambda _checked=False, e=entry: open_database(e))
    if not entries:
        menu.addAction(QCoreApplication.translate("MainWindow", "(none)")).setEnabled(False)
