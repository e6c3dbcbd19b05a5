"""The session store: groups, summaries with history, logs, resume state, event hash."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sessionkit import HOSTILE, make_event, write_event

from app.event.model import Event
from app.session import ReadOnlySessionError, SessionStore, default_session_path


class FakeClock:
    def __init__(self) -> None:
        self.now = dt.datetime(2021, 9, 1, 12, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


def test_new_session_is_seeded_with_the_events_groups(store: SessionStore) -> None:
    assert [(g.name, g.room, g.position) for g in store.groups()] == [
        ("Gruppe 1", "Sal A", 0), ("Gruppe 2", None, 1)]
    assert store.event_title == "Faggruppesamling september 2021"
    assert not store.read_only and not store.event_changed


def test_default_session_path_is_beside_the_event(event: Event) -> None:
    assert default_session_path(event.path) == event.path.with_name("faggruppesamling-2021.plenum")


def test_groups_add_rename_reorder_remove_restore(store: SessionStore) -> None:
    third = store.add_group("Gruppe 3", chair="Kari", note_taker="Ola", members=["Per", "Åse"])
    assert (third.position, third.members) == (2, ("Per", "Åse"))
    store.update_group(third.id, name="Gruppe C", room="Rom 101", chair=None)
    store.move_group(third.id, 0)
    assert [g.name for g in store.groups()] == ["Gruppe C", "Gruppe 1", "Gruppe 2"]
    changed = store.group(third.id)
    assert (changed.room, changed.chair, changed.note_taker) == ("Rom 101", None, "Ola")
    first = store.groups()[1]
    store.save_summary(first.id, "funn", "beholdes")
    store.remove_group(first.id)
    assert [g.name for g in store.groups()] == ["Gruppe C", "Gruppe 2"]
    assert [g.position for g in store.groups()] == [0, 1]
    store.restore_group(first.id)
    assert store.groups()[-1].name == "Gruppe 1"
    assert store.summary(first.id, "funn").text == "beholdes"  # type: ignore[union-attr]


def test_group_names_are_unique_ignoring_case(store: SessionStore) -> None:
    with pytest.raises(ValueError, match="already a group"):
        store.add_group("gruppe  1")
    assert store.group_by_name(" GRUPPE 2 ") == store.groups()[1]


def test_every_saved_version_is_kept_and_restore_adds_one(tmp_path: Path, event: Event) -> None:
    clock = FakeClock()
    with SessionStore.create(tmp_path / "s.plenum", event, clock=clock) as store:
        group = store.groups()[0].id
        first = store.save_summary(group, "funn", "Første utkast")
        clock.advance(5)
        assert store.save_summary(group, "funn", "Første utkast") == first  # unchanged: no version
        store.save_summary(group, "funn", "Andre utkast")
        clock.advance(5)
        restored = store.restore_version(first.id)
        history = store.history(group, "funn")
    assert [v.text for v in history] == ["Første utkast", "Andre utkast", "Første utkast"]
    assert [v.saved_at.second for v in history] == [0, 5, 10]
    assert restored.source == f"restore:{first.id}" and history[-1] == restored


def test_hostile_text_round_trips_through_the_file(tmp_path: Path, event: Event) -> None:
    text = HOSTILE + "\x00nul and \u2028 separator"
    with SessionStore.create(tmp_path / "s.plenum", event) as store:
        store.save_summary(1, "rolle", text)
    with SessionStore.open(tmp_path / "s.plenum") as reopened:
        assert reopened.summaries(1)["rolle"].text.encode() == text.encode()


def test_follow_ups_agenda_and_timer_log(store: SessionStore) -> None:
    store.add_follow_up(1, "Kartlegge kompetansehull")
    second = store.add_follow_up(1, "Felles stemme")
    store.update_follow_up(second.id, "Felles stemme overfor staten")
    assert [f.text for f in store.follow_ups(1)] == [
        "Kartlegge kompetansehull", "Felles stemme overfor staten"]
    store.remove_follow_up(second.id)
    assert len(store.follow_ups(1)) == 1
    start = dt.datetime(2021, 9, 1, 12, 3, tzinfo=dt.UTC)
    store.log_agenda_start(2, "Gruppearbeid", dt.time(14, 0), dt.time(15, 45), at=start)
    store.log_agenda_end(2, at=start + dt.timedelta(minutes=110))
    entry = store.agenda_log()[0]
    assert (entry.planned_start, entry.planned_end) == (dt.time(14, 0), dt.time(15, 45))
    assert entry.actual_end - entry.actual_start == dt.timedelta(minutes=110)  # type: ignore[operator]
    store.log_timer_event("extend", "Gruppe 1", {"seconds": 300}, at=start)
    assert [(e.kind, e.detail) for e in store.timer_events()] == [("extend", {"seconds": 300})]


def test_state_resumes_after_reopening(tmp_path: Path, event: Event) -> None:
    countdown = {"label": "Gruppearbeid", "ends_at": "2021-09-01T15:45:00", "paused": None}
    with SessionStore.create(tmp_path / "s.plenum", event) as store:
        store.set_state("presenter.slide", 12)
        store.set_state("countdown", countdown)
    with SessionStore.open(tmp_path / "s.plenum") as store:
        assert store.get_state("presenter.slide") == 12
        assert store.get_state("countdown") == countdown
        assert store.get_state("audience.mode", "slide") == "slide"


def test_a_changed_event_file_is_noticed_and_can_be_accepted(tmp_path: Path, event: Event) -> None:
    SessionStore.create(tmp_path / "s.plenum", event).close()
    event.path.write_text("event: {title: endret}\n", encoding="utf-8")
    with SessionStore.open(tmp_path / "s.plenum") as store:
        assert store.event_changed and store.event_path == event.path.resolve()
        store.record_event(event)
        assert not store.event_changed


def test_the_event_is_found_beside_a_moved_session(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    SessionStore.create(old / "s.plenum", write_event(old)).close()
    old.rename(new)
    with SessionStore.open(new / "s.plenum") as store:
        assert store.event_path == (new / "faggruppesamling-2021.yaml").resolve()
        assert not store.event_changed


def test_a_second_store_is_read_only_and_refuses_writes(store: SessionStore) -> None:
    store.save_summary(1, "funn", "fra skriveren")
    with SessionStore.open(store.path) as second:
        assert second.read_only and "another Plenum" in (second.read_only_reason or "")
        assert second.summary(1, "funn").text == "fra skriveren"  # type: ignore[union-attr]
        with pytest.raises(ReadOnlySessionError, match="read-only"):
            second.save_summary(1, "funn", "fra nummer to")
        store.save_summary(1, "funn", "ny tekst")
        assert second.summary(1, "funn").text == "ny tekst"  # type: ignore[union-attr]


def test_closing_the_writer_lets_the_next_one_write(store: SessionStore) -> None:
    store.close()
    with SessionStore.open(store.path) as next_one:
        assert not next_one.read_only


def test_create_refuses_to_overwrite_a_session(store: SessionStore, tmp_path: Path) -> None:
    other = tmp_path / "other.plenum"
    SessionStore.create(other, make_event(tmp_path / "x.yaml")).close()
    with pytest.raises(FileExistsError):
        SessionStore.create(other, make_event(tmp_path / "x.yaml"))


def test_a_failed_transaction_writes_nothing(store: SessionStore) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        store.save_summary(1, "funn", "halvveis")
        store.add_group("Gruppe 9")
        raise RuntimeError("midt i")
    assert store.summary(1, "funn") is None and store.group_by_name("Gruppe 9") is None


def test_follow_ups_added_in_a_batch_come_after_the_others_in_order(store: SessionStore) -> None:
    first = store.add_follow_up(1, "Først")
    store.add_follow_up(2, "Annen gruppe")
    new_id = store.add_follow_ups(1, [f"Punkt {i}" for i in range(3)])
    last = store.add_follow_up(1, "Sist")
    points = store.follow_ups(1)
    assert [f.text for f in points] == ["Først", "Punkt 0", "Punkt 1", "Punkt 2", "Sist"]
    assert [f.id for f in points][1] == new_id and len({f.id for f in points}) == 5
    assert first.text == "Først" and last.id == points[-1].id and last.group_id == 1
    assert [f.text for f in store.follow_ups(2)] == ["Annen gruppe"]
