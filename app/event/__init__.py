"""The event file and its immutable model (no Qt).

``load_event(path) -> LoadResult`` is the one way in; see ``model`` for the
types every other layer reads.
"""

from __future__ import annotations

from app.event.loader import load_event, load_event_text
from app.event.model import Event, LoadResult, Problem

__all__ = ["Event", "LoadResult", "Problem", "load_event", "load_event_text"]
