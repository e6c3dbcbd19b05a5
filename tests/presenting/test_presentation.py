"""The presenting model: position, what the audience sees, talk time and pace."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.event.model import Event, EventInfo, Slide
from app.presenting import Blank, Frozen, Presentation, SlideContent
from app.presenting.content import AudienceContent
from app.timing.clock import FakeClock


def deck(count: int, minutes: float | None = None) -> Event:
    duration = dt.timedelta(minutes=minutes) if minutes else None
    slides = tuple(Slide("section", title=f"S{n}", duration=duration) for n in range(count))
    return Event(Path("e.yaml"), EventInfo("E", "O", dt.date(2021, 9, 1)), slides=slides)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def test_navigation_is_clamped_at_both_ends(clock: FakeClock) -> None:
    talk = Presentation(deck(3), clock)
    talk.previous()
    assert talk.index == 0
    talk.last()
    talk.next()
    assert talk.index == 2 and talk.next_slide is None
    talk.go_to(-5)
    assert talk.index == 0
    talk.go_to(99)
    assert talk.index == 2


def test_changed_fires_once_per_move_and_not_for_no_move(clock: FakeClock) -> None:
    talk = Presentation(deck(3), clock)
    calls: list[int] = []
    unsubscribe = talk.changed.subscribe(lambda: calls.append(talk.index))
    talk.next()
    talk.go_to(1)
    assert calls == [1]
    unsubscribe()
    talk.next()
    assert calls == [1]


def test_black_and_white_toggle_and_return_to_the_slide(clock: FakeClock) -> None:
    talk = Presentation(deck(3), clock)
    talk.toggle_black()
    assert talk.content == Blank("black")
    talk.next()  # the room stays black while the presenter moves on
    assert talk.content == Blank("black")
    talk.toggle_white()
    assert talk.content == Blank("white")
    talk.toggle_white()
    assert talk.content == SlideContent(1)


def test_freeze_holds_the_audience_while_the_console_moves(clock: FakeClock) -> None:
    talk = Presentation(deck(4), clock)
    talk.next()
    talk.toggle_freeze()
    talk.next()
    talk.next()
    assert talk.index == 3 and talk.content == Frozen(1)
    talk.toggle_freeze()
    assert talk.content == SlideContent(3)


def test_another_mode_can_hold_the_screen_with_its_own_content(clock: FakeClock) -> None:
    @dataclass(frozen=True)
    class Summary(AudienceContent):
        group: str

    talk = Presentation(deck(3), clock)
    talk.toggle_black()
    talk.hold(Summary("Gruppe 2"))
    talk.next()
    assert talk.content == Summary("Gruppe 2")
    talk.follow_slides()
    assert talk.content == SlideContent(1)


def test_reload_keeps_position_clamped_and_the_timer(clock: FakeClock) -> None:
    talk = Presentation(deck(6), clock)
    talk.go_to(4)
    talk.toggle_freeze()
    clock.advance(90)
    talk.replace_event(deck(3))
    assert talk.index == 2
    assert talk.content == Frozen(2)
    assert talk.timer.elapsed() == pytest.approx(90)


def test_talk_time_starts_on_first_advance_pauses_and_resets(clock: FakeClock) -> None:
    talk = Presentation(deck(3), clock)
    clock.advance(60)
    assert not talk.timer.started and talk.timer.elapsed() == 0
    talk.next()
    clock.advance(30)
    talk.timer.pause()
    clock.advance(600)
    assert talk.timer.elapsed() == pytest.approx(30)
    talk.timer.resume()
    clock.advance(5)
    assert talk.timer.elapsed() == pytest.approx(35)
    talk.timer.reset()
    assert talk.timer.elapsed() == 0 and not talk.timer.started
    talk.next()
    clock.advance(2)
    assert talk.timer.elapsed() == pytest.approx(2)


def test_pace_against_slide_durations(clock: FakeClock) -> None:
    talk = Presentation(deck(4, minutes=2), clock)
    assert talk.pace() is None  # not started
    talk.next()  # slide 2 is planned from 2:00 to 4:00
    pace = talk.pace()
    assert pace is not None and pace.state == "ahead" and pace.seconds == pytest.approx(120)
    clock.advance(150)
    assert talk.pace() is not None and talk.pace().state == "on_time"  # type: ignore[union-attr]
    clock.advance(300)
    behind = talk.pace()
    assert behind is not None and behind.state == "behind" and behind.seconds == pytest.approx(210)


def test_no_pace_without_planned_durations(clock: FakeClock) -> None:
    talk = Presentation(deck(3), clock)
    talk.next()
    assert talk.pace() is None


def test_empty_deck_does_not_crash(clock: FakeClock) -> None:
    talk = Presentation(deck(0), clock)
    talk.next()
    assert talk.slide is None and talk.content == SlideContent(0)
