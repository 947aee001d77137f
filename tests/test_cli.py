"""The command line as a user runs it: a child process, its exit code, stdout and stderr."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from statusapp import __version__


def _one_clean_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


def test_version(run_statusapp) -> None:
    result = run_statusapp("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"statusapp {__version__}"


def test_init_then_list_as_text(run_statusapp, tmp_path: Path) -> None:
    db = tmp_path / "Gemeente Heemstede" / "programma 2022.db"
    db.parent.mkdir()
    result = run_statusapp("--db", str(db), "init")
    assert result.returncode == 0, result.stderr
    assert "111 programme actions" in result.stdout and "15 additional actions" in result.stdout

    listing = run_statusapp("--db", str(db), "list")
    assert listing.returncode == 0, listing.stderr
    lines = listing.stdout.splitlines()
    assert lines[0] == "Uitvoeringsprogramma 2022-2026 — Gemeente Heemstede"
    assert "peildatum 1 april 2024" in lines[1]
    assert "1 Veilig wonen, werken en leven" in lines
    assert "    +/- Vaststellen omgevingsvisie (programma 8)  (2023)" in lines
    assert any(line.strip().startswith("✓   1. Vaststellen woonvisie.") for line in lines)
    assert any("• Lanckhorstlaan  (2024)" in line for line in lines)
    assert "  Vastgoedbeleid  [aanvullende werkzaamheden]" in lines

    english = run_statusapp("--db", str(db), "--lang", "en", "list")
    assert "  Vastgoedbeleid  [additional work]" in english.stdout.splitlines()


def test_list_json_follows_the_documented_schema(run_statusapp, tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    assert run_statusapp("--db", str(db), "init").returncode == 0
    result = run_statusapp("--db", str(db), "list", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) >= {"programme", "round", "pillars"}
    assert data["programme"]["name"] == "Uitvoeringsprogramma 2022-2026"
    assert data["round"] == {
        "id": data["round"]["id"],
        "name": "Midterm review, terugblik 2022-2023",
        "reference_date": "2024-04-01",
        "closed": False,
    }
    action_keys = {
        "id", "number", "text", "planned", "status", "symbol", "explanation", "owner",
        "programmes", "sub_items", "actions",
    }  # fmt: skip
    count = 0

    def check(action: dict) -> None:
        nonlocal count
        count += 1
        assert set(action) >= action_keys
        for child in action["actions"]:
            check(child)

    for pillar in data["pillars"]:
        assert {"title", "ambitions"} <= set(pillar)
        for ambition in pillar["ambitions"]:
            assert {"title", "description", "table", "actions"} <= set(ambition)
            assert ambition["table"] in ("green", "blue")
            for action in ambition["actions"]:
                check(action)
    assert count == 126


def test_list_json_is_itself_a_valid_data_file(run_statusapp, tmp_path: Path) -> None:
    from statusapp.dataset import load_programme_file

    db = tmp_path / "p.db"
    run_statusapp("--db", str(db), "init")
    dump = tmp_path / "dump.json"
    dump.write_text(run_statusapp("--db", str(db), "list", "--json").stdout, encoding="utf-8")
    assert sum(1 for _ in load_programme_file(dump).walk_actions()) == 126


def test_init_empty(run_statusapp, tmp_path: Path) -> None:
    db = tmp_path / "leeg.db"
    result = run_statusapp("--db", str(db), "init", "--empty")
    assert result.returncode == 0
    assert "with no programme" in result.stdout
    listed = run_statusapp("--db", str(db), "list")
    assert listed.returncode == 1
    assert "holds no programme yet" in _one_clean_line(listed.stderr)


def test_command_on_a_missing_database_names_init_and_creates_nothing(
    run_statusapp, tmp_path: Path
) -> None:
    result = run_statusapp("--db", "typo.db", "list")
    assert result.returncode == 1
    line = _one_clean_line(result.stderr)
    assert "typo.db: no such database" in line and "init" in line
    assert not (tmp_path / "typo.db").exists()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"PK\x03\x04 not a database", "not a Statusapp database"),
        (b"SQLite format 3\x00" + b"\x00" * 50, "not a Statusapp database"),
    ],
)
def test_bad_database_files_give_one_line(
    run_statusapp, tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "bad.db"
    path.write_bytes(content)
    for command in (["list"], ["init"]):
        result = run_statusapp("--db", str(path), *command)
        assert result.returncode == 1
        assert expected in _one_clean_line(result.stderr)
        assert path.read_bytes() == content


def test_init_twice_is_refused(run_statusapp, tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    run_statusapp("--db", str(db), "init")
    before = db.read_bytes()
    result = run_statusapp("--db", str(db), "init")
    assert result.returncode == 1
    assert "already holds the programme" in _one_clean_line(result.stderr)
    assert db.read_bytes() == before
    nothing_to_add = run_statusapp("--db", str(db), "init", "--add", "--empty")
    assert nothing_to_add.returncode == 1
    assert "--empty and --add exclude each other" in _one_clean_line(nothing_to_add.stderr)
    assert db.read_bytes() == before


def test_usage_errors_exit_with_2(run_statusapp) -> None:
    result = run_statusapp("frobnicate")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr
    assert run_statusapp("list", "--nope").returncode == 2
    assert run_statusapp("--lang", "fr", "list").returncode == 2


def test_without_db_commands_use_the_default_database(
    run_statusapp, private_data_dir: Path
) -> None:
    result = run_statusapp("list", env={"STATUSAPP_DATA_DIR": str(private_data_dir)})
    assert result.returncode == 0, result.stderr
    assert (private_data_dir / "statusapp.db").exists()
    assert "Omgevingsvisie" in result.stdout


def test_window_without_a_display_says_how_to_run_it(run_statusapp, tmp_path: Path) -> None:
    env = {name: "" for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = run_statusapp(env=env)
    assert result.returncode == 1
    line = _one_clean_line(result.stderr)
    assert "no display" in line and "xvfb-run" in line and "offscreen" in line


def test_window_on_a_missing_database_names_init(run_statusapp) -> None:
    result = run_statusapp("--db", "nothere.db", env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 1
    assert "init" in _one_clean_line(result.stderr)


def test_internal_errors_are_one_line(run_statusapp, tmp_path: Path) -> None:
    # A database whose tables were damaged by hand: the error must still be one line.
    import sqlite3

    db = tmp_path / "damaged.db"
    run_statusapp("--db", str(db), "init")
    with sqlite3.connect(db) as connection:
        connection.execute("DROP TABLE status_updates")
    connection.close()
    result = run_statusapp("--db", str(db), "list")
    assert result.returncode == 1
    assert "status_updates" in _one_clean_line(result.stderr)
    assert os.environ.get("STATUSAPP_DEBUG") is None
