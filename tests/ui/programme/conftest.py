"""Programme tests: the seed event, and a clock at its agenda's first start (12:30, CEST)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.event.loader import load_event
from app.event.model import Event
from app.paths import DEFAULT_EVENT
from app.timing.clock import FakeClock


@pytest.fixture
def event() -> Event:
    result = load_event(Path(DEFAULT_EVENT))
    assert result.event is not None
    return result.event


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(dt.datetime(2021, 9, 1, 12, 30, tzinfo=dt.timezone(dt.timedelta(hours=2))))
