"""UI test fixtures. The two virtual screens, and the one offscreen-plugin warning
these tests ignore, are set up in tests/conftest.py.

``FakeDialogs`` stands in for every file chooser of ``make_app``'s apps: a test sets
the paths it should "choose" before triggering a menu action.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from presenter_app import close_app, deck_yaml, open_presenter
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.event.loader import load_event
from app.event.model import Event
from app.paths import DEFAULT_EVENT
from app.render.fonts import load_fonts
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
