"""A report's input read from a session file: the adapter between SQLite and the PDF.

The report builder knows nothing of SQLite; this module takes a snapshot of
the session (groups as run, current summaries, follow-up points, the agenda
log) and the event it belongs to, so a report can be built on a worker thread
while the note-takers keep typing into the live session.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.event.model import Event
from app.report.errors import ReportInputError
from app.report.model import AgendaEntry, GroupReport, Language, ReportInput
from app.session import DEVICE_SOURCE, AgendaLogEntry, SessionStore
from app.session.errors import WrongEventError


def report_input_from_session(
    store_or_path: SessionStore | Path | str,
    event: Event | None = None,
    *,
    language: Language = "nb",
    exported: dt.date | None = None,
    tz: dt.tzinfo | None = None,
) -> ReportInput:
    """Everything the report needs from a session, frozen now.

    A path is opened read-only (so a report can be made while Plenum runs)
    and closed again. ``event`` defaults to the event file the session
    records; ``tz`` is the zone actual times are shown in (the computer's by
    default); ``exported`` defaults to today there.
    """
    if isinstance(store_or_path, SessionStore):
        return _from_store(store_or_path, event, language, exported, tz)
    with SessionStore.open(Path(store_or_path), read_only=True) as store:
        return _from_store(store, event, language, exported, tz)


def _from_store(store: SessionStore, event: Event | None, language: Language,
                exported: dt.date | None, tz: dt.tzinfo | None) -> ReportInput:
    if event is None:
        event = _recorded_event(store)
    else:
        WrongEventError.check(store.path, store.event_title, event.path, event.info.title)
    groups = tuple(
        GroupReport(
            name=g.name,
            room=g.room,
            chair=g.chair,
            note_taker=g.note_taker,
            members=g.members,
            summaries={task_id: v.text for task_id, v in current.items()},
            follow_up=tuple(f.text for f in store.follow_ups(g.id)),
            from_devices=frozenset(task_id for task_id, v in current.items() if v.source == DEVICE_SOURCE),
        )
        for g in store.groups()
        for current in (store.summaries(g.id),)
    )
    today = dt.datetime.now(dt.UTC).astimezone(tz).date()
    return ReportInput(
        event=event,
        groups=groups,
        agenda=agenda_as_run(event, store.agenda_log(), tz),
        exported=exported or today,
        language=language,
    )


def _recorded_event(store: SessionStore) -> Event:
    from app.event.loader import load_event

    if store.event_path is None:
        raise ReportInputError(
            f"{store.path}: the session's event file ({store.event_title or 'unknown'}) "
            "was not found; give it with --event"
        )
    result = load_event(store.event_path)
    if result.event is None:
        first = result.errors[0] if result.errors else f"{store.event_path}: cannot be loaded"
        raise ReportInputError(f"{first} (run plenum check on it)")
    return result.event


def agenda_as_run(event: Event, log: tuple[AgendaLogEntry, ...],
                  tz: dt.tzinfo | None = None) -> tuple[AgendaEntry, ...]:
    """The event's agenda with the logged actual times laid over it, by position.

    Items only the log knows (the event file lost them since) are kept at
    the end with the planned times the log recorded, so the day is told whole.
    """
    logged = {entry.index: entry for entry in log}
    items = [
        _entry(item.title, item.start, item.end, logged.pop(index, None), tz)
        for index, item in enumerate(event.agenda)
    ]
    items += [
        _entry(entry.title, entry.planned_start, entry.planned_end, entry, tz)
        for _, entry in sorted(logged.items())
    ]
    return tuple(items)


def _entry(title: str, planned_start: dt.time | None, planned_end: dt.time | None,
           log: AgendaLogEntry | None, tz: dt.tzinfo | None) -> AgendaEntry:
    if log is None:
        return AgendaEntry(title, planned_start, planned_end)
    return AgendaEntry(
        log.title or title,
        planned_start,
        planned_end,
        _local_time(log.actual_start, tz),
        _local_time(log.actual_end, tz),
    )


def _local_time(moment: dt.datetime | None, tz: dt.tzinfo | None) -> dt.time | None:
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(tz).time()
