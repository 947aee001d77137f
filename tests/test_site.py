"""`statusapp publish`: a self-contained static site with the report, the comparison, the
legend, an accessibility statement and open data; plain HTML whose texts are never markup."""

from __future__ import annotations

import csv
import html
import io
import itertools
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from statusapp.programme_json import tree_to_dict
from statusapp.services.context import edit_context_for
from statusapp.services.programmes import load_programme_tree
from statusapp.services.rounds import list_rounds
from statusapp.services.updates import save_status_update
from statusapp.storage.database import open_database
from tests.excel_helpers import load_tree
from tests.two_rounds import make_second_round


class Page(HTMLParser):
    """What the tests look at in a page: headings, tables' header cells, links, language."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.lang = None
        self.headings: list[tuple[int, str]] = []
        self.header_cells: list[dict[str, str | None]] = []
        self.links: list[tuple[str, str]] = []
        self.resources: list[str] = []
        self.scripts = 0
        self._heading: int | None = None
        self._link: str | None = None
        self._text = ""
        self.text_parts: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        attributes = dict(attrs)
        if tag == "html":
            self.lang = attributes.get("lang")
        elif re.fullmatch(r"h[1-6]", tag):
            self._heading, self._text = int(tag[1]), ""
        elif tag == "th":
            self.header_cells.append(attributes)
        elif tag == "a":
            self._link, self._text = attributes.get("href"), ""
        elif tag == "script":
            self.scripts += 1
        elif tag in ("link", "img", "iframe"):
            self.resources.append(attributes.get("href") or attributes.get("src") or "")

    def handle_endtag(self, tag):  # type: ignore[no-untyped-def]
        if self._heading is not None and tag == f"h{self._heading}":
            self.headings.append((self._heading, self._text.strip()))
            self._heading = None
        elif tag == "a" and self._link is not None:
            self.links.append((self._link, " ".join(self._text.split())))
            self._link = None

    def handle_data(self, data):  # type: ignore[no-untyped-def]
        self._text += data
        self.text_parts.append(data)

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.text_parts).split())


def _publish(database: Path, folder: Path, run_statusapp, *extra: str) -> None:  # type: ignore[no-untyped-def]
    result = run_statusapp("--db", str(database), "publish", "--out", str(folder), *extra)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"wrote the site to {folder}: ")


def _pages(folder: Path) -> dict[str, Page]:
    return {p.name: Page(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.html"))}


def test_the_site_of_the_built_in_programme(
    builtin_database: Path, tmp_path: Path, run_statusapp
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "site ë"
    _publish(builtin_database, folder, run_statusapp)
    pages = _pages(folder)
    assert set(pages) == {
        "index.html",
        "pijler-1.html",
        "pijler-2.html",
        "pijler-3.html",
        "pijler-4.html",
        "aanvullende-werkzaamheden.html",
        "legenda.html",
        "toegankelijkheid.html",
    }  # fmt: skip  (no comparison page in the first round)
    for name, page in pages.items():
        assert page.lang == "nl", name
        levels = [level for level, _text in page.headings]
        assert levels.count(1) == 1 and levels[0] == 1, name
        assert all(b - a <= 1 for a, b in itertools.pairwise(levels)), name
        assert all(c.get("scope") in ("col", "row", "rowgroup") for c in page.header_cells)
        assert page.header_cells or name == "toegankelijkheid.html", name  # tables have heads
        assert page.scripts == 0 and page.resources == ["site.css"], name  # self-contained
        for href, text in page.links:
            assert text, (name, href)  # every link says where it goes
            if href.startswith("#"):
                assert f'id="{href[1:]}"' in (folder / name).read_text(encoding="utf-8")
            elif not href.startswith("https://"):
                assert (folder / href.split("#")[0]).is_file(), (name, href)
    everything = " ".join(page.text for page in pages.values())
    for action in load_tree(builtin_database).walk_actions():
        assert " ".join(action.text.split()) in everything, action.text
    index = pages["index.html"]
    assert ("1 Veilig wonen, werken en leven", "pijler-1.html") in [(t, h) for h, t in index.links]
    assert "Midterm review, terugblik 2022-2023, peildatum 1 april 2024" in index.text
    svg = (folder / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<svg role="img" aria-labelledby="chart-title chart-desc"', svg)
    assert "1 Veilig wonen, werken en leven: afgerond 6, op schema 11," in html.unescape(svg)
    css = (folder / "site.css").read_text(encoding="utf-8")
    assert ":focus-visible" in css and "@media print" in css and "max-width" in css
    assert '<a class="skip" href="#inhoud">Naar de inhoud</a>' in svg


def test_open_data_per_round_and_the_comparison(
    builtin_database: Path, tmp_path: Path, run_statusapp
) -> None:  # type: ignore[no-untyped-def]
    second = make_second_round(builtin_database)
    folder = tmp_path / "site"
    _publish(builtin_database, folder, run_statusapp, "--lang", "en")
    listed = json.loads(run_statusapp("--db", str(builtin_database), "list", "--json").stdout)
    assert json.loads((folder / "data" / "ronde-2.json").read_text(encoding="utf-8")) == listed
    opened = open_database(builtin_database)
    try:
        rounds = list_rounds(opened)
        with opened.session(write=False) as session:
            first = load_programme_tree(session, round_id=rounds[0].id)
    finally:
        opened.close()
    first_data = json.loads((folder / "data" / "ronde-1.json").read_text(encoding="utf-8"))
    assert first_data == json.loads(json.dumps(tree_to_dict(first), ensure_ascii=False))
    raw = (folder / "data" / "acties.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM: Excel reads it as UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 126 + 126  # every action in each round (one removed, one added)
    changed = [r for r in rows if r["action_id"] == second.status_changed]
    assert [(r["round_id"], r["status"], r["symbol"]) for r in changed] == [
        (rounds[0].id, "on_track", "+"), (rounds[1].id, "done", "✓"),
    ]  # fmt: skip
    assert changed[1]["reference_date"] == "2024-10-01"

    pages = _pages(folder)
    assert pages["index.html"].lang == "en" and "changes.html" in pages
    changes = pages["changes.html"].text
    label = next(a.label for a in load_tree(builtin_database).walk_actions()
                 if a.id == second.status_changed)  # fmt: skip
    assert f"{' '.join(label.split())} Veilig wonen, werken en leven + on track ✓ done" in changes
    assert "Removed actions (1)" in changes


def test_markup_in_a_text_is_shown_as_text(
    builtin_database: Path, tmp_path: Path, run_statusapp
) -> None:  # type: ignore[no-untyped-def]
    typed = '<script>alert("x")</script><b onclick="x()">vet</b> & {{ 7*7 }} {% raw %}'
    first = next(load_tree(builtin_database).walk_actions())
    opened = open_database(builtin_database)
    try:
        save_status_update(edit_context_for(opened, "t"), first.id, explanation=typed)
    finally:
        opened.close()
    folder = tmp_path / "site"
    _publish(builtin_database, folder, run_statusapp)
    source = (folder / "pijler-1.html").read_text(encoding="utf-8")
    assert "<script" not in source and "<b onclick" not in source
    assert html.escape(typed, quote=False) in source.replace("&#34;", '"')
    assert typed in Page(source).text


def test_the_target_folder_is_checked(
    builtin_database: Path, tmp_path: Path, run_statusapp
) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "documenten"
    other.mkdir()
    (other / "brief.docx").write_text("mine", encoding="utf-8")
    result = run_statusapp("--db", str(builtin_database), "publish", "--out", str(other))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"statusapp: error: {other}: holds other files than a site Statusapp wrote; choose an "
        "empty or new folder"
    ]
    assert [p.name for p in other.iterdir()] == ["brief.docx"]
    missing = tmp_path / "geen map" / "site"
    result = run_statusapp("--db", str(builtin_database), "publish", "--out", str(missing))
    assert result.returncode == 1 and "does not exist" in result.stderr
    site = tmp_path / "site"
    _publish(builtin_database, site, run_statusapp)
    (site / "pijler-9.html").write_text("old", encoding="utf-8")  # from an earlier, longer site
    _publish(builtin_database, site, run_statusapp)  # an earlier site is replaced whole
    assert not (site / "pijler-9.html").exists() and (site / "index.html").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_statement_page_is_there_to_fill_in(
    builtin_database: Path, tmp_path: Path, run_statusapp, language: str
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / language
    _publish(builtin_database, folder, run_statusapp, "--lang", language)
    page = _pages(folder)["toegankelijkheid.html"]
    assert page.headings[0][1] == {"nl": "Toegankelijkheidsverklaring",
                                   "en": "Accessibility statement"}[language]  # fmt: skip
    assert "EN 301 549" in page.text and "[" in page.text  # the parts to fill in
