"""File > New database, Open database and Open recent, driven through the window's menu."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.test_main_window import _open_window


def test_new_open_and_recent_databases(
    qtbot, builtin_database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _open_window(qtbot, builtin_database)
    target = tmp_path / "nieuw.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    monkeypatch.setattr(
        QMessageBox,
        "clickedButton",
        lambda self: next(b for b in self.buttons() if b.text() == "The Heemstede programme"),
    )
    window.actions.new_database.trigger()
    assert target.exists()
    assert window.database_label.text() == str(target)
    assert window.model.visible_count() > 126  # pillars, ambitions and the 126 actions

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(builtin_database), ""))
    window.actions.open_database.trigger()
    assert window.database_label.text() == str(builtin_database)

    window.actions.recent_menu.aboutToShow.emit()
    entries = [a.text() for a in window.actions.recent_menu.actions()]
    assert entries[:2] == [str(builtin_database), str(target)]
    window.actions.recent_menu.actions()[1].trigger()
    assert window.database_label.text() == str(target)
