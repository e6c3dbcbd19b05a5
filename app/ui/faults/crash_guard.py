"""One handler for every unexpected exception: log it, say so in the console, carry on.

Without it an exception in a slot prints a traceback to a terminal nobody
looks at, and one in a worker thread vanishes; with it the traceback goes to
``plenum.log`` in the user's log folder and the console shows one short line
naming that file, while the talk continues. Nothing is ever shown on the
projector and no traceback dialog appears.

The guard replaces ``sys.excepthook`` (PySide calls it for exceptions raised
in slots and event handlers) and ``threading.excepthook``; ``uninstall``
restores what was there before.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import QObject, Signal

from app.ui.faults.notices import NoticeArea

LOG_NAME = "plenum.log"
MAX_LOG_BYTES = 1_000_000  # then the log is moved to plenum.log.1, so it never grows without bound


def default_log_folder() -> Path:
    """Where the log goes: the platform's per-user log folder for Plenum."""
    return Path(platformdirs.user_log_dir("plenum", appauthor=False))


class CrashGuard(QObject):
    """``caught(summary, log_path)`` after each unexpected exception, on the UI thread.

    ``log_path`` is empty when even the log could not be written (a full disk);
    the summary is then all there is, and it is printed to stderr too.
    """

    caught = Signal(str, str)

    def __init__(self, log_folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = (log_folder or default_log_folder()) / LOG_NAME
        self.count = 0
        self._previous: tuple[object, object] | None = None
        self._handling = threading.local()

    def install(self) -> None:
        if self._previous is None:
            self._previous = (sys.excepthook, threading.excepthook)
            sys.excepthook = self._on_exception
            threading.excepthook = self._on_thread_exception

    def uninstall(self) -> None:
        if self._previous is None:
            return
        main_hook, thread_hook = self._previous
        self._previous = None
        if sys.excepthook == self._on_exception:
            sys.excepthook = main_hook  # type: ignore[assignment]
        if threading.excepthook == self._on_thread_exception:
            threading.excepthook = thread_hook  # type: ignore[assignment]

    def handle(self, kind: type[BaseException], error: BaseException,
               trace: TracebackType | None, thread: str) -> None:
        """Log one exception and announce it; never raises."""
        if getattr(self._handling, "active", False):
            return  # an exception while reporting one: the first report is enough
        self._handling.active = True
        try:
            self.count += 1
            summary = _summary(kind, error)
            written = self._append(_entry(kind, error, trace, thread))
            where = str(self.log_path) if written else ""
            print(f"plenum: unexpected error: {summary}"
                  + (f" (details in {where})" if where else " (the log could not be written)"),
                  file=sys.stderr)
            self.caught.emit(summary, where)
        finally:
            self._handling.active = False

    def _on_exception(self, kind: type[BaseException], error: BaseException,
                      trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt) and self._previous is not None:
            previous = self._previous[0]
            previous(kind, error, trace)  # type: ignore[operator]
            return
        self.handle(kind, error, trace, threading.current_thread().name)

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "?"
        self.handle(args.exc_type, args.exc_value, args.exc_traceback, name)

    def _append(self, entry: str) -> bool:
        try:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            with contextlib.suppress(FileNotFoundError):
                if self.log_path.stat().st_size > MAX_LOG_BYTES:
                    os.replace(self.log_path, self.log_path.with_name(LOG_NAME + ".1"))
            with self.log_path.open("a", encoding="utf-8") as log:
                log.write(entry)
            return True
        except OSError:
            return False


def _summary(kind: type[BaseException], error: BaseException) -> str:
    text = str(error).strip().splitlines()
    first = text[0] if text else ""
    if len(first) > 160:
        first = first[:157] + "..."
    return f"{kind.__name__}: {first}" if first else kind.__name__


def _entry(kind: type[BaseException], error: BaseException,
           trace: TracebackType | None, thread: str) -> str:
    stamp = datetime.now().astimezone().isoformat(timespec="seconds")
    lines = traceback.format_exception(kind, error, trace)
    return f"--- {stamp} unexpected error in thread {thread!r}\n{''.join(lines)}\n"


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
