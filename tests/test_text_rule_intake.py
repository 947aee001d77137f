"""The one text rule (domain/text_rules.py) where text comes in: the command line's names, an
owner's e-mail address, a report read for init --from (Excel and Word) and the hidden sheet a
working copy is built from. Each refusal is one line naming the field or cell."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from statusapp.cli import main
from statusapp.dataset import load_builtin_programme
from statusapp.excel.export import export_workbook
from statusapp.excel.reader import WorkbookError, read_workbook
from statusapp.services.working_copy import tree_from_workbook
from tests.excel_helpers import export
from tests.report_helpers import write_word_report


def _one_error_line(capsys) -> str:  # type: ignore[no-untyped-def]
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in captured.err, captured.err
    assert lines[0].startswith("statusapp: error: "), lines[0]
    assert "internal error" not in lines[0]
    return lines[0]


def test_a_round_name_on_two_lines_is_refused(builtin_database: Path, capsys) -> None:
    before = builtin_database.read_bytes()
    code = main(
        ["--db", str(builtin_database), "round", "new", "A\r\nB", "--peildatum", "2025-01-15"]
    )
    line = _one_error_line(capsys)
    assert code == 1
    assert line == "statusapp: error: the round's name: must be one line (it holds a line break)"
    assert builtin_database.read_bytes() == before


def test_an_e_mail_address_with_a_right_to_left_override_is_refused(
    builtin_database: Path, capsys
) -> None:
    before = builtin_database.read_bytes()
    address = "anna@heemstede\u202eln.nl"
    code = main(["--db", str(builtin_database), "owner", "set-email", "Anna de Vries", address])
    assert code == 1
    assert "the e-mail address: holds a right-to-left control character (U+202E)" in (
        _one_error_line(capsys)
    )
    assert builtin_database.read_bytes() == before


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--name", "Uitvoering\nprogramma", "the programme's name: must be one line"),
        ("--organisation", "Gemeente\r\nHeemstede", "the organisation: must be one line"),
        ("--round", "Voorjaar\x07", "the round's name: holds a control character (U+0007)"),
    ],
)
def test_init_from_refuses_names_the_rule_refuses(
    option: str, value: str, message: str, tmp_path: Path, capsys
) -> None:
    report = tmp_path / "rapport.xlsx"
    export_workbook(load_builtin_programme(), report)
    fresh = tmp_path / "new.db"
    assert main(["--db", str(fresh), "init", "--from", str(report), option, value]) == 1
    assert message in _one_error_line(capsys)
    assert not fresh.exists()


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("klaar_x0007_", "holds a control character (U+0007)"),  # as Excel stores U+0007
        ("klaar \u202egnineppa", "holds a right-to-left control character (U+202E)"),
        ("klaar\x7f", "holds a control character (U+007F)"),
    ],
)
def test_init_from_an_excel_report_refuses_a_cell_the_rule_refuses(
    typed: str, message: str, tmp_path: Path, capsys
) -> None:
    report = tmp_path / "rapport.xlsx"
    export_workbook(load_builtin_programme(), report)
    book = openpyxl.load_workbook(report)
    book["2 Klimaatbestendig Heemstede"]["E4"] = typed
    book.save(report)
    fresh = tmp_path / "new.db"
    assert main(["--db", str(fresh), "init", "--from", str(report)]) == 1
    line = _one_error_line(capsys)
    assert f"{report}: '2 Klimaatbestendig Heemstede'!E4: {message}" in line
    assert not fresh.exists()


def test_init_from_a_word_report_refuses_a_control_character(tmp_path: Path, capsys) -> None:
    tree = load_builtin_programme()
    action = next(iter(tree.walk_actions()))
    action.text += " \x85klaar"  # NEL: XML holds it, the programme does not
    report = tmp_path / "rapport.docx"
    write_word_report(tree, report)
    fresh = tmp_path / "new.db"
    assert main(["--db", str(fresh), "init", "--from", str(report)]) == 1
    line = _one_error_line(capsys)
    assert f"{report}: table 1 row 2 column 2: holds a control character (U+0085)" in line
    assert not fresh.exists()


def test_a_working_copy_takes_the_hidden_sheet_s_texts_through_the_rule(
    builtin_database: Path, tmp_path: Path
) -> None:
    """The reader checks the hidden sheet; tree_from_workbook checks what it is given too, and
    stores line breaks as LF."""
    content = read_workbook(export(builtin_database, tmp_path / "export.xlsx"))
    first = next(iter(content.actions))
    content.actions[first]["explanation"] = "regel 1\r\nregel 2"
    tree = tree_from_workbook(content)
    assert next(a for a in tree.walk_actions() if a.id == first).explanation == "regel 1\nregel 2"
    content.actions[first]["owner"] = "Anna\r\nde Vries"
    with pytest.raises(WorkbookError) as refused:
        tree_from_workbook(content)
    assert str(refused.value) == (
        f"{content.path}: sheet 'statusapp' (action {first}): 'owner': must be one line "
        "(it holds a line break); do not edit that sheet (export again)"
    )
    content.actions[first]["owner"] = None
    content.meta["programme"]["name"] = "Uitvoerings\u2066programma"
    with pytest.raises(WorkbookError, match=r"the programme.*'name': holds a right-to-left"):
        tree_from_workbook(content)


def test_a_text_longer_than_a_spreadsheet_cell_is_refused_where_it_is_typed(
    builtin_database: Path, tmp_path: Path
) -> None:
    """Every stored text exports and imports back: none is longer than a cell can hold."""
    from statusapp.domain.text_rules import MAX_TEXT_CHARACTERS
    from statusapp.services.context import ValidationError, edit_context_for
    from statusapp.services.exports import export_programme
    from statusapp.services.updates import save_status_update, set_action_label
    from statusapp.services.workbook_import import import_workbook
    from statusapp.storage.database import open_database
    from tests.excel_helpers import load_tree

    first = next(load_tree(builtin_database).walk_actions())
    database = open_database(builtin_database)
    try:
        context = edit_context_for(database, "Anna")
        longest = ("differentiatie " * 3000)[:MAX_TEXT_CHARACTERS]
        with pytest.raises(
            ValidationError, match=r"^Explanation: 32,001 characters, more than the 32,000"
        ):
            save_status_update(context, first.id, explanation=longest + "x")
        with pytest.raises(ValidationError, match=r"^Action text: 40,000 characters"):
            set_action_label(context, first.id, number="1.", text="a" * 40_000)
        save_status_update(context, first.id, explanation=longest)
        workbook = tmp_path / "lang.xlsx"
        export_programme(database, workbook)
        result = import_workbook(context, workbook, dry_run=True)
    finally:
        database.close()
    assert result.plan.changes == []  # read back whole: nothing differs
    assert read_workbook(workbook).actions[first.id]["explanation"] == longest
