"""The UI language: Dutch on a Dutch system, English otherwise, or as --lang says.

STATUSAPP_STRETCH_TEXT=1 (a development setting) makes every string of ours longer, as a
longer language would (German runs about 30 % longer than English), to see that the layouts
keep their texts; a number sets the factor (1.5: half as long again).
"""

from __future__ import annotations

import os
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


STRETCH_VARIABLE = "STATUSAPP_STRETCH_TEXT"
DEFAULT_STRETCH = 1.4
STRETCH_FILLER = "~"


def stretch_factor() -> float | None:
    """The factor STATUSAPP_STRETCH_TEXT asks for; None when it is unset, 0 or not a number."""
    value = os.environ.get(STRETCH_VARIABLE, "").strip()
    if not value or value == "0":
        return None
    if value == "1":
        return DEFAULT_STRETCH
    try:
        factor = float(value)
    except ValueError:
        return None
    return factor if factor > 1 else None


class StretchingTranslator(QTranslator):
    """Our translations, each made longer by `factor` with filler at its end (placeholders,
    mnemonics and markup stay intact), as Vorta's TRANS_SCALE does."""

    def __init__(self, translations: QTranslator, factor: float, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.translations = translations
        self.factor = factor

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        text = self.translations.translate(context, source, disambiguation, n)
        if not text.strip():
            return text  # not ours (Qt's own dialog buttons): the next translator has it
        extra = round(len(text) * (self.factor - 1))
        return text + " " + STRETCH_FILLER * max(extra - 1, 1)

    def isEmpty(self) -> bool:
        return False


# Labels of Qt's own file dialog (used where the system offers none) that Qt's Dutch catalog
# leaves in English; asked only after every catalog came back empty.
QT_GAPS = {
    "nl": {
        ("QFileDialog", "&Look in:"): "&Zoeken in:",
        ("QFileDialog", "Files of &type:"): "Bestands&type:",
    }
}


class QtGapsTranslator(QTranslator):
    def __init__(self, gaps: dict[tuple[str, str], str], parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.gaps = gaps

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return self.gaps.get((context, source))  # None: a null string, "not mine"

    def isEmpty(self) -> bool:
        return False


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our strings and Qt's own (dialog buttons); keep the returned objects alive. The
    core's messages (refusals, summaries) follow the window's language."""
    from statusapp.translation import stretch_messages, use_language

    use_language(language)
    stretch_messages(stretch_factor())
    installed: list[QTranslator] = []
    if language in QT_GAPS:  # installed first: Qt asks it last
        gaps = QtGapsTranslator(QT_GAPS[language], app)
        app.installTranslator(gaps)
        installed.append(gaps)
    ours = QTranslator(app)
    if ours.load(str(translations_dir() / f"statusapp_{language}.qm")):
        factor = stretch_factor()
        if factor is not None:
            stretched = StretchingTranslator(ours, factor, app)
            app.installTranslator(stretched)
            installed.append(stretched)
        else:
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
