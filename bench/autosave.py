"""``autosave_ui_p95_ms``: UI-thread time per autosave while a note-taker types 10,000 characters.

The app's notes editor (``SummaryEditor``) gets the characters one by one,
the event loop running between them; on every change the UI thread does what
autosave asks of it: read the editor's text and hand it to the open session
(``CurrentSession.submit``, which also tells the status line), while the
writer thread commits to a real session file (WAL, ``synchronous=FULL``) and
competes for the GIL. Only that UI-thread work is timed, one sample per
change.

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
from typing import TYPE_CHECKING

from bench.context import SEED_EVENT, Run
from bench.result import Absent, Figure

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPlainTextEdit

    from app.event.model import Event
    from app.session import SummaryVersion

FIGURES = {"autosave_ui_p95_ms": "UI-thread time per autosave, typing at 15 chars/s"}
RATE = 15.0  # characters a second, a fast note-taker


def missing(_run: Run) -> str | None:
    return None


def measure(run: Run) -> list[Figure | Absent]:
    from app.event import load_event
    from bench.notes import summary_text
    from bench.qt import application

    application()
    event = load_event(SEED_EVENT).event
    if event is None:
        raise RuntimeError(f"{SEED_EVENT} does not load")
    characters = 1_000 if run.quick else 10_000
    speedup = 50.0 if run.quick else 20.0
    text = summary_text(characters // 5, seed=1)[:characters]
    with tempfile.TemporaryDirectory(prefix="plenum-bench-") as folder:
        path = Path(folder) / "autosave.plenum"
        samples, commits, typed_into = _type_into_app(event, path, text, speedup)
    if len(samples) != len(text):
        raise RuntimeError(f"{len(samples)} autosaves for {len(text)} characters")
    note = f"{typed_into}; {len(text):,} chars, {commits} commits, time x{speedup:g}"
    return [Figure("autosave_ui_p95_ms", FIGURES["autosave_ui_p95_ms"], "ms", tuple(samples),
                   statistic="p95", budget=5.0, budget_text="≤ 5 ms", note=note)]


def _type(editor: QPlainTextEdit, text: str, speedup: float) -> None:
    """Type ``text`` at ``RATE x speedup`` characters a second, the event loop running in between."""
    from PySide6.QtTest import QTest

    begin = time.perf_counter()
    for index, character in enumerate(text):
        wait_ms = int((begin + index / (RATE * speedup) - time.perf_counter()) * 1000)
        if wait_ms > 0:
            QTest.qWait(wait_ms)
        editor.textCursor().insertText(character)


def _type_into_app(event: Event, path: Path, text: str, speedup: float) -> tuple[list[float], int, str]:
    """The app's own pieces: ``SummaryEditor`` and ``CurrentSession`` (its signals on the UI thread)."""
    from app.ui.notes.editor import SummaryEditor
    from app.ui.session.current import CurrentSession

    holder = CurrentSession(max_delay=0.75 / speedup)
    store = holder.open(path, event)
    group, task = store.groups()[0].id, event.groupwork.tasks[0].id
    editor = SummaryEditor()
    samples: list[float] = []
    commits: list[object] = []
    holder.saved.connect(commits.append)

    def autosave() -> None:
        start = time.perf_counter()
        holder.submit(group, task, editor.toPlainText(), base=None)
        samples.append((time.perf_counter() - start) * 1000)

    editor.textChanged.connect(autosave)
    try:
        _type(editor, text, speedup)
        holder.flush()
        _check_saved(store.summary(group, task), text)
    finally:
        holder.close()
        editor.deleteLater()
    return samples, len(commits), "SummaryEditor -> CurrentSession.submit"


def _check_saved(saved: SummaryVersion | None, text: str) -> None:
    if saved is None or saved.text != text:
        raise RuntimeError("the session does not hold the typed text after the final flush")
