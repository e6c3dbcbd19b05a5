"""``plenum serve [EVENT] [--session S] [--port N] [--bind ADDR]``: the room server without windows.

For a spare machine, and for tests. Prints one line per group, ``NAME<TAB>URL``,
then ``view<TAB>URL`` (README's command table, docs/grupper-paa-egne-enheter.md), on stdout and
nothing else there; what it is doing goes to stderr. Serves until Ctrl+C,
SIGTERM, or (Windows) Ctrl+Break: signal handlers only set a flag that the main
thread polls, since Windows delivers signals to Python only between
bytecodes of the main thread and asyncio's add_signal_handler does not exist
there. This process holds the session and is its one writer.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from types import FrameType

from app.cli.deck_input import load_usable, one_line
from app.event.model import Event
from app.paths import DEFAULT_EVENT
from app.session import SessionError, SessionStore, default_session_path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("event", nargs="?", type=Path,
                        help="event file (YAML); default: the session's, else the seed event")
    parser.add_argument("--session", type=Path,
                        help="the session file (.plenum); default: <event>.plenum beside the event")
    parser.add_argument("--port", type=int, help="port (default: 8765 or the next free one)")
    parser.add_argument("--bind", action="append", metavar="ADDR",
                        help="address to listen on, repeatable (default: this machine's LAN addresses "
                             "and 127.0.0.1)")


def run(args: argparse.Namespace) -> int:
    if args.port is not None and not 1 <= args.port <= 65535:
        _error(f"--port {args.port}: a port is a number from 1 to 65535 (8765 is the default)")
        return 1
    event_path: Path | None = args.event
    session_path: Path | None = args.session
    try:
        if event_path is None and session_path is not None and session_path.exists():
            with SessionStore.open(session_path, read_only=True) as peek:
                event_path = peek.event_path
        event = load_usable(event_path or DEFAULT_EVENT, _error)
        if event is None:
            return 1
        session_path = session_path or default_session_path(event.path)
        with SessionStore.open_or_create(session_path, event) as store:
            if store.read_only:
                _error(f"{session_path}: {store.read_only_reason}; close it there, or share from that Plenum")
                return 1
            return _serve(store, event, args)
    except (SessionError, OSError) as error:
        _error(one_line(error))
        return 1


def _serve(store: SessionStore, event: Event, args: argparse.Namespace) -> int:
    from app.presenting.groupwork import GroupworkRound
    from app.share.links import ShareLinks, page_url
    from app.share.room import SessionRoom, follow_round
    from app.share.server import RoomServer
    from app.timing.clock import SystemClock

    clock = SystemClock()
    round_ = GroupworkRound(event.groupwork, clock)
    try:
        round_.resume_from(store)
    except ValueError as error:
        _error(f"{store.path}: the saved group-work round is not usable ({error}); starting a fresh one")
    links = ShareLinks(store)
    server = RoomServer(links, SessionRoom(store, event), clock=clock, bind=args.bind, port=args.port,
                        language=event.info.language)
    stop = threading.Event()
    previous = _on_stop_signals(stop)
    try:
        server.start()
        follow_round(round_, clock, server)
        base = server.base_url()
        for group in store.groups():
            print(f"{group.name}\t{page_url(base, links.group_token(group.id))}")
        print(f"view\t{page_url(base, links.view_token())}", flush=True)
        where = ", ".join(f"{address}:{server.port}" for address in server.addresses)
        print(f"plenum serve: sharing {event.info.title} on {where}; Ctrl+C stops", file=sys.stderr)
        if not args.bind and server.addresses == ["127.0.0.1"]:  # no LAN address was found
            print("plenum serve: this machine has no network address other devices can reach: join a "
                  "Wi-Fi or a hotspot (docs/grupper-paa-egne-enheter.md), then start again", file=sys.stderr)
        while not stop.wait(0.25):  # a timed wait lets signals in on Windows
            pass
    finally:
        server.stop()
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    print("plenum serve: stopped", file=sys.stderr)
    return 0


def _on_stop_signals(stop: threading.Event) -> dict[int, signal._HANDLER]:
    """Ctrl+C, SIGTERM and (Windows) Ctrl+Break set ``stop``; returns the handlers replaced."""

    def handler(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous: dict[int, signal._HANDLER] = {}
    for name in ("SIGINT", "SIGTERM", "SIGBREAK"):
        signum = getattr(signal, name, None)
        if signum is not None:
            previous[signum] = signal.signal(signum, handler)
    return previous


def _error(message: str) -> None:
    print(f"plenum serve: {message}", file=sys.stderr)
