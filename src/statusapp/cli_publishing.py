"""The command line's publishing commands: `check` (what to fix before publishing) and
`changes` (what changed since the previous round), and the exports' warning."""

from __future__ import annotations

import argparse
import json

from statusapp.cli_support import open_for_command, write_stdout
from statusapp.report.comparison import comparison_intro, comparison_sections, comparison_to_dict
from statusapp.services.checks import publication_checks
from statusapp.services.connection import Database
from statusapp.services.round_comparison import round_comparison
from statusapp.translation import _, current_language, ngettext

FINDINGS_EXIT_CODE = 4


def publish_command(args: argparse.Namespace) -> int:
    """The site in --out; a line on what the checks found, as the exports do."""
    from pathlib import Path

    from statusapp.errors import StatusappError
    from statusapp.services.publishing import publish_site

    if not args.out.strip():
        raise StatusappError(_("--out: give the site's folder"))
    database = open_for_command(args.db)
    try:
        summary = publish_site(
            database, Path(args.out), language=args.site_language, programme=args.programme
        )
        warning = publishing_warning(database, args.programme)
    finally:
        database.close()
    lines = [summary.describe()]
    if warning:
        lines.append(warning)
    write_stdout("\n".join(lines) + "\n")
    return 0


def check_command(args: argparse.Namespace) -> int:
    """One line per finding; exit 0 when there is none, 4 when there are."""
    database = open_for_command(args.db)
    try:
        findings = publication_checks(database, args.programme)
    finally:
        database.close()
    if args.json:
        rows = [
            {
                "kind": f.kind.value,
                "action_id": f.action_id,
                "action": f.label,
                "pillar": f.pillar,
                "problem": f.problem,
            }
            for f in findings
        ]
        write_stdout(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    else:
        lines = [finding.line() for finding in findings]
        if findings:
            lines.append(
                ngettext(
                    "{count} finding to look at before the report is published",
                    "{count} findings to look at before the report is published",
                    len(findings),
                ).format(count=len(findings))
            )
        else:
            lines.append(_("nothing found: the round is ready to publish"))
        write_stdout("\n".join(lines) + "\n")
    return FINDINGS_EXIT_CODE if findings else 0


def changes_command(args: argparse.Namespace) -> int:
    """What changed since the previous round, a heading and lines per kind of change."""
    database = open_for_command(args.db)
    try:
        comparison = round_comparison(database, args.programme)
    finally:
        database.close()
    if args.json:
        data = comparison_to_dict(comparison)
        write_stdout(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return 0
    language = current_language()
    sections = comparison_sections(comparison, language)
    lines = [comparison_intro(comparison, language)]
    for section in sections:
        lines.append("")
        lines.append(f"{section.heading} ({len(section.rows)})")
        lines.extend("  " + " | ".join(" ".join(v.split()) for v in row) for row in section.rows)
    write_stdout("\n".join(lines) + "\n")
    return 0


def publishing_warning(database: Database, programme: str | None) -> str | None:
    """The line an export adds when the checks find something."""
    count = len(publication_checks(database, programme))
    if not count:
        return None
    return ngettext(
        "note: {count} finding before publishing; statusapp check lists it",
        "note: {count} findings before publishing; statusapp check lists them",
        count,
    ).format(count=count)
