"""The report as a tagged PDF (PDF/UA-1), typeset by Typst from resources/typst/report.typ.

Typst writes the structure tree (headings, tables with TH/TD and header scope, the header row
repeated and marked as such), the document language, the title and the PDF/UA identification;
Qt's PDF writer can tag none of these. The same pages, as images, are what the window prints
and previews. Fonts come from resources/fonts only, so the file is the same on every machine.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from statusapp.documents.font_coverage import Coverage, coverage_of
from statusapp.domain import Status
from statusapp.domain.labels import status_short_label
from statusapp.domain.status import STATUS_ORDER
from statusapp.paths import resources_dir
from statusapp.report.captions import BLUE_FILL, GREEN_FILL
from statusapp.report.comparison import LABELS as COMPARISON_LABELS
from statusapp.report.comparison import comparison_intro, comparison_sections
from statusapp.report.document import (
    DocumentError,
    DocumentSummary,
    ReportDocument,
    check_target,
    write_atomically,
)
from statusapp.report.tables import PillarTable, ambition_text, may_be_taller_than_a_page
from statusapp.translation import _, long_date, ngettext, speaking

REGIONS = {"nl": "NL", "en": "GB"}
# Rows with fewer characters or lines than these fit on a page whatever the column: only the
# others are measured by the template (and split over pages when taller than one).
NO_FILL_TEXT = "#000000"


def template_path() -> Path:
    return resources_dir() / "typst" / "report.typ"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def _status_fields(status: Status) -> dict[str, Any]:
    info = status.info
    return {
        "symbol": info.symbol,
        "status": status_short_label(status),
        "fill": info.colour,
        "text_fill": info.text_colour if info.colour else NO_FILL_TEXT,
    }


def _table(report: ReportDocument, table: PillarTable, green: bool) -> dict[str, Any]:
    blocks = []
    for block in table.blocks:
        title, rest = ambition_text(block.ambition)
        rows = []
        for row in block.rows:
            texts = (row.action_cell, row.planned_cell, row.explanation)
            fields: dict[str, Any] = {
                "action": row.action_cell,
                "depth": row.depth,
                "planned": row.planned_cell,
                "explanation": row.explanation,
                "long": may_be_taller_than_a_page(texts),
            }
            if green:
                fields.update(_status_fields(row.action.status))
            rows.append(fields)
        blocks.append({"title": title, "rest": rest, "rows": rows})
    heading = report.green_heading(table) if green else table.heading
    return {"heading": heading, "blocks": blocks}


def report_data(report: ReportDocument) -> dict[str, Any]:
    """Everything the template shows, as plain JSON (texts in the document's language)."""
    title, subtitle, round_line = report.title_lines()
    round_ = report.tree.round
    own = report.tree.programme.language
    with speaking(report.language):
        legend = [
            {**_status_fields(status), "meaning": status.label(report.language)}
            for status in STATUS_ORDER
        ]
        green = [_table(report, table, True) for table in report.green]
        blue = [_table(report, table, False) for table in report.blue]
    return {
        "lang": report.language,
        "region": REGIONS.get(report.language, ""),
        "content_lang": own if own != report.language else None,
        "content_region": REGIONS.get(own, ""),
        "title": title,
        # As the Word document's: the programme and the round (a viewer's window title).
        "document_title": f"{title} — {round_.name}",
        "organisation": report.tree.programme.organisation or title,
        "subtitle": subtitle,
        "round_line": round_line,
        "round_name": round_.name,
        "reference_date": long_date(round_.reference_date, report.language),
        "labels": report.labels,
        "green_captions": list(report.green_captions),
        "blue_captions": list(report.blue_captions),
        "green_fill": f"#{GREEN_FILL}",
        "blue_fill": f"#{BLUE_FILL}",
        "green": green,
        "blue": blue,
        "legend": legend,
        "legend_note": report.labels["legend_note"],
        "changes": _changes(report),
    }


def _changes(report: ReportDocument) -> dict[str, Any] | None:
    if report.changes is None:
        return None
    language = report.language
    return {
        "heading": COMPARISON_LABELS[language]["heading"],
        "intro": comparison_intro(report.changes, language),
        "sections": [
            {
                "heading": s.heading,
                "key": s.key,
                "captions": list(s.captions),
                "rows": [{"cells": list(r), "long": may_be_taller_than_a_page(r)} for r in s.rows],
            }
            for s in comparison_sections(report.changes, language)
        ],
    }


def _printable(value: Any, coverage: Coverage, missing: set[str]) -> Any:
    if isinstance(value, str):
        return coverage.printable(value, missing)
    if isinstance(value, list):
        return [_printable(item, coverage, missing) for item in value]
    if isinstance(value, dict):
        return {key: _printable(item, coverage, missing) for key, item in value.items()}
    return value


def _payload(report: ReportDocument, missing: set[str]) -> str:
    data = _printable(report_data(report), coverage_of(fonts_dir()), missing)
    return json.dumps(data, ensure_ascii=False)


def _compile(report: ReportDocument, missing: set[str] | None = None, **options: Any) -> Any:
    import typst  # loaded only when a PDF is made: the window starts without it

    try:
        return typst.compile(
            str(template_path()),
            root=str(template_path().parent),
            font_paths=[str(fonts_dir())],
            ignore_system_fonts=True,
            sys_inputs={"report": _payload(report, set() if missing is None else missing)},
            **options,
        )
    except typst.TypstError as error:  # a template fault, never the user's data
        raise DocumentError(
            _("the PDF could not be typeset: {reason}").format(reason=str(error).splitlines()[0])
        ) from None


_PAGE_COUNT = re.compile(rb"<xmpTPg:NPages>(\d+)</xmpTPg:NPages>")


def pdf_bytes(report: ReportDocument, missing: set[str] | None = None) -> tuple[bytes, int]:
    """The PDF/UA-1 file's bytes and its page count; `missing` gets the characters written
    by name, as the fonts have no glyph for them."""
    data = _compile(report, missing, format="pdf", pdf_standards=["ua-1"])
    found = _PAGE_COUNT.search(data)
    return data, int(found[1]) if found else 0


def page_images(report: ReportDocument, ppi: float) -> list[bytes]:
    """The same pages as PNG images, for printing and the print preview."""
    pages = _compile(report, format="png", ppi=ppi)
    return pages if isinstance(pages, list) else [pages]


def write_pdf(report: ReportDocument, path: Path) -> DocumentSummary:
    """The PDF file, whole or not at all."""
    path = check_target(path, ".pdf", "PDF")
    summary = DocumentSummary(path)
    summary.tables = len(report.green) + len(report.blue)
    summary.green_rows = sum(t.row_count for t in report.green)
    summary.blue_rows = sum(t.row_count for t in report.blue)
    missing: set[str] = set()
    data, summary.pages = pdf_bytes(report, missing)
    if missing:
        import unicodedata

        first = sorted(missing)[0]
        example = f"[{unicodedata.name(first, f'U+{ord(first):04X}')}]"
        shown = " ".join(sorted(missing)[:10]) + (" …" if len(missing) > 10 else "")
        summary.notes.append(
            ngettext(
                "{count} character has no glyph in the PDF's font and is written by its name, "
                "such as {example}: {characters}",
                "{count} characters have no glyph in the PDF's font and are written by their "
                "names, such as {example}: {characters}",
                len(missing),
            ).format(count=len(missing), example=example, characters=shown)
        )
    write_atomically(path, lambda temporary: temporary.write_bytes(data))
    return summary
