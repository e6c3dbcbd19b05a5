"""How a remaining time reads on a screen, and when that reading next changes.

Kept apart from the widgets so the console, the audience screen and
``plenum timer`` all show the same text and tick at the same instants.
"""

from __future__ import annotations

import math


def shown_seconds(remaining: float) -> int:
    """The whole seconds on the display: rounded up while counting down.

    Rounding up means the full length shows for the first second ("25:00",
    not "24:59") and zero arrives exactly when the time is up; overtime
    counts whole seconds past zero ("+00:00" for the first second).
    """
    if remaining >= 0:
        return math.ceil(remaining)
    return -math.floor(-remaining)


def format_remaining(remaining: float) -> str:
    """``"12:34"``, ``"1:02:03"``, overtime ``"+02:15"``; minutes always two digits."""
    shown = shown_seconds(remaining)
    sign = "+" if remaining < 0 else ""
    hours, rest = divmod(abs(shown), 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{seconds:02d}"
    return f"{sign}{minutes:02d}:{seconds:02d}"


def seconds_to_next_step(remaining: float, step: float = 1.0) -> float:
    """Seconds until ``remaining`` (counting down) next crosses a multiple of ``step``.

    That is when the display (``step`` 1) or a half-second flash (``step``
    0.5) changes, so a view repaints exactly then instead of on a fixed
    interval that drifts against the seconds it shows. Never zero: standing
    on a boundary means the next one is a whole step away.
    """
    into_step = remaining % step
    return into_step if into_step > 0 else step
