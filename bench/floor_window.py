"""The startup floor: a bare PySide6 window, launched and stamped like the app.

Run as a fresh process; prints ``first-frame <time.monotonic()>`` right after
the first paint of a QWidget fullscreen on the projector screen has been handled (the same event
filter and zero timer as ``app.ui.first_frame``) and quits. The app cannot
appear faster than this on the same machine, so ``startup_s`` is judged
against it.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget


class BareWindow(QWidget):
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        painter.end()


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, report)
        return False


def report() -> None:
    print(f"first-frame {time.monotonic()}", flush=True)
    QCoreApplication.quit()


def main() -> int:
    app = QApplication([sys.argv[0]])
    window = BareWindow()
    hook = FirstPaint(window)
    window.installEventFilter(hook)
    projector = app.screens()[-1]  # the app puts its audience window on the last, non-primary screen
    window.setScreen(projector)
    window.setGeometry(projector.geometry())
    window.showFullScreen()
    code = app.exec()
    from bench.peak import print_peak_rss  # after the stamp: it must not slow the floor down

    print_peak_rss()
    return code


if __name__ == "__main__":
    sys.exit(main())
