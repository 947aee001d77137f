"""Window state in an INI file in the user's profile (never the registry)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

MAX_RECENT = 8


def app_settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Statusapp", "Statusapp"
    )


def recent_databases() -> list[str]:
    value = app_settings().value("recent/databases", [])
    if isinstance(value, str):  # one entry comes back as a plain string
        value = [value]
    return [str(entry) for entry in value or []]


def remember_database(location: str) -> None:
    entries = [entry for entry in recent_databases() if entry != location]
    entries.insert(0, location)
    app_settings().setValue("recent/databases", entries[:MAX_RECENT])
