"""The application's icon, set before the first paint: kept apart from status_style, whose
imports (the domain model, painting) would delay that paint."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from statusapp.paths import resources_dir


def icon_path(name: str) -> str:
    """An SVG in resources/icons (drawn on the pixel grid: sharp at 100%, 150% and 200%)."""
    return str(resources_dir() / "icons" / f"{name}.svg")


@cache
def app_icon() -> QIcon:
    return QIcon(icon_path("statusapp"))
