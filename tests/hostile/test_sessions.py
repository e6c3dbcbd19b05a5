"""Classes 3 and 5: a broken or foreign session is named as such, and nothing is changed first.

A session missing a table, another program's SQLite file, a session from a
newer Plenum: every verb that opens a session answers in one line, and the
file, its folder (no ``.lock``, no ``-wal``, no journal switch) and the output
path stay byte for byte as they were.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from refusals import Snapshot, assert_refused, posix_only, run_plenum

from app.session.schema import TABLES

pytestmark = pytest.mark.slow  # every case runs plenum in a fresh interpreter

VerbArgs = Callable[[Path, Path, Path], list[str | Path]]
VERBS: dict[str, VerbArgs] = {
    "import": lambda session, notes, _out: ["import", "--session", session, notes],
    "import-with-event": lambda session, notes, _out: [
        "import", "--session", session, "--event", notes.parent / "faggruppesamling-2021.yaml", notes],
    "report": lambda session, _notes, out: ["report", "--session", session, "--out", out],
    "export-notes": lambda session, _notes, out: ["export-notes", "--session", session,
                                                  "--group", "Gruppe 1", "--out", out],
}


def _drop(session: Path, table: str) -> None:
    conn = sqlite3.connect(session)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(f"DROP TABLE {table}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("verb", list(VERBS))
@pytest.mark.parametrize("table", sorted(TABLES))
def test_a_session_missing_a_table_is_damaged_not_a_traceback(
    session: Path, notes: Path, tmp_path: Path, table: str, verb: str
) -> None:
    _drop(session, table)
    out = tmp_path / "ut.pdf"
    before = Snapshot(session.parent, out)
    outcome = run_plenum(*VERBS[verb](session, notes, out), cwd=tmp_path)
    assert_refused(outcome, 1, f"{session}: the session file is damaged (the table '{table}' "
                               "is missing); open a copy read-only or start a new session")
    before.assert_unchanged()


def _sqlite(path: Path, *statements: str) -> Path:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path


# Other programs' SQLite files, and Plenum files this Plenum must not write to.
FOREIGN: dict[str, tuple[tuple[str, ...], str]] = {
    "address-book": (("CREATE TABLE people (name TEXT)", "INSERT INTO people VALUES ('Kari')"),
                     "an SQLite database, but not a Plenum session file"),
    "wal-mode-app": (("PRAGMA journal_mode = WAL", "CREATE TABLE t (x)"),
                     "an SQLite database, but not a Plenum session file"),
    "other-application-id": (("PRAGMA application_id = 1234", "CREATE TABLE t (x)"),
                             "an SQLite database, but not a Plenum session file"),
    "empty-database": (("PRAGMA user_version = 0", "CREATE TABLE t (x)", "DROP TABLE t"),
                       "not a Plenum session"),
}


@pytest.mark.parametrize("verb", list(VERBS))
@pytest.mark.parametrize("kind", list(FOREIGN))
def test_another_programs_database_is_refused_untouched(
    folder: Path, event_path: Path, notes: Path, tmp_path: Path, kind: str, verb: str
) -> None:
    statements, says = FOREIGN[kind]
    database = _sqlite(folder / "adresser.db", *statements)
    out = tmp_path / "ut.pdf"
    before = Snapshot(folder, out)
    outcome = run_plenum(*VERBS[verb](database, notes, out), cwd=tmp_path)
    assert_refused(outcome, 1, f"{database}: ")
    assert_refused(outcome, 1, says)
    before.assert_unchanged()


@pytest.mark.parametrize("verb", list(VERBS))
def test_a_session_from_a_newer_plenum_is_refused_untouched(
    session: Path, notes: Path, tmp_path: Path, verb: str
) -> None:
    _sqlite(session, "PRAGMA user_version = 99")
    out = tmp_path / "ut.pdf"
    before = Snapshot(session.parent, out)
    outcome = run_plenum(*VERBS[verb](session, notes, out), cwd=tmp_path)
    assert_refused(outcome, 1, "written by a newer Plenum (session format 99")
    before.assert_unchanged()


def test_a_refused_import_leaves_a_healthy_session_as_it_was(
    session: Path, folder: Path, tmp_path: Path
) -> None:
    bad = folder / "feil.yaml"
    bad.write_text("event: Faggruppesamling september 2021\ngroup: {name: Gruppe 1}\n"
                   "summaries: {fun: x}\n", encoding="utf-8")
    before = Snapshot(folder)
    outcome = run_plenum("import", "--session", session, bad, cwd=tmp_path)
    assert_refused(outcome, 1, f"{bad}:3: unknown task id 'fun' (did you mean 'funn'?)", lines=None)
    before.assert_unchanged()


def test_a_report_of_a_closed_session_leaves_its_folder_as_it_was(
    session: Path, tmp_path: Path
) -> None:
    before = Snapshot(session.parent)
    outcome = run_plenum("report", "--session", session, "--out", tmp_path / "r.pdf", cwd=tmp_path)
    assert outcome.code == 0, outcome
    before.assert_unchanged()  # no -wal or -shm made by the read-only reader


LOCK_TRAPS: dict[str, Callable[[Path], None]] = {
    "link-to-a-users-file": lambda lock: lock.symlink_to(lock.parent.parent / "private" / "secret.png"),
    "dangling-link": lambda lock: lock.symlink_to(lock.parent / "nowhere"),
    "fifo": lambda lock: os.mkfifo(lock),
}


@posix_only
@pytest.mark.parametrize("trap", list(LOCK_TRAPS))
def test_a_lock_file_planted_in_the_folder_is_never_written_through(
    session: Path, notes: Path, secret: Path, trap: str
) -> None:
    lock = session.with_name(session.name + ".lock")
    lock.unlink(missing_ok=True)  # the one Plenum left, replaced by the trap
    LOCK_TRAPS[trap](lock)
    before = Snapshot(session.parent, secret.parent)
    outcome = run_plenum("import", "--session", session, notes, cwd=session.parent)
    assert_refused(outcome, 1, "is a link or not a regular file, which Plenum never makes; delete it")
    before.assert_unchanged()
