"""What a file handed to `import` or `init --from` is, by its content (not its name), and the
one line that says what to do when it is not what the command reads, or what damage it shows.
Also the one way to let openpyxl read a workbook without any library warning reaching the user.

No Qt, no openpyxl at import time: `list` must stay light.
"""

from __future__ import annotations

import re
import warnings
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from statusapp.errors import StatusappError, os_reason
from statusapp.translation import _

ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")  # a zip with entries, an empty zip
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls/.doc, and password-protected .xlsx/.docx
MAX_OLE_SCAN = 64 * 1024 * 1024  # an OLE file's stream names are looked for in this much
TEXT_SAMPLE = 8192

# The stream names (UTF-16LE, as in an OLE directory) that say what an OLE file holds.
_OLE_STREAMS = (
    ("encrypted", ("EncryptionInfo", "EncryptedPackage")),
    ("xls", ("Workbook", "Book")),
    ("doc", ("WordDocument",)),
)
_ODF_KINDS = {
    "application/vnd.oasis.opendocument.spreadsheet": "ods",
    "application/vnd.oasis.opendocument.text": "odt",
}


@contextmanager
def library_warnings_silenced() -> Iterator[list[warnings.WarningMessage]]:
    """Scoped: the warnings openpyxl and zipfile give while the block runs are collected, never
    printed. openpyxl warns about what it drops or fills in (no default style in a Gnumeric
    workbook, unsupported extensions, data validation): nothing a user can act on, and what
    matters for the import (a formula, a damaged part) is refused by the reader itself.
    A read-only workbook reads lazily, so the whole reading goes inside the block."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield caught


def file_head(
    path: Path, error: type[StatusappError], what: str, length: int = 8
) -> tuple[int, bytes]:
    """The file's size and first bytes, or a one-line `error` naming it (`what`: "a workbook",
    "a document", "a report": how the folder refusal names what was expected)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as file:
            return size, file.read(length)
    except FileNotFoundError:
        raise error(
            _("{path}: file not found; check the folder and the file name").format(path=path)
        ) from None
    except IsADirectoryError:
        folder = {
            "a workbook": _("{path}: is a folder, not a workbook"),
            "a document": _("{path}: is a folder, not a document"),
            "a report": _("{path}: is a folder, not a report"),
        }.get(what, _("{path}: is a folder, not a file to read"))
        raise error(folder.format(path=path)) from None
    except OSError as failure:
        raise error(
            _("{path}: cannot read the file ({reason})").format(
                path=path, reason=os_reason(failure)
            )
        ) from None


def file_kind(path: Path, error: type[StatusappError], what: str) -> str:
    """By content: "xlsx", "docx", "ods", "odt", "odf" (another OpenDocument file), "xls",
    "doc", "encrypted" (a password-protected Office file), "ole" (another old Office file),
    "zip" (another zip, or a damaged one: the container checks name the damage), "pdf",
    "text" (such as .csv), "empty" or "other"."""
    size, head = file_head(path, error, what, TEXT_SAMPLE)
    if size == 0:
        return "empty"
    if head.startswith(ZIP_MAGICS):
        return _zip_kind(path)
    if head.startswith(OLE_MAGIC):
        return _ole_kind(path)
    if head.startswith(b"%PDF"):
        return "pdf"
    if _looks_like_text(head):
        return "text"
    return "other"


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                with archive.open("mimetype") as part:
                    mimetype = part.read(100).decode("ascii", "replace").strip()
                return _ODF_KINDS.get(mimetype, "odf")
    except Exception:  # damaged: the workbook's or the document's own checks say how
        return "zip"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "word/document.xml" in names:
        return "docx"
    return "zip"


def _ole_kind(path: Path) -> str:
    with path.open("rb") as file:
        data = file.read(MAX_OLE_SCAN)
    for kind, streams in _OLE_STREAMS:
        if any(_ole_name(stream) in data for stream in streams):
            return kind
    return "ole"


def _ole_name(name: str) -> bytes:
    """A directory entry's name field: UTF-16LE, ended by a NUL character."""
    return name.encode("utf-16-le") + b"\0\0"


_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")


def _looks_like_text(head: bytes) -> bool:
    """Text (a .csv, .txt, .tsv) has no control bytes; UTF-8 or a Windows code page."""
    return not _CONTROL.search(head)


def readable_workbook(path: Path, error: type[StatusappError]) -> None:
    """`import` reads the .xlsx Statusapp exported: any other kind is one line saying what
    to do. A zip of any other kind goes on to the container checks, which name the damage."""
    kind = file_kind(path, error, "a workbook")
    if kind in ("xlsx", "zip"):
        return
    raise error(_workbook_refusal(kind).format(path=path))


def readable_report(path: Path, error: type[StatusappError]) -> str:
    """`init --from` reads a report from .xlsx or .docx, whatever the file is called: its
    suffix by content (".xlsx" or ".docx"), or one line saying how to save it as one."""
    kind = file_kind(path, error, "a report")
    if kind in ("xlsx", "docx"):
        return "." + kind
    if kind == "zip":  # damaged or foreign: the reader its name suggests says what is wrong
        return ".docx" if path.suffix.lower() == ".docx" else ".xlsx"
    raise error(_report_refusal(kind).format(path=path))


