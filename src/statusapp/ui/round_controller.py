"""The control team's side of a round in the window: rounds, progress, consolidation, conflicts.

Built on the ProgrammeController, whose context, model and undo stack it shares.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from statusapp.services import conflicts, consolidation, handout, owners, rounds
from statusapp.services.conflicts import OpenConflict
from statusapp.services.consolidation import ConsolidationReport
from statusapp.services.rounds import RoundProgress
from statusapp.ui.commands import StructureCommand
from statusapp.ui.controller import ProgrammeController


class RoundController(QObject):
    owner_changed = Signal(str)  # an owner's e-mail address was set, undone or redone

    def __init__(self, programme: ProgrammeController) -> None:
        super().__init__(programme)
        self.programme = programme

    def _programme_id(self) -> str | None:
        context = self.programme.context
        return context.programme_id if context else None

    def open_round(self, name: str, reference_date: date) -> bool:
        database = self.programme.database
        if database is None:
            return False
        if not self.programme.run_guarded(
            lambda: rounds.open_round(database, name, reference_date, self._programme_id())
        ):
            return False
        self.programme.reload()
        return True

    def close_round(self) -> bool:
        database = self.programme.database
        if database is None:
            return False
        if not self.programme.run_guarded(
            lambda: rounds.close_round(database, self._programme_id())
        ):
            return False
        self.programme.reload()
        return True

    def progress(self) -> RoundProgress | None:
        database = self.programme.database
        found: dict[str, RoundProgress] = {}

        def read() -> None:
            assert database is not None
            found["progress"] = rounds.round_progress(database, self._programme_id())

        if database is None or not self.programme.run_guarded(read, writes=False):
            return None
        return found["progress"]

    def consolidate(
        self,
        paths: list[Path],
        *,
        prefer: str | None = None,
        progress: Callable[[int, int, str], None] | None = None,
        dry_run: bool = False,
    ) -> ConsolidationReport | None:
        """Merge the files; the programme is read again afterwards (undo starts afresh).
        `dry_run`: only say what the files would change (the command line's --dry-run)."""
        context = self.programme.context
        if context is None:
            return None
        found: dict[str, ConsolidationReport] = {}

        def run() -> None:
            found["report"] = consolidation.consolidate_files(
                context, paths, prefer=prefer, progress=progress, dry_run=dry_run
            )

        if dry_run:
            ok = self.programme.run_guarded(run, writes=False)
            return found.get("report") if ok else None
        self.programme.undo_stack.clear()
        ok = self.programme.run_guarded(run)
        self.programme.reload()
        return found.get("report") if ok else None

    def open_conflicts(self) -> list[OpenConflict]:
        context = self.programme.context
        found: dict[str, list[OpenConflict]] = {}

        def read() -> None:
            assert context is not None
            found["items"] = conflicts.open_conflicts(context)

        if context is None or not self.programme.run_guarded(read, writes=False):
            return []
        return found["items"]

    def resolve(self, conflict: OpenConflict, choice: str, merged: str | None = None) -> bool:
        """Settle a conflict as one undoable step (undo reopens it)."""
        programme = self.programme
        state: dict[str, str] = {}

        def resolve() -> None:
            action_id, update, previous = conflicts.resolve_conflict(
                programme._ctx(), conflict.id, choice, merged
            )
            state["previous"] = previous
            programme.mirror_update(action_id, update)

        def reopen() -> None:
            action_id, update = conflicts.reopen_conflict(
                programme._ctx(), conflict.id, state["previous"]
            )
            programme.mirror_update(action_id, update)

        if not programme.run_guarded(resolve):
            return False
        programme.undo_stack.push(
            StructureCommand(programme, self.tr("Resolve conflict"), resolve, reopen)
        )
        return True

    # --- hand-out --------------------------------------------------------------------------

    def list_owners(self) -> list[owners.Owner]:
        database = self.programme.database
        found: dict[str, list[owners.Owner]] = {"owners": []}

        def read() -> None:
            assert database is not None
            found["owners"] = owners.list_owners(database, self._programme_id())

        if database is not None:
            self.programme.run_guarded(read, writes=False)
        return found["owners"]

    def set_owner_email(self, name: str, old: str | None, new: str) -> bool:
        """Store an owner's address as one undoable step."""
        programme = self.programme

        def write(address: str | None) -> None:
            owners.set_owner_email(programme._ctx(), name, address or "")
            self.owner_changed.emit(name)

        if not programme.run_guarded(lambda: write(new)):
            return False
        programme.undo_stack.push(
            StructureCommand(
                programme,
                self.tr("Set the e-mail address of {owner}").format(owner=name),
                lambda: write(new),
                lambda: write(old),
            )
        )
        return True

    def hand_out(self, folder: Path, deadline: date) -> list[handout.HandedOut] | None:
        database = self.programme.database
        found: dict[str, list[handout.HandedOut]] = {}

        def run() -> None:
            assert database is not None
            found["handed"] = handout.hand_out(
                database, folder, deadline=deadline, programme=self._programme_id()
            )

        if database is None or not self.programme.run_guarded(run):
            return None
        tree = self.programme.model.tree
        if tree is not None:
            tree.round.deadline = deadline
        return found["handed"]
