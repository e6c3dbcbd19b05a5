"""The room server under test: a session, its round, its links, on loopback."""

from __future__ import annotations

from dataclasses import dataclass

from app.event.model import Event
from app.presenting.groupwork import GroupworkRound
from app.session import SessionGroup, SessionStore
from app.share.links import ShareLinks, page_url
from app.timing.clock import SystemClock


@dataclass
class Room:
    """A running room server over ``store``, its round (real clock: browsers use real time)."""

    store: SessionStore
    event: Event
    links: ShareLinks
    round: GroupworkRound
    clock: SystemClock
    server: object  # app.share.server.RoomServer (imported lazily, as the app does)

    def url(self, group: SessionGroup | None = None, page: str = "") -> str:
        token = self.links.group_token(group.id) if group is not None else self.links.view_token()
        return page_url(self.server.base_url(), token) + page  # type: ignore[attr-defined]

    @property
    def group(self) -> SessionGroup:
        return self.store.groups()[0]

    def restart(self) -> None:
        """Stop the server and start a new one on the same port over the same session."""
        port = self.server.port  # type: ignore[attr-defined]
        self.server.stop()  # type: ignore[attr-defined]
        self.server = start_server(self, port)


def start_server(room: Room, port: int | None = None, language: str = "nb") -> object:
    from app.share.room import SessionRoom, follow_round
    from app.share.server import RoomServer

    server = RoomServer(room.links, SessionRoom(room.store, room.event), clock=room.clock,
                        bind=["127.0.0.1"], port=port, language=language)
    server.start()
    follow_round(room.round, room.clock, server)
    return server


