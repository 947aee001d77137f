"""What the workbook reader sees: every row whatever the sheet claims, one line for every
damaged file (consolidation goes on with the next), and values of the hidden sheet checked
before a working copy is built from them."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import warnings
import zipfile
from pathlib import Path

import openpyxl

from statusapp.cli import main
from statusapp.services.context import edit_context_for
from statusapp.services.workbook_import import import_workbook
from statusapp.storage.database import open_database
from tests import workbook_damage as damage
from tests.excel_helpers import GREEN_SHEETS, actions_by_id, export, row_of


def _edited(source: Path, target: Path) -> Path:
    """An explanation changed far below row 3, and a new row typed under the table."""
    book = openpyxl.load_workbook(source)
    sheet = book[GREEN_SHEETS[0]]
    sheet[f"E{row_of(sheet, '6. We werken aan')}"] = "Vastgesteld in juni."
    last = sheet.max_row + 1
    sheet[f"B{last}"] = "Nieuwe actie: speeltuin opknappen"
    sheet[f"C{last}"] = "2025"
    book.save(target)
    return target


def test_a_lying_dimension_hides_no_edited_or_new_row(
    builtin_database: Path, tmp_path: Path
) -> None:
    source = export(builtin_database, tmp_path / "good.xlsx")
    edited = _edited(source, tmp_path / "edited.xlsx")
    assert row_of(openpyxl.load_workbook(edited)[GREEN_SHEETS[0]], "6. We werken aan") > 3
    lying = damage.lying_dimension(edited, tmp_path / "lying.xlsx", "A1:F3")
    database = open_database(builtin_database)
    try:
        plan = import_workbook(edit_context_for(database, "Piet"), lying).plan
    finally:
        database.close()
    assert plan.missing == []
    assert [(c.field, c.new) for c in plan.changes] == [("explanation", "Vastgesteld in juni.")]
    assert [p.kind for p in plan.proposals] == ["new action"]
    assert "speeltuin" in plan.proposals[0].new


def test_consolidation_refuses_a_damaged_file_and_reads_the_next(
    builtin_database: Path, tmp_path: Path, capsys
) -> None:
    source = export(builtin_database, tmp_path / "export.xlsx")
    first = tmp_path / "anna.xlsx"
    book = openpyxl.load_workbook(source)
    sheet = book[GREEN_SHEETS[0]]
    sheet[f"E{row_of(sheet, 'Vaststellen omgevingsvisie')}"] = "Van Anna."
    book.save(first)
    second = tmp_path / "piet.xlsx"
    book = openpyxl.load_workbook(source)
    sheet = book[GREEN_SHEETS[1]]
    sheet[f"E{row_of(sheet, 'Voorlichting verduurzaming')}"] = "Van Piet."
    book.save(second)
    broken = damage.patch_entry(
        first, tmp_path / "kapot.xlsx", damage.SHEET, damage.flip_compressed_byte(20)
    )
    code = main(
        ["--db", str(builtin_database), "consolidate", str(first), str(broken), str(second)]
    )
    captured = capsys.readouterr()
    assert code == 1, captured  # a refused file: exit 1, the others applied
    assert "internal error" not in captured.err and captured.err == ""
    refused = [line for line in captured.out.splitlines() if "refused:" in line]
    assert len(refused) == 1 and refused[0].startswith("kapot.xlsx: refused: ")
    assert f"the workbook is damaged: its part {damage.SHEET} cannot be unpacked" in refused[0]
    explanations = {a.update.explanation for a in actions_by_id(builtin_database).values()}
    assert {"Van Anna.", "Van Piet."} <= explanations


def test_a_working_copy_refuses_an_owner_on_two_lines(
    builtin_database: Path, tmp_path: Path, capsys
) -> None:
    source = export(builtin_database, tmp_path / "export.xlsx")

    def owner(entries: list[dict]) -> None:
        for entry in entries[3:]:
            entry["owner"] = "Anna\r\nde Vries"

    bad = damage.edit_actions_data(source, tmp_path / "anna.xlsx", owner)
    laptop = tmp_path / "laptop.db"
    code = main(["--db", str(laptop), "import", str(bad)])
    lines = capsys.readouterr().err.strip().splitlines()
    assert code == 1 and len(lines) == 1, lines
    assert lines[0].startswith(f"statusapp: error: {bad}: 'statusapp' row ")
    assert "'owner': must be one line (it holds a line break)" in lines[0]
    assert not laptop.exists()


def test_a_zip64_workbook_reads_as_the_same_workbook(
    builtin_database: Path, tmp_path: Path, capsys
) -> None:
    source = export(builtin_database, tmp_path / "export.xlsx")
    edited = _edited(source, tmp_path / "edited.xlsx")
    wide = damage.zip64(edited, tmp_path / "zip64.xlsx")
    with zipfile.ZipFile(wide) as archive:
        assert all(item.extract_version >= 45 for item in archive.infolist())
    assert main(["--db", str(builtin_database), "import", "--dry-run", str(wide)]) == 0
    assert "1 changed, 125 unchanged, 1 proposal" in capsys.readouterr().out


def test_library_warnings_never_reach_the_terminal(builtin_database: Path, tmp_path: Path) -> None:
    """openpyxl warns about a defined name of a sheet that does not exist; the user sees only
    the import's own output."""
    source = export(builtin_database, tmp_path / "export.xlsx")
    odd = tmp_path / "odd.xlsx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(odd, "w") as copy:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename == "xl/workbook.xml":
                stray = b'<definedName name="gone" localSheetId="99">A1</definedName>'
                data = data.replace(b"</definedNames>", stray + b"</definedNames>")
            copy.writestr(item.filename, data, compress_type=zipfile.ZIP_DEFLATED)
    database = tmp_path / "copy.db"
    shutil.copy(builtin_database, database)
    result = subprocess.run(
        [sys.executable, "-m", "statusapp", "--db", str(database), "import", "--dry-run", str(odd)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "0 changed" in result.stdout


def test_a_line_break_excel_stored_as_an_escape_reads_as_a_line_break(
    builtin_database: Path, tmp_path: Path
) -> None:
    """Excel writes CR as _x000D_ (ECMA-376's escape); the reader decodes it like Excel shows
    it, and the text rule stores the line break as LF."""
    source = export(builtin_database, tmp_path / "export.xlsx")
    book = openpyxl.load_workbook(source)
    sheet = book[GREEN_SHEETS[0]]
    sheet[f"E{row_of(sheet, '6. We werken aan')}"] = "regel 1_x000D_\nregel 2_x005F_x"
    edited = tmp_path / "edited.xlsx"
    book.save(edited)
    database = open_database(builtin_database)
    try:
        plan = import_workbook(edit_context_for(database, "Piet"), edited).plan
    finally:
        database.close()
    assert [(c.field, c.new) for c in plan.changes] == [("explanation", "regel 1\nregel 2_x")]


def test_a_word_report_with_a_damaged_part_gives_one_line(tmp_path: Path, capsys) -> None:
    from statusapp.dataset import load_builtin_programme
    from tests.report_helpers import write_word_report

    report = tmp_path / "rapport.docx"
    write_word_report(load_builtin_programme(), report)
    broken = damage.patch_entry(
        report, tmp_path / "kapot.docx", "word/document.xml", damage.flip_compressed_byte(20)
    )
    fresh = tmp_path / "new.db"
    assert main(["--db", str(fresh), "init", "--from", str(broken)]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and "internal error" not in lines[0], lines
    assert lines[0].startswith(f"statusapp: error: {broken}: the document is damaged")
    assert not fresh.exists()


def _without_named_styles(source: Path, target: Path) -> Path:
    """The workbook as Gnumeric writes it: styles.xml without the named cell styles, which makes
    openpyxl warn "Workbook contains no default style" on every load."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as copy:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename == "xl/styles.xml":
                for part in (rb"<cellStyleXfs.*?</cellStyleXfs>", rb"<cellStyles.*?</cellStyles>"):
                    data = re.sub(part, b"", data, flags=re.S)
            copy.writestr(item.filename, data, compress_type=zipfile.ZIP_DEFLATED)
    return target


def _openpyxl_warnings(path: Path) -> list[str]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        openpyxl.load_workbook(path, read_only=True).close()
    return [str(warning.message) for warning in caught]


def _copied_id(source: Path, target: Path) -> Path:
    book = openpyxl.load_workbook(source)
    sheet = book[GREEN_SHEETS[0]]
    sheet["F5"] = sheet["F3"].value
    book.save(target)
    return target


def test_a_gnumeric_workbook_gives_no_library_warning_on_import_or_refusal(
    builtin_database: Path, tmp_path: Path, capfd, recwarn
) -> None:
    source = export(builtin_database, tmp_path / "export.xlsx")
    gnumeric = _without_named_styles(source, tmp_path / "gnumeric.xlsx")
    assert any("no default style" in text for text in _openpyxl_warnings(gnumeric))
    recwarn.clear()
    db = str(builtin_database)

    assert main(["--db", db, "import", "--dry-run", str(gnumeric)]) == 0
    captured = capfd.readouterr()
    assert captured.err == "" and "0 changed, 126 unchanged" in captured.out

    copied = _without_named_styles(_copied_id(source, tmp_path / "c.xlsx"), tmp_path / "copy.xlsx")
    before = builtin_database.read_bytes()
    assert main(["--db", db, "import", str(copied)]) == 1
    lines = capfd.readouterr().err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("statusapp: error: "), lines
    assert "repeats the id of row 3 in the hidden column F (id)" in lines[0]
    assert builtin_database.read_bytes() == before
    assert [str(w.message) for w in recwarn] == []  # none escaped to the caller either


def test_init_from_a_gnumeric_workbook_gives_no_library_warning(
    builtin_database: Path, tmp_path: Path, capfd, recwarn
) -> None:
    source = export(builtin_database, tmp_path / "export.xlsx")
    gnumeric = _without_named_styles(source, tmp_path / "gnumeric.xlsx")
    recwarn.clear()
    assert main(["--db", str(tmp_path / "new.db"), "init", "--from", str(gnumeric)]) == 0
    captured = capfd.readouterr()
    assert captured.err == "" and "111 programme actions" in captured.out

    book = openpyxl.Workbook()
    book.active.append(["Naam", "Adres"])
    book.active.append(["Anna", "Raadhuisplein 1"])
    book.save(tmp_path / "plain.xlsx")
    no_table = _without_named_styles(tmp_path / "plain.xlsx", tmp_path / "adressen.xlsx")
    assert any("no default style" in text for text in _openpyxl_warnings(no_table))
    recwarn.clear()
    assert main(["--db", str(tmp_path / "other.db"), "init", "--from", str(no_table)]) == 1
    lines = capfd.readouterr().err.splitlines()
    assert len(lines) == 1 and "no table with the captions" in lines[0], lines
    assert [str(w.message) for w in recwarn] == []


def test_a_gnumeric_workbook_imports_silently_in_a_real_terminal(
    builtin_database: Path, tmp_path: Path, run_statusapp
) -> None:
    gnumeric = _without_named_styles(
        export(builtin_database, tmp_path / "export.xlsx"), tmp_path / "gnumeric.xlsx"
    )
    result = run_statusapp("--db", str(builtin_database), "import", "--dry-run", str(gnumeric))
    assert result.returncode == 0 and result.stderr == "", result.stderr


def test_a_copied_row_is_refused_in_dutch_naming_the_hidden_cell(
    builtin_database: Path, tmp_path: Path, capsys
) -> None:
    copied = _copied_id(export(builtin_database, tmp_path / "e.xlsx"), tmp_path / "kopie.xlsx")
    assert main(["--lang", "nl", "--db", str(builtin_database), "import", str(copied)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"statusapp: fout: {copied}: '{GREEN_SHEETS[0]}' rij 5 herhaalt de id van rij 3 in "
        "de verborgen kolom F (id): een rij gekopieerd met haar id; maak cel F5 leeg om de rij "
        "als nieuwe actie toe te voegen"
    ]


def test_a_copied_row_with_its_id_cleared_is_a_new_action(
    builtin_database: Path, tmp_path: Path
) -> None:
    """What the refusal says to do works: without the id the copy is proposed as new."""
    copied = _copied_id(export(builtin_database, tmp_path / "e.xlsx"), tmp_path / "kopie.xlsx")
    book = openpyxl.load_workbook(copied)
    book[GREEN_SHEETS[0]]["F5"] = None
    book.save(copied)
    database = open_database(builtin_database)
    try:
        plan = import_workbook(edit_context_for(database, "Piet"), copied, dry_run=True).plan
    finally:
        database.close()
    assert [p.kind for p in plan.proposals] == ["new action"]


def test_a_sheet_too_long_is_refused_with_dutch_numbers() -> None:
    from statusapp.excel.reader import too_many_rows
    from statusapp.translation import use_language

    use_language("nl")
    assert too_many_rows(Path("a.xlsx"), "Blad 1") == (
        "a.xlsx: blad 'Blad 1' heeft meer dan 100.000 rijen; geweigerd"
    )
