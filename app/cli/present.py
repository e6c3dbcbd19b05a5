"""``plenum [EVENT]``: open the presenter console and the audience window.

Start-up is kept lean, because the first audience frame is what the room
sees: the event is loaded and checked before any Qt import (a broken file
prints its problems and exits without a window), and nothing heavy (PDF,
SQLite) is imported on the way to the first paint. The session file (``--session``,
else the event's ``.plenum`` beside it) is opened just after the first frame,
or before it with ``--resume``, so that the first frame is the resumed slide.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from app.paths import DEFAULT_EVENT

BENCH_ENV = "PLENUM_BENCH_FIRST_FRAME"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "event", nargs="?", default=str(DEFAULT_EVENT), help="event file (YAML); default: the seed event"
    )
    parser.add_argument("--session", help="session file (.plenum) to open or create")
    parser.add_argument("--lang", choices=["nb", "en"], help="UI language (default: the event's, else nb)")
    parser.add_argument("--resume", action="store_true",
                        help="go to the slide the session last showed (opens it before the first frame)")


def _session_path(args: argparse.Namespace, event_path: Path) -> Path:
    """``--session FILE``, else ``<event stem>.plenum`` beside the event (not importing app.session)."""
    return Path(args.session) if args.session else event_path.with_suffix(".plenum")


def run(args: argparse.Namespace) -> int:
    from app.event.loader import load_event

    result = load_event(Path(args.event))
    for problem in result.problems:
        print(problem, file=sys.stderr)
    if result.event is None:
        return 1

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.render.fonts import load_fonts
    from app.timing.clock import SystemClock
    from app.ui.faults.crash_guard import ConsoleCrashReport, CrashGuard
    from app.ui.i18n import install_translator
    from app.ui.presenter import PresenterApp

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName("Plenum")
    app.setApplicationName("Plenum")
    guard = CrashGuard()
    guard.install()
    load_fonts()
    translator = install_translator(app, args.lang or result.event.info.language)
    presenter = PresenterApp(result.event, SystemClock(), QSettings(), load=load_event)
    ConsoleCrashReport(guard, presenter.console.notices)
    session = _session_path(args, result.event.path)
    if args.resume:
        presenter.open_session(session, resume=True)  # before the first frame: it shows the resumed slide
    else:
        presenter.sessions.open_after_first_paint(session, [presenter.audience.view, presenter.console])
    if os.environ.get(BENCH_ENV):
        from app.ui.first_frame import report_first_frame

        report_first_frame(presenter)
    presenter.show()
    try:
        return int(app.exec())
    finally:
        presenter.close()
        guard.uninstall()
        del translator
