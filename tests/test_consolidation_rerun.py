"""A consolidation tried first (dry run), given files twice, refused files, a file given again
after a reopen, and the backups it makes: each as a control-team member meets it."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from statusapp.cli import main
from statusapp.domain import ReviewState, Status
from statusapp.services import rounds
from statusapp.services.backups import list_backups
from statusapp.services.updates import set_owners, set_review
from statusapp.storage.database import open_database
from tests.excel_helpers import actions_by_id, load_tree
from tests.test_consolidation import _consolidate, _context, _edit_rows, _export_for


def _omgevingsvisie(database: str | Path) -> str:
    return next(
        a.id
        for a in load_tree(database).walk_actions()
        if a.text.startswith("Vaststellen omgevingsvisie")
    )


def test_a_dry_run_shows_the_conflict_between_two_files_and_writes_nothing(
    builtin_db: str, tmp_path: Path
) -> None:
    """Files are merged one after another: a dry run rehearses exactly that, so the second
    file's conflict with the first shows before anything is written."""
    target = _omgevingsvisie(builtin_db)
    first = _edit_rows(
        _export_for(builtin_db, None, tmp_path / "eerste.xlsx"), {target: {"E": "Versie A"}}
    )
    second = _edit_rows(
        _export_for(builtin_db, None, tmp_path / "tweede.xlsx"), {target: {"E": "Versie B"}}
    )
    before = actions_by_id(builtin_db)
    trial = _consolidate(builtin_db, [first, second, first], dry_run=True)
    assert [r.outcome for r in trial.files] == ["dry run", "dry run", "already consolidated"]
    assert [(c.field, c.current, c.incoming) for _, c in trial.open_conflicts] == [
        ("explanation", "Versie A", "Versie B")
    ]
    assert trial.summary() == (
        "3 files (dry run, nothing written): 2 would be applied, 0 without changes, "
        "1 consolidated before, 0 refused; 1 field change would be applied, 1 conflict"
    )
    assert actions_by_id(builtin_db) == before
    context = _context(builtin_db)
    try:
        progress = rounds.round_progress(context.database)
    finally:
        context.database.close()
    assert progress.files == []  # the rehearsal recorded nothing either
    real = _consolidate(builtin_db, [first, second, first])
    assert real.summary() == (
        "3 files: 2 applied, 0 without changes, 1 consolidated before, 0 refused; "
        "1 field change, 1 open conflict"
    )


def test_every_file_is_counted_once_in_the_summary(builtin_database: Path, tmp_path: Path) -> None:
    target = _omgevingsvisie(builtin_database)
    changed = _edit_rows(
        _export_for(builtin_database, None, tmp_path / "a.xlsx"), {target: {"E": "Nieuw"}}
    )
    same = _export_for(builtin_database, None, tmp_path / "b.xlsx")
    broken = tmp_path / "kapot.xlsx"
    broken.write_bytes(changed.read_bytes()[:800])
    report = _consolidate(builtin_database, [changed, same, broken])
    assert report.summary().startswith(
        "3 files: 1 applied, 1 without changes, 0 consolidated before, 1 refused; "
    )


def test_a_run_that_writes_nothing_makes_no_backup(builtin_database: Path, tmp_path: Path) -> None:
    """The last ten backups are kept: runs that change nothing must not push real ones out."""
    target = _omgevingsvisie(builtin_database)
    changed = _edit_rows(
        _export_for(builtin_database, None, tmp_path / "a.xlsx"), {target: {"E": "Nieuw"}}
    )
    same = _export_for(builtin_database, None, tmp_path / "b.xlsx")
    assert _consolidate(builtin_database, [same]).files[0].outcome == "applied"
    assert list_backups(builtin_database) == []
    _consolidate(builtin_database, [changed])
    assert [b.reason for b in list_backups(builtin_database)] == ["consolidation"]
    _consolidate(builtin_database, [changed])  # consolidated before: nothing to write
    _consolidate(builtin_database, [changed], dry_run=True)
    assert len(list_backups(builtin_database)) == 1


def test_changes_refused_as_approved_come_in_after_a_reopen(
    builtin_db: str, tmp_path: Path, capsys
) -> None:
    """The refusal says "reopen it to change it": after the reopen the same file brings the
    change, and the earlier part is not applied twice or turned into conflicts."""
    ids = [a.id for a in load_tree(builtin_db).walk_actions()]
    locked_one, free_one = ids[0], ids[1]
    workbook = _edit_rows(
        _export_for(builtin_db, None, tmp_path / "clara.xlsx"),
        {locked_one: {"D": "-"}, free_one: {"E": "Vrij veld"}},
    )
    context = _context(builtin_db)
    set_review(context, [locked_one], ReviewState.APPROVED)
    context.database.close()
    first = _consolidate(builtin_db, [workbook])
    assert [(c.field, c.new) for c in first.files[0].plan.locked] == [("status", "delayed")]
    assert actions_by_id(builtin_db)[locked_one].status is Status.LONGER
    capsys.readouterr()
    assert main(["--db", builtin_db, "round", "progress"]) == 0
    assert "file clara.xlsx: applied in part: changes to approved updates were refused" in (
        capsys.readouterr().out
    )
    context = _context(builtin_db)
    set_review(context, [locked_one], ReviewState.SUBMITTED)
    context.database.close()
    again = _consolidate(builtin_db, [workbook])
    assert again.files[0].outcome == "applied"
    assert [(c.field, c.new) for c in again.files[0].plan.changes] == [("status", "delayed")]
    assert again.open_conflicts == []
    stored = actions_by_id(builtin_db)
    assert stored[locked_one].status is Status.DELAYED
    assert stored[free_one].explanation == "Vrij veld"
    assert _consolidate(builtin_db, [workbook]).files[0].outcome == "already consolidated"


