"""Fixed words, dates and delays: both languages complete, Norwegian conventions kept."""

from __future__ import annotations

import datetime as dt

import pytest

from app.report.model import AgendaEntry, minutes_late
from app.report.words import WORDS, format_date_range, format_delay, format_time


def test_both_languages_have_every_word() -> None:
    assert WORDS["nb"].keys() == WORDS["en"].keys()
    assert WORDS["nb"]["no_notes"] == "(ingen notater)"
    assert WORDS["nb"]["page"].format(page=2, pages=9) == "Side 2 av 9"


@pytest.mark.parametrize(("start", "end", "lang", "expected"), [
    (dt.date(2021, 9, 1), None, "nb", "1. september 2021"),
    (dt.date(2021, 9, 1), dt.date(2021, 9, 2), "nb", "1.\u20132. september 2021"),
    (dt.date(2021, 9, 30), dt.date(2021, 10, 1), "nb", "30. september \u2013 1. oktober 2021"),
    (dt.date(2021, 12, 31), dt.date(2022, 1, 1), "nb",
     "31. desember 2021 \u2013 1. januar 2022"),
    (dt.date(2021, 9, 1), dt.date(2021, 9, 2), "en", "1\u20132 September 2021"),
])
def test_date_ranges(start: dt.date, end: dt.date | None, lang: str, expected: str) -> None:
    assert format_date_range(start, end, lang) == expected  # type: ignore[arg-type]


def test_delays_and_times() -> None:
    assert format_delay(7, "nb") == "+7 min"
    assert format_delay(-3, "nb") == "\u22123 min"
    assert format_delay(0, "nb") == "i rute"
    assert format_time(dt.time(9, 5, 59)) == "09:05"
    assert format_time(None) == "\u2013"


def test_minutes_late_ignores_seconds_and_wraps_at_midnight() -> None:
    assert minutes_late(dt.time(13, 0), dt.time(13, 4, 59)) == 4
    assert minutes_late(dt.time(13, 0), dt.time(12, 55)) == -5
    assert minutes_late(dt.time(23, 55), dt.time(0, 5)) == 10
    assert minutes_late(dt.time(13, 0), None) is None


def test_agenda_entry_delays() -> None:
    entry = AgendaEntry("Gruppearbeid", dt.time(14), dt.time(16), dt.time(14, 12), None)
    assert entry.logged
    assert (entry.start_delay, entry.end_delay) == (12, None)
    assert not AgendaEntry("Plenum", dt.time(16), dt.time(17)).logged
