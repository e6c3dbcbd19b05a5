"""Fixtures for the sharing tests: the session tests' small event and a fresh session."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "session"))

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
