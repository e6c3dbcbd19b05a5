"""``plenum import --session S [--event EVENT] FILE.yaml…``: merge notes files into a session.

Every file is checked before anything is written; any problem is printed as
``FILE:LINE: message`` and the session is left exactly as it was (not even
created). Conflicts (a task whose text differed) are listed one per line.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

from app.cli.deck_input import load_usable
from app.echo import cut
from app.event.model import Event
from app.session import (
    ImportResult,
    NotesFileError,
    SessionError,
    SessionStore,
    import_notes,
    parse_notes_file,
)
from app.session.errors import WrongEventError, database_problem


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--session", required=True, type=Path,
                        help="the session file (.plenum); created if it does not exist")
    parser.add_argument("--event", type=Path,
                        help="the event file (default: the one the session records)")
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE.yaml", help="notes files")


def run(args: argparse.Namespace) -> int:
    try:
        return _run(args)
    except SessionError as exc:
        _error(str(exc))
        return 1
    except OSError as exc:
        _error(f"{exc.filename or args.session}: {exc.strerror or exc}; nothing was imported")
        return 1
    except sqlite3.Error as exc:  # the transaction was rolled back
        _error(f"{database_problem(args.session, exc)}; nothing was imported")
        return 1


def _run(args: argparse.Namespace) -> int:
    session: Path = args.session
    if not session.exists():
        if args.event is None:
            _error(f"{session}: no such session; give --event EVENT to create it")
            return 1
        event = load_usable(args.event, _error)
        if event is None or not _check_files(args.files, event):
            return 1
        with SessionStore.create(session, event) as store:
            return _import(store, args.files, event)
    # Everything is checked on a read-only look first: a refused import leaves the
    # session's folder as it was, not even a .lock file behind.
    with SessionStore.open(session, read_only=True) as look:
        event_path = args.event or look.event_path
        changed, recorded_title = look.event_changed, look.event_title
    if event_path is None:
        _error(f"{session}: the session's event file was not found; give --event EVENT")
        return 1
    event = load_usable(event_path, _error)
    if event is None:
        return 1
    WrongEventError.check(session, recorded_title, event_path, event.info.title)
    if not _check_files(args.files, event):
        return 1
    with SessionStore.open(session) as store:
        if store.read_only:
            _error(f"{session}: {store.read_only_reason}; close it there and import again")
            return 1
        if changed and args.event is None:
            print(f"note: {event_path} changed since the session was created", file=sys.stderr)
        return _import(store, args.files, event)


def _check_files(files: list[Path], event: Event) -> bool:
    ok = True
    for path in files:
        try:
            parse_notes_file(path, event)
        except NotesFileError as exc:
            for problem in exc.problems:
                _error(str(problem))
            ok = False
    return ok


def _import(store: SessionStore, files: list[Path], event: Event) -> int:
    try:
        result = import_notes(store, files, event)
    except NotesFileError as exc:
        for problem in exc.problems:
            _error(str(problem))
        _error(f"{store.path}: nothing was imported")
        return 1
    for conflict in result.conflicts:
        print(f"conflict: {conflict}")
    for change in result.group_changes:
        print(f"changed: {change}")
    print(_summary(store.path, result))
    return 0


def _summary(session: Path, result: ImportResult) -> str:
    parts = [f"{len(result.saved)} saved", f"{result.unchanged} unchanged",
             f"{len(result.conflicts)} conflict{'' if len(result.conflicts) == 1 else 's'}"]
    if result.added_groups:
        parts.append("new groups: " + cut(", ".join(result.added_groups), 200))
    if result.follow_ups_added:
        added = result.follow_ups_added
        parts.append(f"{added} follow-up point{'' if added == 1 else 's'} added")
    files = len(result.files)
    return f"{session}: imported {files} file{'' if files == 1 else 's'}: " + "; ".join(parts)


def _error(message: str) -> None:
    print(message, file=sys.stderr)
