"""The core's messages (gettext, no Qt): every one has its Dutch, the compiled catalog is the
one the .po makes, and the command line speaks the language --lang (or the system) asks for."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from statusapp.cli import main
from statusapp.translation import _, long_date, ngettext, parse_date, use_language

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "resources" / "translations"))
import core_catalog  # noqa: E402  (the catalog tool beside the catalogs)


def test_every_core_message_has_its_dutch() -> None:
    assert core_catalog.extract(), "no message found: is the extraction looking in src?"
    assert core_catalog.untranslated("nl") == []


def test_the_compiled_catalog_is_up_to_date() -> None:
    committed = core_catalog.po_path("nl").with_suffix(".mo").read_bytes()
    assert committed == core_catalog.compiled("nl"), (
        "run python resources/translations/update_translations.py"
    )


def test_the_core_speaks_the_language_it_is_told() -> None:
    use_language("nl")
    assert _("closed the round {name!r}") == "ronde {name!r} gesloten"
    assert long_date(date(2025, 1, 15)) == "15 januari 2025"
    assert ngettext("{count} action", "{count} actions", 1) == "{count} actie"
    assert ngettext("{count} action", "{count} actions", 2) == "{count} acties"
    use_language("en")
    assert _("closed the round {name!r}") == "closed the round {name!r}"
    assert long_date(date(2025, 1, 15)) == "15 January 2025"


def test_dates_are_read_as_people_type_them() -> None:
    assert parse_date("15-01-2025") == parse_date("2025-01-15") == date(2025, 1, 15)
    assert parse_date(" 1-4-2024 ") == date(2024, 4, 1)
    for impossible in ("31-02-2025", "2025-02-31", "15/01/2025", "morgen", "15-01-25"):
        assert parse_date(impossible) is None, impossible


def test_the_round_commands_speak_dutch_with_lang_nl(
    builtin_database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(builtin_database)
    assert main(["--db", db, "--lang", "nl", "round", "close"]) == 0
    assert capsys.readouterr().out.startswith("ronde 'Midterm review")
    assert main(["--db", db, "--lang", "nl", "round", "new", "Jaarverslag 2024",
                 "--peildatum", "15-01-2025"]) == 0  # fmt: skip
    assert capsys.readouterr().out == (
        "ronde 'Jaarverslag 2024' geopend (peildatum 15 januari 2025)\n"
    )
    assert main(["--db", db, "--lang", "nl", "round", "list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert listed[-1] == "Jaarverslag 2024 (peildatum 15 januari 2025, open)"
    assert listed[0].endswith("(peildatum 1 april 2024, gesloten)")
    code = main(["--db", db, "--lang", "nl", "round", "new", "Te vroeg", "--peildatum",
                 "31-02-2025"])  # fmt: skip
    error = capsys.readouterr().err
    assert code != 0 and error.count("\n") == 1
    assert error == (
        "statusapp: fout: --peildatum '31-02-2025' is geen datum: "
        "schrijf 15-01-2025 of 2025-01-15\n"
    )
    assert main(["--db", db, "round", "list"]) == 0  # no --lang: the system's (English here)
    assert capsys.readouterr().out.splitlines()[-1] == (
        "Jaarverslag 2024 (reference date 15 January 2025, open)"
    )
