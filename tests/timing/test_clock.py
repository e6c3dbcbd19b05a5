"""The system clock's promises and the fake clock's moves."""

from __future__ import annotations

import datetime as dt
import sys
import time

import pytest

from app.timing import FakeClock, SystemClock
from app.timing.clock import suspend_counting_clock


def test_system_clock_now_is_aware_local_time() -> None:
    now = SystemClock().now()
    assert now.tzinfo is not None
    assert abs((now - dt.datetime.now(dt.UTC)).total_seconds()) < 5


@pytest.mark.skipif(not hasattr(time, "CLOCK_BOOTTIME"), reason="Linux only")
def test_system_clock_counts_suspend_where_the_os_can() -> None:
    # CLOCK_BOOTTIME, not CLOCK_MONOTONIC: on a machine that has slept they differ.
    reading = SystemClock().monotonic()
    assert abs(reading - time.clock_gettime(time.CLOCK_BOOTTIME)) < 1


@pytest.mark.parametrize(("platform", "clock"), [("linux", "CLOCK_BOOTTIME"),
                                               ("darwin", "CLOCK_MONOTONIC")])
def test_each_system_gets_its_suspend_counting_clock(
    monkeypatch: pytest.MonkeyPatch, platform: str, clock: str
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(time, clock, 7, raising=False)  # the id, even where this test runs
    assert suspend_counting_clock() == 7


@pytest.mark.parametrize("platform", ["win32", "linux"])
def test_without_such_a_clock_monotonic_is_time_monotonic(
    monkeypatch: pytest.MonkeyPatch, platform: str
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.delattr(time, "CLOCK_BOOTTIME", raising=False)  # an old Linux, or Windows
    assert suspend_counting_clock() is None
    before = time.monotonic()
    reading = SystemClock().monotonic()
    assert before <= reading <= time.monotonic()


def test_fake_clock_moves_only_when_told() -> None:
    clock = FakeClock()
    wall, mono = clock.now(), clock.monotonic()
    clock.advance(2.5)
    assert clock.monotonic() - mono == 2.5
    assert clock.now() - wall == dt.timedelta(seconds=2.5)
    clock.suspend(60)
    assert clock.monotonic() - mono == 2.5
    assert clock.now() - wall == dt.timedelta(seconds=62.5)
    with pytest.raises(ValueError, match="does not go back"):
        clock.advance(-1)


def test_fake_clock_refuses_naive_times() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        FakeClock(dt.datetime(2021, 9, 1, 13, 0))
