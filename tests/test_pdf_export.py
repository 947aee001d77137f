"""The PDF export: the report's pages and texts, read back with pdftotext."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.excel_helpers import GREEN_SHEETS

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")[:-1]  # pdftotext ends every page with a form feed


def test_cli_pdf_has_the_pages_and_texts_expected(
    builtin_database: Path, run_statusapp, tmp_path: Path
) -> None:
    target = tmp_path / "rapportage ronde é.pdf"
    # No display and no platform chosen: the export goes offscreen by itself.
    result = run_statusapp(
        "--db", str(builtin_database), "export", "-o", str(target),
        env={"QT_QPA_PLATFORM": "", "DISPLAY": "", "WAYLAND_DISPLAY": ""},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    pages = _pages(target)
    count = len(pages)
    written, warning = result.stdout.splitlines()  # the export, then what check would find
    assert written.endswith(
        f"111 programme actions, 15 additional actions, 8 tables, {count} pages"
    )
    assert warning == "note: 50 findings before publishing; statusapp check lists them"
    assert 10 <= count <= 30
    for number, page in enumerate(pages, 1):
        assert f"Pagina {number} van {count}" in page
    title = " ".join(pages[0].split())
    assert "Uitvoeringsprogramma 2022-2026" in title
    assert "Rapportageronde: Midterm review" in title and "Peildatum: 1 april 2024" in title
    # Each pillar starts a page; every table page repeats the header row.
    starts = [next(i for i, p in enumerate(pages) if p.lstrip().startswith(heading))
              for heading in GREEN_SHEETS]  # fmt: skip
    assert starts == sorted(starts) and starts[0] == 1
    table_pages = pages[1:-1]
    assert all("Maatregelen/acties" in page and "Toelichting" in page for page in table_pages)
    assert sum("Status" in page for page in table_pages) >= 8
    assert any("Aanvullende werkzaamheden boven op uitvoeringsprogramma" in p for p in pages)
    assert "Legenda" in pages[-1] and "traject loopt, maar heeft langere doorlooptijd" in pages[-1]
    everything = "\n".join(pages)
    assert "Vaststellen omgevingsvisie (programma 8)" in everything
    assert "6.4 Nota van uitgangspunten" in everything


def test_pdf_in_english_for_one_owner(builtin_database: Path, tmp_path: Path) -> None:
    from statusapp.services import updates
    from statusapp.services.context import edit_context_for
    from statusapp.services.exports import export_pdf
    from statusapp.storage.database import open_database
    from tests.excel_helpers import load_tree

    first = next(load_tree(builtin_database).walk_actions())
    database = open_database(builtin_database)
    try:
        updates.set_owners(edit_context_for(database, "tester"), [first.id], "Anna de Vries")
        summary = export_pdf(database, tmp_path / "anna.pdf", owner="Anna de Vries", language="en")
    finally:
        database.close()
    assert (summary.green_rows, summary.blue_rows) == (1, 0)
    pages = _pages(tmp_path / "anna.pdf")
    assert len(pages) == summary.pages == 3  # title, the one table, the legend
    assert "Owner: Anna de Vries" in " ".join(pages[0].split())
    assert "Page 2 of 3" in pages[1] and "Measures/actions" in pages[1]
    assert first.text[:30] in " ".join(pages[1].split())


def test_a_wrong_target_is_one_line(builtin_database: Path, run_statusapp, tmp_path) -> None:
    missing = tmp_path / "no such folder" / "r.pdf"
    result = run_statusapp("--db", str(builtin_database), "export", "-o", str(missing))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"statusapp: error: {missing}: the folder {missing.parent} does not exist"
    ]
