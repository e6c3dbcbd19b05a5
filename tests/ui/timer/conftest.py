"""Timer UI tests: a fake clock, a fake chime, and nothing left ticking afterwards."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from timerkit import WARNINGS

from app.timing import Countdown, FakeClock


@pytest.fixture(autouse=True)
def nothing_left_ticking(qapp: QApplication) -> Iterator[None]:
    """Fail a test that leaves a top-level widget alive or a QTimer running."""
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    alive = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    ticking = [t for w in QApplication.allWidgets() for t in w.findChildren(QTimer) if t.isActive()]
    assert alive == [] and ticking == []


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def countdown(clock: FakeClock) -> Countdown:
    return Countdown(dt.timedelta(minutes=25), clock, WARNINGS)


@pytest.fixture
def keep() -> Iterator[Callable[[QWidget], QWidget]]:
    """Hold widgets strongly (qtbot only holds them weakly) and close and delete them after."""
    held: list[QWidget] = []

    def hold(widget: QWidget) -> QWidget:
        held.append(widget)
        return widget

    yield hold
    for widget in held:
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
