"""The machine a table was measured on, printed above it and stored in the JSON."""

from __future__ import annotations

import os
import platform
from pathlib import Path


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def describe() -> dict[str, object]:
    from PySide6 import QtCore
    from PySide6 import __version__ as pyside_version

    return {
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
        "os": platform.platform(),
        "python": platform.python_version(),
        "qt": QtCore.qVersion(),
        "pyside6": pyside_version,
    }


def one_line(machine: dict[str, object]) -> str:
    return (f"{machine['cpu']}, {machine['cores']} cores, {machine['os']}, "
            f"Python {machine['python']}, Qt {machine['qt']} (PySide6 {machine['pyside6']})")
