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

    export = commands.add_parser(
        "export", help="write the green and blue tables as an Excel workbook (.xlsx)"
    )
    export.add_argument("-o", "--output", required=True, metavar="FILE.xlsx", help="the workbook")
    export.add_argument("--owner", metavar="NAME", help="only this project leader's actions")
    export.add_argument("--pillar", type=int, metavar="N", help="only pillar N (1-4 in Heemstede)")

    workbook_import = commands.add_parser(
        "import", help="read a workbook exported by Statusapp and edited in Excel or Calc"
    )
    workbook_import.add_argument("file", metavar="FILE.xlsx")
    workbook_import.add_argument(
        "--dry-run", action="store_true", help="list the changes without applying them"
    )
    workbook_import.add_argument(
        "--as", dest="user", metavar="NAME", help="who the changes are from (default: you)"
    )

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
    if args.command == "export":
        return _export(args)
    if args.command == "import":
        return _import(args)
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


def _export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from statusapp.excel.export import export_workbook
    from statusapp.services.programmes import load_programme_tree

    database = _open(args.db)
    try:
        with database.session() as session:
            tree = load_programme_tree(session)
    finally:
        database.close()
    summary = export_workbook(
        tree, Path(args.output), language=args.lang, owner=args.owner, pillar=args.pillar
    )
    print(summary.describe())
    return 0


CONFLICT_EXIT_CODE = 3


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from statusapp.services.context import edit_context_for
    from statusapp.services.workbook_import import import_workbook

    database = _open(args.db)
    try:
        context = edit_context_for(database, args.user)
        result = import_workbook(context, Path(args.file), dry_run=args.dry_run)
    finally:
        database.close()
    plan = result.plan
    lines = []
    if args.dry_run:
        lines += [
            f"{change.cell}: {change.field} of {change.label[:50]!r}: "
            f"{_short(change.old)!r} -> {_short(change.new)!r}"
            for change in plan.changes
        ]
    lines += [
        f"proposal ({p.kind}) {p.cell}: {_short(p.old)!r} -> {_short(p.new)!r}"
        for p in plan.proposals
    ]
    lines += [
        f"conflict {c.cell}: {c.field} of {c.label[:50]!r}: exported {_short(c.base)!r}, "
        f"database now {_short(c.current)!r}, workbook {_short(c.incoming)!r}; "
        "left as in the database"
        for c in plan.conflicts
    ]
    lines += [f"missing from the workbook: {label}" for label in plan.missing]
    prefix = "dry run, nothing applied: " if args.dry_run else ""
    lines.append(prefix + plan.summary())
    _write_stdout("\n".join(lines) + "\n")
    return CONFLICT_EXIT_CODE if plan.conflicts else 0


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
