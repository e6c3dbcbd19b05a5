"""How much text a group's work may hold, wherever it comes from: a device or a notes file.

A group's summary of a task is a few thousand characters, a follow-up point a
line; a notes file holds one group's work, so a few hundred keys and values
(``python -m bench`` imports 20,000 follow-up points, the most it must take).
These limits are far above that and far below what makes an import slow or
exhausts memory (a 9.7 MB notes file with 1.2 million follow-up points once took
17 s and 574 MB). The room server and the notes-file reader refuse text above
them; docs/event-format.md ("The notes file") lists the same numbers.
"""

from __future__ import annotations

MAX_NOTE_CHARS = 100_000  # a summary; far above a group's work, far below a memory risk
MAX_FOLLOW_UP_CHARS = 1_000  # one follow-up point typed on a device

MAX_NOTES_NODES = 50_000
"""Keys, values and list items in one notes file, counted while it is parsed."""

MAX_NOTES_FOLLOW_UPS = 20_000  # follow-up points of the group in one notes file
MAX_NOTES_TEXT_CHARS = 5_000  # the event title, a name, a room, a follow-up point in a notes file
