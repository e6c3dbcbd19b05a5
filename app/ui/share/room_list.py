"""Gruppearbeid's view of the room: «Del med gruppene», and per group its devices, last typing, «ferdig».

Connections are counted by the server; the list asks for them every
``POLL_MS`` while it is shown and sharing is on (a page that closes says
nothing, so there is nothing to be told). Typing and «Vi er ferdige» come
from ``RoomActivity`` as they happen. Group names are plain text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.console.style import caption
from app.ui.session.current import CurrentSession
from app.ui.share.sharing import Sharing

POLL_MS = 2000
LATER_MS = 250
DONE_STYLE = "color: #5ccf7a; font-weight: 700;"
QUIET_STYLE = "color: #9aa0a6;"


class RoomList(QWidget):
    """The switch, a button to the links, and one row per group while sharing is on."""

    def __init__(self, sharing: Sharing, holder: CurrentSession, set_on: Callable[[bool], None],
                 open_links: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sharing = sharing
        self._holder = holder
        self.switch = QPushButton(self.tr("Share with the groups"), self)
        self.switch.setCheckable(True)
        self.switch.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.switch.clicked.connect(lambda on: set_on(on))
        self.links_button = QPushButton(self.tr("Links and QR codes…"), self)
        self.links_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.links_button.clicked.connect(lambda: open_links())
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.state.setStyleSheet(QUIET_STYLE)
        self.rows = QGridLayout()
        self.rows.setHorizontalSpacing(14)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch)
        buttons.addWidget(self.links_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.addWidget(caption(self.tr("THE GROUPS' OWN DEVICES"), self))
        layout.addLayout(buttons)
        layout.addWidget(self.state)
        layout.addLayout(self.rows)
        self.cells: dict[int, tuple[QLabel, QLabel, QLabel, QLabel]] = {}
        self._names: dict[int, str] = {}
        self._news_under_names: bool | None = None  # how the rows are placed now (None: not yet)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.refresh)
        # Typing in 50 devices is 50 changes a second: shown once per LATER_MS instead.
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(LATER_MS)
        self._later.timeout.connect(self._show_activity)
        sharing.changed.connect(self.refresh)
        sharing.activity.changed.connect(self._activity_changed)
        holder.opened.connect(lambda _store: self.refresh())
        holder.closing.connect(lambda _store: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        """Show the switch's state and every group's devices, last typing and «ferdig»."""
        sharing = self._sharing
        on = sharing.running
        self.switch.setChecked(on)
        self.switch.setText(self.tr("Sharing is on") if on else self.tr("Share with the groups"))
        self.switch.setEnabled(on or sharing.available)
        self.links_button.setEnabled(on)
        if on:
            self.state.setText(self.tr("On: the groups' links work on this network."))
        elif sharing.available:
            self.state.setText(self.tr("Off. Switch on to give each group a link to its tasks, "
                                       "time and notes on its own phones and laptops."))
        else:
            self.state.setText(self.tr("Open a session to share with the groups."))
        store = self._holder.store
        groups = store.groups() if on and store is not None else ()
        if tuple(self.cells) != tuple(g.id for g in groups):
            self._rebuild([(g.id, g.name) for g in groups])
        devices = sharing.connections() if on else {}
        for group_id, (_name, count, _typed, _done) in self.cells.items():
            number = devices.get(group_id, 0)
            count.setText(self.tr("%n device(s)", "", number) if number else self.tr("no devices"))
            style = "" if number else QUIET_STYLE
            if count.styleSheet() != style:  # re-styling costs half a millisecond
                count.setStyleSheet(style)
        self._write_activity()
        self._arrange()
        self._later.stop()
        if on and self.isVisible():
            self._poll.start()
        else:
            self._poll.stop()

    def _activity_changed(self) -> None:
        """A group typed or said it was done: shown LATER_MS on, if the list is shown at all
        (``showEvent`` refreshes everything when it is)."""
        if self.isVisible():
            self._later.start()

    def _show_activity(self) -> None:
        """The groups' last typing and «ferdig», without asking the session or the server."""
        self._write_activity()
        self._arrange()

    def _write_activity(self) -> None:
        activity = self._sharing.activity
        for group_id, (_name, _count, typed, done) in self.cells.items():
            last = activity.last_typed.get(group_id)
            typed.setText(self.tr("typed %1").replace("%1", _clock(last)) if last else "")
            finished = activity.done.get(group_id)
            done.setText(self.tr("done %1").replace("%1", _clock(finished)) if finished else "")

    def _rebuild(self, groups: list[tuple[int, str]]) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.cells = {}
        self._names = dict(groups)
        self._news_under_names = None
        for group_id, name in groups:
            labels = (QLabel(name, self), QLabel(self), QLabel(self), QLabel(self))
            for label in labels:
                label.setTextFormat(Qt.TextFormat.PlainText)
            labels[3].setStyleSheet(DONE_STYLE)
            labels[2].setStyleSheet(QUIET_STYLE)
            self.cells[group_id] = labels
        self._arrange()

    def _arrange(self) -> None:
        """A group's name and news side by side where they fit, else the news under its name.

        The column is narrow on a 1024 px laptop: side by side, «ferdig 12:30»
        and a long group name were cut off. A name wider than the list itself is
        elided, the whole name in its tooltip.
        """
        if not self.cells:
            return
        spacing = self.rows.horizontalSpacing()
        news = [max(cells[c].sizeHint().width() for cells in self.cells.values()) for c in (1, 2, 3)]
        metrics = self.fontMetrics()
        names = max(metrics.horizontalAdvance(name) for name in self._names.values())
        under = names + sum(news) + 3 * spacing > self.width()
        if under != self._news_under_names:
            self._news_under_names = under
            for row, labels in enumerate(self.cells.values()):
                if under:
                    self.rows.addWidget(labels[0], 2 * row, 0, 1, 3)
                    for column, label in enumerate(labels[1:]):
                        self.rows.addWidget(label, 2 * row + 1, column)
                else:
                    for column, label in enumerate(labels):
                        self.rows.addWidget(label, row, column)
        room = self.width() if under else self.width() - sum(news) - 3 * spacing
        for group_id, (name_label, *_news) in self.cells.items():
            font = name_label.font()
            font.setBold(under)  # a heading over its news
            name_label.setFont(font)
            name = self._names[group_id]
            shown = name_label.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, max(room, 0))
            name_label.setText(shown)
            name_label.setToolTip(name if shown != name else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._poll.stop()
        self._later.stop()


def _clock(moment: dt.datetime) -> str:
    """A saved moment as the laptop's local HH:MM."""
    return moment.astimezone().strftime("%H:%M")
