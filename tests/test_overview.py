"""The round's overview: counts per pillar, changes since the previous round, owners' shares."""

from __future__ import annotations

import json
from datetime import date

import pytest

from statusapp.domain import Status
from statusapp.report.overview import RoundOverview, change_of
from statusapp.services import overview, rounds, updates
from statusapp.services.context import edit_context_for
from statusapp.services.programmes import load_programme_tree
from statusapp.storage.database import open_database


def counts_from_listing(listing: dict) -> dict[str, dict[str, list[str]]]:
    """Per pillar label, the ids of its green actions per status, straight from `list --json`."""

    def walk(actions: list[dict]):
        for action in actions:
            yield action
            yield from walk(action["actions"])

    result: dict[str, dict[str, list[str]]] = {}
    number = 0
    for pillar in listing["pillars"]:
        if pillar["kind"] == "pillar":
            number += 1
            label = f"{number} {pillar['title']}"
        else:
            label = pillar["title"]
        by_status: dict[str, list[str]] = {s.value: [] for s in Status}
        for ambition in pillar["ambitions"]:
            if ambition["table"] == "green":
                for action in walk(ambition["actions"]):
                    by_status[action["status"]].append(action["id"])
        if any(by_status.values()):
            result[label] = by_status
    return result


def listed(run_statusapp, db: str) -> dict:
    result = run_statusapp("--db", db, "list", "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def as_ids(found: RoundOverview) -> dict[str, dict[str, list[str]]]:
    return {
        p.label: {s.value: sorted(ids) for s, ids in p.current.action_ids.items()}
        for p in found.pillars
    }


def sorted_ids(counts: dict[str, dict[str, list[str]]]) -> dict[str, dict[str, list[str]]]:
    return {label: {s: sorted(ids) for s, ids in c.items()} for label, c in counts.items()}


def test_counts_equal_the_programme_per_pillar_and_in_total(builtin_db: str, run_statusapp) -> None:
    expected = counts_from_listing(listed(run_statusapp, builtin_db))
    database = open_database(builtin_db)
    try:
        found = overview.round_overview(database)
        with database.session() as session:
            tree = load_programme_tree(session)
    finally:
        database.close()
    assert as_ids(found) == sorted_ids(expected)
    assert len(found.pillars) == 4  # the blue-only section has no statuses to count
    total = {s: sum(len(c[s.value]) for c in expected.values()) for s in Status}
    assert found.total.counts == total == tree.status_counts()
    assert found.total.total == 111
    assert found.previous_round is None and found.previous_total is None
    assert found.improved == found.worsened == []
    assert [e.action_id for e in found.longer] == [
        i for c in expected.values() for i in c["longer"]
    ]
    assert found.delayed == []  # the midterm review has no delayed action
    # The owners' table counts the same green actions: the 15 blue ones have no status.
    assert [(o.owner, o.actions, o.updated) for o in found.owners] == [("(no owner)", 111, 0)]


def test_counts_follow_a_status_change(builtin_db: str, run_statusapp) -> None:
    database = open_database(builtin_db)
    try:
        before = overview.round_overview(database)
        pillar = before.pillars[0]
        target = pillar.current.action_ids[Status.ON_TRACK][0]
        updates.save_status_update(
            edit_context_for(database, "Tester"), target, status=Status.DELAYED
        )
        after = overview.round_overview(database)
    finally:
        database.close()
    changed = after.pillars[0].current
    assert changed.count(Status.ON_TRACK) == pillar.current.count(Status.ON_TRACK) - 1
    assert changed.count(Status.DELAYED) == pillar.current.count(Status.DELAYED) + 1
    assert after.total.total == before.total.total
    assert [e.action_id for e in after.delayed] == [target]
    assert [(o.owner, o.updated) for o in after.owners] == [("(no owner)", 1)]
    assert as_ids(after) == sorted_ids(counts_from_listing(listed(run_statusapp, builtin_db)))


def test_changes_since_the_previous_round(builtin_db: str) -> None:
    database = open_database(builtin_db)
    try:
        first = overview.round_overview(database)
        total = first.total
        on_track = total.action_ids[Status.ON_TRACK]
        longer = total.action_ids[Status.LONGER]
        unplanned = total.action_ids[Status.NONE]
        done = total.action_ids[Status.DONE]
        rounds.close_round(database)
        rounds.open_round(database, "Jaarverslag 2024", date(2025, 1, 15))
        context = edit_context_for(database, "Anna")
        changes = {
            on_track[0]: Status.DONE,  # improved
            longer[0]: Status.ON_TRACK,  # improved
            on_track[1]: Status.LONGER,  # worsened
            done[0]: Status.DELAYED,  # worsened
            unplanned[0]: Status.DELAYED,  # neither: 'none' is outside the order
            done[1]: Status.NONE,  # neither
        }
        for action_id, status in changes.items():
            updates.save_status_update(context, action_id, status=status)
        for action_id in (longer[1], on_track[0]):  # one not updated, one updated
            updates.set_action_owner(context, action_id, "Anna de Vries")
        found = overview.round_overview(database)
    finally:
        database.close()
    assert found.round.name == "Jaarverslag 2024"
    assert found.previous_round is not None and found.previous_round.name == first.round.name
    assert found.previous_total is not None
    assert found.previous_total.counts == total.counts
    for now, then in zip(found.pillars, first.pillars, strict=True):
        assert now.previous is not None and now.previous.counts == then.current.counts
    assert {e.action_id for e in found.improved} == {on_track[0], longer[0]}
    assert {e.action_id for e in found.worsened} == {on_track[1], done[0]}
    worsened = {e.action_id: (e.previous_status, e.status) for e in found.worsened}
    assert worsened[done[0]] == (Status.DONE, Status.DELAYED)
    assert {e.action_id for e in found.delayed} == {done[0], unplanned[0]}
    assert found.total.count(Status.DONE) == total.count(Status.DONE) - 2 + 1
    assert [(o.owner, o.actions, o.updated) for o in found.owners] == [
        ("Anna de Vries", 2, 1),
        ("(no owner)", 109, 5),
    ]
    assert found.owners[0].share_updated == 0.5


@pytest.mark.parametrize(
    ("before", "after", "step"),
    [
        (Status.DELAYED, Status.LONGER, 1),
        (Status.LONGER, Status.ON_TRACK, 1),
        (Status.ON_TRACK, Status.DONE, 1),
        (Status.DELAYED, Status.DONE, 1),
        (Status.DONE, Status.ON_TRACK, -1),
        (Status.ON_TRACK, Status.DELAYED, -1),
        (Status.LONGER, Status.LONGER, 0),
        (Status.NONE, Status.DONE, 0),
        (Status.DELAYED, Status.NONE, 0),
    ],
)
def test_the_order_of_statuses(before: Status, after: Status, step: int) -> None:
    assert change_of(before, after) == step


# --- the workbook's Overzicht sheet ------------------------------------------------------------


def overview_rows(sheet) -> dict[tuple[str, str], list[int]]:
    """(pillar, round) -> counts in status order plus the total, from the sheet's table."""
    rows = {}
    header = next(r for r in range(1, 10) if sheet.cell(row=r, column=1).value == "Pijler")
    row = header + 1
    while sheet.cell(row=row, column=1).value:
        values = [sheet.cell(row=row, column=c).value for c in range(1, 9)]
        rows[(values[0], values[1])] = values[2:]
        row += 1
    return rows


def expected_rows(counts: dict[str, dict[str, list[str]]], round_name: str) -> dict:
    rows = {}
    for label, by_status in counts.items():
        numbers = [len(by_status[s.value]) for s in Status]
        rows[(label, round_name)] = [*numbers, sum(numbers)]
    totals = [sum(row[i] for row in rows.values()) for i in range(6)]
    rows[("Alle pijlers", round_name)] = totals
    return rows


def exported_overview(db: str, target):
    import openpyxl

    from statusapp.services.exports import export_programme

    database = open_database(db)
    try:
        export_programme(database, target)
    finally:
        database.close()
    return openpyxl.load_workbook(target)["Overzicht"]


def test_the_overzicht_sheet_counts_as_the_programme(builtin_db: str, run_statusapp, tmp_path):
    listing = listed(run_statusapp, builtin_db)
    round_name = listing["round"]["name"]
    sheet = exported_overview(builtin_db, tmp_path / "overzicht.xlsx")
    assert overview_rows(sheet) == expected_rows(counts_from_listing(listing), round_name)
    assert overview_rows(sheet)[("Alle pijlers", round_name)][-1] == 111

    (chart,) = sheet._charts  # a native chart: no picture, no macro
    assert (chart.type, chart.grouping, chart.overlap) == ("bar", "stacked", 100)
    fills = [s.graphicalProperties.solidFill.srgbClr for s in chart.series]
    fills = [getattr(fill, "val", fill) for fill in fills]
    assert fills == ["00B050", "92D050", "FFC000", "FF0000", "D9D9D9"]
    assert [s.tx.strRef.f for s in chart.series] == [f"'Overzicht'!${c}$4" for c in "CDEFG"]
    legend = [sheet[s.tx.strRef.f.split("!")[1].replace("$", "")].value for s in chart.series]
    assert legend[:2] == ["✓ afgerond", "+ op schema"]  # symbol and text, not colour alone
    assert all(s.dLbls.showVal for s in chart.series)  # counts as text on the bars
    assert chart.series[0].val.numRef.f == "'Overzicht'!$C$5:$C$8"
    assert chart.series[0].cat.strRef.f == "'Overzicht'!$A$5:$A$8"

    # A status change shows in the next export.
    database = open_database(builtin_db)
    try:
        found = overview.round_overview(database)
        target = found.pillars[3].current.action_ids[Status.NONE][0]
        updates.save_status_update(edit_context_for(database, "T"), target, status=Status.LONGER)
    finally:
        database.close()
    changed = exported_overview(builtin_db, tmp_path / "daarna.xlsx")
    after = overview_rows(changed)
    label = found.pillars[3].label
    none_column, longer_column = list(Status).index(Status.NONE), list(Status).index(Status.LONGER)
    assert (
        after[(label, round_name)][none_column] == found.pillars[3].current.count(Status.NONE) - 1
    )
    assert after[(label, round_name)][longer_column] == (
        found.pillars[3].current.count(Status.LONGER) + 1
    )
    assert after == expected_rows(
        counts_from_listing(listed(run_statusapp, builtin_db)), round_name
    )


def test_the_overzicht_sheet_beside_the_previous_round(builtin_database, tmp_path) -> None:
    import openpyxl

    from statusapp.services.exports import export_programme

    database = open_database(builtin_database)
    try:
        first = overview.round_overview(database)
        rounds.close_round(database)
        rounds.open_round(database, "Jaarverslag 2024", date(2025, 1, 15))
        context = edit_context_for(database, "Anna")
        improved = first.total.action_ids[Status.ON_TRACK][:3]
        for action_id in improved:
            updates.save_status_update(context, action_id, status=Status.DONE)
        export_programme(database, tmp_path / "twee.xlsx", language="en")
    finally:
        database.close()
    sheet = openpyxl.load_workbook(tmp_path / "twee.xlsx")["Overview"]
    cells = {
        (sheet.cell(row=r, column=1).value, sheet.cell(row=r, column=2).value)
        for r in range(1, sheet.max_row + 1)
    }
    assert ("Status improved", 3) in cells and ("Status worsened", 0) in cells
    assert len(sheet._charts) == 2  # this round and the previous one, on one scale
    assert {c.y_axis.scaling.max for c in sheet._charts} == {35}
    rows = {}
    for r in range(5, 15):
        label, round_name = sheet.cell(row=r, column=1).value, sheet.cell(row=r, column=2).value
        rows[(label, round_name)] = [sheet.cell(row=r, column=c).value for c in range(3, 9)]
    assert rows[("All pillars", first.round.name)] == [
        *(first.total.count(s) for s in Status),
        111,
    ]
    assert rows[("All pillars", "Jaarverslag 2024")][:2] == [
        first.total.count(Status.DONE) + 3,
        first.total.count(Status.ON_TRACK) - 3,
    ]


def test_an_owners_workbook_counts_only_their_actions(builtin_database, tmp_path) -> None:
    import openpyxl

    from statusapp.services.exports import export_programme

    database = open_database(builtin_database)
    try:
        total = overview.round_overview(database).total
        theirs = total.action_ids[Status.LONGER][:2] + total.action_ids[Status.DONE][:3]
        context = edit_context_for(database, "Controller")
        for action_id in theirs:
            updates.set_action_owner(context, action_id, "Anna de Vries")
        export_programme(database, tmp_path / "anna.xlsx", owner="Anna de Vries")
    finally:
        database.close()
    sheet = openpyxl.load_workbook(tmp_path / "anna.xlsx")["Overzicht"]
    (total_row,) = [r for r in sheet.iter_rows(values_only=True) if r[0] == "Alle pijlers"]
    assert list(total_row[2:8]) == [3, 0, 2, 0, 0, 5]


def test_overzicht_keeps_names_that_look_like_formulas_as_text(builtin_database, tmp_path) -> None:
    import openpyxl

    database = open_database(builtin_database)
    try:
        pillar = overview.round_overview(database).pillars[0]
        context = edit_context_for(database, "T")
        updates.update_pillar(
            context, pillar.pillar_id, title='=HYPERLINK("http://x";"klik")', aims=[]
        )
        action_id = pillar.current.action_ids[Status.DONE][0]
        updates.set_action_owner(context, action_id, "=1+1")
    finally:
        database.close()
    sheet = exported_overview(str(builtin_database), tmp_path / "f.xlsx")
    cell = sheet["A5"]
    assert cell.value == '1 =HYPERLINK("http://x";"klik")' and cell.data_type == "s"
    (owner,) = [c for c in sheet["A"] if c.value == "=1+1"]
    assert owner.data_type == "s"
    assert openpyxl.load_workbook(tmp_path / "f.xlsx")["Overzicht"]["A5"].data_type == "s"


def test_both_tables_count_the_same_green_actions(builtin_database, tmp_path) -> None:
    """The status table and the owners' table add up to one total, in the data and in the
    workbook's Overzicht, and each says which actions it counts."""
    import openpyxl

    from statusapp.services.exports import export_programme

    database = open_database(builtin_database)
    try:
        found = overview.round_overview(database)
        with database.session() as session:
            tree = load_programme_tree(session)
        export_programme(database, tmp_path / "o.xlsx")
    finally:
        database.close()
    blue = sum(1 for _ in tree.walk_actions()) - found.total.total
    assert blue == 15  # the blue tables' additional work: in neither table
    assert sum(o.actions for o in found.owners) == found.total.total == 111
    green_ids = set(found.total.all_ids())
    assert {i for o in found.owners for i in o.waiting_ids} <= green_ids
    sheet = openpyxl.load_workbook(tmp_path / "o.xlsx")["Overzicht"]
    column_a = [c.value for c in sheet["A"]]
    assert sheet["A2"].value.startswith("Aantal acties per status in de groene tabellen")
    heading = column_a.index("Bijgewerkt in deze ronde, per trekker (acties in de groene tabellen)")
    (owner_row,) = [r for r in sheet.iter_rows(min_row=heading + 3, values_only=True) if r[0]]
    (total_row,) = [r for r in sheet.iter_rows(values_only=True) if r[0] == "Alle pijlers"]
    assert owner_row[:2] == ("(geen trekker)", 111) and total_row[7] == 111
