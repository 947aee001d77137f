"""Which characters the PDF's embedded fonts can show, read from their `cmap` tables.

PDF/UA forbids text drawn without a glyph, so Typst refuses a character the fonts lack (an
emoji, a Chinese word). Such a character is written by its Unicode name instead ("[PARTY
POPPER]"), and the export says which: the text stays readable and nothing silently disappears.
"""

from __future__ import annotations

import bisect
import struct
import unicodedata
from functools import cache
from pathlib import Path


def _ranges(font: bytes) -> list[tuple[int, int]]:
    """The code point ranges of the best Unicode subtable (format 12, else format 4)."""
    tables = struct.unpack_from(">H", font, 4)[0]
    cmap = None
    for index in range(tables):
        tag, _checksum, offset, _length = struct.unpack_from(">4sIII", font, 12 + 16 * index)
        if tag == b"cmap":
            cmap = offset
    if cmap is None:
        return []
    subtables = {}
    for index in range(struct.unpack_from(">H", font, cmap + 2)[0]):
        platform, encoding, offset = struct.unpack_from(">HHI", font, cmap + 4 + 8 * index)
        subtables[(platform, encoding)] = cmap + offset
    for key in ((3, 10), (0, 4), (3, 1), (0, 3)):
        start = subtables.get(key)
        if start is None:
            continue
        kind = struct.unpack_from(">H", font, start)[0]
        if kind == 12:
            groups = struct.unpack_from(">I", font, start + 12)[0]
            return [struct.unpack_from(">II", font, start + 16 + 12 * i) for i in range(groups)]
        if kind == 4:
            segments = struct.unpack_from(">H", font, start + 6)[0] // 2
            ends = struct.unpack_from(f">{segments}H", font, start + 14)
            starts = struct.unpack_from(f">{segments}H", font, start + 16 + 2 * segments)
            return [(s, e) for s, e in zip(starts, ends, strict=True) if s != 0xFFFF]
    return []


class Coverage:
    """The characters every one of the fonts has a glyph for."""

    def __init__(self, fonts: list[Path]) -> None:
        per_font = [sorted(_ranges(path.read_bytes())) for path in fonts]
        self._fonts = [([s for s, _e in r], [e for _s, e in r]) for r in per_font]

    def covers(self, character: str) -> bool:
        point = ord(character)
        for starts, ends in self._fonts:
            at = bisect.bisect_right(starts, point) - 1
            if at < 0 or ends[at] < point:
                return False
        return True

    def printable(self, text: str, missing: set[str]) -> str:
        """`text` with each character no font shows written by its name; adds them to
        `missing`. Invisible joiners and variation selectors the fonts lack are left out."""
        text = text.replace("\t", " ")  # Typst draws a tab as nothing
        if text.isascii():
            return text
        parts = []
        replaced = False  # the character before was written by name
        for character in text:
            selector = "\ufe00" <= character <= "\ufe0f"
            if selector and replaced:
                continue  # an emoji's presentation selector: nothing left to select
            if character == "\n" or self.covers(character):
                parts.append(character)
                replaced = False
            elif unicodedata.category(character) == "Cf" or selector:
                continue  # a zero-width joiner or selector the fonts lack
            else:
                missing.add(character)
                name = unicodedata.name(character, f"U+{ord(character):04X}")
                parts.append(f"[{name}]")
                replaced = True
        return "".join(parts)


@cache
def coverage_of(folder: Path) -> Coverage:
    return Coverage(sorted(folder.glob("*.ttf")))
