"""The selected task above the editor: which group, the task's title, prompt and points."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.event.model import Task
from app.render.inline import plain_text
from app.ui.text_fields import selectable_without_focus


def _label(role: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setProperty("role", role)
    selectable_without_focus(label)
    return label


class TaskHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = _label("caption", self)
        self.title = _label("task-title", self)
        self.title.setStyleSheet("font-size: 19px; font-weight: 700;")
        self.prompt = _label("task-prompt", self)
        self.prompt.setStyleSheet("color: #c8ccd0; font-size: 14px;")
        self.points = _label("task-points", self)
        self.points.setStyleSheet("color: #c8ccd0; font-size: 14px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(4)
        for label in (self.group, self.title, self.prompt, self.points):
            layout.addWidget(label)

    def show_task(self, caption: str, task: Task | None) -> None:
        """``caption`` names the group and the task's place ("GRUPPE 2 · OPPGAVE 1 AV 5")."""
        self.group.setText(caption)
        self.title.setText(plain_text(task.title) if task else "")
        self.prompt.setText(plain_text(task.prompt or "") if task else "")
        self.prompt.setVisible(bool(task and task.prompt))
        points = "\n".join(("    " * (p.level - 1)) + "•  " + plain_text(p.text)
                           for p in (task.points if task else ()))
        self.points.setText(points)
        self.points.setVisible(bool(points))
