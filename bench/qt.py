"""The one QApplication of the benchmark process, and the presenting app the in-process figures run."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from app.event.model import Event
    from app.ui.presenter import PresenterApp


def application() -> QApplication:
    """The running QApplication (offscreen, set by ``bench.cli``), created on first use."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(["plenum-bench"])
    assert isinstance(app, QApplication)
    return app


@contextmanager
def presenting(event_path: Path) -> Iterator[PresenterApp]:
    """The real ``PresenterApp`` on ``event_path``, both windows shown; closed and deleted afterwards."""
    from app.render.fonts import load_fonts
    from app.timing.clock import SystemClock
    from app.ui.presenter import PresenterApp

    application()
    load_fonts()
    event = loaded_event(event_path)
    with temporary_settings() as settings:
        presenter = PresenterApp(event, SystemClock(), settings)
        try:
            presenter.show()
            yield presenter
        finally:
            close_presenter(presenter)


def loaded_event(event_path: Path) -> Event:
    """The event in ``event_path``; a deck the benchmark presents must load, so anything else raises."""
    from app.event import load_event

    event = load_event(event_path).event
    if event is None:
        raise RuntimeError(f"{event_path} does not load")
    return event


@contextmanager
def temporary_settings() -> Iterator[QSettings]:
    """The presenter's settings in a throw-away .ini file: a run neither reads nor changes the user's."""
    with tempfile.TemporaryDirectory(prefix="plenum-bench-") as folder:
        yield QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)


def close_presenter(presenter: PresenterApp) -> None:
    """Close both windows and delete them now, so nothing of them is left for what runs next."""
    presenter.close()
    for window in (presenter.console, presenter.audience):
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    application().processEvents()
