"""Reading a new programme from an existing report's green and blue tables (.xlsx or .docx)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from statusapp.excel.file_kinds import readable_report
from statusapp.report_reader.tables import (
    ReportError,
    ReportProblem,
    ReportReading,
    build_reading,
)
from statusapp.translation import _

__all__ = ["ReportError", "ReportProblem", "ReportReading", "read_report"]

SUFFIXES = (".xlsx", ".docx")


def read_report(
    path: Path,
    *,
    name: str | None = None,
    organisation: str = "",
    round_name: str = "",
    reference_date: date | None = None,
) -> ReportReading:
    """The programme in the report's tables; ReportError (one line) when there is none."""
    path = Path(path)
    suffix = readable_report(path, ReportError)  # by content: .ods, .xls, .csv... refused
    skipped: list[ReportProblem] = []  # tables and sheets that look like data but were not read
    if path.is_dir():
        raise ReportError(_("{path}: is a folder, not a report").format(path=path))
    if suffix == ".xlsx":
        from statusapp.report_reader.excel import read_excel_tables

        tables = read_excel_tables(path, skipped)
    elif suffix == ".docx":
        from statusapp.report_reader.word import read_word_tables

        tables = read_word_tables(path, skipped)
    else:
        if suffix in (".xls", ".doc", ".pdf", ".ods", ".odt", ".csv"):
            raise ReportError(
                _(
                    "{path}: reads Excel workbooks (.xlsx) and Word documents (.docx) only; "
                    "save it as .xlsx or .docx in Excel, Word or LibreOffice first"
                ).format(path=path)
            )
        raise ReportError(
            _("{path}: reads Excel workbooks (.xlsx) and Word documents (.docx) only").format(
                path=path
            )
        )
    return build_reading(
        path,
        tables,
        name=name or path.stem,
        organisation=organisation,
        round_name=round_name,
        reference_date=reference_date,
        skipped=skipped,
    )
