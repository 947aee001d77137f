"""The command line: parsing and error handling. The commands live in cli_commands.py and call
the same services as the window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from statusapp import __version__
from statusapp.cli_argparse import (
    Parser,
    argparse_speaking_ours,
    argv_or_system,
    language_asked,
    parse_arguments,
    refuse_unused_arguments,
    whole_number,
)
from statusapp.cli_rights import add_owner_assign, add_rights_parsers
from statusapp.errors import StatusappError
from statusapp.translation import _, use_language

DEBUG_VARIABLE = "STATUSAPP_DEBUG"


def build_parser() -> argparse.ArgumentParser:
    """The parser in the current language: build it inside argparse_speaking_ours()."""
    parser = Parser(
        prog="statusapp",
        description=_(
            "Status updates of a municipal execution programme. Without a command, opens the "
            "window."
        ),
    )
    parser.add_argument(
        "--version", action="version", version=f"statusapp {__version__}",
        help=_("show the version number and exit"),
    )  # fmt: skip
    parser.add_argument(
        "--db",
        metavar=_("PATH_OR_URL"),
        help=_(
            "database file or URL (default: statusapp.db in your data folder, created with "
            "the built-in programme on first start)"
        ),
    )
    parser.add_argument(
        "--lang",
        choices=("nl", "en"),
        help=_(
            "language of the window, the messages and exports (default: the system's for the "
            "window and the messages, the programme's for exports)"
        ),
    )
    parser.add_argument(
        "--programme",
        metavar=_("NAME_OR_ID"),
        help=_("which programme, when the database holds several (its name or id)"),
    )
    commands = parser.add_subparsers(
        dest="command", metavar=_("COMMAND"),
        help=_("what to do; statusapp COMMAND --help tells more"),
    )  # fmt: skip
    day = _("DD-MM-YYYY")

    init = commands.add_parser(
        "init", help=_("create a database holding the built-in Heemstede programme")
    )
    init.add_argument("--empty", action="store_true", help=_("create it with no programme"))
    init.add_argument(
        "--from",
        dest="source",
        metavar=_("FILE"),
        help=_("read the programme from the green and blue tables of a report (.xlsx or .docx)"),
    )
    init.add_argument(
        "--name",
        metavar=_("NAME"),
        help=_("with --from: the programme's name (default: the file's)"),
    )
    init.add_argument(
        "--organisation", default="", metavar=_("NAME"), help=_("with --from: the organisation")
    )
    init.add_argument(
        "--round", dest="round_name", default="", metavar=_("NAME"),
        help=_("with --from: the first round's name"),
    )  # fmt: skip
    init.add_argument(
        "--peildatum", "--reference-date", dest="reference_date", metavar=day,
        help=_("with --from: the first round's reference date (default: today)"),
    )  # fmt: skip
    init.add_argument(
        "--dry-run", action="store_true", help=_("with --from: show what was found, write nothing")
    )
    init.add_argument(
        "--add",
        action="store_true",
        help=_("put the programme beside those the database holds already"),
    )

    listing = commands.add_parser("list", help=_("print the programme as text or JSON"))
    listing.add_argument("--json", action="store_true", help=_("print JSON (schema in the README)"))

    export = commands.add_parser(
        "export",
        help=_("write the green and blue tables as an Excel workbook, a Word document or a PDF"),
    )
    export.add_argument(
        "-o", "--output", required=True, metavar=_("FILE.xlsx|FILE.docx|FILE.pdf"),
        help=_("the file; its extension chooses the format"),
    )  # fmt: skip
    export.add_argument("--owner", metavar=_("NAME"), help=_("only this project leader's actions"))
    export.add_argument(
        "--pillar", type=whole_number, metavar="N", help=_("only pillar N (list shows them)")
    )
    export.add_argument(
        "--approved-only", action="store_true", help=_("only updates the control team approved")
    )

    workbook_import = commands.add_parser(
        "import",
        help=_(
            "read a workbook exported by Statusapp and edited in Excel or Calc; into a new or "
            "empty database it makes a working copy"
        ),
    )
    workbook_import.add_argument(
        "file", metavar=_("FILE.xlsx"), help=_("the workbook, as Statusapp exported it")
    )
    _add_dry_run_and_user(workbook_import)

    consolidate = commands.add_parser(
        "consolidate",
        help=_("merge the workbooks (or laptop databases) project leaders handed back"),
    )
    consolidate.add_argument(
        "files", nargs="+", metavar=_("FILE.xlsx|LAPTOP.db"),
        help=_("the workbooks and laptop databases handed back"),
    )  # fmt: skip
    _add_dry_run_and_user(consolidate)
    consolidate.add_argument(
        "--prefer",
        choices=("central", "incoming"),
        help=_("settle conflicts this way instead of keeping them as open items"),
    )
    consolidate.add_argument(
        "-o", "--output", metavar=_("FILE.xlsx"), help=_("then export the consolidated tables")
    )

    rounds = commands.add_parser("round", help=_("reporting rounds: list, new, close, progress"))
    round_commands = rounds.add_subparsers(
        dest="round_command", metavar=_("ACTION"), required=True, help=_("what to do with rounds")
    )  # fmt: skip
    round_commands.add_parser("list", help=_("all rounds of the programme"))
    new_round = round_commands.add_parser(
        "new", help=_("open a round, starting from the last round's values")
    )
    new_round.add_argument(
        "name", metavar=_("NAME"), help=_('the round\'s name, such as "Najaar 2024"')
    )
    new_round.add_argument(
        "--peildatum", "--reference-date", dest="reference_date", required=True,
        metavar=day, help=_("the date the round's figures describe"),
    )  # fmt: skip
    round_commands.add_parser("close", help=_("freeze the current round"))
    round_commands.add_parser("progress", help=_("per owner: updated, waiting, files received"))

    reviews = (
        ("approve", _("approve updates of the current round")),
        ("reopen", _("reopen approved updates of the current round")),
    )
    for name, text in reviews:
        review = commands.add_parser(name, help=text)
        chosen = review.add_mutually_exclusive_group(required=True)
        chosen.add_argument("--owner", metavar=_("NAME"), help=_("that owner's actions"))
        chosen.add_argument("--all", action="store_true", help=_("all actions"))
        chosen.add_argument(
            "--id", dest="ids", action="append", metavar=_("ACTION_ID"), help=_("this action")
        )

    conflicts = commands.add_parser("conflicts", help=_("list open conflicts, or resolve one"))
    conflicts.add_argument(
        "--resolve", type=whole_number, metavar="N", help=_("resolve conflict N")
    )
    conflicts.add_argument(
        "--take",
        choices=("central", "incoming", "merged"),
        help=_(
            "with --resolve: which value (central: now in the database, incoming: in the file, "
            "merged: your --text)"
        ),
    )
    conflicts.add_argument(
        "--text", metavar=_("TEXT"), help=_("with --take merged: the merged text")
    )

    handout = commands.add_parser(
        "handout",
        help=_(
            "per owner: their workbook and an unsent mail (.eml) with it attached; nothing is sent"
        ),
    )
    handed = handout.add_mutually_exclusive_group(required=True)
    handed.add_argument("--owner", metavar=_("NAME"), help=_("only this project leader"))
    handed.add_argument("--all", action="store_true", help=_("every owner of the current round"))
    handout.add_argument("--out", required=True, metavar=_("DIR"), help=_("the folder to write to"))
    handout.add_argument(
        "--deadline", metavar=day,
        help=_("the date to hand updates back by (stored on the round; default: the stored one)"),
    )  # fmt: skip

    owners = commands.add_parser(
        "owner", help=_("owners (project leaders): list, set-email, assign")
    )
    owner_commands = owners.add_subparsers(
        dest="owner_command", metavar=_("ACTION"), required=True, help=_("what to do with owners")
    )  # fmt: skip
    owner_commands.add_parser("list", help=_("owners with their e-mail address and action count"))
    set_email = owner_commands.add_parser(
        "set-email", help=_("the address the hand-out mail goes to ('' clears it)")
    )
    set_email.add_argument("name", metavar=_("NAME"), help=_("the owner, as owner list names them"))
    set_email.add_argument("address", metavar=_("ADDRESS"), help=_("the e-mail address"))
    add_owner_assign(owner_commands)

    programme = commands.add_parser("programme", help=_("the programme's settings"))
    programme_commands = programme.add_subparsers(
        dest="programme_command",
        metavar=_("ACTION"),
        required=True,
        help=_("what to do with the programme"),
    )
    programme_set = programme_commands.add_parser("set", help=_("change a setting"))
    programme_set.add_argument(
        "--explanation-limit", type=whole_number, required=True, metavar=_("CHARACTERS"),
        help=_(
            "the soft limit of an explanation's length: the editor's counter turns amber past it"
        ),
    )  # fmt: skip

    publish = commands.add_parser(
        "publish",
        help=_("write the report as a website for council and citizens, with open data"),
    )
    publish.add_argument(
        "--out", required=True, metavar=_("FOLDER"),
        help=_("the site's folder: new, empty, or a site written before (it is replaced)"),
    )  # fmt: skip
    publish.add_argument(
        "--lang", dest="site_language", choices=("nl", "en"),
        help=_("the site's language (default: the programme's)"),
    )  # fmt: skip

    check = commands.add_parser(
        "check",
        help=_("list what to fix before the report is published (exit 4 when something is)"),
    )
    check.add_argument("--json", action="store_true", help=_("print the findings as JSON"))
    changes = commands.add_parser(
        "changes", help=_("what changed since the previous round, per kind of change")
    )
    changes.add_argument("--json", action="store_true", help=_("print the lists as JSON"))

    add_rights_parsers(commands)

    commands.add_parser("backups", help=_("list the backups of the database (newest first)"))
    restore = commands.add_parser("restore", help=_("put backup N back (see backups)"))
    restore.add_argument(
        "number",
        type=whole_number,
        metavar="N",
        help=_("the backup's number, as backups lists them"),
    )

    commands.add_parser("gui", help=_("open the window (the default without a command)"))
    # --programme may also follow the command (statusapp list --programme X).
    subparsers = [*commands.choices.values(), *round_commands.choices.values()]
    for subparser in subparsers:
        if subparser is not rounds:
            subparser.add_argument(
                "--programme", metavar=_("NAME_OR_ID"), default=argparse.SUPPRESS,
                help=_("which programme, when the database holds several"),
            )  # fmt: skip
        if subparser is not rounds and subparser is not publish:  # publish: the site's language
            subparser.add_argument(
                "--lang", choices=("nl", "en"), default=argparse.SUPPRESS,
                help=_("language of the messages and exports"),
            )  # fmt: skip
    return parser


def _add_dry_run_and_user(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--dry-run", action="store_true", help=_("list the changes without applying them")
    )
    parser.add_argument(
        "--as", dest="user", metavar=_("NAME"), help=_("who the changes are from (default: you)")
    )


def main(argv: Sequence[str] | None = None) -> int:
    arguments = argv_or_system(argv)
    # The core's messages and --help: --lang, else the system's language; known before the
    # parser is built, since its help texts are looked up as it is built.
    use_language(language_asked(arguments))
    with argparse_speaking_ours():
        parser = build_parser()
        args = parse_arguments(parser, arguments)
        refuse_unused_arguments(parser, args)
    use_language(args.lang)
    try:
        code = _run(args)
        sys.stdout.flush()  # here, so a closed pipe is met below, not at exit
        return code
    except BrokenPipeError:  # the reader went away (statusapp list | head): stop quietly
        _drop_stdout()
        return 1
    except StatusappError as error:
        # A refusal of several cells is a summary line, then one line per cell.
        first, *rest = str(error).splitlines() or [""]
        print(_("statusapp: error: {message}").format(message=first), file=sys.stderr)
        for line in rest:
            print("  " + line, file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print(_("statusapp: interrupted"), file=sys.stderr)
        return 130
    except Exception as error:  # a bug: one line for the user, the traceback on request
        if os.environ.get(DEBUG_VARIABLE):
            raise
        print(
            _("statusapp: internal error: {kind}: {error} (set {variable}=1 for details)").format(
                kind=type(error).__name__, error=error, variable=DEBUG_VARIABLE
            ),
            file=sys.stderr,
        )
        return 1


def _drop_stdout() -> None:
    """Point stdout at the null device, so Python's own flush at exit finds no closed pipe."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _run(args: argparse.Namespace) -> int:
    if args.command in (None, "gui"):
        from statusapp.ui.launch import launch_window

        return launch_window(args.db, language=args.lang, programme=args.programme)
    from statusapp import cli_commands

    return cli_commands.run(args)


if __name__ == "__main__":
    raise SystemExit(main())
