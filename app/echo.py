"""Text from a file, echoed in a message: on one line, and cut to a readable length.

A message names what it refers to, but a group name or a picture path can be
a megabyte long or hold line breaks; echoed whole it would bury the message
(and the ``FILE:LINE:`` lines after it) in a terminal or a banner.
"""

from __future__ import annotations

MAX_ECHO = 80


def cut(text: str, limit: int = MAX_ECHO) -> str:
    """``Gruppe 1``; a longer text ends in ``... (1048576 characters)``; line breaks and other
    control characters shown escaped (``\\n``), so the message stays one line."""
    shown = "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text[:limit])
    if len(text) > limit:
        return f"{shown[: limit - 3]}... ({len(text)} characters)"
    return shown


def quoted(text: str, limit: int = MAX_ECHO) -> str:
    """``'Gruppe 1'``: ``cut`` in quotes."""
    return f"'{cut(text, limit)}'"
