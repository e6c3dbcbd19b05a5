"""Group-work UI fixtures: the seed event (five tasks, four groups) on two screens, a fake chime."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from chimekit import FakeChime
from presenter_app import close_app
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.event.loader import load_event
from app.paths import DEFAULT_EVENT
from app.render.fonts import load_fonts
from app.timing.clock import FakeClock
from app.ui.presenter import PresenterApp


@pytest.fixture
def chime() -> FakeChime:
    return FakeChime()


@pytest.fixture
def seed(
    qtbot: QtBot, screens: object, tmp_path: Path, clock: FakeClock, chime: FakeChime
) -> Iterator[PresenterApp]:
    """The app on the seed event, its group-work chime faked; closed, and nothing left ticking."""
    load_fonts()
    result = load_event(Path(DEFAULT_EVENT))
    assert result.event is not None
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    app = PresenterApp(result.event, clock, settings)
    app.groupwork.controller.set_player(chime)
    app.show()
    qtbot.waitExposed(app.audience)
    yield app
    close_app(app)
