"""Shared fixtures. Qt runs offscreen, and no test touches the real user data folder."""

from __future__ import annotations

import os

# Before any QApplication exists (pytest-qt creates it lazily).
os.environ["QT_QPA_PLATFORM"] = "offscreen"

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEED_REPORT = REPO.parent / "shared" / "seed" / "midterm-review-heemstede-2024.txt"


@pytest.fixture(autouse=True)
def private_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    folder = tmp_path_factory.mktemp("data dir")
    monkeypatch.setenv("STATUSAPP_DATA_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def private_settings(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Window settings (QSettings, INI) go to a temporary folder, never the user's profile."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture(scope="session")
def builtin_database_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One initialised database per session; tests copy it (init is the slow part)."""
    from statusapp.services.setup import initialise_database

    path = tmp_path_factory.mktemp("template") / "heemstede.db"
    initialise_database(path)
    return path


@pytest.fixture
def builtin_database(builtin_database_template: Path, tmp_path: Path) -> Path:
    """A private copy of a database holding the built-in programme, in a folder with a space."""
    folder = tmp_path / "Mijn documenten"
    folder.mkdir()
    target = folder / "programma ë.db"
    target.write_bytes(builtin_database_template.read_bytes())
    return target


@pytest.fixture
def run_statusapp(tmp_path: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run the real command line in a child process, as a user would."""

    def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        environment = dict(os.environ)
        environment["PYTHONIOENCODING"] = "utf-8"
        if env:
            environment.update(env)
        return subprocess.run(
            [sys.executable, "-m", "statusapp", *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=environment,
            cwd=tmp_path,
            timeout=120,
        )

    return run
