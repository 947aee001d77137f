"""The report as documents (Word here, PDF through the window's printing): the same rows as the
workbook, from report/tables.py."""
