"""A database that cannot take an edit for a while: a full disk, a network folder that goes
away, a PostgreSQL server that goes down. Each gives one clear message in the window and the
CLI, the typing stays in the editor and is saved once the database is back, nothing is lost."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from statusapp.errors import DatabaseError
from statusapp.services.context import edit_context_for
from statusapp.services.updates import save_status_update
from statusapp.storage.database import open_database
from tests.conftest import _admin_connection, _drop
from tests.tcp_proxy import TcpRelay
from tests.test_concurrency import _target
from tests.test_main_window import TARGET, _click_action, _open_window, _stored, _type


@dataclass
class Outage:
    database: str  # a path or URL
    kind: str  # DatabaseError.kind while it lasts
    window_reason: str  # what the window says (English)
    begin: Callable[[], None]
    end: Callable[[], None]


def _mount_small_disk(folder: Path, size_bytes: int) -> None:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a full disk is made with a small tmpfs, which needs root")
    folder.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_bytes}", "tmpfs", str(folder)],
        capture_output=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")


def _fill(folder: Path) -> None:
    """Write a filler file until the disk has no byte left."""
    with (folder / "filler.bin").open("wb", buffering=0) as filler:
        block = b"\0" * 65536
        while True:
            try:
                filler.write(block)
            except OSError as error:
                assert error.errno == errno.ENOSPC
                block = block[: len(block) // 2]
                if not block:
                    return


@pytest.fixture
def full_disk(builtin_database_template: Path, tmp_path: Path) -> Iterator[Outage]:
    folder = tmp_path / "USB-stick"
    size = builtin_database_template.stat().st_size
    _mount_small_disk(folder, size + 4 * 1024 * 1024)
    database = folder / "programma.db"
    shutil.copyfile(builtin_database_template, database)
    yield Outage(
        str(database),
        "disk_full",
        "is full. Free some space on it.",
        begin=lambda: _fill(folder),
        end=lambda: (folder / "filler.bin").unlink(),
    )
    subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.fixture
def vanishing_network_folder(
    builtin_database_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Outage:
    import statusapp.storage.database as storage

    # As on a network drive: a rollback journal, made beside the database at each write.
    monkeypatch.setattr(storage, "is_network_path", lambda _path: True)
    share, gone = tmp_path / "Netwerkmap", tmp_path / "Netwerkmap (weg)"
    share.mkdir()
    database = share / "programma.db"
    shutil.copyfile(builtin_database_template, database)
    return Outage(
        str(database),
        "unreachable",
        "cannot be reached. Check that its drive or network folder is available.",
        begin=lambda: share.rename(gone),
        end=lambda: gone.rename(share),
    )


@pytest.fixture
def server_going_down(
    postgres_server: str, postgres_template: str, request: pytest.FixtureRequest
) -> Outage:
    from sqlalchemy.engine import make_url

    name = f"statusapp_test_{uuid.uuid4().hex[:12]}"
    with _admin_connection(postgres_server) as admin:
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{postgres_template}"')
    request.addfinalizer(lambda: _drop(postgres_server, name))
    server = make_url(postgres_server)
    relay = TcpRelay(server.host or "127.0.0.1", server.port or 5432)
    relay.start()
    request.addfinalizer(relay.stop)
    url = server.set(database=name, port=relay.port).render_as_string(hide_password=False)
    return Outage(
        url,
        "server_unreachable",
        "The database server",
        begin=relay.stop,
        end=relay.start,
    )


OUTAGES = ["full_disk", "vanishing_network_folder", "server_going_down"]


@pytest.mark.parametrize("outage_name", OUTAGES)
def test_the_services_say_why_and_keep_what_was_saved(
    outage_name: str, request: pytest.FixtureRequest
) -> None:
    outage: Outage = request.getfixturevalue(outage_name)
    database = open_database(outage.database)
    context = edit_context_for(database, "Anna")
    action = _target(database)
    save_status_update(context, action.id, explanation="Vóór de storing")
    outage.begin()
    with pytest.raises(DatabaseError) as refused:
        save_status_update(context, action.id, explanation="Tijdens de storing")
    message = str(refused.value)
    assert refused.value.kind == outage.kind
    assert "\n" not in message and "Traceback" not in message
    outage.end()
    assert _target(database).explanation == "Vóór de storing"  # nothing half-written
    save_status_update(context, action.id, explanation="Na de storing")
    assert _target(database).explanation == "Na de storing"
    database.close()
    if not outage.database.startswith("postgresql"):
        with sqlite3.connect(outage.database) as check:
            assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)


@pytest.mark.parametrize("outage_name", OUTAGES)
def test_the_window_keeps_the_typing_until_the_database_is_back(
    outage_name: str, request: pytest.FixtureRequest, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    outage: Outage = request.getfixturevalue(outage_name)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    window = _open_window(qtbot, outage.database)  # type: ignore[arg-type]
    _click_action(qtbot, window, TARGET)
    outage.begin()
    _type(qtbot, window.action_editor.explanation_field, "Getypt tijdens de storing")
    window.flush_editors()
    assert len(warnings) == 1 and outage.window_reason in warnings[0]
    assert "saved as soon as the database is available again" in warnings[0]
    assert window.save_state_label.text() == "Not saved: waiting for the database"
    qtbot.keyClicks(window.action_editor.explanation_field, ", en nog meer")
    window.retry_unsaved()  # still down: no second message box, the typing waits
    assert len(warnings) == 1
    assert (
        window.action_editor.explanation_field.toPlainText()
        == "Getypt tijdens de storing, en nog meer"
    )
    outage.end()
    window.retry_unsaved()  # what the retry timer does once the database is back
    stored = _stored(outage.database, TARGET)  # type: ignore[arg-type]
    assert stored.explanation == "Getypt tijdens de storing, en nog meer"
    assert window.save_state_label.text().startswith("Saved at ")
    assert len(warnings) == 1


def test_the_command_line_says_the_disk_is_full_and_changes_nothing(
    full_disk: Outage, run_statusapp
) -> None:
    before = run_statusapp("--db", full_disk.database, "list", "--json")
    assert before.returncode == 0, before.stderr
    full_disk.begin()
    refused = run_statusapp(
        "--db", full_disk.database, "round", "new", "Najaar 2026", "--peildatum", "2026-10-01"
    )
    assert refused.returncode == 1
    lines = refused.stderr.strip().splitlines()
    assert len(lines) == 1 and "the disk is full" in lines[0] and full_disk.database in lines[0]
    full_disk.end()
    after = run_statusapp("--db", full_disk.database, "list", "--json")
    assert after.stdout == before.stdout
    with sqlite3.connect(full_disk.database) as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_the_command_line_names_a_server_that_went_away(
    server_going_down: Outage, run_statusapp
) -> None:
    assert run_statusapp("--db", server_going_down.database, "list").returncode == 0
    server_going_down.begin()
    refused = run_statusapp("--db", server_going_down.database, "list")
    assert refused.returncode == 1
    lines = refused.stderr.strip().splitlines()
    assert len(lines) == 1 and "cannot be reached; check that it is running" in lines[0]


def _choose_in_message_box(monkeypatch: pytest.MonkeyPatch, button_text: str, seen: list[str]):  # type: ignore[no-untyped-def]
    def exec_(box) -> int:  # type: ignore[no-untyped-def]
        seen.append(box.text())
        for button in box.buttons():
            if button.text() == button_text:
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)


def test_unsaved_typing_is_never_dropped_by_moving_on_or_closing(
    qtbot, builtin_database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QApplication

    import statusapp.storage.database as storage
    from statusapp.domain import Status

    monkeypatch.setattr(storage, "BUSY_TIMEOUT_SECONDS", 0.2)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)
    other_program = sqlite3.connect(builtin_database, isolation_level=None)
    other_program.execute("BEGIN EXCLUSIVE")
    _type(qtbot, window.action_editor.explanation_field, "Niet kwijtraken")
    window.action_editor.status_buttons.buttons[Status.DELAYED].click()
    window.flush_editors()
    assert window.has_unsaved()

    # Moving to another action would refill the editor: the window stays on this one.
    other = next(
        n for n in window.model._by_id.values() if getattr(n.item, "text", "").startswith("Update")
    )
    window.select_node(other.id)
    qtbot.waitUntil(lambda: window.action_editor.action_id != other.id)
    QApplication.processEvents()
    assert window.action_editor.explanation_field.toPlainText() == "Niet kwijtraken"
    assert window.current_node().item.text == TARGET

    # Closing asks first; keeping the window open keeps the typing.
    asked: list[str] = []
    _choose_in_message_box(monkeypatch, "Keep open", asked)
    window.close()
    assert asked and "could not be saved" in asked[0]
    assert window.isVisible()

    other_program.execute("ROLLBACK")
    other_program.close()
    window.retry_unsaved()
    stored = _stored(builtin_database, TARGET)
    assert (stored.explanation, stored.status) == ("Niet kwijtraken", Status.DELAYED)
    assert not window.has_unsaved()
    assert window.save_state_label.text().startswith("Saved at ")
    assert window.select_node(other.id) and window.action_editor.action_id == other.id


def test_a_change_outside_the_editors_says_it_was_not_made(
    qtbot, builtin_database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import statusapp.storage.database as storage

    monkeypatch.setattr(storage, "BUSY_TIMEOUT_SECONDS", 0.2)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    window = _open_window(qtbot, builtin_database)
    _click_action(qtbot, window, TARGET)
    other_program = sqlite3.connect(builtin_database, isolation_level=None)
    other_program.execute("BEGIN EXCLUSIVE")
    assert window.controller.assign_owner([window.action_editor.action_id], "Karel") == 0
    other_program.execute("ROLLBACK")
    other_program.close()
    assert warnings and "The change was not made" in warnings[-1]
    assert "kept in the editor" not in warnings[-1]
    assert window.save_state_label.text() != "Not saved: waiting for the database"
    assert _stored(builtin_database, TARGET).owner is None
