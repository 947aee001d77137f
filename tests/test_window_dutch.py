"""The Dutch window speaks one Dutch: plurals in Qt's %n forms ("1 actie", "2 acties", and
"1 action" in English), dates as "15 januari 2025" in text and 15-01-2025 in fields (typed
either way, an impossible date refused in one line), and the core's messages and values in
the window's language ("Toelichting", "+ op schema", never the ids)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from statusapp.domain import StatusUpdate
from statusapp.errors import StatusappError
from statusapp.services import rounds
from statusapp.services.connection import open_database
from statusapp.translation import use_language
from statusapp.ui.controllers import round_actions
from statusapp.ui.i18n import install_translators
from statusapp.ui.models.count_texts import CountTexts
from statusapp.ui.models.round_texts import last_changed_text
from statusapp.ui.views.round_dialogs import NewRoundDialog
from tests.excel_helpers import GREEN_SHEETS, export
from tests.test_main_window import TARGET, _click_action, _open_window


@pytest.fixture
def language(qapp, request):  # type: ignore[no-untyped-def]
    """The window's translators (ours and the core's) for request.param."""
    translators = install_translators(qapp, request.param)
    yield request.param
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("nl", "1 actie heeft nu de trekker Anna", "2 acties hebben nu de trekker Anna"),
        ("en", "1 action now has the owner Anna", "2 actions now have the owner Anna"),
    ],
    indirect=["language"],
)
def test_plurals_of_the_counted_texts(language, one: str, two: str) -> None:
    texts = CountTexts()
    assert texts.owner_assigned(1, "Anna") == one
    assert texts.owner_assigned(2, "Anna") == two
    exported = {"nl": "1 actie geëxporteerd naar x.pdf", "en": "Exported 1 action to x.pdf"}
    assert texts.exported(1, "x.pdf") == exported[language]
    added = {
        "nl": "Programma P toegevoegd: 1 actie uit het programma, 2 aanvullende acties",
        "en": "Added the programme P: 1 programme action, 2 additional actions",
    }
    assert texts.programme_added("P", 1, 2) == added[language]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", "1 actie heeft nu de trekker Anna de Vries"),
        ("en", "1 action now has the owner Anna de Vries"),
    ],
    indirect=["language"],
)
def test_assigning_one_owner_in_the_window_says_one_action(
    qtbot, builtin_database: Path, monkeypatch, language, expected: str
) -> None:
    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Anna de Vries", True))
    assert round_actions.assign_owner(window) == 1
    assert window.statusBar().currentMessage() == expected


@pytest.mark.parametrize("language", ["nl"], indirect=True)
def test_the_pillar_editor_counts_in_dutch(qtbot, builtin_database: Path, language) -> None:
    window = _open_window(qtbot, builtin_database)
    pillar = window.model.tree.pillars[0]
    assert window.select_node(pillar.id)
    text = window.pillar_editor.counts_label.text()
    assert " acties uit het programma: " in text and "actions" not in text
    assert "+ op schema " in text


@pytest.mark.parametrize("language", ["nl"], indirect=True)
def test_a_new_round_takes_dutch_and_iso_dates_and_refuses_an_impossible_one(
    qtbot, language
) -> None:
    dialog = NewRoundDialog()
    qtbot.addWidget(dialog)
    field = dialog.date_field
    field.setDate(date(2025, 1, 15))
    assert field.edit.text() == "15-01-2025"  # the Dutch field's form
    dialog.name_field.setText("Jaarverslag 2024")
    for typed in ("15-01-2025", "2025-01-15"):
        field.edit.setText(typed)
        assert dialog.values() == ("Jaarverslag 2024", date(2025, 1, 15))
    field.edit.setText("31-02-2025")
    dialog.show()
    dialog.ok_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert field.message.isVisible()
    assert (
        field.message.text() == "“31-02-2025” is geen datum: typ hem als 15-01-2025 of 2025-01-15."
    )
    field.edit.setText("2025-01-15")
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_english_field_shows_iso(qtbot) -> None:
    dialog = NewRoundDialog()
    qtbot.addWidget(dialog)
    dialog.date_field.setDate(date(2025, 1, 15))
    assert dialog.date_field.edit.text() == "2025-01-15"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", "Laatst gewijzigd door Anna op 15 januari 2025"),
        ("en", "Last changed by Anna at 15 January 2025"),
    ],
    indirect=["language"],
)
def test_running_text_names_the_month(language, expected: str) -> None:
    from datetime import datetime

    moment = datetime(2025, 1, 15, 12, 0).astimezone()
    update = StatusUpdate(updated_by="Anna", updated_at=moment)
    assert last_changed_text(update).startswith(expected)


def _edited_workbook(database: Path, folder: Path) -> Path:
    """A returned workbook with one on-track action set to delayed and a new explanation."""
    workbook = export(database, folder / "uitvraag.xlsx")
    book = openpyxl.load_workbook(workbook)
    sheet = book[GREEN_SHEETS[0]]
    row = next(r for r in range(3, sheet.max_row + 1) if sheet.cell(row=r, column=4).value == "+")
    sheet.cell(row=row, column=4).value = "-"
    sheet.cell(row=row, column=5).value = "Vertraagd door de aanbesteding"
    book.save(workbook)
    return workbook


@pytest.mark.parametrize("language", ["nl"], indirect=True)
def test_the_dutch_import_preview_names_fields_and_statuses_as_users_know_them(
    qtbot, builtin_database: Path, tmp_path: Path, monkeypatch, language
) -> None:
    workbook = _edited_workbook(builtin_database, tmp_path)
    window = _open_window(qtbot, builtin_database)
    shown: dict[str, list[list[str]]] = {}

    def look(dialog) -> int:  # type: ignore[no-untyped-def]
        section = dialog.details.topLevelItem(0)
        assert section.data(0, Qt.ItemDataRole.UserRole) == "changes"
        shown["rows"] = [
            [section.child(i).text(c) for c in range(6)] for i in range(section.childCount())
        ]
        shown["button"] = [dialog.apply_button.text()]
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(workbook), ""))
    monkeypatch.setattr(QDialog, "exec", look)
    window.actions.import_.trigger()
    rows = shown["rows"]
    assert {row[2] for row in rows} == {"Status", "Toelichting"}
    status = next(row for row in rows if row[2] == "Status")
    assert status[4:] == ["+ op schema", "- vertraagd"]
    texts = " ".join(" ".join(row) for row in rows)
    assert "on_track" not in texts and "delayed" not in texts and "explanation" not in texts
    assert shown["button"] == ["Wijzigingen doorvoeren (2)"]


@pytest.mark.parametrize("language", ["nl"], indirect=True)
def test_a_core_refusal_in_the_dutch_window_is_the_core_dutch(
    qtbot, builtin_database: Path, monkeypatch, language
) -> None:
    window = _open_window(qtbot, builtin_database)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    # The round is open: the core refuses a second one, in the window's language.
    assert not window.rounds.open_round("Jaarverslag 2025", date(2025, 1, 15))
    database = open_database(builtin_database)
    try:
        use_language("nl")
        with pytest.raises(StatusappError) as refused:
            rounds.open_round(database, "Jaarverslag 2025", date(2025, 1, 15), None)
    finally:
        database.close()
    assert shown == [str(refused.value)]


@pytest.mark.parametrize("language", ["nl"], indirect=True)
def test_the_hand_out_deadline_is_typed_either_way_and_refused_in_one_dutch_line(
    qtbot, builtin_database: Path, tmp_path: Path, language
) -> None:
    from statusapp.ui.views import handout_dialog
    from tests.test_handout import _assign

    _assign(builtin_database)
    window = _open_window(qtbot, builtin_database)
    dialog = handout_dialog.hand_out(window)
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.deadline.setDate(date(2024, 6, 14))
    assert dialog.deadline.edit.text() == "14-06-2024"
    out = tmp_path / "uitvraag"
    out.mkdir()
    dialog.folder.setText(str(out))
    dialog.deadline.edit.setText("31-06-2024")  # June has 30 days
    assert not dialog.write()
    assert dialog.deadline.message.text() == (
        "“31-06-2024” is geen datum: typ hem als 15-01-2025 of 2025-01-15."
    )
    assert not list(out.iterdir())  # nothing written
    dialog.deadline.edit.setText("2024-06-14")
    assert dialog.write()
    assert window.model.tree.round.deadline == date(2024, 6, 14)
    assert dialog.report.toPlainText().endswith(
        f"2 werkmappen en mails geschreven naar {out}. Er is niets verstuurd."
    )


@pytest.mark.parametrize("language", ["nl"], indirect=True)
def test_the_new_programme_dialog_counts_and_dates_in_dutch(
    qtbot, monkeypatch, builtin_database: Path, tmp_path: Path, language
) -> None:
    from statusapp.ui.views import report_dialog
    from tests.test_report_reader import _hand_made_workbook

    window = _open_window(qtbot, builtin_database)
    workbook = _hand_made_workbook(tmp_path / "status klimaat.xlsx")
    seen = {}

    def look(dialog) -> int:  # type: ignore[no-untyped-def]
        seen["found"] = dialog.found.topLevelItem(0).text(0)
        seen["summary"] = dialog.findChild(type(dialog.second), "reportSummary").text()
        dialog.reference_date.edit.setText("30-02-2024")
        dialog.accept()
        seen["refused"] = dialog.result() != QDialog.DialogCode.Accepted
        seen["message"] = dialog.reference_date.message.text()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(report_dialog.ReportPreviewDialog, "exec", look)
    assert not report_dialog.new_programme_from_report(window.parts, str(workbook))
    assert seen["found"] == "Klimaatbestendig Heemstede (pijler, 6 acties)"
    assert "Groene tabellen: 2 ambities, 6 acties uit het programma." in seen["summary"]
    assert seen["refused"]
    assert seen["message"] == "“30-02-2024” is geen datum: typ hem als 15-01-2025 of 2025-01-15."


@pytest.mark.parametrize(
    ("language", "one"),
    [("nl", "en de 1 actie daarin verwijderen?"), ("en", "and the 1 action in it?")],
    indirect=["language"],
)
def test_deleting_an_ambition_with_one_action_asks_in_the_singular(
    qtbot, builtin_database: Path, monkeypatch, language, one: str
) -> None:
    from statusapp.domain import NodeKind

    window = _open_window(qtbot, builtin_database)
    ambition = next(
        node
        for node in window.model._by_id.values()
        if node.kind is NodeKind.AMBITION
        and sum(1 for n in node.walk() if n.kind is NodeKind.ACTION) == 1
    )
    assert window.select_node(ambition.id)
    asked = []

    def question(_parent, _title, text):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    window.delete_current()
    assert len(asked) == 1 and one in asked[0], asked


@pytest.mark.parametrize("language", ["nl"], indirect=True)
def test_qts_own_file_dialog_is_dutch_where_qts_catalog_is_not(qtbot, language) -> None:
    """Where the system offers no file dialog (Linux without a portal) Qt draws its own; two
    of its labels are missing from Qt's Dutch catalog and come from ours."""
    from PySide6.QtWidgets import QLabel

    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&Zoeken in:"
    assert labels["fileTypeLabel"] == "Bestands&type:"
    assert labels["fileNameLabel"] == "Bestands&naam:"  # Qt's own catalog, still asked first
