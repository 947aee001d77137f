"""Hand-out: per owner a workbook and an unsent .eml draft with it attached."""

from __future__ import annotations

import email
from datetime import date
from email.policy import default as default_policy
from pathlib import Path

import openpyxl
import pytest

from statusapp.services import owners, updates
from statusapp.services.context import ValidationError, edit_context_for
from statusapp.services.handout import hand_out, safe_file_stem
from statusapp.storage.database import open_database
from tests.excel_helpers import load_tree

ANNA, TEAM = "Anna de Vries", 'Jan/Piet: "team"'
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _assign(db: str | Path) -> dict[str, list[str]]:
    """Anna owns the first 40 actions, a team with an awkward name the next 10."""
    database = open_database(db)
    try:
        context = edit_context_for(database, "tester")
        with database.session() as session:
            from statusapp.services.programmes import load_programme_tree

            ids = [a.id for a in load_programme_tree(session).walk_actions()]
        updates.set_owners(context, ids[:40], ANNA)
        updates.set_owners(context, ids[40:50], TEAM)
    finally:
        database.close()
    return {ANNA: ids[:40], TEAM: ids[40:50]}


def _read(mail: Path) -> email.message.EmailMessage:
    return email.message_from_bytes(mail.read_bytes(), policy=default_policy)


def test_cli_writes_a_workbook_and_an_unsent_mail_per_owner(
    builtin_database: Path, run_statusapp, tmp_path: Path
) -> None:
    owned = _assign(builtin_database)
    db = str(builtin_database)
    assert run_statusapp("--db", db, "owner", "set-email", ANNA, "anna.devries@heemstede.nl")\
        .returncode == 0  # fmt: skip
    out = tmp_path / "uitvraag mei"  # made by the command
    result = run_statusapp("--db", db, "handout", "--all", "--out", str(out),
                           "--deadline", "2024-06-14")  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert (
        lines[0].startswith(f"{ANNA}: 40 actions, ") and "(anna.devries@heemstede.nl)" in lines[0]
    )
    assert lines[1].startswith(f"{TEAM}: 10 actions, ")
    assert lines[1].endswith("(no e-mail address: the mail's To is empty)")
    assert lines[2] == (f"wrote 2 workbooks and mails to {out}; nothing was sent; 1 without an "
                        "e-mail address (statusapp owner set-email)")  # fmt: skip
    mails = sorted(out.glob("*.eml"))
    assert [m.name for m in mails] == [
        "Midterm review, terugblik 2022-2023 - Anna de Vries.eml",
        "Midterm review, terugblik 2022-2023 - Jan-Piet- -team-.eml",
    ]
    anna, team = (_read(m) for m in mails)
    assert anna["X-Unsent"] == "1" and team["X-Unsent"] == "1"
    assert [a.addr_spec for a in anna["To"].addresses] == ["anna.devries@heemstede.nl"]
    assert anna["To"].addresses[0].display_name == ANNA
    assert str(team["To"]) == ""
    assert anna["Subject"] == (
        "Uitvraag Midterm review, terugblik 2022-2023: graag uiterlijk 14 juni 2024 terug"
    )
    body = anna.get_body(("plain",)).get_content()
    assert body.startswith(f"Beste {ANNA},")
    assert "uiterlijk 14 juni 2024" in body and "peildatum 1 april 2024" in body
    assert "40 acties" in body
    for name, message in ((ANNA, anna), (TEAM, team)):
        attachments = list(message.iter_attachments())
        assert [a.get_content_type() for a in attachments] == [XLSX]
        workbook = tmp_path / attachments[0].get_filename()
        workbook.write_bytes(attachments[0].get_content())
        assert workbook.read_bytes() == (out / workbook.name).read_bytes()
        # It is that owner's workbook: their actions only, and it imports back unchanged.
        meta = openpyxl.load_workbook(workbook)["statusapp"]["C2"].value
        assert f'"owner": "{name.replace(chr(34), chr(92) + chr(34))}"' in meta
        back = run_statusapp("--db", db, "import", str(workbook), "--dry-run")
        assert back.stdout.strip().endswith(f"0 changed, {len(owned[name])} unchanged, 0 proposals")
        laptop = tmp_path / f"laptop {len(owned[name])}.db"
        copy = run_statusapp("--db", str(laptop), "import", str(workbook))
        assert copy.returncode == 0, copy.stderr
        assert {a.owner for a in load_tree(laptop).walk_actions()} == {name}
        assert {a.id for a in load_tree(laptop).walk_actions()} == set(owned[name])


