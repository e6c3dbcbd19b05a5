"""Shared data for the session tests: a small event and text that breaks naive code."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.event.model import Event, EventInfo, Group, GroupWork, Task
from app.session import SessionStore

TASK_IDS = ("funn", "rolle", "arbeidsformer", "kommunene", "kunnskapshull")
TITLE = "Faggruppesamling september 2021"

# Text a note-taker or a Word paste can produce, and that markup, YAML or a
# careless encoder would change.
HOSTILE = (
    "<b>fet</b> & <img src=x onerror=alert(1)> a < b\r\n"
    "emoji 🙂👩🏽‍💻, samisk ŋ ŧ đ č š ž\r\n"
    "\ttab first, trailing spaces   \n"
    "   leading spaces\n"
    "#\n"
    "key: value\n"
    "no\n16:00\n1.10\n"
    "\n\n"
)


def make_event(path: Path, title: str = TITLE) -> Event:
    return Event(
        path=path,
        info=EventInfo(title=title, organiser="Osloregionen", date=dt.date(2021, 9, 1)),
        groupwork=GroupWork(
            groups=(Group("Gruppe 1", room="Sal A"), Group("Gruppe 2")),
            tasks=tuple(Task(task_id, task_id.title()) for task_id in TASK_IDS),
        ),
    )


def write_event(folder: Path, title: str = TITLE) -> Event:
    """The same event as ``make_event``, as a file the real loader accepts."""
    path = folder / "faggruppesamling-2021.yaml"
    tasks = "".join(f"    - {{id: {t}, title: {t.title()}}}\n" for t in TASK_IDS)
    path.write_text(
        f"event: {{title: {title}, organiser: Osloregionen, date: 2021-09-01}}\n"
        "groupwork:\n  groups:\n    - {name: Gruppe 1, room: Sal A}\n    - {name: Gruppe 2}\n"
        f"  tasks:\n{tasks}slides:\n  - title: Velkommen\n",
        encoding="utf-8")
    return make_event(path, title)


@pytest.fixture
def event(tmp_path: Path) -> Event:
    """The small event, written where the test can find it."""
    return write_event(tmp_path)


@pytest.fixture
def store(tmp_path: Path, event: Event) -> Iterator[SessionStore]:
    """A fresh session for ``event``, closed after the test."""
    with SessionStore.create(tmp_path / "faggruppesamling-2021.plenum", event) as opened:
        yield opened
