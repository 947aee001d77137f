"""The static website for council and citizens: plain HTML and one CSS file from the Jinja2
templates in resources/site (autoescaping on: a text from the programme is never markup), with
the open data beside it. No JavaScript, no external resources; it works from file://.

The site is written into its folder file by file, each whole; what the user changed there (the
filled-in accessibility statement) or added is kept, and a folder that holds something else
than an earlier site is refused.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from statusapp.domain import ProgrammeTree, Status, TableKind
from statusapp.domain.labels import status_short_label
from statusapp.domain.status import STATUS_ORDER
from statusapp.paths import resources_dir
from statusapp.programme_json import tree_to_dict
from statusapp.report.comparison import LABELS as CHANGE_LABELS
from statusapp.report.comparison import comparison_intro, comparison_sections
from statusapp.report.document import ReportDocument
from statusapp.report.tables import PillarTable, ambition_text
from statusapp.site.folder import (
    SiteError,
    check_same_programme,
    previous_publication,
    write_publication,
)
from statusapp.site.labels import SITE_LABELS
from statusapp.translation import _, long_date, ngettext, speaking

CSV_COLUMNS = (
    "action_id", "table", "pillar", "ambition", "number", "text", "planned", "status",
    "symbol", "explanation", "owner", "round", "round_id", "reference_date",
)  # fmt: skip


@dataclass(slots=True)
class SiteContent:
    """What the site shows: the current round's report (with what changed) and, for the open
    data, every round's tree, oldest first."""

    report: ReportDocument
    rounds: list[ProgrammeTree]
    published: date


@dataclass(slots=True)
class SiteSummary:
    folder: Path
    pages: list[str] = field(default_factory=list)
    data_files: list[str] = field(default_factory=list)
    actions: int = 0
    filled_in: list[str] = field(default_factory=list)  # the user's text in the new page
    kept: list[str] = field(default_factory=list)  # changed by the user: left as they were

    def describe(self) -> str:
        pages = ngettext("{count} page", "{count} pages", len(self.pages)).format(
            count=len(self.pages)
        )
        data = ngettext(
            "{count} open data file", "{count} open data files", len(self.data_files)
        ).format(count=len(self.data_files))
        line = _("wrote the site to {folder}: {pages}, {data}").format(
            folder=self.folder, pages=pages, data=data
        )
        for name in self.filled_in:
            line += "\n" + _(
                "{file}: kept your text, in the new page's header and menu (delete the file "
                "to get the template again)"
            ).format(file=name)
        for name in self.kept:
            line += "\n" + _(
                "{file}: kept as it was, since it was changed after the last publication"
            ).format(file=name)
        return line