def test_a_refused_file_is_listed_at_the_owner_who_sent_it(
    builtin_database: Path, tmp_path: Path, capsys
) -> None:
    ids = [a.id for a in load_tree(builtin_database).walk_actions()]
    context = _context(builtin_database)
    set_owners(context, ids[:5], "Clara Ünal")
    context.database.close()
    workbook = _export_for(builtin_database, "Clara Ünal", tmp_path / "clara.xlsx")
    book = openpyxl.load_workbook(workbook)
    sheet = next(s for s in book.worksheets if s.title[0].isdigit() and s["D3"].value)
    sheet["D3"] = "misschien"  # not a status
    book.save(workbook)
    broken = tmp_path / "onleesbaar.xlsx"
    broken.write_bytes(b"PK\x03\x04 niet meer dan dit")
    assert main(["--db", str(builtin_database), "consolidate", str(workbook), str(broken)]) == 1
    capsys.readouterr()
    assert main(["--lang", "nl", "--db", str(builtin_database), "round", "progress"]) == 0
    lines = capsys.readouterr().out.splitlines()
    clara = lines.index(next(line for line in lines if line.startswith("Clara Ünal: ")))
    assert lines[clara + 1].startswith("  bestand clara.xlsx: geweigerd ")
    unknown = lines.index("(bestanden zonder bekende trekker):")
    assert lines[unknown + 1].startswith("  bestand onleesbaar.xlsx: geweigerd ")
    assert not any(line.startswith("(geen trekker)") and "0/0" in line for line in lines)


def test_the_rehearsal_leaves_the_database_usable(builtin_db: str, tmp_path: Path) -> None:
    """After a dry run the same database object writes as before (its sessions are its own)."""
    target = _omgevingsvisie(builtin_db)
    workbook = _edit_rows(
        _export_for(builtin_db, None, tmp_path / "a.xlsx"), {target: {"E": "Na de proef"}}
    )
    database = open_database(builtin_db)
    try:
        from statusapp.services.consolidation import consolidate_files
        from statusapp.services.context import edit_context_for

        context = edit_context_for(database, "Control")
        assert consolidate_files(context, [workbook], dry_run=True).files[0].outcome == "dry run"
        assert consolidate_files(context, [workbook]).files[0].outcome == "applied"
    finally:
        database.close()
    assert actions_by_id(builtin_db)[target].explanation == "Na de proef"


def test_a_file_given_twice_in_one_run_names_the_first(
    builtin_database: Path, tmp_path: Path
) -> None:
    target = _omgevingsvisie(builtin_database)
    workbook = _edit_rows(
        _export_for(builtin_database, None, tmp_path / "joost.xlsx"), {target: {"E": "Eén keer"}}
    )
    copy = tmp_path / "joost kopie.xlsx"
    copy.write_bytes(workbook.read_bytes())
    for dry_run in (True, False):
        report = _consolidate(builtin_database, [workbook, copy], dry_run=dry_run)
        assert report.files[1].describe() == (
            "joost kopie.xlsx: the same file as joost.xlsx, given earlier in this run; "
            "nothing to do"
        )


def test_several_bad_cells_are_indented_under_the_files_line(
    builtin_database: Path, tmp_path: Path, capsys
) -> None:
    workbook = _export_for(builtin_database, None, tmp_path / "anna slecht.xlsx")
    book = openpyxl.load_workbook(workbook)
    sheet = next(s for s in book.worksheets if s.title[0].isdigit() and s["D3"].value)
    sheet["D3"], sheet["C3"] = "bijna klaar", "31-02-2025"
    book.save(workbook)
    code = main(["--lang", "nl", "--db", str(builtin_database), "consolidate", str(workbook)])
    assert code == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == (
        "anna slecht.xlsx: geweigerd: 2 cellen in anna slecht.xlsx kloppen niet; er is niets "
        "uit het bestand overgenomen"
    )
    details = sorted(lines[1:3])
    assert details[0].startswith(f"  '{sheet.title}'!C3: ")
    assert details[1].startswith(f"  '{sheet.title}'!D3: 'bijna klaar' is geen status")


def test_changes_refused_as_approved_are_counted_and_say_what_to_do(
    builtin_database: Path, tmp_path: Path, capsys
) -> None:
    target = _omgevingsvisie(builtin_database)
    workbook = _edit_rows(
        _export_for(builtin_database, None, tmp_path / "anna.xlsx"), {target: {"D": "-"}}
    )
    context = _context(builtin_database)
    set_review(context, [target], ReviewState.APPROVED)
    context.database.close()
    assert main(["--db", str(builtin_database), "consolidate", str(workbook)]) == 1
    assert (
        capsys.readouterr()
        .out.splitlines()[-1]
        .endswith(
            "; 1 change refused because its update is approved: reopen it (statusapp reopen), "
            "then consolidate the file again"
        )
    )
