"""Roles and rights on a real PostgreSQL: each role's login made by `user add`, then tried as
the person would, through the command line and with plain psycopg (no Statusapp code), which
the server must hold to the same rules."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy.engine import make_url

from tests.conftest import _admin_connection, _drop


@dataclass
class Programme:
    url: str  # as its administrator (the server's superuser in the tests)
    logins: dict[str, str]  # role -> login
    actions: list[str]  # two green actions: the editor's own and a colleague's
    ambition: str

    def as_login(self, login: str) -> str:
        return make_url(self.url).set(username=login).render_as_string(hide_password=False)

    def as_role(self, role: str) -> str:
        return self.as_login(self.logins[role])


def _plain(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture
def programme(postgres_server: str, postgres_template: str, run_statusapp) -> Iterator[Programme]:  # type: ignore[no-untyped-def]
    name = f"statusapp_rights_{uuid.uuid4().hex[:10]}"
    with _admin_connection(postgres_server) as admin:
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{postgres_template}"')
    url = make_url(postgres_server).set(database=name).render_as_string(hide_password=False)
    suffix = uuid.uuid4().hex[:6]
    logins = {role: f"{role}_{suffix}" for role in ("reader", "editor", "colleague", "control")}
    try:
        listed = json.loads(run_statusapp("--db", url, "list", "--json").stdout)
        ambitions = listed["pillars"][0]["ambitions"]
        own, other = [a["id"] for ambition in ambitions for a in ambition["actions"]][:2]
        for owner, action in (("Anna de Vries", own), ("Bert Jansen", other)):
            assigned = run_statusapp("--db", url, "owner", "assign", owner, action)
            assert assigned.returncode == 0, assigned.stderr
        for role, owner in (("reader", None), ("editor", "Anna de Vries"),
                            ("colleague", "Bert Jansen"), ("control", None)):  # fmt: skip
            command = ["--db", url, "user", "add", logins[role]]
            command += ["--role", "editor" if role == "colleague" else role]
            command += ["--owner", owner] if owner else []
            added = run_statusapp(*command)
            assert added.returncode == 0, added.stderr
        yield Programme(url, logins, [own, other], ambitions[-1]["id"])
    finally:
        _drop(postgres_server, name)
        with _admin_connection(postgres_server) as admin:
            for login in logins.values():
                admin.execute(f'DROP ROLE IF EXISTS "{login}"')


def _refused(result, words: str) -> None:  # type: ignore[no-untyped-def]
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0], result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr


def _update_row(url: str, action_id: str) -> tuple:  # type: ignore[type-arg]
    with psycopg.connect(_plain(url)) as connection:
        return connection.execute(
            "SELECT u.explanation, u.updated_by, u.review FROM status_updates AS u "
            "JOIN rounds AS r ON r.id = u.round_id WHERE u.action_id = %s AND NOT r.closed",
            (action_id,),
        ).fetchone()


def test_an_editor_changes_their_own_actions_only(programme: Programme, run_statusapp) -> None:
    own, other = programme.actions
    editor = programme.as_role("editor")
    saved = run_statusapp(
        "--db", editor, "update", own, "--status", "+", "--explanation", "Loopt volgens plan",
        env={"STATUSAPP_USER": "Concerncontrol (hoofd)"},
    )  # fmt: skip
    assert saved.returncode == 0, saved.stderr
    login = programme.logins["editor"]
    assert _update_row(programme.url, own)[:2] == ("Loopt volgens plan", login)
    logged = run_statusapp("--db", programme.url, "log", "--action", own)
    assert logged.stdout.count(f"\t{login}\tcommand line\t") == 2  # status and explanation
    assert "Concerncontrol" not in logged.stdout

    before = _update_row(programme.url, other)
    _refused(
        run_statusapp("--db", editor, "update", other, "--explanation", "Van mij"),
        "Anna de Vries may change only their own actions: ",
    )
    assert _update_row(programme.url, other) == before
    _refused(run_statusapp("--db", editor, "approve", "--all"), "approving")
    _refused(run_statusapp("--db", editor, "round", "close"), "opening and closing rounds")
    _refused(
        run_statusapp("--db", editor, "owner", "assign", "Anna de Vries", other),
        "assigning owners",
    )
    _refused(
        run_statusapp("--db", editor, "user", "add", "someone", "--role", "admin"),
        "users and roles",
    )


def test_an_editor_cannot_structure_or_consolidate(
    programme: Programme, run_statusapp, tmp_path: Path
) -> None:
    from statusapp.domain import NodeKind
    from statusapp.services.context import edit_context_for
    from statusapp.services.rights import RightsError
    from statusapp.services.structure import add_action, delete_node
    from statusapp.storage.database import open_database

    workbook = tmp_path / "anna.xlsx"
    exported = run_statusapp("--db", programme.url, "export", "-o", str(workbook))
    assert exported.returncode == 0, exported.stderr
    _refused(
        run_statusapp("--db", programme.as_role("editor"), "consolidate", str(workbook)),
        "consolidating returned files",
    )
    database = open_database(programme.as_role("editor"))
    try:
        context = edit_context_for(database)
        with pytest.raises(RightsError, match="structure"):
            add_action(context, programme.ambition, "Een eigen actie")
        with pytest.raises(RightsError, match="structure"):
            delete_node(context, NodeKind.ACTION, programme.actions[0])
    finally:
        database.close()


def test_the_server_holds_an_editor_to_the_rules_without_statusapp(
    programme: Programme,
) -> None:
    own, other = programme.actions
    with psycopg.connect(_plain(programme.as_role("editor")), autocommit=True) as connection:
        changed = connection.execute(
            "UPDATE status_updates SET explanation = 'via psql' WHERE action_id = %s", (other,)
        )
        assert changed.rowcount == 0  # row-level security: not theirs, not even seen to change
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("DELETE FROM change_log")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("UPDATE change_log SET changed_by = 'iemand anders'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("UPDATE actions SET text = 'anders' WHERE id = %s", (own,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # approving is control's
            connection.execute(
                "UPDATE status_updates SET review = 'approved' WHERE action_id = %s", (own,)
            )
        connection.execute(  # their own action: allowed, and the server signs it
            "UPDATE status_updates SET explanation = 'via psql', updated_by = 'Burgemeester' "
            "WHERE action_id = %s",
            (own,),
        )
        round_id = connection.execute(
            "SELECT round_id FROM status_updates WHERE action_id = %s", (own,)
        ).fetchone()[0]
        connection.execute(
            "INSERT INTO change_log (round_id, action_id, field, changed_by, changed_at, source)"
            " VALUES (%s, %s, 'explanation', 'Burgemeester', now(), 'cli')",
            (round_id, own),
        )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # a line on another's action
            connection.execute(
                "INSERT INTO change_log (round_id, action_id, field, changed_by, changed_at, "
                "source) VALUES (%s, %s, 'explanation', 'x', now(), 'cli')",
                (round_id, other),
            )
    assert _update_row(programme.url, own)[:2] == ("via psql", programme.logins["editor"])
    assert _update_row(programme.url, other)[0] != "via psql"
    with psycopg.connect(_plain(programme.url)) as connection:
        signed = connection.execute(
            "SELECT DISTINCT changed_by FROM change_log WHERE source_detail IS NULL "
            "AND field = 'explanation' AND action_id = %s",
            (own,),
        ).fetchall()
    assert signed == [(programme.logins["editor"],)]


def test_a_reader_reads_and_exports_and_nothing_else(
    programme: Programme, run_statusapp, tmp_path: Path
) -> None:
    reader = programme.as_role("reader")
    assert run_statusapp("--db", reader, "list").returncode == 0
    for name in ("rapport.xlsx", "rapport.docx", "rapport.pdf"):
        exported = run_statusapp("--db", reader, "export", "-o", str(tmp_path / name))
        assert exported.returncode == 0, exported.stderr
    published = run_statusapp("--db", reader, "publish", "--out", str(tmp_path / "site"))
    assert published.returncode == 0, published.stderr
    _refused(
        run_statusapp("--db", reader, "update", programme.actions[0], "--explanation", "x"),
        "may only read and export",
    )
    _refused(run_statusapp("--db", reader, "approve", "--all"), "approving")
    with psycopg.connect(_plain(reader), autocommit=True) as connection:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("UPDATE status_updates SET explanation = 'x'")


def test_the_control_team_runs_the_round(
    programme: Programme, run_statusapp, tmp_path: Path
) -> None:
    control = programme.as_role("control")
    own, other = programme.actions
    for command in (
        ("update", other, "--explanation", "Door het controlteam"),
        ("owner", "assign", "Bert Jansen", "--ambition", programme.ambition),
        ("approve", "--all"),
        ("reopen", "--id", own),
        ("round", "close"),
        ("round", "new", "Najaar 2024", "--peildatum", "2024-10-01"),
    ):
        done = run_statusapp("--db", control, *command)
        assert done.returncode == 0, (command, done.stderr)
    workbook = tmp_path / "najaar.xlsx"
    assert run_statusapp("--db", control, "export", "-o", str(workbook)).returncode == 0
    consolidated = run_statusapp("--db", control, "consolidate", str(workbook))
    assert consolidated.returncode == 0, consolidated.stderr
    _refused(
        run_statusapp("--db", control, "user", "add", "someone", "--role", "reader"),
        "users and roles",
    )


def test_the_administrator_adds_and_removes_users_and_databases_keep_theirs_apart(
    programme: Programme, run_statusapp, postgres_server: str, postgres_template: str
) -> None:
    editor = programme.logins["editor"]
    listed = run_statusapp("--db", programme.url, "user", "list")
    assert f"{editor}\teditor\tAnna de Vries" in listed.stdout
    changed = run_statusapp("--db", programme.url, "user", "set", editor, "--role", "reader")
    assert changed.returncode == 0, changed.stderr
    _refused(
        run_statusapp("--db", programme.as_login(editor), "update", programme.actions[0],
                      "--explanation", "x"),
        "may only read and export",
    )  # fmt: skip
    removed = run_statusapp("--db", programme.url, "user", "remove", editor)
    assert removed.returncode == 0, removed.stderr
    _refused(run_statusapp("--db", programme.as_login(editor), "list"), "has no role")

    # A second database on the same server: its own roles; the control login has none there.
    other = f"statusapp_rights_{uuid.uuid4().hex[:10]}"
    with _admin_connection(postgres_server) as admin:
        admin.execute(f'CREATE DATABASE "{other}" TEMPLATE "{postgres_template}"')
    try:
        other_url = make_url(programme.url).set(database=other)
        as_control = other_url.set(username=programme.logins["control"])
        assert run_statusapp("--db", str(other_url.render_as_string(False)), "list").returncode == 0
        _refused(
            run_statusapp("--db", as_control.render_as_string(hide_password=False), "list"),
            "has no role in the database",
        )
    finally:
        _drop(postgres_server, other)


def test_users_exist_on_a_server_only(builtin_database: Path, run_statusapp) -> None:
    result = run_statusapp("--db", str(builtin_database), "user", "list")
    _refused(result, "a database file is single-user")


def _text_of(url: str, action_id: str) -> str:
    with psycopg.connect(_plain(url)) as connection:
        return connection.execute(
            "SELECT text FROM actions WHERE id = %s", (action_id,)
        ).fetchone()[0]


@pytest.mark.parametrize("role", ["editor", "reader"])
def test_the_window_shows_only_what_the_role_allows(qtbot, programme: Programme, role: str) -> None:  # type: ignore[no-untyped-def]
    from statusapp.translation import use_language
    from tests.test_main_window import _click_action, _open_window

    window = _open_window(qtbot, programme.as_role(role))  # type: ignore[arg-type]
    try:
        label = window.findChild(QLabel, "identityLabel")
        expected = {
            "editor": "Anna de Vries · editor",
            "reader": f"{programme.logins['reader']} · reader",
        }
        assert label.text() == expected[role]
        actions = window.actions
        for action in (actions.add_pillar, actions.new_round, actions.close_round,
                       actions.consolidate, actions.hand_out, actions.assign_owner,
                       actions.delete, actions.rename):  # fmt: skip
            assert not action.isEnabled(), action.text()
        assert actions.export.isEnabled() and actions.publish.isEnabled()
        assert actions.import_.isEnabled() is (role == "editor")
        own, other = programme.actions
        editor = window.action_editor
        if role == "editor":  # "Mijn acties": the window opens on their own action
            assert editor.action_id == own
        window.filter_bar.clear()
        pillar = window.model.tree.pillars[0]
        assert window.select_node(pillar.id)
        assert window.pillar_editor.title_field.isReadOnly()  # structure is control's
        assert window.select_node(pillar.ambitions[0].id)
        assert window.ambition_editor.description_field.isReadOnly()
        for action_id, editable in ((own, role == "editor"), (other, False)):
            _click_action(qtbot, window, _text_of(programme.url, action_id))
            assert editor.explanation_field.isEnabled() is editable
            assert editor.status_buttons.isEnabled() is editable
            assert not editor.text_field.isEnabled() and not editor.owner_field.isEnabled()
            assert not editor.review_bar.approve_button.isVisibleTo(window)
            assert editor.review_bar.submit_button.isVisibleTo(window) is editable
    finally:
        window.close()
        use_language("en")


def test_the_administrator_manages_users_in_the_window(qtbot, programme: Programme) -> None:  # type: ignore[no-untyped-def]
    from statusapp.ui.controllers.users_actions import manage_users
    from tests.test_main_window import _open_window

    window = _open_window(qtbot, programme.url)  # type: ignore[arg-type]
    try:
        assert window.actions.users.isEnabled()
        dialog = manage_users(window, modal=False)
        assert dialog is not None
        shown = {
            dialog.view.topLevelItem(i).text(0) for i in range(dialog.view.topLevelItemCount())
        }
        assert set(programme.logins.values()) <= shown
        login = f"nieuw_{uuid.uuid4().hex[:6]}"
        dialog.login_field.setText(login)
        dialog.role_field.setCurrentIndex(dialog.role_field.findData("editor"))
        dialog.owner_field.setCurrentIndex(dialog.owner_field.findData("Bert Jansen"))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        rows = {
            dialog.view.topLevelItem(i).text(0): dialog.view.topLevelItem(i).text(2)
            for i in range(dialog.view.topLevelItemCount())
        }
        assert rows[login] == "Bert Jansen"
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
        remaining = {
            dialog.view.topLevelItem(i).text(0) for i in range(dialog.view.topLevelItemCount())
        }
        assert login not in remaining
        dialog.close()
    finally:
        window.close()
        with _admin_connection(
            make_url(programme.url).set(database="postgres").render_as_string(False)
        ) as admin:
            admin.execute(f'DROP ROLE IF EXISTS "{login}"')
    control = _open_window(qtbot, programme.as_role("control"))  # type: ignore[arg-type]
    try:
        assert not control.actions.users.isEnabled()  # users are the administrator's
    finally:
        control.close()


def test_a_database_from_before_roles_is_upgraded_by_its_administrator_only(
    postgres_server: str, run_statusapp
) -> None:  # type: ignore[no-untyped-def]
    """A central database at schema 0005 (everyone could do everything): a project leader's
    login may not upgrade it; the administrator's first start does, and sets the roles up."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, text

    from statusapp.storage.migrate import ALEMBIC_DIR, SCHEMA_HEAD

    name = f"statusapp_old_{uuid.uuid4().hex[:10]}"
    colleague = f"leider_{uuid.uuid4().hex[:6]}"
    with _admin_connection(postgres_server) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        admin.execute(f'CREATE ROLE "{colleague}" LOGIN')
    url = make_url(postgres_server).set(database=name)
    engine = create_engine(url)
    try:
        config = Config()
        config.set_main_option("script_location", str(ALEMBIC_DIR))
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0005")
            connection.execute(text(f'GRANT ALL ON ALL TABLES IN SCHEMA public TO "{colleague}"'))
        engine.dispose()
        as_colleague = url.set(username=colleague).render_as_string(hide_password=False)
        refused = run_statusapp("--db", as_colleague, "list")
        _refused(refused, f"needs an upgrade from schema 0005 to {SCHEMA_HEAD}")
        admin_url = url.render_as_string(hide_password=False)
        opened = run_statusapp("--db", admin_url, "init")  # upgrades, then fills it
        assert opened.returncode == 0, opened.stderr
        # The old blanket grant is gone: the colleague has no role until one is given.
        _refused(run_statusapp("--db", as_colleague, "list"), "has no role in the database")
        added = run_statusapp("--db", admin_url, "user", "add", colleague, "--role", "reader")
        assert added.returncode == 0, added.stderr
        assert run_statusapp("--db", as_colleague, "list").returncode == 0
    finally:
        engine.dispose()
        _drop(postgres_server, name)
        with _admin_connection(postgres_server) as admin:
            admin.execute(f'DROP ROLE IF EXISTS "{colleague}"')


