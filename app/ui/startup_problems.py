"""What ``plenum-gui`` says when it cannot start: a message box, since it has no console.

Started from a start menu or a double click (``pythonw`` on Windows), the
presenter has nowhere to print "FILE:LINE:COL: what to fix"; without this
box a broken event file would look like a program that never opened.
The text is the command line's own, shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.ui.widgets_app import widgets_application


def startup_problems_box(text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Critical, "Plenum", text.strip())
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return box


def show_startup_problems(text: str) -> None:
    """Show ``text`` and wait until it is read (a QApplication is made if there is none)."""
    app = widgets_application(["plenum"])  # kept alive while the box is shown
    startup_problems_box(text).exec()
    del app
