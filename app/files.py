"""Writing a file the crash-safe way, and saying plainly why it failed and where to save instead.

Every file Plenum exports (slides, the deck PDF, the report, a notes file)
goes through here, so each is either its old content or the whole new one,
even after a crash, a full USB stick or a power cut: a temporary file in the
target's own folder (so the rename cannot cross file systems), flushed and
fsynced, renamed over the target with ``os.replace``, then the folder fsynced
so the rename itself survives. Any failure removes the temporary file.

On the day, "cannot write" is not enough: the facilitator needs to know
whether the stick is full, read-only or the name too long, and a place that
will work. ``WriteFailed`` carries both; its message is one line.

A refusal at the final rename is told apart from an unwritable folder: the
temporary file was just written in that folder, so what Windows refuses is
the old file itself, open in another program (the last report still in
Acrobat) or read-only. Saving elsewhere is not the fix; closing it is.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, Literal

import platformdirs

Reason = Literal["is_folder", "no_folder", "not_writable", "in_use", "read_only", "disk_full",
                 "name_too_long", "other"]

REASONS: dict[Reason, str] = {
    "is_folder": "it is a folder",
    "no_folder": "the folder does not exist",
    "not_writable": "no permission to write in the folder",
    "in_use": ("the file is open in another program or read-only; "
               "close it there and try again (the old file is unchanged)"),
    "read_only": "the disk is read-only",
    "disk_full": "the disk is full",
    "name_too_long": "the file name or path is too long",
    "other": "",
}
# Failures where the same file name in another folder will most likely work
# ("in_use" is not one: the same file would be refused wherever it is saved from).
SAVE_ELSEWHERE: frozenset[Reason] = frozenset({"not_writable", "read_only", "disk_full",
                                               "name_too_long"})
MAX_SUGGESTED_NAME = 100

_ERRNO_REASONS: dict[int, Reason] = {
    errno.ENOSPC: "disk_full",
    errno.EDQUOT: "disk_full",
    errno.EFBIG: "disk_full",
    errno.EACCES: "not_writable",
    errno.EPERM: "not_writable",
    errno.EROFS: "read_only",
    errno.ENAMETOOLONG: "name_too_long",
    errno.ENOENT: "no_folder",
    errno.ENOTDIR: "no_folder",
    errno.EISDIR: "is_folder",
}
# A refused rename over an existing file: Windows gives EACCES for a file open
# in another program (winerror 32 sharing violation, 33 lock violation) or
# read-only (5 access denied); macOS EPERM for a locked file.
_IN_USE_ERRNOS = frozenset({errno.EACCES, errno.EPERM})
_IN_USE_WINERRORS = frozenset({32, 33, 5})


class WriteFailed(OSError):
    """``path`` could not be written; nothing was left behind and the old file is untouched.

    ``reason`` says why in a word the UI can translate, ``detail`` is the
    system's own text, and ``save_instead`` a path that should work (or None
    when a different folder would not help). It is an ``OSError`` (with the
    original ``errno``) so that callers catching those keep working.
    """

    def __init__(self, path: Path, reason: Reason, detail: str = "",
                 save_instead: Path | None = None, code: int = 0) -> None:
        super().__init__(code, REASONS[reason] or detail, str(path))
        self.path = path
        self.reason = reason
        self.detail = detail
        self.save_instead = save_instead

    def __str__(self) -> str:
        why = REASONS[self.reason] or self.detail or "unknown error"
        text = f"cannot write {self.path}: {why}"
        if self.save_instead is not None:
            text += f"; save it as {self.save_instead} instead"
        return text


def write_atomically(path: Path, data: bytes) -> Path:
    """``path`` ends up holding either its old content or all of ``data``."""
    with atomic_output(path) as out:
        out.write(data)
    return path


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[BinaryIO]:
    """Yield a binary file; on a clean exit it becomes ``path``, else it vanishes.

    The temporary file is created before the caller starts its work, so an
    unwritable folder is reported at once, not after building a long report.
    Exceptions raised by the caller pass through unchanged.
    """
    path = Path(path)
    if _is_dir(path):
        raise failure(path, IsADirectoryError(errno.EISDIR, "Is a directory"))
    folder = path.parent
    if _name_too_long(path):
        raise failure(path, OSError(errno.ENAMETOOLONG, os.strerror(errno.ENAMETOOLONG)))
    try:
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name[:40]}.", suffix=".tmp")
    except OSError as exc:
        raise failure(path, exc) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            if hasattr(os, "fchmod"):  # not on Windows before Python 3.13, where ACLs decide anyway
                os.fchmod(out.fileno(), _new_file_mode(path))
            yield out
            out.flush()
            os.fsync(out.fileno())
        _replace(tmp, path)
    except WriteFailed:
        tmp.unlink(missing_ok=True)
        raise
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise failure(path, exc) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_folder(folder)


def _replace(tmp: Path, path: Path) -> None:
    """Rename ``tmp`` over ``path``; a refusal there says the file, not the folder, is the problem."""
    try:
        os.replace(tmp, path)
    except OSError as exc:
        raise failure(path, exc, replacing=True) from exc


def failure(path: Path, exc: OSError, replacing: bool = False) -> WriteFailed:
    """The ``WriteFailed`` for an ``OSError`` met while writing ``path``.

    ``replacing`` is True when ``exc`` came from the final rename, after the
    temporary file was written in the same folder.
    """
    reason = _ERRNO_REASONS.get(exc.errno or 0, "other")
    if replacing and _in_use(path, exc):
        reason = "in_use"
    if reason == "no_folder" and _is_dir(path.parent):
        reason = "other"  # ENOENT for some other cause than a missing folder
    suggestion = save_instead(path, reason == "name_too_long") if reason in SAVE_ELSEWHERE else None
    return WriteFailed(path, reason, exc.strerror or str(exc), suggestion, exc.errno or 0)


def _in_use(path: Path, exc: OSError) -> bool:
    """A permission refusal at the rename while ``path`` exists: the old file is held or read-only.

    Without an old file there is nothing to be held; the folder is to blame.
    """
    refused = (exc.errno in _IN_USE_ERRNOS
               or getattr(exc, "winerror", None) in _IN_USE_WINERRORS)
    return refused and os.path.lexists(path)


def save_instead(path: Path, shorten: bool = False) -> Path | None:
    """A path in a folder the user can write to (Documents, else home) other than ``path``'s."""
    name = _short_name(path.name) if shorten else path.name
    for candidate in (platformdirs.user_documents_dir(), str(Path.home())):
        folder = Path(candidate)
        with contextlib.suppress(OSError):
            if (folder.is_dir() and os.access(folder, os.W_OK)
                    and not _same_folder(folder, path.parent)):
                return folder / name
    return None


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # ENAMETOOLONG, EACCES on a parent: not a folder we can use
        return False


