"""Write a file so that it is either the old one or the whole new one, never half.

The report is written to a hidden temporary file in the target's folder,
flushed and fsynced, then renamed over the target with ``os.replace`` (atomic
on one file system), and the folder is fsynced so the rename survives a power
cut. Any failure removes the temporary file and is raised as a
``ReportWriteError`` with a one-line message.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from app.report.errors import ReportWriteError
from app.report.model import Language
from app.report.words import word

_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_DENIED = {errno.EACCES, errno.EPERM, errno.EROFS}


@contextlib.contextmanager
def atomic_output(path: Path, language: Language = "nb") -> Iterator[BinaryIO]:
    """Yield a binary file; on a clean exit it becomes ``path``, else it vanishes.

    The temporary file is created before the caller starts its work, so an
    unwritable folder is reported at once instead of after building a report.
    """
    path = Path(path)
    if path.is_dir():
        raise _error(path, word(language, "is_folder"), language)
    folder = path.parent
    if not folder.is_dir():
        raise _error(path, word(language, "no_folder"), language)
    try:
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise _error(path, _reason(exc, language), language) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _error(path, _reason(exc, language), language) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_folder(folder)


def _reason(exc: OSError, language: Language) -> str:
    if exc.errno in _FULL:
        return word(language, "disk_full")
    if exc.errno in _DENIED:
        return word(language, "not_writable")
    if exc.errno == errno.ENOENT:
        return word(language, "no_folder")
    return exc.strerror or str(exc)


def _error(path: Path, reason: str, language: Language) -> ReportWriteError:
    return ReportWriteError(path, word(language, "write_failed", path=path, reason=reason))


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
