"""Reload the event file when it is saved, without disturbing the talk.

Editors save by writing a new file and renaming it over the old one, which
makes QFileSystemWatcher drop the path; so after every change the path is
watched again, and while the file is briefly missing its folder is watched
until it reappears. Changes are debounced (an editor may write several
times per save) and the file is loaded on the UI thread: a deck loads in
milliseconds.

A file still missing after the debounce was deleted, renamed away or its
drive removed: that is reported like a broken save (the talk keeps the last
good version), and the nearest folder that still exists is watched, so the
file coming back, even on a re-inserted USB stick, reloads it.

The files the event shows from its folder that change on their own (a guest's
PDF replaced by a corrected version) are watched too, and reload it the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from app.event.model import Event, LoadResult, Problem

DEBOUNCE_MS = 200
GONE = ("the event file is gone (deleted, renamed or its drive removed); still showing the last "
        "version that loaded; save the file here again to reload it")

Loader = Callable[[Path], LoadResult]


class EventFileWatcher(QObject):
    """``reloaded(event, problems)`` on a good save (the problems that did not stop it
    loading: warnings, a missing picture), ``failed(problems)`` on a broken one."""

    reloaded = Signal(object, object)
    failed = Signal(object)

    def __init__(self, path: Path, load: Loader, parent: QObject | None = None,
                 event: Event | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._load = load
        self._guest_files = _guest_files(event)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._schedule)
        self._watcher.directoryChanged.connect(self._schedule)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.reload_now)
        self._watch()

    def stop(self) -> None:
        self._debounce.stop()
        paths = self._watcher.files() + self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)

    def reload_now(self) -> None:
        """Load the file now (the debounce calls this; tests may too)."""
        self._watch()
        if not self._path.exists():
            self.failed.emit((Problem(str(self._path), 1, 1, GONE),))
            return
        result = self._load(self._path)
        if result.event is None:
            self.failed.emit(_blocking(result.problems))
        else:
            self._guest_files = _guest_files(result.event)
            self._watch()
            self.reloaded.emit(result.event, result.problems)

    def _schedule(self, _path: str) -> None:
        self._debounce.start()

    def _watch(self) -> None:
        if self._path.exists():
            if str(self._path) not in self._watcher.files():
                self._watcher.addPath(str(self._path))
            folder = None
        else:
            folder = str(_nearest_folder(self._path.parent))
        stale = [d for d in self._watcher.directories() if d != folder]
        stale += [f for f in self._watcher.files()
                  if f != str(self._path) and f not in self._guest_files]
        if stale:
            self._watcher.removePaths(stale)
        watched = self._watcher.files()
        fresh = [f for f in self._guest_files if f not in watched and Path(f).exists()]
        if fresh:  # a replaced file is a new one: watched again after every change
            self._watcher.addPaths(fresh)
        if folder is not None and folder not in self._watcher.directories():
            self._watcher.addPath(folder)


def _guest_files(event: Event | None) -> set[str]:
    """The guests' PDFs the event shows."""
    if event is None:
        return set()
    return {str(s.guest.path) for s in event.slides if s.guest is not None and s.guest.path is not None}


def _nearest_folder(folder: Path) -> Path:
    """``folder`` or, if it is gone too (a removed drive), its nearest existing ancestor."""
    while not folder.is_dir() and folder.parent != folder:
        folder = folder.parent
    return folder


def _blocking(problems: tuple[Problem, ...]) -> tuple[Problem, ...]:
    return tuple(p for p in problems if p.blocking) or problems
