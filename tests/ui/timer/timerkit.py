"""Helpers the timer UI tests share (imported by name: the tests folder is no package)."""

from __future__ import annotations

import datetime as dt

WARNINGS = (dt.timedelta(minutes=10), dt.timedelta(minutes=2))


class FakeChime:
    """Counts the chimes instead of playing them."""

    def __init__(self) -> None:
        self.played = 0

    def play(self) -> None:
        self.played += 1
