"""Autosave off the UI thread: the editor hands over text, a thread commits it.

Why a thread and not a direct ``save_summary`` per keystroke: a commit with
``synchronous=FULL`` waits for fsync, which is well under a millisecond on a
laptop SSD but can take tens of milliseconds on a busy disk or a USB stick; the
UI thread must never wait for it. ``submit`` only stores the latest text per
(group, task) under a lock. The thread commits everything pending, all keys in
one transaction, as soon as the typing pauses for ``idle_delay`` seconds, and
at the latest ``max_delay`` seconds after the first unsaved change (so
continuous typing is still saved every ``max_delay``). With the defaults a
kill -9 loses at most the last second, and the note-taker sees «lagret» a
quarter of a second after they stop typing: waiting out the whole
``max_delay`` after a short burst left «lagrer …» showing long after the
typing stopped (issue 15, finding 10).

Each text names the version it was typed from (its base), as a device's
save does: a device may save into the same cell between the editor's
keystrokes and the commit, and the commit then merges with it
(``app.session.merge.save_typed``) instead of replacing it. The editor learns
of its own commits only through ``on_saved``, so it may hand over text with a
base the writer has already committed from; the writer knows its text went
on from what it committed, and takes that commit as the base (``_lineage``).

Time is read from the ``monotonic`` passed in; ``wake`` makes the thread read
it again, so a test moves a fake clock past a deadline instead of sleeping.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from app.session.errors import ReadOnlySessionError
from app.session.merge import save_typed
from app.session.model import SummaryVersion
from app.session.store import SessionStore

Key = tuple[int, str]
Typed = tuple[str, int | None]  # a text and the version it was typed from (None: an empty cell)
SavedCallback = Callable[[list[SummaryVersion]], None]
ErrorCallback = Callable[[Exception], None]


class AutosaveWriter:
    """Debounced background saving of summaries into one ``SessionStore``.

    ``on_saved`` and ``on_error`` are called on the writer thread; a Qt caller
    forwards them to the UI thread with a queued signal. A failed write keeps
    the text pending and is retried after ``idle_delay``.
    """

    def __init__(self, store: SessionStore, *, max_delay: float = 0.75, idle_delay: float = 0.25,
                 monotonic: Callable[[], float] = time.monotonic,
                 on_saved: SavedCallback | None = None,
                 on_error: ErrorCallback | None = None) -> None:
        if store.read_only:
            raise ReadOnlySessionError(f"{store.path}: {store.read_only_reason}")
        self._store = store
        self._max_delay = max_delay
        self._idle_delay = idle_delay
        self._monotonic = monotonic
        self._on_saved = on_saved
        self._on_error = on_error
        self._cond = threading.Condition()
        self._pending: dict[Key, Typed] = {}
        self._in_flight: dict[Key, str] = {}  # taken from _pending, being committed
        self._committed: dict[Key, int] = {}  # the cell's current version after this writer's last commit
        # Writer thread only: per cell, the bases the editor's texts were typed from that
        # this writer has committed from, and the version holding its last committed text.
        self._lineage: dict[Key, tuple[frozenset[int | None], int]] = {}
        self._first_change: float | None = None
        self._last_change = 0.0
        self._submitted = 0  # generation of the latest submit
        self._attempted = 0  # generation covered by the latest finished write attempt
        self._last_error: Exception | None = None
        self._flush_requested = False
        self._closing = False
        self._thread = threading.Thread(target=self._run, name="plenum-autosave", daemon=True)
        self._thread.start()

    def submit(self, group_id: int, task_id: str, text: str, *, base: int | None) -> None:
        """Hand over the editor's current text, typed from version ``base``; returns at once."""
        with self._cond:
            if self._closing:
                raise RuntimeError("the autosave writer is closed")
            self._pending[(group_id, task_id)] = (text, base)
            self._submitted += 1
            # No notify after the first change: the thread wakes at the idle deadline anyway
            # and waits on if the typing went on (a wake-up per keystroke costs the UI the GIL).
            self._last_change = self._monotonic()
            if self._first_change is None:
                self._first_change = self._last_change
                self._cond.notify_all()

    def wake(self) -> None:
        """Have the thread read the clock again now (tests move a fake clock; see the module docstring)."""
        with self._cond:
            self._cond.notify_all()

    def pending(self, group_id: int, task_id: str) -> str | None:
        """Text handed over but not yet committed (waiting or being written), if any."""
        key = (group_id, task_id)
        with self._cond:
            waiting = self._pending.get(key)
            return waiting[0] if waiting is not None else self._in_flight.get(key)

    def ahead_of(self, group_id: int, task_id: str, version_id: int) -> bool:
        """True if this writer still holds text for the cell, or committed after ``version_id``.

        News of version ``version_id`` (a device's save, an older notice) is then
        stale for the editor: the writer's own commit merges it, and its
        ``on_saved`` brings the newer text.
        """
        key = (group_id, task_id)
        with self._cond:
            return (key in self._pending or key in self._in_flight
                    or self._committed.get(key, version_id) > version_id)

    def flush(self) -> None:
        """Commit everything submitted so far, now; raise if that write failed."""
        with self._cond:
            target = self._submitted
            self._flush_requested = True
            self._cond.notify_all()
            while self._attempted < target and self._thread.is_alive():
                self._cond.wait()
            if not self._pending:
                self._flush_requested = False
            if self._pending and self._last_error is not None:
                raise self._last_error

    def close(self) -> None:
        """Flush and stop the thread."""
        try:
            self.flush()
        finally:
            with self._cond:
                self._closing = True
                self._cond.notify_all()
            self._thread.join()

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._pending and not self._closing:
                    self._cond.wait()
                if not self._pending or (self._closing and self._last_error is not None):
                    return
                while not (self._flush_requested or self._closing):
                    assert self._first_change is not None
                    deadline = min(self._first_change + self._max_delay,
                                   self._last_change + self._idle_delay)
                    remaining = deadline - self._monotonic()
                    if remaining <= 0:
                        break
                    self._cond.wait(remaining)
                batch, generation = self._pending, self._submitted
                self._pending, self._first_change = {}, None
                self._in_flight = {key: text for key, (text, _base) in batch.items()}
                self._flush_requested = False
            self._write(batch, generation)

    def _write(self, batch: dict[Key, Typed], generation: int) -> None:
        error: Exception | None = None
        saved: list[SummaryVersion] = []
        lineage: dict[Key, tuple[frozenset[int | None], int]] = {}
        current: dict[Key, int] = {}
        try:
            with self._store.transaction():
                for key, (text, base) in batch.items():
                    bases, last = self._lineage.get(key, (frozenset(), 0))
                    typed_from = last if base in bases else base
                    result = save_typed(self._store, *key, text, typed_from, source="editor")
                    saved.append(result.own)
                    if result.merged:
                        saved.append(result.current)  # last: what the cell holds now
                    lineage[key] = ((bases if base in bases else frozenset()) | {base, typed_from},
                                    result.own.id)
                    current[key] = result.current.id
        except Exception as exc:
            error = exc
        if error is None:
            self._lineage.update(lineage)
        with self._cond:
            self._attempted = generation
            self._last_error = error
            self._in_flight = {}
            self._committed.update(current)
            if error is not None:
                for key, typed in batch.items():
                    self._pending.setdefault(key, typed)
                if self._first_change is None:
                    self._first_change = self._last_change = self._monotonic()
            self._cond.notify_all()
        if error is not None and self._on_error is not None:
            self._on_error(error)
        elif error is None and self._on_saved is not None:
            self._on_saved(saved)
