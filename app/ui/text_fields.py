"""Keys pressed while a text field has focus: the field gets them, not the projector.

The rule (issue 15): while a text field or number field has keyboard focus,
plain keys edit it; only keys with Ctrl (⌘ on a Mac), Esc and the F-keys act
on the presentation. Without this a "B" typed into the notes turned the
projector black, and Enter in a number field (which a ``QSpinBox`` or
``QLineEdit`` confirms and then passes on to its parents) moved the slides.

``TextFieldKeys`` enforces it for one window at the one place every key press
passes first: an event filter on whichever of the window's text fields has
focus (moved along with the focus). A presentation key is offered to the
``KeyboardController`` before the field sees it, so Ctrl+Enter or Esc work
from inside the editor; every other key is delivered to the field and stops
there, used or not, so it never reaches the window's own key handling.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from app.ui.keys import KeyboardController

Key = Qt.Key
Mod = Qt.KeyboardModifier
_F_KEYS = range(int(Key.Key_F1.value), int(Key.Key_F35.value) + 1)


def is_text_field(widget: QWidget | None) -> bool:
    """A widget that takes typed text: a line, a number or time box, an editable list, a text area."""
    if isinstance(widget, (QLineEdit, QAbstractSpinBox)):
        return True
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.textInteractionFlags() != Qt.TextInteractionFlag.NoTextInteraction
    return False


def selectable_without_focus(label: QLabel) -> None:
    """Let the mouse select ``label``'s text (to copy a path or a task) without the label
    taking the keyboard: a selectable label otherwise takes focus on a click, and the
    keys typed next went to the presentation instead of the editor the person was in."""
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def acts_while_typing(event: QKeyEvent) -> bool:
    """Whether a key pressed in a text field is for the presentation, not the field.

    Esc, the F-keys and Ctrl/⌘ combinations are. Alt is not a command modifier:
    Alt (Option on a Mac) and AltGr (Ctrl+Alt on Windows) type characters such
    as @, { and | on Nordic keyboards.
    """
    key = event.key()
    if key == Key.Key_Escape or key in _F_KEYS:
        return True
    modifiers = event.modifiers()
    if modifiers & Mod.AltModifier:
        return False
    return bool(modifiers & (Mod.ControlModifier | Mod.MetaModifier))


class TextFieldKeys(QObject):
    """Applies the rule above to the text fields of ``window`` (see the module docstring)."""

    def __init__(self, window: QWidget, keys: KeyboardController) -> None:
        super().__init__(window)
        self._window = window
        self._keys = keys
        self._watched: QWidget | None = None
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)
        self._app: QApplication | None = app

    def stop(self) -> None:
        """Stop following the focus (the window is closing)."""
        if self._app is not None:
            self._app.focusChanged.disconnect(self._focus_changed)
            self._app = None
        self._unwatch()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self._unwatch()
        if is_text_field(new) and new is not None and new.window() is self._window:
            new.installEventFilter(self)
            self._watched = new

    def _unwatch(self) -> None:
        watched, self._watched = self._watched, None
        if watched is not None and shiboken6.isValid(watched):
            watched.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if acts_while_typing(event) and self._keys.handle(event):
            return True
        # The field's key, whether it uses it or not: Enter, which a QLineEdit or a
        # QSpinBox confirms and then passes to its parents, must not go on to the window.
        watched.event(event)
        event.accept()
        return True
