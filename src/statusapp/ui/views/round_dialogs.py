"""Dialogs of the round: a new round, its progress, consolidating files, resolving conflicts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from statusapp.domain import Status
from statusapp.domain.labels import field_label
from statusapp.report.progress import UNKNOWN_SENDER_LABEL, ReceivedFile, outcome_text, owner_name
from statusapp.services.conflicts import OpenConflict
from statusapp.services.consolidation import ConsolidationReport
from statusapp.services.rounds import RoundProgress
from statusapp.ui.models.status_style import status_caption
from statusapp.ui.views.date_field import DateField
from statusapp.ui.views.file_list import FileList
from statusapp.ui.views.import_preview import PlanDetails


class NewRoundDialog(QDialog):
    """`still_open`: the name of the current round when it is not closed yet; OK then closes
    it and opens the new one."""

    def __init__(self, parent: QWidget | None = None, still_open: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newRoundDialog")
        self.setWindowTitle(self.tr("New reporting round"))
        self.name_field = QLineEdit(self)
        self.name_field.setObjectName("roundNameField")
        self.name_field.setAccessibleName(self.tr("Name of the round"))
        self.name_field.setPlaceholderText(self.tr("e.g. Jaarverslag 2024"))
        metrics = self.name_field.fontMetrics()  # the whole example shows, in any language
        example = metrics.horizontalAdvance(self.name_field.placeholderText())
        self.name_field.setMinimumWidth(example + 4 * metrics.averageCharWidth())
        self.date_field = DateField(date.today(), self)
        self.date_field.setObjectName("referenceDateField")
        self.date_field.edit.setAccessibleName(self.tr("Reference date"))
        text = self.tr(
            "The new round starts from the current statuses, planned texts and explanations, "
            "marked as not yet updated."
        )
        if still_open is not None:
            text += " " + self.tr(
                "The round “{round}” is still open: it is closed first, and its updates are "
                "then frozen."
            ).format(round=still_open)
        text += " " + self.tr("Opening a round cannot be undone, and Edit > Undo starts afresh.")
        note = QLabel(text, self)
        note.setObjectName("newRoundNote")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        if still_open is not None:
            self.ok_button.setText(self.tr("Close the current round and open the new one"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name"), self.name_field)
        form.addRow(self.tr("&Reference date"), self.date_field)
        form.addRow(note)
        form.addRow(buttons)

    def accept(self) -> None:
        if self.date_field.check():  # an impossible date: the field says so, the dialog stays
            super().accept()

    def values(self) -> tuple[str, date]:
        day = self.date_field.date()
        assert day is not None  # accept() let only a date through
        return self.name_field.text().strip(), day


class ProgressDialog(QDialog):
    """Each owner with their actions, what is updated, the files that came back, what waits."""

    action_chosen = Signal(str)
    hand_out_requested = Signal()

    def __init__(self, progress: RoundProgress, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressDialog")
        round_ = progress.round
        self.setWindowTitle(self.tr("Progress of {round}").format(round=round_.name))
        self.resize(900, 560)
        summary = QLabel(
            self.tr("{updated} of %n actions updated in this round", "", progress.actions).format(
                updated=progress.updated
            ),
            self,
        )
        summary.setObjectName("progressSummary")
        # The overview counts the green actions only; say which set these counts are.
        counted = QLabel(
            self.tr(
                "Counted: %n actions of the green and blue tables, child actions included "
                "(the overview counts the green tables only).",
                "",
                progress.actions,
            ),
            self,
        )
        counted.setObjectName("progressCounted")
        counted.setWordWrap(True)
        self.counted = counted
        self.view = QTreeWidget(self)
        self.view.setObjectName("progressView")
        self.view.setAccessibleName(self.tr("Progress per owner"))
        self.view.setHeaderLabels(
            [
                self.tr("Owner"),
                self.tr("Actions"),
                self.tr("Updated"),
                self.tr("Submitted"),
                self.tr("Approved"),
                self.tr("Files received"),
            ]
        )
        for owner in progress.owners:
            files = ", ".join(self.file_text(f) for f in owner.files)
            counts = [
                str(owner.actions),
                f"{owner.updated} ({owner.share_updated:.0%})",
                str(owner.submitted),
                str(owner.approved),
            ]
            if owner.owner == UNKNOWN_SENDER_LABEL:  # files only: no actions to count
                counts = ["—"] * len(counts)
            row = QTreeWidgetItem([owner_name(owner.owner), *counts, files or "—"])
            row.setToolTip(5, "\n".join(self.file_line(f) for f in owner.files))
            self.view.addTopLevelItem(row)
            if owner.files:  # each file's outcome, and why a refused one was refused
                received = QTreeWidgetItem([self.tr("Files received (%n)", "", len(owner.files))])
                row.addChild(received)
                for file in owner.files:
                    line = QTreeWidgetItem([self.file_line(file)])
                    line.setToolTip(0, self.file_line(file))
                    received.addChild(line)
                    line.setFirstColumnSpanned(True)
                received.setFirstColumnSpanned(True)
                received.setExpanded(True)
                row.setExpanded(True)  # the files' outcomes in sight, not only in a tooltip
            if owner.waiting:
                waiting = QTreeWidgetItem([self.tr("Not yet updated (%n)", "", len(owner.waiting))])
                row.addChild(waiting)
                for label, action_id in zip(owner.waiting, owner.waiting_ids, strict=True):
                    item = QTreeWidgetItem([label])
                    item.setData(0, Qt.ItemDataRole.UserRole, action_id)
                    item.setToolTip(0, label)
                    waiting.addChild(item)
                waiting.setFirstColumnSpanned(True)
        self.view.resizeColumnToContents(0)
        self.view.itemActivated.connect(self._activated)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        hand_out = buttons.addButton(self.tr("Hand out…"), QDialogButtonBox.ButtonRole.ActionRole)
        hand_out.setObjectName("progressHandOut")
        hand_out.clicked.connect(self.hand_out_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(counted)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def outcome(self, file: ReceivedFile) -> str:
        """The core's outcome of a received file, in its words (the window's language)."""
        return outcome_text(file.outcome)

    def file_text(self, file: ReceivedFile) -> str:
        """A file in the owner's row: its name, when it came and what became of it."""
        return self.tr("{file} ({moment}, {outcome})").format(
            file=file.file_name,
            moment=file.received_at.astimezone().strftime("%d-%m %H:%M"),
            outcome=self.outcome(file),
        )

    def file_line(self, file: ReceivedFile) -> str:
        """A file's own line: a refused file says why."""
        if file.outcome == "refused" and file.message:
            return self.tr("{file}: {reason}").format(
                file=self.file_text(file), reason=file.message
            )
        return self.file_text(file)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        action_id = item.data(0, Qt.ItemDataRole.UserRole)
        if action_id:
            self.action_chosen.emit(action_id)