def test_the_server_is_not_fooled_by_tricks(programme: Programme, run_statusapp) -> None:  # type: ignore[no-untyped-def]
    """What a fresh review tried with psql: a temporary table standing in for the logins, a
    blanked signature, a closed round rewritten, the change log deleted with its rounds, a
    group role passed off as a user."""
    own, other = programme.actions
    editor = _plain(programme.as_role("editor"))
    with psycopg.connect(editor, autocommit=True) as connection:
        connection.execute(
            "CREATE TEMP TABLE logins AS SELECT session_user::text AS login, owner_id "
            "FROM public.actions WHERE id = %s",
            (other,),
        )
        changed = connection.execute(
            "UPDATE status_updates SET explanation = 'gehackt' WHERE action_id = %s", (other,)
        )
        assert changed.rowcount == 0
        connection.execute(
            "UPDATE status_updates SET explanation = 'zonder naam', updated_by = NULL, "
            "updated_at = '2020-01-01' WHERE action_id = %s",
            (own,),
        )
    explanation, signed, _review = _update_row(programme.url, own)
    assert (explanation, signed) == ("zonder naam", programme.logins["editor"])
    with psycopg.connect(_plain(programme.url)) as connection:
        stamped = connection.execute(
            "SELECT u.updated_at > now() - interval '1 hour' FROM status_updates AS u "
            "JOIN rounds AS r ON r.id = u.round_id WHERE u.action_id = %s AND NOT r.closed",
            (own,),
        ).fetchone()[0]
    assert stamped  # the server's time, not the one written

    control = programme.as_role("control")
    closed = run_statusapp("--db", control, "round", "close")
    assert closed.returncode == 0, closed.stderr
    with psycopg.connect(editor, autocommit=True) as connection:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute(
                "UPDATE status_updates SET explanation = 'geschiedenis herschreven' "
                "WHERE action_id = %s",
                (own,),
            )
    with psycopg.connect(_plain(control), autocommit=True) as connection:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("DELETE FROM rounds")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("DELETE FROM programmes")
    group = f"statusapp_{make_url(programme.url).database}_control"
    _refused(
        run_statusapp("--db", programme.url, "user", "add", group, "--role", "reader"),
        "is a group role, not a login",
    )


