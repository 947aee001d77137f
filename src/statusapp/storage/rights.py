"""Roles and rights on a PostgreSQL database, enforced by the server itself.

Each database gets four group roles of its own (reader < editor < control < admin, each a
member of the one before), so two Statusapp databases on one server never share rights. The
admin role owns the tables: owners are not subject to row-level security, everyone else is.
Grants say which tables and columns a role may touch; row-level security limits an editor to
the updates of the actions whose owner is linked to their login (table `logins`); triggers
sign every change with `session_user` and keep approval to the control team. SQLite files have
none of this: they are single-user.
"""

from __future__ import annotations

import hashlib
import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text

from statusapp.errors import DatabaseError
from statusapp.translation import _

if TYPE_CHECKING:
    from statusapp.storage.database import Database

ROLE_KINDS = ("reader", "editor", "control", "admin")
MAX_ROLE_NAME = 63  # PostgreSQL's identifier limit, in bytes

# Tables the control team changes freely; the change log and the logins are not among them.
CONTROL_TABLES = (
    "programmes",
    "rounds",
    "owners",
    "pillars",
    "ambitions",
    "actions",
    "sub_items",
    "status_updates",
    "received_files",
    "conflicts",
    "merge_bases",
    "handouts",
    "round_snapshots",
)
# Deleting these would take the change log with them (ON DELETE CASCADE): admin's only.
KEPT_TABLES = frozenset({"programmes", "rounds"})
# Columns of an update an editor may write (never its action or round).
EDITOR_UPDATE_COLUMNS = (
    "status",
    "planned",
    "explanation",
    "updated_by",
    "updated_at",
    "revision",
    "review",
)
# Who signs what: these columns always hold the login that wrote the row.
SIGNED_COLUMNS = {
    "change_log": "changed_by",
    "received_files": "received_by",
    "handouts": "exported_by",
}


def role_names(database_name: str) -> dict[str, str]:
    """The four group roles of one database, named after it (shortened with a digest when the
    name would pass PostgreSQL's limit)."""
    base = f"statusapp_{database_name}"
    if len(f"{base}_control".encode()) > MAX_ROLE_NAME:
        digest = hashlib.sha256(database_name.encode()).hexdigest()[:8]
        short = database_name.encode()[:30].decode(errors="ignore")
        base = f"statusapp_{short}_{digest}"
    return {kind: f"{base}_{kind}" for kind in ROLE_KINDS}


