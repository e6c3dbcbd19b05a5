"""The session in the app: opened, shown in the title, remembered, warned about, resumed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from presenter_app import close_app
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.event.loader import load_event
from app.render.fonts import load_fonts
from app.session import SessionStore
from app.timing.clock import FakeClock
from app.ui.presenter import PresenterApp
from app.ui.session.position import STATE_KEY

GROUPWORK = (
    "groupwork:\n  groups: [{name: Gruppe 1}, {name: Gruppe 2}]\n"
    "  tasks:\n    - {id: funn, title: Diskutere funn}\n"
)


@pytest.fixture
def open_apps(qtbot: QtBot, screens: tuple[object, object], tmp_path: Path) -> Iterator[object]:
    load_fonts()
    apps: list[PresenterApp] = []

    def make(event_file: Path) -> PresenterApp:
        result = load_event(event_file)
        assert result.event is not None, result.problems
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        app = PresenterApp(result.event, FakeClock(), settings)
        app.show()
        qtbot.waitExposed(app.audience)
        apps.append(app)
        return app

    yield make
    for app in apps:
        close_app(app)


@pytest.fixture
def event_with_tasks(tmp_path: Path, event_file: Path) -> Path:
    event_file.write_text(event_file.read_text(encoding="utf-8") + GROUPWORK, encoding="utf-8")
    return event_file


def test_open_shows_the_path_remembers_it_and_reports_opened(open_apps, event_with_tasks: Path,  # type: ignore[no-untyped-def]
                                                            tmp_path: Path) -> None:
    app = open_apps(event_with_tasks)
    assert app.session is None
    opened: list[SessionStore] = []
    app.sessions.holder.opened.connect(opened.append)
    path = tmp_path / "event.plenum"
    assert app.open_session(path)
    assert opened == [app.session] and path.exists()
    assert str(path) in app.console.windowTitle()
    assert [g.name for g in app.session.groups()] == ["Gruppe 1", "Gruppe 2"]
    assert app.sessions.recent.paths() == [path.resolve()]
    assert not app.sessions.banner.isVisible()
    app.sessions.recent_menu.aboutToShow.emit()  # what opening the menu does
    assert [a.text() for a in app.sessions.recent_menu.actions()] == [str(path.resolve())]


def test_a_file_that_is_not_a_session_is_refused_in_the_banner(open_apps, event_with_tasks: Path,  # type: ignore[no-untyped-def]
                                                               tmp_path: Path) -> None:
    app = open_apps(event_with_tasks)
    bad = tmp_path / "notes.plenum"
    bad.write_text("dette er ikke en database", encoding="utf-8")
    assert not app.open_session(bad)
    assert app.session is None
    # A damaged file gets the faults notice with its offers (tests/faults/test_broken_session.py).
    notice = app.console.notices.notice("session")
    assert notice is not None and notice.isVisible()
    assert notice.heading.text() == f"The session file cannot be used: {bad}"
    assert app.sessions.notes_page.empty.isVisibleTo(app.sessions.notes_page)


def test_changed_event_file_is_warned_about_and_recorded(open_apps, event_with_tasks: Path,  # type: ignore[no-untyped-def]
                                                         tmp_path: Path) -> None:
    path = tmp_path / "event.plenum"
    result = load_event(event_with_tasks)
    assert result.event is not None
    SessionStore.create(path, result.event).close()
    event_with_tasks.write_text(event_with_tasks.read_text(encoding="utf-8").replace(
        "Lysbilde 3", "Lysbilde tre"), encoding="utf-8")
    app = open_apps(event_with_tasks)
    assert app.open_session(path)
    banner = app.sessions.banner
    assert banner.isVisible() and "has changed since this session was made" in banner.text.text()
    assert app.session is not None and not app.session.event_changed  # the new version is recorded


def test_the_slide_is_kept_in_the_session_and_resumed(qtbot: QtBot, open_apps,  # type: ignore[no-untyped-def]
                                                      event_with_tasks: Path, tmp_path: Path) -> None:
    path = tmp_path / "event.plenum"
    app = open_apps(event_with_tasks)
    app.open_session(path)
    app.presentation.go_to(6)
    qtbot.waitUntil(lambda: app.session.get_state(STATE_KEY) == 6, timeout=3000)
    app.presentation.go_to(7)
    app.close()  # closing writes the position that was still waiting
    with SessionStore.open(path, read_only=True) as store:
        assert store.get_state(STATE_KEY) == 7
    again = open_apps(event_with_tasks)
    assert again.open_session(path, resume=True)
    assert again.presentation.index == 7


def test_open_session_from_the_file_menu(open_apps, event_with_tasks: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = open_apps(event_with_tasks)

    class Dialogs:
        def open_session(self, start: Path) -> Path:
            return tmp_path / "valgt.plenum"

    app.sessions.dialogs = Dialogs()
    menu = app.sessions.file_menu
    assert app.console.menuBar().actions()[0] is menu.menuAction()
    next(a for a in menu.actions() if a.text() == "Open session…").trigger()
    assert app.session is not None and app.session.path == tmp_path / "valgt.plenum"
