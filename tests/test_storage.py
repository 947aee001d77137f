"""Opening, creating and migrating databases, and the round trip data file -> database -> JSON."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path, PureWindowsPath

import pytest
from sqlalchemy import text

from statusapp.errors import DatabaseError, DatabaseMissingError, SchemaTooNewError, StatusappError
from statusapp.paths import builtin_dataset_path
from statusapp.programme_json import tree_to_dict
from statusapp.services.programmes import load_programme_tree
from statusapp.services.setup import initialise_database, open_default_database
from statusapp.storage import migrate
from statusapp.storage.backups import list_backups
from statusapp.storage.database import _open_sqlite, open_database
from statusapp.storage.filesystems import is_on_network_mount, is_unc_path, parse_mounts

FIXTURES = Path(__file__).with_name("fixtures") / "databases"


def _load(path: Path):
    database = open_database(path)
    try:
        with database.session() as session:
            return load_programme_tree(session)
    finally:
        database.close()


def _comparable(
    node,
    derived=(
        "symbol",
        "programmes",
        "planned_years",
        "revision",
        "review",
        "updated_by",
        "updated_at",
    ),
):
    """The data file's own keys of a JSON node, recursively (derived output keys left out)."""
    if isinstance(node, dict):
        return {k: _comparable(v) for k, v in node.items() if k not in derived}
    if isinstance(node, list):
        return [_comparable(v) for v in node]
    return node


def test_round_trip_data_file_to_database_to_json_loses_nothing(builtin_database: Path) -> None:
    source = json.loads(builtin_dataset_path().read_text(encoding="utf-8"))
    output = tree_to_dict(_load(builtin_database))
    expected = _comparable(source)

    def fill_defaults(action: dict) -> None:
        action.setdefault("owner", None)
        for child in action["actions"]:
            fill_defaults(child)

    for pillar in expected["pillars"]:
        for ambition in pillar["ambitions"]:
            for action in ambition["actions"]:
                fill_defaults(action)
    assert _comparable(output) == expected


def test_json_output_carries_derived_fields(builtin_database: Path) -> None:
    output = tree_to_dict(_load(builtin_database))
    first = output["pillars"][0]["ambitions"][0]["actions"][0]
    assert first["symbol"] == "+/-" and first["status"] == "longer"
    assert first["programmes"] == [8]
    assert first["planned_years"] == [2023, 2023]
    assert first["revision"] == 1


def test_new_database_is_created_through_alembic_and_matches_the_models(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from statusapp.storage.schema import Base

    database = open_database(tmp_path / "new.db", create=True)
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection)
        assert context.get_current_revision() == migrate.SCHEMA_HEAD
        assert compare_metadata(context, Base.metadata) == []
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    database.close()


def test_schema_head_constant_is_alembics_head() -> None:
    from alembic.script import ScriptDirectory

    assert ScriptDirectory(str(migrate.ALEMBIC_DIR)).get_current_head() == migrate.SCHEMA_HEAD


def test_there_is_a_fixture_database_for_every_revision() -> None:
    from alembic.script import ScriptDirectory

    revisions = {s.revision for s in ScriptDirectory(str(migrate.ALEMBIC_DIR)).walk_revisions()}
    assert {p.stem for p in FIXTURES.glob("*.sqlite")} == revisions


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.sqlite")), ids=lambda p: p.stem)
def test_every_past_revision_opens_and_keeps_its_programme(fixture: Path, tmp_path: Path) -> None:
    copy = tmp_path / fixture.name
    shutil.copy(fixture, copy)
    tree = _load(copy)
    assert sum(1 for _ in tree.walk_actions()) == 126
    assert tree.status_counts()  # statuses survived
    database = open_database(copy)
    with database.engine.connect() as connection:
        assert migrate.read_revision(connection) == migrate.SCHEMA_HEAD
    database.close()
    backups = [b.file for b in list_backups(copy)]
    if fixture.stem == migrate.SCHEMA_HEAD:
        assert backups == []
    else:  # an older schema: the file was copied before it was upgraded
        assert len(backups) == 1 and f"schema-{fixture.stem}" in backups[0].name
        with sqlite3.connect(backups[0]) as backup:
            assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (
                fixture.stem,
            )
        backup.close()


