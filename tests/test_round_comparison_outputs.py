"""A status changed in the second round appears in the comparison of every output."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from statusapp.services.exports import export_pdf
from statusapp.storage.database import open_database
from tests.excel_helpers import load_tree
from tests.pdf_structure import cell_texts
from tests.two_rounds import make_second_round


@pytest.fixture
def second_round(builtin_database: Path):  # type: ignore[no-untyped-def]
    second = make_second_round(builtin_database)
    changed = next(
        a for a in load_tree(builtin_database).walk_actions() if a.id == second.status_changed
    )
    return builtin_database, second, changed.label


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="needs poppler-utils")
def test_the_pdf_lists_what_changed(second_round, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    database, second, label = second_round
    opened = open_database(database)
    try:
        export_pdf(opened, tmp_path / "najaar.pdf")
    finally:
        opened.close()
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "najaar.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Wijzigingen sinds de vorige ronde" in text and "Status gewijzigd" in text
    cells = [" ".join(c.split()) for c in cell_texts(tmp_path / "najaar.pdf")["TD"]]
    row = [" ".join(label.split()), "Veilig wonen, werken en leven", "+ op schema", "✓ afgerond"]
    assert any(cells[i : i + 4] == row for i in range(len(cells)))  # action, pillar, was, now
    assert " ".join(second.removed_text.split()) in cells  # under Verwijderde acties


def _export_workbook(database: Path, target: Path) -> Path:
    from statusapp.services.exports import export_programme

    opened = open_database(database)
    try:
        export_programme(opened, target)
    finally:
        opened.close()
    return target


def test_the_workbook_has_a_changes_sheet_and_still_imports(
    second_round, tmp_path: Path, run_statusapp
) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    database, _second, label = second_round
    workbook = _export_workbook(database, tmp_path / "najaar.xlsx")
    book = openpyxl.load_workbook(workbook)
    sheet = book["Wijzigingen"]
    rows = [tuple(c.value for c in row) for row in sheet.iter_rows()]
    assert rows[0][0] == "Wijzigingen sinds de vorige ronde"
    assert rows[3] == ("Wijziging", "Actie", "Pijler", "Was", "Nu", "Trekker")
    assert ("Status gewijzigd", label, "Veilig wonen, werken en leven", "+ op schema",
            "✓ afgerond", None) in rows  # fmt: skip
    assert [r[1] for r in rows if r[0] == "Verwijderde acties"] == [_second.removed_text]
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
    assert sheet.print_title_rows == "$4:$4"  # the header row on every printed page
    assert sheet.auto_filter.ref.startswith("A4:F")
    # The sheet is for reading: the workbook comes back as it went out.
    result = run_statusapp("--db", str(database), "import", str(workbook), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("dry run, nothing applied: 0 changed, 126 unchanged")


def test_the_first_round_has_no_changes_sheet_and_the_legend_fits_a_page(
    builtin_database: Path, tmp_path: Path
) -> None:
    import openpyxl

    book = openpyxl.load_workbook(_export_workbook(builtin_database, tmp_path / "r.xlsx"))
    assert "Wijzigingen" not in book.sheetnames
    legend = book["Legenda"]  # LibreOffice printed it as three portrait pages split by column
    assert legend.page_setup.orientation == "landscape"
    assert int(legend.page_setup.paperSize) == int(legend.PAPERSIZE_A4)
    assert (legend.page_setup.fitToWidth, legend.page_setup.fitToHeight) == (1, 0)
    assert legend.sheet_properties.pageSetUpPr.fitToPage is True


def test_the_command_line_lists_what_changed_for_people_and_for_programs(
    second_round, run_statusapp
) -> None:  # type: ignore[no-untyped-def]
    import json

    database, second, label = second_round
    shown = run_statusapp("--db", str(database), "--lang", "nl", "changes")
    assert shown.returncode == 0, shown.stderr
    assert "Status gewijzigd (1)" in shown.stdout
    assert (
        f"{' '.join(label.split())} | Veilig wonen, werken en leven | + op schema | ✓ afgerond"
        in (shown.stdout)
    )
    listed = run_statusapp("--db", str(database), "--lang", "nl", "changes", "--json")
    assert listed.returncode == 0, listed.stderr
    data = json.loads(listed.stdout)
    assert data["previous_round"]["name"] and data["round"]["name"] == "Najaar 2024"
    assert data["transitions"] == [
        {"action_id": second.status_changed, "action": label,
         "pillar": "Veilig wonen, werken en leven", "from": "on_track", "to": "done"}
    ]  # fmt: skip
    assert [a["action_id"] for a in data["added"]] == [second.added]
    assert [c["action_id"] for c in data["planned"]] == [second.planned_moved]
    assert all(set(a) == {"action_id", "action", "pillar", "owner"} for a in data["not_updated"])
