"""Round > Changes since the previous round and Round > Check before publishing (views that
stay open beside the window), and File > Publish."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from statusapp.errors import StatusappError
from statusapp.services.checks import publication_checks
from statusapp.services.round_comparison import round_comparison
from statusapp.translation import current_language
from statusapp.ui.models.count_texts import count_texts
from statusapp.ui.views.publishing_dialogs import ChangesDialog, ChecksDialog

if TYPE_CHECKING:
    from statusapp.services.connection import Database
    from statusapp.ui.window_parts import RoundWindow


def _programme(window: RoundWindow) -> str | None:
    tree = window.model.tree
    return tree.programme.id if tree is not None else None


def show_changes(window: RoundWindow, *, modal: bool = False) -> ChangesDialog | None:
    database, programme = window.controller.database, _programme(window)
    if database is None or programme is None:
        return None
    window.flush_editors()
    try:
        comparison = round_comparison(database, programme)
    except StatusappError as error:
        _failed(window, error)
        return None
    dialog = ChangesDialog(comparison, current_language(), window.parts.parent)
    dialog.action_chosen.connect(window.select_node)
    _show(dialog, modal)
    return dialog


def show_checks(window: RoundWindow, *, modal: bool = False) -> ChecksDialog | None:
    database, programme = window.controller.database, _programme(window)
    if database is None or programme is None:
        return None
    window.flush_editors()
    try:
        findings = publication_checks(database, programme)
    except StatusappError as error:
        _failed(window, error)
        return None
    dialog = ChecksDialog(findings, window.parts.parent)
    dialog.action_chosen.connect(window.select_node)
    _show(dialog, modal)
    return dialog


def publish(window: RoundWindow, folder: str | None = None, language: str | None = None) -> bool:
    """File > Publish: the site in a folder and language the user picks (an empty folder, or
    a site written before), as `statusapp publish` writes it."""
    from pathlib import Path

    from statusapp.services.publishing import publish_site

    database, programme = window.controller.database, _programme(window)
    if database is None or programme is None:
        return False
    window.flush_editors()
    if folder is None:
        folder = window.parts.files.choose_folder(
            QCoreApplication.translate("PublishingActions", "Publish: choose the site's folder")
        )
        if folder is None:
            return False
        language = _ask_language(window)
        if language is None:
            return False
    try:
        summary = publish_site(database, Path(folder), language=language, programme=programme)
        findings = len(publication_checks(database, programme))
    except StatusappError as error:
        _failed(window, error)
        return False
    message = count_texts().published(len(summary.pages), folder)
    if findings:
        message += " " + count_texts().findings_listed(findings)
    window.parts.show_message(message)
    return True


def findings_note(database: Database | None, programme: str | None) -> str:
    """What an export adds to its status message when the checks find something ("" if not)."""
    if database is None:
        return ""
    try:
        findings = len(publication_checks(database, programme))
    except StatusappError:
        return ""
    return " " + count_texts().findings_listed(findings) if findings else ""


def _ask_language(window: RoundWindow) -> str | None:
    """The site's language; the programme's is offered first. None: cancelled."""
    from PySide6.QtWidgets import QInputDialog

    names = {
        "nl": QCoreApplication.translate("PublishingActions", "Dutch"),
        "en": QCoreApplication.translate("PublishingActions", "English"),
    }
    tree = window.model.tree
    first = tree.programme.language if tree is not None else "nl"
    order = [first, *[code for code in names if code != first]]
    chosen, accepted = QInputDialog.getItem(
        window.parts.parent,
        QCoreApplication.translate("PublishingActions", "Publish"),
        QCoreApplication.translate("PublishingActions", "Language of the site:"),
        [names[code] for code in order],
        0,
        False,
    )
    if not accepted:
        return None
    return next(code for code in order if names[code] == chosen)


def _show(dialog, modal: bool) -> None:  # type: ignore[no-untyped-def]
    """Beside the window, not in its way: the control team goes through the list while it
    edits, a click on a line shows the action."""
    if modal:
        dialog.exec()
    else:
        dialog.setModal(False)
        dialog.show()


def _failed(window: RoundWindow, error: StatusappError) -> None:
    QMessageBox.warning(
        window.parts.parent, QCoreApplication.translate("PublishingActions", "Not possible"),
        str(error),
    )  # fmt: skip
