"""The window's Round menu and the owner and working-copy commands, as plain functions."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QProgressDialog

from statusapp.errors import StatusappError
from statusapp.ui.models.count_texts import count_texts
from statusapp.ui.views.round_dialogs import (
    ConflictDialog,
    ConsolidateDialog,
    NewRoundDialog,
    ProgressDialog,
)

if TYPE_CHECKING:
    from statusapp.ui.window_parts import RoundWindow


def new_round(window: RoundWindow) -> bool:
    """Ask for the new round; while the current one is open, the dialog offers to close it
    and open the new one (closing is an undoable step; undone here when opening fails)."""
    tree = window.model.tree
    still_open = tree.round.name if tree is not None and not tree.round.closed else None
    dialog = NewRoundDialog(window.parts.parent, still_open=still_open)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    name, day = dialog.values()
    window.flush_editors()
    if still_open is not None:
        if not window.rounds.close_round():
            return False
        window.programme_reloaded()
    if window.rounds.open_round(name, day):
        window.programme_reloaded()
        return True
    if still_open is not None:
        window.controller.undo_stack.undo()  # reopens the round closed for this
        window.programme_reloaded()
    return False


def close_round(window: RoundWindow) -> bool:
    tree = window.model.tree
    if tree is None or tree.round.closed:
        return False
    answer = QMessageBox.question(
        window.parts.parent,
        QCoreApplication.translate("RoundActions", "Close round"),
        QCoreApplication.translate(
            "RoundActions",
            "Close the round “{round}”? Its updates are then frozen; Edit > Undo reopens it.",
        ).format(round=tree.round.name),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    window.flush_editors()
    if window.rounds.close_round():
        window.programme_reloaded()
        return True
    return False


def show_progress(window: RoundWindow) -> None:
    progress = window.rounds.progress()
    if progress is None:
        return
    dialog = ProgressDialog(progress, window.parts.parent)
    dialog.action_chosen.connect(window.select_node)
    dialog.hand_out_requested.connect(lambda: _hand_out_from(dialog, window))
    dialog.exec()


def _hand_out_from(progress: ProgressDialog, window: RoundWindow) -> None:
    from statusapp.ui.views.handout_dialog import hand_out

    progress.accept()
    hand_out(window)


def consolidate(window: RoundWindow, paths: list[Path] | None = None) -> ConsolidateDialog:
    """The consolidation dialog; `paths` pre-fills it (and runs it at once, for tests)."""
    database = window.controller.database
    backed_up = database is not None and database.path is not None
    dialog = ConsolidateDialog(window.parts.parent, backed_up=backed_up)

    def run(dry_run: bool = False) -> None:
        files = dialog.files.paths()
        if not files:
            return
        window.flush_editors()
        busy = QProgressDialog(
            QCoreApplication.translate("RoundActions", "Consolidating…"), "", 0, len(files), dialog
        )
        busy.setWindowTitle(QCoreApplication.translate("RoundActions", "Consolidate"))
        busy.setCancelButton(None)
        busy.setWindowModality(Qt.WindowModality.WindowModal)
        busy.setMinimumDuration(300)

        def progress(done: int, total: int, name: str) -> None:
            busy.setValue(done)
            busy.setLabelText(name)
            QCoreApplication.processEvents()

        report = window.rounds.consolidate(
            files, prefer=dialog.prefer, progress=progress, dry_run=dry_run
        )
        busy.close()
        if not dry_run:
            window.programme_reloaded()
        if report is not None:
            dialog.show_report(report, dry_run=dry_run)

    dialog.run_button.clicked.connect(lambda: run())
    dialog.preview_button.clicked.connect(lambda: run(dry_run=True))
    if paths:
        dialog.files.add_paths(paths)
        run()
        return dialog
    dialog.exec()
    return dialog


def show_conflicts(window: RoundWindow) -> ConflictDialog | None:
    conflicts = window.rounds.open_conflicts()
    if not conflicts:
        QMessageBox.information(
            window.parts.parent,
            QCoreApplication.translate("RoundActions", "Conflicts"),
            QCoreApplication.translate("RoundActions", "There are no open conflicts."),
        )
        return None
    labels = {}
    if window.model.tree is not None:
        labels = {a.id: a.label for a in window.model.tree.walk_actions()}
    dialog = ConflictDialog(conflicts, labels, window.parts.parent)

    def resolve(conflict, choice: str, merged: str | None) -> None:  # type: ignore[no-untyped-def]
        if window.rounds.resolve(conflict, choice, merged):
            dialog.remove_current()
            window.select_node(conflict.action_id)

    dialog.resolve_requested.connect(resolve)
    dialog.open()
    return dialog


def assign_owner(window: RoundWindow) -> int:
    """One owner for every selected action, and for all actions under selected ambitions."""
    nodes = window.selected_nodes()
    if not nodes:
        return 0
    window.flush_editors()
    owner, accepted = QInputDialog.getItem(
        window.parts.parent,
        QCoreApplication.translate("RoundActions", "Assign owner"),
        QCoreApplication.translate(
            "RoundActions", "Project leader for the selected actions (empty: nobody):"
        ),
        ["", *window.controller.known_owners()],
        0,
        True,
    )
    if not accepted:
        return 0
    ids = [n.id for n in nodes]
    if window.controller.have_owner(ids, owner):  # say so, not "0 actions now have the owner"
        had = len(window.controller.actions_under(ids))
        window.parts.show_message(count_texts().owner_kept(had, owner or "—"))
        return 0
    count = window.controller.assign_owner(ids, owner)
    if count:
        window.parts.show_message(count_texts().owner_assigned(count, owner or "—"))
    return count


def export_for_owner(window: RoundWindow) -> bool:
    from statusapp.ui.controllers.exchange import export_to_file

    owners = window.controller.known_owners()
    if not owners:
        QMessageBox.information(
            window.parts.parent,
            QCoreApplication.translate("RoundActions", "Export for owner"),
            QCoreApplication.translate(
                "RoundActions", "No action has an owner yet: assign owners first."
            ),
        )
        return False
    owner, accepted = QInputDialog.getItem(
        window.parts.parent,
        QCoreApplication.translate("RoundActions", "Export for owner"),
        QCoreApplication.translate("RoundActions", "Project leader:"),
        owners,
        0,
        False,
    )
    if not accepted:
        return False
    return export_to_file(window.parts, owner=owner)


def open_handed_out_workbook(
    window: RoundWindow, workbook: str | None = None, database: str | None = None
) -> bool:
    """A project leader opens the workbook the control team sent: it becomes a working copy."""
    from statusapp.services.working_copy import new_working_copy_file

    if workbook is None:
        workbook, _ = QFileDialog.getOpenFileName(
            window.parts.parent,
            QCoreApplication.translate("RoundActions", "Open handed-out workbook"),
            "",
            QCoreApplication.translate("RoundActions", "Excel workbooks (*.xlsx)"),
        )
        if not workbook:
            return False
    if database is None:
        suggested = str(Path(workbook).with_suffix(".db"))
        database, _ = QFileDialog.getSaveFileName(
            window.parts.parent,
            QCoreApplication.translate("RoundActions", "Save the working copy as"),
            suggested,
            QCoreApplication.translate("RoundActions", "Statusapp databases (*.db)"),
        )
        if not database:
            return False
    target = Path(database)
    if target.exists():
        QMessageBox.warning(
            window.parts.parent,
            QCoreApplication.translate("RoundActions", "Open handed-out workbook"),
            QCoreApplication.translate("RoundActions", "Choose a new file for the working copy."),
        )
        return False
    try:
        new_working_copy_file(Path(workbook), target)
    except StatusappError as error:
        QMessageBox.warning(
            window.parts.parent,
            QCoreApplication.translate("RoundActions", "Open handed-out workbook"),
            str(error),
        )
        return False
    return window.open_database(str(target))
