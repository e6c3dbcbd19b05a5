"""``plenum`` run to its first slide on screen, stamped from outside the app.

``python -m bench.first_frame ARGS`` runs ``app.cli.main(ARGS)`` and prints
``first-frame <time.monotonic()>`` once the first slide view (a
``ContentView``: the audience window's, or with one screen the console's
current slide) has been painted and that paint handled, then quits the app,
as ``bench/floor_window.py`` stamps the bare window. The stamp is an event
posted in the paint at high priority, so it comes before what the app queued
for the turn after its first frame (``AfterFirstPaint``: the console, the
session). The app has no benchmark code in it: this
wraps ``ContentView.paintEvent``, the view's Qt paint handler, for this
process. (An event filter on the whole application saw the same paint but
ran Python for each of the thousands of events before it: 45 ms more to the
console's first frame on one screen.)
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence

from app.ui.import_cost import skip_source_scan


def run_to_first_frame(args: Sequence[str], at_first_frame: Callable[[], None] | None = None) -> int:
    """``plenum ARGS`` until its first slide is on screen; ``at_first_frame`` runs just
    before the stamp (tests print what is loaded and shown at that moment)."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt

    skip_source_scan()  # as ``plenum`` does, right after PySide6 is imported
    from PySide6.QtGui import QPaintEvent

    from app.cli import main
    from app.ui.content_view import ContentView

    stamp_type = QEvent.Type(QEvent.registerEventType())

    class Stamp(QObject):
        def event(self, event: QEvent) -> bool:
            if event.type() != stamp_type:
                return super().event(event)
            if at_first_frame is not None:
                at_first_frame()
            print(f"first-frame {time.monotonic()}", flush=True)
            QCoreApplication.quit()
            return True

    stamper = Stamp()
    paint = ContentView.paintEvent

    def first_paint(view: ContentView, event: QPaintEvent) -> None:
        ContentView.paintEvent = paint  # type: ignore[method-assign]
        paint(view, event)
        # Delivered right after this paint has been handled, before normal-priority events.
        QCoreApplication.postEvent(stamper, QEvent(stamp_type), Qt.EventPriority.HighEventPriority.value)

    ContentView.paintEvent = first_paint  # type: ignore[method-assign,assignment]
    return main(list(args))


if __name__ == "__main__":
    sys.exit(run_to_first_frame(sys.argv[1:]))
