"""``nav_p95_ms``: a key press on the console to the repainted audience frame, in-process.

The real ``PresenterApp`` runs on the two virtual screens, the audience
window fullscreen on the 1920x1080 projector. A sample starts just before
``QTest.keyClick`` on the console (where the presenter's focus is) and ends
when the audience window has finished the repaint that drew its content view:
an event filter on the window runs the window's own ``UpdateRequest``
handling (paint of every dirty widget, then the flush to the screen's backing
store) and stamps the end. Everything the app chooses to do before that paint
(console previews, prewarming the next slide) is inside the sample.

Between presses the event loop idles a moment, like a presenter talking, so
the app's background prewarming gets the chance it has on the day. Passes go
forward through the seed deck and back, in a fresh process, so the first pass
meets the caches as cold as they are after start-up.
"""

from __future__ import annotations

from bench.child import samples_from_child
from bench.context import ROOT, SEED_EVENT, Run
from bench.result import NOT_BUILT, Absent, Figure

FIGURES = {"nav_p95_ms": "key press on the console → audience frame repainted"}
TIMEOUT_S = 5.0


def missing(_run: Run) -> str | None:
    return None if (ROOT / "app" / "ui" / "presenter.py").exists() else NOT_BUILT


def measure(run: Run) -> list[Figure | Absent]:
    samples = samples_from_child("nav.walk_the_deck", run)["nav"]
    passes = "forward once" if run.quick else f"{run.reps(1, 3)} x forward and back"
    return [Figure("nav_p95_ms", FIGURES["nav_p95_ms"], "ms", tuple(samples), statistic="p95",
                   budget=16.0, budget_text="≤ 16 ms",
                   note=f"seed deck {passes}, {_idle_ms(run)} ms pauses, fresh process")]


def _idle_ms(run: Run) -> int:
    return run.reps(30, 150)


def walk_the_deck(run: Run) -> dict[str, list[float]]:
    """In a fresh process: the presenting app on the two screens, → and ← timed to the frame."""
    from PySide6.QtCore import Qt

    from bench.frame_probe import FrameProbe
    from bench.qt import presenting

    idle_ms = _idle_ms(run)
    samples: list[float] = []
    with presenting(SEED_EVENT) as presenter:
        last = len(presenter.presentation.event.slides) - 1
        probe = FrameProbe(presenter.audience, presenter.audience.view)
        probe.wait_idle(500)
        moves = [Qt.Key.Key_Right] * last + ([Qt.Key.Key_Left] * last if not run.quick else [])
        for _ in range(run.reps(1, 3)):
            for key in moves:
                expected = presenter.presentation.index + (1 if key == Qt.Key.Key_Right else -1)
                samples.append(probe.press(presenter.console, key, TIMEOUT_S) * 1000)
                if presenter.presentation.index != expected:
                    raise RuntimeError(f"after {key.name} the console is on slide "
                                       f"{presenter.presentation.index + 1}, not {expected + 1}")
                probe.wait_idle(idle_ms)
            if run.quick:
                break
            if presenter.presentation.index != 0:
                presenter.presentation.first()
                probe.wait_idle(idle_ms)
    return {"nav": samples}