def _next_revision_scripts(tmp_path: Path) -> Path:
    """The real migrations plus one synthetic next revision, to exercise backup-then-upgrade."""
    scripts = tmp_path / "alembic"
    shutil.copytree(migrate.ALEMBIC_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9001_test_marker.py").write_text(
        f'''
import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{migrate.SCHEMA_HEAD}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("programmes") as batch:
        batch.add_column(sa.Column("marker", sa.Text(), nullable=False, server_default="upgraded"))


def downgrade():
    with op.batch_alter_table("programmes") as batch:
        batch.drop_column("marker")
''',
        encoding="utf-8",
    )
    return scripts


def test_older_database_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    scripts = _next_revision_scripts(tmp_path)
    database_path = tmp_path / "older database.db"
    shutil.copy(FIXTURES / f"{migrate.SCHEMA_HEAD}.sqlite", database_path)
    original = database_path.read_bytes()

    database = _open_sqlite(database_path.as_uri(), database_path, create=False)
    migrate.ensure_current_schema(database, create=False, script_location=scripts)
    with database.engine.connect() as connection:
        assert migrate.read_revision(connection) == "9001"
        assert connection.execute(text("SELECT marker FROM programmes")).scalar() == "upgraded"
        assert connection.execute(text("SELECT count(*) FROM actions")).scalar() == 126
    database.close()

    backups = [b.file for b in list_backups(database_path)]
    assert len(backups) == 1 and backups[0].name.startswith(
        f"older database.schema-{migrate.SCHEMA_HEAD}."
    )
    with sqlite3.connect(backups[0]) as backup:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (
            migrate.SCHEMA_HEAD,
        )
        assert backup.execute("SELECT count(*) FROM actions").fetchone() == (126,)
    assert any("old file is kept as" in w for w in database.warnings)
    assert original  # the fixture itself was copied, never touched


def test_database_from_a_newer_version_is_refused_and_unchanged(builtin_database: Path) -> None:
    with sqlite3.connect(builtin_database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = builtin_database.read_bytes()
    with pytest.raises(SchemaTooNewError, match=r"written by a newer Statusapp \(schema 9999"):
        open_database(builtin_database)
    assert builtin_database.read_bytes() == before
    assert list_backups(builtin_database) == []


def test_missing_database_is_not_created_and_the_message_names_init(tmp_path: Path) -> None:
    missing = tmp_path / "typo.db"
    with pytest.raises(DatabaseMissingError, match=r"no such database; create it with: .* init"):
        open_database(missing)
    assert not missing.exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"hello, I am a text file", "not a Statusapp database (the file is not SQLite)"),
        (b"SQLite format 3\x00" + b"\xff" * 200, "not a Statusapp database"),
    ],
)
def test_files_that_are_not_databases(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "x.db"
    path.write_bytes(content)
    with pytest.raises(DatabaseError, match=message.replace("(", r"\(").replace(")", r"\)")):
        open_database(path)
    assert path.read_bytes() == content


def test_sqlite_database_of_another_program(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE songs (title TEXT)")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match=r"belongs to another program; tables: songs"):
        open_database(path)
    with pytest.raises(DatabaseError, match="another program"):
        initialise_database(path)
    assert path.read_bytes() == before


def test_folder_instead_of_a_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="is a folder, not a database file"):
        open_database(tmp_path)


def test_init_refuses_a_database_that_holds_a_programme(builtin_database: Path) -> None:
    before = builtin_database.read_bytes()
    with pytest.raises(StatusappError, match="already holds the programme 'Uitvoeringsprogramma"):
        initialise_database(builtin_database)
    assert builtin_database.read_bytes() == before


def test_init_fills_an_empty_database(tmp_path: Path) -> None:
    path = tmp_path / "leeg.db"
    summary = initialise_database(path, empty=True)
    assert summary.programme is None
    assert initialise_database(path).green_actions == 111


def test_init_with_a_malformed_data_set_leaves_no_file(tmp_path: Path, monkeypatch) -> None:
    import statusapp.services.setup as setup
    from statusapp.dataset import load_programme_file
    from statusapp.errors import DatasetError

    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "statusapp-programme"}', encoding="utf-8")
    monkeypatch.setattr(setup, "load_builtin_programme", lambda: load_programme_file(bad))
    target = tmp_path / "new.db"
    with pytest.raises(DatasetError, match=r"bad\.json: \(top\): 'format_version'"):
        initialise_database(target)
    assert not target.exists()


