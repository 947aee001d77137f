"""A note at the top of the action page: why the filter shows this action when the tree does
not show the match (it is in the explanation), or that the filter hides the action; what
matches is marked in the explanation field as well."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QWidget

from statusapp.domain.filtering import match_spans
from statusapp.ui.views.match_highlight import MATCH_BACKGROUND, match_note

if TYPE_CHECKING:
    from statusapp.ui.models.tree_nodes import TreeNode


class FilterNote(QLabel):
    def __init__(self, explanation_field: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterNote")
        self.setWordWrap(True)
        self.setStyleSheet("background: #FFF4C2; border: 1px solid #E0C060; padding: 3px;")
        self.hide()
        self._field = explanation_field
        self._needle = ""
        explanation_field.textChanged.connect(self._mark_matches)

    def show_for(self, node: TreeNode | None, needle: str, *, hidden: bool) -> None:
        """`needle`: the filter's text, case-folded; `hidden`: the filter hides the action."""
        self._needle = needle
        lines = []
        if hidden:
            lines.append(self.tr("Hidden by the filter: selected again when the filter shows it."))
        note = match_note(node, needle) if node is not None and not hidden else None
        if note:
            lines.append(note)
        self.setText("\n".join(lines))
        self.setVisible(bool(lines))
        self._mark_matches()

    def _mark_matches(self) -> None:
        marks = []
        text = self._field.toPlainText() if self._needle else ""
        for start, end in match_spans(text, self._needle):
            mark = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self._field.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            mark.cursor = cursor  # type: ignore[attr-defined]
            mark_format = QTextCharFormat()
            mark_format.setBackground(MATCH_BACKGROUND)
            mark.format = mark_format  # type: ignore[attr-defined]
            marks.append(mark)
        self._field.setExtraSelections(marks)
