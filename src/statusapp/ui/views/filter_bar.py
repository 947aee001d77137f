"""Finding things: text as you type, status, owner, planned year, not yet updated."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QVBoxLayout, QWidget

from statusapp.domain import Status
from statusapp.domain.filtering import NO_OWNER, ActionFilter
from statusapp.domain.status import STATUS_ORDER
from statusapp.ui.controllers.one_undo_history import OWN_UNDO
from statusapp.ui.models.status_style import status_caption, status_tooltip
from statusapp.ui.views.flow_layout import FlowLayout

ANY = object()


class FilterBar(QWidget):
    changed = Signal(object)  # ActionFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.text_field = QLineEdit(self)
        self.text_field.setObjectName("filterField")
        # Ctrl+Z here takes back filter typing, never an edit out of sight in the editor.
        self.text_field.setProperty(OWN_UNDO, True)
        self.text_field.setClearButtonEnabled(True)
        self.text_field.setPlaceholderText(
            self.tr("Filter actions, ambitions, explanations (Ctrl+F)")
        )
        self.text_field.setAccessibleName(self.tr("Filter"))
        self.status_field = QComboBox(self)
        self.status_field.setObjectName("statusFilter")
        self.status_field.setAccessibleName(self.tr("Status filter"))
        self.status_field.addItem(self.tr("All statuses"), None)
        for status in STATUS_ORDER:
            self.status_field.addItem(status_caption(status), status.value)
            self.status_field.setItemData(
                self.status_field.count() - 1, status_tooltip(status), Qt.ItemDataRole.ToolTipRole
            )
        self.owner_field = QComboBox(self)
        self.owner_field.setObjectName("ownerFilter")
        self.owner_field.setAccessibleName(self.tr("Owner filter"))
        self.year_field = QComboBox(self)
        self.year_field.setObjectName("yearFilter")
        self.year_field.setAccessibleName(self.tr("Planned year filter"))
        self.not_updated_field = QCheckBox(self.tr("Not yet updated"), self)
        self.not_updated_field.setObjectName("notUpdatedFilter")
        self.not_updated_field.setToolTip(self.tr("Only actions nobody has updated in this round"))
        widths = ((self.status_field, 10), (self.owner_field, 10), (self.year_field, 4))
        for combo, length in widths:
            # Long owner names must not widen the tree's pane past a laptop screen.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(length)
        # The text on its own row; the lists and the check box beside it wrap in a narrow pane.
        choices = FlowLayout()
        for widget in (self.status_field, self.owner_field, self.year_field):
            choices.addWidget(widget)
        choices.addWidget(self.not_updated_field)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text_field)
        layout.addLayout(choices)
        self.text_field.textChanged.connect(self._emit)
        for combo in (self.status_field, self.owner_field, self.year_field):
            combo.currentIndexChanged.connect(self._emit)
        self.not_updated_field.toggled.connect(self._emit)
        self.fill_choices([], [])

    def fill_choices(self, owners: list[str], years: list[int]) -> None:
        """The owners and planned years the programme has."""
        for combo, entries in (
            (
                self.owner_field,
                [(self.tr("All owners"), None), (self.tr("No owner"), NO_OWNER)]
                + [(o, o) for o in owners],
            ),
            (
                self.year_field,
                [(self.tr("All years"), None)] + [(str(y), y) for y in sorted(years)],
            ),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, value in entries:
                combo.addItem(text, value)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def criteria(self) -> ActionFilter:
        status = self.status_field.currentData()
        return ActionFilter(
            text=self.text_field.text(),
            statuses=frozenset({Status(status)}) if status else frozenset(),
            owner=self.owner_field.currentData(),
            year=self.year_field.currentData(),
            not_updated_only=self.not_updated_field.isChecked(),
        )

    def clear(self) -> None:
        for widget in (
            self.text_field,
            self.status_field,
            self.owner_field,
            self.year_field,
            self.not_updated_field,
        ):
            widget.blockSignals(True)
        self.text_field.clear()
        for combo in (self.status_field, self.owner_field, self.year_field):
            combo.setCurrentIndex(0)
        self.not_updated_field.setChecked(False)
        for widget in (
            self.text_field,
            self.status_field,
            self.owner_field,
            self.year_field,
            self.not_updated_field,
        ):
            widget.blockSignals(False)
        self._emit()

    def show_owner(self, owner: str | None, *, not_updated: bool) -> None:
        """One owner's actions (None: every owner's), only those not yet updated or all; the
        text and the other choices stay. One change, one signal."""
        index = self.owner_field.findData(owner)
        if index < 0 and owner is not None:  # the owner lists may not be filled yet
            self.owner_field.addItem(owner, owner)
            index = self.owner_field.count() - 1
        for widget in (self.owner_field, self.not_updated_field):
            widget.blockSignals(True)
        self.owner_field.setCurrentIndex(max(index, 0))
        self.not_updated_field.setChecked(not_updated)
        for widget in (self.owner_field, self.not_updated_field):
            widget.blockSignals(False)
        self._emit()

    def _emit(self, *_: object) -> None:
        self.changed.emit(self.criteria())
