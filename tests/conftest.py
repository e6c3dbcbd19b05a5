"""Shared test set-up: headless Qt on two virtual screens, for every test folder.

Screens sort by name, so ``s0-laptop`` is the primary and ``s1-projector`` the
second screen. The set-up lives here, not in tests/ui, so whichever test
creates the QApplication first, every test sees the same two screens.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.timing.clock import FakeClock

# Before any Qt import: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SCREENS = {
    "screens": [
        {"name": "s0-laptop", "x": 0, "y": 0, "width": 1366, "height": 768},
        {"name": "s1-projector", "x": 1366, "y": 0, "width": 1920, "height": 1080},
    ]
}


@pytest.fixture(scope="session")
def qapp_args(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    config = tmp_path_factory.mktemp("screens") / "screens.json"
    assert ":" not in str(config), "the offscreen plugin splits its options on ':'"
    config.write_text(json.dumps(SCREENS), encoding="utf-8")
    return ["plenum-tests", "-platform", f"offscreen:configfile={config}"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen plugin warns that it cannot propagate size hints whenever a layout's
    minimum changes (a notice appearing does that); the warning says nothing about our
    code and is ignored only in the folders that show whole windows."""
    for item in items:
        path = str(item.path).replace("\\", "/")
        if "/tests/ui/" in path or "/tests/faults/" in path:
            item.add_marker(pytest.mark.qt_log_ignore("does not support propagateSizeHints"))


@pytest.fixture
def screens(qapp: object) -> Iterator[tuple[object, object]]:
    """(laptop, projector); fails clearly if another test made a one-screen app first."""
    from PySide6.QtGui import QGuiApplication  # here, so core-only test runs load no Qt

    found = {screen.name(): screen for screen in QGuiApplication.screens()}
    assert set(found) == {"s0-laptop", "s1-projector"}, (
        f"expected the two-screen offscreen setup, got {sorted(found)}: "
        "tests/conftest.py's qapp_args was not used"
    )
    yield found["s0-laptop"], found["s1-projector"]


@pytest.fixture
def render(qapp: object) -> Iterator[object]:
    """A render context of the test's own: no picture, plan or page from another test."""
    from app.render.context import RenderContext

    context = RenderContext()
    yield context
    context.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(autouse=True)
def _no_dangling_qt(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail a test that leaves a QTimer running or a top-level widget open (STYLE.md).

    Such leftovers fire or repaint during later tests, where they fail far from
    their cause. Runs only for tests that use Qt; its teardown comes after
    pytest-qt has closed the widgets the test registered. Timers are known by
    their ``start`` (a class-level wrapper, so timers made anywhere count).
    """
    if not {"qapp", "qtbot"} & set(request.fixturenames):
        yield
        return
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent, QTimer
    from PySide6.QtWidgets import QApplication

    started: list[QTimer] = []
    start = QTimer.start

    def recording_start(timer: QTimer, *args: object) -> None:
        started.append(timer)
        start(timer, *args)

    monkeypatch.setattr(QTimer, "start", recording_start)
    before = {id(w) for w in QApplication.topLevelWidgets()}
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    widgets = [w for w in QApplication.topLevelWidgets() if id(w) not in before and w.isVisible()]
    running = [t for t in started if shiboken6.isValid(t) and t.isActive()]
    for timer in running:
        timer.stop()  # so it cannot fire into the tests after this one
    for widget in widgets:
        widget.close()
    assert not widgets, f"top-level widgets left open: {widgets}"
    assert not running, f"timers left running: {[(t.objectName(), t.interval()) for t in running]}"


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Callable[..., Path]]:
    """``small_disk(kb, read_only=False)``: a real tmpfs of that size; skipped where mounting
    is not permitted (it needs root, as in the dev container)."""
    mounted: list[Path] = []

    def mount(kb: int, read_only: bool = False) -> Path:
        if shutil.which("mount") is None:
            pytest.skip("no mount command (not Linux)")
        point = tmp_path / f"disk{len(mounted)}"
        point.mkdir()
        options = f"size={kb}k" + (",ro" if read_only else "")
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(point)],
                              capture_output=True, text=True, check=False)
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
        mounted.append(point)
        return point

    yield mount
    for point in mounted:
        subprocess.run(["umount", str(point)], check=True)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Let work still running on Qt's thread pool finish before the interpreter shuts down.

    A job (a picture check, an export) still running Python while the
    interpreter finalises ends the test process in a segmentation fault, as it
    ended the app before ``plenum`` waited for it (tests/ui/test_quit_while_working.py).
    """
    import sys

    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(30_000)
