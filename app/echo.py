"""Text from a file, echoed in a message: quoted, on one line, and cut to a readable length.

A message names what it refers to, but a group name or a picture path can be
a megabyte long or hold line breaks; echoed whole it would bury the message
(and the ``FILE:LINE:`` lines after it) in a terminal or a banner.
"""

from __future__ import annotations

MAX_ECHO = 80


def quoted(text: str, limit: int = MAX_ECHO) -> str:
    """``'Gruppe 1'``; a longer text ends in ``... (1048576 characters)``, line breaks escaped."""
    if len(text) > limit:
        return repr(text[: limit - 3] + "...")[:-1] + f" ({len(text)} characters)'"
    return repr(text)
