"""First start: the welcome names the database and creates it the chosen way; portable mode."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from statusapp import paths
from statusapp.paths import default_database_path
from statusapp.services.programmes import list_programmes
from statusapp.storage.database import open_database
from statusapp.ui.controllers.first_start import open_at_start
from statusapp.ui.main_window import MainWindow
from statusapp.ui.views.welcome import WelcomeDialog
from tests.test_consolidation import _export_for


def _first_start(qtbot) -> tuple[MainWindow, WelcomeDialog]:
    assert not default_database_path().exists()
    window = MainWindow(deferred=True)
    qtbot.addWidget(window)
    window.show()
    dialog = open_at_start(window, None)
    assert dialog is not None and dialog.isVisible()
    return window, dialog


def _shown_text(dialog: WelcomeDialog) -> str:
    from PySide6.QtWidgets import QLabel

    return " ".join(label.text() for label in dialog.findChildren(QLabel))


def _programmes(path: Path) -> list[str]:
    database = open_database(path)
    try:
        with database.session() as session:
            return [programme.name for programme in list_programmes(session)]
    finally:
        database.close()


def test_the_welcome_says_where_the_database_lives_over_the_builtin_programme(qtbot) -> None:
    window, dialog = _first_start(qtbot)
    assert str(default_database_path()) in _shown_text(dialog)
    # As every start without --db: the default database holds the built-in programme.
    assert sum(1 for _ in window.model.tree.walk_actions()) == 126
    dialog.reject()  # closing the welcome keeps it
    assert _programmes(default_database_path()) == ["Uitvoeringsprogramma 2022-2026"]
    assert open_at_start(window, None) is None  # and the next start asks nothing


def test_begin_with_the_heemstede_programme(qtbot) -> None:
    window, dialog = _first_start(qtbot)
    qtbot.mouseClick(dialog.builtin_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert _programmes(default_database_path()) == ["Uitvoeringsprogramma 2022-2026"]
    assert sum(1 for _ in window.model.tree.walk_actions()) == 126
    assert window.database_label.text() == str(default_database_path())
    # The next start opens it without a welcome.
    assert open_at_start(window, None) is None


def test_begin_with_an_empty_programme_asks_its_name_first(qtbot) -> None:
    window, dialog = _first_start(qtbot)
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # no name yet: nothing replaced
    assert _programmes(default_database_path()) == ["Uitvoeringsprogramma 2022-2026"]
    qtbot.keyClicks(dialog.name_field, "Uitvoeringsprogramma Bloemendaal")
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert _programmes(default_database_path()) == ["Uitvoeringsprogramma Bloemendaal"]
    assert window.model.tree.programme.name == "Uitvoeringsprogramma Bloemendaal"
    assert not window.model.tree.pillars


def test_begin_with_a_workbook_from_the_control_team(
    qtbot, builtin_database: Path, tmp_path: Path, monkeypatch
) -> None:
    workbook = _export_for(builtin_database, None, tmp_path / "uitvraag Anna.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(workbook), ""))
    window, dialog = _first_start(qtbot)
    qtbot.mouseClick(dialog.workbook_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert window.database_label.text() == str(default_database_path())
    assert sum(1 for _ in window.model.tree.walk_actions()) == 126
    from statusapp.services.working_copy import load_merge_bases

    database = open_database(default_database_path())
    try:
        with database.session() as session:  # a working copy: it keeps what was handed out
            assert len(load_merge_bases(session, window.model.tree.round.id)) == 126
    finally:
        database.close()


def test_a_cancelled_workbook_choice_goes_back_to_the_welcome(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    _window, dialog = _first_start(qtbot)
    qtbot.mouseClick(dialog.workbook_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert _programmes(default_database_path()) == ["Uitvoeringsprogramma 2022-2026"]


def test_a_given_database_opens_without_a_welcome(qtbot, builtin_database: Path) -> None:
    window = MainWindow(deferred=True)
    qtbot.addWidget(window)
    assert open_at_start(window, str(builtin_database)) is None
    assert window.database_label.text() == str(builtin_database)


def test_portable_marker_puts_data_and_settings_beside_the_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    program_dir = tmp_path / "USB stick" / "Statusapp"
    program_dir.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program_dir / "Statusapp.exe"))
    monkeypatch.delenv(paths.DATA_DIR_VARIABLE)
    assert paths.portable_dir() is None  # no marker: the user's data folder
    assert paths.settings_dir() is None
    (program_dir / "portable").write_text("")
    assert paths.data_dir() == program_dir / "Statusapp data"
    assert default_database_path() == program_dir / "Statusapp data" / "statusapp.db"
    assert paths.settings_dir() == program_dir / "Statusapp data" / "settings"
    monkeypatch.setenv(paths.DATA_DIR_VARIABLE, str(tmp_path / "elsewhere"))
    assert paths.data_dir() == tmp_path / "elsewhere"  # the explicit override still wins


def test_unfrozen_program_ignores_a_portable_marker(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    (tmp_path / "portable").write_text("")
    assert paths.portable_dir() is None


def test_frozen_layout_finds_data_and_resources_under_meipass(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / paths.BUILTIN_DATASET_NAME).write_text("{}")
    (tmp_path / "resources" / "translations").mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.builtin_dataset_path() == tmp_path / "data" / paths.BUILTIN_DATASET_NAME
    assert paths.resources_dir() == tmp_path / "resources"
    monkeypatch.delattr(sys, "frozen")
    assert paths.resources_dir() != tmp_path / "resources"  # source tree or package
    assert (paths.resources_dir() / "icons" / "statusapp.svg").is_file()
