"""What can go wrong when writing a report, as one exception the UI and CLI show."""

from __future__ import annotations

from pathlib import Path


class ReportWriteError(Exception):
    """The report could not be written; the message is one line naming the path.

    Raised for an unwritable or missing folder, a full disk or a target that
    is a folder. No partial or temporary file is left behind when it is.
    ``save_instead`` is a path that should work, when another folder would help.
    """

    def __init__(self, path: Path, message: str, save_instead: Path | None = None,
                 english: str | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.message = message
        self.save_instead = save_instead
        # The command line answers in English whatever the report's language.
        self.english = english or message

    def __str__(self) -> str:
        return self.message


class ReportInputError(Exception):
    """The session cannot be turned into a report (e.g. its event file is gone).

    The message is one line that names the file and says what to do.
    """
