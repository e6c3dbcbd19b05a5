"""Eight simulated hours of presenting and group work: no drift, no growing memory, no leaks.

The core models run on a FakeClock through a long day (slides every minute,
a 25-minute group-work round each hour with pauses and extra time, the
note-taker's autosaves), checking the countdown against bookkeeping done
here at every step. Then the real windows run a shortened loop and must end
with as many widgets and timers as they started with.
"""

from __future__ import annotations

import datetime as dt
import gc
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.event.loader import load_event
from app.paths import DEFAULT_EVENT
from app.presenting.groupwork import GroupworkRound
from app.presenting.presentation import Presentation
from app.session import AutosaveWriter, SessionStore
from app.timing.clock import FakeClock
from app.ui.presenter import PresenterApp

HOURS = 8
STEP = 10.0  # simulated seconds per step
ROUND = 25 * 60


def _simulate_hour(presentation: Presentation, round_: GroupworkRound, clock: FakeClock,
                   writer: AutosaveWriter, group_id: int, hour: int) -> None:
    """One hour: 30 minutes of slides, then a round with a pause and two extra minutes."""
    for step in range(int(30 * 60 / STEP)):
        clock.advance(STEP)
        if step % 6 == 5:
            if presentation.index == presentation.slide_count - 1:
                presentation.first()
            else:
                presentation.next()
    round_.reset()
    round_.start()
    expected = float(ROUND)
    for step in range(int(30 * 60 / STEP)):
        minute = step * STEP / 60
        if minute == 5:
            round_.pause()
        elif minute == 7:
            round_.start()
        elif minute == 10:
            round_.add(120)
            expected += 120
        running = round_.countdown.running
        clock.advance(STEP)
        if running:
            expected -= STEP
        assert round_.countdown.remaining() == pytest.approx(expected, abs=1e-9), (hour, step)
        if step % 30 == 0:
            writer.submit(group_id, "funn", f"time {hour} steg {step}: " + "notat " * 50, base=None)
    assert round_.countdown.remaining() == pytest.approx(ROUND + 120 - 28 * 60)
    round_.end()
    writer.flush()


def test_eight_hours_of_the_core_models(tmp_path: Path) -> None:
    event = load_event(DEFAULT_EVENT).event
    assert event is not None
    clock = FakeClock()
    presentation = Presentation(event, clock, 0)
    round_ = GroupworkRound(event.groupwork, clock, duration=dt.timedelta(seconds=ROUND))
    with SessionStore.create(tmp_path / "dag.plenum", event) as store:
        group = store.group_by_name("Gruppe 1")
        assert group is not None
        writer = AutosaveWriter(store, max_delay=0.01)
        try:
            _simulate_hour(presentation, round_, clock, writer, group.id, 0)
            gc.collect()
            tracemalloc.start()
            first = tracemalloc.take_snapshot()
            for hour in range(1, HOURS):
                _simulate_hour(presentation, round_, clock, writer, group.id, hour)
            gc.collect()
            last = tracemalloc.take_snapshot()
            tracemalloc.stop()
        finally:
            writer.close()
        growth = sum(stat.size_diff for stat in last.compare_to(first, "filename"))
        assert growth < 256 * 1024, f"memory grew by {growth} bytes over {HOURS - 1} hours"
        # The talk timer started at the first move, one minute in, and never drifted since.
        assert presentation.timer.elapsed() == HOURS * 3600 - 60
        assert store.summary(group.id, "funn").text.startswith(f"time {HOURS - 1} ")  # type: ignore[union-attr]


def _timers(app: PresenterApp) -> tuple[int, int]:
    """(QTimer objects, active ones): a leak grows the first; debounces come and go in the second."""
    timers = [t for w in (app.console, app.audience) for t in w.findChildren(QTimer)]
    return len(timers), sum(t.isActive() for t in timers)


def _children(app: PresenterApp) -> int:
    return len(app.console.findChildren(object)) + len(app.audience.findChildren(object))


@pytest.mark.slow
def test_the_windows_through_a_shortened_day(
    qtbot: QtBot, make_presenter: Callable[[Path], PresenterApp], clock: FakeClock, tmp_path: Path
) -> None:
    app = make_presenter(DEFAULT_EVENT)
    assert app.open_session(tmp_path / "dag.plenum")
    controller = app.groupwork.controller

    def one_cycle() -> None:
        for _ in range(6):
            app.presentation.next()
            clock.advance(60)
            QApplication.processEvents()
        app.groupwork.round.reset()
        app.groupwork.round.start()
        controller.show("task")
        for view in ("all", "time", "task"):
            clock.advance(120)
            controller.show(view)  # type: ignore[arg-type]
            QApplication.processEvents()
        app.presentation.toggle_black()
        app.presentation.toggle_black()
        app.groupwork.round.end()
        controller.show_slides()
        app.presentation.first()
        QApplication.processEvents()

    one_cycle()
    widgets, children, timers = len(QApplication.topLevelWidgets()), _children(app), _timers(app)
    for _ in range(20):
        one_cycle()
    assert len(QApplication.topLevelWidgets()) == widgets
    assert _children(app) == children
    count, active = _timers(app)
    assert count == timers[0] and active <= timers[1] + 1
