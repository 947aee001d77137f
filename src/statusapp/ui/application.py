"""The QApplication and its main window."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from statusapp.ui.i18n import choose_language, install_translators
from statusapp.ui.settings import use_portable_settings

# A file name: show the window for two seconds, write what it shows there as JSON, and quit.
# The bundle test uses it on the frozen program; it works from a windowed .exe (no console).
SELF_TEST_VARIABLE = "STATUSAPP_SELF_TEST"
SELF_TEST_MILLISECONDS = 2000


def run_application(
    db: str | None, *, language: str | None = None, programme: str | None = None
) -> int:
    use_portable_settings()  # before anything reads a setting
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Statusapp")
    app.setOrganizationName("Statusapp")
    from statusapp.ui.app_icon import app_icon

    app.setWindowIcon(app_icon())
    translators = install_translators(app, choose_language(language))  # noqa: F841 (kept alive)
    from statusapp.ui.main_window import MainWindow

    window = MainWindow(deferred=True)
    window.show()
    report = os.environ.get(SELF_TEST_VARIABLE)
    if report:
        window.after_first_paint(lambda: _note_time(window, "firstPaintTime"))
    # Paint first; the rest of the window and the database (or the welcome) come after.
    window.after_first_paint(lambda: _open_at_start(window, db, programme))
    if report:
        window.after_first_paint(lambda: _note_time(window, "openedTime"))
        window.after_first_paint(
            lambda: QTimer.singleShot(
                SELF_TEST_MILLISECONDS, lambda: _write_self_test(app, window, Path(report))
            )
        )
    return app.exec()


def _open_at_start(window, db: str | None, programme: str | None) -> None:  # type: ignore[no-untyped-def]
    from statusapp.ui.controllers.first_start import open_at_start  # after the paint

    open_at_start(window, db, programme)


def _importable(*names: str) -> dict[str, bool]:
    """Whether Qt modules kept for features under way (charts, printing) load in a bundle."""
    import importlib

    found = {}
    for name in names:
        try:
            importlib.import_module(name)
            found[name] = True
        except ImportError:
            found[name] = False
    return found


def _spelling_check() -> str:
    """The words the Dutch speller flags in a known sentence, or why spelling is off."""
    from statusapp.services.spelling import SpellingUnavailable, speller_for

    speller = speller_for("nl")
    if isinstance(speller, SpellingUnavailable):
        return speller.reason
    return ",".join(w.word for w in speller.misspellings("De gemeenteraax vergadert vandaag"))


def _note_time(window, name: str) -> None:  # type: ignore[no-untyped-def]
    window.setProperty(name, time.time())


def _write_self_test(app: QApplication, window, report: Path) -> None:  # type: ignore[no-untyped-def]
    """What the window shows, for a test of the frozen program; then quit."""
    from statusapp.domain import Status
    from statusapp.ui.models.status_style import status_icon

    tree = window.model.tree if getattr(window, "model", None) is not None else None
    badge = status_icon(Status.DONE).pixmap(16, 16).toImage()
    qt_context = "QPlatformTheme"  # Qt's own translation (not ours: no literal for lupdate)
    facts = {
        "title": window.windowTitle(),
        "database": window.database_label.text(),
        "actions": sum(1 for _ in tree.walk_actions()) if tree is not None else 0,
        "menus": [action.text() for action in window.menuBar().actions()],
        "dialogs": [
            w.windowTitle()
            for w in app.topLevelWidgets()
            if isinstance(w, QDialog) and w.isVisible()
        ],
        "qt_cancel": QCoreApplication.translate(qt_context, "Cancel"),
        "status_badge_colour": badge.pixelColor(2, 2).name() if not badge.isNull() else None,
        "window_icon": not app.windowIcon().isNull(),
        "qt_modules": _importable("PySide6.QtCharts", "PySide6.QtPrintSupport", "PySide6.QtSvg"),
        "spelling": _spelling_check(),
        # Seconds since the epoch: the start-up measurement (packaging/measure_start.py).
        "first_paint_time": window.property("firstPaintTime"),
        "opened_time": window.property("openedTime"),
    }
    report.write_text(json.dumps(facts, ensure_ascii=False, indent=2), encoding="utf-8")
    for widget in app.topLevelWidgets():
        if isinstance(widget, QDialog):
            widget.reject()
    window.close()
    app.quit()
