"""Run one in-process measurement in a fresh interpreter and print its samples as JSON.

``python -m bench.child MODULE.FUNCTION [--quick]`` calls ``FUNCTION(run)``
from ``bench.MODULE``, which returns ``{name: [samples]}``. A fresh process
per measurement means no benchmark sees caches (fonts, text layouts, decoded
pictures) that an earlier one in the same process warmed, and a crash in the
app's Qt code cannot take the harness down with it.
"""

from __future__ import annotations

import importlib
import json
import os
import sys

from bench.context import Run, qt_platform, run_child

MARK = "bench-samples "


def samples_from_child(target: str, run: Run, timeout: float = 300) -> dict[str, list[float]]:
    """Run ``target`` (``MODULE.FUNCTION``) in a child; its samples by name."""
    args = ["-m", "bench.child", target, *(["--quick"] if run.quick else [])]
    result = run_child(args, timeout=timeout)
    lines = [line for line in result.stdout.splitlines() if line.startswith(MARK)]
    if not lines:
        raise RuntimeError(f"bench.child {target} printed no samples:\n{result.stdout[-2000:]}")
    samples: dict[str, list[float]] = json.loads(lines[-1].removeprefix(MARK))
    return samples


def main(argv: list[str]) -> int:
    os.environ["QT_QPA_PLATFORM"] = qt_platform()
    importlib.import_module("app")  # its workaround for PySide6 6.12 must come before any Qt call
    module_name, function_name = argv[0].rsplit(".", 1)
    function = getattr(importlib.import_module(f"bench.{module_name}"), function_name)
    samples = function(Run(quick="--quick" in argv[1:]))
    print(MARK + json.dumps(samples), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
