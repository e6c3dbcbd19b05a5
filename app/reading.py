"""Reading a file someone else made: only a regular file, only inside its folder, never unbounded.

Every reader of outside input (the event file, its pictures, notes files, a
session's header) goes through here, because each of the obvious ways fails
on a hostile file: ``open`` of a FIFO waits forever for a writer,
``read_bytes`` of ``/dev/zero`` never ends, and a size check by ``stat()``
trusts a number that pipes, devices and some file systems (``/proc``, FUSE)
report as 0 whatever they hold. So the file is opened without blocking,
checked to be a regular file on the open descriptor (not by name, which could
be swapped in between), and read up to a hard limit, whatever ``stat()`` says.

Containment is judged after resolving symbolic links (and on Windows,
junctions), so a link inside the folder that points out of it is outside.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path, PureWindowsPath

_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
               | getattr(os, "O_BINARY", 0))
_CHUNK = 1 << 20


class NotRegularFile(OSError):
    """The path is a pipe, a device or a socket: reading it could hang or never end.

    ``kind`` names it for a message: "this is a pipe (FIFO), not a notes file".
    """

    def __init__(self, path: Path, mode: int) -> None:
        self.kind = ("a pipe (FIFO)" if stat.S_ISFIFO(mode) else
                     "a socket" if stat.S_ISSOCK(mode) else "a device")
        super().__init__(errno.EINVAL, f"{self.kind}, not a regular file", str(path))


class TooLarge(OSError):
    """The file holds more than the reader's limit; ``size`` is what ``stat()`` claimed."""

    def __init__(self, path: Path, limit: int, size: int) -> None:
        self.limit = limit
        self.size = size
        super().__init__(errno.EFBIG, f"larger than {_megabytes(limit)}", str(path))


def read_limited(path: Path, limit: int, *, head: bool = False) -> bytes:
    """At most ``limit`` bytes of the regular file ``path``.

    With ``head`` the first ``limit`` bytes are enough (a signature, a header);
    otherwise a longer file raises ``TooLarge``. A FIFO, device or socket
    raises ``NotRegularFile`` without waiting, a folder ``IsADirectoryError``.
    """
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        raise
    except OSError:
        _refuse_by_type(path)  # a socket cannot be opened (ENXIO), Windows cannot open a folder
        raise
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, "Is a directory", str(path))
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile(path, info.st_mode)
        if not head and info.st_size > limit:
            raise TooLarge(path, limit, info.st_size)
        chunks: list[bytes] = []
        wanted = limit if head else limit + 1  # one byte more tells a lying size
        while wanted > 0:
            chunk = os.read(fd, min(wanted, _CHUNK))
            if not chunk:
                break
            chunks.append(chunk)
            wanted -= len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if not head and len(data) > limit:
        raise TooLarge(path, limit, info.st_size)
    return data


def _refuse_by_type(path: Path) -> None:
    """Raise the error that says what ``path`` is, when it is not a regular file."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, "Is a directory", str(path)) from None
    if not stat.S_ISREG(mode):
        raise NotRegularFile(path, mode) from None


def outside_problem(src: str, folder: Path) -> str | None:
    """Why ``src``, a path written in a file in ``folder``, is not inside ``folder``; None if it is.

    Absolute paths (``/…``, ``C:\\…``, ``\\\\server\\…``) and ``..`` are refused as
    written, on every system, so an event behaves the same on the author's Mac
    and the facilitator's Windows laptop; a link is refused by where it leads.
    """
    windows = PureWindowsPath(src)
    if src.startswith(("/", "\\")) or windows.drive or Path(src).is_absolute():
        return "is an absolute path: put the file in the event's folder and give its name"
    if ".." in windows.parts:  # splits on both / and \
        return "goes out of the event's folder ('..'): put the file in the event's folder"
    try:
        target = (folder / src).resolve()
        home = folder.resolve()
    except (RuntimeError, OSError):  # a symlink loop: RuntimeError before 3.13, OSError after
        return "is a symbolic link that loops back on itself: replace it with the file"
    if not target.is_relative_to(home):
        return (f"is a link to a file outside the event's folder ({target}): "
                "copy the file into the event's folder")
    return None


def wide_encoding(data: bytes) -> str | None:
    """"UTF-16" or "UTF-32" for text saved so (Windows' "Unicode"), by its byte order mark
    or by the zero bytes ASCII letters get; None for anything else.

    Such a file is not "binary": the user saved text with the wrong encoding and
    needs to hear which one to choose instead.
    """
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "UTF-32"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16"
    head = data[:64]
    for name, width in (("UTF-32", 4), ("UTF-16", 2)):
        lanes = [head[i::width] for i in range(width)]
        if len(head) < 2 * width or len(head) % width:
            continue
        for text_lane in (0, width - 1):  # little-endian, big-endian
            others = [lane for i, lane in enumerate(lanes) if i != text_lane]
            if all(not any(lane) for lane in others) and any(lanes[text_lane]):
                return name
    return None


def _megabytes(size: int) -> str:
    if size >= 1_048_576:
        return f"{size / 1_048_576:g} MB"
    return f"{size / 1024:g} kB"
