"""The recent-sessions list (Fil → Nylige økter), kept in QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

KEY = "session/recent"
LIMIT = 8


class RecentSessions:
    """Most recent first, no duplicates, at most ``LIMIT``."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def paths(self) -> list[Path]:
        value = self._settings.value(KEY, [])
        if isinstance(value, str):  # QSettings returns a one-item list as a string
            value = [value]
        if not isinstance(value, list):  # None for an empty list, or a value some other program wrote
            return []
        return [Path(item) for item in value if isinstance(item, str) and item]

    def add(self, path: Path) -> None:
        resolved = path.resolve()
        paths = [resolved] + [p for p in self.paths() if p != resolved]
        self._settings.setValue(KEY, [str(p) for p in paths[:LIMIT]])
        self._settings.sync()