class ConsolidateDialog(QDialog):
    """Gather the workbooks that came back (drop them here), then merge them in one go."""

    def __init__(self, parent: QWidget | None = None, *, backed_up: bool = True) -> None:
        """`backed_up`: the database is a file, copied to the backups before anything
        changes (a central database is not)."""
        super().__init__(parent)
        self.setObjectName("consolidateDialog")
        self.setWindowTitle(self.tr("Consolidate returned workbooks"))
        self.resize(760, 520)
        self.files = FileList(self)
        self.files.setAccessibleName(self.tr("Workbooks to consolidate"))
        add = QPushButton(self.tr("Add files…"), self)
        add.clicked.connect(self._choose)
        remove = QPushButton(self.tr("Remove"), self)
        remove.clicked.connect(self._remove)
        self.prefer_field = QComboBox(self)
        self.prefer_field.setObjectName("preferField")
        self.prefer_field.setAccessibleName(self.tr("When both sides changed a field"))
        self.prefer_field.addItem(self.tr("keep a conflict to resolve"), None)
        self.prefer_field.addItem(self.tr("keep the value now in the database"), "central")
        self.prefer_field.addItem(self.tr("take the value in the file"), "incoming")
        self.results = QPlainTextEdit(self)
        self.results.setObjectName("consolidateResults")
        self.results.setReadOnly(True)
        self.results.setAccessibleName(self.tr("Results"))
        self.results.setPlaceholderText(
            self.tr("Drop the returned .xlsx files or laptop .db files on the list above.")
        )
        self.details = PlanDetails(self)
        self.details.setAccessibleName(self.tr("What each file brings"))
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.preview_button.setObjectName("previewConsolidation")
        self.preview_button.setToolTip(self.tr("Show what the files would change; change nothing"))
        if backed_up:
            undo_text = self.tr(
                "Consolidating cannot be undone with Edit > Undo. A backup of the database is "
                "made before it changes anything: “statusapp backups” lists it and “statusapp "
                "restore” puts it back."
            )
        else:
            undo_text = self.tr(
                "Consolidating cannot be undone with Edit > Undo, and a central database is not "
                "backed up here: look at the Preview first."
            )
        self.undo_note = QLabel(undo_text, self)
        self.undo_note.setObjectName("consolidateUndoNote")
        self.undo_note.setWordWrap(True)
        self.run_button = QPushButton(self.tr("Consolidate"), self)
        self.run_button.setObjectName("runConsolidation")
        self.run_button.setDefault(True)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(add)
        file_buttons.addWidget(remove)
        file_buttons.addStretch(1)
        file_buttons.addWidget(QLabel(self.tr("Both sides changed a field:"), self))
        file_buttons.addWidget(self.prefer_field)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.preview_button)
        bottom.addWidget(self.run_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Workbooks handed back by the project leaders:"), self))
        layout.addWidget(self.files, 1)
        layout.addLayout(file_buttons)
        layout.addWidget(self.results)
        layout.addWidget(self.details, 2)
        layout.addWidget(self.undo_note)
        layout.addLayout(bottom)

    def _choose(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Returned workbooks"),
            "",
            ";;".join(
                [
                    self.tr("Returned workbooks and laptop databases (*.xlsx *.db)"),
                    self.tr("Workbooks (*.xlsx)"),
                    self.tr("Laptop databases (*.db)"),
                    self.tr("All files (*)"),
                ]
            ),
        )
        self.files.add_paths([Path(name) for name in names])

    def _remove(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))

    @property
    def prefer(self) -> str | None:
        return self.prefer_field.currentData()

    def show_report(self, report: ConsolidationReport, *, dry_run: bool = False) -> None:
        """Each file's outcome and everything its plan holds, as `statusapp consolidate`
        prints them (`dry_run`: a preview; nothing was applied)."""
        lines = [result.describe() for result in report.files]
        lines.append("")
        if dry_run:
            lines.append(self.tr("Preview: nothing applied."))
        lines.append(report.summary(reopen_with=self.tr("the Reopen button under the action")))
        if report.open_conflicts:
            lines.append(self.tr("Resolve the conflicts with Round > Conflicts."))
        self.results.setPlainText("\n".join(lines))
        self.details.clear()
        for result in report.files:
            line = self.details.add_file(result.describe())
            if result.plan is not None:
                self.details.add_plan(result.plan, under=line, applied=result.outcome == "applied")


