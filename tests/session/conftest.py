"""Fixtures for the session tests: a small event on disk and a fresh session for it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sessionkit import write_event

from app.event.model import Event
from app.session import SessionStore


@pytest.fixture
def event(tmp_path: Path) -> Event:
    return write_event(tmp_path)


@pytest.fixture
def store(tmp_path: Path, event: Event) -> Iterator[SessionStore]:
    with SessionStore.create(tmp_path / "faggruppesamling-2021.plenum", event) as opened:
        yield opened
