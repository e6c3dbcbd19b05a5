"""Fixtures for the sharing tests: the session tests' event and session, and a room server on loopback."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from roomkit import Room, start_server
from sessionkit import event, store

from app.event.model import Event
from app.presenting.groupwork import GroupworkRound
from app.session import SessionStore
from app.share.links import ShareLinks
from app.timing.clock import SystemClock

__all__ = ["event", "room", "store"]


@pytest.fixture
def room(store: SessionStore, event: Event) -> Iterator[Room]:
    clock = SystemClock()
    round_ = GroupworkRound(event.groupwork, clock)
    made = Room(store, event, ShareLinks(store), round_, clock, None)
    made.server = start_server(made)
    try:
        yield made
    finally:
        made.server.stop()  # type: ignore[attr-defined]
