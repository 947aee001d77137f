"""File > New programme from report in the window: the preview, then a second programme and the
selector that switches between programmes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog

from statusapp.domain import Status
from statusapp.ui.main_window import MainWindow
from statusapp.ui.views import report_dialog
from tests.test_report_reader import _hand_made_workbook


def _open_window(qtbot, database: Path) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_database(str(database))
    return window


def _programme_count(database: Path) -> int:
    connection = sqlite3.connect(database)
    try:
        return connection.execute("SELECT count(*) FROM programmes").fetchone()[0]
    finally:
        connection.close()


def test_preview_then_second_programme_and_selector(
    qtbot, monkeypatch, builtin_database: Path, tmp_path: Path
) -> None:
    window = _open_window(qtbot, builtin_database)
    assert not window.actions.programme_selector_action.isVisible()  # one programme: no selector
    workbook = _hand_made_workbook(tmp_path / "status klimaat.xlsx")
    seen = {}

    def look_then_cancel(dialog) -> int:
        seen["found"] = [
            dialog.found.topLevelItem(i).text(0) for i in range(dialog.found.topLevelItemCount())
        ]
        problems = dialog.problems.topLevelItem(0)
        seen["unplaced"] = [
            (problems.child(i).text(0), problems.child(i).text(1))
            for i in range(problems.childCount())
        ]
        seen["second"] = dialog.second.text()
        seen["summary"] = dialog.findChild(type(dialog.second), "reportSummary").text()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(report_dialog.ReportPreviewDialog, "exec", look_then_cancel)
    assert not report_dialog.new_programme_from_report(window.parts, str(workbook))
    assert _programme_count(builtin_database) == 1  # cancelled: nothing written
    assert seen["found"] == [
        "Klimaatbestendig Heemstede (pillar, 6 actions)",
        "Overzicht aanvullende werkzaamheden (section, 2 actions)",
    ]
    assert seen["unplaced"] == [("sheet 'Blad1' row 11", "no action text (only explanation)")]
    assert "Uitvoeringsprogramma 2022-2026" in seen["second"]
    assert "6 programme actions" in seen["summary"]
    assert "Rows not placed: 1." in seen["summary"]

    def accept(dialog) -> int:
        # The name of the programme already there is refused; another one is taken.
        dialog.name.setText("Uitvoeringsprogramma 2022-2026")
        assert not dialog.create_button.isEnabled()
        dialog.name.setText("Klimaatprogramma")
        assert dialog.create_button.isEnabled()
        dialog.organisation.setText("Gemeente Heemstede")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(report_dialog.ReportPreviewDialog, "exec", accept)
    assert report_dialog.new_programme_from_report(window.parts, str(workbook))
    assert _programme_count(builtin_database) == 2
    tree = window.model.tree
    assert tree.programme.name == "Klimaatprogramma"
    assert "Klimaatprogramma" in window.windowTitle()
    assert [a.status for a in tree.pillars[0].ambitions[0].actions] == [
        Status.DONE,
        Status.LONGER,
        Status.DELAYED,
        Status.NONE,
    ]
    selector = window.actions.programme_selector
    assert window.actions.programme_selector_action.isVisible()
    assert [selector.itemText(i) for i in range(selector.count())] == [
        "Uitvoeringsprogramma 2022-2026",
        "Klimaatprogramma",
    ]
    assert selector.currentText() == "Klimaatprogramma"

    selector.activated.emit(0)  # as when the user picks the first entry
    assert window.model.tree.programme.name == "Uitvoeringsprogramma 2022-2026"
    assert sum(1 for _ in window.model.tree.walk_actions()) == 126
    assert selector.currentText() == "Uitvoeringsprogramma 2022-2026"


def test_unreadable_report_says_why_and_writes_nothing(
    qtbot, monkeypatch, builtin_database: Path, tmp_path: Path
) -> None:
    window = _open_window(qtbot, builtin_database)
    warnings = []
    monkeypatch.setattr(
        report_dialog.QMessageBox, "warning", lambda _w, title, text: warnings.append(text)
    )
    empty = tmp_path / "leeg.docx"
    import docx

    docx.Document().save(str(empty))
    assert not report_dialog.new_programme_from_report(window.parts, str(empty))
    assert len(warnings) == 1 and "no table with the captions" in warnings[0]
    assert _programme_count(builtin_database) == 1


def test_preview_screenshot(qtbot, builtin_database: Path, tmp_path: Path) -> None:
    """The preview as a user sees it (written for looking at, not compared)."""
    from statusapp.report_reader import read_report

    window = _open_window(qtbot, builtin_database)
    reading = read_report(_hand_made_workbook(tmp_path / "status klimaat.xlsx"))
    dialog = report_dialog.ReportPreviewDialog(reading, window.controller.programmes(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    image = dialog.grab()
    assert image.width() > 600
    image.save(str(tmp_path / "report-preview.png"))


def test_window_opens_the_programme_asked_for(
    qtbot, builtin_database: Path, tmp_path: Path
) -> None:
    from statusapp.report_reader import read_report
    from statusapp.services.setup import add_programme
    from statusapp.storage.database import open_database

    reading = read_report(_hand_made_workbook(tmp_path / "klimaat.xlsx"), name="Klimaat")
    database = open_database(builtin_database)
    add_programme(database, reading.tree)
    database.close()
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_database(str(builtin_database), "klimaat")  # as statusapp --programme
    assert window.model.tree.programme.name == "Klimaat"
    assert window.actions.programme_selector.currentText() == "Klimaat"


def test_new_database_from_a_word_report(
    qtbot, monkeypatch, builtin_database: Path, tmp_path: Path
) -> None:
    """How a new organisation starts in the window: File > New database, from its report."""
    from statusapp.dataset import load_builtin_programme
    from tests.report_helpers import write_word_report

    window = _open_window(qtbot, builtin_database)
    report = tmp_path / "Midterm review.docx"
    write_word_report(load_builtin_programme(), report)
    monkeypatch.setattr(
        report_dialog.ReportPreviewDialog, "exec", lambda _d: QDialog.DialogCode.Accepted
    )
    target = tmp_path / "nieuwe gemeente.db"
    assert report_dialog.new_database_from_report(window.parts, str(target), str(report))
    assert window.model.tree.programme.name == "Midterm review"
    assert sum(1 for _ in window.model.tree.walk_actions()) == 126
    assert _programme_count(target) == 1
    assert not window.actions.programme_selector_action.isVisible()


def test_the_preview_speaks_the_windows_language(qtbot, tmp_path: Path) -> None:
    """Notes and places come from the core in English; the Dutch window says them in Dutch."""
    from statusapp.report_reader import read_report
    from statusapp.ui.i18n import install_translators

    app = QApplication.instance()
    translators = install_translators(app, "nl")
    try:
        reading = read_report(_hand_made_workbook(tmp_path / "status klimaat.xlsx"))
        dialog = report_dialog.ReportPreviewDialog(reading, [], None)
        qtbot.addWidget(dialog)
        shown = [
            (section.child(i).text(0), section.child(i).text(1))
            for section in (
                dialog.problems.topLevelItem(n) for n in range(dialog.problems.topLevelItemCount())
            )
            for i in range(section.childCount())
        ]
    finally:
        for translator in translators:
            app.removeTranslator(translator)
    assert ("blad 'Blad1' rij 11", "geen tekst van een actie (alleen toelichting)") in shown
    assert len(shown) == len(reading.unplaced) + len(reading.notes) == 3
    english = [p.describe() for p in reading.unplaced + reading.notes]
    assert all("sheet" not in where and "row" not in where for where, _ in shown), english
    assert any(what.startswith("kolom 'Budget (k€)' wordt niet gelezen") for _, what in shown)
