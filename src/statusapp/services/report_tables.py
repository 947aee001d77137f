"""The report's table rows now live in report/tables.py; this name remains for
services/workbook_import.py until it imports them from there."""

from statusapp.report.tables import action_cell, ambition_text, split_planned_cell

__all__ = ["action_cell", "ambition_text", "split_planned_cell"]
