"""SessionRoom, the one writer for device saves, and the word merge behind it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.event.model import Event
from app.session import AutosaveWriter, SessionStore, SummaryVersion
from app.session.merge import merge_texts, tokens
from app.share.room import NoteRequest, NoteSaved, RoomInputError, SessionRoom


def test_a_batch_saves_every_good_request_in_one_commit_and_refuses_the_bad(
        store: SessionStore, event: Event) -> None:
    room = SessionRoom(store, event)
    first, second = store.groups()
    answers = room.save_notes([NoteRequest(first.id, "funn", "en", None),
                               NoteRequest(first.id, "ukjent", "x", None),
                               NoteRequest(9999, "funn", "x", None),
                               NoteRequest(second.id, "rolle", "to", None)])
    assert isinstance(answers[0], NoteSaved) and answers[0].text == "en"
    assert isinstance(answers[1], RoomInputError) and isinstance(answers[2], RoomInputError)
    assert isinstance(answers[3], NoteSaved)
    assert store.summary(second.id, "rolle").text == "to"  # type: ignore[union-attr]


def test_a_save_from_an_older_version_keeps_both_and_the_devices_own_text(
        store: SessionStore, event: Event) -> None:
    room = SessionRoom(store, event)
    group = store.groups()[0].id
    start = room.save_note(NoteRequest(group, "funn", "Vi mener\n", None))
    room.save_note(NoteRequest(group, "funn", "Vi mener\nA: mer samarbeid\n", start.version))
    answer = room.save_note(NoteRequest(group, "funn", "Vi mener\nB: færre møter\n", start.version))
    assert answer.merged and answer.text == "Vi mener\nA: mer samarbeid\nB: færre møter\n"
    assert store.version(answer.own).text == "Vi mener\nB: færre møter\n"
    assert {v.source for v in store.history(group, "funn")} == {"device"}


def test_too_long_notes_are_refused(store: SessionStore, event: Event) -> None:
    with pytest.raises(RoomInputError, match="longer than"):
        SessionRoom(store, event).save_note(NoteRequest(store.groups()[0].id, "funn", "x" * 100_001, None))


def test_merges_keep_edits_in_different_places() -> None:
    base = "Innsatsområdene treffer godt. Samarbeidet er bra."
    assert merge_texts(base, "Innsatsområdene treffer svært godt. Samarbeidet er bra.",
                       "Innsatsområdene treffer godt. Samarbeidet er bra. Mer kontakt!") == (
        "Innsatsområdene treffer svært godt. Samarbeidet er bra. Mer kontakt!")
    assert merge_texts("", "Alpha", "Beta") == "Alpha\nBeta"


words = st.lists(st.sampled_from(["ja", "nei", "kanskje", " ", "\n", "ø", "🙂"]), max_size=12).map("".join)


@given(words, words, words)
def test_a_merge_never_loses_a_word_either_side_added(base: str, stored: str, typed: str) -> None:
    merged = merge_texts(base, stored, typed)
    assert "".join(tokens(merged)) == merged
    for side in (stored, typed):
        added = [w for w in tokens(side) if not w.isspace() and w not in tokens(base)]
        for word in added:
            assert word in tokens(merged)


def test_the_editors_autosave_after_a_devices_save_keeps_the_devices_words(
        store: SessionStore, event: Event) -> None:
    """The race of issue 13 item 5: the editor typed on from the version a device then
    changed, and its autosave committed after the device's save. The writer merges
    against the version the editor typed from, so both texts are current."""
    saved: list[SummaryVersion] = []
    writer = AutosaveWriter(store, max_delay=60, on_saved=saved.extend)
    room = SessionRoom(store, event)
    group = store.groups()[0].id
    try:
        writer.submit(group, "funn", "Vi mener\n", base=None)
        writer.flush()
        start = saved[-1]
        device = room.save_note(NoteRequest(group, "funn", "Vi mener\nA: mer samarbeid\n", start.id))
        # The «saved» notice for ``start`` is all the editor knows: its next text names it as base.
        writer.submit(group, "funn", "Vi mener\nB: færre møter\n", base=start.id)
        writer.flush()
        writer.submit(group, "funn", "Vi mener\nB: færre møter, kortere\n", base=start.id)
        writer.flush()
    finally:
        writer.close()
    current = store.summary(group, "funn")
    assert current is not None
    assert current.text == "Vi mener\nA: mer samarbeid\nB: færre møter, kortere\n"
    assert saved[-1] == current  # the notice carries the merged version, last
    texts = [v.text for v in store.history(group, "funn")]
    assert device.text in texts and "Vi mener\nB: færre møter\n" in texts  # both kept whole
    assert {v.source for v in store.history(group, "funn")} == {"editor", "device"}
