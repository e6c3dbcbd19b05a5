"""The session file's tables, and how a file is recognised as a Plenum session.

``PRAGMA application_id`` marks the file as Plenum's (so an unrelated SQLite
file is refused, not misread) and ``PRAGMA user_version`` is the schema
version: a file from a newer Plenum is refused with a clear message instead of
being half-understood and written to.
"""

from __future__ import annotations

import re
import sqlite3

APPLICATION_ID = 0x504C4E4D  # "PLNM"
SCHEMA_VERSION = 2
READABLE_VERSIONS = (1, 2)
"""Format 1 stored every summary version whole; 2 stores most as changes (``versions``)."""
SQLITE_MAGIC = b"SQLite format 3\x00"

# Summaries are append-only: a save adds a version and never updates one, so
# no bug in an update path can destroy text that was once committed. A row with
# ``base_id`` holds the change from that version (app/session/versions.py).
DDL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE groups (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    position INTEGER NOT NULL,
    room TEXT,
    chair TEXT,
    note_taker TEXT,
    members TEXT NOT NULL DEFAULT '[]',
    removed_at TEXT
);
CREATE UNIQUE INDEX groups_active_name ON groups(name) WHERE removed_at IS NULL;
CREATE TABLE summary_versions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    group_id INTEGER NOT NULL REFERENCES groups(id),
    task_id TEXT NOT NULL,
    text TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    source TEXT NOT NULL,
    base_id INTEGER REFERENCES summary_versions(id),
    keep_head INTEGER NOT NULL DEFAULT 0,
    keep_tail INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX summary_versions_cell ON summary_versions(group_id, task_id, id);
CREATE TABLE follow_ups (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES groups(id),
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE agenda_log (
    item_index INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    planned_start TEXT,
    planned_end TEXT,
    actual_start TEXT,
    actual_end TEXT
);
CREATE TABLE timer_events (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    label TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
"""

# Format N -> N + 1: run in one transaction when a writer opens an older file.
_MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        "ALTER TABLE summary_versions ADD COLUMN base_id INTEGER REFERENCES summary_versions(id)",
        "ALTER TABLE summary_versions ADD COLUMN keep_head INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE summary_versions ADD COLUMN keep_tail INTEGER NOT NULL DEFAULT 0",
    ),
}


def migrate(conn: sqlite3.Connection) -> None:
    """Bring an older session file to ``SCHEMA_VERSION`` (call inside a transaction).

    Format 1 rows become whole-text rows of format 2 as they are: nothing is rewritten.
    """
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    while version < SCHEMA_VERSION:
        for statement in _MIGRATIONS[version]:
            conn.execute(statement)
        version += 1
        conn.execute(f"PRAGMA user_version = {version}")
TABLES = frozenset(re.findall(r"^CREATE TABLE (\w+)", DDL, re.MULTILINE))
"""Every table a session has: a file without one of them is damaged, not half usable."""
