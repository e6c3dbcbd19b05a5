"""The presenting app on the seed event with a session in a temporary folder.

``FakeDialogs`` stands in for every file chooser: a test sets the paths it
should "choose" before triggering a menu action.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from presenter_app import close_app
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.event.loader import load_event
from app.event.model import Event
from app.paths import DEFAULT_EVENT
from app.render.fonts import load_fonts
from app.timing.clock import FakeClock
from app.ui.keys import Command
from app.ui.presenter import PresenterApp


@dataclass
class FakeDialogs:
    session: Path | None = None
    notes_files: list[Path] = field(default_factory=list)
    notes_out: Path | None = None
    report_out: Path | None = None
    handout_out: Path | None = None
    group: int | None = 0
    asked: list[str] = field(default_factory=list)

    def open_session(self, start: Path) -> Path | None:
        self.asked.append("open_session")
        return self.session

    def import_notes(self, start: Path) -> list[Path]:
        self.asked.append("import_notes")
        return self.notes_files

    def save_notes(self, suggested: Path) -> Path | None:
        self.asked.append(f"save_notes {suggested.name}")
        return self.notes_out

    def save_report(self, suggested: Path) -> Path | None:
        self.asked.append(f"save_report {suggested.name}")
        return self.report_out

    def save_handout(self, suggested: Path) -> Path | None:
        self.asked.append(f"save_handout {suggested.name}")
        return self.handout_out

    def choose_group(self, names: list[str], current: int) -> int | None:
        self.asked.append(f"choose_group {current}")
        return self.group


@pytest.fixture(scope="session")
def seed_event() -> Event:
    result = load_event(DEFAULT_EVENT)
    assert result.event is not None, result.problems
    return result.event


@pytest.fixture
def make_app(qtbot: QtBot, screens: tuple[object, object], tmp_path: Path,
             seed_event: Event, clock: FakeClock) -> Iterator[object]:
    """``make_app(event=seed)`` -> a shown PresenterApp with FakeDialogs, on the ``clock``
    fixture's clock; all closed afterwards."""
    load_fonts()
    apps: list[PresenterApp] = []

    def make(event: Event = seed_event, settings_name: str = "settings.ini") -> PresenterApp:
        settings = QSettings(str(tmp_path / settings_name), QSettings.Format.IniFormat)
        app = PresenterApp(event, clock, settings)
        app.sessions.dialogs = FakeDialogs()  # type: ignore[assignment]
        app.show()
        qtbot.waitExposed(app.audience)
        apps.append(app)
        return app

    yield make
    for app in reversed(apps):
        close_app(app, finish_jobs=True)


@pytest.fixture
def notes_app(make_app: object, tmp_path: Path) -> PresenterApp:
    """The app on the seed event, session open at tmp/dag.plenum, in Notater mode."""
    assert callable(make_app)
    app: PresenterApp = make_app()
    assert app.open_session(tmp_path / "dag.plenum")
    app.keys.run(Command.MODE_3)
    return app
