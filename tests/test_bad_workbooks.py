"""Broken and hostile workbooks: one clear line, exit code 1, and the database unchanged."""

from __future__ import annotations

import uuid
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from statusapp.cli import main
from tests.excel_helpers import GREEN_SHEETS, export


def _rewrite_zip(source: Path, target: Path, change: Callable[[str, bytes], bytes]) -> Path:
    with (
        zipfile.ZipFile(source) as original,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy,
    ):
        for item in original.infolist():
            copy.writestr(item.filename, change(item.filename, original.read(item.filename)))
    return target


def _with_book(source: Path, target: Path, change: Callable[[openpyxl.Workbook], None]) -> Path:
    book = openpyxl.load_workbook(source)
    change(book)
    book.save(target)
    return target


ENTITY_BOMB = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
)


def _entity_bomb(name: str, data: bytes) -> bytes:
    if name == "xl/worksheets/sheet1.xml":
        body = data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data
        return ENTITY_BOMB + body.replace(b"<v>", b"<v>&lol3;", 1)
    return data


def _external_entity(name: str, data: bytes) -> bytes:
    if name == "xl/worksheets/sheet2.xml":
        body = data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data
        doctype = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        return doctype + body.replace(b"<t>", b"<t>&e;", 1)
    return data


def _zip_bomb(target: Path) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (40 * 1024 * 1024))
    return target


def _padded_entity_bomb(name: str, data: bytes) -> bytes:
    """The DOCTYPE after a long comment: past a quick look at the first bytes."""
    if name == "xl/worksheets/sheet1.xml":
        body = data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data
        padding = b"<!--" + b" " * 100_000 + b"-->"
        return (
            b'<?xml version="1.0"?>'
            + padding
            + ENTITY_BOMB[21:]
            + body.replace(b"<v>", b"<v>&lol3;", 1)
        )
    return data


def _set_cell(sheet: str, cell: str, value: object) -> Callable[[openpyxl.Workbook], None]:
    def change(book: openpyxl.Workbook) -> None:
        book[sheet][cell] = value

    return change


def _copy_id(book: openpyxl.Workbook) -> None:
    sheet = book[GREEN_SHEETS[0]]
    sheet["F5"] = sheet["F3"].value


def _damage_data_sheet(book: openpyxl.Workbook) -> None:
    book["statusapp"]["C3"] = "{not json"


CASES: dict[str, tuple[Callable[[Path, Path], Path], str]] = {
    "text file": (
        lambda src, dst: (dst.write_text("Gepland;Status\n2023;+\n"), dst)[1],
        "not an Excel workbook (.xlsx)",
    ),
    "truncated": (
        lambda src, dst: (dst.write_bytes(src.read_bytes()[: src.stat().st_size // 2]), dst)[1],
        "damaged or truncated",
    ),
    "password": (
        lambda src, dst: (dst.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4000), dst)[
            1
        ],
        "password-protected",
    ),
    "zip, no workbook": (
        lambda src, dst: (zipfile.ZipFile(dst, "w").close(), dst)[1],
        "no xl/workbook.xml",
    ),
    "zip bomb": (lambda src, dst: _zip_bomb(dst), "zip bomb"),
    "entity bomb": (lambda src, dst: _rewrite_zip(src, dst, _entity_bomb), "unsafe XML"),
    "external entity": (lambda src, dst: _rewrite_zip(src, dst, _external_entity), "unsafe XML"),
    "padded entity bomb": (
        lambda src, dst: _rewrite_zip(src, dst, _padded_entity_bomb),
        "unsafe XML",
    ),
    "too large": (lambda src, dst: _too_large(dst), "more than a workbook of the app can be"),
    "sheet renamed": (
        lambda src, dst: _with_book(
            src, dst, lambda b: setattr(b[GREEN_SHEETS[1]], "title", "Klimaat")
        ),
        "the sheet '2 Klimaatbestendig Heemstede' is missing",
    ),
    "header gone": (
        lambda src, dst: _with_book(src, dst, lambda b: b[GREEN_SHEETS[0]].delete_rows(2)),
        "header row with the captions is gone",
    ),
    "duplicate id": (lambda src, dst: _with_book(src, dst, _copy_id), "appears again"),
    "unknown id": (
        lambda src, dst: _with_book(src, dst, _set_cell(GREEN_SHEETS[0], "F4", str(uuid.uuid4()))),
        "unknown id",
    ),
    "data sheet deleted": (
        lambda src, dst: _with_book(src, dst, lambda b: b.remove(b["statusapp"])),
        "no sheet 'statusapp'",
    ),
    "data sheet damaged": (
        lambda src, dst: _with_book(src, dst, _damage_data_sheet),
        "row 3 is damaged",
    ),
    "formula": (
        lambda src, dst: _with_book(src, dst, _set_cell(GREEN_SHEETS[0], "E3", "=1+1")),
        "holds a formula",
    ),
    "bad status": (
        lambda src, dst: _with_book(src, dst, _set_cell(GREEN_SHEETS[0], "D3", "ja hoor")),
        "is no status",
    ),
    "bad planned": (
        lambda src, dst: _with_book(src, dst, _set_cell(GREEN_SHEETS[0], "C3", "ooit")),
        "planned text 'ooit'",
    ),
    "missing file": (lambda src, dst: dst, "file not found"),
    "folder": (lambda src, dst: dst.parent, "is a folder"),
}


def _too_large(target: Path) -> Path:
    with target.open("wb") as file:
        file.write(b"PK\x03\x04")
        file.seek(60 * 1024 * 1024)
        file.write(b"\0")
    return target


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_bad_workbook_gives_one_line_and_changes_nothing(
    case: str, builtin_database: Path, tmp_path: Path, capsys
) -> None:
    make, message = CASES[case]
    source = export(builtin_database, tmp_path / "good.xlsx")
    bad = make(source, tmp_path / f"bad {case}.xlsx")
    before = builtin_database.read_bytes()
    code = main(["--db", str(builtin_database), "import", str(bad)])
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert code == 1, captured
    assert len(lines) == 1 and "Traceback" not in captured.err
    assert message in lines[0]
    assert lines[0].startswith("statusapp: error: ")
    assert builtin_database.read_bytes() == before


def test_corpus_is_large_enough_and_defusedxml_is_active() -> None:
    assert len(CASES) >= 20
    assert openpyxl.DEFUSEDXML  # openpyxl parses worksheets through defusedxml


def test_a_missing_piece_of_the_actions_data_is_reported(
    builtin_database: Path, tmp_path: Path, capsys
) -> None:
    source = export(builtin_database, tmp_path / "good.xlsx")

    def drop_first_chunk(book: openpyxl.Workbook) -> None:
        sheet = book["statusapp"]
        for row in range(1, sheet.max_row + 1):
            if (
                sheet.cell(row=row, column=1).value == "actions"
                and sheet.cell(row=row, column=2).value == "0"
            ):
                sheet.cell(row=row, column=2, value="7")

    bad = _with_book(source, tmp_path / "bad.xlsx", drop_first_chunk)
    before = builtin_database.read_bytes()
    assert main(["--db", str(builtin_database), "import", str(bad)]) == 1
    assert "the actions' data is damaged" in capsys.readouterr().err
    assert builtin_database.read_bytes() == before
