"""The one QApplication of the benchmark process, for the in-process figures."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def application() -> QApplication:
    """The running QApplication (offscreen, set by ``bench.cli``), created on first use."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(["plenum-bench"])
    assert isinstance(app, QApplication)
    return app
