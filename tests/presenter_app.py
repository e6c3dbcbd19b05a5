"""Opening and closing the whole presenting app in tests, shared by the Qt test folders.

Every fixture that shows a ``PresenterApp`` tears it down the same way: close it like
the real app, check that no QTimer is left running, and delete its windows, so one
test's timers cannot tick into the next.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QThreadPool, QTimer
from pytestqt.qtbot import QtBot

from app.event.loader import load_event
from app.render.fonts import load_fonts
from app.timing.clock import Clock
from app.ui.presenter import PresenterApp


def deck_yaml(count: int, title: str = "Lysbilde", *, notes: str = "") -> str:
    """A small event with ``count`` section slides titled "<title> N", each with ``notes``."""
    lines = ["event: {title: Prøve, organiser: Plenum, date: 2021-09-01}", "slides:"]
    for number in range(1, count + 1):
        lines += [f"  - title: {title} {number}", "    duration: 2m"]
        if notes:
            lines.append(f"    notes: {json.dumps(notes, ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


def open_presenter(qtbot: QtBot, event_file: Path, clock: Clock, settings_file: Path) -> PresenterApp:
    """The app on ``event_file`` (reloadable from disk), shown on the two screens."""
    load_fonts()
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    result = load_event(event_file)
    assert result.event is not None, result.problems
    app = PresenterApp(result.event, clock, settings, load=load_event)
    app.show()
    qtbot.waitExposed(app.audience)
    return app


def close_app(app: PresenterApp, *, finish_jobs: bool = False) -> None:
    """Close like the real app (``finish_jobs``: deliver pending job results first) and
    check that no timer is left running."""
    app.close()
    if finish_jobs:
        QThreadPool.globalInstance().waitForDone(30_000)
        QCoreApplication.sendPostedEvents()
    windows = (app.console, app.audience)
    running = [t.objectName() or repr(t) for w in windows for t in w.findChildren(QTimer) if t.isActive()]
    for window in windows:
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert running == [], "QTimers left running after close"
