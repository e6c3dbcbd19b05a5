"""Plain-callback observers, so the Qt-free model can be watched by any view.

A view subscribes in its constructor and unsubscribes when it closes; the
returned function does that, so a view never needs to keep the callback around.
"""

from __future__ import annotations

from collections.abc import Callable

Callback = Callable[[], None]


class Observers:
    """A list of zero-argument callbacks called in subscription order."""

    def __init__(self) -> None:
        self._callbacks: list[Callback] = []

    def subscribe(self, callback: Callback) -> Callable[[], None]:
        """Call ``callback`` on every notification; returns the unsubscribe function."""
        self._callbacks.append(callback)

        def unsubscribe() -> None:
            if callback in self._callbacks:
                self._callbacks.remove(callback)

        return unsubscribe

    def notify(self) -> None:
        # A copy: a callback may unsubscribe itself while being called.
        for callback in list(self._callbacks):
            callback()
