"""The core's messages in the user's language: gettext catalogs (no Qt), compiled from
resources/translations/core/<language>/LC_MESSAGES/statusapp.po.

The command line chooses the language from --lang, else the system's; the window sets its own.
Messages are looked up when they are made, so `_()` goes inside functions, never at import.
"""

from __future__ import annotations

import gettext
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from functools import cache

from statusapp.paths import resources_dir

DOMAIN = "statusapp"
LANGUAGES = ("nl", "en")
_current = "en"
_stretch: float | None = None  # STATUSAPP_STRETCH_TEXT: the window's layouts tried longer


def catalog_dir() -> str:
    return str(resources_dir() / "translations" / "core")


@cache
def _catalog(language: str) -> gettext.NullTranslations:
    return gettext.translation(DOMAIN, catalog_dir(), languages=[language], fallback=True)


def use_language(language: str | None) -> str:
    """Speak `language` ("nl" or "en"; None: the system's) from now on; returns the one chosen."""
    global _current
    _current = language if language in LANGUAGES else system_language()
    return _current


def current_language() -> str:
    return _current


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Messages in `language` for a while: a document written in the programme's language
    takes its words (status names) from that catalog, whatever the user speaks."""
    global _current
    before, _current = _current, language if language in LANGUAGES else _current
    try:
        yield
    finally:
        _current = before


def system_language() -> str:
    """Dutch when the user's system speaks it, else English (the POSIX variables first, then
    the Windows display language)."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "").strip()
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return "nl" if value.lower().startswith("nl") else "en"
    if sys.platform == "win32":
        import ctypes

        dutch = 0x13  # LANG_DUTCH, the primary language of a LANGID
        language_id = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
        return "nl" if language_id & 0x3FF == dutch else "en"
    return "en"


def stretch_messages(factor: float | None) -> None:
    """Make every message longer by `factor` (None: as written), as the window's stretching
    translator does with its own strings, so a dialog showing a core message is tried too."""
    global _stretch
    _stretch = factor


def _stretched(text: str) -> str:
    if _stretch is None or not text.strip():
        return text
    return text + " " + "~" * max(round(len(text) * (_stretch - 1)) - 1, 1)


def _(message: str) -> str:
    """`message` in the current language (itself where the catalog has none)."""
    return _stretched(_catalog(_current).gettext(message))


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form for `count` in the current language; format `{count}` in it yourself."""
    return _stretched(_catalog(_current).ngettext(singular, plural, count))


_MONTHS = {
    "nl": (
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
        "september", "oktober", "november", "december",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ),
}  # fmt: skip


def long_date(day: date, language: str | None = None) -> str:
    """A date in running text: "15 januari 2025" (files and JSON keep ISO); in `language`
    where a text follows the programme's language rather than the user's."""
    months = _MONTHS.get(language or _current, _MONTHS["en"])
    return f"{day.day} {months[day.month - 1]} {day.year}"


def parse_date(text: str) -> date | None:
    """A date as people type it, 15-01-2025 or 2025-01-15; None when it is no date."""
    cleaned = text.strip()
    try:
        return date.fromisoformat(cleaned)
    except ValueError:
        pass
    parts = cleaned.split("-")
    if len(parts) == 3 and len(parts[2]) == 4 and all(p.isdigit() for p in parts):
        try:
            return date(int(parts[2]), int(parts[1]), int(parts[0]))
        except ValueError:
            return None
    return None


def whole_number(number: int) -> str:
    """100,000 in English, 100.000 in Dutch."""
    text = f"{number:,}"
    return text.replace(",", ".") if current_language() == "nl" else text
