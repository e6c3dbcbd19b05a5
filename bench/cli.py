"""``python -m bench [--quick] [--long] [--json FILE]``: measure, print the table, write JSON.

Each benchmark module offers ``FIGURES`` (key → what it measures),
``missing(run)`` (why it cannot run yet, or None) and ``measure(run)``. A
benchmark that raises is a crash: its traceback is printed, its figures are
marked crashed and the exit code is 1, so CI catches a harness that rots while
never judging the times themselves.
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import importlib
import json
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from bench.context import ROOT, Run, qt_platform
from bench.result import Absent, Figure

# Table order: what the user sees first, then the exports, then the long ones.
BENCHMARKS = ("startup", "render", "nav", "load", "report", "autosave", "timer", "memory", "export_deck",
              "share", "share_console", "scale", "guest")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="few repetitions, seconds not minutes (CI)")
    parser.add_argument("--long", action="store_true", help="also the minute-long figures (timer error)")
    parser.add_argument("--json", metavar="FILE", type=Path, help="also write the figures as JSON")
    parser.add_argument("--only", metavar="NAME", action="append", choices=BENCHMARKS,
                        help="run only this benchmark (repeatable)")
    return parser


def _run_one(module: ModuleType, run: Run) -> tuple[list[Figure | Absent], bool]:
    reason = module.missing(run)
    if reason is not None:
        return [Absent(key, title, reason) for key, title in module.FIGURES.items()], True
    try:
        return list(module.measure(run)), True
    except Exception:
        traceback.print_exc()
        return [Absent(key, title, "CRASHED (see the traceback above)")
                for key, title in module.FIGURES.items()], False


def load_average() -> float | None:
    """The 1-minute load average: a busy machine slows every figure, so each run records it."""
    if sys.platform == "win32":  # no load average there
        return None
    try:
        return round(os.getloadavg()[0], 2)
    except (AttributeError, OSError):
        return None


def compile_bytecode() -> None:
    """Compile ``app`` and ``bench`` to bytecode before any child process is timed.

    An install (or a user's first launch) leaves the bytecode cached; with
    ``PYTHONDONTWRITEBYTECODE`` set, as in some CI and harness environments,
    every timed launch would otherwise compile the app from source (about
    0.1 s), which no user waits for twice.
    """
    for folder in (ROOT / "app", ROOT / "bench"):
        if not compileall.compile_dir(folder, quiet=1):
            raise RuntimeError(f"compileall could not compile {folder}")


def write_json(path: Path, items: Sequence[Figure | Absent], machine: dict[str, object], run: Run,
               load: tuple[float | None, float | None] = (None, None)) -> None:
    document: dict[str, object] = {
        "machine": machine,
        "load_average": {"start": load[0], "end": load[1]},
        "mode": "quick" if run.quick else "full",
        "long": run.long,
        "measured_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "absent": {item.key: item.reason for item in items if isinstance(item, Absent)},
    }
    document.update({item.key: item.as_json() for item in items if isinstance(item, Figure)})
    temporary = path.with_name(f".{path.name}.tmp")
    with temporary.open("w", encoding="utf-8") as handle:
        json.dump(document, handle, indent=2, ensure_ascii=False)
        handle.write("\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    os.environ["QT_QPA_PLATFORM"] = qt_platform()
    importlib.import_module("app")  # its workaround for PySide6 6.12 must come before any Qt call
    from bench.machine import describe, one_line
    from bench.table import render

    compile_bytecode()
    run = Run(quick=args.quick, long=args.long)
    machine = describe()
    mode = "quick (CI smoke: times not judged)" if run.quick else "full"
    print(f"Plenum benchmark, {mode} run{', with --long' if run.long else ''}")
    print(f"Machine: {one_line(machine)}")
    load_at_start = load_average()
    print(f"Load average at start: {load_at_start} ({machine['cores']} cores); "
          "app bytecode compiled first, as installed", flush=True)
    items: list[Figure | Absent] = []
    ok = True
    for name in args.only or BENCHMARKS:
        print(f"… {name}", file=sys.stderr, flush=True)
        figures, fine = _run_one(importlib.import_module(f"bench.{name}"), run)
        items.extend(figures)
        ok = ok and fine
    load_at_end = load_average()
    print(f"Load average at end: {load_at_end}")
    print()
    print(render(items))
    if args.json is not None:
        try:
            write_json(args.json, items, machine, run, (load_at_start, load_at_end))
        except OSError as exc:
            print(f"bench: cannot write {args.json}: {exc.strerror}", file=sys.stderr)
            return 1
    return 0 if ok else 1
