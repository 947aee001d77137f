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
from statusapp.services.connection import Database
from statusapp.services.consolidation import ConsolidationReport
from statusapp.services.rounds import RoundProgress
from statusapp.ui.controllers.commands import ControllerCommand, StructureCommand
from statusapp.ui.controllers.controller import ProgrammeController


class RoundController(QObject):
    owner_changed = Signal(str)  # an owner's e-mail address was set, undone or redone
    round_changed = Signal()  # the round was closed or reopened, or its deadline changed

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
        """Freeze the round as one undoable step (undo reopens it while no later round is)."""
        programme = self.programme
        if programme.database is None or programme.model.tree is None:
            return False
        command = CloseRoundCommand(programme, self.tr("Close round"), self)
        if not programme.run_guarded(command.apply):
            return False
        programme.undo_stack.clear()  # the steps before edited the round while it was open
        programme.undo_stack.push(command)
        return True

    def progress(self) -> RoundProgress | None:
        database = self.programme.database
        if database is None:
            return None
        return self.programme.run_guarded(
            lambda: rounds.round_progress(database, self._programme_id()), writes=False
        ).value

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

        def run() -> ConsolidationReport:
            return consolidation.consolidate_files(
                context, paths, prefer=prefer, progress=progress, dry_run=dry_run
            )

        if dry_run:
            return self.programme.run_guarded(run, writes=False).value
        self.programme.undo_stack.clear()  # its steps belong to the programme read before
        outcome = self.programme.run_guarded(run)
        self.programme.reload()
        return outcome.value

    def open_conflicts(self) -> list[OpenConflict]:
        context = self.programme.context
        if context is None:
            return []
        found = self.programme.run_guarded(lambda: conflicts.open_conflicts(context), writes=False)
        return found.value or []

    def resolve(self, conflict: OpenConflict, choice: str, merged: str | None = None) -> bool:
        """Settle a conflict as one undoable step (undo reopens it)."""
        command = ResolveConflictCommand(
            self.programme, self.tr("Resolve conflict"), conflict.id, choice, merged
        )
        if not self.programme.run_guarded(command.apply):
            return False
        self.programme.undo_stack.push(command)
        return True

    # --- hand-out --------------------------------------------------------------------------

    def list_owners(self) -> list[owners.Owner]:
        database = self.programme.database
        if database is None:
            return []
        found = self.programme.run_guarded(
            lambda: owners.list_owners(database, self._programme_id()), writes=False
        )
        return found.value or []

    def set_owner_email(self, name: str, old: str | None, new: str) -> bool:
        """Store an owner's address as one undoable step."""
        programme = self.programme

        def write(address: str | None) -> None:
            owners.set_owner_email(programme.edit_context(), name, address or "")
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
        if database is None:
            return None
        handed = self.programme.run_guarded(
            lambda: handout.hand_out(
                database, folder, deadline=deadline, programme=self._programme_id()
            )
        )
        if not handed:
            return None
        tree = self.programme.model.tree
        if tree is not None:
            previous, tree.round.deadline = tree.round.deadline, deadline
            if previous != deadline:  # undo takes the date back; the written files stay
                self.programme.undo_stack.push(
                    DeadlineCommand(
                        self.programme, self.tr("Set the hand-in date"), self, previous, deadline
                    )
                )
            self.round_changed.emit()
        return handed.value


class ResolveConflictCommand(ControllerCommand):
    """Undo reopens the conflict with the update it held before it was settled."""

    def __init__(
        self,
        controller: ProgrammeController,
        text: str,
        conflict_id: int,
        choice: str,
        merged: str | None,
    ) -> None:
        super().__init__(controller, text)
        self.conflict_id, self.choice, self.merged = conflict_id, choice, merged
        self.previous: str | None = None

    def apply(self) -> None:
        action_id, update, self.previous = conflicts.resolve_conflict(
            self.controller.edit_context(), self.conflict_id, self.choice, self.merged
        )
        self.controller.mirror_update(action_id, update)

    def revert(self) -> None:
        assert self.previous is not None
        action_id, update = conflicts.reopen_conflict(
            self.controller.edit_context(), self.conflict_id, self.previous
        )
        self.controller.mirror_update(action_id, update)


class CloseRoundCommand(ControllerCommand):
    def __init__(
        self, controller: ProgrammeController, text: str, round_controller: RoundController
    ) -> None:
        super().__init__(controller, text)
        self.rounds = round_controller
        tree = controller.model.tree
        assert tree is not None
        self.round = tree.round

    def _database(self) -> Database:
        return self.controller.edit_context().database

    def apply(self) -> None:
        rounds.close_round(self._database(), self.rounds._programme_id())
        self.round.closed = True
        self.rounds.round_changed.emit()

    def revert(self) -> None:
        rounds.reopen_round(self._database(), self.round.id)
        self.round.closed = False
        self.rounds.round_changed.emit()


class DeadlineCommand(ControllerCommand):
    def __init__(
        self,
        controller: ProgrammeController,
        text: str,
        round_controller: RoundController,
        old: date | None,
        new: date | None,
    ) -> None:
        super().__init__(controller, text)
        self.rounds, self.old, self.new = round_controller, old, new
        tree = controller.model.tree
        assert tree is not None
        self.round = tree.round

    def _set(self, deadline: date | None) -> None:
        rounds.set_round_deadline(self.controller.edit_context().database, self.round.id, deadline)
        self.round.deadline = deadline
        self.rounds.round_changed.emit()

    def apply(self) -> None:
        self._set(self.new)

    def revert(self) -> None:
        self._set(self.old)
