"""One handler for every unexpected exception: log it, say so in the console, carry on.

Without it an exception in a slot prints a traceback to a terminal nobody
looks at, and one in a worker thread vanishes; with it the traceback goes to
``plenum.log`` in the user's log folder and the console shows one short line
naming that file, while the talk continues. Nothing is ever shown on the
projector and no traceback dialog appears.

The logging itself is ``app.crash_log.CrashLog``, which ``plenum`` installs
before anything else so that start-up errors are logged too; ``CrashGuard``
takes that log over once the console exists (or makes its own) and turns
each report into the ``caught`` signal, delivered on the UI thread to the
console's notice (``ConsoleCrashReport``).
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Signal

from app.crash_log import LOG_NAME, MAX_LOG_BYTES, CrashLog, default_log_folder
from app.ui.faults.notices import NoticeArea

__all__ = ["LOG_NAME", "MAX_LOG_BYTES", "ConsoleCrashReport", "CrashGuard", "default_log_folder"]


class CrashGuard(QObject):
    """``caught(summary, log_path)`` after each unexpected exception, on the UI thread.

    ``log_path`` is empty when even the log could not be written (a full disk);
    the summary is then all there is, and it is printed to stderr too.
    ``log`` is the crash log installed at start, else one in ``log_folder``.
    """

    caught = Signal(str, str)

    def __init__(self, log_folder: Path | None = None, parent: QObject | None = None, *,
                 log: CrashLog | None = None) -> None:
        super().__init__(parent)
        self.log = log or CrashLog(log_folder)
        self.log.listeners.append(self.caught.emit)

    @property
    def log_path(self) -> Path:
        return self.log.log_path

    @property
    def count(self) -> int:
        return self.log.count

    def install(self) -> None:
        self.log.install()

    def uninstall(self) -> None:
        """Restore the previous hooks and stop announcing."""
        self.log.uninstall()
        if self.caught.emit in self.log.listeners:
            self.log.listeners.remove(self.caught.emit)

    def handle(self, kind: type[BaseException], error: BaseException,
               trace: TracebackType | None, thread: str) -> None:
        """Log one exception and announce it; never raises."""
        self.log.handle(kind, error, trace, thread)


class ConsoleCrashReport(QObject):
    """Shows the guard's reports in the console's notice area (a QObject, so that a
    report from a worker thread is delivered on the UI thread)."""

    def __init__(self, guard: CrashGuard, notices: NoticeArea) -> None:
        super().__init__(notices)
        self._notices = notices
        self._guard = guard
        guard.caught.connect(self.show_report)

    def show_report(self, summary: str, log_path: str) -> None:
        if log_path:
            details = self.tr("%1. The details are saved in %2").replace("%1", summary).replace(
                "%2", log_path)
        else:
            details = self.tr("%1. The log could not be written.").replace("%1", summary)
        if self._guard.count > 1:
            details += " " + self.tr("(%n errors so far)", "", self._guard.count)
        self._notices.show_notice("crash", self.tr("Something went wrong, but Plenum is still "
                                                   "running."), details, tone="error")
