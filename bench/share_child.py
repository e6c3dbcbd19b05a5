"""The process the share benchmark measures: a session held, then the room server started in it.

Prints ``rss-kib N`` (resident memory with the session open and sharing
off), then starts a ``RoomServer`` on loopback exactly as ``plenum serve``
does and prints ``link TOKEN_URL TASK_ID`` for every device cell, then
``ready``. Each ``rss`` line on stdin prints the resident memory again;
``quit`` stops the server and exits.

Usage: python bench/share_child.py EVENT SESSION GROUPS
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def rss_kib() -> int:
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("/proc/self/status has no VmRSS line")


def main() -> int:
    from app.event import load_event
    from app.presenting.groupwork import GroupworkRound
    from app.session import SessionStore
    from app.timing.clock import SystemClock
    from bench.groups import add_groups_up_to

    event = load_event(Path(sys.argv[1])).event
    if event is None:
        raise SystemExit(f"{sys.argv[1]} does not load")
    store = SessionStore.create(Path(sys.argv[2]), event)
    add_groups_up_to(store, int(sys.argv[3]))
    clock = SystemClock()
    round_ = GroupworkRound(event.groupwork, clock)
    round_.start()
    print(f"rss-kib {rss_kib()}", flush=True)

    from app.share.links import ShareLinks, page_url
    from app.share.room import SessionRoom, follow_round
    from app.share.server import RoomServer

    links = ShareLinks(store)
    server = RoomServer(links, SessionRoom(store, event), clock=clock, bind=["127.0.0.1"])
    server.start()
    follow_round(round_, clock, server)
    for group in store.groups():
        url = page_url(server.base_url(), links.group_token(group.id))
        for task in event.groupwork.tasks:
            print(f"link {url} {task.id}", flush=True)
    print("ready", flush=True)
    for line in sys.stdin:
        if line.strip() == "rss":
            print(f"rss-kib {rss_kib()}", flush=True)
        elif line.strip() == "quit":
            break
    server.stop()
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
