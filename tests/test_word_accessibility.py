"""The Word export for screen readers: heading styles in outline order, every table's header
row marked and repeated, rows kept whole, the document's language and title, each table's
caption and description, the status in symbol and words, and what changed since the last round.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml.ns import qn

from statusapp.services.exports import export_word
from statusapp.storage.database import open_database
from tests.excel_helpers import load_tree
from tests.two_rounds import make_second_round


def _export(database: Path, target: Path, **selection) -> docx.document.Document:  # type: ignore[no-untyped-def]
    opened = open_database(database)
    try:
        export_word(opened, target, **selection)
    finally:
        opened.close()
    return docx.Document(str(target))


def _headings(document) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [
        (p.style.name, p.text)
        for p in document.paragraphs
        if p.style.name == "Title" or p.style.name.startswith("Heading")
    ]


def test_the_word_export_is_structured_for_screen_readers(
    builtin_database: Path, tmp_path: Path
) -> None:
    document = _export(builtin_database, tmp_path / "rapport.docx")
    headings = _headings(document)
    assert headings[0] == ("Title", "Uitvoeringsprogramma 2022-2026")
    assert headings[1] == ("Heading 1", "1 Veilig wonen, werken en leven")
    assert ("Heading 2", "Ondersteuning van de raad") in headings  # a blue table's pillar
    assert headings[-1] == ("Heading 1", "Legenda")
    assert not any(h[1].startswith("Wijzigingen") for h in headings)  # the first round

    properties = document.core_properties
    assert properties.language == "nl-NL"
    assert properties.created.year >= 2026 and properties.comments == ""  # not the template's
    import zipfile

    with zipfile.ZipFile(tmp_path / "rapport.docx") as package:
        assert not [n for n in package.namelist() if "thumbnail" in n]
        assert b"<Application>Statusapp</Application>" in package.read("docProps/app.xml")
    assert properties.title.startswith("Uitvoeringsprogramma 2022-2026")
    run_defaults = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault"))
    assert run_defaults.find(qn("w:rPr")).find(qn("w:lang")).get(qn("w:val")) == "nl-NL"

    assert len(document.tables) == 9  # 4 green, 4 blue, the legend
    for table in document.tables:
        rows = table._tbl.findall(qn("w:tr"))
        header = rows[0].find(qn("w:trPr"))
        assert header.find(qn("w:tblHeader")) is not None  # repeated on every page
        assert all(row.find(qn("w:trPr")).find(qn("w:cantSplit")) is not None for row in rows)
    for table in document.tables[:8]:
        properties = table._tbl.tblPr
        assert properties.find(qn("w:tblCaption")).get(qn("w:val"))
        assert "planning" in properties.find(qn("w:tblDescription")).get(qn("w:val"))

    statuses = {row.cells[3].text for row in document.tables[0].rows[1:]}
    assert {"✓\nafgerond", "+\nop schema", "+/-\nlangere doorlooptijd"} <= statuses


def test_english_and_the_changes_since_the_previous_round(
    builtin_database: Path, tmp_path: Path
) -> None:
    second = make_second_round(builtin_database)
    label = next(a.label for a in load_tree(builtin_database).walk_actions()
                 if a.id == second.status_changed)  # fmt: skip
    document = _export(builtin_database, tmp_path / "report.docx", language="en")
    assert document.core_properties.language == "en-GB"
    headings = _headings(document)
    assert ("Heading 1", "Changes since the previous round") in headings
    assert ("Heading 2", "Status changed") in headings
    rows = [[c.text for c in row.cells] for table in document.tables for row in table.rows]
    assert [label, "Veilig wonen, werken en leven", "+ on track", "✓ done"] in rows
    assert [second.removed_text, "Veilig wonen, werken en leven"] in rows

    def languages(row) -> list[set[str]]:  # type: ignore[no-untyped-def]
        return [{m.get(qn("w:val")) for m in cell._tc.iter(qn("w:lang"))} for cell in row.cells]

    # The programme's Dutch texts are marked Dutch; the English captions and statuses not.
    first_table = document.tables[0]
    assert languages(first_table.rows[0]) == [set()] * 5
    body = languages(first_table.rows[1])
    assert body[0] == body[1] == {"nl-NL"} and body[3] == set()


def test_a_row_that_may_be_taller_than_a_page_may_split(
    builtin_database: Path, tmp_path: Path
) -> None:
    """Word cuts off a row that must stay whole and is taller than a page."""
    from statusapp.services.context import edit_context_for
    from statusapp.services.updates import save_status_update
    from statusapp.storage.database import open_database

    long = " ".join(f"woord{number}" for number in range(3_000))
    first = next(load_tree(builtin_database).walk_actions())
    opened = open_database(builtin_database)
    try:
        save_status_update(edit_context_for(opened, "tester"), first.id, explanation=long)
    finally:
        opened.close()
    document = _export(builtin_database, tmp_path / "lang.docx")
    rows = document.tables[0]._tbl.findall(qn("w:tr"))
    whole = [row.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None for row in rows]
    assert whole[1] is False and all(whole[2:])
