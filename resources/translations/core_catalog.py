"""The core's gettext catalog (no Qt): extract its messages, update the Dutch .po, compile .mo.

Run through update_translations.py, which also does the window's Qt catalogs. Needs Babel
(`pip install -e ".[test]"`); the program itself only reads the compiled .mo.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE.parents[1] / "src" / "statusapp"
CORE = HERE / "core"
DOMAIN = "statusapp"
KEYWORDS = {"_": None, "ngettext": (1, 2)}
# Fixed header values: running the tool again changes nothing but the messages.
HEADER = {
    "project": "statusapp",
    "copyright_holder": "Statusapp developers",
    "msgid_bugs_address": "",
    "last_translator": "Statusapp developers",
    "language_team": "Dutch",
    "creation_date": datetime(2026, 12, 3, tzinfo=UTC),
    "revision_date": datetime(2026, 12, 3, tzinfo=UTC),
    "header_comment": "# The core's messages in Dutch (statusapp.translation).",
}


def po_path(language: str = "nl") -> Path:
    return CORE / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def extract():  # type: ignore[no-untyped-def]
    """Every message the core marks with _() or ngettext(), as a Babel catalog (ui/ is Qt's)."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_file

    catalog = Catalog(domain=DOMAIN, **HEADER)
    for path in sorted(SOURCES.rglob("*.py")):
        if "ui" in path.relative_to(SOURCES).parts:
            continue
        for line, message, comments, _context in extract_from_file(
            "python", str(path), keywords=KEYWORDS
        ):
            where = (str(path.relative_to(SOURCES.parent)), line)
            catalog.add(message, locations=[where], auto_comments=comments)
    return catalog


def update(language: str = "nl") -> Path:
    """Merge the extracted messages into the .po (new ones empty, gone ones dropped)."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po, write_po

    template = extract()
    path = po_path(language)
    if path.exists():
        with path.open("rb") as file:
            catalog = read_po(file, locale=language, domain=DOMAIN)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        catalog = Catalog(locale=language, domain=DOMAIN, **HEADER)
    catalog.update(template, no_fuzzy_matching=True)
    for name, value in HEADER.items():
        if name not in ("header_comment", "project"):
            setattr(catalog, name, value)
    catalog.header_comment = HEADER["header_comment"]
    catalog.fuzzy = False
    catalog.obsolete.clear()
    with path.open("wb") as file:
        write_po(file, catalog, width=100, no_location=True, include_previous=False)
    return path


def compiled(language: str = "nl") -> bytes:
    """The .mo the .po compiles to (the test compares it with the one in the repo)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po_path(language).open("rb") as file:
        catalog = read_po(file, locale=language, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def compile_catalog(language: str = "nl") -> Path:
    target = po_path(language).with_suffix(".mo")
    target.write_bytes(compiled(language))
    return target


def untranslated(language: str = "nl") -> list[str]:
    """Messages of the code the .po has no (or a fuzzy) translation for."""
    from babel.messages.pofile import read_po

    with po_path(language).open("rb") as file:
        catalog = read_po(file, locale=language, domain=DOMAIN)
    missing = []
    for message in extract():
        if not message.id:
            continue
        found = catalog.get(message.id)
        strings = (
            []
            if found is None
            else (list(found.string) if isinstance(found.string, (list, tuple)) else [found.string])
        )
        if found is None or found.fuzzy or not all(strings):
            missing.append(message.id if isinstance(message.id, str) else message.id[0])
    return missing
