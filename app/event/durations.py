"""Strict parsing of the durations and clock times facilitators write.

Strict because a typo like ``1h3Om`` or ``25`` must not quietly become a
different length of group work; every rejection says what is accepted.
"""

from __future__ import annotations

import datetime as dt
import re

from app.echo import quoted

_DURATION = re.compile(r"(?:(?P<h>[0-9]+)h)?(?:(?P<m>[0-9]+)m)?(?:(?P<s>[0-9]+)s)?")
_CLOCK = re.compile(r"(?P<h>[0-9]{1,2})[:.](?P<m>[0-9]{2})")

DURATION_HINT = "write a duration like 90s, 10m or 1h30m"
MAX_DURATION = dt.timedelta(hours=24)
TOO_LONG = "longer than a day (24h): nothing in a gathering lasts that long; check the number"
_MAX_CHARS = 20  # "86400s" and "1h30m15s" are far shorter; no int() of 4,000 digits
CLOCK_HINT = "write a clock time like 9:05 or 16:00"


def parse_duration(text: str) -> dt.timedelta:
    """``90s``, ``10m``, ``1h30m``, ``1h30m15s`` → timedelta; ValueError otherwise.

    At most a day (``MAX_DURATION``): nothing in a gathering lasts longer, and a
    number of 400 digits would otherwise overflow the clock arithmetic later,
    far from the line that holds it.
    """
    cleaned = text.strip().replace(" ", "")
    match = _DURATION.fullmatch(cleaned) if len(cleaned) <= _MAX_CHARS else None
    if not cleaned or match is None:
        too_long = len(cleaned) > _MAX_CHARS and _DURATION.fullmatch(cleaned) is not None
        raise ValueError(f"{quoted(text)} is " + (TOO_LONG if too_long else
                                                   f"not a duration: {DURATION_HINT}"))
    hours, minutes, seconds = (int(match.group(k) or 0) for k in "hms")
    if (minutes >= 60 and hours) or (seconds >= 60 and (hours or minutes)):
        raise ValueError(f"{quoted(text)} is not a duration: {DURATION_HINT}")
    duration = dt.timedelta(hours=hours, minutes=minutes, seconds=seconds)
    if duration > MAX_DURATION:
        raise ValueError(f"{quoted(text)} is {TOO_LONG}")
    return duration


def parse_clock(text: str) -> dt.time:
    """``9:05``, ``16:00`` (also ``16.00``, as Norwegians often write) → time."""
    match = _CLOCK.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"{text!r} is not a clock time: {CLOCK_HINT}")
    hour, minute = int(match.group("h")), int(match.group("m"))
    if hour > 23 or minute > 59:
        raise ValueError(f"{text!r} is not a clock time: {CLOCK_HINT}")
    return dt.time(hour, minute)


def format_duration(delta: dt.timedelta) -> str:
    """The inverse of parse_duration, in the shortest form: ``1h45m``."""
    total = int(delta.total_seconds())
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    parts = [f"{hours}h" if hours else "", f"{minutes}m" if minutes else "", f"{seconds}s" if seconds else ""]
    return "".join(parts) or "0s"
