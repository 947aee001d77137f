"""What a Dutch reviewer found in the window, each kept fixed: the progress dialog names the
actions without an owner as the overview does, says which actions it counts and what became
of each received file; every returned file reaches the consolidation (an .ods is refused
there in one line, not dropped); a refused import has its own title and leaves the save
indicator alone; leaving an action with a refused Gepland asks; progress windows have a
title; the calendar button shows without emoji fonts; the import preview says what it counts;
assigning an owner the actions had already says so."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QProgressDialog

from statusapp.ui.controllers import round_actions
from statusapp.ui.i18n import install_translators
from statusapp.ui.views.date_field import DateField
from statusapp.ui.views.import_preview import import_from_file
from statusapp.ui.views.round_dialogs import ConflictDialog, ConsolidateDialog, ProgressDialog
from tests.excel_helpers import GREEN_SHEETS, export
from tests.test_bad_workbooks import OTHER_FORMATS
from tests.test_main_window import TARGET, _click_action, _open_window, _type

ODS_REFUSAL_NL = (
    "een OpenDocument-rekenblad (.ods), geen Excel-werkmap (.xlsx); sla het op als .xlsx in "
    "Excel of LibreOffice"
)


@pytest.fixture
def language(qapp, request):  # type: ignore[no-untyped-def]
    """The window's translators (ours and the core's) for request.param."""
    translators = install_translators(qapp, request.param)
    yield request.param
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def _ods(folder: Path) -> Path:
    return OTHER_FORMATS["status.ods"](folder / "status.ods")


@pytest.mark.parametrize("language", ["nl"], indirect=True)
def test_the_dutch_progress_dialog_names_no_owner_counts_and_each_file_outcome(
    qtbot, builtin_database: Path, tmp_path: Path, language
) -> None:
    window = _open_window(qtbot, builtin_database)
    round_actions.consolidate(window, [_ods(tmp_path)])  # refused, and recorded
    progress = window.rounds.progress()
    assert progress is not None
    dialog = ProgressDialog(progress, window)
    qtbot.addWidget(dialog)
    dialog.show()
    rows = [dialog.view.topLevelItem(i) for i in range(dialog.view.topLevelItemCount())]
    nobody = next(row for row in rows if row.text(0) == "(geen trekker)")
    assert "(no owner)" not in [row.text(0) for row in rows]
    assert nobody.text(5) == "—"  # the .ods is no one's actions: it names no owner
    unknown = rows[-1]
    assert unknown.text(0) == "(bestanden zonder bekende trekker)"
    assert [unknown.text(column) for column in range(1, 5)] == ["—"] * 4
    assert unknown.text(5).startswith("status.ods (") and unknown.text(5).endswith(", geweigerd)")
    received = unknown.child(0)
    assert received.text(0) == "Ontvangen bestand (1)"
    assert received.child(0).text(0).endswith("geweigerd): " + ODS_REFUSAL_NL)
    assert dialog.counted.isVisible()
    assert dialog.counted.text() == (
        "Geteld: 126 acties uit de groene en blauwe tabellen, subacties inbegrepen "
        "(het overzicht telt alleen de groene tabellen)."
    )


@pytest.mark.parametrize("language", ["nl"], indirect=True)
def test_an_ods_is_listed_and_refused_in_the_dutch_consolidation_summary(
    qtbot, builtin_database: Path, tmp_path: Path, monkeypatch, language
) -> None:
    ods, text = _ods(tmp_path), tmp_path / "status.txt"
    text.write_text("Omgevingsvisie: klaar\n")
    dialog = ConsolidateDialog()
    qtbot.addWidget(dialog)
    filters: list[str] = []

    def choose(_parent, _title, _folder, pattern):  # type: ignore[no-untyped-def]
        filters.append(pattern)
        return [str(ods), str(text), str(tmp_path)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)
    dialog._choose()
    assert dialog.files.paths() == [ods, text]  # every file; a folder is no file
    assert filters[0].split(";;")[1:] == [
        "Werkmappen (*.xlsx)",
        "Laptopdatabases (*.db)",
        "Alle bestanden (*)",
    ]
    window = _open_window(qtbot, builtin_database)
    shown = round_actions.consolidate(window, [ods])
    assert shown.results.toPlainText().splitlines()[0] == (
        "status.ods: geweigerd: " + ODS_REFUSAL_NL
    )
    busy = shown.findChildren(QProgressDialog)
    assert busy and all(b.windowTitle() == "Consolideren" for b in busy)


@pytest.mark.parametrize("language", ["nl"], indirect=True)
def test_a_refused_import_has_its_own_title_and_leaves_the_save_indicator(
    qtbot, builtin_database: Path, tmp_path: Path, monkeypatch, language
) -> None:
    window = _open_window(qtbot, builtin_database)
    before = window.save_state_label.text()
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text: shown.append((title, text))
    )
    ods = _ods(tmp_path)
    assert not import_from_file(window.parts, str(ods))
    assert shown == [("Import geweigerd", f"{ods}: {ODS_REFUSAL_NL}")]
    assert window.save_state_label.text() == before
    assert window.save_state_label.styleSheet() == ""


def _other_action_id(window) -> str:  # type: ignore[no-untyped-def]
    from statusapp.ui.models.tree_nodes import NodeKind

    return next(
        n.id
        for n in window.model._by_id.values()
        if n.kind is NodeKind.ACTION and getattr(n.item, "text", None) != TARGET
    )


@pytest.mark.parametrize("keep", [True, False])
def test_leaving_an_action_with_a_refused_planned_value_asks(
    qtbot, builtin_database: Path, monkeypatch, keep: bool
) -> None:
    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)
    target_id = window.action_editor.shown_id
    _type(qtbot, window.action_editor.planned_field, "2025 e.v.")
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        role = QMessageBox.ButtonRole.RejectRole if keep else QMessageBox.ButtonRole.DestructiveRole
        next(b for b in box.buttons() if box.buttonRole(b) is role).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    other = _other_action_id(window)
    window.select_node(other)  # as a click in the tree, F8 or My actions would
    assert asked == ["“2025 e.v.” was not saved: Statusapp does not accept it in this field."]
    if keep:
        qtbot.waitUntil(lambda: window.current_node().id == target_id, timeout=3000)
        assert window.action_editor.shown_id == target_id
        assert window.action_editor.planned_field.text() == "2025 e.v."
    else:
        assert window.action_editor.shown_id == other
        assert window.action_editor.refused_text() is None


def test_the_calendar_button_is_drawn_and_named(qtbot) -> None:
    from datetime import date

    field = DateField(date(2025, 1, 15))
    qtbot.addWidget(field)
    assert not field.pick.icon().isNull()
    assert field.pick.toolButtonStyle() is Qt.ToolButtonStyle.ToolButtonIconOnly
    assert "📅" not in field.pick.text()
    assert field.pick.accessibleName() == field.pick.toolTip() == "Pick a date"


def _workbook(database: Path, folder: Path, edits: dict[str, str]) -> Path:
    workbook = export(database, folder / "terug.xlsx")
    book = openpyxl.load_workbook(workbook)
    for cell, value in edits.items():
        book[GREEN_SHEETS[0]][cell] = value
    book.save(workbook)
    return workbook


def _preview(qtbot, window, workbook: Path, monkeypatch) -> dict[str, object]:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}

    def look(dialog) -> int:  # type: ignore[no-untyped-def]
        seen["summary"] = dialog.summary.text()
        seen["button"] = dialog.apply_button.text()
        seen["enabled"] = dialog.apply_button.isEnabled()
        seen["details"] = dialog.details.isVisibleTo(dialog)
        seen["header"] = [dialog.details.headerItem().text(c) for c in range(6)]
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QDialog, "exec", look)
    import_from_file(window.parts, str(workbook))
    return seen


@pytest.mark.parametrize("language", ["nl"], indirect=True)
def test_the_dutch_import_preview_says_what_it_counts(
    qtbot, builtin_database: Path, tmp_path: Path, monkeypatch, language
) -> None:
    window = _open_window(qtbot, builtin_database)
    three = _workbook(builtin_database, tmp_path, {"C3": "2026", "E3": "Klaar", "C4": "2027"})
    seen = _preview(qtbot, window, three, monkeypatch)
    assert str(seen["summary"]).startswith("3 wijzigingen in 2 acties. Acties die blijven ")
    assert seen["button"] == "Wijzigingen doorvoeren (3)" and seen["enabled"]
    assert seen["header"][1:3] == ["Actie", "Veld of soort"]

    nothing = _workbook(builtin_database, tmp_path, {})
    seen = _preview(qtbot, window, nothing, monkeypatch)
    first = str(seen["summary"]).splitlines()[0]
    assert first == "Niets te importeren: de werkmap bevat geen wijzigingen."
    assert not seen["enabled"] and not seen["details"]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", "1 actie had de trekker Anna de Vries al"),
        ("en", "1 action already had the owner Anna de Vries"),
    ],
    indirect=["language"],
)
def test_assigning_the_owner_an_action_has_says_it_had_it(
    qtbot, builtin_database: Path, monkeypatch, language, expected: str
) -> None:
    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Anna de Vries", True))
    assert round_actions.assign_owner(window) == 1
    assert round_actions.assign_owner(window) == 0
    assert window.statusBar().currentMessage() == expected


def test_a_conflict_line_names_its_file_and_wraps(
    qtbot, builtin_database: Path, tmp_path: Path
) -> None:
    from tests.test_consolidation import _edit_rows, _export_for
    from tests.test_main_window import _stored

    target_id = _stored(builtin_database, TARGET).id
    first = _edit_rows(
        _export_for(builtin_database, None, tmp_path / "anna.xlsx"), {target_id: {"E": "A"}}
    )
    second = _edit_rows(
        _export_for(builtin_database, None, tmp_path / "bert.xlsx"), {target_id: {"E": "B"}}
    )
    window = _open_window(qtbot, builtin_database)
    round_actions.consolidate(window, [first, second])
    dialog = round_actions.show_conflicts(window)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.items.wordWrap()
    assert dialog.items.item(0).text() == f"Explanation: {TARGET}\nfrom bert.xlsx"


def test_the_overview_fits_a_1024_by_640_window_without_hiding_the_owners(
    qtbot, builtin_database: Path
) -> None:
    window = _open_window(qtbot, builtin_database)
    window.resize(1024, 640)
    window.actions.overview.trigger()
    dock = window.overview_dock
    qtbot.waitUntil(dock.isVisible)
    dock.refresh()
    qtbot.wait(50)
    viewport = dock.widget().viewport()
    assert dock.panel.height() <= viewport.height()  # no scrolling to reach the owners
    assert dock.panel.owners.isVisible() and dock.panel.owners.height() > 40


@pytest.mark.parametrize("language", ["nl"], indirect=True)
def test_the_conflict_dialog_names_the_three_values_as_the_command_line_does(
    qtbot, language
) -> None:
    """One set of words for the three values, in the window and in `conflicts`/`consolidate`."""
    from PySide6.QtWidgets import QLabel

    from statusapp.translation import _

    dialog = ConflictDialog([], {})
    qtbot.addWidget(dialog)
    captions = [label.text() for label in dialog.findChildren(QLabel)]
    core = _(
        "{number}: {field} of {action!r}: exported {base!r}, database now {central!r}, in "
        "the file {incoming!r} ({file})"
    )
    for caption in ("Geëxporteerd", "Nu in de database", "In het bestand"):
        assert caption in captions
        assert caption.lower() in core
