"""`init --from` never drops a cell silently: formulas are read from their computed value (with a
note naming the cell) or refused with a note; ambition titles follow one rule, whatever the cell
holds; a table whose rows do not line up is listed as suspect, not read as ambitions."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from statusapp.cli import main
from statusapp.report_reader import read_report
from statusapp.report_reader.cell_texts import Cell, split_ambition

HEADER = ["Maatschappelijk effect / ambitie", "Maatregelen / acties", "Gepland", "Status",
          "Toelichting"]  # fmt: skip


def _report_with_a_formula(path: Path, cached: str | None) -> Path:
    """A one-table report whose explanation in E3 is a formula; `cached`: the value a
    spreadsheet program last computed (None: never computed, as a script writes it)."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Wonen"
    sheet.append(HEADER)
    sheet.append(["Betaalbaar wonen\nMeer sociale huur.", "1. Woonvisie vaststellen", "2023",
                  "✓", "Vastgesteld."])  # fmt: skip
    sheet.append(["Betaalbaar wonen\nMeer sociale huur.", "2. Starterswoningen bouwen", "2024",
                  "+", '=CONCATENATE("Loopt ","volgens plan")'])  # fmt: skip
    workbook.save(path)
    if cached is not None:
        _store_cached_value(path, "E3", cached)
    return path