def quoted(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


@dataclass(frozen=True, slots=True)
class ServerIdentity:
    """Who this connection is on the server and what it may do in this database."""

    login: str
    role: str | None  # one of ROLE_KINDS; None: no role in this database
    owner: str | None  # the owner (project leader) linked to the login
    installed: bool  # False: the roles are not set up for this database (copied or renamed)


def read_identity(connection: Connection) -> ServerIdentity:
    login, database_name, superuser, readable = connection.execute(
        text(
            "SELECT session_user, current_database(), "
            "(SELECT rolsuper FROM pg_roles WHERE rolname = session_user), "
            "has_table_privilege('database_rights', 'SELECT')"
        )
    ).one()
    if not readable:
        return ServerIdentity(login, "admin" if superuser else None, None, installed=True)
    names = role_names(database_name)
    installed = _installed_for(connection) == database_name
    role = "admin" if superuser else None
    if role is None and installed:
        for kind in reversed(ROLE_KINDS):
            if connection.execute(
                text("SELECT pg_has_role(session_user, :role, 'USAGE')"), {"role": names[kind]}
            ).scalar():
                role = kind
                break
    owner = connection.execute(
        text(
            "SELECT o.name FROM logins AS l JOIN owners AS o ON o.id = l.owner_id "
            "WHERE l.login = session_user"
        )
    ).scalar()
    return ServerIdentity(login, role, owner, installed)


def _installed_for(connection: Connection) -> str | None:
    return connection.execute(text("SELECT database_name FROM database_rights")).scalar()


def can_install(connection: Connection) -> bool:
    """True when this login may (re)build the roles: a superuser, or one who may create roles
    and owns the tables."""
    return bool(
        connection.execute(
            text(
                "SELECT r.rolsuper OR (r.rolcreaterole AND pg_has_role(session_user, "
                "(SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() "
                "AND tablename = 'status_updates'), 'USAGE')) "
                "FROM pg_roles AS r WHERE r.rolname = session_user"
            )
        ).scalar()
    )


def install_rights(connection: Connection) -> None:
    """Create (or bring back) this database's roles, grants, policies and triggers; the login
    running it becomes admin. Idempotent, and run again after a database was copied or
    renamed: then every grant to another database's roles is taken away."""
    database_name = connection.execute(text("SELECT current_database()")).scalar_one()
    names = role_names(database_name)
    for statement in _role_statements(connection, names):
        connection.execute(text(statement))
    for statement in _table_statements(connection, names):
        connection.execute(text(statement))
    connection.execute(text("DELETE FROM database_rights"))
    connection.execute(
        text("INSERT INTO database_rights (database_name) VALUES (:name)"), {"name": database_name}
    )


def _role_statements(connection: Connection, names: dict[str, str]) -> list[str]:
    existing = set(
        connection.execute(
            text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)"),
            {"names": list(names.values())},
        ).scalars()
    )
    database_name = connection.execute(text("SELECT current_database()")).scalar_one()
    mark = f"statusapp roles of the database {database_name}"
    for name in existing:
        comment = connection.execute(
            text("SELECT shobj_description(oid, 'pg_authid') FROM pg_roles WHERE rolname = :name"),
            {"name": name},
        ).scalar()
        if comment is not None and comment != mark:  # a long name shortened to another's
            raise DatabaseError(
                _(
                    "the role {role} belongs to another database ({comment}); rename this database"
                ).format(role=name, comment=comment)
            )
    statements = [
        f"CREATE ROLE {quoted(name)} NOLOGIN" for name in names.values() if name not in existing
    ]
    statements += [f"COMMENT ON ROLE {quoted(name)} IS {literal(mark)}" for name in names.values()]
    for lower, higher in itertools.pairwise(ROLE_KINDS):
        statements.append(f"GRANT {quoted(names[lower])} TO {quoted(names[higher])}")
    statements.append(f"GRANT {quoted(names['admin'])} TO session_user")
    return statements


def _table_statements(connection: Connection, names: dict[str, str]) -> list[str]:
    reader, editor, control, admin = (quoted(names[kind]) for kind in ROLE_KINDS)
    tables = list(
        connection.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        ).scalars()
    )
    sequences = list(
        connection.execute(
            text("SELECT sequencename FROM pg_sequences WHERE schemaname = current_schema()")
        ).scalars()
    )
    ours = set(names.values())
    statements: list[str] = []
    for table in tables:
        statements.append(f"ALTER TABLE {quoted(table)} OWNER TO {admin}")
        # Grants left from a copied database's roles, or given by hand, go.
        for grantee in _grantees(connection, table):
            if grantee not in ours:
                statements.append(f"REVOKE ALL ON {quoted(table)} FROM {_grantee(grantee)}")
        statements.append(f"REVOKE ALL ON {quoted(table)} FROM {reader}, {editor}, {control}")
        statements.append(f"GRANT SELECT ON {quoted(table)} TO {reader}")
    for sequence in sequences:
        statements.append(f"GRANT USAGE, SELECT ON SEQUENCE {quoted(sequence)} TO {editor}")
    statements.append(f"GRANT INSERT ON handouts TO {reader}")  # every export records itself
    columns = ", ".join(EDITOR_UPDATE_COLUMNS)
    statements += [
        f"GRANT INSERT, UPDATE ({columns}) ON status_updates TO {editor}",
        f"GRANT UPDATE (planned) ON sub_items TO {editor}",
        f"GRANT INSERT ON change_log TO {editor}",
    ]
    statements += [
        f"GRANT SELECT, INSERT, UPDATE{'' if table in KEPT_TABLES else ', DELETE'} "
        f"ON {quoted(table)} TO {control}"
        for table in CONTROL_TABLES
        if table in tables
    ]
    schema = connection.execute(text("SELECT current_schema()")).scalar_one()
    # The admin role owns the tables, so it may create in their schema.
    statements.insert(0, f"GRANT USAGE, CREATE ON SCHEMA {quoted(schema)} TO {admin}")
    statements += _function_statements(names, schema)
    # The admin role owns them too, so any admin can rebuild them.
    statements += [f"ALTER FUNCTION {function} OWNER TO {admin}" for function in FUNCTIONS]
    statements += _policy_statements(connection, reader, editor, control)
    statements += _trigger_statements()
    return statements


