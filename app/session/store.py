"""``SessionStore``: the one door to a session file, for the UI, the CLI and the report.

Every write is one short ``BEGIN IMMEDIATE … COMMIT`` transaction (see
``opening`` for the durability settings), so a kill at any moment leaves the
file as of the last commit. Methods that change several rows (an import) run
inside ``store.transaction()`` and commit once. One connection is shared by the
UI thread and the autosave thread, guarded by a re-entrant lock.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from app import __version__
from app.event.model import Event
from app.session.errors import (
    ReadOnlySessionError,
    SessionCorruptError,
    SessionError,
    UnknownGroupError,
)
from app.session.event_hash import file_sha256
from app.session.model import AgendaLogEntry, FollowUp, SessionGroup, SummaryVersion, TimerEvent
from app.session.opening import OpenedFile, close_file, open_file
from app.session.schema import APPLICATION_ID, DDL, SCHEMA_VERSION, migrate
from app.session.versions import COLUMNS, FORMAT_1_COLUMNS, BrokenChain, Stored, new_row, rebuild

Clock = Callable[[], dt.datetime]
SUFFIX = ".plenum"
_KEEP = object()


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class SessionStore:
    """An open session file. Create with ``open``, ``create`` or ``open_or_create``."""

    def __init__(self, path: Path, opened: OpenedFile, clock: Clock,
                 new_for: Event | None = None) -> None:
        """Use the class methods; ``new_for`` initialises a blank file for that event."""
        self.path = path
        self.read_only = opened.lock is None
        self.read_only_reason = opened.read_only_reason
        self.on_unwritable_disk = opened.unwritable  # read-only for its disk, not another writer
        self._conn = opened.conn
        self._lock = opened.lock
        self._clock = clock
        self._mutex = threading.RLock()
        self._depth = 0
        self.event_path: Path | None = None
        self.event_title = ""
        self.event_changed = False
        self._newest: dict[tuple[int, str], Stored] = {}
        if new_for is not None:
            self._initialise(new_for)
        elif not self.read_only:
            with self.transaction():
                migrate(self._conn)
        version = self._query("PRAGMA user_version")[0][0]
        self._columns = FORMAT_1_COLUMNS if version == 1 else COLUMNS
        self._load_event_record()

    # --- opening and closing -------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False, clock: Clock = utc_now) -> SessionStore:
        """An existing session; read-only if asked or if another process writes to it."""
        return cls(path, open_file(path, read_only=read_only), clock)

    @classmethod
    def create(cls, path: Path, event: Event, *, clock: Clock = utc_now) -> SessionStore:
        """A new session for ``event``, its groups seeded from the event's defaults."""
        opened = open_file(path, may_be_new=True)
        if not opened.blank or opened.lock is None:
            _discard(opened)
            if opened.lock is None:
                raise SessionError(f"{path}: {opened.read_only_reason}")
            raise FileExistsError(f"{path}: a session file already exists")
        return cls(path, opened, clock, new_for=event)

    @classmethod
    def open_or_create(cls, path: Path, event: Event, *, clock: Clock = utc_now) -> SessionStore:
        """Open ``path`` if it holds a session, else create it for ``event``."""
        if path.exists() and path.stat().st_size > 0:
            opened = open_file(path, may_be_new=True)
            if not opened.blank:
                return cls(path, opened, clock)
            _discard(opened)
        return cls.create(path, event, clock=clock)

    def close(self) -> None:
        with self._mutex:
            close_file(self._conn, self._lock)
            self._lock = None

    def __enter__(self) -> SessionStore:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def _initialise(self, event: Event) -> None:
        with self.transaction():
            for statement in DDL.split(";"):
                if statement.strip():
                    self._conn.execute(statement)
            self._conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            self._conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            self._set_meta("created_at", self._now())
            self._set_meta("plenum_version", __version__)
            self._record_event(event)
            for group in event.groupwork.groups:
                self.add_group(group.name, room=group.room)

    # --- transactions ----------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One commit for everything inside; nested uses join the outer transaction."""
        if self.read_only:
            raise ReadOnlySessionError(f"{self.path}: {self.read_only_reason}")
        with self._mutex:
            if self._depth == 0:
                self._conn.execute("BEGIN IMMEDIATE")
            self._depth += 1
            try:
                yield
            except BaseException:
                self._depth -= 1
                # SQLite may have rolled back already (a full disk does that); a failed
                # ROLLBACK must not hide the error that made it necessary.
                if self._depth == 0 and self._conn.in_transaction:
                    with contextlib.suppress(sqlite3.Error):
                        self._conn.execute("ROLLBACK")
                raise
            self._depth -= 1
            if self._depth == 0:
                self._conn.execute("COMMIT")

    def _query(self, sql: str, params: Iterable[Any] = ()) -> list[Any]:
        with self._mutex:
            return self._conn.execute(sql, tuple(params)).fetchall()

    def _now(self) -> str:
        return self._clock().astimezone(dt.UTC).isoformat()

    # --- the event this session belongs to ------------------------------------------

    def _set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self._conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def _meta(self) -> dict[str, str]:
        return dict(self._query("SELECT key, value FROM meta"))

    def _record_event(self, event: Event) -> None:
        path = event.path.resolve()
        self._set_meta("event_path", str(path))
        try:
            relative = os.path.relpath(path, self.path.resolve().parent)
        except ValueError:  # another drive on Windows: only the absolute path works
            relative = ""
        self._set_meta("event_relpath", relative)
        self._set_meta("event_sha256", file_sha256(path))
        self._set_meta("event_title", event.info.title)

    def record_event(self, event: Event) -> None:
        """Accept the event file as it is now (after the user saw ``event_changed``)."""
        with self.transaction():
            self._record_event(event)
        self._load_event_record()

    def _load_event_record(self) -> None:
        meta = self._meta()
        self.event_title = meta.get("event_title", "")
        candidates = []
        if meta.get("event_relpath"):
            candidates.append(self.path.resolve().parent / meta["event_relpath"])
        if meta.get("event_path"):
            candidates.append(Path(meta["event_path"]))
        found = next((p for p in candidates if p.is_file()), None)
        self.event_path = found.resolve() if found else None
        recorded = meta.get("event_sha256", "")
        self.event_changed = found is not None and file_sha256(found) != recorded

    # --- groups -----------------------------------------------------------------------

    _GROUP_COLUMNS = "id, name, position, room, chair, note_taker, members"

    @staticmethod
    def _group(row: Any) -> SessionGroup:
        return SessionGroup(row[0], row[1], row[2], row[3], row[4], row[5],
                            tuple(json.loads(row[6])))

    def groups(self) -> tuple[SessionGroup, ...]:
        """The groups in running order, without removed ones."""
        rows = self._query(f"SELECT {self._GROUP_COLUMNS} FROM groups "
                           "WHERE removed_at IS NULL ORDER BY position, id")
        return tuple(self._group(row) for row in rows)

    def removed_groups(self) -> tuple[SessionGroup, ...]:
        rows = self._query(f"SELECT {self._GROUP_COLUMNS} FROM groups "
                           "WHERE removed_at IS NOT NULL ORDER BY removed_at, id")
        return tuple(self._group(row) for row in rows)

    def group(self, group_id: int) -> SessionGroup:
        rows = self._query(f"SELECT {self._GROUP_COLUMNS} FROM groups WHERE id = ?", (group_id,))
        if not rows:
            raise UnknownGroupError(f"no group with id {group_id} in {self.path}")
        return self._group(rows[0])

    def group_by_name(self, name: str) -> SessionGroup | None:
        """The active group called ``name``, ignoring case and surrounding space."""
        key = _name_key(name)
        return next((g for g in self.groups() if _name_key(g.name) == key), None)

    def add_group(self, name: str, *, room: str | None = None, chair: str | None = None,
                  note_taker: str | None = None, members: Iterable[str] = ()) -> SessionGroup:
        """A new group at the end of the running order."""
        name = _checked_name(name)
        with self.transaction():
            if self.group_by_name(name) is not None:
                raise ValueError(f"there is already a group called {name!r}")
            position = self._query("SELECT coalesce(max(position) + 1, 0) FROM groups "
                                   "WHERE removed_at IS NULL")[0][0]
            cursor = self._conn.execute(
                "INSERT INTO groups (name, position, room, chair, note_taker, members) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (name, position, room, chair, note_taker, json.dumps(list(members))))
            assert cursor.lastrowid is not None
            return self.group(cursor.lastrowid)

    def update_group(self, group_id: int, *, name: str | None = None, room: Any = _KEEP,
                     chair: Any = _KEEP, note_taker: Any = _KEEP,
                     members: Any = _KEEP) -> SessionGroup:
        """Change the given fields (``None`` clears room/chair/note-taker)."""
        with self.transaction():
            current = self.group(group_id)
            if name is not None:
                name = _checked_name(name)
                other = self.group_by_name(name)
                if other is not None and other.id != group_id:
                    raise ValueError(f"there is already a group called {name!r}")
            values = {
                "name": current.name if name is None else name,
                "room": current.room if room is _KEEP else room,
                "chair": current.chair if chair is _KEEP else chair,
                "note_taker": current.note_taker if note_taker is _KEEP else note_taker,
                "members": json.dumps(list(current.members if members is _KEEP else members)),
            }
            self._conn.execute(
                "UPDATE groups SET name = :name, room = :room, chair = :chair, "
                "note_taker = :note_taker, members = :members WHERE id = :id",
                {**values, "id": group_id})
            return self.group(group_id)

    def move_group(self, group_id: int, new_index: int) -> None:
        """Put the group at ``new_index`` (0-based, clamped) in the running order."""
        with self.transaction():
            order = [g.id for g in self.groups()]
            if group_id not in order:
                raise UnknownGroupError(f"no active group with id {group_id} in {self.path}")
            order.remove(group_id)
            order.insert(max(0, min(new_index, len(order))), group_id)
            self._renumber(order)

    def remove_group(self, group_id: int) -> None:
        """Take the group out of the running order; its summaries stay in the file."""
        with self.transaction():
            self.group(group_id)
            self._conn.execute("UPDATE groups SET removed_at = ? WHERE id = ?",
                               (self._now(), group_id))
            self._renumber([g.id for g in self.groups()])

    def restore_group(self, group_id: int) -> SessionGroup:
        """Bring a removed group back, at the end of the running order."""
        with self.transaction():
            group = self.group(group_id)
            if self.group_by_name(group.name) is not None:
                raise ValueError(f"there is already a group called {group.name!r}")
            self._conn.execute("UPDATE groups SET removed_at = NULL, position = ? WHERE id = ?",
                               (len(self.groups()), group_id))
            return self.group(group_id)

    def _renumber(self, order: list[int]) -> None:
        self._conn.executemany("UPDATE groups SET position = ? WHERE id = ?",
                               [(i, gid) for i, gid in enumerate(order)])

    # --- summaries ---------------------------------------------------------------------

    # Texts are stored as changes from the version before (``versions``); the writer
    # keeps each cell's newest version, checked against the file before every use.

    def save_summary(self, group_id: int, task_id: str, text: str,
                     *, source: str = "editor") -> SummaryVersion:
        """Save ``text`` as the current summary; unchanged text adds no version."""
        with self.transaction():
            latest = self._latest(group_id, task_id)
            if latest is not None and latest.version.text == text:
                return latest.version
            self.group(group_id)
            row, now = new_row(latest, text), self._now()
            cursor = self._conn.execute(
                "INSERT INTO summary_versions (group_id, task_id, text, saved_at, source, base_id, "
                "keep_head, keep_tail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (group_id, task_id, row.text, now, source, row.base_id, row.keep_head,
                 row.keep_tail))
            assert cursor.lastrowid is not None
            version = SummaryVersion(cursor.lastrowid, group_id, task_id, text,
                                     dt.datetime.fromisoformat(now), source)
            self._newest[(group_id, task_id)] = Stored(version, row.chain)
            return version

    def summary(self, group_id: int, task_id: str) -> SummaryVersion | None:
        latest = self._latest(group_id, task_id)
        return latest.version if latest is not None else None

    def summaries(self, group_id: int) -> dict[str, SummaryVersion]:
        """Task id -> current summary, for the tasks this group has text for."""
        with self._mutex:
            tasks = [row[0] for row in self._query(
                "SELECT DISTINCT task_id FROM summary_versions WHERE group_id = ? ORDER BY task_id",
                (group_id,))]
            return {task_id: self._version_of(self._latest(group_id, task_id)) for task_id in tasks}

    def history(self, group_id: int, task_id: str) -> tuple[SummaryVersion, ...]:
        """Every saved version, oldest first; the last one is current."""
        rows = self._query(f"SELECT {self._columns} FROM summary_versions "
                           "WHERE group_id = ? AND task_id = ? ORDER BY id", (group_id, task_id))
        return tuple(stored.version for stored in self._rebuild(rows))

    def version(self, version_id: int) -> SummaryVersion:
        rows = self._query("SELECT group_id, task_id FROM summary_versions WHERE id = ?",
                           (version_id,))
        if not rows:
            raise KeyError(f"no summary version {version_id} in {self.path}")
        return self._rebuild_to(rows[0][0], rows[0][1], version_id).version

    def _latest(self, group_id: int, task_id: str) -> Stored | None:
        with self._mutex:
            newest = self._query("SELECT max(id) FROM summary_versions "
                                 "WHERE group_id = ? AND task_id = ?", (group_id, task_id))[0][0]
            if newest is None:
                return None
            known = self._newest.get((group_id, task_id))
            if known is not None and known.version.id == newest:
                return known
            found = self._newer_than(known, newest) if known is not None else None
            if found is None:
                found = self._rebuild_to(group_id, task_id, newest)
            self._newest[(group_id, task_id)] = found
            return found

    def _newer_than(self, known: Stored, newest: int) -> Stored | None:
        """The newest version from the one known and the rows saved since (another
        process writing while this one reads); None if they do not follow on from it."""
        if known.version.id > newest:  # rolled back since: start again from the file
            return None
        rows = self._query(f"SELECT {self._columns} FROM summary_versions WHERE group_id = ? "
                           "AND task_id = ? AND id > ? AND id <= ? ORDER BY id",
                           (known.version.group_id, known.version.task_id, known.version.id,
                            newest))
        try:
            return rebuild(rows, after=known)[-1]
        except (BrokenChain, IndexError):
            return None

    def _rebuild_to(self, group_id: int, task_id: str, version_id: int) -> Stored:
        """Version ``version_id``, from the nearest whole text before it."""
        start = version_id
        if self._columns != FORMAT_1_COLUMNS:
            start = self._query(
                "SELECT id FROM summary_versions WHERE group_id = ? AND task_id = ? AND id <= ? "
                "AND base_id IS NULL ORDER BY id DESC LIMIT 1",
                (group_id, task_id, version_id))[0][0]
        rows = self._query(f"SELECT {self._columns} FROM summary_versions WHERE group_id = ? "
                           "AND task_id = ? AND id BETWEEN ? AND ? ORDER BY id",
                           (group_id, task_id, start, version_id))
        return self._rebuild(rows)[-1]

    def _rebuild(self, rows: list[Any]) -> list[Stored]:
        try:
            return rebuild(rows)
        except BrokenChain as exc:
            raise SessionCorruptError(self.path, f"the session file is damaged ({exc}); "
                                                 "open a copy read-only or start a new session") from exc

    @staticmethod
    def _version_of(stored: Stored | None) -> SummaryVersion:
        assert stored is not None  # the cell has rows: its task id came from them
        return stored.version

    def restore_version(self, version_id: int) -> SummaryVersion:
        """Make an earlier text current again, as a new version (history only grows)."""
        with self.transaction():
            old = self.version(version_id)
            return self.save_summary(old.group_id, old.task_id, old.text,
                                     source=f"restore:{version_id}")

    # --- follow-up points -------------------------------------------------------------

    def follow_ups(self, group_id: int) -> tuple[FollowUp, ...]:
        rows = self._query("SELECT id, group_id, text, created_at FROM follow_ups "
                           "WHERE group_id = ? ORDER BY position, id", (group_id,))
        return tuple(FollowUp(r[0], r[1], r[2], dt.datetime.fromisoformat(r[3])) for r in rows)

    def add_follow_up(self, group_id: int, text: str) -> FollowUp:
        with self.transaction():
            first_id = self.add_follow_ups(group_id, [text])
            row = self._query("SELECT id, group_id, text, created_at FROM follow_ups "
                              "WHERE id = ?", (first_id,))[0]
            return FollowUp(row[0], row[1], row[2], dt.datetime.fromisoformat(row[3]))

    def add_follow_ups(self, group_id: int, texts: Sequence[str]) -> int:
        """Append ``texts`` to the group's follow-up points in one go; the first new id.

        The next position is looked up once for the whole batch: an import of
        20,000 points that asked for it per point scanned the table each time.
        """
        with self.transaction():
            self.group(group_id)
            position = self._query("SELECT coalesce(max(position) + 1, 0) FROM follow_ups "
                                   "WHERE group_id = ?", (group_id,))[0][0]
            first_id = self._query("SELECT coalesce(max(id) + 1, 1) FROM follow_ups")[0][0]
            now = self._now()
            self._conn.executemany(
                "INSERT INTO follow_ups (id, group_id, position, text, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [(first_id + i, group_id, position + i, text, now) for i, text in enumerate(texts)])
            return int(first_id)

    def update_follow_up(self, follow_up_id: int, text: str) -> None:
        with self.transaction():
            self._conn.execute("UPDATE follow_ups SET text = ? WHERE id = ?", (text, follow_up_id))

    def remove_follow_up(self, follow_up_id: int) -> None:
        with self.transaction():
            self._conn.execute("DELETE FROM follow_ups WHERE id = ?", (follow_up_id,))

    # --- rundown and timer log ------------------------------------------------------

    def log_agenda_start(self, index: int, title: str, planned_start: dt.time | None,
                         planned_end: dt.time | None, at: dt.datetime | None = None) -> None:
        """Record that agenda item ``index`` started (a restart moves the start)."""
        when = (at or self._clock()).astimezone(dt.UTC).isoformat()
        with self.transaction():
            self._conn.execute(
                "INSERT INTO agenda_log (item_index, title, planned_start, planned_end, "
                "actual_start) VALUES (?, ?, ?, ?, ?) ON CONFLICT (item_index) DO UPDATE SET "
                "title = excluded.title, planned_start = excluded.planned_start, "
                "planned_end = excluded.planned_end, actual_start = excluded.actual_start",
                (index, title, _time(planned_start), _time(planned_end), when))

    def log_agenda_end(self, index: int, at: dt.datetime | None = None) -> None:
        when = (at or self._clock()).astimezone(dt.UTC).isoformat()
        with self.transaction():
            cursor = self._conn.execute(
                "UPDATE agenda_log SET actual_end = ? WHERE item_index = ?", (when, index))
            if cursor.rowcount == 0:
                raise KeyError(f"agenda item {index} was never started")

    def agenda_log(self) -> tuple[AgendaLogEntry, ...]:
        rows = self._query("SELECT item_index, title, planned_start, planned_end, actual_start, "
                           "actual_end FROM agenda_log ORDER BY item_index")
        return tuple(
            AgendaLogEntry(r[0], r[1], _parse_time(r[2]), _parse_time(r[3]),
                           _parse_datetime(r[4]), _parse_datetime(r[5])) for r in rows)

    def log_timer_event(self, kind: str, label: str, detail: dict[str, Any] | None = None,
                        at: dt.datetime | None = None) -> None:
        when = (at or self._clock()).astimezone(dt.UTC).isoformat()
        with self.transaction():
            self._conn.execute("INSERT INTO timer_events (at, kind, label, detail) "
                               "VALUES (?, ?, ?, ?)",
                               (when, kind, label, json.dumps(detail or {}, ensure_ascii=False)))

    def timer_events(self) -> tuple[TimerEvent, ...]:
        rows = self._query("SELECT id, at, kind, label, detail FROM timer_events ORDER BY id")
        return tuple(TimerEvent(r[0], dt.datetime.fromisoformat(r[1]), r[2], r[3],
                                json.loads(r[4])) for r in rows)

    # --- resume state -------------------------------------------------------------------

    def set_state(self, key: str, value: Any) -> None:
        """Remember a JSON-serialisable value (slide index, countdown) across restarts."""
        encoded = json.dumps(value, ensure_ascii=False)
        with self.transaction():
            self._conn.execute("INSERT OR REPLACE INTO state VALUES (?, ?)", (key, encoded))

    def get_state(self, key: str, default: Any = None) -> Any:
        rows = self._query("SELECT value FROM state WHERE key = ?", (key,))
        return json.loads(rows[0][0]) if rows else default


def _discard(opened: OpenedFile) -> None:
    close_file(opened.conn, opened.lock)


def _name_key(name: str) -> str:
    return unicodedata.normalize("NFC", " ".join(name.split())).casefold()


def _checked_name(name: str) -> str:
    if not name.strip():
        raise ValueError("a group needs a name")
    return name


def _time(value: dt.time | None) -> str | None:
    return value.isoformat(timespec="minutes") if value is not None else None


def _parse_time(value: str | None) -> dt.time | None:
    return dt.time.fromisoformat(value) if value else None


def _parse_datetime(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None
