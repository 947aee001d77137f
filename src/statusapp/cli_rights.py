"""Commands for working with others on a central database: users and their roles, assigning
owners, one action's update, and the change log."""

from __future__ import annotations

import argparse
from typing import Any

from statusapp.cli_support import context_for_command, date_option, open_for_command, write_stdout
from statusapp.domain.rights import Role
from statusapp.translation import _, ngettext

ROLES = tuple(role.value for role in Role)


def add_rights_parsers(commands: Any) -> None:
    """`user`, `update` and `log` (`owner assign` is under the owner parser: add_owner_assign)."""
    users = commands.add_parser(
        "user", help=_("who may do what in a central database: add, list, set, remove")
    )
    user_commands = users.add_subparsers(
        dest="user_command", metavar=_("ACTION"), required=True, help=_("what to do with users")
    )  # fmt: skip
    add = user_commands.add_parser(
        "add", help=_("give a login (new or existing on the server) a role in this database")
    )
    add.add_argument("login", metavar=_("LOGIN"), help=_("the login name on the server"))
    add.add_argument("--role", required=True, choices=ROLES, help=_("what the login may do"))
    add.add_argument(
        "--owner", metavar=_("NAME"), help=_("the owner whose actions an editor updates")
    )
    user_commands.add_parser("list", help=_("every login with a role in this database"))
    change = user_commands.add_parser("set", help=_("change a login's role or owner"))
    change.add_argument("login", metavar=_("LOGIN"), help=_("the login name on the server"))
    change.add_argument("--role", choices=ROLES, help=_("the new role"))
    change.add_argument("--owner", metavar=_("NAME"), help=_("the owner ('' unlinks it)"))
    remove = user_commands.add_parser("remove", help=_("take a login's role in this database away"))
    remove.add_argument("login", metavar=_("LOGIN"), help=_("the login name on the server"))

    update = commands.add_parser(
        "update", help=_("change one action's update in the current round")
    )
    update.add_argument("action_id", metavar=_("ACTION_ID"), help=_("as list --json prints it"))
    update.add_argument("--status", metavar=_("SYMBOL"), help=_("✓, +, +/-, - or none"))
    update.add_argument("--planned", metavar=_("TEXT"), help=_("the planning (Gepland)"))
    update.add_argument("--explanation", metavar=_("TEXT"), help=_("the explanation (Toelichting)"))
    update.add_argument(
        "--revision", type=int, metavar="N",
        help=_("refuse when the update is no longer at revision N (someone saved since)"),
    )  # fmt: skip

    log = commands.add_parser("log", help=_("the change log: who changed what, when, from where"))
    log.add_argument("--action", metavar=_("ACTION_ID"), help=_("only this action"))
    log.add_argument("--user", metavar=_("LOGIN"), help=_("only changes by this login or name"))
    log.add_argument("--since", metavar=_("YYYY-MM-DD"), help=_("only changes from this day on"))


def add_owner_assign(owner_commands: Any) -> None:
    assign = owner_commands.add_parser(
        "assign", help=_("make NAME the owner of actions, or of all actions of an ambition")
    )
    assign.add_argument("name", metavar=_("NAME"), help=_("the owner (project leader)"))
    assign.add_argument(
        "action_ids", nargs="*", metavar=_("ACTION_ID"), help=_("as list --json prints them")
    )
    assign.add_argument(
        "--ambition", metavar=_("AMBITION_ID"), help=_("every action of this ambition")
    )


def user_command(args: argparse.Namespace) -> int:
    from statusapp.services import users

    database = open_for_command(args.db)
    try:
        if args.user_command == "list":
            listed = users.list_users(database)
            text = "\n".join(users.describe_user(user) for user in listed)
        elif args.user_command == "add":
            user = users.add_user(database, args.login, Role(args.role), args.owner)
            text = _("{login} is {role} in this database").format(
                login=user.login, role=_role(user.role)
            )
        elif args.user_command == "set":
            user = users.set_user(
                database, args.login, Role(args.role) if args.role else None, args.owner
            )
            text = users.describe_user(user)
        else:
            users.remove_user(database, args.login)
            text = _("{login} no longer has a role in this database").format(login=args.login)
    finally:
        database.close()
    write_stdout(text + "\n")
    return 0


def assign_command(args: argparse.Namespace) -> int:
    from statusapp.errors import StatusappError
    from statusapp.services.owners import assign_owner

    if bool(args.action_ids) == bool(args.ambition):
        raise StatusappError(_("owner assign: give action ids or --ambition ID, not both"))
    database = open_for_command(args.db)
    try:
        context = context_for_command(database, programme=args.programme).from_file("cli", "")
        count = assign_owner(context, args.name, args.action_ids or None, args.ambition)
    finally:
        database.close()
    text = ngettext(
        "{owner} is the owner of {count} action", "{owner} is the owner of {count} actions", count
    ).format(owner=" ".join(args.name.split()), count=count)
    write_stdout(text + "\n")
    return 0


def update_command(args: argparse.Namespace) -> int:
    from statusapp.domain.status import parse_status_text
    from statusapp.errors import StatusappError
    from statusapp.services.updates import require_action_id, save_status_update

    if args.status is None and args.planned is None and args.explanation is None:
        raise StatusappError(_("update: give --status, --planned or --explanation"))
    status = None
    if args.status is not None:
        try:
            status = parse_status_text("" if args.status == "none" else args.status)
        except ValueError as error:
            raise StatusappError(_("--status: {reason}").format(reason=error)) from None
    database = open_for_command(args.db)
    try:
        context = context_for_command(database, programme=args.programme)
        context = context.from_file("cli", "")
        require_action_id(context, args.action_id)
        saved = save_status_update(
            context,
            args.action_id,
            status=status,
            planned=args.planned,
            explanation=args.explanation,
            expected_revision=args.revision,
        )
    finally:
        database.close()
    text = _("saved: revision {revision}, signed by {who}").format(
        revision=saved.revision, who=saved.updated_by or "-"
    )
    write_stdout(text + "\n")
    return 0


def log_command(args: argparse.Namespace) -> int:
    from statusapp.cli_support import long_moment
    from statusapp.domain.labels import field_label
    from statusapp.services.history import change_log

    since = date_option("--since", args.since)
    database = open_for_command(args.db)
    try:
        lines = change_log(
            database, args.programme, action_id=args.action, user=args.user, since=since
        )
    finally:
        database.close()
    sources = {
        "window": _("window"),
        "cli": _("command line"),
        "import": _("import"),
        "consolidate": _("consolidation"),
    }
    out = []
    for line in lines:
        entry = line.entry
        place = sources.get(entry.source, entry.source)
        if entry.source_file:
            place = f"{place}: {entry.source_file}"
        out.append(
            "\t".join(
                (
                    long_moment(entry.at, seconds=True),
                    entry.by,
                    place,
                    line.action_id,
                    _flat(line.action, 60),
                    field_label(entry.field),
                    _flat(_value(entry.field, entry.old), 80),
                    _flat(_value(entry.field, entry.new), 80),
                )
            )
        )
    if not out:
        out.append(_("no changes logged"))
    write_stdout("\n".join(out) + "\n")
    return 0


def _value(field: str, value: str | None) -> str:
    """A logged value as people read it: a status as its symbol and name."""
    from statusapp.domain import Status
    from statusapp.domain.labels import status_caption

    if field == "status" and value in {s.value for s in Status}:
        return status_caption(Status(value))
    return value or ""


def _flat(text: str, length: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[: length - 1] + "…"


def _role(role: Role) -> str:
    from statusapp.services.rights import role_text

    return role_text(role)
