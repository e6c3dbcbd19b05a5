"""UI test fixtures. The two virtual screens are set up in tests/conftest.py.

The offscreen plugin
cannot resize its windows' size hints and warns about it whenever a layout's
minimum size changes; that warning says nothing about our code and is ignored
here only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from presenter_app import close_app, deck_yaml, open_presenter
from pytestqt.qtbot import QtBot

from app.timing.clock import FakeClock
from app.ui.presenter import PresenterApp


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/tests/ui/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore("does not support propagateSizeHints"))


@pytest.fixture
def deck() -> Callable[..., str]:
    """``deck(count)``: the YAML text of a test event, for tests that rewrite the file."""
    return deck_yaml


@pytest.fixture
def event_file(tmp_path: Path) -> Path:
    path = tmp_path / "event.yaml"
    path.write_text(deck_yaml(12, notes="Husk <b>pause</b> & kaffe ŋ ŧ đ č š ž 🎉"), encoding="utf-8")
    return path


@pytest.fixture
def presenter(
    qtbot: QtBot, screens: tuple[object, object], event_file: Path, tmp_path: Path
) -> Iterator[PresenterApp]:
    """The whole presenting app on the two screens, closed and deleted afterwards."""
    app = open_presenter(qtbot, event_file, FakeClock(), tmp_path / "settings.ini")
    yield app
    close_app(app)
