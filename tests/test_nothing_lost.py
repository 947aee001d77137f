"""Nothing anyone typed is lost or lands on the wrong action: plans checked again when they are
written, merge bases from the central record, rows that moved, honest exit codes and counts."""

from __future__ import annotations

import itertools
import json
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from statusapp.domain import Status
from statusapp.services.conflicts import open_conflicts
from statusapp.services.consolidation import consolidate_files
from statusapp.services.context import ValidationError, edit_context_for
from statusapp.services.exports import export_programme
from statusapp.services.rights import RightsError
from statusapp.services.updates import save_status_update, set_owners
from statusapp.services.workbook_import import apply_import, prepare_import
from statusapp.storage.database import open_database
from tests.excel_helpers import actions_by_id, load_tree

DATA_SHEET = "statusapp"


def _context(database: str, user: str = "Control"):
    return edit_context_for(open_database(database), user)


def _green_ids(database: str, count: int) -> list[str]:
    tree = load_tree(database)
    return [
        action.id
        for ambition in tree.ambitions()
        if ambition.table.value == "green"
        for action in ambition.actions
    ][:count]


def _export(database: str, target: Path, owner: str | None = None) -> Path:
    db = open_database(database)
    try:
        export_programme(db, target, owner=owner, user="Control")
    finally:
        db.close()
    return target


def _rows_by_id(book) -> dict[str, tuple]:  # type: ignore[no-untyped-def]
    found = {}
    for sheet in book.worksheets:
        if sheet.title == DATA_SHEET or not sheet.title[0].isdigit():
            continue
        for row in range(3, sheet.max_row + 1):
            action_id = sheet.cell(row=row, column=6).value
            if action_id:
                found[action_id] = (sheet, row)
    return found


def _edit(workbook: Path, edits: dict[str, dict[str, str]]) -> Path:
    book = openpyxl.load_workbook(workbook)
    rows = _rows_by_id(book)
    for action_id, cells in edits.items():
        sheet, row = rows[action_id]
        for column, value in cells.items():
            sheet[f"{column}{row}"] = value
    book.save(workbook)
    return workbook


