"""What the verbs share: loading the event, choosing slides, one line for a failure.

``render`` and ``export-deck`` load the event for export and choose slides;
``serve`` and ``import`` load it only to use it (a missing image does not
matter); ``serve``, ``report`` and ``export-notes`` print an exception as one line.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from app.event import load_event
from app.event.model import Event


def load_for_export(path: Path) -> Event | None:
    """The event, or None after printing why it cannot be used (warnings go to stderr too)."""
    result = load_event(path)
    for problem in result.problems:
        print(problem, file=sys.stderr)
    if result.event is None or result.errors:
        print(f"{path}: not exported; fix the errors above (plenum check {path})",
              file=sys.stderr)
        return None
    return result.event


def load_usable(path: Path, say: Callable[[str], None]) -> Event | None:
    """The event, or None after passing each of its errors to ``say`` (a missing image does not matter)."""
    result = load_event(path)
    if result.event is None:
        for problem in result.errors:
            say(str(problem))
    return result.event


def one_line(exc: BaseException | str) -> str:
    """The first line of ``exc``'s message, or its type's name when it has none."""
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def parse_slide_list(text: str | None, count: int) -> list[int]:
    """``"1,3-5"`` -> ``[0, 2, 3, 4]`` (0-based, in order, no repeats); None means all."""
    if text is None:
        return list(range(count))
    chosen: dict[int, None] = {}
    for part in text.split(","):
        first, _, last = part.strip().partition("-")
        try:
            low, high = int(first), int(last or first)
        except ValueError:
            raise ValueError(f"{part.strip()!r} is not a slide number or range like 3-5") from None
        if not 1 <= low <= high <= count:
            raise ValueError(f"{part.strip()!r} is outside slides 1-{count}")
        chosen.update(dict.fromkeys(range(low - 1, high)))
    return list(chosen)
