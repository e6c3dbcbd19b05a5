"""The rundown against the seed day's agenda, with a fake clock."""

from __future__ import annotations

import datetime as dt

import pytest

from app.event.model import AgendaItem
from app.timing import FakeClock, LogEntry, Rundown, format_delay

CEST = dt.timezone(dt.timedelta(hours=2))
DAY = dt.date(2021, 9, 1)

# The seed event's afternoon: a 15-minute unlisted break before 16:00.
AGENDA = (
    AgendaItem("NIBR-prosjekt: foreløpige resultater", dt.time(13, 0), dt.time(13, 45)),
    AgendaItem("Innledning til gruppearbeid", dt.time(13, 45), dt.time(14, 0)),
    AgendaItem("Gruppearbeid", dt.time(14, 0), dt.time(15, 45), groupwork=True),
    AgendaItem("Oppsummering i plenum", dt.time(16, 0), dt.time(17, 0)),
)


def at(hour: int, minute: int, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=CEST)


def clock_at(hour: int, minute: int) -> FakeClock:
    return FakeClock(at(hour, minute))


def minutes(n: float) -> dt.timedelta:
    return dt.timedelta(minutes=n)


def test_before_the_day_starts_it_is_on_time() -> None:
    clock = clock_at(12, 50)
    rundown = Rundown(AGENDA, DAY, clock)
    assert rundown.delay() == dt.timedelta(0)
    assert rundown.current() is None
    assert rundown.projected_end() == at(17, 0)


def test_not_starting_on_time_is_lateness() -> None:
    clock = clock_at(13, 4)
    assert Rundown(AGENDA, DAY, clock).delay() == minutes(4)


def test_a_late_start_is_a_delay_and_moves_the_end_until_a_gap_absorbs_it() -> None:
    clock = clock_at(13, 7)
    rundown = Rundown(AGENDA, DAY, clock)
    rundown.start(0)
    assert rundown.current() == 0
    assert rundown.delay() == minutes(7)
    # 7 minutes late all the way; the 15-minute break before 16:00 absorbs it.
    assert rundown.projected_end() == at(17, 0)
    clock.advance(45 * 60)
    rundown.start(1)
    clock.advance(15 * 60)
    rundown.start(2)
    assert rundown.delay() == minutes(7)
    clock.advance(100 * 60)
    assert rundown.delay() == minutes(7)
    clock.advance(25 * 60)  # 16:12: the group work ran 25 minutes over
    assert rundown.delay() == minutes(27)
    assert rundown.projected_end() == at(17, 12)


def test_finishing_early_is_ahead_until_the_next_start_is_overdue() -> None:
    clock = clock_at(13, 0)
    rundown = Rundown(AGENDA, DAY, clock)
    rundown.start(0)
    clock.advance(42 * 60)
    rundown.finish(0)
    assert rundown.current() is None
    assert rundown.delay() == minutes(-3)
    clock.advance(5 * 60)  # 13:47, the next item should have started at 13:45
    assert rundown.delay() == minutes(2)
    assert rundown.projected_end() == at(17, 0)


def test_an_early_start_is_ahead() -> None:
    clock = clock_at(13, 57)
    rundown = Rundown(AGENDA, DAY, clock)
    rundown.start(2)
    assert rundown.delay() == minutes(-3)
    assert format_delay(rundown.delay()) == "3 min foran skjema"


def test_the_log_has_planned_and_actual_times_for_the_report() -> None:
    clock = clock_at(13, 2)
    rundown = Rundown(AGENDA, DAY, clock)
    rundown.start(0)
    clock.advance(50 * 60)
    rundown.start(1)  # starting the next item finishes the running one
    clock.advance(10 * 60)
    rundown.finish(1)
    log = rundown.log()
    assert log[0] == LogEntry(AGENDA[0].title, at(13, 0), at(13, 45), at(13, 2), at(13, 52))
    assert log[1] == LogEntry(AGENDA[1].title, at(13, 45), at(14, 0), at(13, 52), at(14, 2))
    assert log[2].actual_start is None and log[2].actual_end is None
    assert rundown.delay() == minutes(2)


