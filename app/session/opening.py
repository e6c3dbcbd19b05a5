"""Opening a session file safely: recognise it, lock it, set the durability pragmas.

Durability: ``journal_mode=WAL`` with ``synchronous=FULL``. A committed
transaction survives kill -9 in any journal mode; WAL + FULL also fsyncs the
WAL on every commit, so a committed summary survives a power cut too (with
NORMAL the last commits may roll back after power loss). WAL also lets a
read-only second instance read while the writer writes, and makes each commit
a single sequential append, which keeps autosaves cheap.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.reading import NotRegularFile, read_limited
from app.session.errors import (
    NotASessionError,
    SessionCorruptError,
    SessionFileError,
    UnsupportedSchemaError,
    disk_reason,
)
from app.session.lock import WriterLock, holder_of
from app.session.schema import (
    APPLICATION_ID,
    READABLE_VERSIONS,
    SCHEMA_VERSION,
    SQLITE_MAGIC,
    TABLES,
)

_WHAT_TO_DO = "open a copy read-only or start a new session"


@dataclass
class OpenedFile:
    """A checked connection; ``lock`` is None when the file is open read-only.

    ``unwritable``: read-only because the disk, folder or file cannot be written
    (not on request, not because another Plenum writes), so the UI can say so.
    """

    conn: sqlite3.Connection
    lock: WriterLock | None
    read_only_reason: str | None
    blank: bool
    unwritable: bool = False


def open_file(path: Path, *, read_only: bool = False, may_be_new: bool = False) -> OpenedFile:
    """Lock (unless read-only), connect and check ``path``.

    ``may_be_new``: a missing, empty or blank SQLite file is acceptable (it is
    about to be initialised); otherwise it is a ``NotASessionError``.
    """
    exists = path.exists()
    if exists:
        _check_header(path, allow_empty=may_be_new)
    elif not may_be_new:
        raise FileNotFoundError(f"{path}: no such session file")
    unwritable = None if read_only or not exists else _unwritable(path)
    lock = None if read_only or unwritable else WriterLock.try_acquire(path)
    reason: str | None = None
    if read_only:
        reason = "opened read-only on request"
    elif unwritable:
        reason = (f"{unwritable}, so the session is open read-only; copy it to a disk you can "
                  "write to, to go on writing")
    elif lock is None:
        holder = holder_of(path)
        by = f" ({holder})" if holder else ""
        reason = f"another Plenum is writing to this session{by}; it is open read-only here"
        if not exists:
            raise NotASessionError(path, reason)
    try:
        conn = _connect(path, writable=lock is not None)
        blank = _check_contents(path, conn, allow_blank=may_be_new)
        if lock is not None:  # only now, so a refused file is not switched to WAL
            _make_durable(path, conn)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return OpenedFile(conn, lock, reason, blank, unwritable=bool(unwritable))


def _unwritable(path: Path) -> str | None:
    """Why a writer cannot use the existing file ``path`` (a read-only disk, no permission)."""
    try:
        fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        if exc.errno == errno.EROFS:
            return "the disk is read-only"
        if exc.errno in (errno.EACCES, errno.EPERM):
            return "the file is write-protected"
        return None
    os.close(fd)
    if not os.access(path.parent, os.W_OK):
        return "the folder is write-protected"
    return None


def _check_header(path: Path, *, allow_empty: bool) -> None:
    try:
        head = read_limited(path, 100, head=True)
    except NotRegularFile as exc:
        raise NotASessionError(path, f"this is {exc.kind}, not a Plenum session file") from exc
    if not head and allow_empty:
        return
    if not head:
        raise NotASessionError(path, f"the file is empty, not a Plenum session; {_WHAT_TO_DO}")
    if not head.startswith(SQLITE_MAGIC):
        raise NotASessionError(path, "not a Plenum session file (not an SQLite database)")
    if len(head) < 100:
        raise SessionCorruptError(path, f"the session file is truncated; {_WHAT_TO_DO}")
    _recognise(path, head, allow_empty=allow_empty)


def _recognise(path: Path, head: bytes, *, allow_empty: bool) -> None:
    """Refuse another program's SQLite file from its header, before anything is changed.

    Opening it for writing would leave a ``.lock`` file beside it and switch its
    journal to WAL. The header's application id (offset 68) tells a Plenum file;
    only while a ``-wal`` file exists may the header be older than the file (a
    Plenum session created and killed before its first checkpoint), so then the
    database itself is asked, as before.
    """
    if int.from_bytes(head[68:72], "big") == APPLICATION_ID:
        return
    if wal_path(path).exists():
        return
    has_schema = int.from_bytes(head[40:44], "big") != 0  # the schema cookie
    if has_schema:
        raise NotASessionError(path, "an SQLite database, but not a Plenum session file")
    if not allow_empty:
        raise NotASessionError(path, f"an empty SQLite file, not a Plenum session; {_WHAT_TO_DO}")


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def close_file(conn: sqlite3.Connection, lock: WriterLock | None) -> None:
    """Close the file; the writer leaves it in rollback-journal mode if no one else reads it.

    In WAL mode a reader needs the ``-wal`` and ``-shm`` files and creates them
    when they are missing, and a read-only reader cannot remove them again: so
    ``plenum report`` on a closed session would leave two files behind. A file
    at rest in rollback mode is read without creating anything; the next writer
    switches it back to WAL. If a reader has it open, the switch is skipped
    (at once, not after the busy timeout) and the file stays in WAL mode.
    """
    if lock is not None:
        try:
            conn.execute("PRAGMA busy_timeout = 0")
            conn.execute("PRAGMA journal_mode = DELETE")
        except sqlite3.Error:
            pass
    conn.close()
    if lock is not None:
        lock.release()


def _connect(path: Path, *, writable: bool) -> sqlite3.Connection:
    # isolation_level=None: we issue BEGIN IMMEDIATE/COMMIT ourselves, so every
    # write is one short explicit transaction and reads never hold one open.
    if writable:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=5.0)
    else:
        # In a folder no one can write to, SQLite could not make the files a WAL reader
        # needs, and no writer can change the file: read it as it stands.
        fixed = "" if os.access(path.parent, os.W_OK) else "&immutable=1"
        uri = f"{path.resolve().as_uri()}?mode=ro{fixed}"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _database_error(path, exc) from exc
    return conn


def _database_error(path: Path, exc: sqlite3.Error) -> SessionFileError:
    """Damage, or a disk that is full or read-only: the file itself may be fine then."""
    reason = disk_reason(exc)
    if reason:
        return SessionFileError(path, f"{reason}; the session was not changed")
    return SessionCorruptError(path, f"the session file is damaged ({exc}); {_WHAT_TO_DO}")


def _make_durable(path: Path, conn: sqlite3.Connection) -> None:
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _database_error(path, exc) from exc


def _check_contents(path: Path, conn: sqlite3.Connection, *, allow_blank: bool) -> bool:
    """True if the file is a blank SQLite database; raise if it is not a usable session."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]
        if app_id == 0 and version == 0 and tables == 0:
            if allow_blank:
                return True
            raise NotASessionError(path, f"an empty SQLite file, not a Plenum session; {_WHAT_TO_DO}")
        if app_id != APPLICATION_ID:
            raise NotASessionError(path, "an SQLite database, but not a Plenum session file")
        if version > SCHEMA_VERSION:
            raise UnsupportedSchemaError(
                path,
                f"written by a newer Plenum (session format {version}; this Plenum reads "
                f"format {SCHEMA_VERSION}): update Plenum, or {_WHAT_TO_DO}",
                version,
            )
        if version not in READABLE_VERSIONS:
            raise UnsupportedSchemaError(
                path, f"unknown session format version {version}; {_WHAT_TO_DO}", version
            )
        problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
        present = {row[0] for row in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
        problems += [f"the table '{table}' is missing" for table in sorted(TABLES - present)]
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _database_error(path, exc) from exc
    except BaseException:
        conn.close()
        raise
    if problems != ["ok"]:
        conn.close()
        worst = problems[0] if problems[0] != "ok" else problems[1]
        raise SessionCorruptError(path, f"the session file is damaged ({worst}); {_WHAT_TO_DO}")
    return False
