"""Why a session file cannot be used, in the UI's language.

``app.session`` has no Qt, so its exceptions carry one-line English messages
(right for ``plenum`` on a terminal). In the Norwegian console the same
reason is a translated sentence chosen by the exception's type, with the
file's path kept in front; a reason this module does not know keeps the
store's own words rather than saying nothing.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication


def session_problem(error: BaseException) -> str:
    """``"PATH: sentence"`` for a failure opening or copying a session (the sentence alone
    when the error names no file)."""
    from app.session.errors import NotASessionError, SessionCorruptError, UnsupportedSchemaError
    from app.session.schema import SCHEMA_VERSION

    path = getattr(error, "path", None) or getattr(error, "filename", None)
    if isinstance(error, UnsupportedSchemaError):
        if error.version > SCHEMA_VERSION:
            text = QCoreApplication.translate(
                "SessionProblem", "The session was written by a newer Plenum (format %1; this Plenum "
                "reads format %2). Update Plenum.").replace("%1", str(error.version)).replace(
                "%2", str(SCHEMA_VERSION))
        else:
            text = QCoreApplication.translate(
                "SessionProblem", "The session file has an unknown format (version %1).").replace(
                "%1", str(error.version))
    elif isinstance(error, SessionCorruptError):
        text = QCoreApplication.translate("SessionProblem", "The session file is damaged or truncated.")
    elif isinstance(error, NotASessionError) and path is not None and not Path(path).exists():
        # Raised before the file exists only when another Plenum holds its lock.
        text = QCoreApplication.translate("SessionProblem", "Another Plenum is writing to this session.")
    elif isinstance(error, NotASessionError):
        text = QCoreApplication.translate(
            "SessionProblem", "The file is not a Plenum session (it is empty or another kind of file).")
    elif isinstance(error, sqlite3.DatabaseError):
        text = QCoreApplication.translate("SessionProblem", "The file cannot be read as a database.")
    elif isinstance(error, PermissionError):
        text = QCoreApplication.translate("SessionProblem", "Plenum has no permission to use the file.")
    elif isinstance(error, FileNotFoundError):
        text = QCoreApplication.translate("SessionProblem", "The file does not exist.")
    else:
        return str(error)
    return f"{path}: {text}" if path else text
