"""Grab the presenter console to PNG on the laptops facilitators have, to look at them.

The console is opened offscreen on the seed event, as tests/conftest.py does,
with a laptop screen of each width (1366 and 1024 px, 768 high) and each
language, at a moment that fills it: 30 minutes behind on the event's day, a
session holding notes typed, restored and sent from a device, sharing on with
groups that typed and said they were done, one of them with a long name.
Each mode (Ctrl+1..4), Gruppearbeid with the round running, and the
«Lenker og QR-koder» window are saved as ``<what>-<width>-<language>.png``.
Run: python tools/console_screenshots.py OUTDIR  (then look at every image).
Each width needs its own QApplication (the screens are fixed at its start),
so each width and language runs in a child process.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WIDTHS = (1366, 1024)
LANGUAGES = ("nb", "en")
CEST = dt.timezone(dt.timedelta(hours=2))
LONG_NAME = "Gruppe 3 \u2013 Samferdsel, areal og klima"


def main(argv: list[str]) -> int:
    if len(argv) == 4 and argv[0] == "--one":
        return shoot(int(argv[1]), argv[2], Path(argv[3]))
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    for width in WIDTHS:
        for language in LANGUAGES:
            subprocess.run([sys.executable, __file__, "--one", str(width), language, str(out)],
                           check=True, cwd=ROOT)
    print(f"{out}: look at every image")
    return 0


def shoot(width: int, language: str, out: Path) -> int:
    """One laptop width and language: every image of it."""
    folder = Path(tempfile.mkdtemp(prefix="plenum-shots-"))
    screens = folder / "screens.json"
    screens.write_text(json.dumps({"screens": [
        {"name": "s0-laptop", "x": 0, "y": 0, "width": width, "height": 768},
        {"name": "s1-projector", "x": width, "y": 0, "width": 1920, "height": 1080},
    ]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from app.event.loader import load_event
    from app.paths import DEFAULT_EVENT
    from app.render.fonts import load_fonts
    from app.session import DEVICE_SOURCE
    from app.timing.clock import FakeClock
    from app.ui.i18n import install_translator
    from app.ui.keys import Command
    from app.ui.presenter import PresenterApp

    qt = QApplication(["plenum-shots", "-platform", f"offscreen:configfile={screens}"])
    load_fonts()
    translator = install_translator(qt, language)
    clock = FakeClock(dt.datetime(2021, 9, 1, 12, 30, tzinfo=CEST))
    event = load_event(DEFAULT_EVENT).event
    assert event is not None
    app = PresenterApp(event, clock, QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    app.show()

    def settle() -> None:
        for _ in range(30):
            qt.processEvents()

    def save(widget: QWidget, what: str) -> None:
        settle()
        widget.grab().save(str(out / f"{what}-{width}-{language}.png"))

    settle()
    assert app.open_session(folder / "dag.plenum")
    store = app.session
    assert store is not None
    app.presentation.next()  # the talk and the first agenda item start at 12:30
    groups = store.groups()
    store.update_group(groups[2].id, name=LONG_NAME)
    task = event.groupwork.tasks[0].id
    first = store.save_summary(groups[0].id, task, "Første utkast")
    store.save_summary(groups[0].id, task, "Andre utkast, litt lengre")
    from_phone = "Fra telefonen: et notat skrevet på en enhet"
    store.save_summary(groups[0].id, task, from_phone, source=DEVICE_SOURCE)
    store.save_summary(groups[0].id, task, "Fra gruppe 1s fil", source="import:gruppe1.yaml")
    store.restore_version(first.id)
    app.sharing.set_on(True)
    if app.sharing.panel is not None:
        save(app.sharing.panel, "links")
        app.sharing.panel.close()
    activity = app.sharing.sharing.activity
    for group in groups[:3]:
        activity.last_typed[group.id] = clock.now()
    activity.done[groups[0].id] = activity.done[groups[2].id] = clock.now()
    clock.advance(50 * 60)  # a 20-minute item run for 50 minutes: «Dagen: 30 min bak»
    app.sessions.notes_page.reload()
    for number, command in enumerate((Command.MODE_1, Command.MODE_2, Command.MODE_3, Command.MODE_4), 1):
        app.keys.run(command)
        app.groupwork.programme.refresh()
        app.console.top_bar.refresh()
        if app.sharing.room_list is not None:
            app.sharing.room_list.refresh()
        save(app.console, f"mode{number}")
    app.keys.run(Command.MODE_2)
    app.groupwork.round.start()
    clock.advance(65)
    save(app.console, "mode2-running")
    round_ = app.groupwork.round
    for group in (groups[0], groups[2]):
        round_.add_group_timer(store.group(group.id).name, dt.timedelta(minutes=105))
    round_.toggle_group(store.group(groups[2].id).name)  # «på pause»
    clock.advance(5)
    save(app.console, "mode2-group-timers")
    app.sharing.stop()
    app.close()
    del translator
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
