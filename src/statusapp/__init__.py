"""Statusapp: status updates of a municipal execution programme."""

__version__ = "0.1.0"
