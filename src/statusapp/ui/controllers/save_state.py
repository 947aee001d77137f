"""What the window says about saving, and what it does while the database cannot take edits:
the status-bar label, one message per outage, a retry now and then, and the question before
closing with changes the database has not taken."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

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
        self._saved_at: datetime | None = None  # the last save of this programme in the window
        self._saving = False  # typed, and the save has not happened yet

    def loaded(self) -> None:
        """A programme was read afresh: nothing waits and nothing was saved in it yet."""
        self._saved_at = None
        self.saved()

    def typing(self) -> None:
        """Something is typed and saves after a short pause: do not claim it is saved."""
        if self.waiting:
            return  # the outage's label stays until the database takes edits again
        self._saving = True
        self.label.setToolTip("")
        self.label.setStyleSheet("")
        self.label.setText(self.tr("Saving…"))

    def saved(self, *, now: bool = False) -> None:
        """Nothing waits any more; `now`: an edit just reached the database."""
        if self.waiting:
            self.waiting = False
            self._retry.stop()
            self.window.statusBar().showMessage(self.tr("The database is available again."), 5000)
        if now:
            self._saved_at = datetime.now()
        self._saving = False
        self.label.setToolTip("")
        self.label.setStyleSheet("")
        if self._saved_at is None:
            self.label.setText(self.tr("All changes saved"))
        else:
            self.label.setText(
                self.tr("Saved at {time}").format(time=self._saved_at.strftime("%H:%M"))
            )

    def edit_saved(self) -> None:
        self.saved(now=True)

    def settled(self, result: bool | None) -> None:
        """A typed edit was dealt with: True saved (or nothing had changed), None refused
        (the field says why), False waits for the database (its own label says so)."""
        if result is None:
            self._saving = False
            self.not_saved()
        elif result and self._saving:
            self.saved()

    def not_saved(self) -> None:
        self.label.setStyleSheet(ERROR_STYLE)
        self.label.setText(self.tr("Not saved"))

    def failed(self, message: str) -> None:
        self.not_saved()
        QMessageBox.warning(self.window, self.tr("Not saved"), message)

    def import_refused(self, message: str) -> None:
        """A refused import wrote nothing: its own title, and the save indicator left alone."""
        QMessageBox.warning(self.window, self.tr("Import refused"), message)

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

    def may_drop(self, value: str) -> bool:
        """Ask before a typed value the programme would not store is gone."""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Not saved"))
        text = value if len(value) <= 60 else value[:59] + "…"
        box.setText(
            self.tr("“{value}” was not saved: Statusapp does not accept it in this field.").format(
                value=text
            )
        )
        box.setInformativeText(self.tr("The red line below the field says which forms it takes."))
        keep = box.addButton(self.tr("Keep open"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(self.tr("Close and lose it"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is not keep
