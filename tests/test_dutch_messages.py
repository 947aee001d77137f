"""What the control team reads in Dutch: the consolidation's summary and its dry run, an import
refusal, the listing, with plurals right (1 bestand, 2 bestanden) and statuses and fields as
users know them ("+ op schema", "Toelichting"), never ids."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from statusapp.cli import main
from tests.excel_helpers import GREEN_SHEETS, export


def _returned(database: Path, path: Path, edits: int, drop_last: bool = False) -> Path:
    """A returned workbook: `edits` on-track actions set to delayed with a new explanation."""
    export(database, path)
    book = openpyxl.load_workbook(path)
    sheet = book[GREEN_SHEETS[0]]
    rows = [r for r in range(3, sheet.max_row + 1) if sheet.cell(row=r, column=4).value == "+"]
    for row in rows[:edits]:
        sheet.cell(row=row, column=4).value = "-"
        sheet.cell(row=row, column=5).value = "Vertraagd door de aanbesteding"
    if drop_last:
        sheet.delete_rows(rows[-1])
    book.save(path)
    return path


def _run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, list[str], str]:
    code = main(list(arguments))
    printed = capsys.readouterr()
    return code, printed.out.splitlines(), printed.err


def test_the_dry_run_names_statuses_and_fields_as_users_know_them(
    builtin_database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = _returned(builtin_database, tmp_path / "werkmap anna.xlsx", 1, drop_last=True)
    db = str(builtin_database)
    code, lines, error = _run(capsys, "--db", db, "--lang", "nl", "consolidate", str(book),
                              "--dry-run")  # fmt: skip
    assert (code, error) == (0, "")
    assert lines[0] == (
        f"{book.name}: zou verwerken: 1 gewijzigd, 124 ongewijzigd, 0 voorstellen, "
        "1 rij ontbreekt in de werkmap"
    )
    status_line = next(line for line in lines if ": Status van " in line)
    assert status_line.endswith(": '+ op schema' -> '- vertraagd'")
    assert any(": Toelichting van " in line for line in lines)
    text = "\n".join(lines)
    for an_id in ("on_track", "delayed", "explanation"):
        assert an_id not in text
    assert lines[-1] == (
        "1 bestand (proefrun, niets geschreven): 1 zou worden verwerkt, 0 zonder wijzigingen, "
        "0 eerder samengevoegd, 0 geweigerd; 2 veldwijzigingen zouden worden verwerkt, "
        "0 conflicten"
    )


def test_the_consolidation_summary_counts_in_dutch_and_english(
    builtin_database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(builtin_database)
    one = _returned(builtin_database, tmp_path / "een.xlsx", 1)
    code, lines, _ = _run(capsys, "--db", db, "--lang", "nl", "consolidate", str(one))
    assert code == 0
    assert lines[-1] == (
        "1 bestand: 1 verwerkt, 0 zonder wijzigingen, 0 eerder samengevoegd, 0 geweigerd; "
        "2 veldwijzigingen, 0 open conflicten"
    )
    two = [_returned(builtin_database, tmp_path / f"{n}.xlsx", 0) for n in ("twee", "drie")]
    code, lines, _ = _run(capsys, "--db", db, "consolidate", *map(str, two))
    assert code == 0
    assert lines[-1].startswith("2 files: ")


def test_an_import_refusal_is_one_dutch_line(
    builtin_database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text_file = tmp_path / "statussen.csv"
    text_file.write_text("actie;status\n1.1;+\n", encoding="utf-8")
    before = builtin_database.read_bytes()
    code, lines, error = _run(capsys, "--db", str(builtin_database), "--lang", "nl", "import",
                              str(text_file))  # fmt: skip
    assert code == 1 and lines == []
    assert error.count("\n") == 1 and error.startswith("statusapp: fout: ")
    assert "sla het op als .xlsx in Excel of LibreOffice" in error
    assert builtin_database.read_bytes() == before


def test_the_listing_says_the_reference_date_in_words(
    builtin_database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, lines, _ = _run(capsys, "--db", str(builtin_database), "--lang", "nl", "list")
    assert code == 0
    assert lines[1] == (
        "Rapportageronde: Midterm review, terugblik 2022-2023 (peildatum 1 april 2024, open)"
    )
    code, lines, _ = _run(capsys, "--db", str(builtin_database), "--lang", "en", "list")
    assert lines[1].endswith("(reference date 1 April 2024, open)")


def test_a_missing_returned_file_is_named_in_dutch_words(
    builtin_database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The system's own reason ('No such file or directory') is English on Linux: the reason
    is ours, in the language asked."""
    from statusapp.cli import main

    missing = tmp_path / "weg é.xlsx"
    assert main(["--lang", "nl", "--db", str(builtin_database), "consolidate", str(missing)]) == 1
    out = capsys.readouterr().out
    assert "weg é.xlsx: geweigerd: " in out and "bestand niet gevonden; controleer de map" in out
    assert "No such file" not in out


def test_the_workbooks_overview_names_the_reference_date_in_words(
    builtin_database: Path, tmp_path: Path
) -> None:
    for language, title in (
        ("nl", "Overzicht Midterm review, terugblik 2022-2023 (peildatum 1 april 2024)"),
        ("en", "Overview of Midterm review, terugblik 2022-2023 (reference date 1 April 2024)"),
    ):
        target = tmp_path / f"{language}.xlsx"
        assert main(["--db", str(builtin_database), "--lang", language, "export", "-o",
                     str(target)]) == 0  # fmt: skip
        book = openpyxl.load_workbook(target)
        assert title in [sheet["A1"].value for sheet in book.worksheets]
