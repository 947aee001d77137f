"""The UI language: Dutch on a Dutch system, English otherwise, or as --lang says."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("nl", "en")


def translations_dir() -> Path:
    """resources/translations: in the package when installed, the repo's when editable."""
    here = Path(__file__).resolve()
    candidates = [
        here.parents[1] / "_resources" / "translations",
        here.parents[3] / "resources" / "translations",
    ]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "resources" / "translations")
    return next((c for c in candidates if c.is_dir()), candidates[-1])


def choose_language(requested: str | None) -> str:
    if requested in LANGUAGES:
        return requested  # type: ignore[return-value]
    return "nl" if QLocale.system().language() == QLocale.Language.Dutch else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our strings and Qt's own (dialog buttons); keep the returned objects alive."""
    installed = []
    ours = QTranslator(app)
    if ours.load(str(translations_dir() / f"statusapp_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    qt_own = QTranslator(app)
    if language != "en" and qt_own.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    QLocale.setDefault(
        QLocale(QLocale.Language.Dutch if language == "nl" else QLocale.Language.English)
    )
    return installed
