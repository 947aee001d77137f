"""Where Statusapp keeps its files: the user's data directory, or an override.

Three ways to run: from the repo (editable), from a wheel (data and resources inside the
package as _data and _resources), and frozen by PyInstaller (everything under sys._MEIPASS).
A frozen program with a file named `portable` beside its executable keeps its database and
settings in a folder beside it (a laptop on a USB stick).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Statusapp"
DATA_DIR_VARIABLE = "STATUSAPP_DATA_DIR"
DEFAULT_DATABASE_NAME = "statusapp.db"
PORTABLE_MARKER = "portable"
PORTABLE_DATA_FOLDER = "Statusapp data"
BUILTIN_DATASET_NAME = "heemstede-2022-2026.json"


def frozen_root() -> Path | None:
    """The folder a frozen (PyInstaller) program unpacked its files to; None when not frozen."""
    root = getattr(sys, "_MEIPASS", None)
    return Path(root) if root and getattr(sys, "frozen", False) else None


def portable_dir() -> Path | None:
    """The data folder beside the executable when a `portable` marker file sits there."""
    if not getattr(sys, "frozen", False):
        return None
    program_dir = Path(sys.executable).resolve().parent
    if (program_dir / PORTABLE_MARKER).is_file():
        return program_dir / PORTABLE_DATA_FOLDER
    return None


def data_dir() -> Path:
    """The folder for the default database: $STATUSAPP_DATA_DIR, else beside a portable
    program, else the user's data dir (%LOCALAPPDATA%\\Statusapp on Windows)."""
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        return Path(override)
    portable = portable_dir()
    if portable is not None:
        return portable
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False, roaming=False)


def settings_dir() -> Path | None:
    """Where a portable program keeps its settings; None: the user's settings folder."""
    portable = portable_dir()
    return portable / "settings" if portable is not None else None


def default_database_path() -> Path:
    return data_dir() / DEFAULT_DATABASE_NAME


def _first_existing(candidates: list[Path], probe: str) -> Path:
    for candidate in candidates:
        if (candidate / probe).exists():
            return candidate
    return candidates[-1]


def builtin_data_dir() -> Path:
    """The built-in data set: frozen, inside the package when installed, the repo's data/."""
    candidates = [Path(__file__).with_name("_data"), Path(__file__).resolve().parents[2] / "data"]
    root = frozen_root()
    if root is not None:
        candidates.insert(0, root / "data")
    return _first_existing(candidates, BUILTIN_DATASET_NAME)


def resources_dir() -> Path:
    """resources/ (translations, icons): frozen, in the package when installed, the repo's."""
    candidates = [
        Path(__file__).with_name("_resources"),
        Path(__file__).resolve().parents[2] / "resources",
    ]
    root = frozen_root()
    if root is not None:
        candidates.insert(0, root / "resources")
    return _first_existing(candidates, "translations")


def builtin_dataset_path() -> Path:
    return builtin_data_dir() / BUILTIN_DATASET_NAME
