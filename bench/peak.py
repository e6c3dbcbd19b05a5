"""A child process's own peak memory, printed as it ends (Linux: ``VmHWM``)."""

from __future__ import annotations

import os
from pathlib import Path

PEAK_ENV = "PLENUM_BENCH_PEAK_RSS"
PREFIX = "peak-rss-kib "


def print_peak_rss() -> None:
    """With ``PLENUM_BENCH_PEAK_RSS`` set, print ``peak-rss-kib N`` from /proc/self/status."""
    if not os.environ.get(PEAK_ENV):
        return
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmHWM:"):
            print(PREFIX + line.split()[1], flush=True)
            return
    raise RuntimeError("/proc/self/status has no VmHWM line")
