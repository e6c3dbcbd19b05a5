"""``plenum export-notes --session S --group NAME --out FILE.yaml``: one group's notes file.

The session is opened read-only, so a note-taker can export while their Plenum
is still running. The file is written atomically (temporary file in the same
folder, fsync, rename), so a crash never leaves half a notes file to import.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

from app.cli.deck_input import one_line
from app.echo import cut, quoted
from app.files import WriteFailed, write_atomically
from app.session import SessionError, SessionStore, export_notes
from app.session.errors import database_problem


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--session", required=True, type=Path, help="the session file (.plenum)")
    parser.add_argument("--group", required=True, help="the group's name, as in the session")
    parser.add_argument("--out", required=True, type=Path, help="the notes file to write (.yaml)")


def run(args: argparse.Namespace) -> int:
    try:
        with SessionStore.open(args.session, read_only=True) as store:
            group = store.group_by_name(args.group)
            if group is None:
                names = cut(", ".join(g.name for g in store.groups()), 200) or "none"
                print(f"{args.session}: no group called {quoted(args.group)}; the groups are: {names}",
                      file=sys.stderr)
                return 1
            text = export_notes(store, group.id, _task_order(store.event_path))
            count = len([v for v in store.summaries(group.id).values() if v.text])
    except (SessionError, OSError) as exc:
        print(one_line(exc), file=sys.stderr)
        return 1
    except sqlite3.Error as exc:
        print(database_problem(args.session, exc), file=sys.stderr)
        return 1
    try:
        write_atomically(args.out, text.encode("utf-8"))
    except WriteFailed as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"{args.out}: {cut(group.name)}, {count} summar{'y' if count == 1 else 'ies'}")
    return 0


def _task_order(event_path: Path | None) -> tuple[str, ...]:
    """The event's task order, if its file still loads; else tasks go by id."""
    if event_path is None:
        return ()
    from app.event import load_event

    event = load_event(event_path).event
    return tuple(t.id for t in event.groupwork.tasks) if event is not None else ()
