"""Creating databases: `init`, and the default database made on first start."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from statusapp.dataset import load_builtin_programme
from statusapp.domain import ProgrammeTree, TableKind
from statusapp.errors import DatabaseError, StatusappError
from statusapp.paths import default_database_path
from statusapp.services.programmes import list_programmes, save_programme
from statusapp.storage.database import Database, open_database, resolve_database_url, sqlite_path


@dataclass(frozen=True, slots=True)
class InitSummary:
    database: str
    programme: str | None
    pillars: int = 0
    ambitions: int = 0
    green_actions: int = 0
    blue_actions: int = 0

    def describe(self) -> str:
        if self.programme is None:
            return f"created {self.database} with no programme"
        return (
            f"created {self.database} with {self.programme}: {self.pillars} pillars and sections, "
            f"{self.ambitions} ambitions, {self.green_actions} programme actions, "
            f"{self.blue_actions} additional actions"
        )


def initialise_database(
    target: str | os.PathLike[str] | None, *, programme: ProgrammeTree | None = None, empty: bool = False
) -> InitSummary:
    """Create a database (or fill an empty one) holding `programme`, by default the built-in one.

    Nothing is left behind on failure: a file this call created is removed again.
    """
    if not empty and programme is None:
        programme = load_builtin_programme()  # before touching the database: a bad file changes nothing
    url = resolve_database_url(target)
    path = sqlite_path(url)
    created_file = path is not None and not path.exists()
    try:
        database = open_database(url, create=True)
    except BaseException:
        if created_file:
            _remove_sqlite_files(path)
        raise
    try:
        with database.session() as session:
            existing = list_programmes(session)
            if existing:
                raise StatusappError(
                    f"{database.display_name} already holds the programme {existing[0].name!r}; "
                    "init fills only a new or empty database"
                )
            if programme is not None and not empty:
                save_programme(session, programme)
    except BaseException:
        database.close()
        if created_file:
            _remove_sqlite_files(path)
        raise
    database.close()
    if programme is None or empty:
        return InitSummary(database.display_name, None)
    return InitSummary(
        database=database.display_name,
        programme=f"{programme.programme.name} ({programme.programme.organisation})",
        pillars=len(programme.pillars),
        ambitions=sum(1 for _ in programme.ambitions()),
        green_actions=sum(1 for _ in programme.walk_actions(TableKind.GREEN)),
        blue_actions=sum(1 for _ in programme.walk_actions(TableKind.BLUE)),
    )


def open_default_database() -> Database:
    """The database in the user's data directory, created with the built-in programme at first start."""
    path = default_database_path()
    if not path.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DatabaseError(f"cannot create the data folder {path.parent}: {error.strerror}") from None
        initialise_database(path)
    return open_database(path)


def _remove_sqlite_files(path: Path) -> None:
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        try:
            candidate.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            pass  # best effort: the error that got us here matters more