def test_an_administrator_made_by_user_add_manages_users(
    programme: Programme, run_statusapp
) -> None:  # type: ignore[no-untyped-def]
    second = f"beheer_{uuid.uuid4().hex[:6]}"
    newcomer = f"nieuw_{uuid.uuid4().hex[:6]}"
    try:
        added = run_statusapp("--db", programme.url, "user", "add", second, "--role", "admin")
        assert added.returncode == 0, added.stderr
        as_second = programme.as_login(second)
        made = run_statusapp("--db", as_second, "user", "add", newcomer, "--role", "reader")
        assert made.returncode == 0, made.stderr
        changed = run_statusapp("--db", as_second, "user", "set", newcomer, "--role", "editor")
        assert changed.returncode == 0, changed.stderr
    finally:
        server = make_url(programme.url).set(database="postgres")
        with _admin_connection(server.render_as_string(hide_password=False)) as admin:
            for login in (newcomer, second):
                admin.execute(f'DROP ROLE IF EXISTS "{login}"')


def test_the_readme_setup_works_with_an_administrator_who_is_no_superuser(
    postgres_server: str, run_statusapp
) -> None:  # type: ignore[no-untyped-def]
    name = f"statusapp_readme_{uuid.uuid4().hex[:8]}"
    administrator, leader = f"beheer_{uuid.uuid4().hex[:6]}", f"leider_{uuid.uuid4().hex[:6]}"
    with _admin_connection(postgres_server) as admin:
        admin.execute(f'CREATE ROLE "{administrator}" LOGIN CREATEROLE')
        admin.execute(f'CREATE DATABASE "{name}" OWNER "{administrator}"')
    url = make_url(postgres_server).set(database=name, username=administrator)
    try:
        admin_url = url.render_as_string(hide_password=False)
        created = run_statusapp("--db", admin_url, "init")
        assert created.returncode == 0, created.stderr
        added = run_statusapp("--db", admin_url, "user", "add", leader, "--role", "editor")
        assert added.returncode == 0, added.stderr
        listed = run_statusapp("--db", admin_url, "user", "list")
        assert f"{administrator}\tadministrator" in listed.stdout
        as_leader = url.set(username=leader).render_as_string(hide_password=False)
        assert run_statusapp("--db", as_leader, "list").returncode == 0
    finally:
        _drop(postgres_server, name)
        with _admin_connection(postgres_server) as admin:
            for login in (leader, administrator):
                admin.execute(f'DROP ROLE IF EXISTS "{login}"')


def test_update_with_a_revision_it_never_had_says_so(builtin_database: Path, run_statusapp) -> None:  # type: ignore[no-untyped-def]
    listed = json.loads(run_statusapp("--db", str(builtin_database), "list", "--json").stdout)
    action = listed["pillars"][0]["ambitions"][0]["actions"][0]["id"]
    result = run_statusapp(
        "--db", str(builtin_database), "update", action, "--explanation", "x", "--revision", "7"
    )
    _refused(result, "this update is at revision 1, not the one given")
    stale = run_statusapp(
        "--db", str(builtin_database), "update", action, "--explanation", "y", "--revision", "1"
    )
    assert stale.returncode == 0, stale.stderr
    again = run_statusapp(
        "--db", str(builtin_database), "update", action, "--explanation", "z", "--revision", "1"
    )
    _refused(again, "changed this update at")  # someone (the first update) saved since
