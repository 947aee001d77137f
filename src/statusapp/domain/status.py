"""The five statuses of an action, with symbol, labels and colour used everywhere."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from statusapp.translation import _


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
    from statusapp.domain.labels import status_caption, status_short_label

    def squeezed(text: str) -> str:
        return "".join(text.split()).casefold()

    for status in Status:  # its id, legend text (either language), or name as messages show it
        names = (status.label("nl"), status.label("en"), status_caption(status))
        if key in (status.value, squeezed(status_short_label(status)), *map(squeezed, names)):
            return status
    raise ValueError(
        _("{text!r} is no status; use ✓ (or v, x, ok), +, +/- (or ±), - or leave it empty").format(
            text=text
        )
    )


def status_from_fill(colour: str) -> Status | None:
    """The status a cell's fill colour (RRGGBB) stands for, by colour family: green (done),
    light green (on track), orange or yellow (longer), red (delayed). White, grey and black
    mean no status (None). Raises ValueError for any other colour."""
    import colorsys

    text = colour.strip().lstrip("#")[-6:]
    try:
        red, green, blue = (int(text[i : i + 2], 16) / 255 for i in (0, 2, 4))
    except ValueError:
        raise ValueError(_("{colour!r} is no colour").format(colour=colour)) from None
    hue, saturation, value = colorsys.rgb_to_hsv(red, green, blue)
    degrees = hue * 360
    if saturation < 0.12 or value < 0.15:
        return None
    if degrees < 15 or degrees >= 330:
        return Status.DELAYED
    if degrees < 65:
        return Status.LONGER
    if degrees < 170:
        # Yellowish greens (#92D050) and pale greens (#C6EFCE) are the report's light green.
        return Status.ON_TRACK if degrees < 105 or saturation < 0.45 else Status.DONE
    raise ValueError(
        _("the fill colour #{colour} is no status colour (green, light green, orange, red)").format(
            colour=text.upper()
        )
    )
