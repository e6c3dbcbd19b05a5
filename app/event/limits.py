"""How large an event file may be, item by item: refused early, with the place and the limit.

Real event files are a few kilobytes: a day has tens of slides, a slide a
handful of points. These limits are far above that and far below what makes
Plenum slow or exhausts memory (one slide with 2 million points once grew to
1.6 GB before Qt gave up). Every limit is checked while the file is read,
before any slide is laid out, and each refusal names the file, line and
column, the count and the limit. docs/event-format.md and the JSON Schema
(resources/schema/event.schema.json) list the same numbers.
"""

from __future__ import annotations

MAX_NODES = 500_000
"""Keys, values and list entries in the whole file, counted while it is parsed."""

MAX_SLIDES = 25_000
MAX_POINTS = 200  # bullets on a slide, points of a task
MAX_PEOPLE = 200  # people on a slide
MAX_SLIDE_TASKS = 100  # task ids on a tasks slide
MAX_AGENDA_ITEMS = 1_000
MAX_GROUPS = 1_000
MAX_TASKS = 500
MAX_WARNINGS = 20  # warning marks of the group-work countdown

MAX_TEXT_CHARS = 5_000
"""One text field: a title, a point, a name, a prompt."""

MAX_NOTES_CHARS = 100_000
"""A slide's speaker notes (shown on the console, never on the slide)."""

MAX_SLIDE_CHARS = 20_000
"""All the text a slide shows: title, subtitle, lead, points and people together."""


def too_long(what: str, length: int, limit: int) -> str:
    """The refusal of a text over its limit, the same words in the event and the notes file."""
    return f"{what} is {length:,} characters long; at most {limit:,} are allowed: shorten it"


def too_many(what: str, count: int, limit: int) -> str:
    """The refusal of a list over its limit, the same words in the event and the notes file."""
    return f"{what} has {count:,} items; at most {limit:,} are allowed: split it up"