def _grantees(connection: Connection, table: str) -> list[str]:
    return list(
        connection.execute(
            text(
                "SELECT DISTINCT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE r.rolname END "
                "FROM pg_class AS c, aclexplode(c.relacl) AS a "
                "LEFT JOIN pg_roles AS r ON r.oid = a.grantee "
                "WHERE c.oid = to_regclass(:table) AND a.grantee <> c.relowner"
            ),
            {"table": quoted(table)},
        ).scalars()
    )


def _grantee(name: str) -> str:
    return "PUBLIC" if name == "PUBLIC" else quoted(name)


def _function_statements(names: dict[str, str], schema: str) -> list[str]:
    """The functions the policies and triggers call. Each names its tables with the schema and
    fixes its search_path, so a session's own temporary table of the same name is never used
    in their place."""
    control, admin = literal(names["control"]), literal(names["admin"])
    tables = quoted(schema)
    fixed = f"SET search_path = pg_catalog, {tables}"
    return [
        # Whether the login is on the control team (or above) of this database.
        f"CREATE OR REPLACE FUNCTION {tables}.statusapp_is_control() RETURNS boolean "
        f"LANGUAGE sql STABLE {fixed} AS $$ "
        f"SELECT pg_catalog.pg_has_role(session_user, {control}, 'USAGE') $$",
        f"CREATE OR REPLACE FUNCTION {tables}.statusapp_is_admin() RETURNS boolean "
        f"LANGUAGE sql STABLE {fixed} AS $$ "
        f"SELECT pg_catalog.pg_has_role(session_user, {admin}, 'USAGE') $$",
        # Whether the action's owner is linked to the login: an editor's own action.
        f"CREATE OR REPLACE FUNCTION {tables}.statusapp_owns(action text) RETURNS boolean "
        f"LANGUAGE sql STABLE {fixed} AS $$ SELECT EXISTS (SELECT 1 FROM {tables}.actions AS a "
        f"JOIN {tables}.logins AS l ON l.owner_id = a.owner_id "
        "WHERE a.id = action AND l.login = session_user) $$",
        # A closed round is frozen for all but admin; approving is the control team's.
        f"CREATE OR REPLACE FUNCTION {tables}.statusapp_guard_review() RETURNS trigger "
        f"LANGUAGE plpgsql {fixed} AS $$ BEGIN "
        f"IF NOT {tables}.statusapp_is_admin() AND EXISTS (SELECT 1 FROM {tables}.rounds "
        "WHERE id = NEW.round_id AND closed) THEN RAISE EXCEPTION "
        "'statusapp: the round is closed; its updates can no longer change' "
        "USING ERRCODE = '42501'; END IF; "
        f"IF NOT {tables}.statusapp_is_control() AND (NEW.review = 'approved' OR "
        "(TG_OP = 'UPDATE' AND OLD.review = 'approved')) THEN RAISE EXCEPTION "
        "'statusapp: only the control team approves updates or changes approved ones' "
        "USING ERRCODE = '42501'; END IF; RETURN NEW; END $$",
        # A changed update is signed by the login and stamped by the server; without a
        # change of content its signature cannot change (nor be blanked).
        f"CREATE OR REPLACE FUNCTION {tables}.statusapp_sign_update() RETURNS trigger "
        f"LANGUAGE plpgsql {fixed} AS $$ BEGIN "
        # A row put back (undoing a deletion) keeps its time; its signer is the login.
        "IF TG_OP = 'INSERT' THEN IF NEW.updated_by IS NOT NULL THEN "
        "NEW.updated_by := session_user; END IF; "
        "ELSIF (NEW.status, NEW.planned, NEW.explanation) IS DISTINCT FROM "
        "(OLD.status, OLD.planned, OLD.explanation) THEN "
        "NEW.updated_by := session_user; NEW.updated_at := now(); "
        "ELSE NEW.updated_by := OLD.updated_by; NEW.updated_at := OLD.updated_at; END IF; "
        "RETURN NEW; END $$",
    ] + [
        f"CREATE OR REPLACE FUNCTION {tables}.statusapp_sign_{table}() RETURNS trigger "
        f"LANGUAGE plpgsql {fixed} AS $$ BEGIN NEW.{column} := session_user; "
        # A line of the change log has the server's time too.
        + ("NEW.changed_at := now(); " if table == "change_log" else "")
        + "RETURN NEW; END $$"
        for table, column in SIGNED_COLUMNS.items()
    ]


