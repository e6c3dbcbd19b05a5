"""A keyboard for tests: key presses go to a window and reach whatever has focus in it.

``QTest.keyClick(widget, ...)`` delivers to the widget named, whatever has
focus; a person's keyboard delivers to the focused widget of the active
window. These helpers send through the window (``QWindow``), the way the
platform does, so a test sees where the keys really land.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

Key = Qt.Key
Mod = Qt.KeyboardModifier
NONE = Mod.NoModifier
CTRL = Mod.ControlModifier

# Every letter (the Norwegian ones too, both cases), every digit, spaces, Enter, and the
# punctuation that are presentation keys outside a text field (. , + - ? black, white, zoom, help).
PARAGRAPH = (
    "Bra innspill: The quick brown fox jumps over the lazy dog.\n"
    "Vær så god, æøå ÆØÅ + 0123456789 - 5 ? ja\n"
    "Neste punkt: WBFSGVTNPO kl 14"
)


def press(window: QWidget, key: Key, modifiers: Mod = NONE, text: str = "") -> None:
    """One key press and release on ``window``'s keyboard."""
    handle = window.windowHandle()
    assert handle is not None, "the window is not shown"
    QTest.sendKeyEvent(QTest.KeyAction.Click, handle, key, text, modifiers)


def type_text(window: QWidget, text: str) -> None:
    """Type ``text`` on ``window``'s keyboard, one key per character ("\\n" is Enter)."""
    for char in text:
        if char == "\n":
            press(window, Key.Key_Return, NONE, "\r")
        elif char == " ":
            press(window, Key.Key_Space, NONE, " ")
        else:
            shifted = char != char.lower()
            press(window, Key(ord(char.upper())), Mod.ShiftModifier if shifted else NONE, char)
