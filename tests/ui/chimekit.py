"""The fake chime the timer and group-work tests share (imported by name: the tests folder is no package)."""

from __future__ import annotations


class FakeChime:
    """Counts the chimes instead of playing them."""

    def __init__(self) -> None:
        self.played = 0

    def play(self) -> None:
        self.played += 1
