"""What the room sees on the big countdown, driven by a fake clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.render.digits import pattern_of
from app.timing import Countdown, FakeClock
from app.ui.timer.countdown_view import CountdownView, TimerColours

COLOURS = TimerColours()
Keep = Callable[[QWidget], QWidget]


def make_view(
    qtbot: QtBot, keep: Keep, countdown: Countdown, size: tuple[int, int] = (960, 540)
) -> CountdownView:
    view = CountdownView(countdown, title="Gruppe 2")
    keep(view)
    qtbot.addWidget(view)
    view.resize(*size)
    return view


def count_pixels(image: QImage, colour: str) -> int:
    wanted = QColor(colour).rgb()
    step = 3
    return sum(
        1
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
        if image.pixel(x, y) == wanted
    )


def ink_height_share(image: QImage, colour: str) -> float:
    """The height of the rows holding pixels of ``colour``, as a share of the image height."""
    wanted = QColor(colour).rgb()
    rows = [
        y
        for y in range(image.height())
        if any(image.pixel(x, y) == wanted for x in range(0, image.width(), 4))
    ]
    return (rows[-1] - rows[0] + 1) / image.height()


@pytest.mark.parametrize(
    ("elapsed", "text", "colour"),
    [
        (0, "25:00", COLOURS.text),
        (15 * 60, "10:00", COLOURS.warning),
        (23 * 60 + 30, "01:30", COLOURS.danger),
        (25 * 60 + 135.4, "+02:15", COLOURS.danger),  # between two beats of the overtime pulse
    ],
)
def test_the_digits_show_the_time_in_the_colour_of_the_phase(
    qtbot: QtBot, keep: Keep, clock: FakeClock, countdown: Countdown, elapsed: float, text: str, colour: str
) -> None:
    view = make_view(qtbot, keep, countdown)
    countdown.start()
    clock.advance(elapsed)
    assert view.text() == text
    assert view.digit_colour() == QColor(colour)
    image = view.grab().toImage()
    assert count_pixels(image, colour) > 2000
    others = {COLOURS.warning, COLOURS.danger} - {colour}
    assert all(count_pixels(image, other) < 50 for other in others)


def test_at_zero_the_screen_flashes_for_a_few_seconds_then_stays_red(
    qtbot: QtBot, keep: Keep, clock: FakeClock, countdown: Countdown
) -> None:
    view = make_view(qtbot, keep, countdown)
    countdown.start()
    clock.advance(25 * 60 + 0.2)
    assert view.text() == "+00:00"
    assert view.grab().toImage().pixelColor(5, 5) == QColor(COLOURS.flash_background)
    clock.advance(0.5)
    assert view.grab().toImage().pixelColor(5, 5) == QColor(COLOURS.background)
    clock.advance(10)
    image = view.grab().toImage()
    assert image.pixelColor(5, 5) == QColor(COLOURS.background)
    assert count_pixels(image, COLOURS.danger) > 2000


def test_a_paused_countdown_does_not_flash(
    qtbot: QtBot, keep: Keep, clock: FakeClock, countdown: Countdown
) -> None:
    view = make_view(qtbot, keep, countdown)
    countdown.start()
    clock.advance(25 * 60 + 0.2)
    countdown.pause()
    assert view.grab().toImage().pixelColor(5, 5) == QColor(COLOURS.background)


@pytest.mark.parametrize(("seconds", "text"), [(25 * 60, "25:00"), (2 * 3600, "120:00"), (-135, "+02:15")])
def test_the_digits_fill_at_least_40_percent_of_a_full_hd_screen(
    qtbot: QtBot, keep: Keep, clock: FakeClock, seconds: float, text: str
) -> None:
    countdown = Countdown(dt.timedelta(seconds=abs(seconds)), clock)
    countdown.start()
    if seconds < 0:
        clock.advance(2 * abs(seconds))
    view = make_view(qtbot, keep, countdown, (1920, 1080))
    view.set_title("")
    clock.advance(30)  # past the flash
    colour = COLOURS.danger if seconds < 0 else COLOURS.text
    image = view.grab().toImage()
    assert pattern_of(view.text()) == pattern_of(text)
    assert ink_height_share(image, colour) >= 0.40


def test_repaints_are_scheduled_for_the_next_second_boundary(
    qtbot: QtBot, keep: Keep, clock: FakeClock, countdown: Countdown
) -> None:
    view = make_view(qtbot, keep, countdown)
    view.show()
    assert view.next_repaint_in() is None  # not started
    countdown.start()
    clock.advance(0.75)
    view.refresh()
    wait = view.next_repaint_in()
    assert wait is not None and 250 <= wait <= 255
    clock.advance(25 * 60 - 0.75 + 0.1)  # 0.1 s into overtime: woken when the flash turns, at 0.7 s
    view.refresh()
    wait = view.next_repaint_in()
    assert wait is not None and 600 <= wait <= 605


def test_no_repaints_while_paused_or_hidden(qtbot: QtBot, keep: Keep, countdown: Countdown) -> None:
    view = make_view(qtbot, keep, countdown)
    view.show()
    countdown.start()
    assert view.next_repaint_in() is not None
    countdown.pause()
    assert view.next_repaint_in() is None
    countdown.resume()
    assert view.next_repaint_in() is not None
    view.hide()
    assert view.next_repaint_in() is None


def test_the_caption_says_paused_over_time_or_until(
    qtbot: QtBot, keep: Keep, clock: FakeClock, countdown: Countdown
) -> None:
    view = make_view(qtbot, keep, countdown)
    countdown.start()
    countdown.pause()
    assert view.caption() == "paused"
    countdown.resume()
    assert view.caption() == ""
    clock.advance(26 * 60)
    assert view.caption() == "over time"
    until = Countdown.until(dt.time(15, 30), clock)
    view.set_countdown(until)
    assert view.caption() == "until 15:30"


def test_a_deleted_view_stops_listening_to_its_countdown(qtbot: QtBot, countdown: Countdown) -> None:
    view = CountdownView(countdown)
    view.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    countdown.start()
    countdown.add(60)  # would raise if the deleted view were still subscribed
    assert countdown.remaining() == 26 * 60


def title_ink_width(view: CountdownView) -> int:
    image = view.grab().toImage()
    wanted = QColor(COLOURS.text).rgb()
    columns = [
        x
        for x in range(image.width())
        if any(image.pixel(x, y) == wanted for y in range(image.height() // 7))
    ]
    return columns[-1] - columns[0]


def test_a_title_with_markup_is_drawn_as_the_characters_typed(
    qtbot: QtBot, keep: Keep, countdown: Countdown
) -> None:
    view = make_view(qtbot, keep, countdown)
    view.set_title("<b>Gruppe</b>")
    with_tags = title_ink_width(view)
    view.set_title("Gruppe")
    # Interpreted as markup, "<b>Gruppe</b>" would be as wide as a bold "Gruppe".
    assert with_tags > 1.8 * title_ink_width(view)
    assert view.title() == "Gruppe"
