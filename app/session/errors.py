"""What can go wrong with a session file, as exception types the UI can act on.

Each unusable-file case has its own type so the UI can offer the right way out
(open a copy read-only, start a new session, update Plenum); every message is
one line that names the file and says what to do.
"""

from __future__ import annotations

from pathlib import Path


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
