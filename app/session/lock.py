"""The one-writer rule: an OS lock on ``<session>.lock`` that dies with its process.

Why a side file with ``flock`` and not SQLite's ``locking_mode=EXCLUSIVE``: in
WAL mode an exclusive connection keeps every other process from even reading,
so a second Plenum could not show the session read-only; and SQLite takes the
exclusive lock only at the first write, leaving a window where two instances
both think they are the writer. An ``flock`` is taken before the database is
opened, is released by the kernel when the holder exits or is killed (no stale
lock to clean up after a crash), and leaves SQLite's own WAL locking to let a
read-only second instance see the writer's commits. The lock file itself is
left in place on close: deleting it would let two openers lock two different
inodes. On Windows ``msvcrt.locking`` plays the part of ``flock`` (also freed
by the system when its holder dies), on a byte past the holder's text.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from pathlib import Path

from app.reading import read_limited
from app.session.errors import SessionFileError

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl


_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NO_BLOCK = getattr(os, "O_NONBLOCK", 0)
_NOT_A_LOCK = ("its lock file {lock} is a link or not a regular file, which Plenum never makes; "
               "delete it and open the session again")


def lock_path_for(session_path: Path) -> Path:
    return session_path.with_name(session_path.name + ".lock")


class WriterLock:
    """Held while this process is the session's writer; ``release`` or exit ends it."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def try_acquire(cls, session_path: Path) -> WriterLock | None:
        """The lock, or None if another process (or store) holds it."""
        path = lock_path_for(session_path)
        # Never through a link, never anything but a regular file: the holder's note
        # truncates the file, and a folder from a stranger may hold a .lock that is a
        # link to one of the user's files, or a FIFO that would block the open.
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | _NO_FOLLOW | _NO_BLOCK, 0o644)
        except OSError as exc:
            if os.path.islink(path):
                raise SessionFileError(session_path, _NOT_A_LOCK.format(lock=path)) from exc
            raise
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            raise SessionFileError(session_path, _NOT_A_LOCK.format(lock=path))
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            return None
        import socket  # only writers need it; ~4 ms of import for readers (plenum report)

        # Who holds it is only a courtesy for the message of another Plenum: on a
        # full disk the lock is held all the same, and the session's own writes say why.
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()} {socket.gethostname()}\n".encode())
        return cls(path, fd)

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def holder_of(session_path: Path) -> str:
    """Who holds the lock, as "pid 1234 on laptop", or "" if unknown."""
    try:
        note = read_limited(lock_path_for(session_path), 256, head=True).decode("utf-8")
        pid, _, host = note.strip().partition(" ")
    except (OSError, UnicodeDecodeError):
        return ""
    return f"pid {pid} on {host}" if pid else ""


# Windows' byte-range locks are mandatory: nobody else can read a locked byte, so
# locking the "pid host" text would hide who holds it. The lock is on one byte
# far past that text (Windows allows locking beyond the end of a file).
WINDOWS_LOCK_OFFSET = 1 << 20


def _lock(fd: int) -> None:
    if sys.platform == "win32":
        os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        finally:
            os.lseek(fd, 0, os.SEEK_SET)  # the holder's text is written from the start
    else:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
