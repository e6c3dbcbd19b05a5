"""The event as the rest of Plenum sees it: immutable, typed, already checked.

Everything downstream (renderer, console, timers, report) reads these objects
and never the YAML, so a problem in the file is reported once, by the loader,
with its line and column, and cannot surface later as a crash on the day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

# "pdf" is a page of a guest's PDF: made from a ``pdf:`` entry, never written as a layout.
Layout = Literal["title", "section", "bullets", "people", "image", "tasks", "agenda", "pdf"]
LAYOUTS: tuple[Layout, ...] = ("title", "section", "bullets", "people", "image", "tasks", "agenda")

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """One finding about an event file, printable as ``FILE:LINE:COL: message``.

    ``line`` and ``col`` are 1-based, as editors count. ``blocking`` is False
    for problems the app can live with on the day (a missing image gets a
    placeholder) but ``plenum check`` must still fail on.
    """

    file: str
    line: int
    col: int
    message: str
    severity: Severity = "error"
    blocking: bool = True

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}: {self.severity}: {self.message}"


@dataclass(frozen=True)
class Point:
    """A bullet or a task point; ``level`` 1 is the outermost."""

    text: str
    level: int = 1


@dataclass(frozen=True)
class EventInfo:
    title: str
    organiser: str
    date: dt.date
    end_date: dt.date | None = None
    place: str | None = None
    language: Literal["nb", "en"] = "nb"


@dataclass(frozen=True)
class Theme:
    aspect: Literal["16:9", "4:3"] = "16:9"
    background: str = "#ffffff"
    text: str = "#1f1f1f"
    accent: str = "#006e6a"
    font: str = "Noto Sans"  # the family shipped in resources/fonts/
    footer: str | None = None
    slide_numbers: bool = True

    @property
    def canvas_size(self) -> tuple[int, int]:
        """The logical canvas every slide is drawn on, whatever the target."""
        return (1920, 1080) if self.aspect == "16:9" else (1440, 1080)


@dataclass(frozen=True)
class AgendaItem:
    """A rundown item; ``start`` and ``end`` are always resolved by the loader."""

    title: str
    start: dt.time
    end: dt.time
    groupwork: bool = False
    line: int = 0

    @property
    def duration(self) -> dt.timedelta:
        return _minutes_between(self.start, self.end)


def _minutes_between(start: dt.time, end: dt.time) -> dt.timedelta:
    day = dt.date(2000, 1, 1)
    delta = dt.datetime.combine(day, end) - dt.datetime.combine(day, start)
    return delta if delta >= dt.timedelta(0) else delta + dt.timedelta(days=1)


@dataclass(frozen=True)
class Group:
    name: str
    room: str | None = None


@dataclass(frozen=True)
class Task:
    id: str
    title: str
    prompt: str | None = None
    points: tuple[Point, ...] = ()
    line: int = 0


@dataclass(frozen=True)
class GroupWork:
    duration: dt.timedelta = dt.timedelta(minutes=45)
    warnings: tuple[dt.timedelta, ...] = (dt.timedelta(minutes=10), dt.timedelta(minutes=2))
    groups: tuple[Group, ...] = ()
    tasks: tuple[Task, ...] = ()

    def task(self, task_id: str) -> Task:
        for task in self.tasks:
            if task.id == task_id:
                return task
        raise KeyError(task_id)

    def task_number(self, task_id: str) -> int:
        """The 1-based number the room knows the task by ("oppgave 3")."""
        return [t.id for t in self.tasks].index(task_id) + 1


@dataclass(frozen=True)
class Person:
    name: str
    role: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Image:
    src: str
    path: Path | None  # None: refused (outside the event's folder), never read
    alt: str | None = None


@dataclass(frozen=True)
class GuestPage:
    """One page of a guest's PDF, shown as a slide of its own (``pdf:`` in the event file)."""

    src: str  # as written in the event file
    path: Path | None  # None: the file cannot be shown (the problem was reported), a placeholder is
    number: int  # 1-based, as the guest's deck counts
    size: tuple[float, float] | None = None  # the page in points; None with no file
    stamp: int = 0  # the file's modification time (ns) when the event loaded it


@dataclass(frozen=True)
class Slide:
    """One slide; which fields matter depends on ``layout``."""

    layout: Layout
    title: str | None = None
    subtitle: str | None = None
    lead: str | None = None
    bullets: tuple[Point, ...] = ()
    people: tuple[Person, ...] = ()
    image: Image | None = None
    guest: GuestPage | None = None
    tasks: tuple[str, ...] = ()
    notes: str = ""
    show_footer: bool = True
    duration: dt.timedelta | None = None
    line: int = 0


@dataclass(frozen=True)
class Event:
    path: Path
    info: EventInfo
    theme: Theme = field(default_factory=Theme)
    agenda: tuple[AgendaItem, ...] = ()
    groupwork: GroupWork = field(default_factory=GroupWork)
    slides: tuple[Slide, ...] = ()

    def tasks_of(self, slide: Slide) -> tuple[Task, ...]:
        return tuple(self.groupwork.task(task_id) for task_id in slide.tasks)


@dataclass(frozen=True)
class LoadResult:
    """What loading gave: an event if the file was usable, and every problem.

    ``event`` is None only when a blocking problem makes the file unusable;
    non-blocking problems (a missing image) still yield an event.
    """

    event: Event | None
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "warning")
