"""A new programme read from an existing report's tables: our own export, a Word report, a
workbook laid out by hand, and files with no table at all."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from statusapp.cli import main
from statusapp.dataset import load_builtin_programme
from statusapp.domain import PillarKind, Status, TableKind
from statusapp.domain.status import status_from_fill
from statusapp.excel.export import export_workbook
from statusapp.report_reader import ReportError, read_report
from statusapp.services.programmes import load_programme_tree
from statusapp.storage.database import open_database
from tests.report_helpers import programme_shape, write_word_report
from tests.test_bad_workbooks import CASES as BAD_WORKBOOKS


def _export_without_ids(path: Path) -> Path:
    """The app's export with everything only an import reads removed: the hidden data sheet
    and the hidden id columns."""
    import openpyxl

    export_workbook(load_builtin_programme(), path)
    workbook = openpyxl.load_workbook(path, rich_text=True)
    del workbook["statusapp"]
    for sheet in workbook.worksheets:
        for column in range(1, sheet.max_column + 1):
            if sheet.cell(row=2, column=column).value == "id":
                sheet.delete_cols(column)
                break
    workbook.save(path)
    return path


def _counts(reading) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    tree = reading.tree
    return (
        sum(1 for _ in tree.walk_actions(TableKind.GREEN)),
        sum(1 for _ in tree.walk_actions(TableKind.BLUE)),
    )


def test_own_export_without_ids_reads_back_as_the_same_programme(tmp_path: Path) -> None:
    reading = read_report(_export_without_ids(tmp_path / "export.xlsx"))
    assert _counts(reading) == (111, 15)
    assert programme_shape(reading.tree) == programme_shape(load_builtin_programme())
    assert reading.unplaced == [] and reading.notes == []
    assert [p.kind for p in reading.tree.pillars] == [PillarKind.PILLAR] * 4 + [PillarKind.SECTION]
    assert reading.tree.programme.language == "nl"


def test_word_report_with_page_breaks_and_merged_ambitions_reads_back_the_same(
    tmp_path: Path,
) -> None:
    import docx

    path = tmp_path / "midterm review.docx"
    write_word_report(load_builtin_programme(), path)
    document = docx.Document(str(path))
    # The layout under test is really there: the header again after each page break, and
    # ambition cells merged over several rows.
    headers = [t for t in document.tables if t.rows[0].cells[1].text == "Maatregelen/acties"]
    assert len(headers) > 8
    assert b"w:vMerge" in _document_xml(path)

    reading = read_report(path)
    assert _counts(reading) == (111, 15)
    assert programme_shape(reading.tree) == programme_shape(load_builtin_programme())
    assert reading.unplaced == [] and reading.notes == []


def _document_xml(path: Path) -> bytes:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return archive.read("word/document.xml")


def _hand_made_workbook(path: Path) -> Path:
    """Laid out as someone typed it: a title row and the header on row 4, columns in another
    order, an owner column and one unknown column, the ambition repeated on every row instead
    of merged, the status only as fill colour, numbered child actions and bullets in cells."""
    import openpyxl
    from openpyxl.styles import PatternFill

    def fill(colour: str) -> PatternFill:
        return PatternFill("solid", fgColor=colour)

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Blad1"
    sheet["A1"] = "2 Klimaatbestendig Heemstede"
    sheet.append([])
    sheet.append([])
    header = ["Toelichting", "Status ", "Maatregel / actie", "Trekker", "Budget (k€)",
              "Maatschappelijk effect / ambitie", "gepland"]  # fmt: skip
    for column, caption in enumerate(header, 1):
        sheet.cell(row=4, column=column, value=caption)
    energy = "Energietransitie\nHeemstede is in 2050 klimaatneutraal."
    rows = [
        # explanation, status fill, action, owner, budget, ambition, planned
        ("Loopt.", "00B050", "1. Vaststellen warmtevisie", "Anna de Vries", 40, energy, 2023),
        ("", "92D050", "1.1 Wijkuitvoeringsplan Merlenhoven", "Anna de Vries", None, energy,
         "2024"),
        ("Vertraagd door aanbesteding.", "FFC000",
         "2. Aanpak energiearmoede (programma 7 en 8)\n• Energiecoaches opleiden\n"
         "• Energieambassadeurs uitbreiden", "Piet Jansen", None, energy, "2023\n2023\n2024"),
        ("", "FF0000", "3. Zonnepanelen op gemeentelijke daken", None, None, energy, "Q2 2024"),
        ("", "0070C0", "4. Laadpalen bijplaatsen", "", None, energy, "2025"),
        ("", None, "Afvalscheiding verbeteren", "Kees", None,
         "Afval\nMinder restafval per inwoner.", "eind 2025"),
    ]  # fmt: skip
    for offset, (explanation, colour, action, owner, budget, ambition, planned) in enumerate(rows):
        row = 5 + offset
        values = (explanation, None, action, owner, budget, ambition, planned)
        for column, value in enumerate(values, 1):
            sheet.cell(row=row, column=column, value=value)
        if colour:
            sheet.cell(row=row, column=2).fill = fill(colour)
    sheet.cell(row=11, column=1, value="Een toelichting zonder actie")

    blue = workbook.create_sheet("Extra werk wonen")
    blue.append(["Overzicht aanvullende werkzaamheden"])
    blue.append(["Ambitie", "Acties", "Planning", "Toelichting", "Eigenaar"])
    blue.append(["Vastgoedbeleid\nDoelmatig bezit van vastgoed.", "Herijken vastgoedbeleid",
                 "2024-feb", "Afwegingskader aangescherpt", "Jan"])  # fmt: skip
    blue.append([None, "Onderzoek ambtswoning", "2024", "", ""])

    workbook.create_sheet("Notities")["A1"] = "Geen tabel hier"
    workbook.save(path)
    return path


def test_hand_made_workbook_reads_correctly(tmp_path: Path) -> None:
    reading = read_report(_hand_made_workbook(tmp_path / "status klimaat.xlsx"))
    tree = reading.tree
    assert [p.title for p in tree.pillars] == [
        "Klimaatbestendig Heemstede",
        "Overzicht aanvullende werkzaamheden",
    ]
    energy, waste = tree.pillars[0].ambitions
    assert (energy.title, energy.description) == (
        "Energietransitie",
        "Heemstede is in 2050 klimaatneutraal.",
    )
    assert (waste.title, waste.description) == ("Afval", "Minder restafval per inwoner.")
    assert [a.number for a in energy.actions] == ["1.", "2.", "3.", "4."]
    first, poverty, solar, charging = energy.actions
    assert first.status is Status.DONE and first.planned == "2023"
    assert first.owner == "Anna de Vries" and first.explanation == "Loopt."
    [child] = first.actions
    assert (child.number, child.text, child.status) == (
        "1.1",
        "Wijkuitvoeringsplan Merlenhoven",
        Status.ON_TRACK,
    )
    assert poverty.text == "Aanpak energiearmoede (programma 7 en 8)"
    assert poverty.programmes == (7, 8)
    assert poverty.status is Status.LONGER and poverty.owner == "Piet Jansen"
    assert [(i.text, i.planned) for i in poverty.sub_items] == [
        ("Energiecoaches opleiden", "2023"),
        ("Energieambassadeurs uitbreiden", "2024"),
    ]
    assert poverty.planned == "2023"
    assert solar.status is Status.DELAYED and solar.owner is None
    assert charging.status is Status.NONE  # blue fill: no status colour, reported
    assert waste.actions[0].status is Status.NONE and waste.actions[0].planned == "eind 2025"

    [blue] = tree.pillars[1].ambitions
    assert blue.table is TableKind.BLUE and blue.title == "Vastgoedbeleid"
    assert [(a.text, a.owner, a.planned) for a in blue.actions] == [
        ("Herijken vastgoedbeleid", "Jan", "2024-feb"),
        ("Onderzoek ambtswoning", None, "2024"),
    ]
    problems = [p.describe() for p in reading.unplaced + reading.notes]
    assert "sheet 'Blad1' row 11: no action text (only Explanation)" in problems
    assert "sheet 'Blad1': column 'Budget (k€)' is not read (ignored)" in problems
    assert any(
        p.startswith("sheet 'Blad1' row 9: the fill colour #0070C0 is no status colour")
        for p in problems
    )
    assert len(problems) == 3, problems


def test_word_header_repeated_inside_one_table_and_headings_as_pillars(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("1 Veilig wonen", level=1)
    table = document.add_table(rows=0, cols=5)
    captions = ["Maatschappelijk effect/ambitie", "Maatregelen/acties", "Gepland", "Status",
                "Toelichting"]  # fmt: skip
    rows = [
        captions,
        ["Wonen\nMeer betaalbare woningen.", "1. Woonvisie vaststellen", "2023", "✓", ""],
        captions,  # the page break, as a converted PDF has it
        ["", "2. Prestatieafspraken", "2023/2024", "+/-", "Loopt"],
        ["Erfgoed", "Verordening herzien", "2025", "onbekend", ""],
    ]
    for values in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, values, strict=True):
            for index, line in enumerate(value.split("\n")):
                if index:
                    cell.add_paragraph(line)
                else:
                    cell.paragraphs[0].add_run(line)
    path = tmp_path / "rapport.docx"
    document.save(str(path))
    reading = read_report(path)
    [pillar] = reading.tree.pillars
    assert pillar.title == "Veilig wonen"
    housing, heritage = pillar.ambitions
    assert housing.description == "Meer betaalbare woningen."
    assert [(a.number, a.status) for a in housing.actions] == [
        ("1.", Status.DONE),
        ("2.", Status.LONGER),
    ]
    assert heritage.title == "Erfgoed" and heritage.actions[0].status is Status.NONE
    assert [p.describe() for p in reading.notes] == [
        "table 1 row 5: status 'onbekend' not recognised; left empty"
    ]


@pytest.mark.parametrize(
    ("colour", "status"),
    [
        ("00B050", Status.DONE),
        ("008000", Status.DONE),
        ("92D050", Status.ON_TRACK),
        ("C6EFCE", Status.ON_TRACK),
        ("FFC000", Status.LONGER),
        ("FFFF00", Status.LONGER),
        ("FF0000", Status.DELAYED),
        ("FFC7CE", Status.DELAYED),
        ("FFFFFF", None),
    ],
)
def test_fill_colour_families(colour: str, status: Status | None) -> None:
    assert status_from_fill(colour) is status


def test_other_fill_colours_are_refused() -> None:
    with pytest.raises(ValueError, match="no status colour"):
        status_from_fill("0070C0")


# --- the command line -------------------------------------------------------------------------


def _one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


def test_init_from_word_then_export_and_read_again_gives_the_same(
    run_statusapp, tmp_path: Path
) -> None:
    report = tmp_path / "Midterm review 2024.docx"
    write_word_report(load_builtin_programme(), report)
    db = tmp_path / "nieuw programma.db"
    result = run_statusapp(
        "--db", str(db), "init", "--from", str(report), "--name", "Uitvoeringsprogramma",
        "--organisation", "Gemeente Heemstede", "--round", "Midterm review",
        "--peildatum", "2024-04-01",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "111 programme actions" in result.stdout and "created" in result.stdout
    database = open_database(db)
    with database.session() as session:
        tree = load_programme_tree(session)
    database.close()
    assert tree.round.reference_date == date(2024, 4, 1) and tree.round.name == "Midterm review"
    assert programme_shape(tree) == programme_shape(load_builtin_programme())

    exported = tmp_path / "export.xlsx"
    assert run_statusapp("--db", str(db), "export", "-o", str(exported)).returncode == 0
    again = read_report(exported)
    assert programme_shape(again.tree) == programme_shape(tree)


def test_dry_run_writes_nothing_and_lists_what_it_found(run_statusapp, tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    workbook = _hand_made_workbook(tmp_path / "klimaat.xlsx")
    result = run_statusapp("--db", str(db), "init", "--from", str(workbook), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert not db.exists()
    lines = result.stdout.splitlines()
    assert "not placed: sheet 'Blad1' row 11: no action text (only Explanation)" in lines
    assert lines[-1] == "dry run, nothing written"
    assert "green tables: 2 ambitions, 6 programme actions" in lines[-2]


def test_file_without_a_table_gives_one_line_and_changes_nothing(
    run_statusapp, tmp_path: Path, builtin_database: Path
) -> None:
    import docx
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active.append(["Naam", "Adres"])
    workbook.active.append(["Anna", "Raadhuisplein 1"])
    workbook.save(tmp_path / "adressen.xlsx")
    document = docx.Document()
    document.add_paragraph("Alleen tekst, geen tabel.")
    document.save(str(tmp_path / "brief.docx"))
    (tmp_path / "notes.txt").write_text("geen rapport", encoding="utf-8")
    (tmp_path / "kapot.docx").write_bytes(b"PK\x03\x04 not really a zip")

    fresh = tmp_path / "new.db"
    for name, expected in (
        ("adressen.xlsx", "no table with the captions"),
        ("brief.docx", "no table with the captions"),
        ("notes.txt", "not an Excel workbook (.xlsx) or Word document (.docx); save it as .xlsx"),
        ("kapot.docx", "damaged"),
        ("missing.xlsx", "file not found"),
    ):
        result = run_statusapp("--db", str(fresh), "init", "--from", str(tmp_path / name))
        assert result.returncode == 1
        line = _one_line(result.stderr)
        assert line.startswith("statusapp: error: ") and expected in line, line
        assert name in line
        assert not fresh.exists()

    before = builtin_database.read_bytes()
    result = run_statusapp(
        "--db", str(builtin_database), "init", "--add", "--from", str(tmp_path / "adressen.xlsx")
    )
    assert result.returncode == 1 and "no table" in _one_line(result.stderr)
    assert builtin_database.read_bytes() == before


def test_second_programme_only_when_asked_then_chosen_everywhere(
    run_statusapp, tmp_path: Path, builtin_database: Path
) -> None:
    workbook = _hand_made_workbook(tmp_path / "klimaat.xlsx")
    db = str(builtin_database)
    refused = run_statusapp("--db", db, "init", "--from", str(workbook))
    assert refused.returncode == 1
    assert "already holds the programme 'Uitvoeringsprogramma 2022-2026'" in _one_line(
        refused.stderr
    )
    added = run_statusapp("--db", db, "init", "--from", str(workbook), "--name", "Klimaat", "--add")
    assert added.returncode == 0, added.stderr
    assert "added to" in added.stdout

    ambiguous = run_statusapp("--db", db, "list")
    assert ambiguous.returncode == 1
    assert _one_line(ambiguous.stderr) == (
        "statusapp: error: the database holds 2 programmes ('Uitvoeringsprogramma 2022-2026', "
        "'Klimaat'); choose one with --programme NAME"
    )
    listing = run_statusapp("--db", db, "--programme", "klimaat", "list")
    assert listing.returncode == 0 and listing.stdout.startswith("Klimaat")
    after = run_statusapp("--db", db, "list", "--programme", "Uitvoeringsprogramma 2022-2026")
    assert after.returncode == 0 and "111" not in after.stderr
    assert "Vaststellen omgevingsvisie" in after.stdout

    out = tmp_path / "klimaat-export.xlsx"
    assert (
        run_statusapp("--db", db, "--programme", "Klimaat", "export", "-o", str(out)).returncode
        == 0
    )
    assert read_report(out).tree.pillars[0].title == "Klimaatbestendig Heemstede"
    # A workbook exported from one programme imports into it without --programme.
    reimport = run_statusapp("--db", db, "import", str(out))
    assert reimport.returncode == 0, reimport.stderr
    assert reimport.stdout.strip().endswith("0 changed, 8 unchanged, 0 proposals")
    closed = run_statusapp("--db", db, "--programme", "Klimaat", "round", "close")
    assert closed.returncode == 0, closed.stderr
    rounds = run_statusapp(
        "--db", db, "round", "list", "--programme", "Uitvoeringsprogramma 2022-2026"
    )
    assert "open" in rounds.stdout  # the other programme's round stays open
    unknown = run_statusapp("--db", db, "--programme", "Wonen", "list")
    assert "no programme 'Wonen'" in _one_line(unknown.stderr)

    connection = sqlite3.connect(builtin_database)
    assert connection.execute("SELECT count(*) FROM programmes").fetchone() == (2,)
    connection.close()


def test_report_error_names_the_file(tmp_path: Path) -> None:
    pdf = tmp_path / "rapport.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\n1 0 obj")  # known by its content, not its name
    with pytest.raises(
        ReportError,
        match=r"rapport\.pdf: a PDF file, not an Excel .*; save the report as \.xlsx or \.docx",
    ):
        read_report(pdf)


def test_banded_rows_and_symbols_with_words(tmp_path: Path) -> None:
    """A row shaded as a whole is banding, not a status; "+ loopt" is the symbol with words."""
    import openpyxl
    from openpyxl.styles import PatternFill

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Wonen"
    sheet.append(["Ambitie", "Acties", "Gepland", "Status", "Toelichting"])
    sheet.append(["Wonen", "Woonvisie", "2023", "+ loopt", ""])
    sheet.append([None, "Huisvesting", "2024", None, "Gestreepte rij"])
    for column in range(1, 6):
        sheet.cell(row=3, column=column).fill = PatternFill("solid", fgColor="E2EFDA")
    path = tmp_path / "wonen.xlsx"
    workbook.save(path)
    reading = read_report(path)
    [pillar] = reading.tree.pillars
    assert pillar.title == "Wonen"  # from the sheet name: no title row
    assert [a.status for a in pillar.ambitions[0].actions] == [Status.ON_TRACK, Status.NONE]
    assert reading.notes == [] and reading.unplaced == []


def test_one_cell_with_numbered_lines_and_bullets() -> None:
    from statusapp.report_reader.cell_texts import Cell, parse_action_cell, split_ambition

    action = parse_action_cell(
        "3. Aanpak wateroverlast (programma 2)\nin de wijken\n1. Hemelwater afkoppelen\n"
        "• Merlenhoven\n• Glipper dreef\n2. Regenwaterbuffer"
    )
    assert (action.number, action.text) == ("3.", "Aanpak wateroverlast (programma 2) in de wijken")
    assert [(a.number, a.text, [i.text for i in a.sub_items]) for a in action.actions] == [
        ("1.", "Hemelwater afkoppelen", ["Merlenhoven", "Glipper dreef"]),
        ("2.", "Regenwaterbuffer", []),
    ]
    assert split_ambition(Cell("Mobiliteit\nDuurzaam reizen.\nNb. Zie ook pagina 7.")) == (
        "Mobiliteit",
        "Duurzaam reizen.",
        "Nb. Zie ook pagina 7.",
    )
    bold = Cell("Wonen Betaalbare woningen voor iedereen.", bold_lead="Wonen ")
    assert split_ambition(bold) == ("Wonen", "Betaalbare woningen voor iedereen.", "")


@pytest.mark.parametrize("case", list(BAD_WORKBOOKS), ids=list(BAD_WORKBOOKS))
def test_hostile_workbooks_never_crash_init_from(case: str, tmp_path: Path, capsys) -> None:
    """The import's corpus of broken and hostile workbooks, through init --from: each is read
    (the import's own checks on ids and the data sheet do not apply) or refused with one line,
    and a refused file leaves no database behind."""
    make, _message = BAD_WORKBOOKS[case]
    source = tmp_path / "good.xlsx"
    export_workbook(load_builtin_programme(), source)
    bad = make(source, tmp_path / f"bad {case}.xlsx")
    fresh = tmp_path / "new.db"
    code = main(["--db", str(fresh), "init", "--from", str(bad)])
    captured = capsys.readouterr()
    assert code in (0, 1), captured
    if code == 1:
        lines = captured.err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("statusapp: error: "), captured.err
        assert "internal error" not in lines[0]
        assert not fresh.exists()
    else:
        assert "created" in captured.out


def test_a_sheet_whose_header_is_not_recognised_is_named(tmp_path: Path) -> None:
    import openpyxl

    path = _export_without_ids(tmp_path / "export.xlsx")
    workbook = openpyxl.load_workbook(path)
    workbook["1 Veilig wonen, werken en leven"].delete_rows(2)
    workbook.save(path)
    reading = read_report(path)
    assert [p.describe() for p in reading.notes] == [
        "sheet '1 Veilig wonen, werken en leven': holds a table, but no header row with the "
        "captions ('Maatregelen/acties', 'Gepland', 'Toelichting', ...); not read"
    ]
    assert sum(1 for _ in reading.tree.walk_actions(TableKind.GREEN)) == 111 - 34
