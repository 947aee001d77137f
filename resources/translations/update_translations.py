"""Refresh the .ts sources from the code and compile them to .qm (run after changing UI text),
and the same for the core's gettext catalog (core/nl/LC_MESSAGES/statusapp.po -> .mo, Babel).

    python resources/translations/update_translations.py

New strings appear in the .ts files as unfinished: translate them in Qt Linguist
(pyside6-linguist) or by hand, then run this again. tests/test_translations.py fails while a
Dutch string is missing or a .qm is stale.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE.parents[1] / "src" / "statusapp" / "ui"
LANGUAGES = ("nl", "en")


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        sys.exit(f"pyside6-{name} not found: install PySide6")
    return found


def ts_path(language: str) -> Path:
    return HERE / f"statusapp_{language}.ts"


def update_sources() -> None:
    files = sorted(str(path) for path in SOURCES.rglob("*.py"))
    for language in LANGUAGES:
        subprocess.run(
            [tool("lupdate"), "-no-obsolete", "-locations", "none", "-source-language", "en",
             "-target-language", language, *files, "-ts", str(ts_path(language))],
            check=True,
        )  # fmt: skip


def compile_translations(output: Path = HERE) -> list[Path]:
    compiled = []
    for language in LANGUAGES:
        target = output / f"statusapp_{language}.qm"
        subprocess.run(
            [tool("lrelease"), "-silent", str(ts_path(language)), "-qm", str(target)], check=True
        )
        compiled.append(target)
    return compiled


if __name__ == "__main__":
    update_sources()
    compile_translations()
    import core_catalog  # the core's gettext catalog, beside this file

    core_catalog.update("nl")
    core_catalog.compile_catalog("nl")
    for message in core_catalog.untranslated("nl"):
        print(f"not yet in Dutch (core): {message}")