FUNCTIONS = (
    "statusapp_is_control()",
    "statusapp_is_admin()",
    "statusapp_owns(text)",
    "statusapp_guard_review()",
    "statusapp_sign_update()",
    *(f"statusapp_sign_{table}()" for table in SIGNED_COLUMNS),
)


def _policy_statements(connection: Connection, reader: str, editor: str, control: str) -> list[str]:
    statements = [
        f"DROP POLICY {quoted(name)} ON {quoted(table)}"
        for table, name in connection.execute(
            text(
                "SELECT tablename, policyname FROM pg_policies "
                "WHERE schemaname = current_schema() AND policyname LIKE 'statusapp_%'"
            )
        )
    ]
    owns = "statusapp_owns(action_id)"
    for table in ("status_updates", "sub_items", "change_log"):
        statements += [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"CREATE POLICY statusapp_read ON {table} FOR SELECT TO {reader} USING (true)",
        ]
    statements += [
        f"CREATE POLICY statusapp_control ON status_updates FOR ALL TO {control} "
        "USING (true) WITH CHECK (true)",
        f"CREATE POLICY statusapp_editor_update ON status_updates FOR UPDATE TO {editor} "
        f"USING ({owns}) WITH CHECK ({owns})",
        f"CREATE POLICY statusapp_editor_insert ON status_updates FOR INSERT TO {editor} "
        f"WITH CHECK ({owns})",
        f"CREATE POLICY statusapp_control ON sub_items FOR ALL TO {control} "
        "USING (true) WITH CHECK (true)",
        f"CREATE POLICY statusapp_editor_update ON sub_items FOR UPDATE TO {editor} "
        f"USING ({owns}) WITH CHECK ({owns})",
        # The change log takes new lines only; no policy lets anyone but admin change one.
        f"CREATE POLICY statusapp_control ON change_log FOR INSERT TO {control} WITH CHECK (true)",
        f"CREATE POLICY statusapp_editor_insert ON change_log FOR INSERT TO {editor} "
        f"WITH CHECK ({owns})",
    ]
    return statements


def _trigger_statements() -> list[str]:
    triggers = {
        "statusapp_guard_review": (
            "status_updates",
            "BEFORE INSERT OR UPDATE",
            "statusapp_guard_review",
        ),
        "statusapp_sign": ("status_updates", "BEFORE INSERT OR UPDATE", "statusapp_sign_update"),
    }
    for table in SIGNED_COLUMNS:
        triggers[f"statusapp_sign_{table}"] = (
            table,
            "BEFORE INSERT OR UPDATE",
            f"statusapp_sign_{table}",
        )
    statements = []
    for name, (table, when, function) in triggers.items():
        statements += [
            f"DROP TRIGGER IF EXISTS {name} ON {table}",
            f"CREATE TRIGGER {name} {when} ON {table} FOR EACH ROW EXECUTE FUNCTION {function}()",
        ]
    return statements


def login_without_role(database_name: str, login: str, url: str) -> DatabaseError:
    return DatabaseError(
        _(
            "the login {login} has no role in the database {database}; its administrator "
            'gives one with: statusapp --db "{url}" user add {login} --role reader'
        ).format(login=login, database=database_name, url=url),
        kind="no_role",
    )


