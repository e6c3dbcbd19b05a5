"""What can go wrong with a session file, as exception types the UI can act on.

Each unusable-file case has its own type so the UI can offer the right way out
(open a copy read-only, start a new session, update Plenum); every message is
one line that names the file and says what to do.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.echo import cut, quoted


class SessionError(Exception):
    """Base for every session problem."""


class SessionFileError(SessionError):
    """The file cannot be used as a session; ``path`` is the file."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path


class NotASessionError(SessionFileError):
    """Not an SQLite file at all, or an SQLite file some other program wrote."""


class SessionCorruptError(SessionFileError):
    """An SQLite session file that is truncated or damaged."""


class UnsupportedSchemaError(SessionFileError):
    """A session written by a newer Plenum, or with a version this one never wrote."""

    def __init__(self, path: Path, message: str, version: int) -> None:
        super().__init__(path, message)
        self.version = version


class ReadOnlySessionError(SessionError):
    """A write was attempted on a store that was opened read-only."""


class UnknownGroupError(SessionError, KeyError):
    """A group id or name that is not in the session."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "unknown group"


class WrongEventError(SessionError):
    """An event file given for a session belongs to another event (its title differs)."""

    @classmethod
    def check(cls, session: Path, recorded_title: str, given: Path, title: str) -> None:
        """Raise when ``given`` (titled ``title``) is not the event the session was made for.

        A session made before titles were recorded (``recorded_title`` empty) is not judged.
        """
        if recorded_title and title != recorded_title:
            raise cls(f"{session}: the session is for the event {quoted(recorded_title)}, but "
                      f"{given} is {quoted(title)}; give that event's file, or leave out --event")


# SQLite's primary result codes a user can act on (the low byte of an extended code).
_SQLITE_REASONS = {
    8: "the file or its disk is read-only",  # SQLITE_READONLY
    10: "the disk could not be read or written (I/O error)",  # SQLITE_IOERR
    13: "the disk is full",  # SQLITE_FULL
    14: "the file cannot be opened",  # SQLITE_CANTOPEN
}


def disk_reason(exc: sqlite3.Error) -> str | None:
    """"the disk is full" and the like when SQLite failed for its disk, not its file's content."""
    return _SQLITE_REASONS.get(getattr(exc, "sqlite_errorcode", 0) & 0xFF)


def database_problem(path: Path, exc: sqlite3.Error) -> str:
    """One line for an SQLite error met while using the session ``path``: the cause in words
    ("the disk is full"), never a follow-on error such as "cannot rollback"."""
    return f"{path}: {disk_reason(exc) or cut(str(exc), 200)}"
