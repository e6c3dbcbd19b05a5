"""Countdown arithmetic against a fake clock: no sleeping, exact numbers."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app.timing import Countdown, FakeClock, Phase

MIN = 60.0
WARNINGS = (dt.timedelta(minutes=10), dt.timedelta(minutes=2))


def cest(hour: int, minute: int, day: int = 1) -> dt.datetime:
    return dt.datetime(2021, 9, day, hour, minute, tzinfo=dt.timezone(dt.timedelta(hours=2)))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(cest(14, 0))


def test_a_two_hour_round_lands_exactly_after_many_uneven_ticks(clock: FakeClock) -> None:
    countdown = Countdown(dt.timedelta(hours=2), clock)
    countdown.start()
    # 7200 s in uneven steps, read in between as a view would.
    for step in [0.7, 0.3, 1.013, 0.987] * 2400:
        clock.advance(step)
        countdown.remaining()
    assert countdown.remaining() == pytest.approx(0.0, abs=1e-6)
    clock.advance(0.5)
    assert countdown.phase() is Phase.OVERTIME


def test_not_started_shows_the_full_length_and_does_not_run(clock: FakeClock) -> None:
    countdown = Countdown(dt.timedelta(minutes=25), clock)
    clock.advance(300)
    assert countdown.remaining() == 25 * MIN
    assert not countdown.started and not countdown.running


def test_pause_freezes_and_resume_goes_on_from_there(clock: FakeClock) -> None:
    countdown = Countdown(dt.timedelta(minutes=25), clock)
    countdown.start()
    clock.advance(5 * MIN)
    countdown.pause()
    clock.advance(17 * MIN)
    assert countdown.remaining() == 20 * MIN
    assert countdown.paused
    countdown.resume()
    clock.advance(3 * MIN)
    assert countdown.remaining() == 17 * MIN
    countdown.pause()
    countdown.pause()
    countdown.resume()
    countdown.resume()
    clock.advance(1 * MIN)
    assert countdown.remaining() == 16 * MIN


def test_toggle_is_pause_then_resume(clock: FakeClock) -> None:
    countdown = Countdown(dt.timedelta(minutes=5), clock)
    countdown.toggle()
    assert countdown.running
    clock.advance(60)
    countdown.toggle()
    clock.advance(60)
    assert countdown.paused and countdown.remaining() == 4 * MIN


def test_add_and_remove_time_while_running_paused_and_before_start(clock: FakeClock) -> None:
    countdown = Countdown(dt.timedelta(minutes=10), clock)
    countdown.add(2 * MIN)
    assert countdown.remaining() == 12 * MIN
    countdown.start()
    clock.advance(1 * MIN)
    countdown.add(5 * MIN)
    assert countdown.remaining() == 16 * MIN
    countdown.pause()
    countdown.add(-1 * MIN)
    assert countdown.remaining() == 15 * MIN
    assert countdown.length() == 16 * MIN
    countdown.add(-20 * MIN)
    assert countdown.remaining() == -5 * MIN
    assert countdown.phase() is Phase.OVERTIME


def test_reset_returns_to_the_planned_length_stopped(clock: FakeClock) -> None:
    countdown = Countdown(dt.timedelta(minutes=10), clock)
    countdown.start()
    countdown.add(3 * MIN)
    clock.advance(4 * MIN)
    countdown.reset()
    clock.advance(4 * MIN)
    assert countdown.remaining() == 10 * MIN
    assert not countdown.started


def test_phase_changes_exactly_at_each_mark_and_at_zero(clock: FakeClock) -> None:
    countdown = Countdown(dt.timedelta(minutes=12), clock, WARNINGS)
    countdown.start()
    seen = []
    for _ in range(int(12 * MIN) + 2):
        seen.append((countdown.remaining(), countdown.phase()))
        clock.advance(1.0)
    changes = [(r, p) for (r, p), (_, before) in zip(seen[1:], seen, strict=False) if p is not before]
    assert changes == [
        (10 * MIN, Phase.WARNING),
        (2 * MIN, Phase.DANGER),
        (-1.0, Phase.OVERTIME),
    ]
    assert seen[0][1] is Phase.NORMAL


def test_overtime_counts_upward_as_negative_remaining(clock: FakeClock) -> None:
    countdown = Countdown(dt.timedelta(seconds=90), clock, WARNINGS)
    countdown.start()
    clock.advance(90 + 135)
    assert countdown.remaining() == -135
    assert countdown.phase() is Phase.OVERTIME


def test_until_counts_to_the_wall_clock_time(clock: FakeClock) -> None:
    countdown = Countdown.until(dt.time(15, 30), clock)
    assert countdown.remaining() == 90 * MIN
    clock.advance(10 * MIN)
    assert countdown.remaining() == 80 * MIN
    countdown.start()
    clock.advance(20 * MIN)
    assert countdown.remaining() == 60 * MIN
    assert countdown.target == cest(15, 30)


def test_until_across_midnight_is_tomorrow() -> None:
    clock = FakeClock(cest(23, 50))
    countdown = Countdown.until(dt.time(0, 10), clock)
    countdown.start()
    assert countdown.target == cest(0, 10, day=2)
    clock.advance(15 * MIN)
    assert countdown.remaining() == 5 * MIN
    clock.advance(6 * MIN)
    assert countdown.remaining() == -1 * MIN


def test_until_a_time_already_past_today_is_tomorrow(clock: FakeClock) -> None:
    assert Countdown.until(dt.time(14, 0), clock).remaining() == 24 * 60 * MIN
    assert Countdown.until(dt.time(13, 59), clock).remaining() == (24 * 60 - 1) * MIN


def test_until_follows_a_corrected_wall_clock(clock: FakeClock) -> None:
    countdown = Countdown.until(dt.time(15, 0), clock)
    countdown.start()
    clock.set_wall(cest(14, 30))
    assert countdown.remaining() == 30 * MIN


def test_a_suspend_that_stops_the_monotonic_clock_still_counts(clock: FakeClock) -> None:
    countdown = Countdown(dt.timedelta(minutes=25), clock)
    countdown.start()
    clock.advance(5 * MIN)
    clock.suspend(5 * MIN, monotonic_counts=False)
    assert countdown.remaining() == 15 * MIN
    clock.advance(1 * MIN)
    assert countdown.remaining() == 14 * MIN


def test_a_suspend_counted_by_both_clocks_is_not_counted_twice(clock: FakeClock) -> None:
    countdown = Countdown(dt.timedelta(minutes=25), clock)
    countdown.start()
    clock.suspend(5 * MIN, monotonic_counts=True)
    assert countdown.remaining() == 20 * MIN


def test_a_suspend_while_paused_costs_nothing(clock: FakeClock) -> None:
    countdown = Countdown(dt.timedelta(minutes=25), clock)
    countdown.start()
    countdown.pause()
    clock.suspend(30 * MIN)
    countdown.resume()
    assert countdown.remaining() == 25 * MIN


def test_a_wall_clock_set_back_does_not_add_time(clock: FakeClock) -> None:
    countdown = Countdown(dt.timedelta(minutes=25), clock)
    countdown.start()
    clock.advance(5 * MIN)
    clock.set_wall(cest(13, 0))
    assert countdown.remaining() == 20 * MIN


def test_a_running_countdown_survives_a_restart_at_its_true_remaining_time(clock: FakeClock) -> None:
    countdown = Countdown(dt.timedelta(minutes=45), clock, WARNINGS)
    countdown.start()
    clock.advance(10 * MIN)
    countdown.add(2 * MIN)
    saved = json.loads(json.dumps(countdown.to_state()))
    # A new process: a new monotonic origin, and three minutes to restart.
    later = FakeClock(clock.now() + dt.timedelta(minutes=3), monotonic=5.0)
    restored = Countdown.from_state(saved, later)
    assert restored.running
    assert restored.remaining() == 34 * MIN
    assert restored.length() == 47 * MIN
    assert restored.warnings == (600.0, 120.0)
    later.advance(60)
    assert restored.remaining() == 33 * MIN


def test_a_paused_and_an_until_countdown_round_trip(clock: FakeClock) -> None:
    paused = Countdown(dt.timedelta(minutes=45), clock)
    paused.start()
    clock.advance(60)
    paused.pause()
    until = Countdown.until(dt.time(16, 0), clock)
    until.start()
    states = [json.loads(json.dumps(c.to_state())) for c in (paused, until)]
    clock.advance(30 * MIN)
    restored_paused, restored_until = (Countdown.from_state(s, clock) for s in states)
    assert restored_paused.paused and restored_paused.remaining() == 44 * MIN
    assert restored_until.remaining() == until.remaining() == (2 * 60 - 31) * MIN


@pytest.mark.parametrize(
    "state",
    [
        {},
        {"version": 99},
        {"version": 1, "kind": "sundial"},
        {
            "version": 1,
            "kind": "duration",
            "duration": 60,
            "target": None,
            "warnings": [],
            "added": 0,
            "base": 60,
            "length": 60,
            "anchor": "2021-09-01T14:00:00",
        },
    ],
)
def test_a_broken_state_is_a_value_error(clock: FakeClock, state: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="countdown state"):
        Countdown.from_state(state, clock)


def test_changes_notify_subscribers(clock: FakeClock) -> None:
    countdown = Countdown(dt.timedelta(minutes=5), clock)
    calls: list[str] = []
    countdown.changed.subscribe(lambda: calls.append("x"))
    countdown.start()
    countdown.add(60)
    countdown.pause()
    countdown.resume()
    countdown.reset()
    assert len(calls) == 5


def test_a_zero_duration_is_refused(clock: FakeClock) -> None:
    with pytest.raises(ValueError, match="above zero"):
        Countdown(dt.timedelta(0), clock)
