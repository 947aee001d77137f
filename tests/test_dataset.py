"""The built-in Heemstede data set: counts, repairs, fidelity to the report, and bad files."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from statusapp.dataset import load_builtin_programme, load_programme_file
from statusapp.domain import PillarKind, Status, TableKind
from statusapp.errors import DatasetError
from statusapp.paths import builtin_dataset_path
from tests.conftest import SEED_REPORT


@pytest.fixture(scope="module")
def tree():
    return load_builtin_programme()


def test_counts_match_the_report(tree) -> None:
    pillars = [p for p in tree.pillars if p.kind is PillarKind.PILLAR]
    sections = [p for p in tree.pillars if p.kind is PillarKind.SECTION]
    assert [p.title for p in pillars] == [
        "Veilig wonen, werken en leven",
        "Klimaatbestendig Heemstede",
        "We zorgen voor elkaar",
        "Samen richten we Heemstede in",
    ]
    assert [s.title for s in sections] == ["Ondersteuning van de raad"]
    assert sum(1 for _ in tree.ambitions(TableKind.GREEN)) == 37
    assert sum(1 for _ in tree.walk_actions(TableKind.GREEN)) == 111
    assert sum(1 for _ in tree.walk_actions(TableKind.BLUE)) == 15
    # Green actions per pillar, as counted in the report's tables.
    assert [sum(1 for _ in p.walk_actions(TableKind.GREEN)) for p in pillars] == [34, 17, 27, 33]
    # Blue tables: three pillar sections and "Ondersteuning van de raad".
    blue_groups = [
        p.title for p in tree.pillars if any(True for _ in p.walk_actions(TableKind.BLUE))
    ]
    assert len(blue_groups) == 4
    assert all(p.aims for p in pillars)


def test_green_ambitions_come_before_blue_within_a_pillar(tree) -> None:
    for pillar in tree.pillars:
        tables = [a.table for a in pillar.ambitions]
        assert tables == sorted(tables, key=lambda t: t is TableKind.BLUE)


def test_status_counts_follow_the_report(tree) -> None:
    counts = tree.status_counts(TableKind.GREEN)
    symbols = {"✓": 0, "+": 0, "+/-": 0}
    for line in (
        SEED_REPORT.read_text(encoding="utf-8").splitlines() if SEED_REPORT.exists() else []
    ):
        cells = [c.strip() for c in line.split("\t")]
        for cell in cells[2:5]:
            if cell in symbols:
                symbols[cell] += 1
                break
    if SEED_REPORT.exists():
        assert counts[Status.DONE] == symbols["✓"]
        assert counts[Status.ON_TRACK] == symbols["+"]
        assert counts[Status.LONGER] == symbols["+/-"]
    assert counts[Status.DELAYED] == 0
    assert sum(counts.values()) == 111
    assert all(a.status is Status.NONE for a in tree.walk_actions(TableKind.BLUE))


def _find(tree, text_start: str):
    matches = [a for a in tree.walk_actions() if a.text.startswith(text_start)]
    assert len(matches) == 1, text_start
    return matches[0]


def test_repaired_rows(tree) -> None:
    woonvisie = _find(tree, "Uitvoeringsprogramma woonvisie")
    assert (woonvisie.number, woonvisie.planned, woonvisie.status) == ("1.1", "", Status.ON_TRACK)
    assert woonvisie.explanation == "Verwacht af te ronden eind 2024"
    parent = _find(tree, "Vaststellen woonvisie.")
    assert parent.number == "1." and parent.actions == [woonvisie]

    afval = next(a for a in tree.ambitions() if a.title == "Afval en circulaire economie")
    assert afval.description.startswith("Heemstede is circulair in 2050.")
    assert [(a.text[:20], a.planned, a.explanation[:14]) for a in afval.actions] == [
        ("Besluit afvalinzamel", "2023", ""),
        ("Uitwerking en introd", "2024", "In afwachting "),
        ("Opstellen Actieplan ", "2023", "Actieplan is o"),
    ]

    laadpalen = _find(tree, "Evaluatie werkwijze/proces E-laadpalen")
    mobility = next(a for a in tree.ambitions(TableKind.GREEN) if a.title == "Duurzame mobiliteit")
    assert mobility.actions[-1] is laadpalen
    assert (laadpalen.planned, laadpalen.explanation[:17]) == ("2023", "Op 11 april 2023 ")
    assert mobility.note.startswith("Nb. Overige acties")


def test_sub_items_keep_their_own_planned_years(tree) -> None:
    energy = _find(tree, "Aanpak Energieopgave Heemstede")
    assert [item.planned for item in energy.sub_items] == ["2023", "2023", "2023", "2024"]
    assert energy.sub_items[0].text.startswith("Introduceren (aanvullende) maatregelen")
    assert energy.planned == "" and (energy.planned_years.start, energy.planned_years.end) == (
        2023,
        2024,
    )
    roads = _find(tree, "Uitvoering geven aan het uitvoeringsprogramma WCP")
    assert [(i.text, i.planned) for i in roads.sub_items] == [
        ("Johan Wagenaarlaan en Cesar Francklaan (2022-2023)", "2023"),
        ("Lanckhorstlaan", "2024"),
        ("Glipperweg", "2025"),
        ("Zandvoortselaan", "2026"),
    ]


def test_child_actions_and_bullet_rows(tree) -> None:
    six = _find(tree, "We werken aan (structurele) oplossingen")
    assert [c.number for c in six.actions] == ["6.1", "6.2", "6.3", "6.4"]
    lead = _find(tree, "Verkeersveiligheidsonderzoek (langzaam verkeer)")
    assert [c.number for c in lead.actions] == ["•", "•", "•"]
    assert [c.status for c in lead.actions] == [Status.ON_TRACK, Status.LONGER, Status.ON_TRACK]
    cjg = next(a for a in tree.ambitions() if a.title == "Centrum Jeugd en Gezin")
    assert [a.number for a in cjg.actions] == ["•", "•", "•", ""]


def test_titles_are_split_from_descriptions(tree) -> None:
    omgevingsvisie = next(tree.ambitions())
    assert omgevingsvisie.title == "Omgevingsvisie"
    assert omgevingsvisie.description.startswith("Een integrale langetermijnvisie")
    manpad = next(a for a in tree.ambitions() if a.title.startswith("Manpadslaangebied"))
    assert manpad.title == "Manpadslaangebied Natuurpark Manpad Havenkwartier, AWZI"
    for ambition in tree.ambitions():
        if ambition.title and ambition.description:
            assert not ambition.description[0].islower(), ambition.title


def test_no_html_remnants(tree) -> None:
    texts = [p.title for p in tree.pillars]
    for ambition in tree.ambitions():
        texts += [ambition.title, ambition.description, ambition.note]
    for action in tree.walk_actions():
        texts += [action.text, action.explanation, action.planned]
        texts += [item.text for item in action.sub_items]
    assert not [t for t in texts if re.search(r"<\s*/?\s*(ul|u|i|li)\b", t)]


def _squash(text: str) -> str:
    """Text without tags, bullets and white space: what extraction cannot have changed."""
    return re.sub(r"\s+|•", "", re.sub(r"<[^>]+>", "", text))


@pytest.mark.skipif(not SEED_REPORT.exists(), reason="the seed report lies beside the repo")
def test_every_text_comes_from_the_report(tree) -> None:
    seed = _squash(SEED_REPORT.read_text(encoding="utf-8"))
    missing = []
    for pillar in tree.pillars:
        missing += [t for t in [pillar.title, *pillar.aims] if _squash(t) not in seed]
    for ambition in tree.ambitions():
        for text in (ambition.title, ambition.description, ambition.note):
            if _squash(text) not in seed:
                missing.append(text)
    for action in tree.walk_actions():
        cell = action.label + "".join(i.text for i in action.sub_items)
        for text in (cell, action.explanation, action.planned):
            if _squash(text) not in seed:
                missing.append(text)
    assert missing == []


def test_ids_are_stable_in_the_file() -> None:
    first = load_builtin_programme()
    second = load_builtin_programme()
    assert [a.id for a in first.walk_actions()] == [a.id for a in second.walk_actions()]
    assert len({a.id for a in first.walk_actions()}) == 126


# --- malformed data files --------------------------------------------------------------


def _write(tmp_path: Path, data: object, name: str = "bad.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _builtin_json() -> dict:
    return json.loads(builtin_dataset_path().read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (
            lambda d: d["pillars"][0]["ambitions"][1]["actions"][0].update(status="maybe"),
            r"pillars\[0\]\.ambitions\[1\]\.actions\[0\]: 'status' must be one of done, on_track",
        ),
        (
            lambda d: d["pillars"][1]["ambitions"][0]["actions"][0].update(planned="soon"),
            r"pillars\[1\]\.ambitions\[0\]\.actions\[0\]: 'planned': planned text 'soon'",
        ),
        (
            lambda d: d["pillars"][0]["ambitions"][0]["actions"][0].update(text=""),
            r"actions\[0\]: 'text' must not be empty",
        ),
        (
            lambda d: d["pillars"][0]["ambitions"][0]["actions"][0].update(
                id=d["pillars"][0]["ambitions"][0]["id"]
            ),
            r"pillars\[0\]\.ambitions\[0\]\.actions\[0\]: 'id' .* is used twice",
        ),
        (
            lambda d: d["pillars"][0]["ambitions"][0]["actions"][0].update(id="42"),
            r"'id' must be a UUID, got '42'",
        ),
        (lambda d: d["pillars"][2].update(colour="red"), r"pillars\[2\]: unknown key 'colour'"),
        (
            lambda d: d["pillars"][0].update(ambitions={}),
            r"pillars\[0\]: 'ambitions' must be a list",
        ),
        (lambda d: d.update(format="other"), r"\(top\): 'format' must be 'statusapp-programme'"),
        (lambda d: d.update(format_version=2), r"'format_version' 2 is not supported"),
        (
            lambda d: d["round"].update(reference_date="1-4-2024"),
            r"round: 'reference_date' must be a date",
        ),
        (lambda d: d["programme"].update(name=None), r"programme: 'name' must be text, got null"),
        (
            lambda d: d["pillars"][0]["ambitions"][1]["actions"][5]["actions"][0][
                "sub_items"
            ].append({"text": ""}),
            r"actions\[5\]\.actions\[0\]\.sub_items\[0\]: 'text' must not be empty",
        ),
    ],
)
def test_malformed_data_file_names_file_and_entry(tmp_path: Path, mutate, message: str) -> None:
    data = _builtin_json()
    mutate(data)
    path = _write(tmp_path, data)
    with pytest.raises(DatasetError, match=message) as caught:
        load_programme_file(path)
    assert str(caught.value).startswith(str(path) + ": ")
    assert "\n" not in str(caught.value)


def test_invalid_json_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "format": "statusapp-programme",\n  "pillars": [,]\n}', encoding="utf-8")
    with pytest.raises(DatasetError, match=r"broken\.json: line 3 column 15: not valid JSON"):
        load_programme_file(path)


def test_non_utf8_and_missing_files(tmp_path: Path) -> None:
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"title": "Ã©é"}'.encode("latin-1"))
    with pytest.raises(DatasetError, match=r"latin\.json: not UTF-8 text"):
        load_programme_file(latin)
    with pytest.raises(DatasetError, match=r"nothere\.json: file not found"):
        load_programme_file(tmp_path / "nothere.json")
    with pytest.raises(DatasetError, match="is a folder"):
        load_programme_file(tmp_path)