def test_one_owner_in_english_with_the_stored_deadline(builtin_db: str, tmp_path: Path) -> None:
    _assign(builtin_db)
    database = open_database(builtin_db)
    try:
        context = edit_context_for(database, "tester")
        owners.set_owner_email(context, ANNA, " anna@example.org ")
        hand_out(database, tmp_path, owner=ANNA, deadline=date(2025, 1, 31))
        again = tmp_path / "again"
        again.mkdir()
        (handed,) = hand_out(database, again, owner=f"  {ANNA} ", language="en")
        assert [(o.name, o.email, o.actions) for o in owners.list_owners(database)] == [
            (ANNA, "anna@example.org", 40), (TEAM, None, 10)]  # fmt: skip
    finally:
        database.close()
    message = _read(handed.mail)
    assert message["Subject"] == (
        "Status update Midterm review, terugblik 2022-2023: please return by 31 January 2025"
    )
    assert str(message["To"]) == f"{ANNA} <anna@example.org>"
    assert handed.workbook.exists() and len(list(again.iterdir())) == 2


def test_refusals_are_one_line_and_change_nothing(
    builtin_database: Path, run_statusapp, tmp_path: Path
) -> None:
    db = str(builtin_database)
    nobody = run_statusapp("--db", db, "handout", "--all", "--out", str(tmp_path),
                           "--deadline", "2024-06-14")  # fmt: skip
    assert nobody.stderr.strip() == (
        "statusapp: error: no action has an owner yet: assign owners first"
    )
    _assign(builtin_database)
    cases = {
        ("handout", "--all", "--out", str(tmp_path)): "statusapp: error: the round 'Midterm "
        "review, terugblik 2022-2023' has no deadline yet: give --deadline DD-MM-YYYY",
        ("handout", "--owner", "Piet", "--out", str(tmp_path), "--deadline", "2024-06-14"):
        "statusapp: error: 'Piet' owns no actions in this round (owners: Anna de Vries, "
        'Jan/Piet: "team")',
        ("handout", "--all", "--out", str(tmp_path / "nope" / "deeper"), "--deadline", "2024-06-14"):
        f"statusapp: error: {tmp_path / 'nope'}: no such folder",
        ("handout", "--all", "--out", str(tmp_path), "--deadline", "31-06-2024"):
        "statusapp: error: --deadline '31-06-2024' is no date: write 15-01-2025 or 2025-01-15",
        ("owner", "set-email", ANNA, "Anna <anna@x.nl>"):
        "statusapp: error: 'Anna <anna@x.nl>' is no e-mail address (expected name@example.nl)",
        ("owner", "set-email", "Piet", "piet@x.nl"):
        "statusapp: error: no owner named 'Piet' (owners: Anna de Vries, Jan/Piet: \"team\")",
    }  # fmt: skip
    for args, expected in cases.items():
        result = run_statusapp("--db", db, *args)
        assert (result.returncode, result.stderr.strip()) == (1, expected), args
    assert list(tmp_path.glob("*.eml")) == []
    listed = run_statusapp("--db", db, "owner", "list").stdout
    assert listed == f"{ANNA}\t-\t40 actions\n{TEAM}\t-\t10 actions\n"


