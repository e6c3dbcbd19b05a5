"""The event hash: SHA-256 as before (old sessions' recorded hashes match), without OpenSSL."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

from sessionkit import write_event

from app.session import SessionStore
from app.session.event_hash import file_sha256


def test_the_hash_is_the_files_sha256(tmp_path: Path) -> None:
    path = tmp_path / "e.yaml"
    path.write_bytes("tittel: ŋ ŧ đ č š ž 🙂\n".encode() * 500)
    assert file_sha256(path) == hashlib.sha256(path.read_bytes()).hexdigest()
    assert file_sha256(tmp_path / "missing.yaml") == ""


def test_a_hash_recorded_by_hashlib_still_matches(tmp_path: Path) -> None:
    event = write_event(tmp_path)
    session = tmp_path / "s.plenum"
    SessionStore.create(session, event).close()
    with sqlite3.connect(session) as conn:  # as a session written before this module recorded it
        conn.execute("UPDATE meta SET value = ? WHERE key = 'event_sha256'",
                     (hashlib.sha256(event.path.read_bytes()).hexdigest(),))
    conn.close()
    with SessionStore.open(session) as store:
        assert not store.event_changed


def test_opening_a_session_does_not_load_openssl(tmp_path: Path) -> None:
    event = write_event(tmp_path)
    SessionStore.create(tmp_path / "s.plenum", event).close()
    code = ("import sys\nfrom pathlib import Path\nfrom app.session import SessionStore\n"
            f"SessionStore.open(Path({str(tmp_path / 's.plenum')!r})).close()\n"
            "print(sorted(m for m in sys.modules if m in ('_hashlib', '_ssl')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
