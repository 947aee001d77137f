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

from statusapp.services.context import edit_context_for
from statusapp.services.rounds import list_rounds
from statusapp.services.updates import save_status_update, set_action_label
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
    assert re.search(r'<div class="bars" role="img" aria-label="Gestapelde staven', svg)
    assert '<span class="symbol">✓</span>&nbsp;6</span>' in svg  # symbol and count, not colour
    assert "1 Veilig wonen, werken en leven: afgerond 6, op schema 11," in html.unescape(svg)
    css = (folder / "site.css").read_text(encoding="utf-8")
    assert ":focus-visible" in css and "@media print" in css and "max-width" in css
    assert '<a class="skip" href="#inhoud">Naar de inhoud</a>' in svg


def test_open_data_per_round_and_the_comparison(
    builtin_database: Path, tmp_path: Path, run_statusapp
) -> None:  # type: ignore[no-untyped-def]
    as_reported = json.loads(run_statusapp("--db", str(builtin_database), "list", "--json").stdout)
    as_reported["round"]["closed"] = True
    second = make_second_round(builtin_database)
    first_action = as_reported["pillars"][0]["ambitions"][0]["actions"][0]
    opened = open_database(builtin_database)
    try:  # renamed in the second round: the first round's data keeps the old text
        set_action_label(edit_context_for(opened), first_action["id"], number="1.", text="Nieuw")
        rounds = list_rounds(opened)
    finally:
        opened.close()
    folder = tmp_path / "site"
    _publish(builtin_database, folder, run_statusapp, "--lang", "en")
    listed = json.loads(run_statusapp("--db", str(builtin_database), "list", "--json").stdout)
    assert json.loads((folder / "data" / "ronde-2.json").read_text(encoding="utf-8")) == listed
    first_data = json.loads((folder / "data" / "ronde-1.json").read_text(encoding="utf-8"))
    assert first_data == as_reported  # the round as it closed, whatever came after
    raw = (folder / "data" / "acties.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM: Excel reads it as UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 126 + 126  # every action in each round (one removed, one added)
    first_ids = {r["action_id"] for r in rows if r["round_id"] == rounds[0].id}
    second_ids = {r["action_id"] for r in rows if r["round_id"] == rounds[1].id}
    assert first_ids - second_ids == {next(
        r["action_id"] for r in rows if r["text"] == second.removed_text.split(" ", 1)[-1]
    )} and second_ids - first_ids == {second.added}  # fmt: skip
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


@pytest.mark.parametrize(
    ("typed", "in_csv"),
    [
        ('=HYPERLINK("http://evil.example","Klik hier")', "'=HYPERLINK("),
        ("@SUM(A1)", "'@SUM"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3"),
        ("+31 23 548 5600", "'+31"),
        ("- eerste punt, - tweede punt", "- eerste"),
    ],
)
def test_a_text_that_looks_like_a_formula_is_text_in_the_csv(
    builtin_database: Path, tmp_path: Path, run_statusapp, typed: str, in_csv: str
) -> None:  # type: ignore[no-untyped-def]
    first = next(load_tree(builtin_database).walk_actions())
    opened = open_database(builtin_database)
    try:
        save_status_update(edit_context_for(opened, "t"), first.id, explanation=typed)
    finally:
        opened.close()
    folder = tmp_path / "site"
    _publish(builtin_database, folder, run_statusapp)
    raw = (folder / "data" / "acties.csv").read_bytes().decode("utf-8-sig")
    row = next(r for r in csv.DictReader(io.StringIO(raw)) if r["action_id"] == first.id)
    assert row["explanation"].startswith(in_csv)
    assert row["explanation"].removeprefix("'") == typed
    data = json.loads((folder / "data" / "ronde-1.json").read_text(encoding="utf-8"))
    assert typed in json.dumps(data, ensure_ascii=False).replace('\\"', '"')


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
    as_file = site / "index.html"
    result = run_statusapp("--db", str(builtin_database), "publish", "--out", str(as_file))
    assert result.returncode == 1
    assert result.stderr == f"statusapp: error: {as_file}: is a file, not a folder\n"


def test_publishing_again_keeps_what_the_municipality_changed_or_added(
    builtin_database: Path, tmp_path: Path, run_statusapp
) -> None:  # type: ignore[no-untyped-def]
    real = tmp_path / "www ë"
    _publish(builtin_database, real, run_statusapp)
    real.chmod(0o755)  # as the web server's administrator set it
    statement = real / "toegankelijkheid.html"
    filled = statement.read_text(encoding="utf-8").replace("[Naam gemeente]", "Heemstede")
    statement.write_text(filled, encoding="utf-8")
    (real / "logo.png").write_bytes(b"\x89PNG mine")
    (real / "eigen").mkdir()
    (real / "eigen" / "notities.txt").write_text("mine", encoding="utf-8")
    (real / "pijler-9.html").write_text("old", encoding="utf-8")  # not ours: stays
    marker = json.loads((real / ".statusapp-site").read_text(encoding="utf-8"))
    marker["files"]["pijler-8.html"] = _digest(b"ours, from a longer site")
    marker["files"]["../buiten.txt"] = _digest(b"outside")  # a marker edited by hand
    (real / ".statusapp-site").write_text(json.dumps(marker), encoding="utf-8")
    (real / "pijler-8.html").write_bytes(b"ours, from a longer site")
    (tmp_path / "buiten.txt").write_bytes(b"outside")
    link = tmp_path / "link"
    link.symlink_to(real, target_is_directory=True)
    result = run_statusapp("--db", str(builtin_database), "publish", "--out", str(link))
    assert result.returncode == 0, result.stderr
    assert "toegankelijkheid.html: kept your text" in result.stdout
    assert "Heemstede wil dat iedereen" in statement.read_text(encoding="utf-8")
    assert (real / "logo.png").read_bytes() == b"\x89PNG mine"
    assert (real / "eigen" / "notities.txt").exists() and (real / "pijler-9.html").exists()
    assert not (real / "pijler-8.html").exists()  # ours and unchanged: gone with the old site
    assert (tmp_path / "buiten.txt").exists()
    assert link.is_symlink() and (real / "index.html").exists()
    assert (real.stat().st_mode & 0o777) == 0o755
    assert ((real / "index.html").stat().st_mode & 0o044) == 0o044  # the web server reads it
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "Mijn documenten") == [
        "buiten.txt",
        "link",
        "www ë",
    ]
    assert not [p for p in real.rglob(".statusapp-*") if p.name != ".statusapp-site"]
    # From inside the site, as "." (a relative path).
    result = run_statusapp("--db", str(builtin_database), "publish", "--out", ".", env={})
    assert result.returncode in (0, 1) and "internal error" not in result.stderr


def test_a_second_round_carries_the_filled_in_statement_into_its_own_pages(
    builtin_database: Path, tmp_path: Path, run_statusapp
) -> None:  # type: ignore[no-untyped-def]
    site = tmp_path / "site"
    _publish(builtin_database, site, run_statusapp)
    statement = site / "toegankelijkheid.html"
    statement.write_text(
        statement.read_text(encoding="utf-8").replace("[Naam gemeente]", "Heemstede"),
        encoding="utf-8",
    )
    make_second_round(builtin_database)
    _publish(builtin_database, site, run_statusapp)
    page = statement.read_text(encoding="utf-8")
    assert "Heemstede wil dat iedereen" in page  # their text
    assert "Najaar 2024" in page and 'href="wijzigingen.html"' in page  # the new round's menu
    _publish(builtin_database, site, run_statusapp)  # and again: still theirs
    assert "Heemstede wil dat iedereen" in statement.read_text(encoding="utf-8")


def test_a_site_is_not_overwritten_by_another_programme_or_an_older_copy(
    builtin_database: Path, tmp_path: Path, run_statusapp
) -> None:  # type: ignore[no-untyped-def]
    import shutil

    older = tmp_path / "older.db"
    shutil.copy(builtin_database, older)
    make_second_round(builtin_database)
    site = tmp_path / "site"
    _publish(builtin_database, site, run_statusapp)
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    result = run_statusapp("--db", str(older), "publish", "--out", str(site))
    assert result.returncode == 1 and "rounds this one does not have" in result.stderr
    other = tmp_path / "other.db"
    assert run_statusapp("--db", str(other), "init", "--empty").returncode == 0
    report = tmp_path / "rapport.xlsx"
    assert run_statusapp("--db", str(builtin_database), "export", "-o", str(report)).returncode == 0
    added = run_statusapp(
        "--db", str(other), "init", "--from", str(report), "--add", "--name", "Ander programma"
    )
    assert added.returncode == 0, added.stderr
    result = run_statusapp("--db", str(other), "publish", "--out", str(site))
    assert result.returncode == 1 and "holds the site of another programme" in result.stderr
    assert {p: p.read_bytes() for p in site.rglob("*") if p.is_file()} == before


def test_a_publication_that_cannot_be_written_leaves_the_old_site(
    builtin_database: Path, tmp_path: Path, run_statusapp
) -> None:  # type: ignore[no-untyped-def]
    site = tmp_path / "site"
    _publish(builtin_database, site, run_statusapp)
    make_second_round(builtin_database)
    # Its data folder is gone behind a link to a drive that is not there (root, who passes
    # any permission, cannot write through it either).
    (site / "data").rename(tmp_path / "data elsewhere")
    (site / "data").symlink_to(tmp_path / "unplugged drive", target_is_directory=True)
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    result = run_statusapp("--db", str(builtin_database), "publish", "--out", str(site))
    assert result.returncode == 1 and "nothing was changed" in result.stderr, result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert {p: p.read_bytes() for p in site.rglob("*") if p.is_file()} == before
    assert [p for p in site.rglob(".statusapp-*") if p.name != ".statusapp-site"] == []


def _digest(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


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


def test_the_programme_s_own_words_are_marked_as_its_language_on_an_english_site(
    builtin_database: Path, tmp_path: Path, run_statusapp
) -> None:  # type: ignore[no-untyped-def]
    """WCAG 3.1.2: a screen reader reads the Dutch texts with a Dutch voice."""
    folder = tmp_path / "en"
    _publish(builtin_database, folder, run_statusapp, "--lang", "en")
    pillar = (folder / "pillar-1.html").read_text(encoding="utf-8")
    assert re.search(r'<html lang="en">', pillar)
    assert re.search(r'<h1 lang="nl">1 Veilig wonen, werken en leven</h1>', pillar)
    bodies = re.findall(r"<tbody[^>]*>", pillar)
    assert bodies and set(bodies) == {'<tbody lang="nl">'}
    assert '<span class="status status-on_track" lang="en">' in pillar  # the site's words
    assert re.search(r'<th scope="col">Explanation</th>', pillar)  # headers stay English
    dutch = tmp_path / "nl"
    _publish(builtin_database, dutch, run_statusapp)
    for page in dutch.glob("*.html"):
        assert re.findall(r"\slang=", page.read_text(encoding="utf-8")) == [" lang="], page
