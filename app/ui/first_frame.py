"""The start-up benchmark's hook: report when the audience first shows a frame, then quit.

With ``PLENUM_BENCH_FIRST_FRAME`` set, ``plenum`` prints
``first-frame <time.monotonic()>`` once the audience window's first paint has
finished, and exits. With a single screen it presents fullscreen (as F5
would), since the audience window is otherwise hidden.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

from app.ui.presenter import PresenterApp


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # A zero timer runs right after this paint event has been handled.
            QTimer.singleShot(0, _report)
        return False


def _report() -> None:
    print(f"first-frame {time.monotonic()}", flush=True)
    sys.stdout.flush()
    QCoreApplication.quit()


def report_first_frame(presenter: PresenterApp) -> None:
    """Call before ``presenter.show()``."""
    hook = _FirstPaint(presenter.audience)
    presenter.audience.view.installEventFilter(hook)
    QTimer.singleShot(
        0, lambda: presenter.audience.isVisible() or presenter.placement.present_on_single_screen()
    )
