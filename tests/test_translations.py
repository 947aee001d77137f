"""Dutch and English ship complete, compiled, and in step with the code."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from statusapp.ui.i18n import install_translators, translations_dir

UPDATE_SCRIPT = translations_dir() / "update_translations.py"
sys.path.insert(0, str(translations_dir()))
import update_translations  # noqa: E402


def _messages(path: Path) -> list[tuple[str, str, str, str | None]]:
    """(context, source, translation, type) of every message in a .ts file."""
    result = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            result.append(
                (
                    name,
                    message.findtext("source") or "",
                    # Plural messages (%n) hold their forms in <numerusform> children.
                    "".join(translation.itertext()),
                    translation.get("type"),
                )
            )
    return result


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_string_is_translated_and_keeps_its_placeholders(language: str) -> None:
    messages = _messages(translations_dir() / f"statusapp_{language}.ts")
    assert len(messages) > 100
    problems = [
        (context, source)
        for context, source, translation, kind in messages
        if kind is not None
        or not translation.strip()
        or set(re.findall(r"\{\w+\}", source)) != set(re.findall(r"\{\w+\}", translation))
    ]
    assert problems == []


def test_ts_files_hold_every_string_in_the_code(tmp_path: Path) -> None:
    files = sorted(str(p) for p in update_translations.SOURCES.rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [
            update_translations.tool("lupdate"),
            "-silent",
            "-locations",
            "none",
            *files,
            "-ts",
            str(fresh),
        ],
        check=True,
    )
    in_code = {(c, s) for c, s, _, _ in _messages(fresh)}
    for language in ("nl", "en"):
        shipped = {
            (c, s) for c, s, _, _ in _messages(translations_dir() / f"statusapp_{language}.ts")
        }
        assert in_code - shipped == set(), (
            f"run {UPDATE_SCRIPT.name}: new strings lack a translation"
        )
        assert shipped - in_code == set(), (
            f"run {UPDATE_SCRIPT.name}: the .ts has strings no longer used"
        )


def test_compiled_qm_files_are_up_to_date(tmp_path: Path) -> None:
    for compiled in update_translations.compile_translations(tmp_path):
        shipped = translations_dir() / compiled.name
        assert shipped.read_bytes() == compiled.read_bytes(), f"{shipped.name} is stale"


def test_dutch_window_shows_dutch_labels(qtbot, builtin_database: Path) -> None:
    from statusapp.domain import Status
    from statusapp.ui.main_window import MainWindow

    app = QApplication.instance()
    translators = install_translators(app, "nl")
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        window.open_database(str(builtin_database))
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus == ["&Bestand", "Be&werken", "Beel&d", "&Ronde", "&Help"]
        assert window.model.headerData(0, window.tree.header().orientation()) == "Titel"
        assert window.filter_bar.not_updated_field.text() == "Nog niet bijgewerkt"
        on_track = window.action_editor.status_buttons.buttons[Status.ON_TRACK]
        # The one short name of the status; the report's sentence is in the tooltip.
        assert on_track.accessibleName() == "+ op schema"
        assert "loopt conform of voor op planning, ook als het nog niet is afgerond" in (
            on_track.toolTip()
        )
        assert window.save_state_label.text() == "Alle wijzigingen opgeslagen"
    finally:
        for translator in translators:
            app.removeTranslator(translator)


@pytest.mark.parametrize(("locale", "expected"), [("nl_NL.UTF-8", "nl"), ("en_GB.UTF-8", "en")])
def test_ui_language_follows_the_system(locale: str, expected: str) -> None:
    env = {**os.environ, "LANG": locale, "LC_ALL": locale, "LANGUAGE": ""}
    probe = (
        "from statusapp.ui.i18n import choose_language; "
        "print(choose_language(None), choose_language('en'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.stdout.split() == [expected, "en"], result.stderr
