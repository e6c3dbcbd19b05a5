"""The hostile-input suite: a folder, a session and an outside secret per case."""

from __future__ import annotations

from pathlib import Path

import pytest
from faults.hostile import small_png


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
