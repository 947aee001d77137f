"""The window as it stands: opens the database after painting and shows the programme."""

from __future__ import annotations

from pathlib import Path

from statusapp.ui.main_window import MainWindow


def test_window_opens_the_programme(qtbot, builtin_database: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.objectName() == "mainWindow"
    window.open_database(str(builtin_database))
    assert "Uitvoeringsprogramma 2022-2026" in window.windowTitle()
    assert "Midterm review, terugblik 2022-2023" in window.windowTitle()
    view = window.findChild(type(window.centralWidget()), "programmeView")
    assert "Omgevingsvisie" in view.toPlainText()
    assert "126" in window.statusBar().findChildren(type(window._status))[0].text()


def test_window_without_db_creates_the_default_database(qtbot, private_data_dir: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_database(None)
    assert (private_data_dir / "statusapp.db").exists()
    assert "Uitvoeringsprogramma" in window.windowTitle()
