"""Helpers for renderer tests: events built from the model, and the seed event."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.event.model import Event, EventInfo, Slide, Theme
from app.paths import DEFAULT_EVENT


def _make_event(*slides: Slide, theme: Theme | None = None, path: Path | None = None,
               **fields: object) -> Event:
    """A small event around ``slides``, as the loader would give it."""
    info = EventInfo(title="Testsamling", organiser="Plenum", date=dt.date(2021, 9, 1))
    return Event(path=path or Path("/tmp/test-event.yaml"), info=info, theme=theme or Theme(),
                 slides=slides, **fields)  # type: ignore[arg-type]


@pytest.fixture
def make_event(qapp):  # type: ignore[no-untyped-def]
    """Build an event around slides (needs Qt, hence the qapp)."""
    return _make_event


@pytest.fixture
def seed_event(qapp):  # type: ignore[no-untyped-def]
    from app.event import load_event

    result = load_event(DEFAULT_EVENT)
    assert result.event is not None, [str(p) for p in result.problems]
    return result.event
