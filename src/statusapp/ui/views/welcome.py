"""First start on a new machine: say where the database lives and offer how to begin.

On the first start the default database is created with the built-in Heemstede programme, as
every start without --db is, and the welcome is shown over it: continue with that programme
(or just close the welcome), start an empty programme instead, or make the database a working
copy of a workbook the control team handed out. The two alternatives replace the database
created a moment before; nothing has been typed into it yet, since the welcome is modal.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class Beginning(Enum):
    BUILTIN = "builtin"
    EMPTY = "empty"
    WORKBOOK = "workbook"


class WelcomeDialog(QDialog):
    chosen = Signal(object)  # Beginning

    def __init__(self, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome to Statusapp"))
        self.choice: Beginning | None = None
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("<b>Welcome to Statusapp</b>"), self)
        where = QLabel(
            self.tr(
                "Your programme is kept in a database on this computer:<br><b>{path}</b><br><br>"
                "Everything you change is saved there at once. How do you want to begin?"
            ).format(path=_html_escape(str(database))),
            self,
        )
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.builtin_button = QCommandLinkButton(
            self.tr("Continue with the Heemstede programme"),
            self.tr(
                "The built-in Uitvoeringsprogramma 2022-2026 of Gemeente Heemstede, open behind "
                "this window."
            ),
            self,
        )
        self.empty_button = QCommandLinkButton(
            self.tr("Start an empty programme instead"),
            self.tr("Add the pillars, ambitions and actions yourself."),
            self,
        )
        self.name_field = QLineEdit(self)
        self.name_field.setAccessibleName(self.tr("Name of the programme"))
        self.name_field.setPlaceholderText(self.tr("e.g. Uitvoeringsprogramma 2026-2030"))
        name_row = QFormLayout()
        name_row.setContentsMargins(40, 0, 0, 0)
        name_row.addRow(self.tr("&Name:"), self.name_field)
        self.workbook_button = QCommandLinkButton(
            self.tr("Open a workbook from the control team instead"),
            self.tr("The Excel file you were sent: it becomes your working copy."),
            self,
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        for widget in (heading, where, self.builtin_button, self.empty_button):
            layout.addWidget(widget)
        layout.addLayout(name_row)
        layout.addWidget(self.workbook_button)
        layout.addWidget(buttons)
        self.builtin_button.clicked.connect(lambda: self._choose(Beginning.BUILTIN))
        self.empty_button.clicked.connect(self._choose_empty)
        self.name_field.returnPressed.connect(self._choose_empty)
        self.workbook_button.clicked.connect(lambda: self._choose(Beginning.WORKBOOK))
        self.builtin_button.setFocus()

    def _choose_empty(self) -> None:
        if not self.name_field.text().strip():
            self.name_field.setFocus()
            self.name_field.setPlaceholderText(self.tr("First give the programme a name"))
            return
        self._choose(Beginning.EMPTY)

    def _choose(self, beginning: Beginning) -> None:
        self.choice = beginning
        self.accept()
        self.chosen.emit(beginning)


def _html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
