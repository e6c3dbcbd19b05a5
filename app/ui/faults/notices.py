"""Short, non-modal messages in the console about faults, with what to do next.

A dialog would stop the facilitator mid-sentence and might land on the
projector; a strip in the console says what happened and offers the way on
(open a copy, save elsewhere, resume) as buttons, and goes away when
dismissed. Each kind of fault has one slot (``key``): a new message of the
same kind replaces the old one instead of stacking up.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.text_fields import selectable_without_focus

Action = tuple[str, Callable[[], None]]

NOTICE_STYLE = """
QFrame[role="notice"] { background: #3d3520; border: 1px solid #a08a40; border-radius: 4px; }
QFrame[role="notice"][tone="error"] { background: #4a1f1f; border-color: #a04040; }
QFrame[role="notice"][tone="info"] { background: #1f3440; border-color: #40809f; }
"""


class Notice(QFrame):
    """One message: a bold heading, plain-text details, action buttons and Dismiss."""

    closed = Signal()

    def __init__(self, key: str, heading: str, details: str, actions: Sequence[Action],
                 tone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setProperty("role", "notice")
        self.setProperty("tone", tone)
        self.setObjectName(f"notice-{key}")
        self.heading = QLabel(heading)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: 700;")
        # Details quote paths and exception text: plain text, selectable to copy.
        self.details = QLabel(details)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        selectable_without_focus(self.details)
        self.details.setWordWrap(True)
        self.details.setVisible(bool(details))
        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addWidget(self.details)
        buttons = QHBoxLayout()
        buttons.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.buttons: list[QPushButton] = []
        for label, callback in actions:
            buttons.addWidget(self._button(label, callback))
        buttons.addWidget(self._button(self.tr("Dismiss"), lambda: None))
        layout = QHBoxLayout(self)
        layout.addLayout(text, 1)
        layout.addLayout(buttons)

    def _button(self, label: str, callback: Callable[[], None]) -> QPushButton:
        button = QPushButton(label, self)
        # The console's keys (PageDown, B, …) must keep reaching the talk.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(callback)
        button.clicked.connect(self.dismiss)
        self.buttons.append(button)
        return button

    def dismiss(self) -> None:
        self.hide()
        self.closed.emit()
        self.deleteLater()


class NoticeArea(QWidget):
    """The console's stack of notices, newest at the top; invisible when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notices")
        self.setStyleSheet(NOTICE_STYLE)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 0)
        self._layout.setSpacing(4)
        self._notices: dict[str, Notice] = {}
        self.hide()

    def show_notice(self, key: str, heading: str, details: str = "",
                    actions: Sequence[Action] = (), tone: str = "warning") -> Notice:
        """Show (or replace) the notice of kind ``key``; returns it for tests and callers."""
        self.dismiss(key)
        notice = Notice(key, heading, details, actions, tone, self)
        notice.closed.connect(lambda k=key, n=notice: self._forget(k, n))
        self._notices[key] = notice
        self._layout.insertWidget(0, notice)
        self.show()
        return notice

    def notice(self, key: str) -> Notice | None:
        return self._notices.get(key)

    def visible_notices(self) -> list[Notice]:
        return [n for n in self._notices.values() if n.isVisibleTo(self)]

    def dismiss(self, key: str) -> None:
        notice = self._notices.get(key)
        if notice is not None:
            notice.dismiss()

    def _forget(self, key: str, notice: Notice) -> None:
        if self._notices.get(key) is notice:
            del self._notices[key]
        self.setVisible(bool(self._notices))
