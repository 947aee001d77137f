"""What one cell of a report's table says: an action cell's number, text, sub-items and child
actions, a planned cell split over them, an ambition cell's title, description and note.
The table reader (tables.py) decides which cell is which."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from statusapp.domain import Action, SubItem

BULLETS = ("•", "·", "▪", "◦", "‣", "∙", "●", "○", "- ", "– ", "* ", "o ")
_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*\.?)\s+(\S.*)$", re.DOTALL)
_NOTE = re.compile(r"^(?:n\.?\s?b\.?|noot|note)[:.\s]", re.IGNORECASE)
LONG_SINGLE_LINE = 100  # a one-line cell longer than this is no section heading


@dataclass(slots=True)
class Cell:
    text: str = ""
    fill: str | None = None  # RRGGBB of a solid fill; None for none
    indent: int = 0  # indentation of the text (Excel indent steps, Word points)
    bold_lead: str | None = None  # the leading bold text; None when the source has no bold
    spans_row: bool = False  # merged over the whole width of the table


def short(text: str, limit: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _bullet_text(line: str) -> str | None:
    stripped = line.strip()
    for bullet in BULLETS:
        if stripped.startswith(bullet):
            return stripped[len(bullet) :].strip()
    return None


def parse_action_cell(text: str) -> Action:
    """The action of a cell: number and text from its first line, bullet lines as sub-items,
    numbered lines ("1.1 ...") as its child actions."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n") if line.strip()]
    first = lines[0] if lines else ""
    bullet = _bullet_text(first)
    if bullet is not None:
        number, body = "•", bullet
    else:
        match = _NUMBER.match(first)
        number, body = (match.group(1), match.group(2)) if match else ("", first)
    action = Action(str(uuid.uuid4()), number, body.strip())
    current = action
    for line in lines[1:]:
        item = _bullet_text(line)
        numbered = _NUMBER.match(line)
        if item is not None:
            current.sub_items.append(SubItem(item))
        elif numbered:
            current = Action(str(uuid.uuid4()), numbered.group(1), numbered.group(2).strip())
            action.actions.append(current)
        elif current.sub_items:
            current.sub_items[-1].text += " " + line
        else:
            current.text += " " + line
    return action


def split_planned(cell: Cell | None, items: int) -> tuple[str, list[str]]:
    """The action's own planned text and its sub-items' (one line each, as the export writes)."""
    text = cell.text if cell else ""
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0] and len(lines) > items:
        lines.pop(0)
    if items and len(lines) == items + 1:
        return lines[0], lines[1:]
    if items >= 2 and len(lines) == items:
        return "", lines
    return " ".join(" ".join(lines).split()), []


# Where a one-line ambition cell's title ends: a sentence end or a colon, before more text.
# A sentence ends before a capital ("o.a. bij" goes on); a colon before anything.
_TITLE_END = re.compile(r"(?<=\S)(?:[.!?]\s+(?=[A-ZÀ-Þ0-9\"'“‘(])|:\s+(?=\S))")


def split_ambition(cell: Cell, bold_titles: bool = False) -> tuple[str, str, str]:
    """(title, description, note) of an ambition cell, by one rule for .xlsx and .docx:

    1. a bold start (shorter than the text, or a one-line cell all in bold) is the title;
    2. else, in a report that sets its titles in bold (`bold_titles`), the cell has no title;
    3. else the first line is the title;
    4. else the text up to the first sentence end or colon, whichever comes first;
    5. else the whole text is the title, with no description.
    A last paragraph "Nb. ..." of the description is the note."""
    text = cell.text.replace("\r\n", "\n").strip()
    lead = (cell.bold_lead or "").strip()
    if lead and text.startswith(lead) and (lead != text or "\n" not in text):
        title, rest = lead, text[len(lead) :]
    elif bold_titles and not lead:
        title, rest = "", text
    elif "\n" in text:
        title, rest = text.split("\n", 1)
    else:
        end = _TITLE_END.search(text)
        if end is not None:
            # The sentence's full stop stays out of the title, as a title has none.
            title, rest = text[: end.start()], text[end.end() :]
            if text[end.start()] in "!?":
                title += text[end.start()]
        else:
            title, rest = text, ""
    paragraphs = [line.strip() for line in rest.split("\n") if line.strip()]
    note = ""
    if len(paragraphs) > 1 and _NOTE.match(paragraphs[-1]):
        note = paragraphs.pop()
    return " ".join(title.split()), "\n".join(paragraphs), note


def has_bold_title(cell: Cell) -> bool:
    """The cell starts with a bold part that is not all of it: the report marks titles so."""
    text = cell.text.strip()
    lead = (cell.bold_lead or "").strip()
    return bool(lead) and text.startswith(lead) and lead != text
