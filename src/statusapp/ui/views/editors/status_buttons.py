"""Five toggle buttons for the status, each with symbol, colour, and the legend as tooltip."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QToolButton, QWidget

from statusapp.domain import Status
from statusapp.domain.status import STATUS_ORDER
from statusapp.ui.models.status_style import status_caption, status_tooltip

BUTTON_NAMES = {
    Status.DONE: "status_done",
    Status.ON_TRACK: "status_on_track",
    Status.LONGER: "status_longer",
    Status.DELAYED: "status_delayed",
    Status.NONE: "status_none",
}


class StatusButtons(QWidget):
    status_chosen = Signal(object)  # Status

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusButtons")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[Status, QToolButton] = {}
        for number, status in enumerate(STATUS_ORDER, 1):
            button = QToolButton(self)
            button.setObjectName(BUTTON_NAMES[status])
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            symbol = status.symbol or "∅"
            button.setText(f"{symbol}")
            button.setToolTip(f"{number}: {status_tooltip(status)}")
            button.setAccessibleName(status_caption(status))
            button.setAccessibleDescription(
                self.tr("Status {symbol} (key {key})").format(symbol=symbol, key=number)
            )
            button.setMinimumSize(44, 32)
            button.setStyleSheet(_button_style(status))
            button.clicked.connect(lambda _checked=False, s=status: self._choose(s))
            self._group.addButton(button)
            layout.addWidget(button)
            self.buttons[status] = button
        layout.addStretch(1)

    def install_shortcuts(self, scope: QWidget) -> None:
        """Keys 1-5 choose a status while focus is in `scope`; text fields keep their digits."""
        for number, status in enumerate(STATUS_ORDER, 1):
            shortcut = QShortcut(QKeySequence(str(number)), scope)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(
                lambda s=status: self._choose(s) if self.isEnabled() else None
            )

    def set_status(self, status: Status) -> None:
        self.buttons[status].setChecked(True)

    def status(self) -> Status:
        for status, button in self.buttons.items():
            if button.isChecked():
                return status
        return Status.NONE

    def choose(self, status: Status) -> None:
        """Choose a status as a click on its button would (the keys 1-5 in the tree)."""
        self._choose(status)

    def _choose(self, status: Status) -> None:
        self.buttons[status].setChecked(True)
        self.status_chosen.emit(status)


def show_caption(label: QLabel, status: Status | None) -> None:
    """The status's short name below the buttons, the report's sentence as its tooltip;
    None: an action of a blue table, which has no status."""
    if status is None:
        label.setText(QCoreApplication.translate("StatusButtons", "Additional work: no status"))
        label.setToolTip("")
    else:
        label.setText(status_caption(status))
        label.setToolTip(status_tooltip(status))


def _button_style(status: Status) -> str:
    info = status.info
    background = info.colour or "#F4F4F4"
    return (
        f"QToolButton {{ background: {background}; color: {info.text_colour}; font-weight: bold;"
        " border: 1px solid #8A8A8A; border-radius: 4px; padding: 2px 8px; }"
        " QToolButton:checked { border: 3px solid #1A1A1A; }"
        " QToolButton:focus { outline: 2px dotted #1A1A1A; }"
        " QToolButton:disabled { background: #E0E0E0; color: #909090; }"
    )
