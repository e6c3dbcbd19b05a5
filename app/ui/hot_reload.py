"""Reload the event file when it is saved, without disturbing the talk.

Editors save by writing a new file and renaming it over the old one, which
makes QFileSystemWatcher drop the path; so after every change the path is
watched again, and while the file is briefly missing its folder is watched
until it reappears. Changes are debounced (an editor may write several
times per save) and the file is loaded on the UI thread: a deck loads in
milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from app.event.model import LoadResult, Problem

DEBOUNCE_MS = 200

Loader = Callable[[Path], LoadResult]


class EventFileWatcher(QObject):
    """``reloaded(event, warnings)`` on a good save, ``failed(problems)`` on a broken one."""

    reloaded = Signal(object, object)
    failed = Signal(object)

    def __init__(self, path: Path, load: Loader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._load = load
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
            return
        result = self._load(self._path)
        if result.event is None:
            self.failed.emit(_blocking(result.problems))
        else:
            self.reloaded.emit(result.event, result.warnings)

    def _schedule(self, _path: str) -> None:
        self._debounce.start()

    def _watch(self) -> None:
        folder = str(self._path.parent)
        if self._path.exists():
            if str(self._path) not in self._watcher.files():
                self._watcher.addPath(str(self._path))
            if folder in self._watcher.directories():
                self._watcher.removePath(folder)
        elif folder not in self._watcher.directories():
            self._watcher.addPath(folder)


def _blocking(problems: tuple[Problem, ...]) -> tuple[Problem, ...]:
    return tuple(p for p in problems if p.blocking) or problems
