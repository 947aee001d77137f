"""The commands of the command line. Each opens the database, calls services, prints the result."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from statusapp.cli_lines import format_progress, plan_lines, short, working_copy_line
from statusapp.cli_publishing import (
    changes_command,
    check_command,
    publish_command,
    publishing_warning,
)
from statusapp.cli_rights import log_command, update_command, user_command
from statusapp.cli_settings import owner_command, programme_command
from statusapp.cli_support import context_for_command as _context
from statusapp.cli_support import date_option, long_moment, no_programme_error, write_stdout
from statusapp.cli_support import open_for_command as _open
from statusapp.domain.labels import backup_reason
from statusapp.errors import StatusappError, no_such_database
from statusapp.services.connection import Database
from statusapp.translation import _, long_date, ngettext

CONFLICT_EXIT_CODE = 3


def run(args: argparse.Namespace) -> int:
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {
        "init": _init,
        "list": _list,
        "export": _export,
        "import": _import,
        "consolidate": _consolidate,
        "round": _round,
        "approve": _review,
        "reopen": _review,
        "conflicts": _conflicts,
        "handout": _handout,
        "owner": owner_command,
        "programme": programme_command,
        "publish": publish_command,
        "check": check_command,
        "changes": changes_command,
        "user": user_command,
        "update": update_command,
        "log": log_command,
        "backups": _backups,
        "restore": _restore,
    }
    return handlers[args.command](args)


def _init(args: argparse.Namespace) -> int:
    from statusapp.services.setup import initialise_database

    if args.source is None:
        for option, value in (
            ("--name", args.name),
            ("--organisation", args.organisation),
            ("--round", args.round_name),
            ("--peildatum", args.reference_date),
            ("--dry-run", args.dry_run),
        ):
            if value:
                raise StatusappError(_("{option} goes with --from FILE").format(option=option))
        if args.empty and args.add:
            raise StatusappError(_("--empty and --add exclude each other: --add adds a programme"))
        summary = initialise_database(args.db, empty=args.empty, add=args.add)
        print(summary.describe())
        return 0
    if args.empty:
        raise StatusappError(_("--empty and --from exclude each other"))
    return _init_from_report(args)


def _init_from_report(args: argparse.Namespace) -> int:
    from statusapp.services.report_reading import read_report
    from statusapp.services.setup import initialise_database

    reference_date = date_option("--peildatum", args.reference_date or None)
    reading = read_report(
        Path(args.source),
        name=args.name,
        organisation=args.organisation,
        round_name=args.round_name,
        reference_date=reference_date,
    )
    lines = reading.preview_lines()  # rows left out, notes, suspect tables, the summary
    if args.dry_run:
        lines.append(_("dry run, nothing written"))
    else:
        lines.append(initialise_database(args.db, programme=reading.tree, add=args.add).describe())
    write_stdout("\n".join(lines) + "\n")
    return 0


def _list(args: argparse.Namespace) -> int:
    from statusapp.services.programmes import NoProgrammeError, load_programme_tree

    database = _open(args.db)
    try:
        with database.session(write=False) as session:
            tree = load_programme_tree(session, args.programme)
    except NoProgrammeError:
        raise no_programme_error(database) from None
    finally:
        database.close()
    _print_warnings(database.warnings)
    if args.json:
        from statusapp.programme_json import tree_to_dict

        text = json.dumps(tree_to_dict(tree), ensure_ascii=False, indent=2) + "\n"
    else:
        from statusapp.services.listing import format_programme_text

        text = format_programme_text(tree, args.lang or tree.programme.language)
    write_stdout(text)
    return 0


def _export(args: argparse.Namespace) -> int:
    from statusapp.services.exports import (
        export_format,
        export_pdf,
        export_programme,
        export_word,
    )

    output = Path(args.output)
    suffix = export_format(output)
    database = _open(args.db)
    selection = {
        "language": args.lang,
        "owner": args.owner,
        "pillar": args.pillar,
        "approved_only": args.approved_only,
    }
    try:
        context = _context(database, programme=args.programme)  # clear message if none
        selection["programme"] = context.programme_id
        if suffix == ".xlsx":
            summary = export_programme(database, output, **selection)
        elif suffix == ".docx":
            summary = export_word(database, output, **selection)
        else:
            summary = export_pdf(database, output, **selection)
        warning = publishing_warning(database, context.programme_id)
    finally:
        database.close()
    print(summary.describe())
    for note in getattr(summary, "notes", []):
        print(_("note: {note}").format(note=note))
    if warning:
        print(warning)
    return 0


def _import(args: argparse.Namespace) -> int:
    from statusapp.services.connection import sqlite_file
    from statusapp.services.returned_files import programme_of_files
    from statusapp.services.setup import remove_sqlite_files
    from statusapp.services.workbook_import import import_workbook

    # Into a new database (a project leader's laptop) the import makes the working copy.
    new_file = sqlite_file(args.db) if args.db is not None else None
    if new_file is not None and new_file.exists():
        new_file = None
    database = _open(args.db, create=args.db is not None)
    try:
        made = _working_copy_if_empty(database, Path(args.file))
        chosen = programme_of_files(database, args.programme, [Path(args.file)])
        context = _context(database, args.user, programme=chosen)
        result = import_workbook(context, Path(args.file), dry_run=args.dry_run)
    except BaseException:
        database.close()
        if new_file is not None:
            remove_sqlite_files(new_file)  # a failed import leaves no stray database
        raise
    database.close()
    lines = []
    if args.dry_run and new_file is not None and made:  # a dry run leaves no new database
        remove_sqlite_files(new_file)
        lines.append(working_copy_line(made, dry_run=True))
    elif made:
        lines.append(working_copy_line(made, dry_run=False))
    lines += plan_lines(result.plan, changes=args.dry_run)
    summary = result.plan.summary()
    if args.dry_run:
        summary = _("dry run, nothing applied: {summary}").format(summary=summary)
    lines.append(summary)
    write_stdout("\n".join(lines) + "\n")
    return CONFLICT_EXIT_CODE if result.plan.conflicts else 0


def _working_copy_if_empty(database: Database, path: Path) -> dict[str, object] | None:
    """Into a database without a programme, an import first makes the working copy."""
    from statusapp.services.working_copy import working_copy_if_empty

    tree = working_copy_if_empty(database, path)
    if tree is None:
        return None
    count = sum(1 for _action in tree.walk_actions())
    return {
        "programme": tree.programme.name, "round": tree.round.name, "count": count,
        "database": database.display_name,
    }  # fmt: skip


def _consolidate(args: argparse.Namespace) -> int:
    from statusapp.services.consolidation import consolidate_files
    from statusapp.services.exports import export_programme
    from statusapp.services.returned_files import programme_of_files

    if args.output:  # checked first: a bad -o must not follow a merge already applied
        output = Path(args.output)
        if output.suffix.lower() != ".xlsx":
            raise StatusappError(
                _("{file}: -o writes the consolidated workbook: use .xlsx").format(file=output)
            )
        if not output.absolute().parent.is_dir():
            raise StatusappError(
                _("{file}: the folder {folder} does not exist").format(
                    file=output, folder=output.absolute().parent
                )
            )
    database = _open(args.db)
    try:
        chosen = programme_of_files(database, args.programme, [Path(f) for f in args.files])
        context = _context(database, args.user, source="consolidate", programme=chosen)
        report = consolidate_files(
            context, [Path(f) for f in args.files], dry_run=args.dry_run, prefer=args.prefer
        )
        lines = []
        for result in report.files:
            lines.append(result.describe())
            if result.plan is not None:
                lines += ["  " + line for line in plan_lines(result.plan, changes=args.dry_run)]
        if args.output and not args.dry_run:
            lines.append(
                export_programme(
                    database, Path(args.output), language=args.lang, programme=context.programme_id
                ).describe()
            )
    finally:
        database.close()
    lines.append(report.summary())
    write_stdout("\n".join(lines) + "\n")
    return report.exit_code


def _round(args: argparse.Namespace) -> int:
    from statusapp.services import rounds

    database = _open(args.db)
    try:
        chosen = _context(database, programme=args.programme).programme_id
        if args.round_command == "list":
            listed = rounds.list_rounds(database, chosen)
            text = "\n".join(
                (
                    _("{name} (reference date {date}, closed)")
                    if r.closed
                    else _("{name} (reference date {date}, open)")
                ).format(name=r.name, date=long_date(r.reference_date))
                for r in listed
            )
        elif args.round_command == "new":
            day = date_option("--peildatum", args.reference_date)
            opened = rounds.open_round(database, args.name, day, chosen)
            text = _("opened the round {name!r} (reference date {date})").format(
                name=opened.name, date=long_date(day)
            )
        elif args.round_command == "close":
            closed = rounds.close_round(database, chosen)
            text = _("closed the round {name!r}").format(name=closed.name)
        else:
            text = format_progress(rounds.round_progress(database, chosen))
    finally:
        database.close()
    write_stdout(text + "\n")
    return 0


def _handout(args: argparse.Namespace) -> int:
    from statusapp.services.handout import hand_out

    deadline = date_option("--deadline", args.deadline)
    database = _open(args.db)
    try:
        context = _context(database, programme=args.programme)
        handed = hand_out(
            database,
            Path(args.out),
            owner=args.owner,
            deadline=deadline,
            language=args.lang,
            programme=context.programme_id,
        )
    finally:
        database.close()
    lines = [entry.describe() for entry in handed]
    missing = sum(1 for entry in handed if not entry.email)
    if missing:
        wrote = ngettext(
            "wrote {count} workbook and mail to {folder}; nothing was sent; {missing} without "
            "an e-mail address (statusapp owner set-email)",
            "wrote {count} workbooks and mails to {folder}; nothing was sent; {missing} without "
            "an e-mail address (statusapp owner set-email)",
            len(handed),
        )
    else:
        wrote = ngettext(
            "wrote {count} workbook and mail to {folder}; nothing was sent",
            "wrote {count} workbooks and mails to {folder}; nothing was sent",
            len(handed),
        )
    lines.append(wrote.format(count=len(handed), folder=args.out, missing=missing))
    write_stdout("\n".join(lines) + "\n")
    return 0


def _review(args: argparse.Namespace) -> int:
    from statusapp.domain import ReviewState
    from statusapp.services.programmes import load_programme_tree
    from statusapp.services.updates import set_review

    database = _open(args.db)
    try:
        context = _context(database, programme=args.programme)
        with database.session(write=False) as session:
            tree = load_programme_tree(session, context.programme_id)
        if args.ids:
            known = {a.id for a in tree.walk_actions()}
            unknown = [i for i in args.ids if i not in known]
            if unknown:
                raise StatusappError(_("no action with id {id}").format(id=unknown[0]))
            ids = list(args.ids)
        else:
            ids = [a.id for a in tree.walk_actions() if args.all or a.owner == args.owner]
            if not ids:
                raise StatusappError(
                    _("no actions have the owner {owner!r}").format(owner=args.owner)
                )
        state = ReviewState.APPROVED if args.command == "approve" else ReviewState.DRAFT
        changed = set_review(context, ids, state)
    finally:
        database.close()
    already = len(ids) - changed
    # Two counts, two sentences: each gets its own plural form.
    if state is ReviewState.APPROVED:
        done = ngettext("approved {count} update", "approved {count} updates", changed)
        were = ngettext("{count} was approved already", "{count} were approved already", already)
    else:
        done = ngettext("reopened {count} update", "reopened {count} updates", changed)
        were = ngettext("{count} was open already", "{count} were open already", already)
    line = done.format(count=changed)
    if already:
        line = _("{done}; {already}").format(done=line, already=were.format(count=already))
    write_stdout(line + "\n")
    return 0


def _conflicts(args: argparse.Namespace) -> int:
    from statusapp.services.conflicts import open_conflicts, resolve_conflict
    from statusapp.services.programmes import load_programme_tree

    database = _open(args.db)
    try:
        context = _context(database, programme=args.programme)
        if args.resolve is not None:
            if args.take is None:
                raise StatusappError(_("--resolve needs --take central, incoming or merged"))
            if args.take == "merged" and args.text is None:
                raise StatusappError(_("--take merged needs the merged value: give --text TEXT"))
            resolve_conflict(context, args.resolve, args.take, args.text)
            took = {"central": _("took the central value"), "incoming": _("took the incoming "
                    "value"), "merged": _("took the merged text")}[args.take]  # fmt: skip
            write_stdout(
                _("resolved conflict {number}: {took}").format(number=args.resolve, took=took)
                + "\n"
            )
            return 0
        items = open_conflicts(context)
        with database.session(write=False) as session:
            tree = load_programme_tree(session, context.programme_id)
            labels = {a.id: a.label for a in tree.walk_actions()}
    finally:
        database.close()
    from statusapp.domain.labels import field_label, value_text

    lines = [
        _(
            "{number}: {field} of {action!r}: exported {base!r}, database now {central!r}, in "
            "the file {incoming!r} ({file})"
        ).format(
            number=c.id, field=field_label(c.field),
            action=short(labels.get(c.action_id, c.action_id), 50),
            base=short(value_text(c.field, c.base)),
            central=short(value_text(c.field, c.central)),
            incoming=short(value_text(c.field, c.incoming)), file=c.source_file,
        )
        for c in items
    ]  # fmt: skip
    lines.append(
        ngettext("{count} open conflict", "{count} open conflicts", len(items)).format(
            count=len(items)
        )
    )
    write_stdout("\n".join(lines) + "\n")
    return CONFLICT_EXIT_CODE if items else 0


def _sqlite_file(db: str | None) -> Path:
    from statusapp.services.connection import sqlite_file

    path = sqlite_file(db)
    if path is None:
        raise StatusappError(_("backups are kept for SQLite files; a server database has its own"))
    if not path.exists():
        raise no_such_database(path)
    return path


def _backups(args: argparse.Namespace) -> int:
    from statusapp.services.backups import list_backups

    path = _sqlite_file(args.db)
    found = list_backups(path)
    lines = [
        f"{b.number}: {long_moment(b.created, seconds=True)}  {backup_reason(b.reason)}  {b.file}"
        for b in found
    ]
    lines.append(
        ngettext("{count} backup of {path}", "{count} backups of {path}", len(found)).format(
            count=len(found), path=path
        )
    )
    write_stdout("\n".join(lines) + "\n")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from statusapp.services.backups import restore_backup

    path = _sqlite_file(args.db)
    restored = restore_backup(path, args.number)
    chosen = restored.backup
    write_stdout(
        _("restored backup {number} ({reason}, {moment}) into {path}; {note}").format(
            number=chosen.number, reason=backup_reason(chosen.reason), path=path,
            note=restored.note,
            moment=long_moment(chosen.created, seconds=True),
        )
        + "\n"
    )  # fmt: skip
    return 0


def _print_warnings(warnings: list[str]) -> None:
    for warning in warnings:
        print(_("statusapp: note: {warning}").format(warning=warning), file=sys.stderr)
