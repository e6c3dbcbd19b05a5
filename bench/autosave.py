"""``autosave_ui_p95_ms``: UI-thread time per autosave while a note-taker types 10,000 characters.

A QPlainTextEdit gets the characters one by one; on every change the UI
thread does what autosave asks of it: read the editor's text and hand it to
the session's ``AutosaveWriter.submit``, while the writer thread commits to a
real session file (WAL, ``synchronous=FULL``) and competes for the GIL. Only
that UI-thread work is timed, one sample per change.

Typing at the real 15 characters a second would take 11 minutes, so time is
accelerated by a factor ``k``: k x 15 characters a second, with the writer's
``max_delay`` divided by k, so there are as many commits per keystroke as on
the day. The writer thread then takes k times the share of the process's time
it really would, which makes the GIL contention seen here worse, not better.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench.context import SEED_EVENT, Run
from bench.result import Absent, Figure

FIGURES = {"autosave_ui_p95_ms": "UI-thread time per autosave, typing at 15 chars/s"}
RATE = 15.0  # characters a second, a fast note-taker


def missing(_run: Run) -> str | None:
    return None


def measure(run: Run) -> list[Figure | Absent]:
    from PySide6.QtWidgets import QPlainTextEdit

    from app.event import load_event
    from app.session import AutosaveWriter, SessionStore
    from bench.notes import summary_text
    from bench.qt import application

    application()
    event = load_event(SEED_EVENT).event
    if event is None:
        raise RuntimeError(f"{SEED_EVENT} does not load")
    characters = 1_000 if run.quick else 10_000
    speedup = 50.0 if run.quick else 20.0
    text = summary_text(characters // 5, seed=1)[:characters]
    samples: list[float] = []
    with tempfile.TemporaryDirectory(prefix="plenum-bench-") as folder:
        store = SessionStore.create(Path(folder) / "autosave.plenum", event)
        writer = AutosaveWriter(store, max_delay=0.75 / speedup)
        group = store.groups()[0].id
        task = event.groupwork.tasks[0].id
        editor = QPlainTextEdit()

        def autosave() -> None:
            start = time.perf_counter()
            writer.submit(group, task, editor.toPlainText())
            samples.append((time.perf_counter() - start) * 1000)

        editor.textChanged.connect(autosave)
        try:
            begin = time.perf_counter()
            for index, character in enumerate(text):
                delay = begin + index / (RATE * speedup) - time.perf_counter()
                if delay > 0:
                    time.sleep(delay)
                editor.textCursor().insertText(character)
            writer.flush()
            saved = store.summary(group, task)
            if saved is None or saved.text != text:
                raise RuntimeError("the session does not hold the typed text after the final flush")
        finally:
            writer.close()
            store.close()
            editor.deleteLater()
    if len(samples) != len(text):
        raise RuntimeError(f"{len(samples)} autosaves for {len(text)} characters")
    return [Figure("autosave_ui_p95_ms", FIGURES["autosave_ui_p95_ms"], "ms", tuple(samples),
                   statistic="p95", budget=5.0, budget_text="≤ 5 ms",
                   note=f"{len(text):,} chars, time x{speedup:g}, commits per keystroke as at 15/s")]
