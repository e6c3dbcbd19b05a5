"""The hostile-input suite: a folder, a session and an outside secret per case.

Every case in this folder runs under a 10-second timeout (pytest-timeout), so
an in-process case that would hang fails instead; the subprocess cases also
kill ``plenum`` after ``refusals.TIMEOUT_S``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from faults.hostile import small_png
from sessionkit import TITLE, write_event

from app.event.loader import load_event
from app.session import SessionStore

CASE_TIMEOUT_S = 10


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not config.pluginmanager.hasplugin("timeout"):
        return  # a checkout whose venv predates the dependency: the subprocess timeouts remain
    for item in items:
        if "/tests/hostile/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.timeout(CASE_TIMEOUT_S))


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    """A picture outside the event's folder that no event may read."""
    folder = tmp_path / "private"
    folder.mkdir()
    return small_png(folder / "secret.png", 5, 5)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The event's folder, as it came by e-mail."""
    path = tmp_path / "event"
    path.mkdir()
    return path


@pytest.fixture
def event_path(folder: Path) -> Path:
    """An event with groups and tasks, as a file the loader accepts."""
    return write_event(folder).path


@pytest.fixture
def session(folder: Path, event_path: Path) -> Path:
    """A healthy session of that event, with a group's answer in it."""
    path = folder / "dag.plenum"
    event = load_event(event_path).event
    assert event is not None
    with SessionStore.create(path, event) as store:
        store.save_summary(1, "funn", "Vi fant mye.")
    return path


@pytest.fixture
def notes(folder: Path) -> Path:
    """A valid notes file for that event."""
    path = folder / "gruppe-1.yaml"
    path.write_text(f"event: {TITLE}\ngroup: {{name: Gruppe 1}}\nsummaries: {{rolle: Ny tekst}}\n",
                    encoding="utf-8")
    return path
