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
LONG_SINGLE_LINE = 100  # a one-line ambition cell longer than this is a description, no title


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


def split_ambition(cell: Cell) -> tuple[str, str, str]:
    """(title, description, note) of an ambition cell: the bold lead or the first line is the
    title, the rest the description; a last paragraph "Nb. ..." is the note."""
    text = cell.text.replace("\r\n", "\n").strip()
    lead = (cell.bold_lead or "").strip()
    if lead and text.startswith(lead):
        title, rest = lead, text[len(lead) :]
    elif "\n" in text:
        title, rest = text.split("\n", 1)
    elif len(text) > LONG_SINGLE_LINE:
        title, rest = "", text
    else:
        title, rest = text, ""
    paragraphs = [line.strip() for line in rest.split("\n") if line.strip()]
    note = ""
    if len(paragraphs) > 1 and _NOTE.match(paragraphs[-1]):
        note = paragraphs.pop()
    return " ".join(title.split()), "\n".join(paragraphs), note