def _name_too_long(path: Path) -> bool:
    """Checked before any work: the rename at the end would fail with ENAMETOOLONG.

    Windows counts UTF-16 units, not bytes, and without the long-path opt-in
    (a registry setting few municipal laptops have) a whole path must stay
    under MAX_PATH, 260 units with the terminating NUL.
    """
    if sys.platform == "win32":
        return _utf16_units(path.name) > 255 or _utf16_units(str(path.absolute())) >= 260
    folder = path.parent if _is_dir(path.parent) else Path(".")
    try:
        name_max = os.pathconf(folder, "PC_NAME_MAX")
        path_max = os.pathconf(folder, "PC_PATH_MAX")
    except (OSError, ValueError):
        name_max, path_max = 255, 4096
    return (len(os.fsencode(path.name)) > name_max
            or len(os.fsencode(path.absolute())) >= path_max)


def _utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _short_name(name: str) -> str:
    if len(name) <= MAX_SUGGESTED_NAME:
        return name
    suffix = "".join(Path(name).suffixes[-1:])
    if len(suffix) > 10:
        suffix = ""
    return name[: MAX_SUGGESTED_NAME - len(suffix)] + suffix


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _new_file_mode(path: Path) -> int:
    """The replaced file's mode, or what a plain ``open`` would give (mkstemp makes 0600)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable; some systems (Windows) cannot open a folder."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
