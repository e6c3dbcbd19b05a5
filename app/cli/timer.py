"""``plenum timer 25m [--title …]`` / ``plenum timer --until 15:30``: a room's countdown.

A standalone fullscreen timer for a group room's laptop or a second screen.
Bad input is one line on stderr and exit code 2, before any window opens.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from typing import Protocol, TypeVar

from app.event.durations import parse_clock, parse_duration
from app.event.model import GroupWork
from app.timing.clock import Clock, SystemClock
from app.timing.countdown import Countdown


class Named(Protocol):
    """A screen as ``choose_screen`` needs it (a QScreen), so the choice is tested without Qt."""

    def name(self) -> str: ...


T = TypeVar("T", bound=Named)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("duration", nargs="?", help="how long: 90s, 10m, 1h30m")
    parser.add_argument("--until", metavar="HH:MM", help="count down to this clock time instead")
    parser.add_argument("--title", default="", help='a line above the digits, e.g. "Gruppe 2"')
    parser.add_argument(
        "--warnings",
        metavar="LIST",
        help="marks where the colour changes, largest first (default: 10m,2m)",
    )
    parser.add_argument("--mute", action="store_true", help="no chime at zero")
    parser.add_argument("--window", action="store_true", help="a normal window, not fullscreen")
    parser.add_argument("--screen", metavar="N|NAME",
                        help="which screen: 1 is the primary, 2 the next, or a name; S moves it later")
    parser.add_argument("--lang", choices=["nb", "en"], default="nb", help="UI language (default nb)")


def build_countdown(args: argparse.Namespace, clock: Clock) -> Countdown:
    """The countdown the arguments ask for; ValueError with a one-line reason if they are wrong."""
    if (args.duration is None) == (args.until is None):
        raise ValueError("give either a duration (25m) or --until HH:MM, not both or neither")
    warnings = _warnings(args.warnings)
    if args.until is not None:
        return Countdown.until(parse_clock(args.until), clock, warnings)
    duration = parse_duration(args.duration)
    if duration <= dt.timedelta(0):
        raise ValueError(f"{args.duration!r} is no time at all: write a duration like 90s, 10m or 1h30m")
    # Marks longer than the timer are fitted to it (``fitted_marks``), as for the console's round.
    return Countdown(duration, clock, warnings)


def _warnings(text: str | None) -> tuple[dt.timedelta, ...]:
    if text is None:
        return GroupWork().warnings
    return tuple(parse_duration(part) for part in text.split(",") if part.strip())


def choose_screen(choice: str | None, screens: Sequence[T]) -> T:
    """``--screen``: 1-based in the system's order (1 is the primary), or a screen's name.

    ValueError names the screens there are, so the user can pick one.
    """
    if not screens:
        raise ValueError("no screen found")
    if choice is None:
        return screens[0]
    if choice.isdigit() and 1 <= int(choice) <= len(screens):
        return screens[int(choice) - 1]
    named = [s for s in screens if s.name() == choice]
    if named:
        return named[0]
    there = ", ".join(f"{n} ({s.name()})" for n, s in enumerate(screens, 1))
    raise ValueError(f"no screen {choice!r}; the screens are {there}")


def run(args: argparse.Namespace) -> int:
    try:
        countdown = build_countdown(args, SystemClock())
    except ValueError as error:
        print(f"plenum timer: {error}", file=sys.stderr)
        return 2

    from PySide6.QtCore import Qt

    from app.ui.app_icon import show_identity
    from app.ui.i18n import install_translator
    from app.ui.timer.chime import SystemChime
    from app.ui.timer.window import TimerWindow
    from app.ui.widgets_app import widgets_application

    try:
        app = widgets_application(sys.argv[:1])
    except RuntimeError as error:
        print(f"plenum timer: {error}", file=sys.stderr)
        return 2
    show_identity(app)
    try:
        translator = install_translator(app, args.lang)
    except RuntimeError as error:
        print(f"plenum timer: {error}; showing English", file=sys.stderr)
        translator = None
    try:
        screen = choose_screen(args.screen, app.screens())
    except ValueError as error:
        print(f"plenum timer: {error}", file=sys.stderr)
        return 2
    window = TimerWindow(countdown, SystemChime(), title=args.title)
    window.alarm.muted = args.mute
    countdown.start()
    if not args.window:
        window.setCursor(Qt.CursorShape.BlankCursor)
    window.show_on(screen, fullscreen=not args.window)
    code = int(app.exec())
    del translator
    return code
