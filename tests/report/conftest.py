"""Fixtures for the report tests: the seed event, loaded once."""

from __future__ import annotations

import pytest

from app.event.loader import load_event
from app.event.model import Event
from app.paths import DEFAULT_EVENT


@pytest.fixture(scope="session")
def seed_event() -> Event:
    event = load_event(DEFAULT_EVENT).event
    assert event is not None
    return event
