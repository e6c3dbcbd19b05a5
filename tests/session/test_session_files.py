"""Files that are not usable sessions, and a second Plenum process on the same file."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.event.model import Event
from app.session import (
    NotASessionError,
    SessionCorruptError,
    SessionStore,
    UnsupportedSchemaError,
)


def _session_with_text(path: Path, event: Event) -> Path:
    with SessionStore.create(path, event) as store, store.transaction():
        for i in range(300):
            store.save_summary(1, "funn", f"versjon {i} " + "tekst " * 200)
    return path


def test_a_text_file_is_not_a_session(tmp_path: Path) -> None:
    path = tmp_path / "notes.plenum"
    path.write_text("event: Faggruppesamling\n", encoding="utf-8")
    with pytest.raises(NotASessionError, match=r"notes\.plenum: not a Plenum session file"):
        SessionStore.open(path)


def test_an_empty_file_is_not_a_session(tmp_path: Path) -> None:
    (tmp_path / "empty.plenum").write_bytes(b"")
    with pytest.raises(NotASessionError, match="empty"):
        SessionStore.open(tmp_path / "empty.plenum")


def test_another_programs_sqlite_file_is_not_a_session(tmp_path: Path) -> None:
    path = tmp_path / "other.plenum"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(NotASessionError, match="SQLite database, but not a Plenum session"):
        SessionStore.open(path)


def test_a_truncated_session_is_corrupt(tmp_path: Path, event: Event) -> None:
    path = _session_with_text(tmp_path / "s.plenum", event)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(SessionCorruptError, match=r"damaged.*open a copy read-only or start"):
        SessionStore.open(path)


def test_a_short_header_is_corrupt(tmp_path: Path, event: Event) -> None:
    path = _session_with_text(tmp_path / "s.plenum", event)
    path.write_bytes(path.read_bytes()[:60])
    with pytest.raises(SessionCorruptError, match="truncated"):
        SessionStore.open(path)


def test_damaged_pages_are_corrupt(tmp_path: Path, event: Event) -> None:
    path = _session_with_text(tmp_path / "s.plenum", event)
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 6] = b"\xff" * (4096 * 4)
    path.write_bytes(bytes(data))
    with pytest.raises(SessionCorruptError, match="damaged"):
        SessionStore.open(path)


@pytest.mark.parametrize(("version", "message"), [
    (7, r"newer Plenum \(session format 7; this Plenum reads format 2\)"),
    (0, "unknown session format version 0"),
])
def test_an_unknown_schema_version_is_refused(
    tmp_path: Path, event: Event, version: int, message: str
) -> None:
    path = tmp_path / "s.plenum"
    SessionStore.create(path, event).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.close()
    with pytest.raises(UnsupportedSchemaError, match=message) as caught:
        SessionStore.open(path)
    assert caught.value.version == version


def test_open_or_create_initialises_a_blank_file_from_an_interrupted_create(
    tmp_path: Path, event: Event
) -> None:
    path = tmp_path / "s.plenum"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")  # what create() does before its first commit
    conn.close()
    with SessionStore.open_or_create(path, event) as store:
        assert [g.name for g in store.groups()] == ["Gruppe 1", "Gruppe 2"]


_SECOND_PROCESS = textwrap.dedent("""
    import sys
    from pathlib import Path
    from app.session import SessionStore, ReadOnlySessionError
    store = SessionStore.open(Path(sys.argv[1]))
    print(store.read_only, store.summary(1, "funn").text)
    print(store.read_only_reason)
    try:
        store.save_summary(1, "funn", "fra prosess to")
    except ReadOnlySessionError as exc:
        print("refused:", exc)
""")


def test_a_second_process_gets_the_session_read_only(store: SessionStore) -> None:
    store.save_summary(1, "funn", "skrevet av nummer én")
    result = subprocess.run([sys.executable, "-c", _SECOND_PROCESS, str(store.path)],
                            capture_output=True, text=True, timeout=30, check=True)
    read_only, reason, refused = result.stdout.splitlines()
    assert read_only == "True skrevet av nummer én"
    assert reason.startswith("another Plenum is writing to this session (pid ")
    assert refused.startswith("refused: ") and "read-only" in refused
    assert store.summary(1, "funn").text == "skrevet av nummer én"  # type: ignore[union-attr]
