"""How the window words an action's standing in this round: who changed it last, and what
differs from the previous round (in the editor's top line, and beside the tree's status)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from statusapp.domain import Status, StatusUpdate
from statusapp.services.round_changes import PreviousUpdate, round_change
from statusapp.translation import long_date
from statusapp.ui.models.status_style import status_short_label

CHANGED_MARKER = "✎"  # beside the tree's status: changed since the previous round


def last_changed_text(update: StatusUpdate) -> str:
    if update.updated_by and update.updated_at:
        local = update.updated_at.astimezone()
        moment = f"{long_date(local.date())} {local:%H:%M}"  # running text: 15 januari 2025
        return QCoreApplication.translate(
            "ActionEditor", "Last changed by {who} at {when} (revision {revision})"
        ).format(who=update.updated_by, when=moment, revision=update.revision)
    return QCoreApplication.translate("ActionEditor", "Not yet changed in this round")


def short_status(status: Status) -> str:
    return f"{status.symbol} {status_short_label(status)}".strip()


def _changed_fields(previous: PreviousUpdate, update: StatusUpdate) -> str:
    change = round_change(previous, update)
    fields = []
    if change.planned:
        fields.append(QCoreApplication.translate("RoundTexts", "planned"))
    if change.explanation:
        fields.append(QCoreApplication.translate("RoundTexts", "explanation"))
    return ", ".join(fields)


def previous_round_text(previous: PreviousUpdate | None, update: StatusUpdate, green: bool) -> str:
    """ "Previous round: + on track → now ✓ done"; empty without a previous round."""
    if previous is None:
        return ""
    fields = _changed_fields(previous, update)
    if green and previous.status is not update.status:
        text = QCoreApplication.translate(
            "RoundTexts", "Previous round: {before} → now {now}"
        ).format(before=short_status(previous.status), now=short_status(update.status))
        return text + (
            QCoreApplication.translate("RoundTexts", "; also changed: {fields}").format(
                fields=fields
            )
            if fields
            else ""
        )
    if fields:
        return QCoreApplication.translate(
            "RoundTexts", "Changed since the previous round: {fields}"
        ).format(fields=fields)
    return QCoreApplication.translate("RoundTexts", "Unchanged since the previous round")


def tree_marker(previous: PreviousUpdate | None, update: StatusUpdate, green: bool) -> str:
    """After the tree's status: "✎ was +" when the status changed since the previous round,
    "✎" when only planned or explanation did; empty when nothing changed."""
    if previous is None or not round_change(previous, update).any:
        return ""
    if green and previous.status is not update.status:
        return QCoreApplication.translate("RoundTexts", "{marker} was {status}").format(
            marker=CHANGED_MARKER, status=previous.status.symbol or "∅"
        )
    return CHANGED_MARKER


def tree_tooltip(previous: PreviousUpdate | None, update: StatusUpdate, green: bool) -> str:
    """The tooltip line that explains the marker; empty when nothing changed."""
    if previous is None or not round_change(previous, update).any:
        return ""
    return previous_round_text(previous, update, green)
