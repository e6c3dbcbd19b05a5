"""The real app in a child process, for the crash test (``test_crash_kill.py``).

Run as ``python crash_child.py ROLE EVENT --session FILE [plenum options]``
with ``PYTHONPATH`` at the project. It starts Plenum exactly as ``plenum``
does (``app.cli.main``) and drives it from outside, with the keys and the
editor a facilitator uses; nothing in the app knows it is being tested. The
child replaces ``app.ui.presenter.PresenterApp`` with a subclass that only
remembers the instance ``plenum`` builds and, once it is shown, runs ROLE:

``present``
    PageDown to slide 7, Ctrl+2, T (start the round), G (the task and its
    countdown on the projector), Ctrl+3 and type a summary into the Notater
    editor; wait until the autosave has committed it (at most 1.5 s), then
    print one ``ready`` line and keep running, as a talk does, until killed,
    typing on (``TYPED_ON``, a key every 40 ms) so that a kill may land in
    the middle of an autosave.
``look [SHOT.png]``
    Save the projector's frame to SHOT.png if given, print one ``seen`` line
    with what the app shows after start-up (used with and without
    ``--resume``), then print ``ready`` and keep running until killed or
    until ``quit`` arrives on stdin (a normal close).

Each printed line is ``ROLE-WORD {json}``, with ``wall`` the wall-clock time
(``time.time()``) at which the line's numbers were read.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSocketNotifier, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

import app.ui.presenter as presenter_module
from app.cli import main

SUMMARY = "Gruppe 1: ŋ ŧ đ č š ž — <b>fet</b> & \"sitat\" æøå ÆØÅ"
# Typed on after ``ready``, one key every KEY_INTERVAL_MS, so that kills land mid-autosave.
TYPED_ON = "".join(f" ord{n}" for n in range(2000))
KEY_INTERVAL_MS = 40
SAVE_WAIT_S = 1.5
_kept: list[Any] = []  # the driven app and the stdin watcher, alive until the process ends


def say(word: str, **data: Any) -> None:
    print(word, json.dumps(data, ensure_ascii=False), flush=True)


def _when(ready: Any, then: Any, deadline: float) -> None:
    """Call ``then()`` once ``ready()`` holds (or the deadline passes), polling every 20 ms."""
    if ready() or time.monotonic() > deadline:
        then()
    else:
        QTimer.singleShot(20, lambda: _when(ready, then, deadline))


def observed(app: Any) -> dict[str, Any]:
    """What the facilitator and the room see: slide, projector, countdown, editor, notices."""
    content = app.presentation.content
    countdown = app.groupwork.round.countdown
    notice = app.console.notices.notice("resume")
    audience = app.audience
    return {
        "slide": app.presentation.index,
        "projector": type(content).__name__,
        "view": getattr(content, "view", None),
        "running": countdown.running,
        "remaining": countdown.remaining(),
        "text": app.sessions.notes_page.editor.toPlainText(),
        "notice": notice.heading.text() if notice is not None and notice.isVisible() else None,
        "modal": QApplication.activeModalWidget() is not None,
        "audience_screen": audience.screen().name() if audience.isVisible() else None,
        "audience_fullscreen": audience.isFullScreen(),
        "wall": time.time(),
    }


def keep_running(app: Any) -> None:
    """Print ``ready`` and go on; ``quit`` on stdin closes the app normally."""
    say("ready", **observed(app))
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read, app.console)

    def read() -> None:
        line = sys.stdin.readline()
        if line.strip() == "quit" or not line:
            notifier.setEnabled(False)
            QApplication.quit()

    notifier.activated.connect(read)
    _kept.append(notifier)


def type_into(widget: QWidget, text: str) -> None:
    """Key presses carrying each character (``QTest.keyClicks`` handles ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def present(app: Any) -> None:
    keys_to = app.audience  # the clicker's keys reach whichever window has focus
    for _ in range(6):
        QTest.keyClick(keys_to, Qt.Key.Key_PageDown)
    QTest.keyClick(keys_to, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(keys_to, Qt.Key.Key_T)
    QTest.keyClick(keys_to, Qt.Key.Key_G)
    QTest.keyClick(keys_to, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = app.sessions.notes_page
    page.select(0, 0)
    type_into(page.editor, SUMMARY)
    group, task = page.current_group(), page.current_task()
    writer = app.sessions.holder.writer

    def saved() -> bool:
        return writer is not None and writer.pending(group.id, task.id) is None

    _when(saved, lambda: (keep_running(app), keep_typing(page.editor)), time.monotonic() + SAVE_WAIT_S)


def keep_typing(editor: QWidget) -> None:
    """The note-taker goes on typing until the end (the autosave commits as it goes)."""
    keys = iter(TYPED_ON)
    timer = QTimer(editor)
    timer.timeout.connect(lambda: type_into(editor, next(keys, "")))
    timer.start(KEY_INTERVAL_MS)


def look(app: Any, screenshot: Path | None) -> None:
    if screenshot is not None:
        app.audience.grab().save(str(screenshot))
    say("seen", **observed(app))
    keep_running(app)


def drive(role: Callable[[Any], None]) -> None:
    """Make the ``PresenterApp`` that ``plenum`` builds run ``role`` once it is shown."""

    class DrivenPresenterApp(presenter_module.PresenterApp):
        def show(self) -> None:
            super().show()
            _kept.append(self)

            def session_open() -> bool:
                return self.session is not None

            # Without --resume the session opens just after the console's first frame.
            QTimer.singleShot(0, lambda: _when(session_open, lambda: role(self), time.monotonic() + 10))

    presenter_module.PresenterApp = DrivenPresenterApp  # type: ignore[misc]


if __name__ == "__main__":
    role_name, arguments = sys.argv[1], sys.argv[2:]
    shot = Path(arguments.pop(0)) if arguments and arguments[0].endswith(".png") else None
    drive(present if role_name == "present" else lambda app: look(app, shot))
    sys.exit(main(arguments))
