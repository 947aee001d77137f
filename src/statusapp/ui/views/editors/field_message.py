"""A field's own message: a value the editor does not save (a planned text the report cannot
use, a character the programme refuses) marks the field red and says why below it, once, in
the window's language. The value stays visible in the field until the user fixes it or moves
on (then the field shows the stored value again, as it does for any value that was not saved)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from statusapp.domain.text_rules import is_bidi_control, refused_character

INVALID_STYLE = "border: 2px solid #C00000;"


class FieldMessage(QLabel):
    def __init__(self, field: QWidget, name: str) -> None:
        super().__init__(field.parentWidget())
        self.field = field
        self.setObjectName(name)
        self.setStyleSheet("color: #C00000;")
        self.setWordWrap(True)
        self.hide()

    def check(self, value: str, problem: str | None = None) -> bool:
        """Mark the field when `value` breaks the text rule, else when there is `problem` (the
        field's own check); clear the mark when neither. True when fine."""
        return self.report(refusal(self.field.accessibleName(), value) or problem)

    def report(self, problem: str | None) -> bool:
        """Show `problem` (None: the value is fine, clear the mark); True when fine."""
        self.field.setStyleSheet(INVALID_STYLE if problem else "")
        self.field.setAccessibleDescription(problem or "")
        self.setText(problem or "")
        self.setVisible(problem is not None)
        return problem is None


def refusal(field_name: str, value: str) -> str | None:
    """What the programme's text rule says of `value` in the window's words, or None."""
    character = refused_character(value)
    if character is None:
        return None
    code = f"U+{ord(character):04X}"
    if is_bidi_control(character):
        text = QCoreApplication.translate(
            "FieldMessage",
            "{field}: holds a right-to-left control character ({code}), which can disguise "
            "what the text says. Remove it; not saved.",
        )
    else:
        text = QCoreApplication.translate(
            "FieldMessage",
            "{field}: holds a control character ({code}) that cannot be stored. Remove it; "
            "not saved.",
        )
    return text.format(field=field_name, code=code)
