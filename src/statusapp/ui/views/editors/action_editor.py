"""The action page: context, number and text, planned, status, explanation, owner, sub-items,
who changed it last, and its history in earlier rounds. Everything saves itself."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from statusapp.domain import Action, ReviewState, Status, SubItem, TableKind
from statusapp.domain.planned import parse_planned
from statusapp.domain.rights import Operation
from statusapp.errors import PlannedTextError
from statusapp.ui.controllers.controller import ProgrammeController
from statusapp.ui.models.round_texts import last_changed_text, previous_round_text
from statusapp.ui.models.tree_model import TreeNode
from statusapp.ui.views.editors.action_past import ChangesView, HistoryView
from statusapp.ui.views.editors.autosave import AutoSaver
from statusapp.ui.views.editors.explanation_field import ExplanationField, LengthGuide
from statusapp.ui.views.editors.field_message import FieldMessage
from statusapp.ui.views.editors.filter_note import FilterNote
from statusapp.ui.views.editors.review_bar import ReviewBar
from statusapp.ui.views.editors.status_buttons import StatusButtons, show_caption
from statusapp.ui.views.editors.sub_items_table import SubItemsTable
from statusapp.ui.views.flow_layout import FlowLayout


class ActionEditor(QWidget):
    def __init__(self, controller: ProgrammeController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionEditor")
        self.controller = controller
        self._action: Action | None = None
        self._pending_status: Status | None = None  # chosen, but the save failed: retried
        # The owner and sub-items as last shown: only a difference from these is the user's
        # edit. The action itself may change meanwhile (Assign owner, an import), and the
        # editor must not write its stale values back over that.
        self._shown_owner: str | None = None
        self._shown_sub_items: list[SubItem] = []
        self._table = TableKind.GREEN

        self.context_label = QLabel(self)
        self.context_label.setObjectName("actionContext")
        self.context_label.setWordWrap(True)
        self.context_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.previous_round_label = QLabel(self)
        self.previous_round_label.setObjectName("previousRoundLabel")
        self.previous_round_label.setWordWrap(True)

        self.number_field = QLineEdit(self)
        self.number_field.setObjectName("numberField")
        digits = self.number_field.fontMetrics()
        self.number_field.setMaximumWidth(digits.horizontalAdvance("00.00.00") + 16)
        self.number_field.setAccessibleName(self.tr("Number"))
        self.text_field = QPlainTextEdit(self)
        self.text_field.setObjectName("textField")
        self.text_field.setAccessibleName(self.tr("Action text"))
        self.text_field.setTabChangesFocus(True)
        self.text_field.setFixedHeight(72)

        self.planned_field = QLineEdit(self)
        self.planned_field.setObjectName("plannedField")
        self.planned_field.setAccessibleName(self.tr("Planned"))
        self.planned_field.setPlaceholderText(self.tr("e.g. 2024, 2023/2024, Q2 2025, 2024-feb"))
        self.planned_message = FieldMessage(self.planned_field, "plannedMessage")

        self.status_buttons = StatusButtons(self)
        self.status_buttons.install_shortcuts(self)
        self.status_caption = QLabel(self)
        self.status_caption.setObjectName("statusCaption")

        self.explanation_field = ExplanationField(self)
        self.explanation_field.setObjectName("explanationField")
        self.explanation_field.setAccessibleName(self.tr("Explanation"))
        self.explanation_field.setTabChangesFocus(True)
        self.explanation_field.setMinimumHeight(110)
        self.explanation_message = FieldMessage(self.explanation_field, "explanationMessage")
        self.explanation_length = LengthGuide(self.explanation_field, self)
        self.filter_note = FilterNote(self.explanation_field, self)

        self.owner_field = QComboBox(self)
        self.owner_field.setObjectName("ownerField")
        self.owner_field.setEditable(True)
        self.owner_field.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.owner_field.setAccessibleName(self.tr("Owner"))
        self.owner_field.lineEdit().setPlaceholderText(self.tr("Project leader"))

        self.sub_items_table = SubItemsTable(self)
        self.add_sub_item_button = QPushButton(self.tr("Add sub-item"), self)
        self.add_sub_item_button.setObjectName("addSubItemButton")
        self.remove_sub_item_button = QPushButton(self.tr("Remove sub-item"), self)
        self.remove_sub_item_button.setObjectName("removeSubItemButton")

        self.review_bar = ReviewBar(self)
        self.review_bar.review_requested.connect(self._request_review)
        self.last_changed_label = QLabel(self)
        self.last_changed_label.setObjectName("lastChangedLabel")
        self.history_view = HistoryView(self)
        self.changes_view = ChangesView(self)

        self._layout_widgets()
        self._connect()

    def _layout_widgets(self) -> None:
        # The number below its label, so the text has the field column's whole width.
        number_box = QWidget(self)
        number_column = QVBoxLayout(number_box)
        number_column.setContentsMargins(0, 0, 0, 0)
        number_column.addWidget(self._label(self.tr("&Action"), self.number_field))
        number_column.addWidget(self.number_field)
        number_column.addStretch(1)
        planned_box = QVBoxLayout()
        planned_box.addWidget(self.planned_field)
        planned_box.addWidget(self.planned_message)
        status_box = QVBoxLayout()
        status_box.addWidget(self.status_buttons)
        status_box.addWidget(self.status_caption)
        sub_item_buttons = FlowLayout()
        sub_item_buttons.addWidget(self.add_sub_item_button)
        sub_item_buttons.addWidget(self.remove_sub_item_button)
        sub_items = QVBoxLayout()
        sub_items.addWidget(self.sub_items_table)
        sub_items.addLayout(sub_item_buttons)

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above, if narrow
        form.addRow(self.context_label)
        form.addRow(self.previous_round_label)
        form.addRow(self.filter_note)
        form.addRow(self.review_bar)
        form.addRow(number_box, self.text_field)
        form.addRow(self._label(self.tr("&Planned"), self.planned_field), planned_box)
        form.addRow(
            self._label(self.tr("&Status"), self.status_buttons.buttons[Status.DONE]), status_box
        )
        explanation_box = QVBoxLayout()
        explanation_box.addWidget(self.explanation_field)
        explanation_box.addWidget(self.explanation_message)
        explanation_box.addWidget(self.explanation_length)
        form.addRow(self._label(self.tr("E&xplanation"), self.explanation_field), explanation_box)
        form.addRow(self._label(self.tr("&Owner"), self.owner_field), self.owner_field)
        form.addRow(self._label(self.tr("Sub-items"), self.sub_items_table), sub_items)
        form.addRow(self.last_changed_label)
        form.addRow(self._label(self.tr("Earlier rounds"), self.history_view), self.history_view)
        form.addRow(self._label(self.tr("Changes"), self.changes_view), self.changes_view)

        order = [
            self.number_field,
            self.text_field,
            self.planned_field,
            *self.status_buttons.buttons.values(),
            self.explanation_field,
            self.owner_field,
            self.sub_items_table,
            self.add_sub_item_button,
            self.remove_sub_item_button,
            self.history_view,
            self.changes_view,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _connect(self) -> None:
        self.savers = [
            AutoSaver(self.number_field, self.number_field.textChanged, self._save_label),
            AutoSaver(self.text_field, self.text_field.textChanged, self._save_label),
            AutoSaver(self.planned_field, self.planned_field.textChanged, self._save_planned),
            AutoSaver(
                self.explanation_field, self.explanation_field.textChanged, self._save_explanation
            ),
        ]
        self.planned_field.textChanged.connect(self._check_planned)
        self.explanation_field.textChanged.connect(self._check_explanation)
        self.controller.update_discarded.connect(self._discard_update_edits)
        self.status_buttons.status_chosen.connect(self._save_status)
        self.owner_field.lineEdit().editingFinished.connect(self._save_owner)
        self.owner_field.activated.connect(lambda _index: self._save_owner())
        self.sub_items_table.itemChanged.connect(lambda _item: self._save_sub_items())
        self.add_sub_item_button.clicked.connect(self.sub_items_table.add_row)
        self.controller.saved.connect(self._saved)
        self.remove_sub_item_button.clicked.connect(self._remove_sub_item)

    # --- showing --------------------------------------------------------------------------

    @property
    def action_id(self) -> str | None:
        return self._action.id if self._action else None

    def show_node(self, node: TreeNode) -> None:
        self.flush()
        if self._action is None or node.item.id != self._action.id:
            self._pending_status = None
        self._action = node.item
        self._table = node.table() or TableKind.GREEN
        pillar = node.ancestor_title("pillar")
        ambition = node.ancestor_title("ambition")
        self.context_label.setText(f"<b>{_escape(pillar)}</b> › {_escape(ambition)}")
        programme = self.controller.programme
        if programme is not None:
            self.explanation_field.set_language(programme.language)
            self.explanation_length.set_limit(programme.explanation_limit)
        self.refresh()
        self._fill_history()

    def refresh(self) -> None:
        """Show the action's current values (after an undo, say), keeping what is unchanged."""
        action = self._action
        if action is None:
            return
        for saver in self.savers:
            saver.suspend()
        _set_text(self.number_field, action.number)
        _set_plain(self.text_field, action.text)
        _set_text(self.planned_field, action.planned)
        _set_plain(self.explanation_field, action.explanation)
        for saver in self.savers:
            saver.resume()
        self._check_planned()
        self._check_explanation()
        closed = self.controller.round_closed
        locked = closed or action.update.review is ReviewState.APPROVED
        identity = self.controller.identity
        own = identity.may_edit(action.owner)  # an editor's own action, or control's any
        self.review_bar.show_state(
            action.update.review,
            round_closed=closed,
            may_submit=own,
            may_approve=identity.may(Operation.APPROVE),
        )
        allowed = {
            self.planned_field: own,
            self.explanation_field: own,
            self.sub_items_table: own,
            self.owner_field: identity.may(Operation.OWNERS),
        }
        for widget in self._editable_widgets():
            widget.setEnabled(not locked and allowed.get(widget, identity.may(Operation.STRUCTURE)))
        green = self._table is TableKind.GREEN
        self.status_buttons.setEnabled(green and not locked and own)
        self.status_buttons.set_status(action.status)
        show_caption(self.status_caption, action.status if green else None)
        owners = self.controller.known_owners()
        self.owner_field.blockSignals(True)
        self.owner_field.clear()
        self.owner_field.addItems(owners)
        self.owner_field.setEditText(action.owner or "")
        self.owner_field.blockSignals(False)
        self._shown_owner = action.owner
        self._fill_sub_items(list(action.sub_items))
        self._show_round_lines()

    def _saved(self) -> None:
        if self.isVisible():  # say at once who changed it last, and how it stands now
            self._show_round_lines()
            self._fill_changes()

    def _show_round_lines(self) -> None:
        action = self._action
        if action is None:
            return
        self.last_changed_label.setText(last_changed_text(action.update))
        previous = self.controller.model.previous_updates.get(action.id)
        text = previous_round_text(previous, action.update, self._table is TableKind.GREEN)
        self.previous_round_label.setText(text)
        self.previous_round_label.setVisible(bool(text))

    def _editable_widgets(self) -> list[QWidget]:
        return [
            self.number_field,
            self.text_field,
            self.planned_field,
            self.explanation_field,
            self.owner_field,
            self.sub_items_table,
            self.add_sub_item_button,
            self.remove_sub_item_button,
        ]

    def _request_review(self, state: ReviewState) -> None:
        if self._action is not None:
            self.flush()
            self.controller.edit_review([self._action.id], state)
            self.refresh()

    def _fill_history(self) -> None:
        if self._action is not None:
            self.history_view.fill(self.controller.history(self._action.id))
        self._fill_changes()

    def _fill_changes(self) -> None:
        if self._action is not None:
            self.changes_view.fill(self.controller.changes(self._action.id))

    # --- saving ---------------------------------------------------------------------------

    def flush(self) -> None:
        """Save whatever is typed but not yet saved (before leaving this action)."""
        for saver in self.savers:
            saver.flush()
        if self._action is not None and self._pending_status is not None:
            self._save_status(self._pending_status)
        if self._action is not None and self.owner_field.isEnabled():
            self._save_owner()
            self._save_sub_items()

    def _save_label(self) -> bool | None:
        if self._action is None:
            return
        text = self.text_field.toPlainText()
        if not text.strip():
            return  # an action keeps its text; the empty field is not saved
        merge_key = (self.savers[0].merge_key, self.savers[1].merge_key)
        return self.controller.edit_label(
            self._action.id, self.number_field.text().strip(), text, merge_key
        )

    def _check_planned(self) -> bool:
        text, problem = self.planned_field.text(), None
        try:
            parse_planned(text)
        except PlannedTextError:
            problem = self.tr(
                "Not a planning the report uses; write a year (2024), a range (2023/2024, "
                "2023-2026), a month (2024-feb) or quarters (Q2 en Q3 2023). Not saved."
            )
        return self.planned_message.check(text, problem)

    def _check_explanation(self) -> bool:
        return self.explanation_message.check(self.explanation_field.toPlainText())

    def _save_planned(self) -> bool | None:
        if self._action is None or not self._check_planned():
            return None
        return self.controller.edit_update(
            self._action.id,
            {"planned": self.planned_field.text().strip()},
            self.savers[2].merge_key,
        )

    def _save_explanation(self) -> bool | None:
        if self._action is None or not self._check_explanation():
            return None
        return self.controller.edit_update(
            self._action.id,
            {"explanation": self.explanation_field.toPlainText()},
            self.savers[3].merge_key,
        )

    def _save_status(self, status: Status) -> None:
        if self._action is None:
            return
        saved = self.controller.edit_update(self._action.id, {"status": status})
        # Kept when the database cannot take it now (False): flush() tries again.
        self._pending_status = status if saved is False else None
        show_caption(self.status_caption, self._action.status)

    def _discard_update_edits(self, action_id: str) -> None:
        """Someone else's version of this update was chosen: what waits here is dropped."""
        if action_id == self.action_id:
            for saver in self.savers[2:]:  # planned and explanation
                saver.discard()
            self._pending_status = None

    def refused_text(self) -> str | None:
        """A planned text or explanation shown here that the programme refused to store (a
        message below the field says why): typed, so closing asks before it is gone."""
        action = self._action
        if action is None or any(saver.pending for saver in self.savers):
            return None
        planned = self.planned_field.text().strip()
        if planned != action.update.planned:
            return planned
        explanation = self.explanation_field.toPlainText()
        return explanation if explanation != action.update.explanation else None

    def has_unsaved(self) -> bool:
        """Typed or chosen but not saved (the database could not take it): must not be
        refilled with the stored values."""
        action = self._action
        if action is None:
            return False
        owner = " ".join(self.owner_field.currentText().split()) or None
        items = self.sub_items_table.sub_items()
        return (
            any(saver.pending for saver in self.savers)
            or self._pending_status is not None
            or (self.owner_field.isEnabled() and owner != self._shown_owner)
            or (items is not None and items != self._shown_sub_items)
        )

    @property
    def shown_id(self) -> str | None:
        return self._action.id if self._action is not None else None

    def _save_owner(self) -> None:
        if self._action is None:
            return
        owner = " ".join(self.owner_field.currentText().split()) or None
        saved = owner == self._shown_owner or self.controller.edit_owner(self._action.id, owner)
        if saved is None:  # refused (a message said why): show the stored owner again
            self.owner_field.setEditText(self._shown_owner or "")
        self._shown_owner = owner if saved else self._shown_owner

    def _save_sub_items(self) -> None:
        items = self.sub_items_table.sub_items()
        if self._action is None or items is None or items == self._shown_sub_items:
            return
        saved = self.controller.edit_sub_items(self._action.id, items)
        if saved is None:  # refused (a message said why): show the stored ones again
            self._fill_sub_items(self._shown_sub_items)
        self._shown_sub_items = items if saved else self._shown_sub_items

    def _fill_sub_items(self, items: list[SubItem]) -> None:
        self._shown_sub_items = items
        self.sub_items_table.fill(items)

    def _remove_sub_item(self) -> None:
        if self.sub_items_table.remove_current_row():
            self._save_sub_items()


def _set_text(field: QLineEdit, text: str) -> None:
    if field.text() != text:
        field.setText(text)


def _set_plain(field: QPlainTextEdit, text: str) -> None:
    if field.toPlainText() != text:
        field.setPlainText(text)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