def test_marks_can_be_given_an_explicit_time_to_replay_a_session() -> None:
    clock = clock_at(18, 0)
    rundown = Rundown(AGENDA, DAY, clock)
    rundown.start(3, at=at(16, 5))
    rundown.finish(3, at=at(17, 10))
    assert rundown.log()[3].actual_start == at(16, 5)
    assert rundown.delay() == minutes(10)
    assert rundown.projected_end() == at(18, 0)


def test_finishing_an_item_never_started_counts_it_as_started_then() -> None:
    rundown = Rundown(AGENDA, DAY, clock_at(13, 40))
    rundown.finish(0)
    assert rundown.log()[0].actual_start == rundown.log()[0].actual_end == at(13, 40)


def test_an_agenda_across_midnight_rolls_to_the_next_day() -> None:
    agenda = (
        AgendaItem("Nattkino", dt.time(23, 0), dt.time(0, 30)),
        AgendaItem("Nattmat", dt.time(0, 30), dt.time(1, 0)),
    )
    rundown = Rundown(agenda, DAY, clock_at(23, 0))
    nextday = DAY + dt.timedelta(days=1)
    assert rundown.log()[0].planned_end == at(0, 30, nextday)
    assert rundown.log()[1].planned_start == at(0, 30, nextday)
    assert rundown.projected_end() == at(1, 0, nextday)


def test_an_empty_agenda_is_on_time_with_no_end() -> None:
    rundown = Rundown((), DAY, clock_at(12, 0))
    assert rundown.delay() == dt.timedelta(0) and rundown.projected_end() is None


@pytest.mark.parametrize(
    ("delay", "nb", "en"),
    [
        (minutes(7), "7 min bak skjema", "7 min behind"),
        (minutes(-3), "3 min foran skjema", "3 min ahead"),
        (dt.timedelta(seconds=20), "i rute", "on time"),
        (dt.timedelta(seconds=-25), "i rute", "on time"),
        (minutes(74), "1 t 14 min bak skjema", "1 h 14 min behind"),
        (minutes(-120), "2 t foran skjema", "2 h ahead"),
    ],
)
def test_the_delay_reads_as_words_in_both_languages(delay: dt.timedelta, nb: str, en: str) -> None:
    assert format_delay(delay) == nb
    assert format_delay(delay, "en") == en


def test_marks_notify_subscribers() -> None:
    rundown = Rundown(AGENDA, DAY, clock_at(13, 0))
    calls: list[int] = []
    rundown.changed.subscribe(lambda: calls.append(1))
    rundown.start(0)
    rundown.finish(0)
    assert calls == [1, 1]


def test_only_the_events_own_days_count_against_the_wall_clock() -> None:
    from app.timing.rundown import is_event_day

    assert is_event_day(DAY, DAY, None)
    assert not is_event_day(DAY + dt.timedelta(days=1), DAY, None)
    assert is_event_day(DAY + dt.timedelta(days=1), DAY, DAY + dt.timedelta(days=2))
    assert not is_event_day(DAY - dt.timedelta(days=1), DAY, None)


def test_a_rehearsal_counts_from_its_first_start_on_the_plans_clock() -> None:
    clock = clock_at(20, 47)  # the evening: the agenda's 13:00 start is long past
    rundown = Rundown(AGENDA, DAY, clock, rehearsal=True)
    assert rundown.delay() == dt.timedelta(0)
    assert rundown.projected_end() == at(17, 0)
    rundown.start(0)  # 20:47 counts as 13:00
    clock.advance(50 * 60)  # the first item runs 5 min over its 45
    assert rundown.delay() == minutes(5) and format_delay(rundown.delay()) == "5 min bak skjema"
    rundown.start(1)
    shown = rundown.shown_log()
    assert (shown[0].actual_start, shown[0].actual_end) == (at(13, 0), at(13, 50))
    assert shown[1].actual_start == at(13, 50)
    assert rundown.log()[0].actual_start == at(20, 47)  # the real instants are kept for the session
    assert rundown.projected_end() == at(17, 0)  # the unlisted break absorbs the 5 minutes
    live = Rundown(AGENDA, DAY, clock_at(20, 47))
    assert live.delay() == minutes(7 * 60 + 47) and format_delay(live.delay()) == "7 t 47 min bak skjema"
