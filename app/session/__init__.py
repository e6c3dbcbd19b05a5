"""The day's session file: what people typed and did, kept so that no word is lost.

One SQLite file per event day (``faggruppesamling-2021.plenum``, next to the
event file by default) holds the groups as actually run, every saved version of
every summary, follow-up points, the rundown/timer log and the presenter's
position. The event YAML is never written to. No Qt here: the UI, the CLI
verbs and the report all read and write through this API.

API overview (everything importable from ``app.session``)::

    store = SessionStore.open_or_create(path, event)   # event: app.event.model.Event;
                                                 # a new file gets event.groupwork.groups
    store = SessionStore.open(path, read_only=False)   # existing file; SessionFileError if unusable
    store = SessionStore.create(path, event)     # FileExistsError if a session is there
    default_session_path(event_path) -> Path     # <event stem>.plenum beside the event
    store.close()                                # also a context manager

    store.path, store.read_only: bool, store.read_only_reason: str | None
    store.event_path: Path | None    # recorded event file (found beside the session first)
    store.event_title: str           # recorded title (notes files are matched on it)
    store.event_changed: bool        # event file's SHA-256 differs from the recorded one
    store.record_event(event)        # accept the changed event: store its new hash
    store.transaction()              # context manager: several writes, one commit

    # groups as actually run, in running order (removed groups keep their text)
    store.groups() -> tuple[SessionGroup, ...]   # .id .name .position .room .chair
                                                 #  .note_taker .members: tuple[str, ...]
    store.group(group_id) -> SessionGroup (UnknownGroupError)
    store.group_by_name(name) -> SessionGroup | None   # ignores case and extra spaces
    store.add_group(name, room=None, chair=None, note_taker=None, members=()) -> SessionGroup
    store.update_group(group_id, name=..., room=..., chair=..., note_taker=..., members=...)
    store.move_group(group_id, new_index) ; store.remove_group(group_id)
    store.removed_groups() ; store.restore_group(group_id)

    # summaries: one per group x task id, every version kept
    store.save_summary(group_id, task_id, text) -> SummaryVersion   # no-op if unchanged
    store.summary(group_id, task_id) -> SummaryVersion | None        # the current one
    store.summaries(group_id) -> dict[str, SummaryVersion]           # task id -> current
    store.history(group_id, task_id) -> tuple[SummaryVersion, ...]   # oldest first
    store.version(version_id) -> SummaryVersion
    store.restore_version(version_id) -> SummaryVersion   # the old text as a new version
    SummaryVersion: .id .group_id .task_id .text .saved_at (aware UTC datetime) .source

    # follow-up points per group, in order
    store.follow_ups(group_id) -> tuple[FollowUp, ...]   # .id .group_id .text .created_at
    store.add_follow_up(group_id, text) ; store.add_follow_ups(group_id, texts) -> first id
    store.update_follow_up(id, text)
    store.remove_follow_up(id)

    # rundown and timer log, for the report
    store.log_agenda_start(index, title, planned_start, planned_end, at=None)
    store.log_agenda_end(index, at=None)
    store.agenda_log() -> tuple[AgendaLogEntry, ...]  # .index .title .planned_start/.end
                                                      # (dt.time) .actual_start/.end (datetime|None)
    store.log_timer_event(kind, label, detail=None, at=None)  # kind: "start" "pause" ...
    store.timer_events() -> tuple[TimerEvent, ...]    # .at .kind .label .detail (dict)

    # resume where we were: small JSON key/value state
    store.set_state(key, value) ; store.get_state(key, default=None)
    #   keys used by the UI: "presenter.slide", "audience.mode", "countdown"

    # autosave off the UI thread: submit() costs microseconds, text is committed
    # idle_delay (0.25 s) after the last change, at most max_delay (0.75 s) after the first
    writer = AutosaveWriter(store, on_saved=cb, on_error=cb2)  # callbacks on the writer thread
                                                 # on_saved(list[SummaryVersion])
    writer.submit(group_id, task_id, text, base=version_id_or_None)  # merged if base is stale
    writer.pending(group_id, task_id) -> str | None ; writer.ahead_of(group_id, task_id, version_id)
    save_typed(store, group_id, task_id, text, base, source=...)  # app.session.merge
    writer.flush() ; writer.close() ; writer.wake()  # wake: read the clock again (tests)

    # notes files (docs/event-format.md, "The notes file")
    export_notes(store, group_id, task_order=()) -> str       # YAML text
    import_notes(store, path_or_paths, event) -> ImportResult # .conflicts .added_groups
                                                 # .saved .unchanged .group_changes
    parse_notes_file(path, event) -> NotesFile                # raises NotesFileError

Errors: ``SessionFileError`` (base for an unusable file: ``NotASessionError``,
``SessionCorruptError``, ``UnsupportedSchemaError``) with ``.path`` and a
one-line message; ``ReadOnlySessionError`` when writing to a read-only store;
``NotesFileError`` with ``.problems`` printable as ``FILE:LINE: message``.
Durability and locking choices are explained in ``opening``, ``lock`` and
``autosave``, and for users in docs/session-file.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.lazy_names import lazy_names
from app.paths import default_session_path
from app.session.autosave import AutosaveWriter
from app.session.errors import (
    NotASessionError,
    ReadOnlySessionError,
    SessionCorruptError,
    SessionError,
    SessionFileError,
    UnknownGroupError,
    UnsupportedSchemaError,
)
from app.session.model import (
    DEVICE_SOURCE,
    AgendaLogEntry,
    FollowUp,
    SessionGroup,
    SummaryVersion,
    TimerEvent,
)
from app.session.store import SessionStore

if TYPE_CHECKING:
    from app.session.notes_export import export_notes
    from app.session.notes_file import NotesFile, NotesFileError, NotesProblem, parse_notes_file
    from app.session.notes_import import Conflict, ImportResult, import_notes

# The notes-file modules load on first use: a session's readers (plenum
# report, the report export) never need them, and importing them costs
# several milliseconds (five frozen dataclasses).
_NOTES = {
    "export_notes": "notes_export",
    "NotesFile": "notes_file",
    "NotesFileError": "notes_file",
    "NotesProblem": "notes_file",
    "parse_notes_file": "notes_file",
    "Conflict": "notes_import",
    "ImportResult": "notes_import",
    "import_notes": "notes_import",
}


__getattr__ = lazy_names(__name__, _NOTES, globals())

__all__ = [
    "DEVICE_SOURCE",
    "AgendaLogEntry",
    "AutosaveWriter",
    "Conflict",
    "FollowUp",
    "ImportResult",
    "NotASessionError",
    "NotesFile",
    "NotesFileError",
    "NotesProblem",
    "ReadOnlySessionError",
    "SessionCorruptError",
    "SessionError",
    "SessionFileError",
    "SessionGroup",
    "SessionStore",
    "SummaryVersion",
    "TimerEvent",
    "UnknownGroupError",
    "UnsupportedSchemaError",
    "default_session_path",
    "export_notes",
    "import_notes",
    "parse_notes_file",
]
