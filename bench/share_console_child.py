"""The console the sharing benchmark measures: the real presenting app with sharing on.

Opens the seed event (with GROUPS groups) in ``PresenterApp`` on the offscreen
screens, a session in SESSION, the Notater page shown with one device's cell
in the editor, and switches «Del med gruppene» on (the real ``RoomServer``).
Prints ``link URL TASK`` per cell, then ``ready``. On the UI thread it times
what each remote save costs it: the queued slots a batch of saves reaches
(``Sharing._remote_saved``, which runs the Notater page's ``remote_saved``
per save, and ``RoomActivity._typed``), shared among the batch's saves, and
records when the save was shown (the device's marker, the last word of its
text, with ``time.monotonic``, which is system-wide). Work the views defer
and do once for a burst (the history list, Gruppearbeid's room list) is
timed apart. ``idle N`` on stdin sends N
saves from the console to itself first (the baseline: the same slots, no
device connected); ``report`` prints all of it as JSON; ``quit`` closes the app.

Usage: python bench/share_console_child.py EVENT SESSION GROUPS
"""

from __future__ import annotations

import json
import queue
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    application = QApplication(["plenum-bench"])
    from app.event import load_event
    from app.render.fonts import load_fonts
    from app.timing.clock import SystemClock
    from app.ui.keys import Command
    from app.ui.notes.page import NotesPage
    from app.ui.presenter import PresenterApp
    from app.ui.share.activity import RoomActivity
    from app.ui.share.room_list import RoomList
    from app.ui.share.sharing import Sharing
    from bench.groups import add_groups_up_to

    # marker, shown at, UI ms for the save's share of its batch's slots (wall clock, and the
    # UI thread's CPU time). The server hands saves over in batches, one hop per batch.
    shown: list[tuple[str, float, float, float]] = []
    deferred: dict[str, list[float]] = {"history": [], "room list": []}
    typed: dict[int, tuple[float, float]] = {}

    def timed_save(original: Callable[..., None]) -> Callable[..., None]:
        def run(self: Sharing, batch: list[tuple[int, Any]]) -> None:
            started, cpu = time.perf_counter(), time.thread_time()
            original(self, batch)
            before = typed.pop(batch[0][1].version, (0.0, 0.0))
            wall = ((time.perf_counter() - started) * 1000 + before[0]) / len(batch)
            used = ((time.thread_time() - cpu) * 1000 + before[1]) / len(batch)
            at = time.monotonic()
            shown.extend((saved.text.rsplit(" ", 1)[-1], at, wall, used) for _group, saved in batch)
        return run

    def timed_typed(original: Callable[..., None]) -> Callable[..., None]:
        def run(self: RoomActivity, batch: list[tuple[int, Any]]) -> None:
            started, cpu = time.perf_counter(), time.thread_time()
            original(self, batch)
            typed[batch[0][1].version] = ((time.perf_counter() - started) * 1000,
                                          (time.thread_time() - cpu) * 1000)
        return run

    def timed(name: str, original: Callable[..., None]) -> Callable[..., None]:
        def run(self: Any) -> None:
            started = time.perf_counter()
            original(self)
            deferred[name].append((time.perf_counter() - started) * 1000)
        return run

    # RoomActivity's slot is connected first (Sharing.start), so it runs before Sharing's.
    RoomActivity._typed = timed_typed(RoomActivity._typed)  # type: ignore[method-assign]
    Sharing._remote_saved = timed_save(Sharing._remote_saved)  # type: ignore[method-assign]
    NotesPage._refresh_history = timed("history", NotesPage._refresh_history)  # type: ignore[method-assign]
    RoomList.refresh = timed("room list", RoomList.refresh)  # type: ignore[method-assign]
    RoomList._show_activity = timed("room list", RoomList._show_activity)  # type: ignore[method-assign]

    load_fonts()
    event = load_event(Path(sys.argv[1])).event
    if event is None:
        raise SystemExit(f"{sys.argv[1]} does not load")
    settings = QSettings(str(Path(sys.argv[2]).with_suffix(".ini")), QSettings.Format.IniFormat)
    presenter = PresenterApp(event, SystemClock(), settings)
    presenter.show()
    if not presenter.open_session(Path(sys.argv[2])):
        raise SystemExit("the session did not open")
    store = presenter.session
    assert store is not None
    add_groups_up_to(store, int(sys.argv[3]))
    presenter.keys.run(Command.MODE_2)  # Gruppearbeid built, its room list in place
    presenter.sharing.set_on(True)
    if presenter.sharing.panel is not None:
        presenter.sharing.panel.hide()
    presenter.keys.run(Command.MODE_3)
    page = presenter.sessions.notes_page
    page.reload()
    page.select(0, 0)
    for _group_id, card in presenter.sharing.sharing.group_cards():
        for task in event.groupwork.tasks:
            print(f"link {card.url} {task.id}", flush=True)
    print("ready", flush=True)

    def send_idle(count: int) -> None:
        """The baseline: saves the console sends itself, one at a time, nothing else running."""
        import datetime as dt

        from app.share.room import NoteSaved

        room = presenter.sharing.sharing.room
        assert room is not None
        group_id, task_id = store.groups()[0].id, event.groupwork.tasks[0].id
        for number in range(count):
            text = f"Punkt {number}: gruppen mener at samarbeidet virker. #idle{number}"
            saved = NoteSaved(task_id, 10**9 + number, text, dt.datetime.now(dt.UTC), 10**9 + number, False)
            room.notes_saved.emit([(group_id, saved)])
            application.processEvents()

    commands: queue.Queue[str] = queue.Queue()
    def read_commands() -> None:
        for line in sys.stdin:
            commands.put(line.strip())

    threading.Thread(target=read_commands, daemon=True).start()

    def answer() -> None:
        while not commands.empty():
            command = commands.get()
            if command.startswith("idle "):
                send_idle(int(command.split()[1]))
            elif command == "report":
                print(json.dumps({"shown": shown, "deferred": deferred}), flush=True)
            elif command == "quit":
                presenter.close()
                application.quit()

    poll = QTimer()
    poll.timeout.connect(answer)
    poll.start(100)
    application.exec()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
