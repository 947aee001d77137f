"""File > Users and roles (the central database's administrator): list, give and take roles
through the services `statusapp user` uses."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from statusapp.domain.rights import Role
from statusapp.errors import StatusappError
from statusapp.services import users
from statusapp.ui.views.users_dialog import UsersDialog

if TYPE_CHECKING:
    from statusapp.ui.window_parts import RoundWindow


def manage_users(window: RoundWindow, *, modal: bool = True) -> UsersDialog | None:
    database = window.controller.database
    if database is None:
        return None
    parent = window.parts.parent
    try:
        listed = users.list_users(database)
    except StatusappError as error:
        _failed(parent, error)
        return None
    dialog = UsersDialog(window.controller.known_owners(), parent)
    dialog.show_users(listed)

    def save(login: str, role: str, owner: str) -> None:
        try:
            known = {user.login for user in users.list_users(database)}
            if login in known:
                users.set_user(database, login, Role(role), owner)
            else:
                users.add_user(database, login, Role(role), owner or None)
        except StatusappError as error:
            _failed(dialog, error)
        dialog.show_users(users.list_users(database))

    def remove(login: str) -> None:
        try:
            users.remove_user(database, login)
        except StatusappError as error:
            _failed(dialog, error)
        dialog.show_users(users.list_users(database))

    dialog.save_requested.connect(save)
    dialog.remove_requested.connect(remove)
    if modal:
        dialog.exec()
    else:  # tests work in it while it is open
        dialog.show()
    return dialog


def _failed(parent, error: StatusappError) -> None:  # type: ignore[no-untyped-def]
    QMessageBox.warning(
        parent, QCoreApplication.translate("UsersActions", "Not possible"), str(error)
    )
