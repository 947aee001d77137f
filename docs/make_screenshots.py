"""Make the README's screenshots from the real window on the built-in data set.

    python docs/make_screenshots.py            # English and Dutch, into docs/

Runs offscreen (no display needed); the database is a temporary copy, nothing else is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
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


if __name__ == "__main__":
    main()
