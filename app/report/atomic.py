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
        raise _error(path, "is_folder", language)
    if not path.parent.is_dir():
        raise _error(path, "no_folder", language)
    try:
        with files.atomic_output(path) as out:
            yield out
    except files.WriteFailed as exc:
        raise _error(path, exc.reason, language, exc.detail, exc.save_instead) from exc


def _error(path: Path, reason: str, language: Language, detail: str = "",
           save_instead: Path | None = None) -> ReportWriteError:
    def message(in_language: Language) -> str:
        why = detail if reason == "other" else word(in_language, reason)
        text = word(in_language, "write_failed", path=path, reason=why)
        if save_instead is not None:
            text += "; " + word(in_language, "save_instead", path=save_instead)
        return text

    return ReportWriteError(path, message(language), save_instead, english=message("en"))
