"""Creating databases: `init`, and the default database made on first start."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from statusapp.dataset import load_builtin_programme
from statusapp.domain import PillarKind, Programme, ProgrammeTree, ReportingRound, TableKind
from statusapp.domain.text_rules import check_text
from statusapp.errors import DatabaseError, StatusappError, os_reason
from statusapp.paths import default_database_path
from statusapp.services.programmes import list_programmes, save_programme
from statusapp.services.rights import Operation, require
from statusapp.storage.database import Database, open_database, resolve_database_url, sqlite_path
from statusapp.translation import _, ngettext


@dataclass(frozen=True, slots=True)
class InitSummary:
    database: str
    programme: str | None
    pillars: int = 0
    sections: int = 0
    green_ambitions: int = 0
    green_actions: int = 0
    blue_ambitions: int = 0
    blue_actions: int = 0
    added: bool = False  # a further programme in a database that held one already

    @classmethod
    def of(cls, database: str, tree: ProgrammeTree, *, added: bool = False) -> InitSummary:
        def count(items: object) -> int:
            return sum(1 for _ in items)  # type: ignore[attr-defined]

        return cls(
            database=database,
            added=added,
            programme=tree.programme.name
            + (f" ({tree.programme.organisation})" if tree.programme.organisation else ""),
            pillars=count(p for p in tree.pillars if p.kind is PillarKind.PILLAR),
            sections=count(p for p in tree.pillars if p.kind is PillarKind.SECTION),
            green_ambitions=count(tree.ambitions(TableKind.GREEN)),
            green_actions=count(tree.walk_actions(TableKind.GREEN)),
            blue_ambitions=count(tree.ambitions(TableKind.BLUE)),
            blue_actions=count(tree.walk_actions(TableKind.BLUE)),
        )

    def describe(self) -> str:
        if self.programme is None:
            return _("created {database} with no programme").format(database=self.database)

        contents = _(
            "{pillars} and {sections}; green tables: {green_ambitions}, {green_actions}; blue "
            "tables: {blue_ambitions}, {blue_actions}"
        ).format(
            pillars=ngettext("{count} pillar", "{count} pillars", self.pillars).format(
                count=self.pillars
            ),
            sections=ngettext(
                "{count} other section", "{count} other sections", self.sections
            ).format(count=self.sections),
            green_ambitions=ngettext(
                "{count} ambition", "{count} ambitions", self.green_ambitions
            ).format(count=self.green_ambitions),
            green_actions=ngettext(
                "{count} programme action", "{count} programme actions", self.green_actions
            ).format(count=self.green_actions),
            blue_ambitions=ngettext(
                "{count} ambition", "{count} ambitions", self.blue_ambitions
            ).format(count=self.blue_ambitions),
            blue_actions=ngettext(
                "{count} additional action", "{count} additional actions", self.blue_actions
            ).format(count=self.blue_actions),
        )
        if self.added:
            text = _("added to {database} {programme}: {contents}")
        else:
            text = _("created {database} with {programme}: {contents}")
        return text.format(database=self.database, programme=self.programme, contents=contents)


def initialise_database(
    target: str | os.PathLike[str] | None,
    *,
    programme: ProgrammeTree | None = None,
    empty: bool = False,
    add: bool = False,
) -> InitSummary:
    """Create a database (or fill an empty one) holding `programme`, by default the built-in one.

    `add` puts the programme beside those the database holds already (its name must differ).
    Nothing is left behind on failure: a file this call created is removed again; the
    programme is written in one transaction.
    """
    if not empty and programme is None:
        programme = (
            load_builtin_programme()
        )  # before touching the database: a bad file changes nothing
    if programme is not None and not empty:
        check_programme_names(programme)
    url = resolve_database_url(target)
    path = sqlite_path(url)
    created_file = path is not None and not path.exists()
    try:
        database = open_database(url, create=True)
    except BaseException:
        if created_file:
            remove_sqlite_files(path)
        raise
    try:
        with database.session() as session:
            existing = list_programmes(session)
            if existing and not add:
                raise StatusappError(
                    _(
                        "{database} already holds the programme {name!r}; init fills only a new "
                        "or empty database (add --add to put a further programme beside it)"
                    ).format(database=database.display_name, name=existing[0].name)
                )
            if programme is not None and not empty:
                clash = programme.programme.name.strip().casefold()
                if any(p.name.strip().casefold() == clash for p in existing):
                    raise StatusappError(
                        _(
                            "{database} already holds a programme named {name!r}; choose another "
                            "name (--name)"
                        ).format(database=database.display_name, name=programme.programme.name)
                    )
            if programme is not None and not empty:
                save_programme(session, programme)
    except BaseException:
        database.close()
        if created_file:
            remove_sqlite_files(path)
        raise
    database.close()
    if programme is None or empty:
        return InitSummary(database.display_name, None)
    return InitSummary.of(database.display_name, programme, added=bool(add and existing))


def new_programme_tree(
    name: str, organisation: str, round_name: str, reference_date: date
) -> ProgrammeTree:
    """An empty programme with its first round, to fill in from scratch."""
    if not name.strip():
        raise StatusappError(_("a programme needs a name"))
    tree = ProgrammeTree(
        Programme(str(uuid.uuid4()), name.strip(), organisation.strip(), ""),
        ReportingRound(str(uuid.uuid4()), round_name.strip() or name.strip(), reference_date),
    )
    check_programme_names(tree)
    return tree


def check_programme_names(tree: ProgrammeTree) -> None:
    """The names a programme is known by follow the one text rule and stand on one line: they
    go into window titles, file names, workbook properties and mails."""
    programme = tree.programme
    for label, value in (
        ("the programme's name", programme.name),
        ("the organisation", programme.organisation),
        ("the programme's term", programme.term),
        ("the round's name", tree.round.name),
    ):
        check_text(label, value, single_line=True)


def open_default_database() -> Database:
    """The database in the user's data folder, made with the built-in programme on first start."""
    path = default_database_path()
    if not path.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DatabaseError(
                _("cannot create the data folder {folder}: {reason}").format(
                    folder=path.parent, reason=os_reason(error)
                )
            ) from None
        initialise_database(path)
    return open_database(path)


def remove_sqlite_files(path: Path) -> None:
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        try:
            candidate.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            pass  # best effort: the error that got us here matters more


def add_programme(database: Database, programme: ProgrammeTree) -> InitSummary:
    """Write a further programme into an open database, in one transaction (the window's File >
    New programme from report); its name must differ from those there."""
    require(database, Operation.STRUCTURE)
    check_programme_names(programme)
    with database.session() as session:
        existing = list_programmes(session)
        clash = programme.programme.name.strip().casefold()
        if any(p.name.strip().casefold() == clash for p in existing):
            raise StatusappError(
                _(
                    "{database} already holds a programme named {name!r}; choose another name"
                ).format(database=database.display_name, name=programme.programme.name)
            )
        save_programme(session, programme)
    return InitSummary.of(database.display_name, programme, added=bool(existing))
