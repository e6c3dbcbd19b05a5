"""``plenum [EVENT]``: open the presenter console and the audience window.

Start-up is kept lean, because the first audience frame is what the room
sees: the event is loaded and checked before any Qt import (a broken file
prints its problems and exits without a window), then only the audience
window is built and shown on the projector; the console, group work, the
crash log's console notice and the session are imported and built in the turn
after its first paint (``app.ui.first_frame``), so nothing heavy (PDF, SQLite)
is imported on the way to it. The crash log itself (``app.crash_log``, standard
library only) is installed first of all, so a start-up error is logged too.
The session file (``--session``, else the event's ``.plenum`` beside it) is
opened just after the console's first frame, or before any frame with
``--resume``, so that the first frame is the resumed slide. With one screen
the console alone is built and shown first (its current slide is the first
slide on screen), and the rest follows in the turn after its first paint.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.paths import DEFAULT_EVENT, default_session_path

if TYPE_CHECKING:
    from app.crash_log import CrashLog

def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "event", nargs="?", default=str(DEFAULT_EVENT), help="event file (YAML); default: the seed event"
    )
    parser.add_argument("--session", help="session file (.plenum) to open or create")
    parser.add_argument("--lang", choices=["nb", "en"], help="UI language (default: the event's, else nb)")
    parser.add_argument("--resume", action="store_true",
                        help="go to the slide the session last showed (opens it before the first frame)")


def _session_path(args: argparse.Namespace, event_path: Path) -> Path:
    """``--session FILE``, else the event's own (``app.paths``, not importing app.session)."""
    return Path(args.session) if args.session else default_session_path(event_path)


def run(args: argparse.Namespace) -> int:
    from app.crash_log import CrashLog

    # First of all, and free (no import beyond the standard library): from here on an
    # unexpected exception, start-up included, goes to the log with one line on stderr.
    crash_log = CrashLog()
    crash_log.install()
    try:
        return _present(args, crash_log)
    except Exception as exc:  # a start-up bug: logged, one line, exit 1, no traceback
        crash_log.handle(type(exc), exc, exc.__traceback__, "MainThread")
        return 1
    finally:
        crash_log.uninstall()


def _present(args: argparse.Namespace, crash_log: CrashLog) -> int:
    from app.event.loader import load_event

    result = load_event(Path(args.event))
    for problem in result.problems:
        print(problem, file=sys.stderr)
    event = result.event
    if event is None:
        return 1

    from PySide6.QtCore import QSettings, QTimer

    from app.ui.import_cost import skip_source_scan

    skip_source_scan()  # before the app's Qt modules are imported

    from app.render.fonts import load_fonts
    from app.timing.clock import SystemClock
    from app.ui.app_icon import show_identity
    from app.ui.first_frame import AfterFirstPaint, AudienceStart
    from app.ui.i18n import install_translator
    from app.ui.widgets_app import widgets_application

    try:
        app = widgets_application([sys.argv[0]])
    except RuntimeError as error:
        print(f"plenum: {error}", file=sys.stderr)
        return 1
    app.setOrganizationName("Plenum")
    app.setApplicationName("Plenum")
    show_identity(app)
    load_fonts()
    translator = install_translator(app, args.lang or event.info.language)
    clock, settings = SystemClock(), QSettings()
    start = AudienceStart(event, clock)
    parts: list[Any] = []  # the presenter and the crash guard, once built

    def build_the_rest() -> None:
        from app.ui.faults.crash_guard import ConsoleCrashReport, CrashGuard
        from app.ui.presenter import PresenterApp

        guard = CrashGuard(log=crash_log)  # adds the console's notice to the log
        presenter = PresenterApp(event, clock, settings, load=load_event, start=start)
        presenter.show_load_warnings(result.problems)
        parts.extend((presenter, guard))
        ConsoleCrashReport(guard, presenter.console.notices)
        session = _session_path(args, event.path)
        if args.resume:
            presenter.open_session(session, resume=True)  # before the first frame: it shows the resumed slide
        elif console_first:
            QTimer.singleShot(0, lambda: presenter.open_session(session))  # the console has been painted
        else:
            presenter.sessions.open_after_first_paint(session, [presenter.audience.view, presenter.console])
        presenter.show()

    console_first = False
    if args.resume:
        build_the_rest()
    elif start.show(settings):
        # The projector first; the console and everything else in the turn after its first paint.
        AfterFirstPaint(start.audience.view, build_the_rest)
    else:
        # One screen: the console (with the current slide) first, the rest after its first paint.
        console_first = True
        AfterFirstPaint(start.show_console(clock), build_the_rest)
    try:
        return int(app.exec())
    finally:
        if parts:
            parts[0].close()
            parts[1].uninstall()
        else:
            start.audience.close()
        del translator
        from app.ui.jobs import wait_for_jobs

        # Work still running on the thread pool (a picture check, a report) would
        # run Python while the interpreter shuts down: a segmentation fault.
        wait_for_jobs()
