"""Write the report so that it is either the old file or the whole new one, never half.

The mechanics (temporary file in the same folder, fsync, ``os.replace``,
fsync of the folder) are ``app.files``'s, shared by every export; this module
adds the report's own words, so a failure is a ``ReportWriteError`` with one
line in the report's language that also says where to save instead.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from app import files
from app.report.errors import ReportWriteError
from app.report.model import Language
from app.report.words import word


@contextlib.contextmanager
def atomic_output(path: Path, language: Language = "nb") -> Iterator[BinaryIO]:
    """Yield a binary file; on a clean exit it becomes ``path``, else it vanishes.

    The temporary file is created before the caller starts its work, so an
    unwritable folder is reported at once instead of after building a report.
    """
    path = Path(path)
    if path.is_dir():
        raise _error(path, word(language, "is_folder"), language)
    if not path.parent.is_dir():
        raise _error(path, word(language, "no_folder"), language)
    try:
        with files.atomic_output(path) as out:
            yield out
    except files.WriteFailed as exc:
        raise _error(path, _reason(exc, language), language, exc.save_instead) from exc


def _reason(exc: files.WriteFailed, language: Language) -> str:
    if exc.reason == "other":
        return exc.detail
    return word(language, exc.reason)


def _error(path: Path, reason: str, language: Language,
           save_instead: Path | None = None) -> ReportWriteError:
    message = word(language, "write_failed", path=path, reason=reason)
    if save_instead is not None:
        message += "; " + word(language, "save_instead", path=save_instead)
    return ReportWriteError(path, message, save_instead)
