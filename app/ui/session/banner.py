"""A quiet strip under the top bar about the session: read-only, event changed, errors.

Non-modal on purpose: the facilitator may be mid-talk, so nothing pops up;
each message stays until dismissed (or, for read-only, for as long as it is
true). Text that quotes a path is plain text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.text_fields import selectable_without_focus


class SessionBanner(QFrame):
    """Lines of messages, each with a key, so one can be replaced or removed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionbanner")
        self.setStyleSheet(
            "QFrame#sessionbanner { background: #4a3a12; border: 1px solid #a07d28;"
            " border-radius: 4px; } QLabel { color: #fff3d6; }"
        )
        self._messages: dict[str, str] = {}
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        selectable_without_focus(self.text)
        self.dismiss = QPushButton(self.tr("Dismiss"))
        self.dismiss.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.dismiss.clicked.connect(self.clear)
        column = QVBoxLayout()
        column.addWidget(self.text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addLayout(column, 1)
        layout.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def messages(self) -> dict[str, str]:
        return dict(self._messages)

    def set_message(self, key: str, text: str | None) -> None:
        """Show ``text`` under ``key`` (None removes it)."""
        if text is None:
            self._messages.pop(key, None)
        else:
            self._messages[key] = text
        self.text.setText("\n".join(self._messages.values()))
        self.setVisible(bool(self._messages))

    def clear(self) -> None:
        self._messages.clear()
        self.set_message("", None)
