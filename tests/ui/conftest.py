"""UI test fixtures. The two virtual screens are set up in tests/conftest.py.

The offscreen plugin
cannot resize its windows' size hints and warns about it whenever a layout's
minimum size changes; that warning says nothing about our code and is ignored
here only.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app.event.loader import load_event
from app.render.fonts import load_fonts
from app.timing.clock import FakeClock
from app.ui.presenter import PresenterApp


@pytest.fixture
def screens(qapp: QGuiApplication) -> Iterator[tuple[object, object]]:
    """(laptop, projector); fails clearly if another test made a one-screen app first."""
    found = {screen.name(): screen for screen in QGuiApplication.screens()}
    assert set(found) == {"s0-laptop", "s1-projector"}, (
        f"expected the two-screen offscreen setup, got {sorted(found)}: "
        "tests/conftest.py's qapp_args was not used"
    )
    yield found["s0-laptop"], found["s1-projector"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/tests/ui/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore("does not support propagateSizeHints"))


def deck_yaml(count: int, *, notes: str = "") -> str:
    """A small event with ``count`` section slides titled "Lysbilde N"."""
    lines = [
        "event: {title: Prøve, organiser: Plenum, date: 2021-09-01}",
        "slides:",
    ]
    for number in range(1, count + 1):
        lines.append(f"  - title: Lysbilde {number}")
        lines.append("    duration: 2m")
        if notes:
            lines.append(f"    notes: {json.dumps(notes, ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


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
    load_fonts()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    result = load_event(event_file)
    assert result.event is not None, result.problems
    app = PresenterApp(result.event, FakeClock(), settings, load=load_event)
    app.show()
    qtbot.waitExposed(app.audience)
    yield app
    app.close()
    windows = (app.console, app.audience)
    running = [t.objectName() or repr(t) for w in windows for t in w.findChildren(QTimer) if t.isActive()]
    for window in windows:
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert running == [], "QTimers left running after close"
