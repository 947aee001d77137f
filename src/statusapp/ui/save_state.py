"""What the window says about saving, and what it does while the database cannot take edits:
the status-bar label, one message per outage, a retry now and then, and the question before
closing with changes the database has not taken."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

# How long the window waits before saving again what the database could not take.
RETRY_SAVES_MS = 10_000

ERROR_STYLE = "color: #C00000;"


class SaveState(QObject):
    def __init__(self, window: QMainWindow, retry: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.label = QLabel(window)
        self.label.setObjectName("saveState")
        window.statusBar().addPermanentWidget(self.label)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_SAVES_MS)
        self._retry.timeout.connect(retry)
        self.waiting = False  # an outage was reported and edits wait for the database

    def saved(self) -> None:
        if self.waiting:
            self.waiting = False
            self._retry.stop()
            self.window.statusBar().showMessage(self.tr("The database is available again."), 5000)
        self.label.setToolTip("")
        self.label.setStyleSheet("")
        self.label.setText(self.tr("All changes saved"))

    def not_saved(self) -> None:
        self.label.setStyleSheet(ERROR_STYLE)
        self.label.setText(self.tr("Not saved"))

    def failed(self, message: str) -> None:
        self.not_saved()
        QMessageBox.warning(self.window, self.tr("Not saved"), message)

    def unavailable(self, message: str) -> None:
        """Say once per outage why nothing is saved; then keep retrying in the background."""
        self.label.setStyleSheet(ERROR_STYLE)
        self.label.setText(self.tr("Not saved: waiting for the database"))
        self.label.setToolTip(message)
        self._retry.start()
        if not self.waiting:
            self.waiting = True
            QMessageBox.warning(self.window, self.tr("Not saved"), message)

    def staying(self) -> None:
        """The selection went back to the item whose typing waits."""
        self.window.statusBar().showMessage(
            self.tr("Not saved yet: this item stays open until the database is back."), 8000
        )

    def may_close(self) -> bool:
        """Ask before closing with changes the database has not taken; keeping is the default."""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Not saved"))
        box.setText(self.tr("Some changes could not be saved: the database is not available."))
        box.setInformativeText(
            self.tr("Keep the window open to save them when the database is back.")
        )
        keep = box.addButton(self.tr("Keep open"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(self.tr("Close and lose them"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is not keep
