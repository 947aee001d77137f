"""Broken and hostile workbooks: one clear line, exit code 1, and the database unchanged."""

from __future__ import annotations

import os
import re
import uuid
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from statusapp.cli import main
from tests import workbook_damage as damage
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
        "a text file (such as .csv), not an Excel workbook (.xlsx); save it as .xlsx in Excel or "
        "LibreOffice",
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
    "duplicate id": (
        lambda src, dst: _with_book(src, dst, _copy_id),
        f"{GREEN_SHEETS[0]!r} row 5 repeats the id of row 3 in the hidden column F (id): "
        "a row copied with its id; clear cell F5 to add the row as a new action",
    ),
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
    "empty file": (
        lambda src, dst: (dst.write_bytes(b""), dst)[1],
        "not an Excel workbook (.xlsx)",
    ),
    "pdf renamed": (
        lambda src, dst: (dst.write_bytes(b"%PDF-1.7\n%\xe2\xe3\n1 0 obj"), dst)[1],
        "not an Excel workbook",
    ),
    "million rows": (lambda src, dst: _million_rows(src, dst), "more than 100,000 rows"),
    "10 MB cell": (lambda src, dst: _huge_cell(src, dst), "characters, more than a cell can"),
    "control character in XML": (
        lambda src, dst: _rewrite_zip(src, dst, _xml_control_character),
        "damaged",
    ),
    "latin-1 sheet XML": (lambda src, dst: _rewrite_zip(src, dst, _latin1_sheet), "damaged"),
    "truncated sheet XML": (lambda src, dst: _rewrite_zip(src, dst, _truncated_sheet), "damaged"),
    "sheet part missing": (
        lambda src, dst: _drop_part(src, dst, "xl/worksheets/sheet1.xml"),
        "is missing",
    ),
    "right-to-left override": (
        lambda src, dst: _with_book(
            src, dst, _set_cell(GREEN_SHEETS[0], "E3", "klaar \u202egnineppa")
        ),
        "'1 Veilig wonen, werken en leven'!E3: holds a right-to-left control character (U+202E)",
    ),
    "formula in status": (
        lambda src, dst: _with_book(src, dst, _set_cell(GREEN_SHEETS[0], "D3", "=1")),
        "holds a formula",
    ),
    "data sheet emptied": (lambda src, dst: _with_book(src, dst, _empty_data_sheet), "is empty"),
    "other format": (
        lambda src, dst: _with_book(src, dst, _meta_change("format", "other")),
        "not a Statusapp workbook",
    ),
    "future format": (
        lambda src, dst: _with_book(src, dst, _meta_change("format_version", 99)),
        "format 99 is not supported",
    ),
    "other programme": (
        lambda src, dst: _with_book(src, dst, _meta_programme),
        "belongs to another programme of the same name 'Uitvoeringsprogramma 2022-2026': id ",
    ),
    "other round": (
        lambda src, dst: _with_book(src, dst, _meta_round),
        "from another round of the same name 'Midterm review, terugblik 2022-2023' (id ",
    ),
    "id column header gone": (
        lambda src, dst: _with_book(src, dst, _set_cell(GREEN_SHEETS[0], "F2", None)),
        "hidden id column is gone",
    ),
    "id copied to another sheet": (
        lambda src, dst: _with_book(src, dst, _copy_id_across),
        f"repeats the id of {GREEN_SHEETS[0]!r} row 3 in the hidden column E (id)",
    ),
}
CASES.update(damage.CASES)


def _million_rows(source: Path, target: Path) -> Path:
    """A sheet of a million rows, written straight as XML (openpyxl would take minutes)."""

    def rows():  # type: ignore[no-untyped-def]
        yield b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        for number in range(1, 1_000_001):
            yield f'<row r="{number}"><c r="B{number}" t="inlineStr"><is><t>x</t></is></c></row>'.encode()
        yield b"</sheetData></worksheet>"

    with (
        zipfile.ZipFile(source) as original,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy,
    ):
        for item in original.infolist():
            if item.filename == "xl/worksheets/sheet1.xml":
                with copy.open(item.filename, "w") as part:
                    for chunk in rows():
                        part.write(chunk)
            else:
                copy.writestr(item.filename, original.read(item.filename))
    return target


def _huge_cell(source: Path, target: Path) -> Path:
    def change(name: str, data: bytes) -> bytes:
        if name == "xl/worksheets/sheet1.xml":
            # Random text, so it does not compress like a zip bomb would.
            return data.replace(b"<t>", b"<t>" + os.urandom(5 * 1024 * 1024).hex().encode(), 1)
        return data

    return _rewrite_zip(source, target, change)


def _xml_control_character(name: str, data: bytes) -> bytes:
    return data.replace(b"<t>", b"<t>&#1;", 1) if name == "xl/worksheets/sheet1.xml" else data


