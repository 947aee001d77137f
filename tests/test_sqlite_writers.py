"""Several programs writing one SQLite file: a writer waits its turn instead of failing."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

WORKERS = 8
SAVES = 50


@pytest.mark.parametrize("journal", ["wal", "rollback"])
def test_eight_processes_saving_at_once_lose_nothing(builtin_database: Path, journal: str) -> None:
    with sqlite3.connect(builtin_database) as before:
        (logged,) = before.execute("SELECT count(*) FROM change_log").fetchone()
        if journal == "rollback":  # set once here: eight programs cannot switch it at once
            before.execute("PRAGMA journal_mode=DELETE")
    before.close()
    children = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.concurrency_child",
                str(builtin_database),
                str(n),
                str(SAVES),
                journal,
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        for n in range(WORKERS)
    ]
    for child in children:
        assert child.stdout is not None and child.stdout.readline().strip() == "READY"
    for child in children:  # go
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
    results = []
    for child in children:
        out, err = child.communicate(timeout=600)
        assert child.returncode == 0, err
        results.append(json.loads(out.splitlines()[-1]))
    refused = sum(r["refused"] for r in results)
    print(
        f"{WORKERS} processes, {WORKERS * SAVES} saves, refused {refused}, "
        f"conflicts retried {sum(r['conflicts'] for r in results)}",
        [r["errors"][:1] for r in results if r["errors"]][:2],
    )
    with sqlite3.connect(builtin_database) as after:
        per_worker = dict(
            after.execute(
                "SELECT changed_by, count(*) FROM change_log WHERE changed_by LIKE 'Worker %' "
                "GROUP BY changed_by"
            ).fetchall()
        )
        (total,) = after.execute("SELECT count(*) FROM change_log").fetchone()
    after.close()
    lost = WORKERS * SAVES - sum(per_worker.values())
    print(f"lost {lost}")
    assert refused == 0
    assert per_worker == {f"Worker {n}": SAVES for n in range(WORKERS)}
    assert total == logged + WORKERS * SAVES


def _first_action(database) -> str:  # type: ignore[no-untyped-def]
    from statusapp.services.exports import load_tree

    return next(iter(load_tree(database).walk_actions())).id


def _counts(path: Path) -> tuple[int, int]:
    with sqlite3.connect(path) as connection:
        counts = connection.execute(
            "SELECT (SELECT count(*) FROM change_log), (SELECT sum(revision) FROM status_updates)"
        ).fetchone()
    connection.close()
    return counts


def test_a_save_waits_for_another_writer_then_saves(builtin_database: Path) -> None:
    """The save starts while another program writes; it waits its turn, never refused for
    reading a state the other program's commit made stale."""
    from sqlalchemy import event

    from statusapp.services.context import edit_context_for
    from statusapp.services.updates import save_status_update
    from statusapp.storage.database import open_database

    database = open_database(builtin_database)
    context = edit_context_for(database, "Anna")
    target = _first_action(database)
    other = sqlite3.connect(builtin_database, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE programmes SET name = 'Bert was here'")
    started = threading.Event()

    def asks_for_the_lock(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if statement.startswith("BEGIN IMMEDIATE"):
            started.set()

    def has_read(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT"):
            started.set()

    event.listen(database.engine, "before_cursor_execute", asks_for_the_lock)
    event.listen(database.engine, "after_cursor_execute", has_read)
    outcome: list[object] = []

    def save() -> None:
        try:
            outcome.append(save_status_update(context, target, explanation="Anna's text"))
        except Exception as error:  # reported below
            outcome.append(error)

    saver = threading.Thread(target=save)
    saver.start()
    assert started.wait(60)
    other.execute("COMMIT")  # the other program finishes while the save is under way
    other.close()
    saver.join(60)
    assert not isinstance(outcome[0], Exception), outcome[0]
    with sqlite3.connect(builtin_database) as check:
        assert check.execute("SELECT name FROM programmes").fetchone() == ("Bert was here",)
        assert check.execute(
            "SELECT explanation FROM status_updates WHERE action_id = ?", (target,)
        ).fetchone() == ("Anna's text",)
    check.close()
    database.close()


def test_a_writer_kept_out_past_the_timeout_gets_one_line_and_changes_nothing(
    builtin_database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import statusapp.storage.database as storage
    from statusapp.errors import DatabaseError
    from statusapp.services.context import edit_context_for
    from statusapp.services.exports import load_tree
    from statusapp.services.updates import save_status_update

    monkeypatch.setattr(storage, "BUSY_TIMEOUT_SECONDS", 0.3)
    database = storage.open_database(builtin_database)
    with database.engine.connect() as connection:  # the timeout is the driver's busy timeout
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 300
    context = edit_context_for(database, "Anna")
    target = _first_action(database)
    before = _counts(builtin_database)
    other = sqlite3.connect(builtin_database, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program writes and does not finish
    other.execute("UPDATE programmes SET name = 'Bert was here'")
    try:
        with pytest.raises(DatabaseError) as refused:
            save_status_update(context, target, explanation="Anna's text")
        assert refused.value.kind == "locked"
        assert str(refused.value) == (
            f"{builtin_database}: the database is locked by another program; try again"
        )
        assert sum(1 for _ in load_tree(database).walk_actions()) == 126  # reading goes on
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert _counts(builtin_database) == before
    database.close()
