"""The note-taker's editor: plain text only, whatever is pasted into it.

``QPlainTextEdit`` already takes the ``text/plain`` part of a paste; a paste
that carries only HTML (some browsers and mail programs) would otherwise
insert nothing, so its text is extracted here. Formatting never enters the
session: what is typed is what the report and the projector show.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QFont, QTextDocumentFragment
from PySide6.QtWidgets import QPlainTextEdit, QWidget

OBJECT_REPLACEMENT = "\ufffc"  # what an <img> becomes in plain text


class SummaryEditor(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryeditor")
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 12.0))
        self.setFont(font)
        self.setTabChangesFocus(False)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText() or source.hasHtml()

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            text = source.text()
        elif source.hasHtml():
            text = QTextDocumentFragment.fromHtml(source.html()).toPlainText()
            text = text.replace(OBJECT_REPLACEMENT, "")
        else:
            return
        self.textCursor().insertText(text.replace("\r\n", "\n").replace("\u2029", "\n"))
        self.ensureCursorVisible()


def word_count(text: str) -> int:
    return len(text.split())
