"""Saving as people type: after a short pause, and whenever a field loses focus."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

# At most this much typing is lost if the program is killed: well under a second.
SAVE_DELAY_MS = 600

_edit_serials = itertools.count(1)


class AutoSaver(QObject):
    """Calls `save` after a typing pause and on focus-out.

    `merge_key` changes each time the field gains focus, so everything typed in one visit to a
    field becomes one undo step.
    """

    typing = Signal()  # the user changed the field; a save will follow
    settled = Signal(object)  # the save ran: True saved, False to retry, None refused

    def __init__(
        self, widget: QWidget, changed_signal: object, save: Callable[[], bool | None]
    ) -> None:
        super().__init__(widget)
        self._save = save
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self._run)
        self._dirty = False  # typed but not yet saved (or its save failed: retried on flush)
        changed_signal.connect(self._changed)  # type: ignore[attr-defined]
        widget.installEventFilter(self)
        self.merge_key = next(_edit_serials)
        self._enabled = True

    def _changed(self, *_: object) -> None:
        if self._enabled:
            self._dirty = True
            self._timer.start()
            self.typing.emit()

    def _run(self) -> None:
        # A save that returns False failed (a locked database, say): keep the edit to retry.
        # None is settled without saving (a refused value): not retried.
        result = self._save()
        if result is not False:
            self._dirty = False
        self.settled.emit(result)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
        elif event.type() == QEvent.Type.FocusIn:
            self.merge_key = next(_edit_serials)
        return False

    @property
    def pending(self) -> bool:
        return self._timer.isActive() or self._dirty

    def flush(self) -> None:
        """Save now if anything is waiting, including an edit whose save failed before."""
        self._timer.stop()
        if self._dirty:
            self._run()

    def discard(self) -> None:
        """Drop what waits: the user chose to throw it away (someone else's version)."""
        self._timer.stop()
        self._dirty = False

    def suspend(self) -> None:
        """Ignore changes made by code (filling the field), not by the user."""
        self._timer.stop()
        self._dirty = False
        self._enabled = False

    def resume(self) -> None:
        self._enabled = True
