"""The chime at zero: a tiny player interface, and an alarm that rings it once.

PySide6-Essentials has no QtMultimedia, and the Addons wheel is far too big
for one short sound, so the shipped WAV is handed to the system's own
command-line player (PulseAudio/PipeWire, ALSA, macOS), or to ``winsound`` on
Windows. A machine with none of them stays silent without complaint: the
flash and the colour still tell the room that time is up.
"""

from __future__ import annotations

import math
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QProcess, Qt, QTimer

from app.paths import RESOURCES
from app.timing.countdown import Countdown

CHIME_WAV = RESOURCES / "sounds" / "chime.wav"
# Per system (sys.platform prefix), first found wins; each takes the file as its
# only argument. Windows needs none: winsound is in its standard library.
PLAYER_COMMANDS: dict[str, tuple[str, ...]] = {
    "linux": ("paplay", "pw-play", "aplay"),
    "darwin": ("afplay",),
    "freebsd": ("paplay", "aplay"),
}
# The alarm looks again at least this often, because Qt's timers (on a
# monotonic clock that may stop during suspend) could otherwise ring minutes
# late after the lid was closed.
_RECHECK_MS = 10_000


class ChimePlayer(Protocol):
    def play(self) -> None: ...


class SystemChime:
    """Plays a WAV file with whatever the system offers, or does nothing."""

    def __init__(self, wav: Path = CHIME_WAV, which: Callable[[str], str | None] = shutil.which) -> None:
        self._wav = wav
        names = next((names for prefix, names in PLAYER_COMMANDS.items()
                      if sys.platform.startswith(prefix)), ())
        self._command = next((path for name in names if (path := which(name))), None)

    @property
    def command(self) -> str | None:
        """The player program found, if any (Windows needs none)."""
        return self._command

    def play(self) -> None:
        if self._command is not None:
            QProcess.startDetached(self._command, [str(self._wav)])
        elif sys.platform == "win32":
            import winsound

            winsound.PlaySound(str(self._wav), winsound.SND_FILENAME | winsound.SND_ASYNC)


class CountdownAlarm(QObject):
    """Rings ``player`` once each time ``countdown`` runs past zero, unless muted.

    One alarm per countdown, apart from any view, so a countdown shown on
    two screens chimes once, and chimes even while no view of it is visible.
    """

    def __init__(self, countdown: Countdown, player: ChimePlayer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._countdown = countdown
        self._player = player
        self.muted = False
        self._armed = countdown.remaining() > 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.check)
        unsubscribe = countdown.changed.subscribe(self.check)
        self.destroyed.connect(lambda: unsubscribe())
        self.check()

    def check(self) -> None:
        """Ring if zero has passed since the last look; schedule the next look."""
        remaining = self._countdown.remaining()
        if remaining > 0:
            self._armed = True
        elif self._armed:
            self._armed = False
            if not self.muted:
                self._player.play()
        if self._countdown.running and remaining > 0:
            self._timer.start(min(_RECHECK_MS, math.ceil(remaining * 1000) + 2))
        else:
            self._timer.stop()

    def next_check_in(self) -> int | None:
        """Milliseconds to the next look at the countdown; None while it cannot reach zero."""
        return self._timer.remainingTime() if self._timer.isActive() else None

    def stop(self) -> None:
        """Stop looking (the window closing); the countdown itself is untouched."""
        self._timer.stop()
