"""With STATUSAPP_STRETCH_TEXT every string of ours is 40 % longer, as a longer language would
make it: the main window, the editor and the dialogs must still show their texts whole at
1024x640, in Dutch."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QLabel, QToolBar, QWidget

from statusapp.ui.i18n import STRETCH_FILLER, STRETCH_VARIABLE, install_translators
from tests.test_main_window import TARGET

SCREEN = (1024, 640)


@pytest.fixture
def stretched_dutch(qapp, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv(STRETCH_VARIABLE, "1")
    translators = install_translators(qapp, "nl")
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def cut_texts(top: QWidget) -> list[str]:
    """The labels and buttons under `top` narrower (or, wrapped, lower) than their text needs."""
    cut = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or isinstance(widget.parentWidget(), QToolBar):
            continue  # the toolbar moves what does not fit into its » menu
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                short = widget.heightForWidth(widget.width()) > widget.height() + 1
            else:
                short = widget.width() + 1 < widget.sizeHint().width()
        elif isinstance(widget, QAbstractButton) and widget.text():
            short = widget.width() + 1 < widget.minimumSizeHint().width()
        else:
            continue
        if short:
            cut.append(f"{type(widget).__name__} {widget.objectName()!r}: {widget.text()[:60]}")
    return cut


def test_the_strings_are_stretched(stretched_dutch) -> None:
    text = QCoreApplication.translate("WindowActions", "Export")
    assert text.startswith("Exporteren ") and text.endswith(STRETCH_FILLER)
    # Qt's own strings (dialog buttons) are left to Qt's translation.
    assert STRETCH_FILLER not in QCoreApplication.translate("QPlatformTheme", "Cancel")


def test_the_window_and_editor_keep_their_texts(
    qtbot, builtin_database: Path, stretched_dutch
) -> None:
    from statusapp.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_database(str(builtin_database))
    node = next(n for n in window.model._by_id.values() if getattr(n.item, "text", "") == TARGET)
    window.select_node(node.id)
    assert window.editors.currentWidget().widget() is window.action_editor
    assert STRETCH_FILLER in window.action_editor.status_caption.text()
    qtbot.wait(10)  # let the layouts settle after the editor was filled
    assert cut_texts(window) == []
    assert window.width() == SCREEN[0]


def test_the_dialogs_keep_their_texts(qtbot, builtin_database: Path, stretched_dutch) -> None:
    from statusapp.ui.main_window import MainWindow
    from statusapp.ui.views.dialogs import LegendDialog
    from statusapp.ui.views.handout_dialog import hand_out
    from statusapp.ui.views.round_dialogs import NewRoundDialog

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    assert window.open_database(str(builtin_database))
    dialogs = [
        LegendDialog(window),
        NewRoundDialog(window, still_open="Midterm review"),
        hand_out(window),
    ]
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.width() <= SCREEN[0] and dialog.height() <= SCREEN[1], dialog.objectName()
        assert cut_texts(dialog) == [], dialog.objectName()
        dialog.close()