def _latin1_sheet(name: str, data: bytes) -> bytes:
    """Bytes that are no UTF-8 in a part that declares UTF-8."""
    if name == "xl/worksheets/sheet1.xml":
        return data.replace(b"<t>", b"<t>caf\xe9 \xff\xfe", 1)
    return data


def _truncated_sheet(name: str, data: bytes) -> bytes:
    return data[: len(data) // 2] if name == "xl/worksheets/sheet1.xml" else data


def _drop_part(source: Path, target: Path, part: str) -> Path:
    with (
        zipfile.ZipFile(source) as original,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy,
    ):
        for item in original.infolist():
            if item.filename != part:
                copy.writestr(item.filename, original.read(item.filename))
    return target


def _empty_data_sheet(book: openpyxl.Workbook) -> None:
    sheet = book["statusapp"]
    sheet.delete_rows(1, sheet.max_row)


def _meta_change(key: str, value: object) -> Callable[[openpyxl.Workbook], None]:
    import json

    def change(book: openpyxl.Workbook) -> None:
        meta = json.loads(book["statusapp"]["C2"].value)
        meta[key] = value
        book["statusapp"]["C2"] = json.dumps(meta)

    return change


def _meta_programme(book: openpyxl.Workbook) -> None:
    import json

    meta = json.loads(book["statusapp"]["C2"].value)
    meta["programme"]["id"] = str(uuid.uuid4())
    book["statusapp"]["C2"] = json.dumps(meta)


def _meta_round(book: openpyxl.Workbook) -> None:
    import json

    meta = json.loads(book["statusapp"]["C2"].value)
    meta["round"]["id"] = str(uuid.uuid4())
    book["statusapp"]["C2"] = json.dumps(meta)


def _copy_id_across(book: openpyxl.Workbook) -> None:
    blue = book["Aanvullende werkzaamheden"]
    for row in range(3, blue.max_row + 1):
        if blue.cell(row=row, column=5).value:
            blue.cell(row=row, column=5, value=book[GREEN_SHEETS[0]]["F3"].value)
            return


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
    resident = _reset_peak_memory()
    code = main(["--db", str(builtin_database), "import", str(bad)])
    grown = _peak_memory() - resident if resident is not None else 0
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert code == 1, captured
    assert len(lines) == 1 and "Traceback" not in captured.err
    assert message in lines[0]
    assert lines[0].startswith("statusapp: error: ")
    assert builtin_database.read_bytes() == before
    # Memory stays bounded: refusing a bomb or a million rows must not first load it.
    assert grown < MEMORY_BOUND_MB, f"the import grew by {grown} MB"


# Measured: importing the built-in workbook grows the process by about 2 MB; refusing the
# million-row sheet by about 90 MB (openpyxl parses a sheet without <dimension> to size it).
MEMORY_BOUND_MB = 150


def _status_mb(field: str) -> int:
    text = Path("/proc/self/status").read_text()
    return int(re.search(rf"{field}:\s+(\d+)", text).group(1)) // 1024  # type: ignore[union-attr]


def _reset_peak_memory() -> int | None:
    """Current resident size in MB with the peak reset to it; None where Linux cannot."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return None
    return _status_mb("VmRSS")


def _peak_memory() -> int:
    return _status_mb("VmHWM")


def test_corpus_is_large_enough_and_defusedxml_is_active() -> None:
    assert len(CASES) >= 37
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


def test_the_corpus_index_lists_every_case() -> None:
    index = (Path(__file__).parent / "data" / "bad" / "README.md").read_text(encoding="utf-8")
    listed = {line.split("|")[1].strip() for line in index.splitlines() if line.startswith("| ")}
    assert set(CASES) <= listed
    assert len(listed - {"case"}) >= 40


def _odf(target: Path, mimetype: str) -> Path:
    """An OpenDocument file as LibreOffice writes it: a zip whose first entry is `mimetype`."""
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("mimetype", mimetype, compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", "<office:document-content/>", zipfile.ZIP_DEFLATED)
    return target


def _ole(target: Path, stream: str) -> Path:
    """An old Office file: the OLE2 signature and a directory entry naming its main stream."""
    entry = stream.encode("utf-16-le") + b"\0\0"
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + entry.ljust(128, b"\0")
    target.write_bytes(data + b"\0" * 1024)
    return target


def _word(target: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("Een rapport, geen werkmap.")
    document.save(str(target))
    return target


SAVE_AS_XLSX = "save it as .xlsx in Excel or LibreOffice"
XLSX = "not an Excel workbook (.xlsx)"
OR_DOCX = "not an Excel workbook (.xlsx) or Word document (.docx)"
OTHER_FORMATS: dict[str, Callable[[Path], Path]] = {
    "status.ods": lambda t: _odf(t, "application/vnd.oasis.opendocument.spreadsheet"),
    "ods renamed.xlsx": lambda t: _odf(t, "application/vnd.oasis.opendocument.spreadsheet"),
    "status.csv": lambda t: (t.write_text("Actie;Status\nOmgevingsvisie;+\n"), t)[1],
    "oud.xls": lambda t: _ole(t, "Workbook"),
    "oud.doc": lambda t: _ole(t, "WordDocument"),
    "rapport.odt": lambda t: _odf(t, "application/vnd.oasis.opendocument.text"),
    "rapport.docx": _word,
    "beveiligd.xlsx": lambda t: _ole(t, "EncryptedPackage"),
}
ON_IMPORT = {
    "status.ods": f"an OpenDocument spreadsheet (.ods), {XLSX}; {SAVE_AS_XLSX}",
    "ods renamed.xlsx": f"an OpenDocument spreadsheet (.ods), {XLSX}; {SAVE_AS_XLSX}",
    "status.csv": f"a text file (such as .csv), {XLSX}; {SAVE_AS_XLSX}",
    "oud.xls": f"an old Excel workbook (.xls), {XLSX}; {SAVE_AS_XLSX}",
    "rapport.docx": f"a Word document (.docx), {XLSX}; import the workbook "
    "Statusapp exported, saved as .xlsx in Excel or LibreOffice",
    "beveiligd.xlsx": "the workbook is password-protected; remove the password in Excel and "
    "save it as .xlsx again",
}
ON_INIT = {
    "status.ods": f"an OpenDocument spreadsheet (.ods), {OR_DOCX}; {SAVE_AS_XLSX}",
    "status.csv": f"a text file (such as .csv), {OR_DOCX}; {SAVE_AS_XLSX}",
    "oud.xls": f"an old Excel workbook (.xls), {OR_DOCX}; {SAVE_AS_XLSX}",
    "oud.doc": f"an old Word document (.doc), {OR_DOCX}; save it as .docx in Word or LibreOffice",
    "rapport.odt": f"an OpenDocument text (.odt), {OR_DOCX}; save it as .docx in Word or LibreOffice",
}


@pytest.mark.parametrize("name", ON_IMPORT)
def test_import_of_another_format_says_how_to_save_it(
    name: str, builtin_database: Path, tmp_path: Path, capsys
) -> None:
    path = OTHER_FORMATS[name](tmp_path / name)
    before = builtin_database.read_bytes()
    assert main(["--db", str(builtin_database), "import", str(path)]) == 1
    assert capsys.readouterr().err.splitlines() == [f"statusapp: error: {path}: {ON_IMPORT[name]}"]
    assert builtin_database.read_bytes() == before


@pytest.mark.parametrize("name", ON_INIT)
def test_init_from_another_format_says_how_to_save_it(name: str, tmp_path: Path, capsys) -> None:
    path = OTHER_FORMATS[name](tmp_path / name)
    fresh = tmp_path / "new.db"
    assert main(["--db", str(fresh), "init", "--from", str(path)]) == 1
    assert capsys.readouterr().err.splitlines() == [f"statusapp: error: {path}: {ON_INIT[name]}"]
    assert not fresh.exists()


def test_init_from_an_ods_in_dutch(tmp_path: Path, capsys) -> None:
    path = OTHER_FORMATS["status.ods"](tmp_path / "status.ods")
    assert main(["--lang", "nl", "--db", str(tmp_path / "n.db"), "init", "--from", str(path)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"statusapp: fout: {path}: een OpenDocument-rekenblad (.ods), geen Excel-werkmap (.xlsx) "
        "of Word-document (.docx); sla het op als .xlsx in Excel of LibreOffice"
    ]


@pytest.mark.parametrize("name", ["status.ods", "status.csv", "oud.xls"])
def test_import_and_init_from_refuse_a_format_in_the_same_words(
    tmp_path: Path, builtin_database: Path, name: str, capsys
) -> None:
    """The two commands that read a file say what it is and how to save it in the same words;
    only what each reads differs."""
    path = OTHER_FORMATS[name](tmp_path / name)
    assert main(["--db", str(builtin_database), "import", str(path)]) == 1
    on_import = capsys.readouterr().err
    assert main(["--db", str(tmp_path / "n.db"), "init", "--from", str(path)]) == 1
    on_init = capsys.readouterr().err
    assert on_import.replace(XLSX, OR_DOCX) == on_init


@pytest.mark.parametrize("command", ["import", "init --from"])
def test_an_empty_or_missing_file_says_what_to_do(
    tmp_path: Path, builtin_database: Path, command: str, capsys
) -> None:
    empty = tmp_path / "leeg bestand.xlsx"
    empty.write_bytes(b"")
    missing = tmp_path / "weg.xlsx"
    database = builtin_database if command == "import" else tmp_path / "n.db"
    for path, advice in (
        (empty, "ask for the workbook again" if command == "import" else "choose the report"),
        (missing, "file not found; check the folder and the file name"),
    ):
        args = ["--db", str(database), *command.split(), str(path)]
        assert main(args) == 1
        (line,) = capsys.readouterr().err.splitlines()
        assert line.startswith(f"statusapp: error: {path}: ") and advice in line
