"""The PDF export is tagged PDF/UA-1: a structure tree with headings and real tables (TH with
column scope over TD), every action in a cell, rows kept on one page, the document language,
the title shown, fonts embedded, the PDF/UA identification, and text without ligatures."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest

from statusapp.report.comparison import comparison_sections
from statusapp.services.exports import export_pdf
from statusapp.services.round_comparison import round_comparison
from statusapp.storage.database import open_database
from tests.excel_helpers import load_tree
from tests.pdf_structure import cell_texts, structure_tree

needs_poppler = pytest.mark.skipif(
    shutil.which("pdfinfo") is None or shutil.which("pdftotext") is None,
    reason="needs poppler-utils (pdfinfo, pdftotext); .ci/run installs it",
)
LIGATURES = re.compile("[\ufb00-\ufb06]")


def _export(database: Path, target: Path, **selection) -> Path:  # type: ignore[no-untyped-def]
    opened = open_database(database)
    try:
        export_pdf(opened, target, **selection)
    finally:
        opened.close()
    return target


def _squeezed(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFC", " ".join(text.split()))


def _check_pdf_ua(
    path: Path, *, language: str, title: str, tables: int, split_rows: int = 0
) -> pikepdf.Pdf:
    pdf = pikepdf.open(path)
    root = pdf.Root
    assert root.MarkInfo.Marked is True
    assert str(root.Lang) == language
    assert root.ViewerPreferences.DisplayDocTitle is True  # the title, not the file name
    with pdf.open_metadata() as meta:
        assert meta["dc:title"].startswith(f"{title} — ")  # and the round, as in Word
        assert meta["pdfuaid:part"] == "1"
    for page in pdf.pages:  # every font embedded
        for font in page.Resources.Font.values():
            for descendant in font.get("/DescendantFonts", [font]):
                assert "/FontFile2" in descendant.FontDescriptor, font.BaseFont

    tree = structure_tree(pdf)
    assert [e.tag for e in tree.children] == ["Document"]
    assert len(tree.find("H1")) == 1
    found = tree.find("Table")
    assert len(found) == tables
    split = 0
    for table in found:
        head = table.find("THead")
        assert len(head) == 1 and len(head[0].find("TR")) == 1
        header = head[0].find("TR")[0].children
        assert header and all(cell.tag == "TH" for cell in header)
        assert all(str(cell.attributes.get("/Scope")) == "/Column" for cell in header)
        for row in table.find("TBody")[0].children:
            assert row.tag == "TR" and all(cell.tag == "TD" for cell in row.children)
            # A row is not split over two pages unless taller than one (an ambition cell
            # spanning rows may break).
            single = [c for c in row.children if int(c.attributes.get("/RowSpan", 1)) == 1]
            split += len(set().union(*(c.all_pages() for c in single))) > 1
    assert split == split_rows
    return pdf


@needs_poppler
def test_the_built_in_programme_is_tagged_pdf_ua(builtin_database: Path, tmp_path: Path) -> None:
    target = _export(builtin_database, tmp_path / "rapport ë.pdf")
    tree = load_tree(builtin_database)
    tables = 8 + 1  # 4 green and 4 blue tables, and the legend
    pdf = _check_pdf_ua(target, language="nl-NL", title=tree.programme.name, tables=tables)
    headings = [e for e in structure_tree(pdf).walk() if e.tag in ("H1", "H2", "H3")]
    assert [e.tag for e in headings][:3] == ["H1", "H2", "H2"]  # title, then the pillars

    cells = cell_texts(target)
    assert cells["TH"][:5] == [
        "Maatschappelijk effect/ambitie",
        "Maatregelen/acties",
        "Gepland",
        "Status",
        "Toelichting",
    ]
    data = [_squeezed(text) for text in cells["TD"]]
    for action in tree.walk_actions():  # every action in a cell of its own
        assert any(_squeezed(action.text) in text for text in data), action.text
    # The status in symbol and words, never by colour alone.
    assert "✓ afgerond" in data and "+/- langere doorlooptijd" in data

    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert not LIGATURES.search(text)
    assert "differentiatie" in text  # "ff" as two letters: copying it gives the word


def test_an_english_export_says_so(builtin_database: Path, tmp_path: Path) -> None:
    target = _export(builtin_database, tmp_path / "report.pdf", language="en", pillar=2)
    title = load_tree(builtin_database).programme.name
    pdf = _check_pdf_ua(target, language="en-GB", title=title, tables=2 + 1)
    assert "Legend" in [str(item.title) for item in pdf.open_outline().root[0].children]


@needs_poppler
def test_markup_in_a_text_is_printed_as_typed(builtin_database: Path, tmp_path: Path) -> None:
    from statusapp.services import updates
    from statusapp.services.context import edit_context_for

    typed = '#pagebreak() *vet* _schuin_ $x^2$ <label> @ref 1. // niet weg "\\" ]) #{'
    first = next(load_tree(builtin_database).walk_actions())
    opened = open_database(builtin_database)
    try:
        updates.save_status_update(edit_context_for(opened, "tester"), first.id, explanation=typed)
        export_pdf(opened, tmp_path / "r.pdf", pillar=1)
    finally:
        opened.close()
    assert _squeezed(typed) in [_squeezed(text) for text in cell_texts(tmp_path / "r.pdf")["TD"]]


@needs_poppler
def test_five_thousand_actions_each_have_their_tagged_row(tmp_path: Path) -> None:
    from benchmarks import generate

    database = tmp_path / "vijfduizend.db"
    generate.create_database(database, "M")
    tree = load_tree(database)
    actions = list(tree.walk_actions())
    assert len(actions) == 5_000
    target = _export(database, tmp_path / "groot.pdf")
    opened = open_database(database)
    try:  # the generated programme has earlier rounds: the comparison's tables come too
        changes = len(comparison_sections(round_comparison(opened), "nl"))
    finally:
        opened.close()
    tables = 12 + changes + 1
    pdf = _check_pdf_ua(target, language="nl-NL", title=tree.programme.name, tables=tables)
    # One TR of TDs per action (the legend's five rows aside); pdfinfo's cell texts take
    # minutes on 400 pages, so the texts are checked on the page text here.
    rows = [t.find("TBody")[0].children for t in structure_tree(pdf).find("Table")]
    assert sum(len(r) for r in rows[:12]) == len(actions) and len(rows[-1]) == 5
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert not LIGATURES.search(text)
    # pdftotext joins a line ending in "-" to the next without it: compare without white space
    # and hyphens.
    whole = re.sub(r"[\s-]+", "", text)
    missing = [a.text for a in actions if re.sub(r"[\s-]+", "", a.text) not in whole]
    assert missing == []


@needs_poppler
def test_a_row_taller_than_a_page_goes_on_over_pages(builtin_database: Path, tmp_path: Path):
    from statusapp.services import updates
    from statusapp.services.context import edit_context_for

    long = " ".join(f"woord{number}" for number in range(3_000)) + " EINDE"
    first = next(load_tree(builtin_database).walk_actions())
    opened = open_database(builtin_database)
    try:
        updates.save_status_update(edit_context_for(opened, "tester"), first.id, explanation=long)
        export_pdf(opened, tmp_path / "lang.pdf", pillar=1)
    finally:
        opened.close()
    title = load_tree(builtin_database).programme.name
    _check_pdf_ua(tmp_path / "lang.pdf", language="nl-NL", title=title, tables=3, split_rows=1)
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "lang.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert set(re.findall(r"woord\d+", text)) == {f"woord{n}" for n in range(3_000)}
    assert "EINDE" in text  # nothing cut off at a page's end


@needs_poppler
def test_a_change_taller_than_a_page_goes_on_over_pages(builtin_database: Path, tmp_path: Path):
    from statusapp.services import updates
    from statusapp.services.context import edit_context_for
    from tests.two_rounds import make_second_round

    make_second_round(builtin_database)
    long = " ".join(f"woord{number}" for number in range(3_000)) + " EINDE"
    first = next(load_tree(builtin_database).walk_actions())
    opened = open_database(builtin_database)
    try:
        updates.save_status_update(edit_context_for(opened, "tester"), first.id, explanation=long)
        export_pdf(opened, tmp_path / "lang.pdf", pillar=1)
    finally:
        opened.close()
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "lang.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    changes = text[text.index("Wijzigingen sinds") :]  # the changes section, after the tables
    assert set(re.findall(r"woord\d+", changes)) == {f"woord{n}" for n in range(3_000)}
    assert "EINDE" in changes  # nothing cut off at a page's end


@needs_poppler
def test_a_character_without_a_glyph_is_written_by_name(
    builtin_database: Path, tmp_path: Path, run_statusapp
) -> None:
    from statusapp.services import updates
    from statusapp.services.context import edit_context_for

    typed = "Gevierd 🎉\ufe0f met\ttaart 中 en één"
    first = next(load_tree(builtin_database).walk_actions())
    opened = open_database(builtin_database)
    try:
        updates.save_status_update(edit_context_for(opened, "tester"), first.id, explanation=typed)
    finally:
        opened.close()
    target = tmp_path / "r.pdf"
    result = run_statusapp("--db", str(builtin_database), "export", "-o", str(target))
    assert result.returncode == 0, result.stderr  # PDF/UA refuses a missing glyph: not us
    assert "note: 2 characters have no glyph in the PDF's font" in result.stdout
    cells = [_squeezed(text) for text in cell_texts(target)["TD"]]
    assert "Gevierd [PARTY POPPER] met taart [CJK UNIFIED IDEOGRAPH-4E2D] en één" in cells


def test_an_english_pdf_marks_the_programme_s_dutch_texts_as_dutch(
    builtin_database: Path, tmp_path: Path
) -> None:
    """PDF/UA 7.2 and WCAG 3.1.2: a change of language is marked, so it is read aloud right."""
    opened = open_database(builtin_database)
    try:
        export_pdf(opened, tmp_path / "report.pdf", language="en")
    finally:
        opened.close()
    pdf = pikepdf.open(tmp_path / "report.pdf")
    assert str(pdf.Root.Lang) == "en-GB"
    found: dict[str, set[str]] = {}

    def walk(element: object, inherited: str) -> None:
        if not isinstance(element, pikepdf.Dictionary):
            return
        language = str(element.get("/Lang", inherited))
        if "/S" in element:
            found.setdefault(str(element.S), set()).add(language)
        kids = element.get("/K")
        for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
            walk(kid, language)

    walk(pdf.Root.StructTreeRoot, "en-GB")
    assert found["/H1"] == {"nl-NL"}  # the programme's own name, on the title page
    assert "nl-NL" in found["/H2"] and "nl-NL" in found["/TD"]  # pillars and actions
    assert "en-GB" in found["/TD"]  # the statuses' English words
    # Known limit of Typst 0.15: it marks a table whose body is mostly Dutch as Dutch and does
    # not mark its English header cells back as English, so those inherit nl-NL.
