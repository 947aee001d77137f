"""Where Statusapp keeps its files: the user's data directory, or an override."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Statusapp"
DATA_DIR_VARIABLE = "STATUSAPP_DATA_DIR"
DEFAULT_DATABASE_NAME = "statusapp.db"


def data_dir() -> Path:
    """The folder for the default database: $STATUSAPP_DATA_DIR, else the user's data dir."""
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False, roaming=False)


def default_database_path() -> Path:
    return data_dir() / DEFAULT_DATABASE_NAME


def builtin_data_dir() -> Path:
    """The built-in data set: inside the package when installed, the repo's data/ when editable."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = [Path(__file__).with_name("_data"), Path(__file__).resolve().parents[2] / "data"]
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / "data")
    for candidate in candidates:
        if (candidate / BUILTIN_DATASET_NAME).is_file():
            return candidate
    return candidates[-1]


BUILTIN_DATASET_NAME = "heemstede-2022-2026.json"


def builtin_dataset_path() -> Path:
    return builtin_data_dir() / BUILTIN_DATASET_NAME
