"""The export: the report's layout, what travels with it, and the print setup."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import openpyxl
import pytest

from statusapp.domain import Status
from statusapp.excel.export import ExportError, export_workbook
from statusapp.excel.layout import safe_sheet_name
from statusapp.services import updates
from statusapp.services.context import edit_context_for
from statusapp.storage.database import open_database
from tests.excel_helpers import GREEN_SHEETS, export, load_tree, row_of


@pytest.fixture
def workbook_path(builtin_database: Path, tmp_path: Path) -> Path:
    return export(builtin_database, tmp_path / "uitvoeringsprogramma 2024.xlsx")


def _id_rows(sheet, id_column: int) -> list[int]:
    return [r for r in range(3, sheet.max_row + 1) if sheet.cell(row=r, column=id_column).value]


def test_sheets_captions_and_row_counts(workbook_path: Path) -> None:
    book = openpyxl.load_workbook(workbook_path)
    assert book.sheetnames == [
        *GREEN_SHEETS,
        "Aanvullende werkzaamheden",
        "Legenda",
        "Overzicht",
        "statusapp",
    ]
    assert book["statusapp"].sheet_state == "hidden"
    green_rows = 0
    for name in GREEN_SHEETS:
        sheet = book[name]
        assert sheet["A1"].value == name
        assert [c.value for c in sheet[2][:5]] == [
            "Maatschappelijk effect/ambitie",
            "Maatregelen/acties",
            "Gepland",
            "Status",
            "Toelichting",
        ]
        assert sheet["A2"].fill.fgColor.rgb.endswith("A9D08E")
        assert sheet.column_dimensions["F"].hidden
        green_rows += len(_id_rows(sheet, 6))
    assert green_rows == 111
    blue = book["Aanvullende werkzaamheden"]
    assert [c.value for c in blue[2][:4]] == [
        "Maatschappelijk effect/ambitie",
        "Maatregelen/acties",
        "Gepland",
        "Toelichting",
    ]
    assert blue["A2"].fill.fgColor.rgb.endswith("9BC2E6")
    assert len(_id_rows(blue, 5)) == 15
    sections = [blue.cell(row=r, column=1).value for r in range(3, blue.max_row + 1)
                if not blue.cell(row=r, column=5).value and blue.cell(row=r, column=1).value]  # fmt: skip
    assert [s for s in sections if s in (
        "Veilig wonen, werken en leven", "Klimaatbestendig Heemstede", "We zorgen voor elkaar",
        "Ondersteuning van de raad")] == [
        "Veilig wonen, werken en leven", "Klimaatbestendig Heemstede", "We zorgen voor elkaar",
        "Ondersteuning van de raad"]  # fmt: skip


def test_ambition_cells_are_merged_over_their_actions(workbook_path: Path) -> None:
    sheet = openpyxl.load_workbook(workbook_path, rich_text=True)[GREEN_SHEETS[0]]
    first = row_of(sheet, "1. Vaststellen woonvisie")
    last = row_of(sheet, "6.4 Nota van uitgangspunten")
    assert f"A{first}:A{last}" in {str(r) for r in sheet.merged_cells.ranges}
    title = sheet.cell(row=first, column=1).value
    assert str(title).startswith("Wonen in Heemstede en mogelijke woningbouw\nWe geven loyaal")
    assert title[0].font.b  # the title is bold, as in the report


def test_status_symbols_on_their_colours_and_text_cells(workbook_path: Path) -> None:
    sheet = openpyxl.load_workbook(workbook_path)[GREEN_SHEETS[0]]
    expected = {
        "Vaststellen omgevingsvisie": ("+/-", "FFC000"),
        "1. Vaststellen woonvisie": ("✓", "00B050"),
        "4. Onderzoeken mogelijkheden": ("+", "92D050"),
        "Verbreden fietspaden": (None, "00000000"),
    }
    for text, (symbol, colour) in expected.items():
        cell = sheet.cell(row=row_of(sheet, text), column=4)
        assert cell.value == symbol
        assert cell.fill.fgColor.rgb.endswith(colour)
        if symbol:
            assert cell.data_type == "s"  # "+" and "-" are text, not formulas
    roads = row_of(sheet, "4. Uitvoering geven aan het uitvoeringsprogramma WCP")
    assert sheet.cell(row=roads, column=2).value.split("\n")[1:] == [
        "• Johan Wagenaarlaan en Cesar Francklaan (2022-2023)",
        "• Lanckhorstlaan",
        "• Glipperweg",
        "• Zandvoortselaan",
    ]
    assert sheet.cell(row=roads, column=3).value == "2023\n2024\n2025\n2026"
    assert sheet.cell(row=row_of(sheet, "1.1 Uitvoeringsprogramma"), column=2).alignment.indent > 0


def test_print_setup(workbook_path: Path) -> None:
    sheet = openpyxl.load_workbook(workbook_path)[GREEN_SHEETS[1]]
    assert sheet.page_setup.orientation == "landscape"
    assert int(sheet.page_setup.paperSize) == int(sheet.PAPERSIZE_A4)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert (int(sheet.page_setup.fitToWidth), int(sheet.page_setup.fitToHeight)) == (1, 0)
    assert sheet.print_title_rows == "$1:$2"
    assert sheet.freeze_panes == "A3"
    assert all(sheet.row_dimensions[r].height for r in range(3, sheet.max_row + 1))


def test_legend_and_workbook_properties(workbook_path: Path) -> None:
    book = openpyxl.load_workbook(workbook_path)
    legend = book["Legenda"]
    rows = [
        (legend.cell(row=r, column=1).value, legend.cell(row=r, column=2).value)
        for r in range(4, 9)
    ]
    assert rows[0] == ("✓", "afgerond")
    assert rows[2] == ("+/-", "traject loopt, maar heeft langere doorlooptijd")
    assert legend["A7"].fill.fgColor.rgb.endswith("FF0000")
    assert "Midterm review, terugblik 2022-2023" in book.properties.title
    assert "2024-04-01" in book.properties.description
    custom = {p.name: p.value for p in book.custom_doc_props}
    assert custom["Reference date"] == "2024-04-01"
    assert custom["Programme"] == "Uitvoeringsprogramma 2022-2026"


def test_english_export(builtin_database: Path, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(export(builtin_database, tmp_path / "en.xlsx", language="en"))
    assert book.sheetnames[4:6] == ["Additional work", "Legend"]
    assert book[GREEN_SHEETS[0]]["B2"].value == "Measures/actions"


def test_owner_and_pillar_exports(builtin_database: Path, tmp_path: Path) -> None:
    database = open_database(builtin_database)
    context = edit_context_for(database, "Controller")
    tree = load_tree(builtin_database)
    chosen = [a for a in tree.walk_actions()][::20]
    for action in chosen:
        updates.set_action_owner(context, action.id, "Anna de Vries")
    database.close()
    book = openpyxl.load_workbook(
        export(builtin_database, tmp_path / "anna.xlsx", owner="Anna de Vries")
    )
    ids = set()
    for name in book.sheetnames:
        column = 6 if name[0].isdigit() else 5 if name == "Aanvullende werkzaamheden" else None
        if column:
            sheet = book[name]
            ids |= {sheet.cell(row=r, column=column).value for r in range(3, sheet.max_row + 1)}
    ids.discard(None)
    assert ids == {a.id for a in chosen}
    second = openpyxl.load_workbook(export(builtin_database, tmp_path / "p2.xlsx", pillar=2))
    assert second.sheetnames == [
        "2 Klimaatbestendig Heemstede",
        "Aanvullende werkzaamheden",
        "Legenda",
        "Overzicht",
        "statusapp",
    ]
    with pytest.raises(ExportError, match="nothing to export: owner 'Niemand'"):
        export(builtin_database, tmp_path / "x.xlsx", owner="Niemand")


def test_text_that_looks_like_a_formula_stays_text(builtin_database: Path, tmp_path: Path) -> None:
    database = open_database(builtin_database)
    context = edit_context_for(database, "Tester")
    target = next(load_tree(builtin_database).walk_actions())
    updates.save_status_update(
        context, target.id, explanation='=HYPERLINK("http://x";"klik")', status=Status.DELAYED
    )
    database.close()
    sheet = openpyxl.load_workbook(export(builtin_database, tmp_path / "f.xlsx"))[GREEN_SHEETS[0]]
    cell = sheet.cell(row=3, column=5)
    assert cell.value == '=HYPERLINK("http://x";"klik")' and cell.data_type == "s"
    assert sheet.cell(row=3, column=4).value == "-" and sheet.cell(row=3, column=4).data_type == "s"


def test_sheet_names_are_made_safe() -> None:
    taken: set[str] = set()
    assert safe_sheet_name("Wonen: [nieuw]/oud?*", taken) == "Wonen- -nieuw--oud--"
    long = "Een heel lange pijlernaam die niet in een tabblad past"
    first = safe_sheet_name(long, taken)
    second = safe_sheet_name(long.upper(), taken)
    assert len(first) == 31 and len(second) <= 31 and first.casefold() != second.casefold()
    assert safe_sheet_name("''", taken) == "Blad"


def test_export_refuses_other_extensions_and_locked_files(
    builtin_database: Path, tmp_path: Path
) -> None:
    tree = load_tree(builtin_database)
    with pytest.raises(ExportError, match=r"needs a name ending in \.xlsx"):
        export_workbook(tree, tmp_path / "x.csv")
    locked = tmp_path / "open in Excel.xlsx"
    locked.write_bytes(b"old")
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i", str(locked)], check=True)
    else:
        tmp_path.chmod(0o555)
    try:
        with pytest.raises(ExportError, match="close it there and try again"):
            export_workbook(tree, locked)
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(locked)], check=True)
        tmp_path.chmod(0o755)
    assert locked.read_bytes() == b"old"
    assert not list(tmp_path.glob(".statusapp-*"))


@pytest.mark.parametrize("target", ["rapport.xlsx", "rapport.docx", "rapport.pdf", "handout"])
def test_a_folder_that_cannot_be_written_gives_one_line(
    target: str, builtin_database: Path, tmp_path: Path, run_statusapp
) -> None:
    """A read-only share, say: one line naming the folder, never an internal error. New files
    get the permissions of any file the user saves (not the temporary file's private ones)."""
    from tests.test_handout import _assign

    _assign(builtin_database)
    folder = tmp_path / "alleen lezen"
    folder.mkdir()
    db = str(builtin_database)
    if target == "handout":
        args = ("handout", "--all", "--out", str(folder), "--deadline", "2024-06-14")
    else:
        args = ("export", "-o", str(folder / target))
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i", str(folder)], check=True)
    else:
        folder.chmod(0o555)
    try:
        refused = run_statusapp("--db", db, *args)
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(0o755)
    assert refused.returncode == 1
    lines = refused.stderr.strip().splitlines()
    assert len(lines) == 1 and "cannot write in the folder" in lines[0], refused.stderr
    assert list(folder.iterdir()) == []
    written = run_statusapp("--db", db, *args)
    assert written.returncode == 0, written.stderr
    mask = os.umask(0)
    os.umask(mask)
    for path in folder.iterdir():
        assert path.stat().st_mode & 0o777 == 0o666 & ~mask
