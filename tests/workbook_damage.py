"""Builders of damaged workbooks at the byte level: what a broken disk, a bad mail gateway or a
hostile hand does to a zip, keeping its directory readable so only the reader can notice."""

from __future__ import annotations

import json
import re
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl

from statusapp.excel import layout

LOCAL_HEADER = b"PK\x03\x04"
CENTRAL_HEADER = b"PK\x01\x02"


def _entry_offsets(data: bytes, name: str) -> tuple[int, int]:
    """Where the local header and the central directory header of `name` start."""
    encoded = name.encode()
    end = data.rindex(b"PK\x05\x06")
    central = struct.unpack_from("<I", data, end + 16)[0]  # where the directory starts
    while True:
        central = data.index(CENTRAL_HEADER, central)
        length = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46 : central + 46 + length] == encoded:
            local = struct.unpack_from("<I", data, central + 42)[0]
            return local, central
        central += 4


def patch_entry(
    source: Path, target: Path, name: str, change: Callable[[bytearray, int, int], None]
) -> Path:
    """`change(data, local_header_offset, central_header_offset)` edits the zip's bytes."""
    data = bytearray(source.read_bytes())
    local, central = _entry_offsets(bytes(data), name)
    change(data, local, central)
    target.write_bytes(bytes(data))
    return target


def flip_compressed_byte(at: int) -> Callable[[bytearray, int, int], None]:
    """A byte `at` bytes into the entry's deflate stream, the directory left as it was."""

    def change(data: bytearray, local: int, central: int) -> None:
        name_length, extra_length = struct.unpack_from("<HH", data, local + 26)
        start = local + 30 + name_length + extra_length
        assert at < struct.unpack_from("<I", data, central + 20)[0]
        data[start + at] ^= 0x55

    return change


def wrong_crc(data: bytearray, local: int, central: int) -> None:
    for offset in (local + 14, central + 16):
        struct.pack_into("<I", data, offset, struct.unpack_from("<I", data, offset)[0] ^ 0xFFFF)


def compression_method(method: int) -> Callable[[bytearray, int, int], None]:
    def change(data: bytearray, local: int, central: int) -> None:
        struct.pack_into("<H", data, local + 8, method)
        struct.pack_into("<H", data, central + 10, method)

    return change


def needs_version(version: int) -> Callable[[bytearray, int, int], None]:
    def change(data: bytearray, local: int, central: int) -> None:
        struct.pack_into("<H", data, local + 4, version)
        struct.pack_into("<H", data, central + 6, version)

    return change


def encrypted_flag(data: bytearray, local: int, central: int) -> None:
    for offset in (local + 6, central + 8):
        struct.pack_into("<H", data, offset, struct.unpack_from("<H", data, offset)[0] | 0x1)


