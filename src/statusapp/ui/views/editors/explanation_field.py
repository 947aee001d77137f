"""The explanation field: spelling underlined as people type, with suggestions and "add to the
word list" in its context menu, and a length guide under it that turns amber past the
programme's soft limit. Explanations go straight into a council report."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QLabel, QMenu, QPlainTextEdit, QWidget

from statusapp.domain.model import DEFAULT_EXPLANATION_LIMIT
from statusapp.services.spelling import Misspelling, Speller, SpellingUnavailable, speller_for

AMBER_STYLE = "color: #8A5300; font-weight: bold;"  # 5.6:1 on white: readable, not alarming
MISSPELLED_COLOUR = QColor("#C00000")


class SpellingHighlighter(QSyntaxHighlighter):
    """Underlines the words the speller does not know, one block (paragraph) at a time."""

    def __init__(self, field: QPlainTextEdit) -> None:
        super().__init__(field.document())
        self._field = field
        self.speller: Speller | None = None
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self._format.setUnderlineColor(MISSPELLED_COLOUR)

    def set_speller(self, speller: Speller | None) -> None:
        if speller is not self.speller:
            self.speller = speller
            self.rehighlight_quietly()

    def rehighlight_quietly(self) -> None:
        """Underline afresh without the field's textChanged, which Qt emits for new formats
        too: the autosave must not take a new underline for typing."""
        blocked = self._field.blockSignals(True)
        try:
            self.rehighlight()
        finally:
            self._field.blockSignals(blocked)

    def highlightBlock(self, text: str) -> None:
        if self.speller is None:
            return
        for word in self.speller.misspellings(text):
            self.setFormat(word.start, word.end - word.start, self._format)


class ExplanationField(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.highlighter = SpellingHighlighter(self)
        self.language = ""
        self.spelling_problem: str | None = None  # why spelling is off, for the tooltip

    def set_language(self, language: str) -> None:
        """Check spelling in the programme's language; the dictionary loads after the window
        has painted, so opening never waits for it."""
        if language == self.language:
            return
        self.language = language
        QTimer.singleShot(0, self._load_speller)

    def _load_speller(self) -> None:
        found = speller_for(self.language)
        if isinstance(found, SpellingUnavailable):
            self.spelling_problem = found.reason
            self.highlighter.set_speller(None)
        else:
            self.spelling_problem = None
            self.highlighter.set_speller(found)

    def misspelling_at(self, position: int) -> Misspelling | None:
        """The underlined word at a character position of the whole text, if any."""
        speller = self.highlighter.speller
        if speller is None:
            return None
        block = self.document().findBlock(position)
        offset = position - block.position()
        for word in speller.misspellings(block.text()):
            if word.start <= offset <= word.end:
                start = block.position() + word.start
                return Misspelling(start, start + len(word.word), word.word)
        return None

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        self.extend_context_menu(menu, event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def extend_context_menu(self, menu: QMenu, position: QPoint) -> None:
        """The spelling entries for the word at `position` (viewport coordinates); the
        window's one undo history builds its own menu and calls this too."""
        clicked = self.cursorForPosition(position).position()
        word = self.misspelling_at(clicked) if not self.isReadOnly() else None
        if word is not None:
            self.add_spelling_actions(menu, word)

    def add_spelling_actions(self, menu: QMenu, word: Misspelling) -> None:
        """Suggestions first (bold, as word processors show them), then "add to word list"."""
        speller = self.highlighter.speller
        assert speller is not None
        first = menu.actions()[0] if menu.actions() else None
        suggestions = speller.suggestions(word.word)
        bold = QFont(menu.font())
        bold.setBold(True)
        for suggestion in suggestions:
            action = menu.addAction(suggestion)
            action.setFont(bold)
            action.triggered.connect(lambda _=False, s=suggestion: self.replace_word(word, s))
            menu.insertAction(first, action)
        if not suggestions:
            none = menu.addAction(self.tr("(no suggestions)"))
            none.setEnabled(False)
            menu.insertAction(first, none)
        add = menu.addAction(self.tr("Add “%1” to the word list").replace("%1", word.word))
        add.setObjectName("addToWordList")
        add.triggered.connect(lambda: self.add_to_word_list(word.word))
        menu.insertAction(first, add)
        menu.insertSeparator(first)

    def replace_word(self, word: Misspelling, replacement: str) -> None:
        # Through the document, as typing would: the autosave and the undo step follow.
        cursor = QTextCursor(self.document())
        cursor.setPosition(word.start)
        cursor.setPosition(word.end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(replacement)

    def add_to_word_list(self, word: str) -> None:
        speller = self.highlighter.speller
        if speller is not None:
            speller.add_to_dictionary(word)
            self.highlighter.rehighlight_quietly()


class LengthGuide(QLabel):
    """ "212 / 300 tekens": amber and with a word past the soft limit (not by colour alone)."""

    def __init__(self, field: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("explanationLength")
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setWordWrap(True)
        self.field = field
        self.limit = DEFAULT_EXPLANATION_LIMIT
        field.textChanged.connect(self.refresh)
        self.refresh()

    def set_limit(self, limit: int) -> None:
        self.limit = limit
        self.refresh()

    @property
    def over(self) -> bool:
        return len(self.field.toPlainText()) > self.limit

    def refresh(self) -> None:
        length = len(self.field.toPlainText())
        if length > self.limit:
            text = self.tr("%1 / %2 characters: longer than the report's cells hold well")
            self.setStyleSheet(AMBER_STYLE)
        else:
            text = self.tr("%1 / %2 characters")
            self.setStyleSheet("")
        self.setText(text.replace("%1", str(length)).replace("%2", str(self.limit)))
        self.setToolTip(
            self.tr(
                "The programme advises at most %1 characters per explanation; longer texts are "
                "saved, but make the report's tables hard to read."
            ).replace("%1", str(self.limit))
        )
