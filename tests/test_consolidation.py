"""Rounds, working copies and consolidation: many people's files merged with nothing lost."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from statusapp.cli import main
from statusapp.domain import ReviewState, Status
from statusapp.services import rounds
from statusapp.services.conflicts import open_conflicts, resolve_conflict
from statusapp.services.consolidation import consolidate_files
from statusapp.services.context import edit_context_for
from statusapp.services.exports import export_programme
from statusapp.services.rights import RightsError
from statusapp.services.updates import save_status_update, set_owners, set_review
from statusapp.storage.database import open_database
from statusapp.storage.schema import StatusUpdateRow
from tests.excel_helpers import actions_by_id, load_tree

OWNERS = ("Anna", "Bert", "Carla")


def _context(database: Path, user: str = "Control"):
    return edit_context_for(open_database(database), user)


def _assign_owners(database: Path) -> dict[str, list[str]]:
    """Actions dealt round-robin to three owners; returns each owner's action ids."""
    ids = [a.id for a in load_tree(database).walk_actions()]
    dealt = {owner: ids[index :: len(OWNERS)] for index, owner in enumerate(OWNERS)}
    context = _context(database)
    for owner, owned in dealt.items():
        set_owners(context, owned, owner)
    context.database.close()
    return dealt


def _export_for(database: Path, owner: str, target: Path) -> Path:
    db = open_database(database)
    try:
        export_programme(db, target, owner=owner)
    finally:
        db.close()
    return target


def _edit_rows(workbook: Path, edits: dict[str, dict[str, str]]) -> Path:
    """Edit the rows of the given action ids: {"D": status, "C": planned, "E": explanation}."""
    book = openpyxl.load_workbook(workbook)
    for sheet in book.worksheets:
        if sheet.title == "statusapp":
            continue
        id_column = 6 if sheet.title[0].isdigit() else 5
        for row in range(3, sheet.max_row + 1):
            action_id = sheet.cell(row=row, column=id_column).value
            if action_id in edits:
                for column, value in edits[action_id].items():
                    if id_column == 5 and column == "D":
                        continue  # blue tables have no status
                    target = "D" if (id_column == 5 and column == "E") else column
                    sheet[f"{target}{row}"] = value
    book.save(workbook)
    return workbook


def _consolidate(database: Path, files: list[Path], **options):
    context = _context(database)
    try:
        return consolidate_files(context, files, **options)
    finally:
        context.database.close()


def test_disjoint_edits_of_three_owners_all_arrive(builtin_db: str, tmp_path: Path) -> None:
    dealt = _assign_owners(builtin_db)
    files, expected = [], {}
    for owner, owned in dealt.items():
        workbook = _export_for(builtin_db, owner, tmp_path / f"{owner}.xlsx")
        edits = {owned[0]: {"E": f"Bijgewerkt door {owner}"}, owned[3]: {"C": "2027"}}
        files.append(_edit_rows(workbook, edits))
        expected[owned[0]] = ("explanation", f"Bijgewerkt door {owner}")
        expected[owned[3]] = ("planned", "2027")
    report = _consolidate(builtin_db, files)
    assert [r.outcome for r in report.files] == ["applied"] * 3
    assert report.open_conflicts == []
    stored = actions_by_id(builtin_db)
    for action_id, (field, value) in expected.items():
        assert getattr(stored[action_id].update, field) == value
        assert stored[action_id].update.review is ReviewState.SUBMITTED
    again = _consolidate(builtin_db, files)
    assert [r.outcome for r in again.files] == ["already consolidated"] * 3
    assert actions_by_id(builtin_db) == stored


def test_one_field_changed_by_two_owners_is_one_conflict_with_both_values(
    builtin_db: str, tmp_path: Path
) -> None:
    target = next(
        a
        for a in load_tree(builtin_db).walk_actions()
        if a.text.startswith("Vaststellen omgevingsvisie")
    )
    first = _edit_rows(
        _export_for(builtin_db, None, tmp_path / "eerste.xlsx"),
        {target.id: {"E": "Versie A"}},
    )
    second = _edit_rows(
        _export_for(builtin_db, None, tmp_path / "tweede.xlsx"),
        {target.id: {"E": "Versie B"}},
    )
    code = main(["--db", str(builtin_db), "consolidate", str(first), str(second)])
    assert code == 3
    context = _context(builtin_db)
    items = open_conflicts(context)
    assert [(c.field, c.central, c.incoming, c.source_file) for c in items] == [
        ("explanation", "Versie A", "Versie B", "tweede.xlsx")
    ]
    assert items[0].base.startswith("Participatie deel II")
    assert actions_by_id(builtin_db)[target.id].explanation == "Versie A"
    resolve_conflict(context, items[0].id, "merged", "Versie A en B")
    context.database.close()
    assert actions_by_id(builtin_db)[target.id].explanation == "Versie A en B"
    assert main(["--db", str(builtin_db), "consolidate", str(second)]) == 0  # already done