def _make_read_only(path: Path) -> None:
    if os.geteuid() == 0:  # root ignores permission bits, not the immutable flag
        subprocess.run(["chattr", "+i", str(path)], check=True)
    else:
        path.chmod(0o444)


def _make_writable(path: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(path)], check=True)
    path.chmod(0o644)


def test_read_only_database_can_be_listed_but_not_written(
    builtin_database: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.db"
    initialise_database(empty, empty=True)
    before = empty.read_bytes()
    _make_read_only(builtin_database)
    _make_read_only(empty)
    try:
        assert sum(1 for _ in _load(builtin_database).walk_actions()) == 126
        with pytest.raises(DatabaseError, match="read-only"):
            initialise_database(empty)
        assert empty.read_bytes() == before
    finally:
        _make_writable(builtin_database)
        _make_writable(empty)


def test_default_database_is_created_with_the_builtin_programme(private_data_dir: Path) -> None:
    database = open_default_database()
    try:
        assert database.path == private_data_dir / "statusapp.db"
        with database.session() as session:
            tree = load_programme_tree(session)
        assert tree.programme.organisation == "Gemeente Heemstede"
    finally:
        database.close()
    # A second start opens the same file instead of creating another.
    open_default_database().close()
    assert sorted(p.name for p in private_data_dir.iterdir() if p.suffix == ".db") == [
        "statusapp.db"
    ]


def test_network_file_systems_are_recognised() -> None:
    mounts = parse_mounts(
        "/dev/sda1 / ext4 rw 0 0\n"
        "//fileserver/gemeente /mnt/gemeente cifs rw 0 0\n"
        "server:/export /mnt/nfs\\040share nfs4 rw 0 0\n"
    )
    assert is_on_network_mount(Path("/mnt/gemeente/control/statusapp.db"), mounts)
    assert is_on_network_mount(Path("/mnt/nfs share/a.db"), mounts)
    assert not is_on_network_mount(Path("/home/user/statusapp.db"), mounts)
    assert not is_on_network_mount(Path("/mnt/gemeente-local/a.db"), mounts)
    assert is_unc_path(str(PureWindowsPath(r"\\fileserver\gemeente\statusapp.db")))
    assert not is_unc_path(r"C:\Users\jan\statusapp.db")


def test_postgresql_database_is_created_through_alembic_and_refuses_a_newer_schema(
    postgres_server: str,
) -> None:
    import uuid

    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy.engine import make_url

    from statusapp.storage.schema import Base
    from tests.conftest import _admin_connection, _drop

    name = f"statusapp_schema_{uuid.uuid4().hex[:10]}"
    with _admin_connection(postgres_server) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = make_url(postgres_server).set(database=name).render_as_string(hide_password=False)
    try:
        with pytest.raises(DatabaseMissingError, match="holds no Statusapp data"):
            open_database(url)
        summary = initialise_database(url)
        assert summary.green_actions == 111
        database = open_database(url)
        with database.engine.connect() as connection:
            context = MigrationContext.configure(connection)
            assert context.get_current_revision() == migrate.SCHEMA_HEAD
            assert compare_metadata(context, Base.metadata) == []
        with database.engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        database.close()
        with pytest.raises(SchemaTooNewError, match="written by a newer Statusapp"):
            open_database(url)
    finally:
        _drop(postgres_server, name)


def test_unreachable_postgresql_gives_one_line(run_statusapp) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free_port = probe.getsockname()[1]
    result = run_statusapp(
        "--db", f"postgresql+psycopg://nobody@127.0.0.1:{free_port}/nothing", "list"
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert (
        len(lines) == 1
        and lines[0]
        == f"statusapp: error: the database server at 127.0.0.1:{free_port} cannot be reached; "
        "check that it is running and that the address is right"
        and "Traceback" not in result.stderr
    )
