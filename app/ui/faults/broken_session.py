"""A session file that cannot be opened at start: say so, and offer the two ways on.

A truncated, foreign or newer-format session must never stop the talk, and
must never be deleted: it may hold a morning's notes. The console says what
is wrong (in the UI's language: ``session_problem``) and offers to open a
rescued copy read-only (whatever rows SQLite can still read, copied into a
fresh file beside it) or to start a new session, after moving the broken
file aside as ``<name>.broken-<time>``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.event.model import Event
from app.ui.faults.notices import NoticeArea
from app.ui.faults.session_problem import session_problem

if TYPE_CHECKING:
    from app.ui.session.controls import SessionControls

SIDE_FILES = ("-wal", "-shm")


def move_aside(path: Path, now: dt.datetime) -> Path:
    """Rename ``path`` (and its WAL files) to ``<name>.broken-<timestamp>``; never deletes."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.broken-{stamp}")
    number = 1
    while aside.exists():
        number += 1
        aside = path.with_name(f"{path.name}.broken-{stamp}-{number}")
    path.rename(aside)
    for side in SIDE_FILES:
        extra = path.with_name(path.name + side)
        if extra.exists():
            extra.rename(aside.with_name(aside.name + side))
    return aside


def rescue_copy(damaged: Path, copy: Path) -> int:
    """Copy every row SQLite can still read from ``damaged`` into a new file ``copy``.

    A damaged page loses the rows on it, not the whole table: each table is
    read row by row until the first unreadable one. Returns the rows copied.
    The damaged file is opened immutable and read-only: it is not touched.
    """
    copy.unlink(missing_ok=True)
    source = sqlite3.connect(f"{damaged.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    target = sqlite3.connect(copy)
    rows = 0
    try:
        # Lets SQLite read the schema even when a damaged page makes it inconsistent.
        source.execute("PRAGMA writable_schema = ON")
        schema = source.execute(
            "SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL "
            "AND name NOT LIKE 'sqlite_%' ORDER BY type = 'table' DESC").fetchall()
        for _kind, _name, sql in schema:
            with contextlib.suppress(sqlite3.DatabaseError):
                target.execute(sql)
        for kind, name, _sql in schema:
            if kind == "table":
                rows += _copy_rows(source, target, name)
        for pragma in ("application_id", "user_version"):
            value = int(source.execute(f"PRAGMA {pragma}").fetchone()[0])
            target.execute(f"PRAGMA {pragma} = {value}")
        target.commit()
    finally:
        source.close()
        target.close()
    return rows


def _copy_rows(source: sqlite3.Connection, target: sqlite3.Connection, table: str) -> int:
    quoted = '"' + table.replace('"', '""') + '"'
    copied = 0
    try:
        cursor = source.execute(f"SELECT * FROM {quoted}")
        for row in cursor:
            marks = ", ".join("?" * len(row))
            target.execute(f"INSERT OR IGNORE INTO {quoted} VALUES ({marks})", row)
            copied += 1
    except sqlite3.DatabaseError:
        pass  # the rest of this table is on damaged pages
    return copied


class SessionRescue(QObject):
    """Turns a failed start-up open of a damaged session into a notice with two offers."""

    def __init__(self, sessions: SessionControls, notices: NoticeArea, event: Callable[[], Event],
                 now: Callable[[], dt.datetime]) -> None:
        super().__init__(notices)
        self._sessions = sessions
        self._event = event
        self._notices = notices
        self._now = now
        self._path: Path | None = None
        sessions.open_failed.connect(self._on_open_failed)

    def _on_open_failed(self, path: Path, error: Exception) -> None:
        from app.session.errors import SessionFileError

        if not isinstance(error, SessionFileError):
            return  # a lock or a permission problem: the session banner says it well
        self._path = path
        self._sessions.banner.set_message("open", None)
        self._notices.show_notice(
            "session",
            self.tr("The session file cannot be used: %1").replace("%1", str(path)),
            session_problem(error) + "\n" + self.tr("The file is kept as it is. The presentation goes on "
                                        "without a session until you choose:"),
            [(self.tr("Open a copy read-only"), self.open_copy),
             (self.tr("Start a new session"), self.start_new)],
            tone="error")

    def start_new(self) -> None:
        """Move the broken file aside (never delete it) and create a new session in its place."""
        path = self._path
        if path is None:
            return
        try:
            aside = move_aside(path, self._now())
        except OSError as exc:
            self._notices.show_notice("session", self.tr("Could not move the broken session "
                                                         "aside: %1").replace("%1", str(exc)),
                                      tone="error")
            return
        if self._sessions.open_session(path):
            self._notices.show_notice(
                "session", self.tr("A new session was started."),
                self.tr("The broken file was kept as %1.").replace("%1", str(aside)), tone="info")

    def open_copy(self) -> None:
        """Open what can be read of the broken file, as a copy, read-only."""
        path = self._path
        if path is None:
            return
        stamp = self._now().strftime("%Y%m%d-%H%M%S")
        copy = path.with_name(f"{path.stem}-kopi-{stamp}{path.suffix}")
        try:
            rescue_copy(path, copy)
            self._sessions.holder.open(copy, self._event(), read_only=True)
        except Exception as exc:  # any reason the copy is unreadable is shown, not raised
            copy.unlink(missing_ok=True)
            self._notices.show_notice(
                "session", self.tr("Nothing could be read from %1.").replace("%1", str(path)),
                session_problem(exc) + "\n"
                + self.tr("The file is kept as it is; you can start a new session."),
                [(self.tr("Start a new session"), self.start_new)], tone="error")
            return
        self._notices.show_notice(
            "session", self.tr("Showing a read-only copy of the damaged session: %1").replace(
                "%1", str(copy)), tone="info")