def test_central_and_incoming_edits_of_different_fields_both_survive(
    builtin_db: str, tmp_path: Path
) -> None:
    target = next(iter(actions_by_id(builtin_db).values()))
    workbook = _export_for(builtin_db, None, tmp_path / "uitvraag.xlsx")
    context = _context(builtin_db)
    save_status_update(context, target.id, explanation="Centraal aangevuld.")
    context.database.close()
    _edit_rows(workbook, {target.id: {"D": "✓", "C": "2024"}})
    report = _consolidate(builtin_db, [workbook])
    assert report.open_conflicts == []
    stored = actions_by_id(builtin_db)[target.id]
    assert (stored.status, stored.planned, stored.explanation) == (
        Status.DONE,
        "2024",
        "Centraal aangevuld.",
    )


def test_prefer_settles_conflicts_without_open_items(
    builtin_database: Path, tmp_path: Path
) -> None:
    target = next(iter(actions_by_id(builtin_database).values()))
    workbook = _edit_rows(
        _export_for(builtin_database, None, tmp_path / "u.xlsx"),
        {target.id: {"E": "Uit het bestand"}},
    )
    context = _context(builtin_database)
    save_status_update(context, target.id, explanation="Centraal")
    context.database.close()
    copy = tmp_path / "kopie.db"
    shutil.copy(builtin_database, copy)
    assert _consolidate(builtin_database, [workbook], prefer="incoming").open_conflicts == []
    assert actions_by_id(builtin_database)[target.id].explanation == "Uit het bestand"
    assert _consolidate(copy, [workbook], prefer="central").open_conflicts == []
    assert actions_by_id(copy)[target.id].explanation == "Centraal"


def test_approved_updates_are_locked_for_project_leaders(builtin_db: str, tmp_path: Path) -> None:
    target = next(iter(actions_by_id(builtin_db).values()))
    workbook = _edit_rows(
        _export_for(builtin_db, None, tmp_path / "u.xlsx"), {target.id: {"D": "-"}}
    )
    context = _context(builtin_db)
    set_review(context, [target.id], ReviewState.APPROVED)
    context.database.close()
    report = _consolidate(builtin_db, [workbook])
    assert [(c.field, c.new) for c in report.files[0].plan.locked] == [("status", "delayed")]
    assert actions_by_id(builtin_db)[target.id].status is Status.LONGER


def test_bad_files_are_refused_and_the_others_applied(builtin_db: str, tmp_path: Path) -> None:
    target = next(iter(actions_by_id(builtin_db).values()))
    good = _edit_rows(
        _export_for(builtin_db, None, tmp_path / "goed.xlsx"), {target.id: {"E": "Goed"}}
    )
    bad = tmp_path / "kapot.xlsx"
    bad.write_bytes(good.read_bytes()[:1000])
    report = _consolidate(builtin_db, [bad, good])
    assert [r.outcome for r in report.files] == ["refused", "applied"]
    assert "damaged or truncated" in report.files[0].message
    assert "1 refused" in report.summary()
    assert actions_by_id(builtin_db)[target.id].explanation == "Goed"


def test_a_closed_round_refuses_files(builtin_db: str, tmp_path: Path) -> None:
    workbook = _export_for(builtin_db, None, tmp_path / "u.xlsx")
    db = open_database(builtin_db)
    rounds.close_round(db)
    db.close()
    report = _consolidate(builtin_db, [workbook])
    assert report.files[0].outcome == "refused" and "closed" in report.files[0].message


