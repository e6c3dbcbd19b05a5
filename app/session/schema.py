"""The session file's tables, and how a file is recognised as a Plenum session.

``PRAGMA application_id`` marks the file as Plenum's (so an unrelated SQLite
file is refused, not misread) and ``PRAGMA user_version`` is the schema
version: a file from a newer Plenum is refused with a clear message instead of
being half-understood and written to.
"""

from __future__ import annotations

APPLICATION_ID = 0x504C4E4D  # "PLNM"
SCHEMA_VERSION = 1
SQLITE_MAGIC = b"SQLite format 3\x00"

# Summaries are append-only: a save adds a version and never updates one, so
# no bug in an update path can destroy text that was once committed.
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
    source TEXT NOT NULL
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
