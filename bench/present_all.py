"""Present every slide of an event in the real app, then quit: the process ``peak_rss_mib`` measures.

Run as ``python bench/present_all.py EVENT [plenum options]``. It starts
``plenum`` exactly as the command does (``app.cli.main``), and a driver
started from the event loop presses → on the console once per slide, waiting
each time for the audience window to repaint and for the app's background
work to settle, like a presenter going through the deck. At the last slide
it quits the app.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

import app.ui.malloc_tuning as malloc_tuning
from app.cli import main as plenum
from app.event import load_event
from app.ui.audience_window import AudienceWindow
from app.ui.console.window import PresenterConsole
from bench.frame_probe import FrameProbe
from bench.peak import print_peak_rss

# Set: glibc's malloc keeps its own thresholds (what app.ui.malloc_tuning saves is the difference).
UNTUNED_ENV = "PLENUM_BENCH_MALLOC_UNTUNED"
IDLE_MS = 100
TIMEOUT_S = 10.0
WINDOWS_TIMEOUT_S = 30.0


def _windows(app: QApplication) -> tuple[AudienceWindow, PresenterConsole] | None:
    widgets = app.topLevelWidgets()
    audience = next((w for w in widgets if isinstance(w, AudienceWindow) and w.isVisible()), None)
    console = next((w for w in widgets if isinstance(w, PresenterConsole) and w.isVisible()), None)
    return None if audience is None or console is None else (audience, console)


def _drive(app: QApplication, slides: int, deadline: float) -> None:
    found = _windows(app)
    if found is None:
        if time.monotonic() > deadline:
            shown = sorted(type(w).__name__ for w in app.topLevelWidgets() if w.isVisible())
            print(f"no visible audience window and console after {WINDOWS_TIMEOUT_S:g} s; "
                  f"visible: {shown}", file=sys.stderr, flush=True)
            app.exit(3)
            return
        QTimer.singleShot(50, lambda: _drive(app, slides, deadline))
        return
    audience, console = found
    probe = FrameProbe(audience, audience.view)
    probe.wait_idle(500)
    try:
        for _ in range(slides - 1):
            probe.press(console, Qt.Key.Key_Right, TIMEOUT_S)
            probe.wait_idle(IDLE_MS)
    except RuntimeError as exc:  # an exception in a slot would not end the app
        print(exc, file=sys.stderr, flush=True)
        app.exit(4)
        return
    print(f"presented {slides} slides", flush=True)
    app.quit()


def main(argv: list[str]) -> int:
    if os.environ.get(UNTUNED_ENV):  # before the presenter module binds the name
        malloc_tuning.return_large_blocks = lambda: False
    event = load_event(argv[0]).event
    if event is None:
        raise SystemExit(f"{argv[0]} does not load")
    app = QApplication([sys.argv[0]])  # plenum uses the running instance
    deadline = time.monotonic() + WINDOWS_TIMEOUT_S
    QTimer.singleShot(0, lambda: _drive(app, len(event.slides), deadline))
    code = plenum(argv)
    print_peak_rss()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