def test_new_round_carries_over_and_progress_counts(builtin_db: str, tmp_path: Path) -> None:
    dealt = _assign_owners(builtin_db)
    db = open_database(builtin_db)
    with pytest.raises(rounds.RoundError, match="still open"):
        rounds.open_round(db, "Jaarverslag 2024", date(2025, 1, 1))
    rounds.close_round(db)
    opened = rounds.open_round(db, "Jaarverslag 2024", date(2025, 1, 1))
    db.close()
    tree = load_tree(builtin_db)
    assert tree.round.id == opened.id and not tree.round.closed
    old = {a.id: a for a in load_tree(builtin_db).walk_actions()}
    assert all(not a.update.is_updated for a in tree.walk_actions())
    assert tree.status_counts() == load_tree(builtin_db).status_counts()
    context = _context(builtin_db, "Anna")
    for action_id in dealt["Anna"][:5]:
        save_status_update(context, action_id, explanation="Nieuw dit jaar")
    context.database.close()
    workbook = _edit_rows(
        _export_for(builtin_db, "Bert", tmp_path / "bert.xlsx"),
        {dealt["Bert"][0]: {"E": "Bert"}},
    )
    _consolidate(builtin_db, [workbook])
    db = open_database(builtin_db)
    progress = rounds.round_progress(db)
    db.close()
    by_owner = {o.owner: o for o in progress.owners}
    assert (by_owner["Anna"].actions, by_owner["Anna"].updated) == (len(dealt["Anna"]), 5)
    assert (by_owner["Bert"].updated, by_owner["Bert"].submitted) == (1, 1)
    assert [f.file_name for f in by_owner["Bert"].files] == ["bert.xlsx"]
    assert len(by_owner["Carla"].waiting) == len(dealt["Carla"])
    assert progress.updated == 6 and progress.actions == 126
    assert old  # the midterm round's values stay as history
    history_db = open_database(builtin_db)
    assert [r.closed for r in rounds.list_rounds(history_db)] == [True, False]
    history_db.close()


def test_working_copy_on_a_laptop_and_back(run_statusapp, builtin_db: str, tmp_path: Path) -> None:
    dealt = _assign_owners(builtin_db)
    handout = _export_for(builtin_db, "Anna", tmp_path / "anna.xlsx")
    laptop = tmp_path / "laptop Anna.db"
    created = run_statusapp("--db", str(laptop), "import", str(handout))
    assert created.returncode == 0, created.stderr
    assert (
        "created a working copy" in created.stdout
        and f"with {len(dealt['Anna'])} actions" in created.stdout
    )
    first, second = dealt["Anna"][0], dealt["Anna"][1]
    context = _context(laptop, "Anna")
    save_status_update(context, first, status=Status.DONE, explanation="Op de laptop afgerond")
    context.database.close()
    central = _context(builtin_db)
    save_status_update(central, first, planned="2025")  # the control team changed another field
    save_status_update(central, second, explanation="Centraal")
    central.database.close()
    returned = tmp_path / "anna terug.xlsx"
    assert (
        run_statusapp(
            "--db", str(laptop), "export", "--owner", "Anna", "-o", str(returned)
        ).returncode
        == 0
    )
    result = run_statusapp("--db", str(builtin_db), "consolidate", str(returned))
    assert result.returncode == 0, result.stdout + result.stderr
    stored = actions_by_id(builtin_db)
    assert (stored[first].status, stored[first].explanation, stored[first].planned) == (
        Status.DONE,
        "Op de laptop afgerond",
        "2025",
    )
    assert stored[second].explanation == "Centraal"


def test_missing_laptop_database_is_not_left_behind_after_a_bad_file(
    run_statusapp, tmp_path: Path
) -> None:
    bad = tmp_path / "geen werkmap.xlsx"
    bad.write_text("nee")
    laptop = tmp_path / "laptop.db"
    result = run_statusapp("--db", str(laptop), "import", str(bad))
    assert result.returncode == 1 and "not an Excel workbook" in result.stderr
    assert not laptop.exists()


@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice is not installed (.ci/run installs it)"
)
def test_workbook_resaved_by_libreoffice_consolidates_like_the_original(
    builtin_database: Path, tmp_path: Path
) -> None:
    target = next(iter(actions_by_id(builtin_database).values()))
    workbook = _edit_rows(
        _export_for(builtin_database, None, tmp_path / "u.xlsx"), {target.id: {"E": "Via Calc"}}
    )
    out = tmp_path / "calc"
    out.mkdir()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--convert-to", "xlsx", "--outdir", str(out), str(workbook)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    report = _consolidate(builtin_database, [out / workbook.name])
    assert report.files[0].outcome == "applied" and len(report.files[0].plan.changes) == 1
    assert actions_by_id(builtin_database)[target.id].explanation == "Via Calc"


EDITS = st.sampled_from(
    [("D", "✓"), ("D", "-"), ("C", "2029"), ("E", "Nieuwe toelichting"), ("E", "Anders")]
)


