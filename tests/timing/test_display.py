"""The digits a countdown shows and when they next change."""

from __future__ import annotations

import pytest

from app.timing import format_remaining, seconds_to_next_step


@pytest.mark.parametrize(
    ("remaining", "text"),
    [
        (1500.0, "25:00"),
        (1499.2, "25:00"),
        (754.0, "12:34"),
        (59.0, "00:59"),
        (0.4, "00:01"),
        (0.0, "00:00"),
        (-0.4, "+00:00"),
        (-135.0, "+02:15"),
        (-135.9, "+02:15"),
        (3723.0, "62:03"),
        (7200.0, "120:00"),
        (-3723.0, "+62:03"),
    ],
)
def test_format_remaining(remaining: float, text: str) -> None:
    assert format_remaining(remaining) == text


@pytest.mark.parametrize(
    ("remaining", "step", "wait"),
    [
        (1500.0, 1.0, 1.0),
        (1499.25, 1.0, 0.25),
        (0.4, 1.0, 0.4),
        (-0.3, 1.0, 0.7),
        (-0.3, 0.5, 0.2),
        (10.75, 0.5, 0.25),
    ],
)
def test_the_next_change_is_at_the_next_boundary(remaining: float, step: float, wait: float) -> None:
    assert seconds_to_next_step(remaining, step) == pytest.approx(wait)
    # After waiting, the display really shows the next value.
    before = format_remaining(remaining)
    assert format_remaining(remaining - wait - 1e-6) != before or step != 1.0


def test_overtime_flashes_for_as_long_as_it_lasts_and_any_two_looks_07_s_apart_differ() -> None:
    from app.timing.display import FLASH_HALF_PERIOD, Flash, flash_of, seconds_to_next_change

    for tenths in range(0, 6000, 3):
        overtime = 0.01 + tenths / 10
        assert flash_of(-overtime, True) != flash_of(-overtime - FLASH_HALF_PERIOD, True), overtime
    assert flash_of(-0.1, True) is Flash.LIT and flash_of(-300.1 - 0.2, True) in (Flash.DIM, Flash.STEADY)
    assert flash_of(-0.1, False) is Flash.STEADY and flash_of(5.0, True) is Flash.STEADY
    assert seconds_to_next_change(-0.1, True) == pytest.approx(0.6)
    assert seconds_to_next_change(10.25, True) == pytest.approx(0.25)
