"""A failed save told in the console: what failed, why, and a button to save elsewhere.

``app.files`` finds the reason and a folder that should work; this puts
them in the facilitator's language, with the new place one click away, so a
full USB stick costs a second, not the report.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.files import WriteFailed
from app.ui.faults.notices import Action, Notice, NoticeArea
from app.ui.i18n import QT_TRANSLATE_NOOP

_REASONS = {
    "is_folder": QT_TRANSLATE_NOOP("WriteFailure", "it is a folder"),
    "no_folder": QT_TRANSLATE_NOOP("WriteFailure", "the folder does not exist"),
    "not_writable": QT_TRANSLATE_NOOP("WriteFailure", "no permission to write in the folder"),
    "in_use": QT_TRANSLATE_NOOP(
        "WriteFailure", "the file is open in another program or read-only; close it there and try again"),
    "read_only": QT_TRANSLATE_NOOP("WriteFailure", "the disk is read-only"),
    "disk_full": QT_TRANSLATE_NOOP("WriteFailure", "the disk is full"),
    "name_too_long": QT_TRANSLATE_NOOP("WriteFailure", "the file name or path is too long"),
}


def reason_text(error: OSError) -> str:
    """Why, in the UI language; the system's own words for a reason we do not name."""
    if isinstance(error, WriteFailed) and error.reason in _REASONS:
        return QCoreApplication.translate("WriteFailure", _REASONS[error.reason])
    return error.strerror or str(error)


def show_write_failure(notices: NoticeArea, path: Path, error: OSError,
                       save_to: Callable[[Path], None] | None = None) -> Notice:
    """Tell the facilitator that ``path`` was not written; offer ``save_to`` the suggested path.

    The old file, if any, is untouched and no partial file was left: the
    message says so, so nobody goes looking for half a report.
    """
    translate = QCoreApplication.translate
    heading = translate("WriteFailure", "Could not save %1: %2.")
    heading = heading.replace("%1", str(path)).replace("%2", reason_text(error))
    details = translate("WriteFailure", "Nothing was changed on the disk.")
    suggestion = error.save_instead if isinstance(error, WriteFailed) else None
    actions: list[Action] = []
    if suggestion is not None:
        instead = translate("WriteFailure", "You can save it as %1 instead.")
        details += " " + instead.replace("%1", str(suggestion))
        if save_to is not None:
            label = translate("WriteFailure", "Save in %1")
            folder = suggestion.parent.name or str(suggestion.parent)
            actions.append((label.replace("%1", folder), lambda: save_to(suggestion)))
    return notices.show_notice("write", heading, details, actions, tone="error")
