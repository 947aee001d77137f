"""Round > Hand out: per owner the workbook and an unsent mail, with the owners' addresses."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from statusapp.ui.views.date_field import DateField

if TYPE_CHECKING:
    from statusapp.ui.controllers.round_controller import RoundController
    from statusapp.ui.window_parts import RoundWindow

EMAIL_COLUMN = 1


class HandoutDialog(QDialog):
    """The owners with their e-mail addresses (editable, undoable), the deadline and the folder;
    'Write workbooks and mails' writes them and lists what it wrote."""

    def __init__(
        self, rounds: RoundController, deadline: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handoutDialog")
        self.rounds = rounds
        self.setWindowTitle(self.tr("Hand out"))
        self.resize(760, 560)
        intro = QLabel(
            self.tr(
                "Writes per owner their workbook and an unsent e-mail (.eml) with the workbook "
                "attached. Open each mail in Outlook or Thunderbird, check it and send it: "
                "Statusapp sends nothing."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("handoutOwners")
        self.table.setHorizontalHeaderLabels([self.tr("Owner"), self.tr("E-mail"),
                                              self.tr("Actions")])  # fmt: skip
        self.table.horizontalHeader().setSectionResizeMode(
            EMAIL_COLUMN, QHeaderView.ResizeMode.Stretch
        )
        self.table.verticalHeader().hide()
        self.empty_hint = QLabel(
            self.tr(
                "No action has an owner yet, so there is nothing to hand out. Assign owners "
                "first: select actions in the tree and choose Edit > Assign owner… "
                "(Ctrl+Shift+O), or type the owner in the action's editor."
            ),
            self,
        )
        self.empty_hint.setObjectName("handoutEmptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color: #7F6000; font-weight: bold;")
        self._emails: dict[str, str | None] = {}
        self._fill()
        self.table.itemChanged.connect(self._email_edited)
        rounds.owner_changed.connect(lambda _name: self._fill())

        self.deadline = DateField(deadline, self)
        self.deadline.setObjectName("handoutDeadline")
        self.deadline.edit.setAccessibleName(self.tr("Hand back by"))
        self.folder = QLineEdit(self)
        self.folder.setObjectName("handoutFolder")
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Hand back by:"), self.deadline)
        form.addRow(self.tr("Folder:"), folder_row)

        self.report = QPlainTextEdit(self)
        self.report.setObjectName("handoutReport")
        self.report.setReadOnly(True)
        self.report.setMaximumHeight(140)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.write_button = buttons.addButton(
            self.tr("Write workbooks and mails"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.write_button.setObjectName("handoutWrite")
        self.write_button.clicked.connect(self.write)
        self._show_empty_hint()
        rounds.owner_changed.connect(lambda _name: self._show_empty_hint())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.report)
        layout.addWidget(buttons)

    def _fill(self) -> None:
        self.table.blockSignals(True)
        listed = [o for o in self.rounds.list_owners() if o.actions]
        self.table.setRowCount(len(listed))
        self._emails = {}
        for row, owner in enumerate(listed):
            self._emails[owner.name] = owner.email
            name = QTableWidgetItem(owner.name)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            email = QTableWidgetItem(owner.email or "")
            email.setData(Qt.ItemDataRole.UserRole, owner.name)
            count = QTableWidgetItem(str(owner.actions))
            count.setFlags(count.flags() & ~Qt.ItemFlag.ItemIsEditable)
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, item in enumerate((name, email, count)):
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        self.table.blockSignals(False)

    def _show_empty_hint(self) -> None:
        empty = self.table.rowCount() == 0
        self.empty_hint.setVisible(empty)
        self.write_button.setEnabled(not empty)

    def _email_edited(self, item: QTableWidgetItem) -> None:
        if item.column() != EMAIL_COLUMN:
            return
        name = item.data(Qt.ItemDataRole.UserRole)
        old = self._emails.get(name)
        new = item.text().strip()
        if new == (old or ""):
            return
        if not self.rounds.set_owner_email(name, old, new):
            self._fill()  # refused (the window says why): show the stored address again

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the hand-out"))
        if folder:
            self.folder.setText(folder)

    def write(self) -> bool:
        folder = self.folder.text().strip()
        if not folder:
            self.report.setPlainText(self.tr("Choose a folder first."))
            return False
        chosen = self.deadline.date()
        if chosen is None:
            self.deadline.check()  # says in one line why, under the field
            return False
        handed = self.rounds.hand_out(Path(folder), chosen)
        if handed is None:
            return False
        lines = []
        for entry in handed:
            if entry.email:
                lines.append(
                    self.tr("{owner}: {mail} to {address}").format(
                        owner=entry.owner, mail=entry.mail.name, address=entry.email
                    )
                )
            else:
                lines.append(
                    self.tr("{owner}: {mail} has no addressee: no e-mail address known").format(
                        owner=entry.owner, mail=entry.mail.name
                    )
                )
        lines.append(
            self.tr(
                "Wrote %n workbooks and mails to {folder}. Nothing was sent.", "", len(handed)
            ).format(folder=folder)
        )
        self.report.setPlainText("\n".join(lines))
        return True


def hand_out(window: RoundWindow) -> HandoutDialog | None:
    tree = window.model.tree
    if tree is None:
        return None
    window.flush_editors()
    deadline = tree.round.deadline or date.today() + timedelta(days=14)
    dialog = HandoutDialog(window.rounds, deadline, window.parts.parent)
    dialog.open()
    return dialog
