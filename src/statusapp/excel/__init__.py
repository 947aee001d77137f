"""Excel: the report's green and blue tables as a workbook, and reading edited workbooks back.

openpyxl is imported here and only here, and only when an export or import runs.
"""
