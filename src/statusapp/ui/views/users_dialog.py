"""File > Users and roles: the logins with a role in the central database, and a form to give
a login a role (and the owner whose actions it updates) or to take it away."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from statusapp.domain.rights import Role
from statusapp.services.users import User


class UsersDialog(QDialog):
    """Shows users; asks for changes through its signals (the controller calls the services)."""

    save_requested = Signal(str, str, str)  # login, role id, owner ("" for none)
    remove_requested = Signal(str)  # login

    def __init__(self, owners: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersDialog")
        self.setWindowTitle(self.tr("Users and roles"))
        self.resize(720, 480)
        self.roles = {
            Role.READER: self.tr("reader: reads and exports"),
            Role.EDITOR: self.tr("editor: updates the owner's actions"),
            Role.CONTROL: self.tr("control team: the whole round"),
            Role.ADMIN: self.tr("administrator: also users and roles"),
        }
        intro = QLabel(
            self.tr(
                "The database server checks every login's password or Windows sign-in; "
                "Statusapp never stores a password."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.view = QTreeWidget(self)
        self.view.setHeaderLabels([self.tr("Login"), self.tr("Role"), self.tr("Owner")])
        self.view.setRootIsDecorated(False)
        self.view.currentItemChanged.connect(self._fill_form)

        self.login_field = QLineEdit(self)
        self.login_field.setObjectName("loginField")
        self.role_field = QComboBox(self)
        self.role_field.setObjectName("roleField")
        for role, text in self.roles.items():
            self.role_field.addItem(text, role.value)
        self.owner_field = QComboBox(self)
        self.owner_field.setObjectName("userOwnerField")
        self.owner_field.addItem(self.tr("(no owner)"), "")
        for owner in owners:
            self.owner_field.addItem(owner, owner)
        form = QFormLayout()
        form.addRow(self.tr("&Login:"), self.login_field)
        form.addRow(self.tr("&Role:"), self.role_field)
        form.addRow(self.tr("&Owner:"), self.owner_field)
        for field, name in ((self.login_field, self.tr("Login")),
                            (self.role_field, self.tr("Role")),
                            (self.owner_field, self.tr("Owner"))):  # fmt: skip
            field.setAccessibleName(name)

        self.save_button = QPushButton(self.tr("&Give this role"), self)
        self.save_button.setObjectName("saveUserButton")
        self.save_button.clicked.connect(self._save)
        self.remove_button = QPushButton(self.tr("Take the role &away"), self)
        self.remove_button.setObjectName("removeUserButton")
        self.remove_button.clicked.connect(self._remove)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def show_users(self, users: list[User]) -> None:
        self.view.clear()
        for user in users:
            item = QTreeWidgetItem(
                [user.login, self.roles[user.role].split(":")[0], user.owner or ""]
            )
            item.setData(0, 256, (user.login, user.role.value, user.owner or ""))
            self.view.addTopLevelItem(item)
        for column in range(3):
            self.view.resizeColumnToContents(column)

    def _fill_form(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        login, role, owner = item.data(0, 256)
        self.login_field.setText(login)
        self.role_field.setCurrentIndex(self.role_field.findData(role))
        index = self.owner_field.findData(owner)
        self.owner_field.setCurrentIndex(max(index, 0))

    def _save(self) -> None:
        login = self.login_field.text().strip()
        if login:
            self.save_requested.emit(
                login, self.role_field.currentData(), self.owner_field.currentData() or ""
            )

    def _remove(self) -> None:
        login = self.login_field.text().strip()
        if login:
            self.remove_requested.emit(login)