def test_owner_email_validation() -> None:
    assert owners.check_email(" a.b@gemeente.nl ") == "a.b@gemeente.nl"
    assert owners.check_email("") == ""
    for bad in ("anna", "anna@", "@x.nl", "a@b", "a b@x.nl", "a@x.nl; b@x.nl"):
        with pytest.raises(ValidationError):
            owners.check_email(bad)


def test_file_names_are_safe_on_windows() -> None:
    assert safe_file_stem('Ronde 1 - a/b\\c:d*e?f"g<h>i|j') == "Ronde 1 - a-b-c-d-e-f-g-h-i-j"
    assert safe_file_stem("CON") == "_CON" and safe_file_stem("aux.x") == "_aux.x"
    assert safe_file_stem("naam. ") == "naam" and safe_file_stem("...") == "handout"
    assert len(safe_file_stem("x" * 300)) == 100
    assert safe_file_stem("Zoë Çelik\tteam") == "Zoë Çelik team"


def test_with_two_programmes_the_chosen_one_is_handed_out(
    builtin_database: Path, run_statusapp, tmp_path: Path
) -> None:
    _assign(builtin_database)
    db = str(builtin_database)
    report = tmp_path / "rapport.xlsx"
    assert run_statusapp("--db", db, "export", "-o", str(report)).returncode == 0
    added = run_statusapp("--db", db, "init", "--from", str(report), "--add", "--name", "Kopie")
    assert added.returncode == 0, added.stderr
    unchosen = run_statusapp("--db", db, "owner", "list")
    assert unchosen.returncode == 1 and "choose one with --programme" in unchosen.stderr
    listed = run_statusapp(
        "--db", db, "--programme", "Uitvoeringsprogramma 2022-2026", "owner", "list"
    )
    assert listed.stdout.splitlines()[0] == f"{ANNA}\t-\t40 actions"
    out = tmp_path / "uitvraag"
    handed = run_statusapp("--db", db, "--programme", "Uitvoeringsprogramma 2022-2026",
                           "handout", "--owner", ANNA, "--out", str(out), "--deadline", "2024-06-14")  # fmt: skip
    assert handed.returncode == 0, handed.stderr
    # Named after the programme too: another programme's hand-out may share the folder.
    assert [p.name for p in out.glob("*.eml")] == [
        f"Uitvoeringsprogramma 2022-2026 - Midterm review, terugblik 2022-2023 - {ANNA}.eml"
    ]
    # The copy read from the report has no owners (the tables have no owner column).
    other = run_statusapp("--db", db, "--programme", "Kopie", "handout", "--all",
                          "--out", str(tmp_path / "kopie"), "--deadline", "14-06-2099")  # fmt: skip
    assert (
        other.stderr.strip() == "statusapp: error: no action has an owner yet: assign owners first"
    )


@pytest.mark.parametrize(
    ("language", "one", "many"),
    [("nl", "uw 1 actie.", "uw 2 acties."), ("en", "your 1 action.", "your 2 actions.")],
)
def test_the_mail_counts_the_actions_in_its_own_language(
    builtin_database: Path, tmp_path: Path, language: str, one: str, many: str
) -> None:
    """One action is "1 actie", not "1 acties"; the Dutch mail says "u", as the window does."""
    database = open_database(builtin_database)
    try:
        context = edit_context_for(database, "tester")
        ids = [a.id for a in load_tree(builtin_database).walk_actions()]
        updates.set_owners(context, ids[:1], "Eén Actie")
        updates.set_owners(context, ids[1:3], "Twee Acties")
        handed = hand_out(database, tmp_path, deadline=date(2025, 1, 31), language=language)
    finally:
        database.close()
    bodies = {h.owner: _read(h.mail).get_body(("plain",)).get_content() for h in handed}
    assert one in bodies["Eén Actie"].replace("\n", " ")
    assert many in bodies["Twee Acties"].replace("\n", " ")
    if language == "nl":
        assert " je " not in bodies["Eén Actie"] and "jouw" not in bodies["Eén Actie"]
