"""The command line in Dutch: --help (argparse's own texts too), usage errors as one line, and
dates typed either way."""

from __future__ import annotations

import argparse
import ast
import inspect
from pathlib import Path

import pytest

from statusapp.cli import main
from statusapp.cli_argparse import argparse_messages, language_asked


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as stopped:
        main(list(argv))
    captured = capsys.readouterr()
    return int(stopped.value.code or 0), captured.out, captured.err


def test_help_in_dutch_with_lang_nl(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = _run(capsys, "--lang", "nl", "--help")
    lines = [line.rstrip() for line in out.splitlines()]
    assert code == 0
    assert lines[0] == "gebruik: statusapp [-h] [--version] [--db PAD_OF_URL] [--lang {nl,en}]"
    assert "positionele argumenten:" in lines and "opties:" in lines
    assert "  -h, --help            toon deze hulptekst en stop" in lines
    assert "  --version             toon het versienummer en stop" in lines
    assert "    list                toon het programma als tekst of JSON" in lines
    assert "options:" not in lines and "usage:" not in out


def test_command_help_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = _run(capsys, "--lang", "nl", "import", "--help")
    lines = [line.rstrip() for line in out.splitlines()]
    assert code == 0
    assert lines[0] == "gebruik: statusapp import [-h] [--dry-run] [--as NAAM]"
    assert "  --dry-run             toon de wijzigingen zonder ze door te voeren" in lines
    assert "  --as NAAM             van wie de wijzigingen zijn (standaard: uzelf)" in lines


def test_help_follows_a_dutch_system(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANGUAGE", "nl_NL")
    _code, out, _err = _run(capsys, "handout", "--help")
    assert "  --out MAP             de map om in te schrijven" in out.splitlines()
    _code, out, _err = _run(capsys, "--lang", "en", "handout", "--help")
    assert "  --out DIR             the folder to write to" in out.splitlines()


def test_argparse_is_ours_only_while_parsing(capsys: pytest.CaptureFixture[str]) -> None:
    _run(capsys, "--lang", "nl", "--help")
    assert argparse.ArgumentParser(prog="x").format_usage() == "usage: x [-h]\n"


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (
            ["--lang", "nl", "import"],
            "statusapp: fout: de volgende argumenten zijn verplicht: BESTAND.xlsx "
            "(zie statusapp import --help)",
        ),
        (
            ["--lang", "nl", "list", "--nope"],
            "statusapp: fout: onbekende argumenten: --nope (zie statusapp list --help)",
        ),
        (
            ["--lang", "nl", "export", "-o"],
            "statusapp: fout: argument -o/--output: verwacht één argument "
            "(zie statusapp export --help)",
        ),
        (
            ["--lang", "en", "restore", "x"],
            "statusapp: error: argument N: 'x' is not a whole number (see statusapp restore "
            "--help)",
        ),
    ],
)
def test_usage_errors_are_one_line_in_the_language(
    capsys: pytest.CaptureFixture[str], argv: list[str], expected: str
) -> None:
    code, out, err = _run(capsys, *argv)
    assert (code, out, err) == (2, "", expected + "\n")


def test_an_invalid_choice_in_dutch_names_the_choices(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = _run(capsys, "--lang", "nl", "frobnicate")
    assert code == 2 and err.count("\n") == 1
    assert err.startswith("statusapp: fout: argument OPDRACHT: ongeldige keuze: 'frobnicate' ")
    assert err.endswith("'gui') (zie statusapp --help)\n")


def test_lang_is_read_before_the_parser() -> None:
    assert language_asked(["--lang", "nl", "list"]) == "nl"
    assert language_asked(["--lang=en"]) == "en"
    assert language_asked(["--lan", "nl"]) == "nl"
    assert language_asked(["list", "--", "--lang", "nl"]) is None
    assert language_asked(["--lang"]) is None


def test_every_argparse_text_we_translate_is_one_argparse_uses() -> None:
    """A Python whose argparse changed a text: the Dutch would silently fall back to English."""
    used = set()
    for node in ast.walk(ast.parse(inspect.getsource(argparse))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("_", "ngettext"):
            if node.args and isinstance(node.args[0], ast.Constant):
                used.add(node.args[0].value)
    from statusapp.translation import use_language

    use_language("en")  # the messages as argparse spells them
    assert [m for m in argparse_messages() if m not in used and m != "expected %s arguments"] == []


def test_dates_in_either_form_and_one_line_for_an_impossible_one(
    builtin_database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(builtin_database)
    code = main(["--db", db, "--lang", "nl", "handout", "--all", "--out", str(tmp_path),
                 "--deadline", "31-06-2024"])  # fmt: skip
    assert code == 1
    assert capsys.readouterr().err == (
        "statusapp: fout: --deadline '31-06-2024' is geen datum: schrijf 15-01-2025 of 2025-01-15\n"
    )
    code = main(["--db", db, "init", "--from", str(tmp_path / "x.xlsx"), "--peildatum",
                 "2025-02-30"])  # fmt: skip
    assert code == 1
    assert capsys.readouterr().err == (
        "statusapp: error: --peildatum '2025-02-30' is no date: write 15-01-2025 or 2025-01-15\n"
    )


def test_round_progress_in_dutch(
    builtin_database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(builtin_database), "--lang", "nl", "round", "progress"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first == (
        "Midterm review, terugblik 2022-2023 (peildatum 1 april 2024): 0 van 126 acties bijgewerkt "
        "(groene en blauwe tabellen)"
    )


def test_counts_in_dutch(builtin_database: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(builtin_database)
    assert main(["--db", db, "--lang", "nl", "conflicts"]) == 0
    assert capsys.readouterr().out == "0 open conflicten\n"
    assert main(["--db", db, "--lang", "nl", "programme", "set", "--explanation-limit", "300"]) == 0
    assert capsys.readouterr().out == "toelichtingen: de teller kleurt oranje boven 300 tekens\n"


def _all_parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                found.extend(_all_parsers(child))
    return found


def test_every_argument_of_every_command_says_what_it_is() -> None:
    """`--help` shows no bare OPDRACHT or NAAM: each argument, and each list of commands,
    carries a line saying what it is, in the language asked."""
    from statusapp.cli import build_parser
    from statusapp.translation import use_language

    use_language("nl")  # the conftest fixture sets English again
    parsers = _all_parsers(build_parser())
    bare = [
        f"{parser.prog} {action.metavar or action.dest}"
        for parser in parsers
        for action in parser._actions
        if not isinstance(action, argparse._HelpAction)
        and action.help is not argparse.SUPPRESS
        and not (action.help or "").strip()
    ]
    assert len(parsers) > 20
    assert bare == []
