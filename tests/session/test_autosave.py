"""Autosave: the UI thread only hands text over; the thread commits within the delay."""

from __future__ import annotations

import pytest
from sessionkit import HOSTILE

from app.session import AutosaveWriter, ReadOnlySessionError, SessionStore, SummaryVersion


def test_latest_text_per_cell_is_committed_on_flush(store: SessionStore) -> None:
    saved: list[SummaryVersion] = []
    writer = AutosaveWriter(store, max_delay=60, on_saved=saved.extend)
    try:
        for end in range(1, len(HOSTILE) + 1):
            writer.submit(1, "funn", HOSTILE[:end], base=None)
        writer.submit(2, "rolle", "annen gruppe", base=None)
        assert writer.pending(1, "funn") == HOSTILE
        writer.flush()
    finally:
        writer.close()
    assert writer.pending(1, "funn") is None
    assert store.summary(1, "funn").text == HOSTILE  # type: ignore[union-attr]
    assert store.summary(2, "rolle").text == "annen gruppe"  # type: ignore[union-attr]
    assert len(store.history(1, "funn")) == 1  # one debounced write, not one per keystroke
    assert {(v.group_id, v.task_id) for v in saved} == {(1, "funn"), (2, "rolle")}


def test_a_read_only_store_cannot_autosave(store: SessionStore) -> None:
    with SessionStore.open(store.path) as second, pytest.raises(ReadOnlySessionError):
        AutosaveWriter(second)


def test_a_failed_write_is_reported_and_kept_pending(store: SessionStore) -> None:
    errors: list[Exception] = []
    writer = AutosaveWriter(store, max_delay=60, on_error=errors.append)
    writer.submit(99, "funn", "ingen slik gruppe", base=None)
    with pytest.raises(Exception, match="no group with id 99"):
        writer.flush()
    assert writer.pending(99, "funn") == "ingen slik gruppe" and len(errors) == 1
    with pytest.raises(Exception, match="no group with id 99"):
        writer.close()


def test_10000_keystrokes_while_the_writer_commits_end_in_the_last_text(store: SessionStore) -> None:
    """The writer commits every 10 ms meanwhile; what the UI thread pays per keystroke is
    ``autosave_ui_p95_ms`` in ``python -m bench``, judged there against a baseline."""
    writer = AutosaveWriter(store, max_delay=0.01)
    text = ""
    try:
        for i in range(10_000):
            text += HOSTILE[i % len(HOSTILE)]
            writer.submit(1, "funn", text, base=None)
    finally:
        writer.close()
    assert store.summary(1, "funn").text == text  # type: ignore[union-attr]


class _Monotonic:
    """A clock the test moves (the writer reads it from its thread)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_pause_in_the_typing_commits_at_once_and_steady_typing_within_max_delay(
        store: SessionStore) -> None:
    """Issue 15, finding 10: after a burst of typing the text was committed (and «lagret»
    shown) only ``max_delay`` after its first key. Time is injected: nothing sleeps."""
    import threading

    clock = _Monotonic()
    saved: list[SummaryVersion] = []
    committed = threading.Event()

    def on_saved(versions: list[SummaryVersion]) -> None:
        saved.extend(versions)
        committed.set()

    writer = AutosaveWriter(store, max_delay=1.0, idle_delay=0.25, monotonic=clock, on_saved=on_saved)
    try:
        writer.submit(1, "funn", "Kort", base=None)
        clock.now += 0.2
        writer.submit(1, "funn", "Kort innspill", base=None)
        clock.now += 0.2  # 0.2 s since the last key: typing may go on
        writer.wake()
        assert not committed.wait(0.05) and writer.pending(1, "funn") == "Kort innspill"
        clock.now += 0.05  # a quarter second since the last key
        writer.wake()
        assert committed.wait(5)
        assert [v.text for v in saved] == ["Kort innspill"] and writer.pending(1, "funn") is None
        committed.clear()
        for word in ("a", "ab", "abc", "abcd"):  # a key every 0.2 s: no pause
            writer.submit(1, "funn", word, base=None)
            clock.now += 0.2
            writer.wake()
            assert not committed.wait(0.02)
        writer.submit(1, "funn", "abcde", base=None)
        clock.now += 0.2  # 1.0 s after "a": max_delay, though no pause came
        writer.wake()
        assert committed.wait(5)
        assert saved[-1].text == "abcde"
    finally:
        writer.close()
