"""Where an update stands in the review (draft, submitted, approved), and the buttons to move it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from statusapp.domain import ReviewState
from statusapp.ui.views.flow_layout import FlowLayout


class ReviewBar(QWidget):
    review_requested = Signal(object)  # ReviewState

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewBar")
        self.state_label = QLabel(self)
        self.state_label.setObjectName("reviewState")
        self.state_label.setWordWrap(True)
        self.submit_button = QPushButton(self.tr("Mark as submitted"), self)
        self.submit_button.setObjectName("submitButton")
        self.approve_button = QPushButton(self.tr("Approve"), self)
        self.approve_button.setObjectName("approveButton")
        self.reopen_button = QPushButton(self.tr("Reopen"), self)
        self.reopen_button.setObjectName("reopenButton")
        # The state above its buttons: side by side they would widen a narrow editor.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state_label)
        buttons = FlowLayout()
        layout.addLayout(buttons)
        for button, state in (
            (self.submit_button, ReviewState.SUBMITTED),
            (self.approve_button, ReviewState.APPROVED),
            (self.reopen_button, ReviewState.DRAFT),
        ):
            button.clicked.connect(lambda _checked=False, s=state: self.review_requested.emit(s))
            buttons.addWidget(button)

    def show_state(
        self,
        state: ReviewState,
        *,
        round_closed: bool,
        may_submit: bool = True,
        may_approve: bool = True,
    ) -> None:
        """`may_submit`: the person may hand this update in; `may_approve`: they are on the
        control team, who approve and reopen."""
        texts = {
            ReviewState.DRAFT: self.tr("Review: draft (being edited)"),
            ReviewState.SUBMITTED: self.tr("Review: submitted by the project leader"),
            ReviewState.APPROVED: self.tr("Review: approved; reopen it to change it"),
        }
        text = texts[state]
        if round_closed:
            text = self.tr("This round is closed: its updates can no longer change.")
        self.state_label.setText(text)
        self.state_label.setStyleSheet(
            "color: #7F6000; font-weight: bold;"
            if state is ReviewState.APPROVED or round_closed
            else ""
        )
        open_ = not round_closed
        self.submit_button.setVisible(open_ and may_submit and state is ReviewState.DRAFT)
        self.approve_button.setVisible(open_ and may_approve and state is not ReviewState.APPROVED)
        # An editor takes back their own submission; reopening what is approved is control's.
        self.reopen_button.setVisible(
            open_
            and state is not ReviewState.DRAFT
            and (may_approve or (may_submit and state is ReviewState.SUBMITTED))
        )
