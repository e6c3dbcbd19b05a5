"""Slow work off the UI thread, with its result handed back on the UI thread.

A PDF report, an import of notes files or a database write that may wait for
a slow disk must not freeze the console (or the projector, which shares the
UI thread). ``run_job(work, on_done=..., on_error=..., on_progress=...)``
runs ``work(report)`` on ``QThreadPool.globalInstance()``; ``report(fraction)``
may be called from the work to show progress. The three callbacks always run
on the UI thread, so they may touch widgets; the work itself never does.

How the result crosses threads: each ``Job`` is a QObject created on the UI
thread, and the worker emits the job's own signals, whose slots are methods of
that same object. Qt sees a signal emitted on another thread than its
receiver's and queues the call into the UI thread's event loop, with no
``processEvents`` and no polling.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Report = Callable[[float], None]
Work = Callable[[Report], Any]


class Job(QObject):
    """One piece of slow work; ``finished`` or ``failed`` fires once, on the UI thread.

    ``running`` is True until then. ``forget()`` drops the callbacks (a
    window that closes while its job runs calls it; the work still completes).
    """

    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(float)
    _done = Signal(object)
    _error = Signal(object)
    _progress = Signal(float)

    def __init__(self, on_done: Callable[[Any], None] | None, on_error: Callable[[Exception], None] | None,
                 on_progress: Callable[[float], None] | None) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress
        self.running = True
        self._done.connect(self._deliver_result)
        self._error.connect(self._deliver_error)
        self._progress.connect(self._deliver_progress)
        # Qt may delete a job before it reports (the app quits): it is no longer in flight.
        self.destroyed.connect(lambda: _active.discard(self))

    def forget(self) -> None:
        self._on_done = self._on_error = None
        self._on_progress = None

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        self.running = False
        _active.discard(self)
        if self._on_done is not None:
            self._on_done(result)
        self.finished.emit(result)

    @Slot(object)
    def _deliver_error(self, error: object) -> None:
        self.running = False
        _active.discard(self)
        if self._on_error is not None and isinstance(error, Exception):
            self._on_error(error)
        self.failed.emit(error)

    @Slot(float)
    def _deliver_progress(self, fraction: float) -> None:
        if self.running and self._on_progress is not None:
            self._on_progress(fraction)
        self.progressed.emit(fraction)


class _Runnable(QRunnable):
    def __init__(self, job: Job, work: Work) -> None:
        super().__init__()
        self._job = job
        self._work = work

    def run(self) -> None:
        try:
            result = self._work(self._report)
        except Exception as exc:  # handed to the UI thread, which shows it
            self._hand_over("_error", exc)
        else:
            self._hand_over("_done", result)

    def _report(self, fraction: float) -> None:
        self._hand_over("_progress", fraction)

    def _hand_over(self, signal_name: str, value: object) -> None:
        # When the app quits while the work runs, Qt deletes the Job before the
        # work returns; there is then nobody left to tell, which is not an error.
        with contextlib.suppress(RuntimeError):
            getattr(self._job, signal_name).emit(value)


# Jobs in flight, so that Python keeps each QObject alive until it reports.
_active: set[Job] = set()


def run_job(
    work: Work,
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    on_progress: Callable[[float], None] | None = None,
) -> Job:
    """Start ``work(report)`` on the thread pool; call from the UI thread."""
    job = Job(on_done, on_error, on_progress)
    _active.add(job)
    QThreadPool.globalInstance().start(_Runnable(job, work))
    return job


def wait_for_jobs(msecs: int = 30_000) -> bool:
    """Block until every started job's work has returned (for closing and tests).

    The results are still delivered by the event loop afterwards.
    """
    return bool(QThreadPool.globalInstance().waitForDone(msecs))


def active_jobs() -> tuple[Job, ...]:
    return tuple(_active)
