"""Class 3 (numbers): durations too large for any clock are a line and column, never OverflowError.

Every place a duration is written is tried with every kind of absurd number,
by ``check`` and by the presenter's start, which used to refuse the whole
event as an "unexpected error"; and ``plenum timer`` on its command line.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from refusals import Snapshot, assert_refused, run_plenum

pytestmark = pytest.mark.slow  # every case runs plenum in a fresh interpreter

HUGE = {
    "one-and-400-zeros": "1" + "0" * 400 + "s",
    "twenty-nines-hours": "99999999999999999999h",
    "4500-digit-minutes": "9" * 4500 + "m",  # past int()'s 4,300 digits, under the field limit
    "thirty-hours": "30h",
    "just-over-a-day": "24h0m1s",
}
HEAD = "event: {title: Prøve, date: 2021-09-01}\n"
# Each place a duration is written: (the event file with {d} for the duration, its line, column).
PLACES = {
    "slide duration": (HEAD + "slides:\n  - title: Velkommen\n    duration: {d}\n", 4, 15),
    "group work": (HEAD + "groupwork:\n  duration: {d}\n  tasks:\n    - {id: a, title: A}\n"
                   "slides:\n  - title: x\n", 3, 13),
    "warning mark": (HEAD + "groupwork:\n  warnings: [{d}]\nslides:\n  - title: x\n", 3, 14),
    "agenda item": (HEAD + "agenda:\n  - {title: Lunsj, start: '12:00', duration: {d}}\n"
                    "slides:\n  - title: x\n", 3, 46),
}


@pytest.mark.parametrize("verb", ["check", "present"])
@pytest.mark.parametrize("number", list(HUGE))
@pytest.mark.parametrize("place", list(PLACES))
def test_a_huge_duration_is_an_error_at_its_place(
    folder: Path, place: str, number: str, verb: str
) -> None:
    template, line, col = PLACES[place]
    event = folder / "event.yaml"
    event.write_text(template.replace("{d}", HUGE[number]), encoding="utf-8")
    before = Snapshot(folder)
    outcome = run_plenum(*(["check"] if verb == "check" else []), event, cwd=folder)
    assert_refused(outcome, 1, f"{event}:{line}:{col}: error: ", lines=None)
    assert_refused(outcome, 1, "is longer than a day (24h)", lines=None)
    before.assert_unchanged()


@pytest.mark.parametrize("number", list(HUGE))
@pytest.mark.parametrize("where", ["duration", "--warnings"])
def test_the_timer_refuses_a_huge_duration_before_any_window(
    tmp_path: Path, number: str, where: str
) -> None:
    args = ["--", HUGE[number]] if where == "duration" else ["10m", "--warnings", HUGE[number]]
    outcome = run_plenum("timer", *args, cwd=tmp_path)
    assert_refused(outcome, 2, "plenum timer: ")
    assert_refused(outcome, 2, "is longer than a day (24h)")