def require_some_role(connection: Connection, url: str) -> None:
    """Refuse a login that may not even read the database, before anything reads it."""
    login, database_name, readable = connection.execute(
        text(
            "SELECT session_user, current_database(), "
            "to_regclass('alembic_version') IS NULL "
            "OR has_table_privilege('alembic_version', 'SELECT')"
        )
    ).one()
    if not readable:
        raise login_without_role(database_name, login, url)


def require_upgrader(connection: Connection, name: str, revision: str, head: str) -> None:
    """Only an administrator upgrades: the change needs the tables' owner (and from schema
    0006 on, a login that may create roles)."""
    if can_install(connection):
        return
    login = connection.execute(text("SELECT session_user")).scalar_one()
    raise DatabaseError(
        _(
            "{name}: needs an upgrade from schema {revision} to {head}, which only its "
            "administrator can do (the login {login} may not); ask them to open it once"
        ).format(name=name, revision=revision, head=head, login=login),
        kind="needs_upgrade",
    )


def server_identity_at_open(database: Database) -> ServerIdentity:
    """Who the connection is; sets the roles up for a copied or renamed database first when
    the login may, and refuses a login without a role."""
    with database.engine.begin() as connection:
        identity = read_identity(connection)
        if not identity.installed:
            if not can_install(connection):
                raise DatabaseError(
                    _(
                        "{name}: its roles belong to another database (it was copied or "
                        "renamed); its administrator opens it once to set them up"
                    ).format(name=database.display_name),
                    kind="no_role",
                )
            install_rights(connection)
            identity = read_identity(connection)
    if identity.role is None:
        database_name = database.engine.url.database or ""
        raise login_without_role(database_name, identity.login, database.display_name)
    return identity


def database_roles(connection: Connection) -> dict[str, str]:
    name = connection.execute(text("SELECT current_database()")).scalar_one()
    return role_names(name)


def members(connection: Connection) -> dict[str, str]:
    """Every login with a role in this database: login -> the highest role it was given."""
    names = database_roles(connection)
    found: dict[str, str] = {}
    for kind in ROLE_KINDS:  # lowest first: a higher grant overwrites
        for login in connection.execute(
            text(
                "SELECT m.rolname FROM pg_auth_members AS a "
                "JOIN pg_roles AS g ON g.oid = a.roleid JOIN pg_roles AS m ON m.oid = a.member "
                "WHERE g.rolname = :role AND m.rolcanlogin"
            ),
            {"role": names[kind]},
        ).scalars():
            found[login] = kind
    return found


def give_role(connection: Connection, login: str, kind: str) -> None:
    """Make `login` (created without a password when new: it authenticates as the server
    says) a member of this database's `kind` role only. An administrator may in turn give
    this database's roles and make logins."""
    found = connection.execute(
        text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :login"), {"login": login}
    ).first()
    if found is None:
        connection.execute(text(f"CREATE ROLE {quoted(login)} LOGIN"))
    elif not found[0]:  # a group role (another database's team, say) is no user
        raise DatabaseError(
            _("{login} is a group role, not a login; give roles to logins only").format(login=login)
        )
    take_roles(connection, login)
    names = database_roles(connection)
    if kind == "admin":
        for name in names.values():
            connection.execute(text(f"GRANT {quoted(name)} TO {quoted(login)} WITH ADMIN OPTION"))
        connection.execute(text(f"ALTER ROLE {quoted(login)} CREATEROLE"))
    else:
        connection.execute(text(f"GRANT {quoted(names[kind])} TO {quoted(login)}"))


def take_roles(connection: Connection, login: str) -> None:
    """Take every role of this database from `login` (the login itself stays: other
    databases may know it)."""
    for role in connection.execute(
        text(
            "SELECT g.rolname FROM pg_auth_members AS a "
            "JOIN pg_roles AS g ON g.oid = a.roleid JOIN pg_roles AS m ON m.oid = a.member "
            "WHERE m.rolname = :login AND g.rolname = ANY(:roles)"
        ),
        {"login": login, "roles": list(database_roles(connection).values())},
    ).scalars():
        connection.execute(text(f"REVOKE {quoted(role)} FROM {quoted(login)}"))
