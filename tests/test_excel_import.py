"""Importing edited workbooks: exactly the edits come back, nothing else, and only once."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from statusapp.dataset import load_builtin_programme
from statusapp.domain import Status
from statusapp.excel.reader import WorkbookError
from statusapp.services import updates
from statusapp.services.context import edit_context_for
from statusapp.services.setup import initialise_database
from statusapp.services.workbook_import import import_workbook
from statusapp.storage.database import open_database
from tests.excel_helpers import GREEN_SHEETS, actions_by_id, export, row_of


def _import(
    database: Path, workbook: Path, *, dry_run: bool = False, user: str = "Piet Projectleider"
):
    db = open_database(database)
    try:
        return import_workbook(edit_context_for(db, user), workbook, dry_run=dry_run).plan
    finally:
        db.close()


@pytest.fixture
def exported(builtin_database: Path, tmp_path: Path) -> Path:
    return export(builtin_database, tmp_path / "uitvraag Piet.xlsx")


def _edit(path: Path, edits: dict[tuple[str, str], object], target: Path | None = None) -> Path:
    """Change cells as a user would in Excel: (sheet, text at the start of the row) -> {column: value}."""
    book = openpyxl.load_workbook(path)
    for (sheet_name, row_text), columns in edits.items():
        sheet = book[sheet_name]
        row = row_of(sheet, row_text)
        for column, value in columns.items():  # type: ignore[attr-defined]
            sheet[f"{column}{row}"] = value
    target = target or path.with_name("bewerkt " + path.name)
    book.save(target)
    return target


def test_edits_made_in_excel_come_back_exactly(builtin_database: Path, exported: Path) -> None:
    before = actions_by_id(builtin_database)
    edited = _edit(
        exported,
        {
            (GREEN_SHEETS[0], "Vaststellen omgevingsvisie"): {
                "D": "v",
                "E": "Vastgesteld in juni.",
            },
            (GREEN_SHEETS[0], "3. We maken meerjarige"): {"C": 2025},
            (GREEN_SHEETS[1], "Voorlichting verduurzaming"): {"D": "±"},
            (GREEN_SHEETS[2], "Start nieuwbouw schoolgebouw"): {"D": "−", "C": "Q1 2025"},
            ("Aanvullende werkzaamheden", "Opstellen parkeervisie"): {"D": "Nieuwe toelichting."},
        },
    )
    plan = _import(builtin_database, edited)
    assert plan.summary() == "5 changed, 121 unchanged, 0 proposals"
    after = actions_by_id(builtin_database)
    changed = {
        (after[i].text[:24], name, getattr(after[i].update, name))
        for i in after
        for name in ("status", "planned", "explanation")
        if getattr(after[i].update, name) != getattr(before[i].update, name)
    }
    assert changed == {
        ("Vaststellen omgevingsvis", "status", Status.DONE),
        ("Vaststellen omgevingsvis", "explanation", "Vastgesteld in juni."),
        ("We maken meerjarige pres", "planned", "2025"),
        ("Voorlichting verduurzami", "status", Status.LONGER),
        ("Start nieuwbouw schoolge", "status", Status.DELAYED),
        ("Start nieuwbouw schoolge", "planned", "Q1 2025"),
        ("Opstellen parkeervisie (", "explanation", "Nieuwe toelichting."),
    }
    signed = [a for a in after.values() if a.update.updated_by == "Piet Projectleider"]
    assert len(signed) == 5 and all(a.update.revision == 2 for a in signed)

    again = _import(builtin_database, edited)
    assert again.summary() == "0 changed, 126 unchanged, 0 proposals"
    assert actions_by_id(builtin_database) == after


def test_dry_run_changes_nothing(builtin_database: Path, exported: Path) -> None:
    edited = _edit(exported, {(GREEN_SHEETS[0], "Vaststellen omgevingsvisie"): {"D": "✓"}})
    before = builtin_database.read_bytes()
    plan = _import(builtin_database, edited, dry_run=True)
    assert [(c.field, c.old, c.new) for c in plan.changes] == [("status", "longer", "done")]
    assert plan.changes[0].cell == f"'{GREEN_SHEETS[0]}'!D3"
    assert builtin_database.read_bytes() == before


def test_text_edits_new_rows_and_missing_rows_are_reported_not_applied(
    builtin_database: Path, exported: Path
) -> None:
    book = openpyxl.load_workbook(exported)
    sheet = book[GREEN_SHEETS[3]]
    sheet[f"B{row_of(sheet, 'Inclusieagenda vastgesteld.')}"] = (
        "Inclusieagenda vastgesteld door de raad."
    )
    sheet["A3"] = "Lokale democratie, nieuw geformuleerd"
    last = sheet.max_row + 1
    sheet[f"B{last}"] = "Een nieuwe actie"
    sheet[f"C{last}"] = "2026"
    gone = row_of(sheet, "Evalueren routekaart Regenbooggemeente")
    sheet.delete_rows(gone)
    edited = exported.with_name("voorstellen.xlsx")
    book.save(edited)
    before = actions_by_id(builtin_database)
    plan = _import(builtin_database, edited)
    kinds = sorted(p.kind for p in plan.proposals)
    assert kinds == ["ambition", "new action", "text"]
    assert (
        next(p for p in plan.proposals if p.kind == "new action").new == "Een nieuwe actie | 2026"
    )
    assert len(plan.missing) == 1 and "Evalueren routekaart Regenbooggemeente" in plan.missing[0]
    assert actions_by_id(builtin_database) == before


def test_conflicts_are_kept_apart(builtin_database: Path, exported: Path) -> None:
    target = next(
        a
        for a in actions_by_id(builtin_database).values()
        if a.text.startswith("Vaststellen omgevingsvisie")
    )
    db = open_database(builtin_database)
    updates.save_status_update(
        edit_context_for(db, "Centraal"),
        target.id,
        status=Status.ON_TRACK,
        explanation="Centraal bijgewerkt.",
    )
    db.close()
    edited = _edit(
        exported, {(GREEN_SHEETS[0], "Vaststellen omgevingsvisie"): {"D": "✓", "C": "2024"}}
    )
    plan = _import(builtin_database, edited)
    assert [(c.field, c.base, c.current, c.incoming) for c in plan.conflicts] == [
        ("status", "longer", "on_track", "done")
    ]
    assert [(c.field, c.new) for c in plan.changes] == [("planned", "2024")]
    stored = actions_by_id(builtin_database)[target.id]
    assert (stored.status, stored.planned, stored.explanation) == (
        Status.ON_TRACK,
        "2024",
        "Centraal bijgewerkt.",
    )


def test_invalid_status_names_the_cell_and_changes_nothing(
    builtin_database: Path, exported: Path
) -> None:
    edited = _edit(exported, {
        (GREEN_SHEETS[0], "Vaststellen omgevingsvisie"): {"E": "Goed nieuws"},
        (GREEN_SHEETS[2], "Start nieuwbouw schoolgebouw"): {"D": "misschien"},
    })  # fmt: skip
    before = builtin_database.read_bytes()
    with pytest.raises(
        WorkbookError, match=r"'3 We zorgen voor elkaar'!D\d+: 'misschien' is no status"
    ):
        _import(builtin_database, edited)
    assert builtin_database.read_bytes() == before


def test_workbook_of_another_programme_or_round_is_refused(
    builtin_database: Path, exported: Path, tmp_path: Path
) -> None:
    other_programme = load_builtin_programme()
    other_programme.programme.id = "11111111-1111-4111-8111-111111111111"
    other_programme.programme.name = "Uitvoeringsprogramma Bloemendaal"
    other = tmp_path / "other.db"
    initialise_database(other, programme=other_programme)
    with pytest.raises(
        WorkbookError,
        # Different names: the names say it, no ids.
        match=r"belongs to the programme 'Uitvoeringsprogramma 2022-2026', this database holds "
        r"'Uitvoeringsprogramma Bloemendaal'; import it into the database it was exported from$",
    ):
        _import(other, exported)

    other_round = load_builtin_programme()
    other_round.round.id = "22222222-2222-4222-8222-222222222222"
    other_round.round.name = "Jaarverslag 2024"
    third = tmp_path / "third.db"
    initialise_database(third, programme=other_round)
    with pytest.raises(
        WorkbookError,
        match=r"from the round 'Midterm review, terugblik 2022-2023' \(reference date 1 April "
        r"2024\), the current round is 'Jaarverslag 2024' \(reference date 1 April 2024\); export "
        r"a new workbook for the current round and copy the updates into it, or hand out again$",
    ):
        _import(third, exported)


def test_a_changed_programme_id_names_both_ids_in_dutch(
    builtin_database: Path, exported: Path
) -> None:
    """The hidden id edited, the name the same: the refusal says which id each side holds."""
    from statusapp.translation import use_language

    book = openpyxl.load_workbook(exported)
    meta = json.loads(book["statusapp"]["C2"].value)
    database_id = meta["programme"]["id"]
    meta["programme"]["id"] = "33333333-3333-4333-8333-333333333333"
    book["statusapp"]["C2"] = json.dumps(meta)
    book.save(exported)
    use_language("nl")
    with pytest.raises(WorkbookError) as refused:
        _import(builtin_database, exported)
    assert str(refused.value) == (
        f"{exported}: de werkmap hoort bij een ander programma met dezelfde naam "
        "'Uitvoeringsprogramma 2022-2026': id 33333333-3333-4333-8333-333333333333 in de "
        f"werkmap, {database_id} in deze database; importeer hem in de database waaruit hij is "
        "geëxporteerd"
    )


def test_formula_text_survives_the_round_trip(builtin_database: Path, tmp_path: Path) -> None:
    target = next(iter(actions_by_id(builtin_database).values()))
    db = open_database(builtin_database)
    updates.save_status_update(
        edit_context_for(db, "x"), target.id, explanation="=1+1 is geen formule"
    )
    db.close()
    workbook = export(builtin_database, tmp_path / "f.xlsx")
    assert _import(builtin_database, workbook).summary() == "0 changed, 126 unchanged, 0 proposals"
    assert actions_by_id(builtin_database)[target.id].explanation == "=1+1 is geen formule"


def _libreoffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(
    _libreoffice() is None, reason="LibreOffice is not installed (.ci/run installs it)"
)
def test_workbook_resaved_by_libreoffice_imports_without_change(
    builtin_database: Path, exported: Path, tmp_path: Path
) -> None:
    out = tmp_path / "resaved"
    out.mkdir()
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [_libreoffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", "xlsx", "--outdir", str(out), str(exported)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    resaved = out / exported.name
    assert resaved.exists()
    assert _import(builtin_database, resaved).summary() == "0 changed, 126 unchanged, 0 proposals"
    edited = _edit(resaved, {(GREEN_SHEETS[0], "Vaststellen omgevingsvisie"): {"D": "+"}})
    assert _import(builtin_database, edited).summary() == "1 changed, 125 unchanged, 0 proposals"


def test_cli_import_and_export(run_statusapp, builtin_database: Path, tmp_path: Path) -> None:
    workbook = tmp_path / "export.xlsx"
    result = run_statusapp("--db", str(builtin_database), "export", "-o", str(workbook))
    assert result.returncode == 0, result.stderr
    assert "111 programme actions, 15 additional actions" in result.stdout
    edited = _edit(workbook, {(GREEN_SHEETS[0], "Vaststellen omgevingsvisie"): {"D": "ok"}})
    dry = run_statusapp("--db", str(builtin_database), "import", str(edited), "--dry-run")
    assert dry.returncode == 0
    assert (
        dry.stdout.splitlines()[-1]
        == "dry run, nothing applied: 1 changed, 125 unchanged, 0 proposals"
    )
    assert (
        "Status of 'Vaststellen omgevingsvisie (programma 8)': '+/- longer lead time' -> '✓ done'"
    ) in dry.stdout
    real = run_statusapp("--db", str(builtin_database), "import", str(edited), "--as", "Jan")
    assert real.stdout.strip() == "1 changed, 125 unchanged, 0 proposals"
    listing = json.loads(run_statusapp("--db", str(builtin_database), "list", "--json").stdout)
    first = listing["pillars"][0]["ambitions"][0]["actions"][0]
    assert (first["status"], first["updated_by"]) == ("done", "Jan")
