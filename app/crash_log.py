"""The crash log: every unexpected exception goes to ``plenum.log``, from the first line on.

``plenum`` installs it before it even reads the event file, so an exception
during start-up is logged too; the console's notice about it
(``app.ui.faults.crash_guard``) is added once the console exists. It is kept
apart from that Qt part because installing it must cost nothing on the way to
the first projector frame: it imports only the standard library, and finds
the user's log folder (``platformdirs``, a few milliseconds) only when there
is something to write.

It replaces ``sys.excepthook`` (which PySide also calls for exceptions raised
in slots and event handlers) and ``threading.excepthook``; ``uninstall``
restores what was there before. Whoever wants to hear of an exception adds a
callback to ``listeners``; it is called on the thread that raised.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

LOG_NAME = "plenum.log"
MAX_LOG_BYTES = 1_000_000  # then the log is moved to plenum.log.1, so it never grows without bound

Listener = Callable[[str, str], None]
_MainHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]
_ThreadHook = Callable[[threading.ExceptHookArgs], object]


def default_log_folder() -> Path:
    """Where the log goes: the platform's per-user log folder for Plenum."""
    import platformdirs

    return Path(platformdirs.user_log_dir("plenum", appauthor=False))


class CrashLog:
    """Logs each unexpected exception and tells ``listeners(summary, log_path)``.

    ``log_path`` is empty when even the log could not be written (a full disk);
    the summary is then all there is, and it is printed to stderr too.
    """

    def __init__(self, log_folder: Path | None = None) -> None:
        self._folder = log_folder
        self.count = 0
        self.listeners: list[Listener] = []
        self._previous: tuple[_MainHook, _ThreadHook] | None = None
        self._handling = threading.local()

    @property
    def log_path(self) -> Path:
        if self._folder is None:
            self._folder = default_log_folder()
        return self._folder / LOG_NAME

    @property
    def installed(self) -> bool:
        return self._previous is not None

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
            sys.excepthook = main_hook
        if threading.excepthook == self._on_thread_exception:
            threading.excepthook = thread_hook

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
            for listener in list(self.listeners):
                with contextlib.suppress(Exception):  # the log line is written; nothing more to do
                    listener(summary, where)
        finally:
            self._handling.active = False

    def _on_exception(self, kind: type[BaseException], error: BaseException,
                      trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt) and self._previous is not None:
            previous = self._previous[0]
            previous(kind, error, trace)
            return
        self.handle(kind, error, trace, threading.current_thread().name)

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "?"
        self.handle(args.exc_type, args.exc_value, args.exc_traceback, name)

    def _append(self, entry: str) -> bool:
        try:
            path = self.log_path
            path.parent.mkdir(parents=True, exist_ok=True)
            with contextlib.suppress(FileNotFoundError):
                if path.stat().st_size > MAX_LOG_BYTES:
                    os.replace(path, path.with_name(LOG_NAME + ".1"))
            with path.open("a", encoding="utf-8") as log:
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
