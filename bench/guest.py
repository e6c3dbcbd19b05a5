"""Guests' own slides (``pdf:`` in the event file): the figures issue 17 asks for.

* ``nav_guest_p95_ms``: a key press on the console to the repainted audience
  frame, as ``nav_p95_ms`` measures it, over a deck with 30 guest pages.
* ``guest_first_page_s``: from the slide before a 100-page guest PDF, the key
  press that reaches its first page, to that page on the projector, in a fresh
  process (the page was prefetched while the slide before was shown, as it is
  on the day when the presenter talks for a moment first).
* ``peak_rss_guest_mib``: peak memory presenting a 100-page guest deck to its
  end, against ``peak_rss_guest_seed_mib``, the seed deck in the same run.

The guest decks are made by ``tools/make_guest_pdf.py`` (text and shapes on
every page, as an exported PowerPoint deck has).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench.child import samples_from_child
from bench.context import ROOT, SEED_EVENT, Run
from bench.memory import peak_rss_mib
from bench.peak import PEAK_ENV
from bench.result import NOT_BUILT, Absent, Figure

FIGURES = {
    "nav_guest_p95_ms": "key press on the console → audience frame, deck with 30 guest pages",
    "guest_first_page_s": "key press → first page of a 100-page guest PDF on the projector",
    "peak_rss_guest_mib": "peak memory, plenum presenting a 100-page guest deck to the end",
    "peak_rss_guest_seed_mib": "peak memory, plenum presenting the seed deck (same run)",
}
TIMEOUT_S = 5.0
# A guest shows each page for at least half a second (the seed walk pauses 150 ms):
# time for the background thread to rasterise the next page at the projector's size.
GUEST_PAGE_IDLE_MS = 500
MEMORY_MARGIN_MIB = 40.0


def missing(_run: Run) -> str | None:
    return None if (ROOT / "app" / "render" / "guest_pages.py").exists() else NOT_BUILT


def guest_deck(folder: Path, pages: int) -> Path:
    """An event in ``folder``: a section slide, ``pages`` guest pages (16:9), a closing slide."""
    from tools.make_guest_pdf import write_guest_pdf  # reportlab, only where a deck is made

    content = [(f"Funn {number}: regional utvikling", [f"Punkt {number}.{row}: kommunene og staten"
                                                         for row in range(1, 5)])
               for number in range(1, pages + 1)]
    write_guest_pdf(folder / "gjest.pdf", content, (960.0, 540.0))
    event = folder / f"gjest-{pages}.yaml"
    event.write_text("event: {title: Med gjest, organiser: Bench, date: 2021-09-01}\nslides:\n"
                     "  - title: Før gjesten\n  - pdf: gjest.pdf\n  - title: Etter gjesten\n",
                     encoding="utf-8")
    return event


def measure(run: Run) -> list[Figure | Absent]:
    nav = samples_from_child("guest.walk_the_guest_pages", run)["nav"]
    first = [samples_from_child("guest.first_guest_page", run)["first"][0]
             for _ in range(run.reps(1, 5))]
    guest_peaks, seed_peaks = [], []
    with tempfile.TemporaryDirectory(prefix="plenum-bench-") as name:
        folder = Path(name)
        deck = guest_deck(folder, 100)
        env = {"XDG_CONFIG_HOME": name, PEAK_ENV: "1"}
        present = str(ROOT / "bench" / "present_all.py")
        for _ in range(run.reps(1, 3)):
            guest_peaks.append(peak_rss_mib([present, str(deck), "--session", str(folder / "g.plenum")], env))
            seed_peaks.append(peak_rss_mib([present, str(SEED_EVENT), "--session", str(folder / "s.plenum")],
                                           env))
    seed = Figure("peak_rss_guest_seed_mib", FIGURES["peak_rss_guest_seed_mib"], "MiB",
                  tuple(seed_peaks), budget_text="baseline")
    limit = seed.value + MEMORY_MARGIN_MIB
    return [
        Figure("nav_guest_p95_ms", FIGURES["nav_guest_p95_ms"], "ms", tuple(nav), statistic="p95",
               budget=16.0, budget_text="≤ 16 ms"),
        Figure("guest_first_page_s", FIGURES["guest_first_page_s"], "s", tuple(first),
               statistic="max", budget=0.3, budget_text="≤ 0.3 s", note="fresh process per sample"),
        Figure("peak_rss_guest_mib", FIGURES["peak_rss_guest_mib"], "MiB", tuple(guest_peaks),
               budget=limit, budget_text=f"≤ seed + {MEMORY_MARGIN_MIB:g} MiB = {limit:.1f} MiB",
               baseline="peak_rss_guest_seed_mib"),
        seed,
    ]


def walk_the_guest_pages(run: Run) -> dict[str, list[float]]:
    """In a fresh process: → through a deck with 30 guest pages (and back), timed to the frame."""
    from PySide6.QtCore import Qt

    from bench.frame_probe import FrameProbe
    from bench.qt import presenting

    samples: list[float] = []
    with (tempfile.TemporaryDirectory(prefix="plenum-bench-") as name,
          presenting(guest_deck(Path(name), 30)) as presenter):
        probe = FrameProbe(presenter.audience, presenter.audience.view)
        probe.wait_idle(500)
        last = len(presenter.presentation.event.slides) - 1
        moves = [Qt.Key.Key_Right] * last + ([] if run.quick else [Qt.Key.Key_Left] * last)
        for key in moves:
            samples.append(probe.press(presenter.console, key, TIMEOUT_S) * 1000)
            probe.wait_idle(run.reps(30, GUEST_PAGE_IDLE_MS))
    return {"nav": samples}


def first_guest_page(_run: Run) -> dict[str, list[float]]:
    """In a fresh process: on the slide before a 100-page PDF, → to its first page."""
    from PySide6.QtCore import Qt

    from bench.frame_probe import FrameProbe
    from bench.qt import presenting

    with (tempfile.TemporaryDirectory(prefix="plenum-bench-") as name,
          presenting(guest_deck(Path(name), 100)) as presenter):
        probe = FrameProbe(presenter.audience, presenter.audience.view)
        probe.wait_idle(500)
        seconds = probe.press(presenter.console, Qt.Key.Key_Right, TIMEOUT_S)
        if presenter.presentation.event.slides[presenter.presentation.index].guest is None:
            raise RuntimeError("→ did not reach the guest's first page")
    return {"first": [seconds]}
