"""The QApplication and its main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from statusapp.ui.i18n import choose_language, install_translators


def run_application(
    db: str | None, *, language: str | None = None, programme: str | None = None
) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Statusapp")
    app.setOrganizationName("Statusapp")
    translators = install_translators(app, choose_language(language))  # noqa: F841 (kept alive)
    from statusapp.ui.main_window import MainWindow

    window = MainWindow(deferred=True)
    window.show()
    # Paint first; the rest of the window and the database (created on first start) come after.
    window.after_first_paint(lambda: window.open_database(db, programme))
    return app.exec()
