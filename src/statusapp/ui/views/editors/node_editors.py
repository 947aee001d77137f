"""The pages for a pillar (title, aims) and an ambition (title, description, table, note)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from statusapp.domain import TableKind
from statusapp.domain.rights import Operation
from statusapp.domain.status import STATUS_ORDER
from statusapp.ui.controllers.controller import ProgrammeController
from statusapp.ui.models.status_style import status_caption
from statusapp.ui.models.tree_model import TreeNode
from statusapp.ui.views.editors.autosave import AutoSaver


class PillarEditor(QWidget):
    def __init__(self, controller: ProgrammeController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pillarEditor")
        self.controller = controller
        self._node: TreeNode | None = None
        self.title_field = QLineEdit(self)
        self.title_field.setObjectName("pillarTitleField")
        self.title_field.setAccessibleName(self.tr("Pillar title"))
        self.aims_field = QPlainTextEdit(self)
        self.aims_field.setObjectName("aimsField")
        self.aims_field.setAccessibleName(self.tr("Aims, one per line"))
        self.aims_field.setTabChangesFocus(True)
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("pillarCounts")
        self.counts_label.setWordWrap(True)
        form = QFormLayout(self)
        title_label = QLabel(self.tr("&Title"), self)
        title_label.setBuddy(self.title_field)
        aims_label = QLabel(self.tr("&Aims"), self)
        aims_label.setBuddy(self.aims_field)
        form.addRow(title_label, self.title_field)
        form.addRow(aims_label, self.aims_field)
        form.addRow(self.counts_label)
        self.savers = [
            AutoSaver(self.title_field, self.title_field.textChanged, self._save_title),
            AutoSaver(self.aims_field, self.aims_field.textChanged, self._save_aims),
        ]

    def show_node(self, node: TreeNode) -> None:
        self.flush()
        self._node = node
        self.refresh()

    def refresh(self) -> None:
        if self._node is None:
            return
        pillar = self._node.item
        may_change = self.controller.identity.may(Operation.STRUCTURE)
        self.title_field.setReadOnly(not may_change)  # readable, copyable, not editable
        self.aims_field.setReadOnly(not may_change)
        for saver in self.savers:
            saver.suspend()
        if self.title_field.text() != pillar.title:
            self.title_field.setText(pillar.title)
        aims = "\n".join(pillar.aims)
        if self.aims_field.toPlainText() != aims:
            self.aims_field.setPlainText(aims)
        for saver in self.savers:
            saver.resume()
        counts = self.controller.model.pillar_counts(self._node)
        total = sum(counts.values())
        self.counts_label.setText(
            self.tr("%n programme actions: {counts}", "", total).format(
                counts=", ".join(
                    f"{status_caption(status)} {counts[status]}" for status in STATUS_ORDER
                ),
            )
        )

    def flush(self) -> None:
        for saver in self.savers:
            saver.flush()

    def has_unsaved(self) -> bool:
        """Typed but not saved (the database could not take it): must not be refilled."""
        return any(saver.pending for saver in self.savers)

    @property
    def shown_id(self) -> str | None:
        return self._node.id if self._node is not None else None

    def _save_title(self) -> bool | None:
        title = self.title_field.text()
        if self._node is not None and title.strip():
            return self.controller.edit_pillar(
                self._node.id, {"title": title}, self.savers[0].merge_key
            )

    def _save_aims(self) -> bool | None:
        if self._node is None:
            return
        aims = [line.strip() for line in self.aims_field.toPlainText().splitlines() if line.strip()]
        return self.controller.edit_pillar(self._node.id, {"aims": aims}, self.savers[1].merge_key)


class AmbitionEditor(QWidget):
    def __init__(self, controller: ProgrammeController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ambitionEditor")
        self.controller = controller
        self._node: TreeNode | None = None
        self.context_label = QLabel(self)
        self.context_label.setObjectName("ambitionContext")
        self.context_label.setWordWrap(True)  # a long pillar title must not widen the editor
        self.title_field = QLineEdit(self)
        self.title_field.setObjectName("ambitionTitleField")
        self.title_field.setAccessibleName(self.tr("Ambition title"))
        self.description_field = QPlainTextEdit(self)
        self.description_field.setObjectName("descriptionField")
        self.description_field.setAccessibleName(self.tr("Description"))
        self.description_field.setTabChangesFocus(True)
        self.table_field = QComboBox(self)
        self.table_field.setObjectName("tableField")
        self.table_field.setAccessibleName(self.tr("Table"))
        self.table_field.addItem(self.tr("Programme (green table)"), TableKind.GREEN.value)
        self.table_field.addItem(self.tr("Additional work (blue table)"), TableKind.BLUE.value)
        self.table_field.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.table_field.setMinimumContentsLength(12)
        self.note_field = QLineEdit(self)
        self.note_field.setObjectName("noteField")
        self.note_field.setAccessibleName(self.tr("Note"))
        form = QFormLayout(self)
        form.addRow(self.context_label)
        for text, field in (
            (self.tr("&Title"), self.title_field),
            (self.tr("&Description"), self.description_field),
            (self.tr("T&able"), self.table_field),
            (self.tr("&Note"), self.note_field),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        self.savers = [
            AutoSaver(self.title_field, self.title_field.textChanged, self._save_texts),
            AutoSaver(self.description_field, self.description_field.textChanged, self._save_texts),
            AutoSaver(self.note_field, self.note_field.textChanged, self._save_texts),
        ]
        self.table_field.activated.connect(lambda _index: self._save_table())

    def show_node(self, node: TreeNode) -> None:
        self.flush()
        self._node = node
        self.context_label.setText(node.ancestor_title("pillar"))
        self.refresh()

    def refresh(self) -> None:
        if self._node is None:
            return
        ambition = self._node.item
        may_change = self.controller.identity.may(Operation.STRUCTURE)
        for field in (self.title_field, self.description_field, self.note_field):
            field.setReadOnly(not may_change)
        self.table_field.setEnabled(may_change)
        for saver in self.savers:
            saver.suspend()
        for field, value in ((self.title_field, ambition.title), (self.note_field, ambition.note)):
            if field.text() != value:
                field.setText(value)
        if self.description_field.toPlainText() != ambition.description:
            self.description_field.setPlainText(ambition.description)
        for saver in self.savers:
            saver.resume()
        self.table_field.setCurrentIndex(0 if ambition.table is TableKind.GREEN else 1)

    def flush(self) -> None:
        for saver in self.savers:
            saver.flush()

    def has_unsaved(self) -> bool:
        """Typed but not saved (the database could not take it): must not be refilled."""
        return any(saver.pending for saver in self.savers)

    @property
    def shown_id(self) -> str | None:
        return self._node.id if self._node is not None else None

    def _save_texts(self) -> bool | None:
        if self._node is None:
            return
        values = {
            "title": self.title_field.text(),
            "description": self.description_field.toPlainText(),
            "note": self.note_field.text(),
        }
        if values["title"].strip() or values["description"].strip():
            return self.controller.edit_ambition(self._node.id, values, self._merge_key())

    def _merge_key(self) -> object:
        return tuple(saver.merge_key for saver in self.savers)

    def _save_table(self) -> None:
        if self._node is not None:
            self.controller.edit_ambition(
                self._node.id, {"table": TableKind(self.table_field.currentData())}
            )
