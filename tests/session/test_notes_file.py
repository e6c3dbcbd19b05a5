"""The notes file: exact round trip, every malformed case as FILE:LINE, conflicts kept."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from sessionkit import HOSTILE, TITLE, make_event

from app.event.model import Event
from app.session import (
    NotesFileError,
    SessionStore,
    export_notes,
    import_notes,
    parse_notes_file,
)
from app.session.notes_export import summary_scalar

TRICKY = [HOSTILE, "no", "16:00", "1.10", "#", " ", "\t", "\n", "\n\n", "a\n", "a\n\n", "  x",
          "\r\n", "trailing   ", "- punkt\n- punkt", "ŋ ŧ đ", "'quoted'", '"dq"', "|", "> x",
          "x\u2028y", "\ufeffbom", "a\x85b", "\x1b[31m", "...\n---\n", "& *a !tag"]


def _loaders() -> list[type]:
    return [yaml.SafeLoader] + ([yaml.CSafeLoader] if yaml.__with_libyaml__ else [])


def _read_back(text: str, loader: type) -> str:
    node = yaml.compose(f"summaries:\n  funn: {summary_scalar(text, indent=4)}\n", Loader=loader)
    return str(node.value[0][1].value[0][1].value)


@pytest.mark.parametrize("loader", _loaders())
@pytest.mark.parametrize("text", TRICKY)
def test_summary_scalar_round_trips_byte_for_byte(text: str, loader: type) -> None:
    assert _read_back(text, loader).encode() == text.encode()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(" \t\r\n#:-|>'\"&<b>aŋ🙂\u2028\x85\x00")), min_size=1))
def test_any_text_round_trips(text: str) -> None:
    for loader in _loaders():
        assert _read_back(text, loader) == text


def _filled(store: SessionStore) -> int:
    group = store.add_group("no", chair="16:00", note_taker="Kari <b>Nordmann</b>",
                            members=["1.10", "Åse Berg", " Per "])
    for task_id, text in zip(("funn", "rolle", "kommunene"), TRICKY, strict=False):
        store.save_summary(group.id, task_id, text)
    store.add_follow_up(group.id, "Kartlegge: kompetansehull #1")
    return group.id


def test_export_then_import_into_a_new_session_is_exact(
    store: SessionStore, event: Event, tmp_path: Path
) -> None:
    group_id = _filled(store)
    notes = tmp_path / "gruppe.yaml"
    notes.write_text(export_notes(store, group_id), encoding="utf-8")
    with SessionStore.create(tmp_path / "other.plenum", event) as other:
        result = import_notes(other, notes, event)
        copy = other.group_by_name("no")
        assert copy is not None and result.added_groups == ("no",)
        assert (copy.chair, copy.note_taker, copy.members) == (
            "16:00", "Kari <b>Nordmann</b>", ("1.10", "Åse Berg", " Per "))
        assert {t: v.text for t, v in other.summaries(copy.id).items()} == {
            t: v.text for t, v in store.summaries(group_id).items()}
        assert [f.text for f in other.follow_ups(copy.id)] == ["Kartlegge: kompetansehull #1"]


def test_exported_file_reads_well(store: SessionStore) -> None:
    store.save_summary(1, "rolle", "- Møteplass\n- Felles stemme\n")
    store.save_summary(1, "funn", "Treffer godt")
    text = export_notes(store, 1, task_order=("rolle", "funn"))
    assert text == (f"event: {TITLE}\ngroup:\n  name: Gruppe 1\n  room: Sal A\nsummaries:\n"
                    "  rolle: |\n    - Møteplass\n    - Felles stemme\n"
                    "  funn: |-\n    Treffer godt\n")


def test_conflicting_text_is_kept_both_ways_and_listed(
    store: SessionStore, event: Event, tmp_path: Path
) -> None:
    old = store.save_summary(1, "funn", "Vår versjon")
    store.save_summary(1, "rolle", "Lik tekst")
    notes = tmp_path / "g1.yaml"
    notes.write_text(f"event: {TITLE}\ngroup: {{name: gruppe 1, chair: Kari}}\nsummaries:\n"
                     "  funn: Deres versjon\n  rolle: Lik tekst\n", encoding="utf-8")
    result = import_notes(store, notes, event)
    assert [(c.group, c.task_id, c.previous, c.imported.text) for c in result.conflicts] == [
        ("Gruppe 1", "funn", old, "Deres versjon")]
    assert result.unchanged == 1 and "both are kept" in str(result.conflicts[0])
    assert [v.text for v in store.history(1, "funn")] == ["Vår versjon", "Deres versjon"]
    assert store.group(1).chair == "Kari"


HEAD = f"event: {TITLE}\ngroup:\n  name: Gruppe 5\n"

MALFORMED = [
    ("not-yaml.yaml", b"event: [unclosed\ngroup: x\n", 2, "not valid YAML"),
    ("list.yaml", b"- event: x\n- group: y\n", 1, "a notes file must be a mapping"),
    ("no-group.yaml", f"event: {TITLE}\nsummaries: {{}}\n".encode(), 1, "missing 'group'"),
    ("no-name.yaml", f"event: {TITLE}\ngroup:\n  chair: Kari\n".encode(), 3, "needs a name"),
    ("task.yaml", (HEAD + "summaries:\n  funn: ok\n  rolel: x\n").encode(), 6,
     "unknown task id 'rolel' (did you mean 'rolle'?)"),
    ("event.yaml", b"event: Et annet arrangement\ngroup: {name: G}\n", 1,
     "for the event 'Et annet arrangement', not for 'Faggruppesamling september 2021'"),
    ("latin1.yaml", (HEAD + "summaries:\n  funn: ").encode() + "Åse\n".encode("latin-1"), 5,
     "not UTF-8"),
    ("dup.yaml", (HEAD + "summaries:\n  funn: a\n  funn: b\n").encode(), 6,
     "duplicate key 'funn' in summaries (first at line 5)"),
    ("dup-top.yaml", (HEAD + f"event: {TITLE}\n").encode(), 4, "duplicate key 'event'"),
    ("key.yaml", (HEAD + "sumaries: {}\n").encode(), 4, "unknown key 'sumaries' in a notes file "
     "(did you mean 'summaries'?)"),
    ("mapping.yaml", (HEAD + "summaries:\n  funn: {a: b}\n").encode(), 5, "must be text"),
    ("members.yaml", (HEAD + "  members: Per\n").encode(), 4, "members must be a list"),
    ("empty.yaml", b"", 1, "the file is empty"),
    ("two-docs.yaml", (HEAD + "---\n" + HEAD).encode(), 4, "not valid YAML"),
]


@pytest.mark.parametrize(("name", "content", "line", "message"), MALFORMED,
                         ids=[case[0] for case in MALFORMED])
def test_malformed_files_say_where_and_change_nothing(
    store: SessionStore, event: Event, tmp_path: Path,
    name: str, content: bytes, line: int, message: str,
) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(HEAD + "summaries:\n  funn: ny tekst\n", encoding="utf-8")
    bad = tmp_path / name
    bad.write_bytes(content)
    before = (store.groups(), store.summaries(1))
    with pytest.raises(NotesFileError) as caught:
        import_notes(store, [good, bad], event)
    assert any(str(p).startswith(f"{bad}:{line}: ") and message in str(p)
               for p in caught.value.problems), caught.value.problems
    assert (store.groups(), store.summaries(1)) == before


def test_all_problems_of_a_file_are_reported_in_line_order(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("event: Annet\ngroup: {name: G}\nsummaries:\n  x: a\n  y: b\n",
                   encoding="utf-8")
    with pytest.raises(NotesFileError) as caught:
        parse_notes_file(bad, make_event(tmp_path / "e.yaml"))
    assert [p.line for p in caught.value.problems] == [1, 4, 5]
