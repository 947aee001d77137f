"""Make the README's screenshots from the real window on the built-in data set.

    python docs/make_screenshots.py            # English and Dutch, into docs/
                                               # (the overview ones one round on)

Runs offscreen (no display needed); the database is a temporary copy, nothing else is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from statusapp.services.setup import initialise_database
from statusapp.ui.i18n import install_translators

DOCS = Path(__file__).resolve().parent
ACTION = "Uitvoering geven aan het uitvoeringsprogramma WCP"


def screenshot(language: str, target: Path, folder: Path) -> None:
    from statusapp.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    translators = install_translators(app, language)
    window = MainWindow()
    window.resize(1400, 860)
    window.show()
    window.open_database(str(folder / "heemstede.db"))
    node = next(
        n for n in window.model._by_id.values() if getattr(n.item, "text", "").startswith(ACTION)
    )
    window.select_node(node.id)
    window.splitter.setSizes([800, 600])
    app.processEvents()
    window.grab().save(str(target))
    window.close()
    for translator in translators:
        app.removeTranslator(translator)
    print(f"wrote {target}")


def second_round(folder: Path) -> Path:
    """A copy of the database one round on: a few statuses changed by their owners, so the
    overview has a previous round to compare with (example data, not the real 2024 report)."""
    import shutil
    from datetime import date

    from statusapp.domain import Status
    from statusapp.services import overview, rounds, updates
    from statusapp.services.context import edit_context_for
    from statusapp.storage.database import open_database

    target = folder / "tweede ronde.db"
    shutil.copy(folder / "heemstede.db", target)
    database = open_database(target)
    try:
        total = overview.round_overview(database).total.action_ids
        rounds.close_round(database)
        rounds.open_round(database, "Jaarverslag 2024", date(2025, 1, 15))
        changes = [
            ("Anna de Vries", total[Status.ON_TRACK][:8], Status.DONE),
            ("Anna de Vries", total[Status.LONGER][:2], Status.DONE),
            ("Bert Jansen", total[Status.ON_TRACK][8:11], Status.DELAYED),
            ("Bert Jansen", total[Status.NONE][:12], Status.ON_TRACK),
        ]
        for owner, action_ids, status in changes:
            context = edit_context_for(database, owner)
            for action_id in action_ids:
                updates.set_action_owner(context, action_id, owner)
                updates.save_status_update(context, action_id, status=status)
        context = edit_context_for(database, "Controller")
        for action_id in total[Status.NONE][12:30]:
            updates.set_action_owner(context, action_id, "Carla Smit")
    finally:
        database.close()
    return target


def overview_screenshot(language: str, target: Path, database: Path) -> None:
    """The window with View > Overview open, one round after the midterm review."""
    from statusapp.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    translators = install_translators(app, language)
    window = MainWindow()
    window.resize(1400, 1000)
    window.show()
    window.open_database(str(database))
    window.actions.overview.trigger()
    window.resizeDocks([window.overview_dock], [430], Qt.Orientation.Vertical)
    app.processEvents()
    window.overview_dock.refresh()
    app.processEvents()
    window.grab().save(str(target))
    window.close()
    for translator in translators:
        app.removeTranslator(translator)
    print(f"wrote {target}")


def export_page(target: Path, folder: Path) -> None:
    """The first page of the Excel export as LibreOffice prints it (needs soffice and pdftoppm)."""
    import shutil
    import subprocess

    from statusapp.dataset import load_builtin_programme
    from statusapp.excel.export import export_workbook

    soffice, pdftoppm = shutil.which("soffice"), shutil.which("pdftoppm")
    if not soffice or not pdftoppm:
        print("skipped the export page: install libreoffice-calc-nogui and poppler-utils")
        return
    workbook = folder / "uitvoeringsprogramma.xlsx"
    export_workbook(load_builtin_programme(), workbook)
    profile = (folder / "lo-profile").as_uri()
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(folder), str(workbook)],
        check=True, capture_output=True,
    )  # fmt: skip
    subprocess.run(
        [pdftoppm, "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile",
         str(folder / "uitvoeringsprogramma.pdf"), str(target.with_suffix(""))],
        check=True,
    )  # fmt: skip
    print(f"wrote {target}")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        initialise_database(Path(folder) / "heemstede.db")
        screenshot("en", DOCS / "main-window-en.png", Path(folder))
        screenshot("nl", DOCS / "main-window-nl.png", Path(folder))
        export_page(DOCS / "export-page-1.png", Path(folder))
        later = second_round(Path(folder))
        overview_screenshot("en", DOCS / "overview-en.png", later)
        overview_screenshot("nl", DOCS / "overview-nl.png", later)


if __name__ == "__main__":
    main()