def _environment() -> Any:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    return Environment(
        loader=FileSystemLoader(str(resources_dir() / "site")),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _status(status: Status) -> dict[str, Any]:
    return {
        "key": status.value,
        "symbol": status.symbol,
        "words": status_short_label(status),
        "fill": status.info.colour or "#FFFFFF",
    }


def _table(table: PillarTable, green: bool) -> list[dict[str, Any]]:
    blocks = []
    for block in table.blocks:
        title, rest = ambition_text(block.ambition)
        rows = [
            {
                "id": row.action.id,
                "action": row.action_cell,
                "depth": row.depth,
                "planned": row.planned_cell,
                "status": _status(row.action.status) if green else None,
                "explanation": row.explanation,
            }
            for row in block.rows
        ]
        blocks.append({"title": title, "rest": rest, "rows": rows})
    return blocks


def _counts(report: ReportDocument, labels: dict[str, str]) -> dict[str, Any]:
    """Per green pillar the status counts, for the table and the chart."""
    rows = []
    for number, table in enumerate(report.green, 1):
        counts = dict.fromkeys(STATUS_ORDER, 0)
        for block in table.blocks:
            for row in block.rows:
                counts[row.action.status] += 1
        rows.append({
            "label": report.green_heading(table),
            "href": labels["pillar_file"].format(number=number),
            "counts": [counts[s] for s in STATUS_ORDER],
            "total": sum(counts.values()),
        })  # fmt: skip
    totals = [sum(r["counts"][i] for r in rows) for i in range(len(STATUS_ORDER))]
    widest = max((r["total"] for r in rows), default=1) or 1
    statuses = [_status(s) for s in STATUS_ORDER]
    details = "; ".join(
        labels["chart_pillar"].format(
            pillar=r["label"],
            counts=", ".join(
                f"{s['words']} {c}" for s, c in zip(statuses, r["counts"], strict=True)
            ),
        )
        for r in rows
    )
    return {
        "rows": rows, "totals": totals, "total": sum(totals), "widest": widest,
        "statuses": statuses, "description": labels["chart_desc"].format(details=details),
    }  # fmt: skip


def _open_data(rounds: list[ProgrammeTree]) -> tuple[dict[str, str], str]:
    """Per round its `list --json` file, and one CSV over all rounds."""
    files: dict[str, str] = {}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for position, tree in enumerate(rounds, 1):
        name = f"ronde-{position}.json"
        files[name] = json.dumps(tree_to_dict(tree), ensure_ascii=False, indent=2) + "\n"
        for pillar in tree.pillars:
            for ambition in pillar.ambitions:
                for action in ambition.walk_actions():
                    safe = _not_a_formula
                    writer.writerow((
                        action.id, ambition.table.value, safe(pillar.title),
                        safe(ambition.title), safe(action.number), safe(action.text),
                        safe(action.planned),
                        action.status.value if ambition.table is TableKind.GREEN else "",
                        action.status.symbol if ambition.table is TableKind.GREEN else "",
                        safe(action.explanation), safe(action.owner or ""),
                        safe(tree.round.name), tree.round.id,
                        tree.round.reference_date.isoformat(),
                    ))  # fmt: skip
    return files, out.getvalue()


def _not_a_formula(text: str) -> str:
    """A text a spreadsheet would run as a formula (=, @, or + and - before a non-space, as in
    =HYPERLINK(...) or -2+3) gets a leading apostrophe in the CSV, which spreadsheets show as
    text; the JSON keeps every text as typed. "- eerste punt" stays as it is."""
    if text[:1] in ("=", "@", "\t", "\r") or (
        text[:1] in ("+", "-") and len(text) > 1 and not text[1].isspace()
    ):
        return "'" + text
    return text


def render_site(content: SiteContent) -> dict[str, str | bytes]:
    """Every file of the site by its relative path (pages, CSS, data)."""
    report = content.report
    language = report.language
    labels = SITE_LABELS[language]
    environment = _environment()
    round_ = report.tree.round
    with speaking(language):
        green = [
            {"heading": report.green_heading(t), "file": labels["pillar_file"].format(number=n),
             "blocks": _table(t, True)}
            for n, t in enumerate(report.green, 1)
        ]  # fmt: skip
        blue = [{"heading": t.heading, "blocks": _table(t, False)} for t in report.blue]
        counts = _counts(report, labels)
        legend = [{**_status(s), "meaning": s.label(language)} for s in STATUS_ORDER]
        changes = None
        if report.changes is not None:
            changes = {
                "intro": comparison_intro(report.changes, language),
                "sections": comparison_sections(report.changes, language),
            }
    json_files, csv_text = _open_data(content.rounds)
    # (text, file, whether the text is the programme's own)
    nav = [(labels["home"], "index.html", False)]
    nav += [(table["heading"], table["file"], True) for table in green]
    if blue:
        nav.append((report.labels["blue_sheet"], labels["blue_file"], False))
    if changes is not None:
        nav.append((CHANGE_LABELS[language]["heading"], labels["changes_file"], False))
    nav.append((report.labels["legend_heading"], labels["legend_file"], False))
    nav.append((labels["statement"], labels["statement_file"], False))
    common = {
        "lang": language,
        # The programme's language where its texts appear in a site of another language.
        "content_lang": (
            report.tree.programme.language if report.tree.programme.language != language else None
        ),
        "labels": labels,
        "report_labels": report.labels,
        "change_labels": CHANGE_LABELS[language],
        "programme": report.tree.programme,
        "round_line": labels["round_line"].format(
            round=round_.name, date=long_date(round_.reference_date, language)
        ),
        "nav": nav,
        "published": long_date(content.published, language),
        "green_captions": report.green_captions,
        "blue_captions": report.blue_captions,
        "data_rounds": [
            (labels["data_json"].format(round=tree.round.name), f"data/ronde-{n}.json")
            for n, tree in enumerate(content.rounds, 1)
        ],
    }

    def page(template: str, file: str, title: str, **values: Any) -> tuple[str, str]:
        html = environment.get_template(template).render(
            **common, page_title=title, current=file, **values
        )
        return file, html

    pages = [
        page("index.html", "index.html", report.tree.programme.name, counts=counts, green=green),
        *(page("pillar.html", t["file"], t["heading"], table=t) for t in green),
    ]
    if blue:
        pages.append(page("blue.html", labels["blue_file"], report.labels["blue_title"],
                          tables=blue))  # fmt: skip
    if changes is not None:
        pages.append(page("changes.html", labels["changes_file"],
                          CHANGE_LABELS[language]["heading"], changes=changes))  # fmt: skip
    pages.append(page("legend.html", labels["legend_file"], report.labels["legend_heading"],
                      legend=legend))  # fmt: skip
    pages.append(page(f"toegankelijkheid.{language}.html", labels["statement_file"],
                      labels["statement"]))  # fmt: skip
    files: dict[str, str | bytes] = dict(pages)
    files["site.css"] = (resources_dir() / "site" / "site.css").read_text(encoding="utf-8")
    for name, text in json_files.items():
        files[f"data/{name}"] = text
    files["data/acties.csv"] = "\ufeff" + csv_text  # the BOM: Excel then reads UTF-8
    return files


def write_site(content: SiteContent, folder: Path) -> SiteSummary:
    """The site in `folder`, written into it (see site/folder.py): what the user changed or
    added is kept, the folder's permissions and a link to it stay, and a write that fails
    leaves the old site as it was."""
    folder = Path(folder).expanduser().resolve()
    if folder.exists() and not folder.is_dir():
        raise SiteError(_("{folder}: is a file, not a folder").format(folder=folder))
    if folder.parent.exists() and not folder.parent.is_dir():
        raise SiteError(_("{folder}: is a file, not a folder").format(folder=folder.parent))
    if not folder.parent.is_dir():
        raise SiteError(
            _("{folder}: the folder {parent} does not exist").format(
                folder=folder, parent=folder.parent
            )
        )
    previous = previous_publication(folder)
    if previous is None:
        raise SiteError(
            _(
                "{folder}: holds other files than a site Statusapp wrote; choose an empty or new "
                "folder"
            ).format(folder=folder)
        )
    programme = content.report.tree.programme
    round_ids = [tree.round.id for tree in content.rounds]
    check_same_programme(folder, previous, programme.id, programme.name, round_ids)
    files = {
        name: data if isinstance(data, bytes) else data.encode("utf-8")
        for name, data in render_site(content).items()
    }
    outcome = write_publication(folder, files, programme.id, round_ids)
    summary = SiteSummary(folder, filled_in=outcome.filled_in, kept=outcome.kept)
    summary.pages = [name for name in files if name.endswith(".html")]
    summary.data_files = [name for name in files if name.startswith("data/")]
    summary.actions = sum(t.row_count for t in content.report.green + content.report.blue)
    return summary
