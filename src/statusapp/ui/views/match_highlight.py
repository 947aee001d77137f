"""Why a row matches the filter: the matching part of its text on a yellow ground, and a note
naming the field that matched when the tree does not show it (an action's explanation)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from statusapp.domain import NodeKind
from statusapp.domain.filtering import ambition_haystack, match_spans, matched_fields

if TYPE_CHECKING:
    from statusapp.ui.models.tree_nodes import TreeNode

MATCH_BACKGROUND = QColor("#FFE066")
MATCH_TEXT = QColor("#1A1A1A")  # dark on yellow, also on a selected row
SNIPPET_CONTEXT = 40  # characters shown either side of a match in a note


def paint_with_matches(painter: QPainter, option: QStyleOptionViewItem, needle: str) -> bool:
    """Paint an item (its style options filled in) with the needle marked in its text;
    False, painting nothing, when the text shown does not hold it."""
    text = option.text
    if not match_spans(text, needle):
        return False
    widget = option.widget
    style = widget.style() if widget is not None else QApplication.style()
    text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
    option.text = ""
    style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
    rect = text_rect.adjusted(margin, 0, -margin, 0)
    metrics = QFontMetrics(option.font)
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    plain = option.palette.color(role)
    pieces: list[tuple[str, bool]] = []
    position = 0
    for start, end in match_spans(shown, needle):
        pieces += [(shown[position:start], False), (shown[start:end], True)]
        position = end
    pieces.append((shown[position:], False))
    painter.save()
    painter.setFont(option.font)
    x = rect.left()
    for piece, is_match in pieces:
        if not piece:
            continue
        width = metrics.horizontalAdvance(piece)
        box = QRect(x, rect.top(), width, rect.height())
        if is_match:
            painter.fillRect(box.adjusted(0, 1, 0, -1), MATCH_BACKGROUND)
        painter.setPen(MATCH_TEXT if is_match else plain)
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, piece)
        x += width
    painter.restore()
    return True


def match_note(node: TreeNode, needle: str) -> str | None:
    """Where the filter matched when the tree row does not show it, else None."""
    if not needle or node.kind is NodeKind.PILLAR:
        return None
    item = node.item
    if node.kind is NodeKind.AMBITION:
        if needle in item.title.casefold():
            return None
        for text in (item.description, item.note):
            if needle in text.casefold():
                return QCoreApplication.translate(
                    "FilterMatch", "Matches “{needle}” in the description: {snippet}"
                ).format(needle=needle, snippet=_snippet(text, needle))
        return None
    fields = matched_fields(item, needle)
    if "text" in fields or "number" in fields:
        return None
    if "explanation" in fields:
        return QCoreApplication.translate(
            "FilterMatch", "Matches “{needle}” in the explanation: {snippet}"
        ).format(needle=needle, snippet=_snippet(item.update.explanation, needle))
    if "sub_items" in fields:
        texts = "\n".join(sub.text for sub in item.sub_items)
        return QCoreApplication.translate(
            "FilterMatch", "Matches “{needle}” in a sub-item: {snippet}"
        ).format(needle=needle, snippet=_snippet(texts, needle))
    ambition = node.ambition
    if ambition is None or needle not in ambition_haystack(ambition.item):
        return None
    return QCoreApplication.translate(
        "FilterMatch", "Shown because its ambition matches “{needle}”."
    ).format(needle=needle)


def _snippet(text: str, needle: str) -> str:
    spans = match_spans(text, needle)
    if not spans:
        return ""
    start, end = spans[0]
    left, right = max(0, start - SNIPPET_CONTEXT), min(len(text), end + SNIPPET_CONTEXT)
    snippet = " ".join(text[left:right].split())
    return f"{'…' if left else ''}{snippet}{'…' if right < len(text) else ''}"
