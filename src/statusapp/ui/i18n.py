"""The UI language: Dutch on a Dutch system, English otherwise, or as --lang says."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from statusapp.paths import resources_dir

LANGUAGES = ("nl", "en")


def translations_dir() -> Path:
    return resources_dir() / "translations"


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
