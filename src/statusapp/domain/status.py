"""The five statuses of an action, with symbol, labels and colour used everywhere."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Status(StrEnum):
    DONE = "done"
    ON_TRACK = "on_track"
    LONGER = "longer"
    DELAYED = "delayed"
    NONE = "none"

    @property
    def info(self) -> StatusInfo:
        return _INFO[self]

    @property
    def symbol(self) -> str:
        return _INFO[self].symbol

    @property
    def colour(self) -> str | None:
        return _INFO[self].colour

    def label(self, language: str = "nl") -> str:
        info = _INFO[self]
        return info.label_nl if language == "nl" else info.label_en


@dataclass(frozen=True, slots=True)
class StatusInfo:
    symbol: str
    label_nl: str
    label_en: str
    colour: str | None  # fill colour as #RRGGBB; None: no fill
    text_colour: str  # readable on the fill


_INFO: dict[Status, StatusInfo] = {
    Status.DONE: StatusInfo("✓", "afgerond", "done", "#00B050", "#000000"),
    Status.ON_TRACK: StatusInfo(
        "+",
        "loopt conform of voor op planning, ook als het nog niet is afgerond",
        "on or ahead of schedule, even if not yet finished",
        "#92D050",
        "#000000",
    ),
    Status.LONGER: StatusInfo(
        "+/-",
        "traject loopt, maar heeft langere doorlooptijd",
        "under way, but taking longer than planned",
        "#FFC000",
        "#000000",
    ),
    Status.DELAYED: StatusInfo(
        "-",
        "nog niet gestart, loopt vertraging op",
        "not yet started, or delayed",
        "#FF0000",
        "#FFFFFF",
    ),
    Status.NONE: StatusInfo("", "nog niet gepland", "not yet planned", None, "#000000"),
}

# Report order: the legend and counts list statuses this way.
STATUS_ORDER: tuple[Status, ...] = tuple(Status)


# Status as people type it in a spreadsheet cell (case-insensitive, spaces ignored).
_TYPED_FORMS: dict[str, Status] = {
    "": Status.NONE,
    "✓": Status.DONE,
    "✔": Status.DONE,
    "v": Status.DONE,
    "x": Status.DONE,
    "ok": Status.DONE,
    "afgerond": Status.DONE,
    "done": Status.DONE,
    "+": Status.ON_TRACK,
    "+/-": Status.LONGER,
    "±": Status.LONGER,
    "+/−": Status.LONGER,
    "+/–": Status.LONGER,
    "+-": Status.LONGER,
    "-": Status.DELAYED,
    "−": Status.DELAYED,
    "–": Status.DELAYED,
}


def parse_status_text(text: str | None) -> Status:
    """The status a typed cell means: the report's symbols and their common variants.

    Raises ValueError for anything else.
    """
    key = "".join((text or "").split()).casefold()
    if key in _TYPED_FORMS:
        return _TYPED_FORMS[key]
    for status in Status:  # the status's own id or legend text, in either language
        if key in (status.value, "".join(status.label("nl").split()).casefold(),
                   "".join(status.label("en").split()).casefold()):  # fmt: skip
            return status
    raise ValueError(
        f"{text!r} is no status; use ✓ (or v, x, ok), +, +/- (or ±), - or leave it empty"
    )
