"""``export_deck_s``: ``plenum export-deck`` of the seed event, the whole process, to a PDF.

No budget is set for it in the issues; the figure is there to be quoted and to
catch a regression. ``plenum check`` of the same file, also a whole process,
is shown beside it as the floor every verb pays (interpreter, imports, load).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench.context import ROOT, SEED_EVENT, Run, run_child
from bench.result import NOT_BUILT, Absent, Figure

FIGURES = {
    "export_deck_s": "`plenum export-deck` seed event → PDF, whole process",
    "check_s": "`plenum check` seed event, whole process",
}


def missing(_run: Run) -> str | None:
    return None if (ROOT / "app" / "cli" / "export_deck.py").exists() else NOT_BUILT


def _timed(args: list[str]) -> float:
    start = time.perf_counter()
    run_child(args, timeout=120)
    return time.perf_counter() - start


def measure(run: Run) -> list[Figure | Absent]:
    export, check = [], []
    with tempfile.TemporaryDirectory(prefix="plenum-bench-") as folder:
        out = Path(folder) / "deck.pdf"
        for _ in range(run.reps(1, 5)):
            export.append(_timed(["-m", "app", "export-deck", str(SEED_EVENT), "--out", str(out)]))
            check.append(_timed(["-m", "app", "check", str(SEED_EVENT)]))
            with out.open("rb") as handle:
                if handle.read(5) != b"%PDF-":
                    raise RuntimeError(f"{out} is not a PDF")
    return [
        Figure("export_deck_s", FIGURES["export_deck_s"], "s", tuple(export), budget_text="(none set)",
               baseline="check_s"),
        Figure("check_s", FIGURES["check_s"], "s", tuple(check), budget_text="baseline"),
    ]