# The two tables below say the same for each kind, in the same words: what the file is, what
# the command reads, and how to save the file as that. `import` reads only a workbook.
def _workbook_refusal(kind: str) -> str:
    return {
        "ods": _(
            "{path}: an OpenDocument spreadsheet (.ods), not an Excel workbook (.xlsx); "
            "save it as .xlsx in Excel or LibreOffice"
        ),
        "odt": _(
            "{path}: an OpenDocument text (.odt), not an Excel workbook (.xlsx); "
            "import the workbook Statusapp exported, saved as .xlsx in Excel or LibreOffice"
        ),
        "odf": _(
            "{path}: an OpenDocument file, not an Excel workbook (.xlsx); "
            "save it as .xlsx in Excel or LibreOffice"
        ),
        "xls": _(
            "{path}: an old Excel workbook (.xls), not an Excel workbook (.xlsx); "
            "save it as .xlsx in Excel or LibreOffice"
        ),
        "doc": _(
            "{path}: an old Word document (.doc), not an Excel workbook (.xlsx); "
            "import the workbook Statusapp exported, saved as .xlsx in Excel or LibreOffice"
        ),
        "docx": _(
            "{path}: a Word document (.docx), not an Excel workbook (.xlsx); "
            "import the workbook Statusapp exported, saved as .xlsx in Excel or LibreOffice"
        ),
        "encrypted": _(
            "{path}: the workbook is password-protected; remove the password in Excel "
            "and save it as .xlsx again"
        ),
        "ole": _(
            "{path}: an old or password-protected Office file, not an Excel workbook (.xlsx); "
            "remove the password, or save it as .xlsx, in Excel or LibreOffice"
        ),
        "text": _(
            "{path}: a text file (such as .csv), not an Excel workbook (.xlsx); "
            "save it as .xlsx in Excel or LibreOffice"
        ),
        "pdf": _(
            "{path}: a PDF file, not an Excel workbook (.xlsx); "
            "import the workbook Statusapp exported"
        ),
        "empty": _(
            "{path}: the file is empty (0 bytes), not an Excel workbook (.xlsx); "
            "ask for the workbook again, or export it again"
        ),
    }.get(kind, _("{path}: not an Excel workbook (.xlsx); import the workbook Statusapp exported"))


def _report_refusal(kind: str) -> str:
    return {
        "ods": _(
            "{path}: an OpenDocument spreadsheet (.ods), not an Excel workbook (.xlsx) "
            "or Word document (.docx); save it as .xlsx in Excel or LibreOffice"
        ),
        "odt": _(
            "{path}: an OpenDocument text (.odt), not an Excel workbook (.xlsx) "
            "or Word document (.docx); save it as .docx in Word or LibreOffice"
        ),
        "odf": _(
            "{path}: an OpenDocument file, not an Excel workbook (.xlsx) "
            "or Word document (.docx); save it as .xlsx or .docx in LibreOffice"
        ),
        "xls": _(
            "{path}: an old Excel workbook (.xls), not an Excel workbook (.xlsx) "
            "or Word document (.docx); save it as .xlsx in Excel or LibreOffice"
        ),
        "doc": _(
            "{path}: an old Word document (.doc), not an Excel workbook (.xlsx) "
            "or Word document (.docx); save it as .docx in Word or LibreOffice"
        ),
        "encrypted": _(
            "{path}: the file is password-protected; remove the password in Excel or Word "
            "and save it again"
        ),
        "ole": _(
            "{path}: an old Office file, not an Excel workbook (.xlsx) "
            "or Word document (.docx); save it as .xlsx or .docx in Excel, Word or LibreOffice"
        ),
        "text": _(
            "{path}: a text file (such as .csv), not an Excel workbook (.xlsx) "
            "or Word document (.docx); save it as .xlsx in Excel or LibreOffice"
        ),
        "pdf": _(
            "{path}: a PDF file, not an Excel workbook (.xlsx) "
            "or Word document (.docx); save the report as .xlsx or .docx in Excel or Word"
        ),
        "empty": _(
            "{path}: the file is empty (0 bytes), not an Excel workbook (.xlsx) "
            "or Word document (.docx); choose the report as saved by Excel or Word"
        ),
    }.get(
        kind,
        _(
            "{path}: not an Excel workbook (.xlsx) or Word document (.docx); "
            "save the report as .xlsx or .docx in Excel, Word or LibreOffice"
        ),
    )


def describe_damage(error: Exception) -> str:
    """One line for an error openpyxl raised on a damaged or hostile file."""
    cause: BaseException | None = error
    while cause is not None:  # openpyxl wraps the parser's error
        if type(cause).__name__ in (
            "EntitiesForbidden",
            "DTDForbidden",
            "ExternalReferenceForbidden",
        ):
            return _("the workbook holds unsafe XML (entity declarations); refused")
        cause = cause.__cause__ or cause.__context__
    name = type(error).__name__
    if name in (
        "EntitiesForbidden",
        "DTDForbidden",
        "ExternalReferenceForbidden",
        "NotSupportedError",
    ):
        return _(
            "the workbook contains unsafe XML (entity declarations or external references); refused"
        )
    if isinstance(error, zipfile.BadZipFile):
        return _("the workbook is damaged or truncated")
    if isinstance(error, KeyError):
        return _("the workbook is damaged (missing part {part})").format(part=error)
    detail = str(error).strip().splitlines()[0] if str(error).strip() else name
    return _("the workbook is damaged or not one Statusapp wrote ({detail})").format(
        detail=detail[:200]
    )