@settings(
    max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    assignment=st.lists(st.tuples(st.integers(0, 2), EDITS), min_size=1, max_size=12),
    order=st.permutations([0, 1, 2]),
)
def test_disjoint_edits_all_arrive_whatever_the_file_order(
    builtin_database_template: Path, tmp_path_factory, assignment, order
) -> None:
    folder = tmp_path_factory.mktemp("merge")
    database = folder / "central.db"
    shutil.copy(builtin_database_template, database)
    actions = [a for a in load_tree(database).walk_actions()][:40]
    per_file: list[dict[str, dict[str, str]]] = [{}, {}, {}]
    expected: dict[str, dict[str, str]] = {}
    for index, (file_number, (column, value)) in enumerate(assignment):
        action = actions[index * 3 % len(actions)]
        if action.id in expected:
            continue  # disjoint: one file per action
        per_file[file_number][action.id] = {column: value}
        expected[action.id] = {column: value}
    files = [
        _edit_rows(_export_for(database, None, folder / f"file {n}.xlsx"), per_file[n])
        for n in range(3)
    ]
    report = _consolidate(database, [files[n] for n in order])
    assert report.open_conflicts == []
    stored = actions_by_id(database)
    for action_id, edit in expected.items():
        ((column, value),) = edit.items()
        update = stored[action_id].update
        if column == "D" and stored[action_id].update.status is Status.NONE and value == "-":
            pytest.fail("a status edit got lost")
        got = {"D": update.status.symbol, "C": update.planned, "E": update.explanation}[column]
        is_blue = update.status is Status.NONE and column == "D"
        assert got == value or is_blue


def test_a_laptop_database_merges_into_the_central_one_without_excel(
    run_statusapp, builtin_db: str, tmp_path: Path
) -> None:
    dealt = _assign_owners(builtin_db)
    handout = _export_for(builtin_db, "Anna", tmp_path / "anna.xlsx")
    laptop = tmp_path / "laptop.db"
    assert run_statusapp("--db", str(laptop), "import", str(handout)).returncode == 0
    first, second, third = dealt["Anna"][:3]
    context = _context(laptop, "Anna")
    save_status_update(context, first, status=Status.DONE, explanation="Op de laptop")
    save_status_update(context, third, explanation="Laptop-versie")
    with pytest.raises(RightsError, match="working copy"):  # owners are the control team's
        set_owners(context, [second], "Dirk")
    context.database.close()
    central = _context(builtin_db)
    save_status_update(central, first, planned="2026")  # another field: both survive
    save_status_update(central, third, explanation="Centrale versie")  # the same field: conflict
    central.database.close()
    laptop_bytes = laptop.read_bytes()

    result = run_statusapp("--db", builtin_db, "consolidate", str(laptop))
    assert result.returncode == 3, result.stdout + result.stderr  # one open conflict
    stored = actions_by_id(builtin_db)
    assert (stored[first].status, stored[first].explanation, stored[first].planned) == (
        Status.DONE,
        "Op de laptop",
        "2026",
    )
    assert stored[second].owner == "Anna"
    assert stored[third].explanation == "Centrale versie"
    context = _context(builtin_db)
    items = open_conflicts(context)
    assert [(c.field, c.central, c.incoming) for c in items] == [
        ("explanation", "Centrale versie", "Laptop-versie")
    ]
    context.database.close()
    assert laptop.read_bytes() == laptop_bytes  # the laptop's file is only read
    again = run_statusapp("--db", builtin_db, "consolidate", str(laptop))
    assert "already consolidated" in again.stdout


def test_a_database_that_was_not_handed_out_is_refused(
    run_statusapp, builtin_database: Path, tmp_path: Path
) -> None:
    other = tmp_path / "zelfgemaakt.db"
    assert run_statusapp("--db", str(other), "init").returncode == 0
    result = run_statusapp("--db", str(builtin_database), "consolidate", str(other))
    assert "no record of what was handed out" in result.stdout
    assert "1 refused" in result.stdout


def _reassign_on_laptop(laptop: Path, action_id: str, owner: str) -> None:
    import sqlite3

    connection = sqlite3.connect(laptop)
    with connection:
        connection.execute("INSERT INTO owners (name) VALUES (?)", (owner,))
        connection.execute(
            "UPDATE actions SET owner_id = (SELECT id FROM owners WHERE name = ?) WHERE id = ?",
            (owner, action_id),
        )
    connection.close()


