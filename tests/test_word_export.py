"""The Word export read back with python-docx, and converted by LibreOffice Writer."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from statusapp.documents.word import write_word
from statusapp.report.document import DocumentError, report_document
from tests.excel_helpers import GREEN_SHEETS, load_tree

GREEN_CAPTIONS = ["Maatschappelijk effect/ambitie", "Maatregelen/acties", "Gepland", "Status",
                  "Toelichting"]  # fmt: skip
BLUE_CAPTIONS = [c for c in GREEN_CAPTIONS if c != "Status"]
BLUE_PILLARS = ["Veilig wonen, werken en leven", "Klimaatbestendig Heemstede",
                "We zorgen voor elkaar", "Ondersteuning van de raad"]  # fmt: skip


@pytest.fixture(scope="module")
def word_path(builtin_database_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("word") / "rapportage midterm review.docx"
    write_word(report_document(load_tree(builtin_database_template)), target)
    return target


def _captions(table) -> list[str]:
    return [cell.text for cell in table.rows[0].cells]


def _data_rows(table) -> int:
    return len(table.rows) - 1


def _fill(cell) -> str | None:
    shading = cell._tc.tcPr.find(qn("w:shd"))
    return None if shading is None else shading.get(qn("w:fill"))


def test_one_table_per_pillar_with_captions_and_the_action_rows(word_path: Path) -> None:
    document = docx.Document(str(word_path))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings == [*GREEN_SHEETS, "Aanvullende werkzaamheden boven op uitvoeringsprogramma",
                        *BLUE_PILLARS, "Legenda"]  # fmt: skip
    tables = document.tables
    green, blue, legend = tables[:4], tables[4:8], tables[8]
    assert len(tables) == 9
    assert all(_captions(t) == GREEN_CAPTIONS for t in green)
    assert all(_captions(t) == BLUE_CAPTIONS for t in blue)
    assert sum(_data_rows(t) for t in green) == 111
    assert sum(_data_rows(t) for t in blue) == 15
    assert _fill(green[0].rows[0].cells[0]) == "A9D08E"
    assert _fill(blue[0].rows[0].cells[0]) == "9BC2E6"
    # The header row repeats on every page, in Word and in Writer.
    for table in tables[:8]:
        header = table.rows[0]._tr.trPr.find(qn("w:tblHeader"))
        assert header is not None and header.get(qn("w:val")) == "true"
    symbols = [row.cells[0].text.split("\n")[0] for row in legend.rows][1:]  # then the words
    assert symbols == ["✓", "+", "+/-", "-", "geen status"]


def test_ambition_cells_are_merged_over_their_actions(word_path: Path) -> None:
    table = docx.Document(str(word_path)).tables[0]
    texts = [row.cells[1].text for row in table.rows]
    first = next(i for i, t in enumerate(texts) if t.startswith("1. Vaststellen woonvisie"))
    last = next(i for i, t in enumerate(texts) if t.startswith("6.4 Nota van uitgangspunten"))
    top = table.rows[first].cells[0]
    assert top.text.startswith("Wonen in Heemstede en mogelijke woningbouw\nWe geven loyaal")
    assert top.paragraphs[0].runs[0].bold
    # One cell object spans the block: python-docx returns the same <w:tc> for each row.
    assert all(table.rows[r].cells[0]._tc is top._tc for r in range(first, last + 1))
    assert table.rows[last + 1].cells[0]._tc is not top._tc
    merges = [tc.tcPr.vMerge for tc in table._tbl.iter(qn("w:tc")) if tc.tcPr.vMerge is not None]
    assert len(merges) > 20  # continuation cells of all merged ambitions


def test_status_symbols_on_their_colours(word_path: Path) -> None:
    table = docx.Document(str(word_path)).tables[0]
    by_start = {row.cells[1].text[:30]: row.cells[3] for row in table.rows[1:]}
    expected = {
        "Vaststellen omgevingsvisie (pr": ("+/-", "FFC000"),
        "1. Vaststellen woonvisie. Na v": ("✓", "00B050"),
        "1.1 Uitvoeringsprogramma woonv": ("+", "92D050"),
        "3. We maken meerjarige prestat": ("✓", "00B050"),
    }
    shown = {k: (by_start[k].text.split("\n")[0], _fill(by_start[k])) for k in expected}
    assert shown == expected
    # Red cells carry white text, as in the report.
    red = [cell for cell in by_start.values() if _fill(cell) == "FF0000"]
    assert all(str(cell.paragraphs[0].runs[0].font.color.rgb) == "FFFFFF" for cell in red)


def test_a4_landscape_title_page_and_page_numbers(word_path: Path) -> None:
    document = docx.Document(str(word_path))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (297, 210)
    texts = [p.text for p in document.paragraphs if p.text]
    assert texts[0] == "Uitvoeringsprogramma 2022-2026"
    assert any("Peildatum: 1 april 2024" in t and "Midterm review" in t for t in texts[:3])
    footer = section.footer._element.xml
    assert "Pagina " in footer and 'w:instr="PAGE"' in footer and 'w:instr="NUMPAGES"' in footer


def test_owner_and_language_selection(builtin_database: Path, tmp_path: Path) -> None:
    tree = load_tree(builtin_database)
    target = tmp_path / "report.docx"
    write_word(report_document(tree, language="en", pillar=2), target)
    document = docx.Document(str(target))
    assert _captions(document.tables[0])[:2] == ["Societal effect/ambition", "Measures/actions"]
    assert next(p.text for p in document.paragraphs if p.style.name == "Heading 1") == (
        "2 Klimaatbestendig Heemstede"
    )
    with pytest.raises(DocumentError, match="owner 'Nobody' has no actions"):
        report_document(tree, owner="Nobody")
    with pytest.raises(DocumentError, match=r"needs a name ending in \.docx"):
        write_word(report_document(tree), tmp_path / "report.doc")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_writer_converts_it_to_pdf(word_path: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(word_path)],
        capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    pdf = tmp_path / (word_path.stem + ".pdf")
    assert result.returncode == 0 and pdf.exists(), result.stderr
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout  # fmt: skip
        assert "1 Veilig wonen, werken en leven" in text
        assert text.count("Maatregelen/acties") > 8  # the header row repeated on later pages
        assert "Pagina 2 van" in text


def test_cli_export_follows_the_extension(builtin_database: Path, run_statusapp, tmp_path) -> None:
    target = tmp_path / "verslag ronde é.docx"
    result = run_statusapp("--db", str(builtin_database), "export", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert "111 programme actions, 15 additional actions, 8 tables" in result.stdout
    assert docx.Document(str(target)).tables
    wrong = run_statusapp("--db", str(builtin_database), "export", "-o", "report.odt")
    assert wrong.returncode == 1
    assert wrong.stderr.strip().splitlines() == [
        "statusapp: error: report.odt: the format follows the file name's extension: .xlsx "
        "(Excel), .docx (Word) or .pdf"
    ]


def test_control_characters_pasted_into_texts_are_left_out(
    builtin_database: Path, tmp_path: Path, run_statusapp
) -> None:
    """The editor refuses a vertical tab or a bell (XML cannot hold them), but a database from
    before that rule may hold them: the export leaves them out instead of failing."""
    import sqlite3

    from statusapp.services.context import ValidationError, edit_context_for
    from statusapp.services.updates import update_pillar
    from statusapp.storage.database import open_database

    tree = load_tree(builtin_database)
    pillar = tree.pillars[0]
    ambition = pillar.ambitions[0]
    database = open_database(builtin_database)
    try:
        with pytest.raises(ValidationError, match="U\\+0007"):
            update_pillar(edit_context_for(database, "tester"), pillar.id, title="A\x07", aims=[])
    finally:
        database.close()
    with sqlite3.connect(builtin_database) as raw:
        raw.execute("UPDATE pillars SET title = ? WHERE id = ?", ("Veilig\x07 wonen", pillar.id))
        raw.execute(
            "UPDATE ambitions SET title = ?, description = ? WHERE id = ?",
            (ambition.title + "\x0b", "Eerste regel\x0btweede regel", ambition.id),
        )
    raw.close()
    target = tmp_path / "rapport.docx"
    written = run_statusapp("--db", str(builtin_database), "export", "-o", str(target))
    assert written.returncode == 0, written.stderr
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "Veilig wonen" in text
    cells = {c.text for t in docx.Document(str(target)).tables for r in t.rows for c in r.cells}
    assert any("Eerste regeltweede regel" in c for c in cells)
