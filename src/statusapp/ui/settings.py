"""Window state in an INI file in the user's profile (never the registry), or beside a
portable program."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from statusapp.paths import settings_dir

MAX_RECENT = 8


def use_portable_settings() -> None:
    """A portable program keeps Statusapp/Statusapp.ini in its own data folder."""
    folder = settings_dir()
    if folder is not None:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


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
