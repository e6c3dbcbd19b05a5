"""Per-group countdowns are independent and listed with their phases."""

from __future__ import annotations

import datetime as dt

from app.timing import FakeClock, GroupTimers, Phase

WARNINGS = (dt.timedelta(minutes=10), dt.timedelta(minutes=2))


def test_each_group_runs_its_own_countdown() -> None:
    clock = FakeClock()
    timers = GroupTimers(clock, WARNINGS)
    timers.add("Gruppe 1", dt.timedelta(minutes=45))
    clock.advance(10 * 60)
    timers.add("Gruppe 2", dt.timedelta(minutes=45))  # started ten minutes late
    timers["Gruppe 1"].add(5 * 60)
    clock.advance(30 * 60)
    timers["Gruppe 2"].pause()
    clock.advance(9 * 60)
    rows = {s.group: s for s in timers.statuses()}
    assert rows["Gruppe 1"].remaining == 60 and rows["Gruppe 1"].phase is Phase.DANGER
    assert rows["Gruppe 2"].remaining == 15 * 60 and not rows["Gruppe 2"].running
    clock.advance(12 * 60)
    assert [(s.group, s.phase) for s in timers.statuses()] == [
        ("Gruppe 1", Phase.OVERTIME),
        ("Gruppe 2", Phase.NORMAL),
    ]


def test_timers_can_be_removed_and_restored_running() -> None:
    clock = FakeClock()
    timers = GroupTimers(clock, WARNINGS)
    calls: list[int] = []
    timers.changed.subscribe(lambda: calls.append(1))
    timers.add("Gruppe 1", dt.timedelta(minutes=20))
    timers.add("Gruppe 3", dt.timedelta(minutes=5), start=False)
    saved = timers.to_state()
    timers.remove("Gruppe 3")
    assert "Gruppe 3" not in timers and len(timers) == 1
    clock.advance(60)
    restored = GroupTimers(clock, WARNINGS)
    restored.restore(saved)
    assert [(s.group, s.remaining, s.running) for s in restored.statuses()] == [
        ("Gruppe 1", 19 * 60, True),
        ("Gruppe 3", 5 * 60, False),
    ]
    assert calls == [1, 1, 1]
