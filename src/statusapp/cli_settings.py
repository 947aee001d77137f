"""Commands that change a programme's settings: the owners' e-mail addresses and the
explanation length guide."""

from __future__ import annotations

import argparse

from statusapp.cli_support import context_for_command, open_for_command, write_stdout
from statusapp.translation import _, ngettext


def owner_command(args: argparse.Namespace) -> int:
    from statusapp.services import owners

    if args.owner_command == "assign":
        from statusapp.cli_rights import assign_command

        return assign_command(args)
    database = open_for_command(args.db)
    try:
        context = context_for_command(database, programme=args.programme)
        if args.owner_command == "list":
            text = "\n".join(
                f"{o.name}\t{o.email or '-'}\t"
                + ngettext("{count} action", "{count} actions", o.actions).format(count=o.actions)
                for o in owners.list_owners(database, context.programme_id)
            ) or _("No owners yet; assign them in the window (Edit > Assign owner…)")
        else:
            address = owners.set_owner_email(context, args.name, args.address)
            name = " ".join(args.name.split())
            text = (
                _("{owner}: {address}").format(owner=name, address=address)
                if address
                else _("{owner}: e-mail address cleared").format(owner=name)
            )
    finally:
        database.close()
    write_stdout(text + "\n")
    return 0


def programme_command(args: argparse.Namespace) -> int:
    from statusapp.services.programmes import set_explanation_limit

    database = open_for_command(args.db)
    try:
        context = context_for_command(database, programme=args.programme)
        limit = set_explanation_limit(database, context.programme_id, args.explanation_limit)
    finally:
        database.close()
    text = ngettext(
        "explanations: the length guide turns amber past {count} character",
        "explanations: the length guide turns amber past {count} characters",
        limit,
    ).format(count=limit)
    write_stdout(text + "\n")
    return 0
