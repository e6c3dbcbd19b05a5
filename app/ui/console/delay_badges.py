"""The console's lateness badges, each naming what it measures.

Two clocks can disagree and both be right: the day's agenda against the wall
clock ("Dagen: 11 min bak") and the talk against its slides' durations
("Foredraget: 2 min foran"). Each badge says which it is, in the same words
everywhere, and a delay of an hour or more reads "1 t 14 min". The numbers
come from the core (``Rundown.delay``, ``Pace``); only the words are here.
"min", "t" and "h" are abbreviations, the same for any count, so these
messages take the number through ``%1`` instead of a plural form.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from PySide6.QtCore import QCoreApplication

from app.presenting.pace import Pace
from app.timing.rundown import hours_and_minutes
from app.ui.console.style import PACE_COLOURS

Badge = tuple[str, str]  # (text, background colour)
State = Literal["behind", "ahead", "on_time"]

def span_text(delay: dt.timedelta) -> str:
    """The size of a delay: "14 min", "1 h", "1 h 14 min" (nb "1 t 14 min")."""
    hours, minutes = hours_and_minutes(delay)
    if not hours:
        return QCoreApplication.translate("DelayBadge", "%1 min").replace("%1", str(minutes))
    if not minutes:
        return QCoreApplication.translate("DelayBadge", "%1 h").replace("%1", str(hours))
    text = QCoreApplication.translate("DelayBadge", "%1 h %2 min")
    return text.replace("%1", str(hours)).replace("%2", str(minutes))


def _state(delay: dt.timedelta) -> State:
    if not any(hours_and_minutes(delay)):
        return "on_time"
    return "behind" if delay > dt.timedelta(0) else "ahead"


def _badge(delay: dt.timedelta, state: State, words: dict[State, str]) -> Badge:
    return words[state].replace("%1", span_text(delay)), PACE_COLOURS[state]


def day_badge(delay: dt.timedelta) -> Badge:
    """ "Day: 11 min behind": the agenda against its planned times."""
    return _badge(delay, _state(delay), {
        "behind": QCoreApplication.translate("DelayBadge", "Day: %1 behind"),
        "ahead": QCoreApplication.translate("DelayBadge", "Day: %1 ahead"),
        "on_time": QCoreApplication.translate("DelayBadge", "Day: on schedule"),
    })


def talk_badge(pace: Pace) -> Badge:
    """ "Talk: 2 min ahead": the talk against its slides' planned durations."""
    delay = dt.timedelta(seconds=pace.seconds if pace.state == "behind" else -pace.seconds)
    return _badge(delay, "on_time" if pace.state == "on_time" else _state(delay), {
        "behind": QCoreApplication.translate("DelayBadge", "Talk: %1 behind"),
        "ahead": QCoreApplication.translate("DelayBadge", "Talk: %1 ahead"),
        "on_time": QCoreApplication.translate("DelayBadge", "Talk: on schedule"),
    })


def day_tooltip() -> str:
    return QCoreApplication.translate(
        "DelayBadge", "How late the day's agenda runs against its planned times.")


def talk_tooltip() -> str:
    return QCoreApplication.translate(
        "DelayBadge", "How the talk keeps pace with its slides' planned durations.")


def rehearsal_badge() -> str:
    return QCoreApplication.translate("DelayBadge", "Rehearsal")


def rehearsal_note(event_date: dt.date) -> str:
    """Why the times are not today's: the event is on another day."""
    return QCoreApplication.translate(
        "DelayBadge",
        "Rehearsal: the event is on %1, not today. Times count from the first item you start, "
        "as if it began at its planned time.",
    ).replace("%1", event_date.strftime("%d.%m.%Y"))
