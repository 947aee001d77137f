"""A new programme from an existing report's green and blue tables (.xlsx, .docx): the reading
that `init --from` and the window's preview show before anything is written (services/setup.py
writes it)."""

from __future__ import annotations

from statusapp.report_reader import ReportError, ReportProblem, ReportReading, read_report

__all__ = ["ReportError", "ReportProblem", "ReportReading", "read_report"]
