"""Shared fixtures. Qt runs offscreen, and no test touches the real user data folder."""

from __future__ import annotations

import os

# Before any QApplication exists (pytest-qt creates it lazily).
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# The core's messages in English unless a test asks for Dutch, whatever the machine speaks.
os.environ["LANGUAGE"] = "en"

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
def english_core_messages() -> object:
    """A Dutch window in one test leaves the core speaking Dutch: back to English after it."""
    from statusapp.translation import stretch_messages, use_language

    use_language("en")
    yield
    use_language("en")
    stretch_messages(None)


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


POSTGRES_VARIABLE = "STATUSAPP_TEST_POSTGRES"  # a server URL where tests may create databases


def _admin_connection(url: str):  # type: ignore[no-untyped-def]
    import psycopg
    from sqlalchemy.engine import make_url

    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    return psycopg.connect(plain, autocommit=True)


@pytest.fixture(scope="session")
def postgres_server() -> str:
    url = os.environ.get(POSTGRES_VARIABLE)
    if not url:
        pytest.skip(f"no PostgreSQL server for tests: set {POSTGRES_VARIABLE} (.ci/run starts one)")
    return url


@pytest.fixture(scope="session")
def postgres_template(postgres_server: str):  # type: ignore[no-untyped-def]
    """A database holding the built-in programme, copied for each test (fast: a file copy)."""
    from sqlalchemy.engine import make_url

    from statusapp.services.setup import initialise_database

    name = f"statusapp_template_{os.getpid()}"
    with _admin_connection(postgres_server) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')
    initialise_database(
        make_url(postgres_server).set(database=name).render_as_string(hide_password=False)
    )
    yield name
    _drop(postgres_server, name)


@pytest.fixture(params=["sqlite", "postgresql"])
def builtin_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The built-in programme in a fresh database on each backend: a file path or a URL."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("builtin_database"))
    import uuid

    from sqlalchemy.engine import make_url

    server = request.getfixturevalue("postgres_server")
    template = request.getfixturevalue("postgres_template")
    name = f"statusapp_test_{uuid.uuid4().hex[:12]}"
    with _admin_connection(server) as admin:
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    request.addfinalizer(lambda: _drop(server, name))
    return make_url(server).set(database=name).render_as_string(hide_password=False)


def _drop(server: str, name: str) -> None:
    with _admin_connection(server) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        for kind in ("admin", "control", "editor", "reader"):  # the database's own roles
            admin.execute(f'DROP ROLE IF EXISTS "statusapp_{name}_{kind}"')


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


def signer_in(database: str | Path, name: str) -> str:
    """Who signs `name`'s edits in a test database: in a file the name given, on a server
    the login (the database signs with it, whatever the program says)."""
    text = str(database)
    if "://" not in text:
        return name
    from sqlalchemy.engine import make_url

    return make_url(text).username or name
