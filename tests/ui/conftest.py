"""UI test fixtures. The two virtual screens, and the one offscreen-plugin warning
these tests ignore, are set up in tests/conftest.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from presenter_app import close_app, deck_yaml, open_presenter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.timing.clock import FakeClock
from app.ui.i18n import install_translator
from app.ui.presenter import PresenterApp


@pytest.fixture
def norwegian(qapp: QApplication) -> Iterator[None]:
    """The console in bokmål, as facilitators see it: request it before the app's fixture."""
    translator = install_translator(qapp, "nb")
    assert translator is not None
    yield
    qapp.removeTranslator(translator)


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
    qtbot: QtBot, screens: tuple[object, object], event_file: Path, tmp_path: Path, clock: FakeClock
) -> Iterator[PresenterApp]:
    """The whole presenting app on the two screens, on the ``clock`` fixture's clock, closed
    and deleted afterwards."""
    app = open_presenter(qtbot, event_file, clock, tmp_path / "settings.ini")
    yield app
    close_app(app)