def test_an_owner_conflict_from_a_laptop_is_resolved_and_undone(
    run_statusapp, builtin_database: Path, tmp_path: Path
) -> None:
    from statusapp.services.conflicts import reopen_conflict

    dealt = _assign_owners(builtin_database)
    handout = _export_for(builtin_database, "Anna", tmp_path / "anna.xlsx")
    laptop = tmp_path / "laptop.db"
    assert run_statusapp("--db", str(laptop), "import", str(handout)).returncode == 0
    target = dealt["Anna"][0]
    # The window no longer lets a project leader reassign on a laptop; a laptop database from
    # an older Statusapp, or one edited by hand, still can.
    _reassign_on_laptop(laptop, target, "Eva")
    central = _context(builtin_database)
    set_owners(central, [target], "Frank")
    report = consolidate_files(central, [laptop])
    assert [
        (c.field, c.current, c.incoming)
        for c in report.open_conflicts and [c for _, c in report.open_conflicts]
    ] == [("owner", "Frank", "Eva")]
    item = open_conflicts(central)[0]
    action_id, _update, previous = resolve_conflict(central, item.id, "incoming")
    assert actions_by_id(builtin_database)[target].owner == "Eva" and previous == "Frank"
    reopen_conflict(central, item.id, previous)
    assert actions_by_id(builtin_database)[target].owner == "Frank"
    assert len(open_conflicts(central)) == 1 and action_id == target
    central.database.close()


def test_a_laptop_database_finds_its_programme_among_several(
    run_statusapp, builtin_database: Path, tmp_path: Path
) -> None:
    """In a central database of two programmes, a laptop's database needs no --programme:
    it names the one it holds, as a returned workbook does."""
    dealt = _assign_owners(builtin_database)
    handout = _export_for(builtin_database, "Anna", tmp_path / "anna.xlsx")
    db = str(builtin_database)
    report = _export_for(builtin_database, None, tmp_path / "rapport.xlsx")  # type: ignore[arg-type]
    added = run_statusapp("--db", db, "init", "--from", str(report), "--add", "--name", "Kopie")
    assert added.returncode == 0, added.stderr
    laptop = tmp_path / "laptop.db"
    assert run_statusapp("--db", str(laptop), "import", str(handout)).returncode == 0
    context = _context(laptop, "Anna")
    save_status_update(context, dealt["Anna"][0], explanation="Van de laptop")
    context.database.close()
    laptop_bytes = laptop.read_bytes()
    merged = run_statusapp("--db", db, "consolidate", str(laptop))
    assert merged.returncode == 0, merged.stderr
    assert laptop.read_bytes() == laptop_bytes  # only read
    listing = run_statusapp(
        "--db", db, "--programme", "Uitvoeringsprogramma 2022-2026", "list", "--json"
    )
    assert "Van de laptop" in listing.stdout


def test_a_laptop_never_approves_and_never_changes_the_central_review(
    run_statusapp, builtin_database: Path, tmp_path: Path
) -> None:
    """On a working copy the project leader is editor of their own actions: approving is not
    offered there, and a review state written into the laptop's file by hand does not travel:
    consolidating marks what changed submitted and leaves the rest as the centre has it."""
    import sqlite3

    from statusapp.domain.rights import Operation
    from statusapp.services.rights import identity_of, require

    dealt = _assign_owners(builtin_database)
    central = _context(builtin_database)
    changed, untouched, approved = dealt["Anna"][:3]
    set_review(central, [approved], ReviewState.APPROVED)
    central.database.close()
    handout = _export_for(builtin_database, "Anna", tmp_path / "anna.xlsx")
    laptop = tmp_path / "laptop.db"
    assert run_statusapp("--db", str(laptop), "import", str(handout)).returncode == 0
    on_laptop = _context(laptop, "Anna")
    assert identity_of(on_laptop.database).owner == "Anna"
    with pytest.raises(RightsError, match="working copy"):
        require(on_laptop.database, Operation.APPROVE)
    with pytest.raises(RightsError, match="working copy"):
        set_review(on_laptop, [changed], ReviewState.APPROVED)
    save_status_update(on_laptop, changed, explanation="Op de laptop")
    on_laptop.database.close()
    with sqlite3.connect(laptop) as raw:  # by hand, behind the app's back
        raw.execute("UPDATE status_updates SET review = 'approved'")
    raw.close()
    assert run_statusapp("--db", str(builtin_database), "consolidate", str(laptop)).returncode == 0
    database = open_database(builtin_database)
    try:
        with database.session(write=False) as session:
            reviews = dict(
                session.execute(
                    select(StatusUpdateRow.action_id, StatusUpdateRow.review).where(
                        StatusUpdateRow.action_id.in_([changed, untouched, approved])
                    )
                ).all()
            )
    finally:
        database.close()
    assert reviews == {changed: "submitted", untouched: "draft", approved: "approved"}