def _set_hidden_base(workbook: Path, action_id: str, **values: str) -> None:
    """What a project leader could do: change the hidden sheet's values as handed out."""
    book = openpyxl.load_workbook(workbook)
    sheet = book[DATA_SHEET]
    chunk_rows = [row for row in sheet.iter_rows(min_row=2) if row[0].value == "actions"]
    entries = json.loads("".join(row[2].value for row in chunk_rows))
    for entry in entries:
        if entry["id"] == action_id:
            entry.update(values)
    text = json.dumps(entries, ensure_ascii=False)
    size = -(-len(text) // len(chunk_rows))
    for index, row in enumerate(chunk_rows):
        row[2].value = text[index * size : (index + 1) * size]
    book.save(workbook)


def _explanation(database: str, action_id: str) -> str:
    return actions_by_id(database)[action_id].update.explanation


# --- 3: a plan is decided again when it is written ------------------------------------------


def test_a_central_save_while_the_import_preview_is_open_becomes_a_conflict(
    builtin_db: str, tmp_path: Path
) -> None:
    first, second = _green_ids(builtin_db, 2)
    workbook = _edit(
        _export(builtin_db, tmp_path / "alles.xlsx"),
        {first: {"E": "Uit de werkmap"}, second: {"E": "Ook uit de werkmap"}},
    )
    context = _context(builtin_db)
    try:
        plan = prepare_import(context.from_file("import", workbook.name), workbook)
        assert {c.action_id for c in plan.changes} == {first, second}
        colleague = _context(builtin_db, "Collega")
        save_status_update(colleague, first, explanation="Collega sloeg net op")
        colleague.database.close()
        apply_import(context.from_file("import", workbook.name), plan)
    finally:
        context.database.close()
    assert _explanation(builtin_db, first) == "Collega sloeg net op"
    assert _explanation(builtin_db, second) == "Ook uit de werkmap"
    assert [(c.action_id, c.current, c.incoming) for c in plan.conflicts] == [
        (first, "Collega sloeg net op", "Uit de werkmap")
    ]
    assert plan.moved == 1 and "changed centrally meanwhile" in plan.summary()


def test_undoing_an_import_refuses_when_a_value_changed_since(
    builtin_db: str, tmp_path: Path
) -> None:
    (first,) = _green_ids(builtin_db, 1)
    workbook = _edit(_export(builtin_db, tmp_path / "a.xlsx"), {first: {"E": "Geïmporteerd"}})
    context = _context(builtin_db).from_file("import", workbook.name)
    try:
        plan = prepare_import(context, workbook)
        apply_import(context, plan)
        save_status_update(context, first, explanation="Later getypt")
        with pytest.raises(ValidationError, match="can no longer be undone"):
            apply_import(context, plan, reverse=True)
    finally:
        context.database.close()
    assert _explanation(builtin_db, first) == "Later getypt"


# --- 10: the merge base comes from the central record --------------------------------------


def test_a_central_value_copied_into_the_hidden_base_is_a_conflict_not_an_overwrite(
    builtin_db: str, tmp_path: Path
) -> None:
    first, second = _green_ids(builtin_db, 2)
    context = _context(builtin_db)
    set_owners(context, [first, second], "Anna")
    workbook = _export(builtin_db, tmp_path / "anna.xlsx", owner="Anna")
    handed_out = _explanation(builtin_db, first)
    save_status_update(context, first, explanation="Centraal bijgewerkt")
    context.database.close()
    _edit(workbook, {first: {"E": "Anna's tekst"}, second: {"E": "Anna, tweede"}})
    _set_hidden_base(workbook, first, explanation="Centraal bijgewerkt")

    report = consolidate_files(_context(builtin_db), [workbook])

    assert _explanation(builtin_db, first) == "Centraal bijgewerkt"
    assert _explanation(builtin_db, second) == "Anna, tweede"
    (result,) = report.files
    assert [(c.action_id, c.base, c.current, c.incoming) for c in result.open_conflicts] == [
        (first, handed_out, "Centraal bijgewerkt", "Anna's tekst")
    ]
    assert any("differ from what was handed out" in note for note in result.plan.notes)
    assert report.exit_code == 3


def test_a_laptop_export_carries_the_hand_out_and_merges_against_its_record(
    run_statusapp, builtin_database: Path, tmp_path: Path
) -> None:
    central = str(builtin_database)
    (first,) = _green_ids(central, 1)
    context = _context(central)
    set_owners(context, [first], "Bert")
    context.database.close()
    handed = _export(central, tmp_path / "bert.xlsx", owner="Bert")
    laptop = tmp_path / "laptop ë.db"
    assert run_statusapp("--db", str(laptop), "import", str(handed)).returncode == 0
    laptop_context = _context(str(laptop), "Bert")
    save_status_update(laptop_context, first, explanation="Op de laptop getypt")
    laptop_context.database.close()
    returned = _export(str(laptop), tmp_path / "terug.xlsx", owner="Bert")

    meta = _meta(returned)
    assert meta["handout_id"] == _meta(handed)["workbook_id"] != meta["workbook_id"]
    report = consolidate_files(_context(central), [returned])
    assert report.exit_code == 0 and report.files[0].field_changes == 1
    assert _explanation(central, first) == "Op de laptop getypt"

    # Handing an action on to a colleague is the control team's: a working copy refuses it.
    laptop_context = _context(str(laptop), "Bert")
    with pytest.raises(RightsError, match="working copy"):
        set_owners(laptop_context, [first], "Carla")
    laptop_context.database.close()
    assert actions_by_id(central)[first].owner == "Bert"

    # The laptop database itself, its base changed behind the app's back: a conflict.
    second_context = _context(central)
    save_status_update(second_context, first, explanation="Centraal daarna")
    second_context.database.close()
    with sqlite3.connect(laptop) as raw:
        raw.execute("UPDATE merge_bases SET explanation = 'Centraal daarna'")
        raw.execute("UPDATE status_updates SET explanation = 'Laptop wint?'")
    raw.close()
    report = consolidate_files(_context(central), [laptop])
    assert _explanation(central, first) == "Centraal daarna"
    assert [c.incoming for c in report.files[0].open_conflicts] == ["Laptop wint?"]


def _meta(workbook: Path) -> dict:
    book = openpyxl.load_workbook(workbook, read_only=True)
    try:
        for row in book[DATA_SHEET].iter_rows(values_only=True):
            if row[0] == "meta":
                return json.loads(row[2])
    finally:
        book.close()
    raise AssertionError("no meta row")


# --- 5: rows whose visible cells belong to another action ----------------------------------


@pytest.mark.parametrize("columns", ["BCDE", "CDE", "DE", "E"])
def test_rows_sorted_without_their_hidden_id_are_refused(
    run_statusapp, builtin_database: Path, tmp_path: Path, columns: str
) -> None:
    first, second = _explained_pair(str(builtin_database))
    workbook = _export(str(builtin_database), tmp_path / "gesorteerd.xlsx")
    book = openpyxl.load_workbook(workbook)
    rows = _rows_by_id(book)
    (sheet, a), (_, b) = rows[first], rows[second]
    for column in columns:  # the visible cells swap, the hidden id stays
        sheet[f"{column}{a}"].value, sheet[f"{column}{b}"].value = (
            sheet[f"{column}{b}"].value,
            sheet[f"{column}{a}"].value,
        )
    book.save(workbook)
    before = builtin_database.read_bytes()

    result = run_statusapp("--db", str(builtin_database), "import", str(workbook))

    assert result.returncode == 1, result.stdout
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert f"row {a}" in result.stderr and "sorted or pasted" in result.stderr
    assert builtin_database.read_bytes() == before


def _explained_pair(database: str) -> tuple[str, str]:
    """Two actions on one sheet, one after the other, with different explanations."""
    tree = load_tree(database)
    for ambition in tree.ambitions():
        actions = [a for a in ambition.actions if a.update.explanation.strip()]
        for one, other in itertools.pairwise(actions):
            if one.update.explanation != other.update.explanation:
                return one.id, other.id
    raise AssertionError("no two explained actions")


def test_an_explanation_copied_from_another_row_is_an_edit(
    builtin_database: Path, tmp_path: Path
) -> None:
    first, second = _explained_pair(str(builtin_database))
    workbook = _export(str(builtin_database), tmp_path / "gekopieerd.xlsx")
    copied = actions_by_id(str(builtin_database))[second].update.explanation
    _edit(workbook, {first: {"E": copied}})
    report = consolidate_files(_context(str(builtin_database)), [workbook])
    assert report.exit_code == 0, report.files[0].describe()
    assert _explanation(str(builtin_database), first) == copied


# --- 7: exit codes and counts --------------------------------------------------------------


def test_consolidate_exits_1_when_every_file_is_refused(
    run_statusapp, builtin_database: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "kapot.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    result = run_statusapp("--db", str(builtin_database), "consolidate", str(broken))
    assert result.returncode == 1
    assert "1 refused" in result.stdout and "Traceback" not in result.stderr


def test_dry_run_counts_what_it_lists_and_prefer_settles_an_earlier_conflict(
    run_statusapp, builtin_database: Path, tmp_path: Path
) -> None:
    database = str(builtin_database)
    first, second = _green_ids(database, 2)
    symbol = "+/-" if actions_by_id(database)[second].update.status is not Status.LONGER else "+"
    workbook = _edit(
        _export(database, tmp_path / "terug.xlsx"),
        {first: {"E": "Nieuw 1"}, second: {"E": "Nieuw 2", "D": symbol}},
    )
    context = _context(database)
    save_status_update(context, first, explanation="Centraal", status=Status.DELAYED)
    context.database.close()

    dry = run_statusapp("--db", database, "consolidate", "--dry-run", str(workbook))
    listed = [line for line in dry.stdout.splitlines() if "' -> '" in line]
    assert len(listed) == 2  # second's explanation and status
    assert "2 field changes would be applied, 1 conflict" in dry.stdout
    assert dry.returncode == 3

    first_run = run_statusapp("--db", database, "consolidate", str(workbook))
    assert first_run.returncode == 3 and "1 open conflict" in first_run.stdout
    again = run_statusapp("--db", database, "consolidate", str(workbook))
    assert again.returncode == 3 and "1 of its conflicts still open" in again.stdout
    assert "1 open conflict" in again.stdout

    settled = run_statusapp("--db", database, "consolidate", "--prefer", "incoming", str(workbook))
    assert settled.returncode == 0, settled.stdout
    assert "1 of its conflicts settled: the file's value taken" in settled.stdout
    assert "0 open conflicts" in settled.stdout
    assert _explanation(database, first) == "Nieuw 1"
    context = _context(database)
    assert open_conflicts(context) == []
    context.database.close()


# --- 9: one rule for what text is held -------------------------------------------------------


@pytest.mark.parametrize("typed", ["Let op \u202egnirts", "Bel\x07letje", "nul\x00"])
def test_the_editor_refuses_what_a_workbook_could_not_carry_back(
    builtin_database: Path, typed: str
) -> None:
    (first,) = _green_ids(str(builtin_database), 1)
    context = _context(str(builtin_database))
    try:
        with pytest.raises(ValidationError, match=r"Explanation: .*U\+"):
            save_status_update(context, first, explanation=typed)
    finally:
        context.database.close()


def test_every_value_the_database_holds_exports_and_imports_back_unchanged(
    run_statusapp, builtin_database: Path, tmp_path: Path
) -> None:
    database = str(builtin_database)
    first, second, third = _green_ids(database, 3)
    context = _context(database)
    save_status_update(context, first, explanation="Regel 1\nRegel 2\twith a tab  ", planned="2025")
    save_status_update(context, second, explanation="  Spaties  rondom & <tekens> \"'")
    set_owners(context, [second], "Lit _x0041_ eral")  # as Excel's escapes look, typed
    save_status_update(context, third, explanation="Letterlijk _x0007_ en _x005F_ getypt")
    context.database.close()
    workbook = _export(database, tmp_path / "rond.xlsx")
    result = run_statusapp("--db", database, "import", str(workbook))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("0 changed, 126 unchanged, 0 proposals"), result.stdout
    laptop = tmp_path / "laptop.db"  # the hidden sheet's copy carries the same values
    assert run_statusapp("--db", str(laptop), "import", str(workbook)).returncode == 0
    copied = actions_by_id(str(laptop))
    for action_id in (first, second, third):
        original = actions_by_id(database)[action_id]
        assert copied[action_id].update.explanation == original.update.explanation
        assert copied[action_id].owner == original.owner


# --- a laptop's database handed back as one file ---------------------------------------------


def test_a_laptop_database_copied_without_its_journal_keeps_every_save(
    run_statusapp, builtin_database: Path, tmp_path: Path
) -> None:
    central = str(builtin_database)
    (first,) = _green_ids(central, 1)
    handed = _export(central, tmp_path / "uitvraag.xlsx")
    laptop = tmp_path / "laptop.db"
    assert run_statusapp("--db", str(laptop), "import", str(handed)).returncode == 0
    laptop_context = _context(str(laptop), "Anna")
    try:
        save_status_update(laptop_context, first, explanation="Net opgeslagen op de laptop")
        # The window still has the file open while it is copied onto a stick: only the .db
        # file goes along, so every save must be in it.
        stick = tmp_path / "usb-stick"
        stick.mkdir()
        (stick / "laptop.db").write_bytes(laptop.read_bytes())
    finally:
        laptop_context.database.close()
    with sqlite3.connect(laptop) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    raw.close()
    report = consolidate_files(_context(central), [stick / "laptop.db"])
    assert report.exit_code == 0 and report.files[0].field_changes == 1
    assert _explanation(central, first) == "Net opgeslagen op de laptop"


def test_without_a_hand_out_record_a_field_changed_here_since_the_export_is_a_conflict(
    builtin_database: Path, tmp_path: Path
) -> None:
    from tests.excel_helpers import export as export_without_record

    database = str(builtin_database)
    first, second = _green_ids(database, 2)
    workbook = export_without_record(builtin_database, tmp_path / "oud.xlsx")  # no workbook id
    context = _context(database)
    save_status_update(context, first, explanation="Centraal na de export")
    context.database.close()
    _edit(workbook, {first: {"E": "Uit het bestand"}, second: {"E": "Ook uit het bestand"}})
    _set_hidden_base(workbook, first, explanation="Centraal na de export")  # to look unchanged

    report = consolidate_files(_context(database), [workbook])

    assert _explanation(database, first) == "Centraal na de export"
    assert _explanation(database, second) == "Ook uit het bestand"
    assert [c.incoming for c in report.files[0].open_conflicts] == ["Uit het bestand"]


def test_a_dry_run_import_into_a_new_database_leaves_no_file(
    run_statusapp, builtin_database: Path, tmp_path: Path
) -> None:
    handed = _export(str(builtin_database), tmp_path / "uitvraag.xlsx")
    laptop = tmp_path / "nieuw ë.db"
    result = run_statusapp("--db", str(laptop), "import", "--dry-run", str(handed))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("would have created a working copy")
    assert not laptop.exists()