class ConflictDialog(QDialog):
    """Open conflicts, each with its three values side by side: take one, or write a merged text."""

    resolve_requested = Signal(object, str, object)  # OpenConflict, choice, merged text or None

    def __init__(
        self, conflicts: list[OpenConflict], labels: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Conflicts"))
        self.resize(1000, 600)
        self.items = QListWidget(self)
        self.items.setObjectName("conflictList")
        self.items.setAccessibleName(self.tr("Open conflicts"))
        self.items.setWordWrap(True)  # whole lines at 1024 px: no text cut off at the side
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.setTextElideMode(Qt.TextElideMode.ElideRight)
        for conflict in conflicts:
            label = labels.get(conflict.action_id, conflict.action_id)
            text = self.tr("{field}: {action}\nfrom {file}").format(
                field=_field_name(self, conflict.field),
                action=label if len(label) <= 160 else label[:159] + "…",
                file=Path(conflict.source_file).name,
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, conflict)
            item.setToolTip(
                self.tr("{action}\nfrom {file}").format(action=label, file=conflict.source_file)
            )
            self.items.addItem(item)
        self.base = self._pane("conflictBase")
        self.central = self._pane("conflictCentral")
        self.incoming = self._pane("conflictIncoming")
        self.merged = QPlainTextEdit(self)
        self.merged.setObjectName("conflictMerged")
        self.merged.setAccessibleName(self.tr("Merged text"))
        self.keep_central = QPushButton(self.tr("Keep the database's value"), self)
        self.keep_central.setObjectName("keepCentral")
        self.take_incoming = QPushButton(self.tr("Take the file's value"), self)
        self.take_incoming.setObjectName("takeIncoming")
        self.use_merged = QPushButton(self.tr("Use merged text"), self)
        self.use_merged.setObjectName("useMerged")
        values = QGridLayout()
        for column, (caption, pane) in enumerate(
            (
                (self.tr("Exported"), self.base),
                (self.tr("Now in the database"), self.central),
                (self.tr("In the file"), self.incoming),
            )
        ):
            values.addWidget(QLabel(caption, self), 0, column)
            values.addWidget(pane, 1, column)
        values.addWidget(QLabel(self.tr("Merged text (edit, then use it):"), self), 2, 0, 1, 3)
        values.addWidget(self.merged, 3, 0, 1, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_central)
        buttons.addWidget(self.take_incoming)
        buttons.addWidget(self.use_merged)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(values, 1)
        right_layout.addLayout(buttons)
        splitter = QSplitter(self)
        splitter.addWidget(self.items)
        splitter.addWidget(right)
        splitter.setSizes([320, 680])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.items.currentItemChanged.connect(lambda current, _previous: self._show(current))
        self.keep_central.clicked.connect(lambda: self._resolve("central"))
        self.take_incoming.clicked.connect(lambda: self._resolve("incoming"))
        self.use_merged.clicked.connect(lambda: self._resolve("merged"))
        if self.items.count():
            self.items.setCurrentRow(0)
        else:
            self._show(None)

    def _pane(self, name: str) -> QPlainTextEdit:
        pane = QPlainTextEdit(self)
        pane.setObjectName(name)
        pane.setReadOnly(True)
        pane.setAccessibleName(name)
        return pane

    def current(self) -> OpenConflict | None:
        item = self.items.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show(self, item: QListWidgetItem | None) -> None:
        conflict: OpenConflict | None = item.data(Qt.ItemDataRole.UserRole) if item else None
        for pane, value in (
            (self.base, conflict.base if conflict else ""),
            (self.central, conflict.central if conflict else ""),
            (self.incoming, conflict.incoming if conflict else ""),
        ):
            pane.setPlainText(_shown_value(conflict.field, value) if conflict else "")
        text_field = conflict is not None and conflict.field in ("explanation", "planned")
        self.merged.setPlainText(conflict.central if text_field and conflict else "")
        self.merged.setEnabled(text_field)
        self.use_merged.setEnabled(text_field)
        for button in (self.keep_central, self.take_incoming):
            button.setEnabled(conflict is not None)

    def _resolve(self, choice: str) -> None:
        conflict = self.current()
        if conflict is None:
            return
        merged = self.merged.toPlainText() if choice == "merged" else None
        self.resolve_requested.emit(conflict, choice, merged)

    def remove_current(self) -> None:
        row = self.items.currentRow()
        if row >= 0:
            self.items.takeItem(row)
        if not self.items.count():
            self._show(None)


def _field_name(widget: QWidget, field: str) -> str:
    """As the import preview and the core's messages name it ("Toelichting")."""
    return field_label(field)


def _shown_value(field: str, value: str) -> str:
    if field == "status":
        try:
            status = Status(value)
        except ValueError:
            return value
        return status_caption(status)
    return value
