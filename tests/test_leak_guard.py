"""The leaked-timer and leaked-widget guard in ``conftest.py`` fails the test that leaks.

Run on small inner test files with the project's own conftest, in a fresh
process (pytester), so the guard is tested as every test meets it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]
pytestmark = pytest.mark.slow  # a pytest run of its own, with a Qt application

INNER = '''
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

def test_leaves_a_timer_running(qapp):
    timer = QTimer()
    timer.setObjectName("forgotten")
    timer.start(1000)
    test_leaves_a_timer_running.timer = timer  # kept alive past the test

def test_leaves_a_window_open(qapp):
    window = QWidget()
    window.show()
    test_leaves_a_window_open.window = window

def test_cleans_up(qtbot):
    timer = QTimer()
    timer.start(1000)
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    timer.stop()
'''


def test_the_guard_fails_a_leaked_timer_or_window_and_passes_a_clean_test(
        pytester: pytest.Pytester) -> None:
    pytester.makeconftest((Path(__file__).parent / "conftest.py").read_text(encoding="utf-8"))
    pytester.makeini("[pytest]\nqt_api = pyside6\n")
    pytester.makepyfile(test_inner=INNER)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-q")
    result.assert_outcomes(passed=3, errors=2)
    result.stdout.fnmatch_lines(["*timers left running: [[]('forgotten', 1000)[]]*",
                                 "*top-level widgets left open*"])
