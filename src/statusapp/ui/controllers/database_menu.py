"""File > New database, Open database and Open recent: choosing or creating the database the
window shows."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox

from statusapp.errors import StatusappError
from statusapp.ui.settings import recent_databases

if TYPE_CHECKING:
    from statusapp.ui.window_parts import WindowParts


class DatabaseMenu(QObject):
    def __init__(self, parts: WindowParts) -> None:
        super().__init__(parts.parent)
        self.parts = parts

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.parts.parent,
            self.tr("New database"),
            "",
            self.tr("Statusapp databases (*.db);;All files (*)"),
        )
        if not path:
            return
        box = QMessageBox(self.parts.parent)
        box.setWindowTitle(self.tr("New database"))
        box.setText(self.tr("What should the new database hold?"))
        builtin = box.addButton(
            self.tr("The Heemstede programme"), QMessageBox.ButtonRole.AcceptRole
        )
        empty = box.addButton(self.tr("An empty programme"), QMessageBox.ButtonRole.AcceptRole)
        from_report = box.addButton(
            self.tr("A programme from a report (Excel, Word)…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is from_report:
            from statusapp.ui.views.report_dialog import new_database_from_report

            new_database_from_report(self.parts, path)
            return
        if box.clickedButton() not in (builtin, empty):
            return
        from statusapp.services.setup import initialise_database, new_programme_tree

        try:
            if box.clickedButton() is builtin:
                initialise_database(path)
            else:
                name, accepted = QInputDialog.getText(
                    self.parts.parent, self.tr("New database"), self.tr("Name of the programme:")
                )
                if not accepted or not name.strip():
                    return
                tree = new_programme_tree(name, "", self.tr("First round"), date.today())
                initialise_database(path, programme=tree)
        except StatusappError as error:
            QMessageBox.critical(
                self.parts.parent, self.tr("Cannot create the database"), str(error)
            )
            return
        self.parts.open_database(path)

    def choose_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.parts.parent,
            self.tr("Open database"),
            "",
            self.tr("Statusapp databases (*.db);;All files (*)"),
        )
        if path:
            self.parts.open_database(path)

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        entries = recent_databases()
        for entry in entries:
            action = menu.addAction(entry)
            action.triggered.connect(lambda _checked=False, e=entry: self.parts.open_database(e))
        if not entries:
            menu.addAction(self.tr("(none)")).setEnabled(False)
