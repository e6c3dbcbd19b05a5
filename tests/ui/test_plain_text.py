"""Tooltips show user text as typed, never as markup."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument

from app.ui.plain_text import plain_tooltip

HOSTILE = [
    "<b>ikke fet</b>",
    "<img src=x onerror=alert(1)>",
    "AT&T & 5 < 7 > 3",
    "ŋ ŧ đ č š ž 🎉",
    "to\nlinjer",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_tooltip_text_reads_back_exactly(qapp, text: str) -> None:  # type: ignore[no-untyped-def]
    document = QTextDocument()
    document.setHtml(plain_tooltip(text))
    assert document.toPlainText() == text