def _store_cached_value(path: Path, cell: str, value: str) -> None:
    """Put `value` behind the formula in `cell` as Excel does when it saves."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    name = "xl/worksheets/sheet1.xml"
    xml = parts[name].decode()
    pattern = re.compile(rf'<c r="{cell}"([^>]*)><f>(.*?)</f>(?:<v\s*/>|<v></v>)?</c>')
    assert pattern.search(xml), xml
    xml = pattern.sub(rf'<c r="{cell}" t="str"><f>\2</f><v>{value}</v></c>', xml)
    parts[name] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for part, data in parts.items():
            target.writestr(part, data)


def test_a_formula_is_read_from_its_computed_value_with_a_note(tmp_path: Path) -> None:
    reading = read_report(_report_with_a_formula(tmp_path / "rapport.xlsx", "Loopt volgens plan"))
    actions = reading.tree.pillars[0].ambitions[0].actions
    assert [a.explanation for a in actions] == ["Vastgesteld.", "Loopt volgens plan"]
    assert [p.describe() for p in reading.notes] == [
        "'Wonen'!E3: the cell holds a formula; its last computed value 'Loopt volgens plan' is read"
    ]


def test_a_formula_never_computed_is_left_empty_with_a_note_in_dutch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = _report_with_a_formula(tmp_path / "rapport zonder waarde.xlsx", None)
    db = tmp_path / "nieuw.db"
    code = main(["--db", str(db), "--lang", "nl", "init", "--from", str(report), "--dry-run"])
    assert code == 0
    printed = capsys.readouterr()
    assert printed.err == ""
    assert (
        "opmerking: 'Wonen'!E3: de cel bevat een formule zonder berekende waarde en blijft "
        "daarom leeg; open het bestand in Excel of LibreOffice, sla het op en lees het opnieuw"
    ) in printed.out.splitlines()
    assert not db.exists()


@pytest.mark.parametrize(
    ("text", "bold_lead", "expected"),
    [
        ("Betaalbaar wonen\nMeer sociale huur.", None, ("Betaalbaar wonen", "Meer sociale huur.")),
        ("Betaalbaar wonen. Meer sociale huur.", None, ("Betaalbaar wonen", "Meer sociale huur.")),
        ("Betaalbaar wonen: meer sociale huur", None, ("Betaalbaar wonen", "meer sociale huur")),
        ("Betaalbaar wonen", None, ("Betaalbaar wonen", "")),
        ("Betaalbaar wonen meer sociale huur", "Betaalbaar wonen",
         ("Betaalbaar wonen", "meer sociale huur")),
        ("Een lange zin zonder punt en zonder regelovergang die de hele cel vult en die langer "
         "is dan honderd tekens, zoals sommige rapporten ze schrijven", None,
         ("Een lange zin zonder punt en zonder regelovergang die de hele cel vult en die langer "
          "is dan honderd tekens, zoals sommige rapporten ze schrijven", "")),
    ],
)  # fmt: skip
def test_an_ambition_title_follows_one_rule_whatever_the_cell_holds(
    text: str, bold_lead: str | None, expected: tuple[str, str]
) -> None:
    title, description, _note = split_ambition(Cell(text=text, bold_lead=bold_lead))
    assert (title, description) == expected
    assert title, "an ambition cell with text never gets an empty title"


def _split_rows_report(path: Path, good_sheet_first: bool = False) -> Path:
    """What LibreOffice's HTML-to-xlsx conversion makes of multi-line cells: every line its own
    row, so ambitions, actions and explanations no longer share rows (sheet "Tabel1"); with
    `good_sheet_first` a sound table ("Wonen") comes before it."""
    workbook = openpyxl.Workbook()
    if good_sheet_first:
        good = workbook.active
        good.title = "Wonen"
        good.append(HEADER)
        good.append(["Betaalbaar wonen\nMeer sociale huur.", "1. Woonvisie vaststellen", "2023",
                     "✓", "Vastgesteld."])  # fmt: skip
        sheet = workbook.create_sheet("Tabel1")
    else:
        sheet = workbook.active
        sheet.title = "Tabel1"
    sheet.append(HEADER)
    lines = [
        ["Betaalbaar wonen", "1. Woonvisie vaststellen", "2023", "✓", "Vastgesteld in"],
        ["Meer sociale huur voor", None, None, None, "de raad van mei."],
        ["jongeren en ouderen.", "• Starters", None, None, None],
        ["• doelgroepen", "• Senioren", "2024", None, None],
        ["Duurzaam bouwen", "2. Starterswoningen", "2024", "+", "Loopt."],
        ["• natuurinclusief", None, None, None, None],
        ["en circulair.", "3. Flexwonen", "2025", "-", "Nog geen locatie"],
    ]
    for row in lines:
        sheet.append(row)
    workbook.save(path)
    return path


def test_a_table_whose_rows_do_not_line_up_is_listed_as_suspect_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = _split_rows_report(tmp_path / "omgezet uit html.xlsx", good_sheet_first=True)
    db = tmp_path / "nieuw.db"
    assert main(["--db", str(db), "--lang", "nl", "init", "--from", str(report), "--dry-run"]) == 0
    printed = capsys.readouterr()
    assert printed.err == ""
    suspect = [line for line in printed.out.splitlines() if line.startswith("verdachte tabel: ")]
    assert len(suspect) == 1 and "blad 'Tabel1'" in suspect[0], printed.out
    reading = read_report(report)
    assert [m.title for p in reading.tree.pillars for m in p.ambitions] == ["Betaalbaar wonen"]
    assert [p.location for p in reading.suspect] and not db.exists()


def test_a_report_whose_only_table_is_suspect_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = _split_rows_report(tmp_path / "omgezet.xlsx")
    db = tmp_path / "nieuw.db"
    assert main(["--db", str(db), "init", "--from", str(report)]) == 1
    printed = capsys.readouterr()
    assert printed.out == "" and printed.err.count("\n") == 1
    assert printed.err.startswith(f"statusapp: error: {report}: the only table found is suspect")
    assert not db.exists()


def test_the_legend_under_the_last_table_is_no_pillar(tmp_path: Path) -> None:
    """A conversion that runs the report into one sheet puts the legend under the last table:
    'Legenda' and its symbols are not read as a pillar with ambitions '✓', '+'..."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Sheet1"
    sheet.append(HEADER)
    sheet.append(["Betaalbaar wonen\nMeer sociale huur.", "1. Woonvisie vaststellen", "2023",
                  "✓", "Vastgesteld."])  # fmt: skip
    sheet.append(["2 Legenda"])
    sheet.append(["Symbool", "Betekenis"])
    sheet.append(["✓", "afgerond"])
    sheet.append(["+", "loopt conform of voor op planning"])
    path = tmp_path / "een blad.xlsx"
    workbook.save(path)
    reading = read_report(path)
    assert [p.title for p in reading.tree.pillars] == ["Sheet1"]
    assert [m.title for p in reading.tree.pillars for m in p.ambitions] == ["Betaalbaar wonen"]
    assert [n.message for n in reading.notes if "legend" in n.message] == [
        "the report's legend starts here; it and the rows after it are not read"
    ]
