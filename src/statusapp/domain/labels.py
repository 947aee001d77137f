"""How users know statuses and fields, in the current language: "+ op schema", "Toelichting".

The core's messages (previews, conflicts, refusals) and the window use these, never the ids.
"""

from __future__ import annotations

from statusapp.domain.status import Status
from statusapp.translation import _


def status_short_label(status: Status) -> str:
    """The one short name of a status ("op schema"); the report's sentence is `Status.label`."""
    labels = {
        Status.DONE: _("done"),
        Status.ON_TRACK: _("on track"),
        Status.LONGER: _("longer lead time"),
        Status.DELAYED: _("delayed"),
        Status.NONE: _("no status"),
    }
    return labels[status]


def status_caption(status: Status) -> str:
    """The report's symbol and the short name: "+ op schema"; "geen status" has no symbol."""
    return f"{status.symbol} {status_short_label(status)}".strip()


def field_label(name: str) -> str:
    """A field's name as the report's column or the editor's label shows it ("Toelichting")."""
    labels = {
        "status": _("Status"),
        "planned": _("Planned"),
        "explanation": _("Explanation"),
        "owner": _("Owner"),
        "sub_items": _("Sub-items"),
        "text": _("Action text"),
        "number": _("Number"),
        "title": _("Title"),
        "description": _("Description"),
        "note": _("Note"),
    }
    return labels.get(name, name)


def value_text(field: str, value: str) -> str:
    """A field's value as users read it: a status id becomes "+ op schema"; text stays text."""
    if field == "status":
        try:
            return status_caption(Status(value or "none"))
        except ValueError:
            return value
    return value


def backup_reason(reason: str) -> str:
    """Why a backup was made, in words; the stored reason ("consolidation", "schema-0004") is
    also part of the file's name, so it stays as it is there."""
    if reason.startswith("schema-"):
        return _("before the schema upgrade to {revision}").format(revision=reason[7:])
    reasons = {
        "consolidation": _("before a consolidation"),
        "before-restore": _("before a restore"),
    }
    return reasons.get(reason, reason)


def shorten(text: str, limit: int = 60) -> str:
    """A text cut for a message: on one line, ending in "…" when it was cut."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def quoted_sheet(sheet: str) -> str:
    """A sheet's name as a spreadsheet quotes it: '1 Veilig wonen' ('' for a quote)."""
    return "'" + sheet.replace("'", "''") + "'"


def cell_name(sheet: str, cell: str) -> str:
    """A cell the way Excel and Calc name it: '1 Veilig wonen'!D7."""
    return f"{quoted_sheet(sheet)}!{cell}"


def row_name(sheet: str, row: int | str) -> str:
    """A row of a sheet: '1 Veilig wonen' rij 7."""
    return _("{sheet} row {row}").format(sheet=quoted_sheet(sheet), row=row)
