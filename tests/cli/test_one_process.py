"""Verbs run one after another in one process (``app.cli.main``): a windowless verb, then a window.

``check`` leaves a windowless QGuiApplication behind; Qt allows no second
application, and a widget on that one aborts the whole process. The verbs
that open windows say so and exit instead.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from app.paths import DEFAULT_EVENT, PROJECT_ROOT

SCRIPT = f"""
from app.cli import main
main(["check", {str(DEFAULT_EVENT)!r}])
print("timer", main(["timer", "1m", "--window"]))
print("present", main([{str(DEFAULT_EVENT)!r}]))
"""


@pytest.mark.slow  # a fresh interpreter
def test_after_a_windowless_verb_the_window_verbs_refuse_with_a_reason() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                          cwd=PROJECT_ROOT, env=env, timeout=60, check=False)
    assert done.returncode == 0, done.stderr  # not Qt's abort (-6)
    assert done.stdout.splitlines()[-2:] == ["timer 2", "present 1"]
    reason = "already has a QGuiApplication, which cannot open windows"
    assert done.stderr.count(reason) == 2, done.stderr
    assert "plenum timer: this process" in done.stderr and "plenum: this process" in done.stderr
