"""The console's look: dark, so the laptop does not glare in a dimmed room."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

BACKGROUND = "#17191c"
BAR = "#202327"

PACE_COLOURS = {"ahead": "#5fb0ff", "on_time": "#5ccf7a", "behind": "#ff7a59"}

CONSOLE_STYLE = """
QMainWindow, QWidget#console { background: #17191c; color: #e8e8e8; }
QLabel, QCheckBox, QRadioButton { color: #e8e8e8; }
QLabel[role="caption"] { color: #9aa0a6; font-size: 12px; font-weight: 600;
    letter-spacing: 1px; }
QLabel[role="big-number"] { font-size: 30px; font-weight: 600; }
QLabel[role="clock"] { font-size: 26px; font-weight: 600; }
QLabel[role="badge"] { border-radius: 4px; padding: 2px 8px; font-weight: 700; }
QLabel[role="placeholder"] { color: #80868b; font-size: 18px; }
QFrame#topbar { background: #202327; border-bottom: 1px solid #2e3237; }
QFrame#banner { background: #4a1f1f; border: 1px solid #a04040; border-radius: 4px; }
QPushButton { background: #2a2e33; color: #e8e8e8; border: 1px solid #3a3f45;
    border-radius: 4px; padding: 5px 12px; }
QPushButton:hover { background: #343940; }
QPushButton:checked { background: #006e6a; border-color: #0a8f89; }
QPushButton[role="danger"] { background: #7a2b2b; border-color: #a04040; }
QPlainTextEdit { background: #1e2124; color: #f1f1f1; border: 1px solid #2e3237;
    border-radius: 4px; padding: 6px; }
QListWidget { background: #17191c; color: #e8e8e8; border: none; }
QListWidget::item { border-radius: 6px; padding: 6px; }
QListWidget::item:selected { background: #006e6a; color: white; }
QMenuBar { background: #202327; color: #e8e8e8; }
QMenuBar::item:selected { background: #343940; }
QMenu { background: #26292d; color: #e8e8e8; }
QMenu::item:selected { background: #006e6a; }
"""


def caption(text: str, parent: QWidget | None = None) -> QLabel:
    """A small upper-case heading over a part of a page (styled by ``role=caption``)."""
    label = QLabel(text, parent)
    label.setProperty("role", "caption")
    return label
