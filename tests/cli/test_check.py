"""``plenum check`` as a user runs it: one summary line when all is well, exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.paths import DEFAULT_EVENT, PROJECT_ROOT


def plenum(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True,
                          cwd=PROJECT_ROOT, timeout=60)


@pytest.mark.slow  # runs plenum in a fresh interpreter
def test_seed_event_prints_only_a_summary_and_passes() -> None:
    result = plenum("check", str(DEFAULT_EVENT.relative_to(PROJECT_ROOT)))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines() == [
        "slides/faggruppesamling-2021.yaml: 18 slides, 5 tasks, no problems"]
    assert result.stderr == ""


@pytest.mark.slow  # runs plenum in a fresh interpreter
def test_without_an_argument_the_default_event_is_checked(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "app", "check"], capture_output=True, text=True,
                            cwd=tmp_path, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines() == [f"{DEFAULT_EVENT}: 18 slides, 5 tasks, no problems"]


@pytest.mark.slow  # runs plenum in a fresh interpreter
def test_errors_exit_1_warnings_alone_exit_0(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("event: {title: x, date: 2021-01-01}\nslides:\n  - titel: a\n", encoding="utf-8")
    faint = tmp_path / "faint.yaml"
    faint.write_text('event: {title: x, date: 2021-01-01}\ntheme: {text: "#eeeeee"}\n'
                     "slides:\n  - title: a\n", encoding="utf-8")
    result = plenum("check", str(broken))
    assert result.returncode == 1
    assert f"{broken}:3:5: error: unknown key 'titel' in slide 1: did you mean 'title'?" in result.stdout
    result = plenum("check", str(faint))
    assert result.returncode == 0
    assert "warning: slide 1: text on the background has contrast" in result.stdout
    assert plenum("check", str(faint), str(broken)).returncode == 1


def test_version_and_help() -> None:
    assert plenum("--version").stdout.startswith("plenum ")
    help_text = plenum("--help").stdout
    for verb in ("check", "render", "export-deck", "import", "export-notes", "report", "timer"):
        assert verb in help_text