def recompress(source: Path, target: Path, name: str, method: int) -> Path:
    """The same workbook with one part compressed another way (LZMA, bzip2)."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as copy:
        for item in original.infolist():
            kind = method if item.filename == name else zipfile.ZIP_DEFLATED
            copy.writestr(item.filename, original.read(item.filename), compress_type=kind)
    return target


def zip64(source: Path, target: Path) -> Path:
    """The same workbook written with zip64 records for every part."""
    with (
        zipfile.ZipFile(source) as original,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy,
    ):
        for item in original.infolist():
            with copy.open(item.filename, "w", force_zip64=True) as part:
                part.write(original.read(item.filename))
    return target


def damaged_zip64_extra(source: Path, target: Path) -> Path:
    """A zip64 extra field in the central directory that claims more than it holds."""
    data = bytearray(zip64(source, target).read_bytes())
    extra = struct.pack("<HHQ", 0x0001, 16, 5)  # says 16 bytes, holds 8
    end = data.rindex(b"PK\x05\x06")
    central = struct.unpack_from("<I", data, end + 16)[0]
    name_length, extra_length = struct.unpack_from("<HH", data, central + 28)
    assert extra_length == 0
    struct.pack_into("<H", data, central + 30, len(extra))
    insert_at = central + 46 + name_length
    data[insert_at:insert_at] = extra
    # The end record's directory size grows by the bytes inserted.
    end = data.rindex(b"PK\x05\x06")
    size = struct.unpack_from("<I", data, end + 12)[0]
    struct.pack_into("<I", data, end + 12, size + len(extra))
    target.write_bytes(bytes(data))
    return target


def part_holding(path: Path, text: bytes) -> str:
    """The name of the worksheet part whose XML holds `text`."""
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and text in archive.read(name):
                return name
    raise AssertionError(f"no worksheet holds {text!r}")


_DIMENSION = re.compile(rb"<dimension ref=\"[^\"]*\"\s*/>")


def lying_dimension(source: Path, target: Path, ref: str = "A1:F3") -> Path:
    """Every worksheet claims to end at `ref`, as some writers get it wrong."""
    with (
        zipfile.ZipFile(source) as original,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy,
    ):
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                assert _DIMENSION.search(data), item.filename
                data = _DIMENSION.sub(f'<dimension ref="{ref}"/>'.encode(), data)
            copy.writestr(item.filename, data)
    return target


def many_rows_small_dimension(source: Path, target: Path, part: str, rows: int) -> Path:
    """The part replaced by a sheet of `rows` rows whose <dimension> says A1:F5."""

    def chunks():  # type: ignore[no-untyped-def]
        yield (
            b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxml'
            b'formats.org/spreadsheetml/2006/main"><dimension ref="A1:F5"/><sheetData>'
        )
        for number in range(1, rows + 1):
            yield f'<row r="{number}"><c r="B{number}" t="inlineStr"><is><t>x</t></is></c></row>'.encode()
        yield b"</sheetData></worksheet>"

    with (
        zipfile.ZipFile(source) as original,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy,
    ):
        for item in original.infolist():
            if item.filename == part:
                with copy.open(item.filename, "w") as out:
                    for chunk in chunks():
                        out.write(chunk)
            else:
                copy.writestr(item.filename, original.read(item.filename))
    return target


def edit_actions_data(source: Path, target: Path, change: Callable[[list[dict]], None]) -> Path:
    """Change the hidden sheet's actions' JSON (as a hand in the XML would) and write it back."""
    book = openpyxl.load_workbook(source)
    sheet = book[layout.DATA_SHEET]
    rows = [
        row
        for row in range(1, sheet.max_row + 1)
        if sheet.cell(row=row, column=1).value == "actions"
    ]
    joined = "".join(sheet.cell(row=row, column=3).value for row in rows)
    entries = json.loads(joined)
    change(entries)
    text = json.dumps(entries, ensure_ascii=False)
    for row in reversed(rows):
        sheet.delete_rows(row)
    for index, start in enumerate(range(0, len(text), layout.DATA_CHUNK)):
        sheet.append(["actions", str(index), text[start : start + layout.DATA_CHUNK]])
    book.save(target)
    return target


SHEET = "xl/worksheets/sheet1.xml"  # the first green sheet
FIRST_GREEN = "1 Veilig wonen, werken en leven"
BLUE = "Aanvullende werkzaamheden"


def _with_cell(sheet: str, cell: str, value: object) -> Callable[[Path, Path], Path]:
    def make(source: Path, target: Path) -> Path:
        book = openpyxl.load_workbook(source)
        book[sheet][cell] = value
        book.save(target)
        return target

    return make


def _first_action(key: str, value: object) -> Callable[[Path, Path], Path]:
    def change(entries: list[dict]) -> None:
        if value is None:
            del entries[0][key]
        else:
            entries[0][key] = value

    return lambda source, target: edit_actions_data(source, target, change)


# The cases this module builds, for the corpus of tests/test_bad_workbooks.py.
CASES: dict[str, tuple[Callable[[Path, Path], Path], str]] = {
    "damaged deflate stream": (
        lambda src, dst: patch_entry(src, dst, SHEET, flip_compressed_byte(20)),
        f"its part {SHEET} cannot be unpacked (Error -3 while decompressing data",
    ),
    "wrong CRC": (
        lambda src, dst: patch_entry(src, dst, SHEET, wrong_crc),
        f"its part {SHEET} cannot be unpacked (Bad CRC-32",
    ),
    "wrong CRC in a part openpyxl skips": (
        lambda src, dst: patch_entry(src, dst, "docProps/app.xml", wrong_crc),
        "its part docProps/app.xml cannot be unpacked (Bad CRC-32",
    ),
    "part compressed with LZMA": (
        lambda src, dst: recompress(src, dst, SHEET, zipfile.ZIP_LZMA),
        f"the part {SHEET} is compressed with LZMA, which Excel does not use",
    ),
    "part compressed with bzip2": (
        lambda src, dst: recompress(src, dst, SHEET, zipfile.ZIP_BZIP2),
        f"the part {SHEET} is compressed with bzip2, which Excel does not use",
    ),
    "unknown compression method": (
        lambda src, dst: patch_entry(src, dst, SHEET, compression_method(99)),
        f"the part {SHEET} is compressed with method 99",
    ),
    "zip version 9.9": (
        lambda src, dst: patch_entry(src, dst, SHEET, needs_version(99)),
        "uses a zip feature Excel does not write (zip file version 9.9)",
    ),
    "encrypted part": (
        lambda src, dst: patch_entry(src, dst, SHEET, encrypted_flag),
        f"the part {SHEET} is encrypted (a password-protected zip)",
    ),
    "damaged zip64 record": (damaged_zip64_extra, "damaged or truncated"),
    "rows behind a small dimension": (
        lambda src, dst: many_rows_small_dimension(src, dst, SHEET, 100_001),
        "has more than 100,000 rows",
    ),
    "data sheet rows behind a small dimension": (
        lambda src, dst: many_rows_small_dimension(
            src, dst, part_holding(src, b"statusapp-workbook"), 100_001
        ),
        "sheet 'statusapp' has more rows than an export can have",
    ),
    "caption typed twice": (
        _with_cell(FIRST_GREEN, "D2", "Toelichting"),
        f"{FIRST_GREEN!r} row 2: the header names 'Toelichting' twice (D2 and E2)",
    ),
    "Status caption deleted": (
        _with_cell(FIRST_GREEN, "D2", None),
        f"{FIRST_GREEN!r} row 2: the header lacks the caption 'Status'",
    ),
    "blue caption deleted": (
        _with_cell(BLUE, "D2", None),
        f"{BLUE!r} row 2: the header lacks the caption 'Toelichting'",
    ),
    "control character typed in Excel": (
        _with_cell(FIRST_GREEN, "E3", "klaar_x0007_"),
        f"'{FIRST_GREEN}'!E3: holds a control character (U+0007)",
    ),
    "unknown status in the data sheet": (
        _first_action("status", "bogus"),
        "'status' 'bogus' is no status",
    ),
    "revision in the data sheet no number": (
        _first_action("revision", "3"),
        "'revision' must be a whole number of at least 0, not '3'",
    ),
    "text in the data sheet no text": (_first_action("text", 5), "'text' must be text, not int"),
    "action in the data sheet without id": (
        _first_action("id", None),
        "sheet 'statusapp': the actions' data holds an action without an id",
    ),
    "owner on two lines in the data sheet": (
        _first_action("owner", "Anna\r\nde Vries"),
        "'owner': must be one line",
    ),
}
