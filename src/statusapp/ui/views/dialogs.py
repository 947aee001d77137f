"""Help dialogs: the legend of statuses and colours, and About."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from statusapp import __version__
from statusapp.domain.status import STATUS_ORDER
from statusapp.ui.models.status_style import status_sentence, status_short_label


class LegendDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legendDialog")
        self.setWindowTitle(self.tr("Legend"))
        grid = QGridLayout()
        for row, status in enumerate(STATUS_ORDER):
            info = status.info
            swatch = QLabel(status.symbol or "∅", self)
            swatch.setMinimumWidth(48)
            swatch.setStyleSheet(
                f"background: {info.colour or '#FFFFFF'}; color: {info.text_colour};"
                " border: 1px solid #808080; font-weight: bold; padding: 4px;"
            )
            swatch.setAccessibleName(status_short_label(status))
            grid.addWidget(swatch, row, 0)
            # The short name the window uses, beside the report's sentence it stands for.
            name = QLabel(f"<b>{status_short_label(status)}</b>", self)
            name.setObjectName(f"legendName_{status.value}")
            grid.addWidget(name, row, 1)
            sentence = QLabel(status_sentence(status), self)
            sentence.setObjectName(f"legendSentence_{status.value}")
            sentence.setWordWrap(True)
            grid.addWidget(sentence, row, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Status of the actions in the green tables:"), self))
        layout.addLayout(grid)
        layout.addWidget(
            QLabel(
                self.tr("Blue tables (additional work outside the programme) have no status."), self
            )
        )
        layout.addWidget(buttons)


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        QCoreApplication.translate("About", "About Statusapp"),
        QCoreApplication.translate(
            "About",
            "<h3>Statusapp {version}</h3><p>Status updates of a municipal execution programme: "
            "edit offline, merge everyone's files, export the green and blue tables.</p>",
        ).format(version=__version__),
    )
