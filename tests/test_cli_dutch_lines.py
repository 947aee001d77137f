"""The command line's lines a fresh Dutch reviewer met: statuses in words, status conflicts
settled by their symbol, plurals of both counts, our words for library errors, every bad cell
of a workbook in one refusal, and the next step where a command finds nothing."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest

from statusapp.cli import main
from statusapp.domain import Status
from statusapp.storage.database import open_database
from statusapp.storage.schema import ConflictRow
from tests.excel_helpers import GREEN_SHEETS, export, load_tree


def _conflict(database: Path) -> tuple[int, str]:
    tree = load_tree(database)
    action = next(tree.walk_actions())
    db = open_database(database)
    try:
        with db.session() as session:
            row = ConflictRow(
                round_id=tree.round.id, action_id=action.id, field="status", base_value="none",
                central_value="on_track", incoming_value="delayed", source_file="anna.xlsx",
                detected_at=datetime.now(UTC),
            )  # fmt: skip
            session.add(row)
            session.flush()
            number = row.id
    finally:
        db.close()
    return number, action.id


def _lines(capsys: pytest.CaptureFixture[str]) -> tuple[list[str], list[str]]:
    captured = capsys.readouterr()
    return captured.out.splitlines(), captured.err.splitlines()


def test_conflicts_name_statuses_in_the_words_of_consolidate(
    builtin_database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    number, _ = _conflict(builtin_database)
    assert main(["--lang", "nl", "--db", str(builtin_database), "conflicts"]) == 3
    out, _err = _lines(capsys)
    assert out[0].startswith(f"{number}: Status van '")
    assert out[0].endswith(
        ": geëxporteerd 'geen status', nu in de database '+ op schema', in het bestand "
        "'- vertraagd' (anna.xlsx)"
    )
    assert "on_track" not in out[0] and "none" not in out[0]


def test_a_status_conflict_is_settled_by_its_symbol(
    builtin_database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    number, action_id = _conflict(builtin_database)
    db = str(builtin_database)
    argv = ["--db", db, "conflicts", "--resolve", str(number), "--take", "merged", "--text"]
    assert main([*argv, "onzin"]) == 1
    assert _lines(capsys)[1] == [
        "statusapp: error: 'onzin' is no status; use ✓ (or v, x, ok), +, +/- (or ±), - or "
        "leave it empty"
    ]
    assert main([*argv, "+/-"]) == 0
    statuses = {a.id: a.update.status for a in load_tree(builtin_database).walk_actions()}
    assert statuses[action_id] is Status.LONGER


@pytest.mark.parametrize(
    ("extra", "code", "line"),
    [
        (["--resolve", "1", "--take", "merged"], 1,
         "statusapp: error: --take merged needs the merged value: give --text TEXT"),
        (["--resolve", "1", "--take", "central", "--text", "x"], 2,
         "statusapp: error: --text only goes with --take merged (see statusapp --help)"),
        (["--take", "central"], 2,
         "statusapp: error: --take and --text only go with --resolve N (see statusapp --help)"),
        (["--resolve", "abc"], 2,
         "statusapp: error: argument --resolve: 'abc' is not a whole number "
         "(see statusapp conflicts --help)"),
    ],
)  # fmt: skip
def test_conflict_options_that_would_be_ignored_are_refused(
    builtin_database: Path, capsys: pytest.CaptureFixture[str], extra: list[str], code: int,
    line: str,
) -> None:  # fmt: skip
    _conflict(builtin_database)
    with pytest.raises(SystemExit) if code == 2 else _no_exit() as raised:
        result = main(["--db", str(builtin_database), "conflicts", *extra])
    got = raised.value.code if code == 2 else result  # type: ignore[union-attr]
    assert got == code
    assert _lines(capsys)[1] == [line]


class _no_exit:
    def __enter__(self) -> _no_exit:
        return self

    def __exit__(self, *exc: object) -> bool:
        return False


def test_approving_twice_counts_both_numbers_right(
    builtin_database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    action = next(load_tree(builtin_database).walk_actions())
    argv = ["--db", str(builtin_database), "approve", "--id", action.id]
    assert main(["--lang", "nl", *argv]) == 0
    assert _lines(capsys)[0] == ["1 update goedgekeurd"]
    assert main(["--lang", "nl", *argv]) == 0
    assert _lines(capsys)[0] == ["0 updates goedgekeurd; 1 was al goedgekeurd"]
    assert main(argv) == 0
    assert _lines(capsys)[0] == ["approved 0 updates; 1 was approved already"]


def test_library_errors_are_said_in_our_words(
    builtin_database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--lang", "nl", "--db", "mysql://x/y", "list"]) == 1
    assert _lines(capsys)[1] == [
        "statusapp: fout: kan de database-URL 'mysql://x/y' niet gebruiken: Statusapp werkt "
        "alleen met SQLite-bestanden en PostgreSQL (postgresql+psycopg://gebruiker@server/database)"
    ]
    with pytest.raises(SystemExit) as raised:
        main(["--lang", "nl", "--db", str(builtin_database), "restore", "abc"])
    assert raised.value.code == 2
    assert _lines(capsys)[1] == [
        "statusapp: fout: argument N: 'abc' is geen geheel getal (zie statusapp restore --help)"
    ]


def test_a_missing_pillar_names_those_there_are(
    builtin_database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--db", str(builtin_database), "export", "-o", str(tmp_path / "x.xlsx")]
    assert main(["--lang", "nl", *argv, "--pillar", "9"]) == 1
    assert _lines(capsys)[1] == [
        "statusapp: fout: er is geen pijler 9; het programma heeft pijlers 1-4"
    ]
    assert not (tmp_path / "x.xlsx").exists()


def test_an_empty_database_says_the_next_step(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "leeg.db")
    assert main(["--db", db, "init", "--empty"]) == 0
    capsys.readouterr()
    assert main(["--lang", "nl", "--db", db, "list"]) == 1
    assert _lines(capsys)[1] == [
        f"statusapp: fout: {db}: bevat nog geen programma (gemaakt met init --empty); lees er "
        "een in uit een rapportage met init --from RAPPORT.xlsx --add, of in het venster met "
        "Bestand > Nieuw programma uit rapportage"
    ]


def test_a_deadline_before_the_reference_date_is_refused(
    builtin_database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--lang", "nl", "--db", str(builtin_database), "handout", "--all"]
    assert main([*argv, "--out", str(tmp_path / "uit"), "--deadline", "01-03-2024"]) == 1
    assert _lines(capsys)[1] == [
        "statusapp: fout: de inleverdatum 1 maart 2024 ligt voor de peildatum van de ronde "
        "(1 april 2024); geef een latere datum"
    ]
    assert not (tmp_path / "uit").exists()


def test_every_bad_cell_of_a_workbook_is_refused_at_once(
    builtin_database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = export(builtin_database, tmp_path / "anna.xlsx")
    book = openpyxl.load_workbook(source)
    sheet = book[GREEN_SHEETS[0]]
    sheet["C3"] = datetime(2025, 3, 1)  # Excel made a typed 1-3-2025 a date
    sheet["D4"] = "ja hoor"
    sheet["C6"] = "ooit"
    book.save(source)
    before = builtin_database.read_bytes()
    assert main(["--lang", "nl", "--db", str(builtin_database), "import", str(source)]) == 1
    err = _lines(capsys)[1]
    cell = f"'{GREEN_SHEETS[0]}'!"
    assert err[0] == (
        "statusapp: fout: 3 cellen in anna.xlsx kloppen niet; er is niets uit het bestand "
        "overgenomen"
    )
    assert err[1] == (
        f"  {source}: {cell}C3: Excel maakte van de planning '01-03-2025' een datum; typ de "
        "planning als tekst, zoals 'maart 2025' of 'Q1 2025' (begin met ' zodat Excel er geen "
        "datum van maakt)"
    )
    assert err[2].startswith(f"  {source}: {cell}D4: 'ja hoor' is geen status")
    assert err[3].startswith(f"  {source}: {cell}C6: ")
    assert len(err) == 4
    assert builtin_database.read_bytes() == before


def test_cut_texts_end_in_an_ellipsis_and_cells_are_named_one_way() -> None:
    from statusapp.domain.labels import cell_name, row_name, shorten
    from statusapp.translation import use_language

    assert shorten("1. Vaststellen woonvisie. Na vaststelling wordt de uitvoering", 40) == (
        "1. Vaststellen woonvisie. Na vaststelli…"
    )
    assert shorten("kort\nen klein", 40) == "kort en klein"
    assert cell_name("1 Veilig wonen", "D7") == "'1 Veilig wonen'!D7"
    assert cell_name("Anna's blad", "C3") == "'Anna''s blad'!C3"
    use_language("nl")
    assert row_name("1 Veilig wonen", 7) == "'1 Veilig wonen' rij 7"


def test_every_formula_of_a_workbook_is_refused_at_once(
    builtin_database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = export(builtin_database, tmp_path / "anna.xlsx")
    book = openpyxl.load_workbook(source)
    book[GREEN_SHEETS[0]]["E3"] = "=1+1"
    book[GREEN_SHEETS[1]]["E4"] = "=2+2"
    book.save(source)
    assert main(["--db", str(builtin_database), "import", str(source)]) == 1
    err = _lines(capsys)[1]
    assert err == [
        "statusapp: error: 2 cells in anna.xlsx are wrong; nothing in the file was applied",
        f"  {source}: '{GREEN_SHEETS[0]}'!E3 holds a formula (=1+1); type the value instead",
        f"  {source}: '{GREEN_SHEETS[1]}'!E4 holds a formula (=2+2); type the value instead",
    ]


def test_a_formula_and_bad_values_are_refused_together(
    builtin_database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A formula does not hide the other bad cells: one trip back for all of them."""
    source = export(builtin_database, tmp_path / "anna.xlsx")
    book = openpyxl.load_workbook(source)
    book[GREEN_SHEETS[0]]["E3"] = "=1+1"
    book[GREEN_SHEETS[0]]["D4"] = "bijna klaar"
    book.save(source)
    assert main(["--db", str(builtin_database), "import", str(source)]) == 1
    err = _lines(capsys)[1]
    assert (
        err[0]
        == "statusapp: error: 2 cells in anna.xlsx are wrong; nothing in the file was applied"
    )
    assert sorted(line.split("!")[1][:2] for line in err[1:]) == ["D4", "E3"]


def test_a_status_as_messages_name_it_is_read_back() -> None:
    """What `conflicts` shows ('+ op schema') can be typed back, in a cell or for --text."""
    from statusapp.domain import Status
    from statusapp.domain.status import parse_status_text
    from statusapp.translation import use_language

    use_language("nl")
    assert parse_status_text("+ op schema") is Status.ON_TRACK
    assert parse_status_text("- vertraagd") is Status.DELAYED
    assert parse_status_text("geen status") is Status.NONE
