"""Reading a tagged PDF's structure tree in tests: elements with their tag, attributes, pages and
text (the text from poppler's `pdfinfo -struct-text`, which resolves the marked content)."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pikepdf


@dataclass
class Element:
    tag: str
    attributes: dict[str, object]
    pages: set[int]  # pages holding this element's own marked content
    children: list[Element] = field(default_factory=list)

    def walk(self):  # type: ignore[no-untyped-def]
        yield self
        for child in self.children:
            yield from child.walk()

    def all_pages(self) -> set[int]:
        return set().union(*(element.pages for element in self.walk()))

    def find(self, tag: str) -> list[Element]:
        return [element for element in self.walk() if element.tag == tag]


def _attributes(node: pikepdf.Dictionary) -> dict[str, object]:
    found: dict[str, object] = {}
    value = node.get("/A")
    for entry in value if isinstance(value, pikepdf.Array) else [value] if value else []:
        if isinstance(entry, pikepdf.Dictionary):
            for key, item in entry.items():
                found[key] = item
    return found


def structure_tree(pdf: pikepdf.Pdf) -> Element:
    pages = {page.obj.objgen: number for number, page in enumerate(pdf.pages)}

    def page_of(node: pikepdf.Dictionary) -> int | None:
        page = node.get("/Pg")
        return pages.get(page.objgen) if page is not None else None

    def read(node: pikepdf.Dictionary) -> Element:
        element = Element(str(node.get("/S", "/StructTreeRoot"))[1:], _attributes(node), set())
        kids = node.get("/K")
        for kid in kids if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else []:
            if isinstance(kid, int):  # marked content on the element's own page
                if (number := page_of(node)) is not None:
                    element.pages.add(number)
            elif isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                element.children.append(read(kid))
            elif isinstance(kid, pikepdf.Dictionary):  # a marked-content or object reference
                number = page_of(kid) if "/Pg" in kid else page_of(node)
                if number is not None:
                    element.pages.add(number)
        return element

    return read(pdf.Root.StructTreeRoot)


def _joined(lines: list[str]) -> str:
    """A cell's lines as one text: a line wrapped at a space or inside a word ("woon-",
    "2023/") goes on directly; a forced line break (after a status symbol) reads as a space."""
    text = ""
    for line in lines:
        wrapped = not text or text.endswith(" ") or re.search(r"\w[-/]$", text)
        text += line if wrapped else " " + line
    return text


def cell_texts(pdf: Path) -> dict[str, list[str]]:
    """The text of every TH and TD, per tag, as `pdfinfo -struct-text` reads it."""
    if shutil.which("pdfinfo") is None:
        raise RuntimeError("needs pdfinfo (poppler-utils)")
    lines = subprocess.run(
        ["pdfinfo", "-struct-text", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    cells: dict[str, list[str]] = {"TH": [], "TD": []}
    current: tuple[str, int] | None = None
    parts: list[str] = []
    for line in [*lines, ""]:
        depth = len(line) - len(line.lstrip())
        if current and (depth <= current[1] or not line.strip()):
            cells[current[0]].append(_joined(parts))
            current, parts = None, []
        if match := re.match(r"^(\s*)(TH|TD)\b", line):
            current, parts = (match[2], len(match[1])), []
        elif current and (text := re.match(r'^\s*"(.*)"', line)):
            parts.append(text[1])
    return cells
