"""Round > Changes since the previous round and Round > Check before publishing, in the window:
the same lists as `statusapp changes` and `statusapp check`; a line opens its action."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from statusapp.services.checks import publication_checks
from statusapp.storage.database import open_database
from statusapp.ui.controllers import publishing_actions
from tests.test_main_window import _open_window
from tests.two_rounds import make_second_round


def test_changes_and_checks_in_the_window(qtbot, builtin_database: Path) -> None:
    second = make_second_round(builtin_database)
    window = _open_window(qtbot, builtin_database)
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Round")
    assert window.actions.changes in menu.actions() and window.actions.checks in menu.actions()

    dialog = publishing_actions.show_changes(window, modal=False)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert "compared with Midterm review" in dialog.summary.text()
    branches = {
        dialog.view.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 1): dialog.view.topLevelItem(
            i
        )
        for i in range(dialog.view.topLevelItemCount())
    }
    assert list(branches) == [
        "transitions",
        "planned",
        "explanations",
        "not_updated",
        "added",
        "removed",
    ]
    transition = branches["transitions"].child(0)
    assert [transition.text(c) for c in (2, 3)] == ["+ on track", "✓ done"]
    dialog.view.itemActivated.emit(transition, 0)  # Enter or a double-click
    assert window.action_editor.action_id == second.status_changed
    dialog.close()

    opened = open_database(builtin_database)
    try:
        expected = publication_checks(opened)
    finally:
        opened.close()
    checks = publishing_actions.show_checks(window, modal=False)
    assert checks is not None
    qtbot.addWidget(checks)
    shown = [
        checks.view.topLevelItem(i).child(j).data(0, Qt.ItemDataRole.UserRole)
        for i in range(checks.view.topLevelItemCount())
        for j in range(checks.view.topLevelItem(i).childCount())
    ]
    assert shown == [f.action_id for f in expected]
    assert str(len(expected)) in checks.summary.text()
    checks.close()
    window.close()


def test_publish_from_the_window(
    qtbot, builtin_database: Path, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    folder = tmp_path / "site gemeente ë"
    folder.mkdir()
    window = _open_window(qtbot, builtin_database)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    offered = []

    def choose_english(parent, title, label, items, current, editable):  # type: ignore[no-untyped-def]
        offered.append(items)
        return "English", True

    monkeypatch.setattr(QInputDialog, "getItem", choose_english)
    window.actions.publish.trigger()  # File > Publish as website
    assert offered == [["Dutch", "English"]]  # the programme's language first
    page = (folder / "index.html").read_text(encoding="utf-8")
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert window.statusBar().currentMessage().startswith(f"Published 8 pages to {folder}.")
    (folder / "index.html").unlink()
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.txt").write_text("mine", encoding="utf-8")
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "other")
    )
    shown = []
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    window.actions.publish.trigger()
    assert shown == [
        f"{tmp_path / 'other'}: holds other files than a site Statusapp wrote; choose an empty or new folder"
    ]
    assert (tmp_path / "other" / "notes.txt").read_text(encoding="utf-8") == "mine"
    window.close()
