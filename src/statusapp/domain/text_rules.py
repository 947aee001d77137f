"""The one rule for what text the programme holds, shared by the editor, the command line and
every reader, so every stored value exports and imports back unchanged.

Refused everywhere: control characters (a workbook cannot hold most of them, so an export would
silently drop them), bidirectional controls (they make text read differently than it is stored)
and the code points XML cannot carry. Line breaks are kept in multi-line fields (stored as LF)
and refused in names.
"""

from __future__ import annotations

import re

from statusapp.errors import StatusappError
from statusapp.translation import _, whole_number

# C0 controls but tab, LF and CR; DEL and C1; bidi marks, embeddings, overrides and isolates;
# lone surrogates and the non-characters XML 1.0 forbids.
_BIDI_CLASS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_REFUSED = re.compile(
    f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_BIDI_CLASS}\ud800-\udfff\ufffe\uffff]"
)
_BIDI = re.compile(f"[{_BIDI_CLASS}]")
_LINE_BREAK = re.compile("[\r\n\u2028\u2029\x85]")
# A spreadsheet cell holds 32,767 characters; the rest leaves room for what an export puts
# beside a text in its cell (an action's number, an ambition's title).
MAX_TEXT_CHARACTERS = 32_000


class InvalidTextError(StatusappError):
    """A text with a character the programme does not hold; the message names the field."""


def refused_character(value: str) -> str | None:
    """The first refused character of `value`, or None."""
    match = _REFUSED.search(value)
    return match.group() if match else None


def is_bidi_control(character: str) -> bool:
    """A bidirectional mark, embedding, override or isolate (text that reads otherwise than
    stored)."""
    return _BIDI.match(character) is not None


def describe_refusal(field: str, character: str) -> str:
    """One line naming the field and the character (as U+XXXX) and what to do."""
    code = f"U+{ord(character):04X}"
    if is_bidi_control(character):
        return _(
            "{field}: holds a right-to-left control character ({code}), which can disguise "
            "what the text says; remove it"
        ).format(field=field, code=code)
    return _("{field}: holds a control character ({code}) that cannot be stored; remove it").format(
        field=field, code=code
    )


def check_explanation_limit(field: str, value: object) -> int:
    """The programme's soft limit for explanations, or InvalidTextError naming `field`."""
    from statusapp.domain.model import EXPLANATION_LIMITS

    if isinstance(value, bool) or not isinstance(value, int) or value not in EXPLANATION_LIMITS:
        raise InvalidTextError(
            _(
                "{field}: must be a whole number of characters from {low} to {high}, not {value!r}"
            ).format(
                field=field,
                low=EXPLANATION_LIMITS.start,
                high=EXPLANATION_LIMITS.stop - 1,
                value=value,
            )
        )
    return value


def check_text(
    field: str, value: str, *, single_line: bool = False, limit: int | None = None
) -> str:
    """`value` as stored (CR LF and CR become LF), or InvalidTextError naming `field`.

    `single_line`: names and titles of one line (owner, round, programme) refuse line breaks.
    `limit`: the most characters it may hold (default MAX_TEXT_CHARACTERS).
    """
    limit = MAX_TEXT_CHARACTERS if limit is None else limit
    if len(value) > limit:
        raise InvalidTextError(
            _(
                "{field}: {count} characters, more than the {limit} a text may hold (it must "
                "fit a spreadsheet cell); shorten it"
            ).format(field=field, count=whole_number(len(value)), limit=whole_number(limit))
        )
    character = refused_character(value)
    if character is not None:
        raise InvalidTextError(describe_refusal(field, character))
    if single_line:
        if _LINE_BREAK.search(value):
            raise InvalidTextError(
                _("{field}: must be one line (it holds a line break)").format(field=field)
            )
        return value
    return value.replace("\r\n", "\n").replace("\r", "\n")
