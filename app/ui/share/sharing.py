"""«Del med gruppene» switched on and off: the room server's life, seen from the UI thread.

``Sharing`` owns the one ``RoomServer`` of the console. It is off by default.
``start`` needs a session this Plenum writes to: the links (``ShareLinks``)
live in it, so a restart of Plenum gives the groups the same links, and the
session remembers that sharing was on (state ``"share.on"``) and on which
port, so opening it again switches sharing back on (``resume``, in the event
loop's turn after the session opened). ``stop`` closes every connection;
closing the session or the app stops sharing without forgetting that it was on.

aiohttp and the server are imported in ``start``, never before: a talk that
never shares pays nothing at start-up (the subprocess test in
tests/ui/notes/test_notes_files.py). ``make_server(links, room, port)``
builds the real ``RoomServer`` on the machine's LAN addresses; a test
replaces it to see a start that fails.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from app.event.model import Event
from app.presenting.groupwork import GroupworkRound
from app.timing.clock import Clock
from app.ui.session.current import CurrentSession
from app.ui.share.activity import RoomActivity

if TYPE_CHECKING:
    from app.session import SessionStore
    from app.share.cards import JoinCard
    from app.share.links import ShareLinks
    from app.share.room import NoteSaved
    from app.ui.share.console_room import ConsoleRoom

# While the server's threads work, the UI thread waits for the GIL up to one
# switch interval (Python's default is 5 ms) before it may run a slot: with 50
# devices saving, that alone broke the 2 ms a remote save may cost it.
GIL_SWITCH_S = 0.0005
STATE_ON = "share.on"
STATE_PORT = "share.port"


class RoomServerLike(Protocol):
    """What the console uses of ``app.share.server.RoomServer``."""

    port: int

    @property
    def addresses(self) -> list[str]: ...

    def base_url(self) -> str: ...

    def start(self, timeout: float = ...) -> None: ...

    def stop(self, timeout: float = ...) -> None: ...

    def connections(self) -> dict[int | None, int]: ...

    def publish_round(self, view: dict[str, Any]) -> None: ...

    def group_changed(self, group_id: int) -> None: ...


ServerFactory = Callable[["ShareLinks", "ConsoleRoom", "int | None"], RoomServerLike]


class Sharing(QObject):
    """The console's sharing, on or off. Signals (UI thread): ``changed()`` after it
    switched, or a link was renewed; ``failed(message)`` when it could not start."""

    changed = Signal()
    failed = Signal(str)

    def __init__(self, holder: CurrentSession, event: Callable[[], Event], round_: GroupworkRound,
                 clock: Clock, language: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._holder = holder
        self._event = event
        self._round = round_
        self._clock = clock
        self._language = language
        self.make_server: ServerFactory = self._real_server
        self.server: RoomServerLike | None = None
        self.links: ShareLinks | None = None
        self.room: ConsoleRoom | None = None
        self.activity = RoomActivity(self)
        self._unsubscribe: list[Callable[[], None]] = []
        self._switch_interval = sys.getswitchinterval()
        holder.opened.connect(self._resume_soon)
        holder.closing.connect(lambda _store: self.stop(remember=False))
        holder.saved.connect(self._console_saved)

    @property
    def running(self) -> bool:
        return self.server is not None

    @property
    def available(self) -> bool:
        """Whether sharing can start: a session is open and this Plenum writes to it."""
        return self._holder.store is not None and not self._holder.store.read_only

    # --- on and off ---------------------------------------------------------------

    def start(self) -> bool:
        """Switch sharing on; False (and ``failed``) if there is no session or no port."""
        if self.running:
            return True
        store = self._holder.store
        if store is None or store.read_only:
            self.failed.emit(self.tr("Open a session you can write to before sharing: "
                                     "the groups' notes are saved in it."))
            return False
        from app.share.links import ShareLinks
        from app.ui.share.console_room import ConsoleRoom

        links = ShareLinks(store)
        room = ConsoleRoom(store, self._event(), self._holder.writer, parent=self)
        saved_port = store.get_state(STATE_PORT)
        server: RoomServerLike | None = None
        error: OSError | None = None
        for port in _ports_to_try(saved_port):
            try:
                server = self.make_server(links, room, port)
                server.start()
                break
            except OSError as exc:
                server = None
                error = exc
        if server is None:
            room.close()
            room.deleteLater()
            self.failed.emit(self.tr("Sharing could not start: %1").replace("%1", str(error)))
            return False
        self.server, self.links, self.room = server, links, room
        self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(GIL_SWITCH_S)
        self.activity.follow(store, room)
        room.notes_saved.connect(self._remote_saved)
        room.follow_ups_changed.connect(self._holder.remote_changed)
        with store.transaction():  # one commit (one fsync on the UI thread), not two
            store.set_state(STATE_ON, True)
            store.set_state(STATE_PORT, server.port)
        from app.share.room import follow_round

        self._unsubscribe = [follow_round(self._round, self._clock, server)]
        self.changed.emit()
        return True

    def stop(self, *, remember: bool = True) -> None:
        """Switch sharing off: every device is disconnected at once.

        ``remember`` (the facilitator switched it off) stores that in the
        session; closing the session or the app passes False, so the next
        start resumes sharing.
        """
        server, room = self.server, self.room
        if server is None:
            return
        self.server = None
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []
        if room is not None:
            room.close()  # a device's call waiting for the UI thread returns now
        server.stop()
        if room is not None:
            room.deleteLater()
        self.room, self.links = None, None
        sys.setswitchinterval(self._switch_interval)
        store = self._holder.store
        if remember and store is not None and not store.read_only:
            store.set_state(STATE_ON, False)
        self.changed.emit()

    def set_on(self, on: bool) -> None:
        if on:
            self.start()
        else:
            self.stop()

    def _resume_soon(self, store: SessionStore) -> None:
        """``resume`` in the event loop's next turn: ``plenum --resume`` opens the session
        before the first frame, which must not wait for aiohttp to load."""
        QTimer.singleShot(0, self, lambda: self.resume(store) if self._holder.store is store else None)

    def resume(self, store: SessionStore) -> None:
        """Switch sharing back on if it was on when this session was last used."""
        if store.read_only or store.get_state(STATE_ON) is not True:
            return
        self.start()

    # --- links -----------------------------------------------------------------------

    def base_urls(self) -> list[str]:
        """``http://ADDRESS:PORT`` for each address the server listens on, the one to use first."""
        server = self.server
        if server is None:
            return []
        from app.share.links import base_url

        first = server.base_url()
        others = [base_url(a, server.port) for a in server.addresses
                  if not a.startswith("127.") and a != "::1"]
        return [first, *(url for url in others if url != first)]

    def group_cards(self) -> list[tuple[int, JoinCard]]:
        """Each group of the session (its id) with its card, in running order."""
        store, links, server = self._holder.store, self.links, self.server
        if store is None or links is None or server is None:
            return []
        from app.share.cards import group_cards

        links.forget_missing()  # a group added since gets a link, a removed one loses its link
        return group_cards(store, links, server.base_url())

    def cards(self) -> list[JoinCard]:
        return [card for _, card in self.group_cards()]

    def view_url(self) -> str:
        """The read-only link (tasks and time, no notes)."""
        links, server = self.links, self.server
        if links is None or server is None:
            return ""
        from app.share.links import page_url

        return page_url(server.base_url(), links.view_token())

    def renew(self, group_id: int) -> None:
        """A new link for the group; its old link stops working now (open pages are dropped)."""
        if self.links is None:
            return
        self.links.renew(group_id)
        self.changed.emit()

    def connections(self) -> dict[int | None, int]:
        return self.server.connections() if self.server is not None else {}

    # --- the console's own saves reach the devices -------------------------------------

    def _console_saved(self, versions: list[Any]) -> None:
        server = self.server
        if server is None:
            return
        for group_id in {version.group_id for version in versions}:
            server.group_changed(group_id)

    def _remote_saved(self, batch: list[tuple[int, NoteSaved]]) -> None:
        for group_id, saved in batch:
            self._holder.remote_saved.emit(group_id, saved.task_id, saved.text, saved.saved_at,
                                           saved.version)

    def _real_server(self, links: ShareLinks, room: ConsoleRoom, port: int | None) -> RoomServerLike:
        from app.share.server import RoomServer

        server: RoomServerLike = RoomServer(links, room, clock=self._clock, port=port,
                                            language=self._language())
        return server


def _ports_to_try(saved: Any) -> list[int | None]:
    """The port the links used last time first (they stay the same), then any free one."""
    return [saved, None] if isinstance(saved, int) and 0 < saved < 65536 else [None]
