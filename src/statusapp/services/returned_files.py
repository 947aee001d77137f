"""Which programme returned files belong to: a workbook's data sheet names it, a laptop's
database holds it. In a database of several programmes, `import` and `consolidate` take it so
that a returned file needs no --programme."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from statusapp.errors import StatusappError
from statusapp.excel.reader import read_workbook
from statusapp.services.connection import Database
from statusapp.services.programmes import programmes_in


def programme_of_files(database: Database, programme: str | None, files: list[Path]) -> str | None:
    """`programme` when given, else (in a database of several programmes) the one the first
    file comes from; None when the database has one programme or the file names none of them."""
    if programme is not None:
        return programme
    known = {p.id for p in programmes_in(database)}
    if len(known) < 2:
        return None
    for path in files:
        try:
            if path.suffix.lower() == ".xlsx":
                named = read_workbook(path).meta.get("programme", {}).get("id")
            else:  # a laptop's database: the programme it holds
                named = programme_of_laptop(path, known)
        except StatusappError:
            return None  # the consolidation itself says what is wrong with the file
        return named if named in known else None
    return None


def programme_of_laptop(path: Path, known: set[str]) -> str | None:
    """The programme among `known` that a laptop's database holds, read without touching the
    file (no upgrade, no journal): the consolidation reads it again from a copy."""
    try:
        laptop = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True)
        try:
            found = [row[0] for row in laptop.execute("SELECT id FROM programmes")]
        finally:
            laptop.close()
    except sqlite3.Error:
        return None  # not a Statusapp database: the consolidation says so
    found = [programme for programme in found if programme in known]
    return found[0] if len(found) == 1 else None
