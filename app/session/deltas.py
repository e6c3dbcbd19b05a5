"""A saved text as the change from the version before it: what typing changed, not all of it again.

Autosave commits the whole text about every 0.75 s of typing; stored in
full, 20,000 typed characters made 1,819 versions and 22.5 MB, growing with
the square of the typing. Between two saves a note-taker changes one place
(types at the end, fixes a word): the new text is the old one's head, a few
new characters, and the old one's tail. Storing just those makes a version
cost about what was typed since the last one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Delta:
    """``new == old[:keep_head] + inserted + old[len(old) - keep_tail:]``."""

    keep_head: int
    inserted: str
    keep_tail: int

    def apply(self, old: str) -> str:
        if self.keep_head + self.keep_tail > len(old):
            raise ValueError("the delta keeps more than its base text holds")
        return old[:self.keep_head] + self.inserted + old[len(old) - self.keep_tail:]


def delta(old: str, new: str) -> Delta:
    """The single change that turns ``old`` into ``new`` (the middle both do not share)."""
    room = min(len(old), len(new))
    head = _longest(room, lambda n: old[:n] == new[:n])
    room -= head
    tail = _longest(room, lambda n: old[len(old) - n:] == new[len(new) - n:])
    return Delta(head, new[head:len(new) - tail], tail)


def _longest(limit: int, same: Callable[[int], bool]) -> int:
    """The largest n <= ``limit`` with ``same(n)`` (true for 0, monotone): a binary
    search over slices, so the comparing runs in C, not one character at a time."""
    if same(limit):
        return limit  # typing at the end, the usual case: one comparison
    low, high = 0, limit  # same(low), not same(high)
    while high - low > 1:
        middle = (low + high) // 2
        if same(middle):
            low = middle
        else:
            high = middle
    return low
