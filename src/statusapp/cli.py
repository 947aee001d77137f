"""The command line. Every command calls the same services as the window."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence

from statusapp import __version__
from statusapp.errors import StatusappError

DEBUG_VARIABLE = "STATUSAPP_DEBUG"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="statusapp",
        description="Status updates of a municipal execution programme. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"statusapp {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database file or URL (default: statusapp.db in your data folder, "
        "created with the built-in programme on first start)",
    )
    parser.add_argument(
        "--lang",
        choices=("nl", "en"),
        help="language of the window and of exports (default: the system's for the window, "
        "the programme's for exports)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = commands.add_parser(
        "init", help="create a database holding the built-in Heemstede programme"
    )
    init.add_argument("--empty", action="store_true", help="create it with no programme")

    listing = commands.add_parser("list", help="print the programme as text or JSON")
    listing.add_argument("--json", action="store_true", help="print JSON (schema in the README)")

    commands.add_parser("gui", help="open the window (the default without a command)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return _run(args)
    except StatusappError as error:
        print(f"statusapp: error: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("statusapp: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # a bug: one line for the user, the traceback on request
        if os.environ.get(DEBUG_VARIABLE):
            raise
        print(
            f"statusapp: internal error: {type(error).__name__}: {error} "
            f"(set {DEBUG_VARIABLE}=1 for details)",
            file=sys.stderr,
        )
        return 1


def _run(args: argparse.Namespace) -> int:
    if args.command == "init":
        return _init(args)
    if args.command == "list":
        return _list(args)
    from statusapp.ui.launch import launch_window

    return launch_window(args.db, language=args.lang)


def _init(args: argparse.Namespace) -> int:
    from statusapp.services.setup import initialise_database

    summary = initialise_database(args.db, empty=args.empty)
    print(summary.describe())
    return 0


def _open(db: str | None):  # type: ignore[no-untyped-def]
    if db is None:
        from statusapp.services.setup import open_default_database

        return open_default_database()
    from statusapp.storage.database import open_database

    return open_database(db)


def _list(args: argparse.Namespace) -> int:
    from statusapp.services.programmes import NoProgrammeError, load_programme_tree

    database = _open(args.db)
    try:
        with database.session() as session:
            tree = load_programme_tree(session)
    except NoProgrammeError:
        raise StatusappError(
            f"{database.display_name}: holds no programme yet (it was created with init --empty)"
        ) from None
    finally:
        database.close()
    _print_warnings(database.warnings)
    if args.json:
        from statusapp.programme_json import tree_to_dict

        text = json.dumps(tree_to_dict(tree), ensure_ascii=False, indent=2) + "\n"
    else:
        from statusapp.services.listing import format_programme_text

        text = format_programme_text(tree, args.lang or tree.programme.language)
    _write_stdout(text)
    return 0


def _print_warnings(warnings: list[str]) -> None:
    for warning in warnings:
        print(f"statusapp: note: {warning}", file=sys.stderr)


def _write_stdout(text: str) -> None:
    """UTF-8 into pipes and files whatever the code page, so ✓ and ë survive on Windows too."""
    if (sys.stdout.encoding or "").lower().replace("-", "") != "utf8":
        sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:  # `statusapp list | head`
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


if __name__ == "__main__":
    raise SystemExit(main())
