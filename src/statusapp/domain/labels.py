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
