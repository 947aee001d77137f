"""`statusapp check`: what a control team fixes before publishing, one line per finding naming
the action; exit 0 when nothing is found, 4 when something is."""

from __future__ import annotations

import json
from pathlib import Path

from statusapp.domain import Status, TableKind
from statusapp.report.checks import CheckKind
from statusapp.services.checks import publication_checks
from statusapp.services.context import edit_context_for
from statusapp.services.updates import save_status_update
from statusapp.storage.database import open_database
from tests.excel_helpers import load_tree
from tests.test_consolidation import _edit_rows, _export_for
from tests.two_rounds import make_second_round


def _findings(database: Path):  # type: ignore[no-untyped-def]
    opened = open_database(database)
    try:
        return publication_checks(opened)
    finally:
        opened.close()


def test_each_kind_of_finding(builtin_database: Path, tmp_path: Path, run_statusapp) -> None:
    second = make_second_round(builtin_database)
    tree = load_tree(builtin_database)
    green = [a for a in tree.walk_actions(TableKind.GREEN) if not a.actions]
    quiet = next(a for a in green if a.status is Status.ON_TRACK and a.explanation
                 and a.id not in (second.status_changed, second.explained))  # fmt: skip
    bare = next(a for a in green if a.id not in (quiet.id, second.status_changed))
    opened = open_database(builtin_database)
    try:
        context = edit_context_for(opened, "Control")
        save_status_update(context, quiet.id, status=Status.DELAYED)  # explanation left as was
        save_status_update(context, bare.id, status=Status.LONGER, explanation="")
    finally:
        opened.close()
    target = next(a for a in green if a.id not in (quiet.id, bare.id, second.status_changed))
    first = _edit_rows(_export_for(builtin_database, None, tmp_path / "a.xlsx"),
                       {target.id: {"E": "Versie A"}})  # fmt: skip
    other = _edit_rows(_export_for(builtin_database, None, tmp_path / "b.xlsx"),
                       {target.id: {"E": "Versie B"}})  # fmt: skip
    assert run_statusapp("--db", str(builtin_database), "consolidate", str(first),
                         str(other)).returncode == 3  # a conflict  # fmt: skip

    findings = _findings(builtin_database)
    by_kind: dict[CheckKind, set[str]] = {}
    for finding in findings:
        by_kind.setdefault(finding.kind, set()).add(finding.action_id)
    assert bare.id in by_kind[CheckKind.NO_EXPLANATION]
    assert quiet.id in by_kind[CheckKind.EXPLANATION_COPIED]
    assert second.status_changed not in by_kind[CheckKind.EXPLANATION_COPIED]  # rewritten
    assert by_kind[CheckKind.OPEN_CONFLICT] == {target.id}
    assert second.planned_moved not in by_kind[CheckKind.NOT_UPDATED]
    assert quiet.id not in by_kind[CheckKind.NOT_UPDATED]
    passed = {a.id for a in green if a.status is not Status.DONE and a.planned_years
              and a.planned_years.end < 2024}  # fmt: skip
    assert passed and passed <= by_kind[CheckKind.PLANNED_PASSED] | {bare.id, quiet.id}

    result = run_statusapp("--db", str(builtin_database), "--lang", "nl", "check")
    assert result.returncode == 4, result.stderr
    lines = result.stdout.splitlines()
    assert (
        lines[-1]
        == f"{len(findings)} bevindingen om na te lopen voordat het rapport wordt gepubliceerd"
    )
    assert any(line.endswith(": status +/- langere doorlooptijd zonder toelichting")
               and line.startswith("Veilig wonen, werken en leven › ") for line in lines)  # fmt: skip
    assert any(line.endswith(": een open conflict in Toelichting") for line in lines)
    listed = json.loads(run_statusapp("--db", str(builtin_database), "check", "--json").stdout)
    assert len(listed) == len(findings) and {"kind", "action_id", "problem"} <= set(listed[0])


def test_a_clean_round_exits_zero(builtin_database: Path, run_statusapp) -> None:
    tree = load_tree(builtin_database)
    opened = open_database(builtin_database)
    try:  # fix every finding of the built-in round: explanations, and passed plannings done
        context = edit_context_for(opened, "Control")
        for action in tree.walk_actions(TableKind.GREEN):
            years = action.planned_years
            if years and years.end < 2024 and action.status is not Status.DONE:
                save_status_update(context, action.id, status=Status.DONE)
            elif action.status in (Status.LONGER, Status.DELAYED) and not action.explanation:
                save_status_update(context, action.id, explanation="Toegelicht")
    finally:
        opened.close()
    result = run_statusapp("--db", str(builtin_database), "--lang", "nl", "check")
    assert (result.returncode, result.stdout) == (
        0,
        "niets gevonden: de ronde kan worden gepubliceerd\n",
    ), result.stderr
    export = run_statusapp("--db", str(builtin_database), "export", "-o",
                           str(builtin_database.parent / "r.xlsx"))  # fmt: skip
    assert export.returncode == 0 and "statusapp check" not in export.stdout


def test_an_export_warns_when_the_checks_find_something(
    builtin_database: Path, run_statusapp
) -> None:
    count = len(_findings(builtin_database))
    assert count > 0  # the built-in round has passed plannings
    result = run_statusapp("--db", str(builtin_database), "--lang", "nl", "export", "-o",
                           str(builtin_database.parent / "r.docx"))  # fmt: skip
    assert result.returncode == 0
    assert result.stdout.splitlines()[-1] == (
        f"let op: {count} bevindingen vóór publicatie; statusapp check toont ze"
    )
