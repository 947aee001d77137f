"""The main window. For now it shows the programme read-only; the editor is the next step."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QPlainTextEdit

from statusapp.errors import StatusappError


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("Statusapp")
        self.resize(1100, 750)
        self._view = QPlainTextEdit(self)
        self._view.setObjectName("programmeView")
        self._view.setReadOnly(True)
        self._view.setAccessibleName(self.tr("Programme"))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self._view.setFont(font)
        self._view.setPlaceholderText(self.tr("Opening the database…"))
        self.setCentralWidget(self._view)
        self._status = QLabel(self)
        self.statusBar().addWidget(self._status, 1)

    def open_database(self, db: str | None) -> None:
        from statusapp.services.listing import format_programme_text
        from statusapp.services.programmes import load_programme_tree
        from statusapp.services.setup import open_default_database
        from statusapp.storage.database import open_database

        try:
            database = open_default_database() if db is None else open_database(db)
            try:
                with database.session() as session:
                    tree = load_programme_tree(session)
            finally:
                database.close()
        except StatusappError as error:
            self._status.setText(str(error))
            QMessageBox.critical(self, self.tr("Cannot open the database"), str(error))
            return
        self.setWindowTitle(
            self.tr("{programme} — {round} — Statusapp").format(
                programme=tree.programme.name, round=tree.round.name
            )
        )
        self._view.setPlainText(format_programme_text(tree, tree.programme.language))
        actions = sum(1 for _ in tree.walk_actions())
        self._status.setText(
            self.tr("{database}: {count} actions").format(
                database=database.display_name, count=actions
            )
        )
