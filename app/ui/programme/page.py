"""The Program mode: the rundown, planned against actual, and how late the day runs.

A table of the agenda (planned start-end, actual start and end, each item's
deviation), buttons to mark the selected or the next item started or
finished, the running delay ("Dagen: 7 min bak") and the projected end. The
``AgendaSummary`` is the same news in one line for the console's top bar.
Away from the event's day both say "Øving" and show times on the plan's
clock (``Rundown.shown_log``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.timing.rundown import LogEntry
from app.ui.console.delay_badges import day_badge, day_tooltip, rehearsal_badge, rehearsal_note
from app.ui.plain_text import plain_tooltip
from app.ui.programme.journal import ProgrammeJournal

REHEARSAL_COLOUR = NOTE_COLOUR = "#c9a7ff"  # apart from the delay colours: a state of the day, not a delay
ITEM_COLOUR = "#e8e8e8"  # the console's text colour (console/style.py)
REFRESH_MS = 5000  # the delay is shown in whole minutes: a few seconds late is fine
TABLE_FONT_PX = 15
CELL_PADDING = 6
# The widest text each fixed column can hold (tabular digits): planned span, started, finished, deviation.
WIDEST_TEXT = {0: "00:00\u201300:00", 2: "00:00", 3: "00:00", 4: "+000 min"}


def follow_rules() -> str:
    """The rules of ``app.ui.programme.follow``, for the "Follow automatically" box's tooltip."""
    return QCoreApplication.translate(
        "Rundown",
        "When on, the rundown follows the talk:\n"
        "\u2022 the first slide advance starts the first item, if none has started;\n"
        "\u2022 starting the group-work round starts the group-work item, and items before it\n"
        "  that were never marked are marked finished then;\n"
        "\u2022 ending the round finishes the group-work item; the next one starts when you say so.\n"
        "What it marks is shown at the top. \"Start next item\" and the marks below always work by hand.",
    )


class _ElidedText(QWidget):
    """One line of plain text, painted, ending in "…" when short of width; never moves the layout.

    The top bar must never grow the console past the laptop's screen for a
    long item title, and a note that changes every few minutes must not
    relayout the console (every relayout of a main window moves its pages).
    ``grows``: ask for the text's width (an item title); otherwise take the
    width the row leaves, whatever the text.
    """

    def __init__(self, colour: str, *, grows: bool) -> None:
        super().__init__()
        self._full = ""
        self._colour = QColor(colour)
        self._grows = grows
        if not grows:
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        if text == self._full:
            return
        self._full = text
        if self._grows:
            self.updateGeometry()
        self.update()

    def full_text(self) -> str:
        return self._full

    def shown_text(self) -> str:
        """The text as painted now, elided to the width it has."""
        return self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, self.width())

    def sizeHint(self) -> QSize:
        width = self.fontMetrics().horizontalAdvance(self._full) + 4 if self._grows else 0
        return QSize(width, self.fontMetrics().height() + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.fontMetrics().height() + 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self._colour)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(self.rect(), align, self.shown_text())
        painter.end()


class FollowNoteLine(QWidget):
    """What "Follow automatically" just marked, in words, and the next item to start if it left one.

    Shown in the top bar and on the Program page, so no automatic mark is silent.
    """

    def __init__(self, journal: ProgrammeJournal, parent: QWidget | None = None, *, offers: bool) -> None:
        super().__init__(parent)
        self._journal = journal
        self._offers = offers
        self.text = _ElidedText(NOTE_COLOUR, grows=False)
        self.offer_button = QPushButton()
        self.offer_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.offer_button.clicked.connect(self._start_offered)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.offer_button)
        retained = self.offer_button.sizePolicy()
        retained.setRetainSizeWhenHidden(True)  # showing the offer moves nothing
        self.offer_button.setSizePolicy(retained)
        self.refresh()

    def refresh(self) -> None:
        note = self._journal.note
        if note is None:
            self.text.set_full_text("")
            self.text.setToolTip("")
            self.offer_button.hide()
            return
        at = note.at.strftime("%H:%M")
        if note.kind == "started":
            words = self.tr("Followed the round: \u201c%1\u201d started %2")
        else:
            words = self.tr("Followed the round: \u201c%1\u201d finished %2")
        text = words.replace("%2", at).replace("%1", note.title)
        if note.offer is not None and not self._offers:
            title = self._journal.rundown.log()[note.offer].title
            text += self.tr("; start \u201c%1\u201d from the Programme page").replace("%1", title)
        tooltip = text
        if note.closed:
            text += self.tr("; the items before it are marked finished")
            listed = "\n".join(f"\u2022 {title}" for title in note.closed)
            heading = self.tr("Marked finished at %1, with no start of their own:").replace("%1", at)
            tooltip = text + "\n\n" + heading + "\n" + listed
        self.text.setToolTip(plain_tooltip(tooltip))
        self.text.set_full_text(text)
        offer = note.offer if self._offers else None
        self.offer_button.setVisible(offer is not None)
        if offer is not None:
            title = self._journal.rundown.log()[offer].title
            self.offer_button.setText(self.tr("Start \u201c%1\u201d").replace("%1", title))

    def _start_offered(self) -> None:
        note = self._journal.note
        if note is not None and note.offer is not None:
            self._journal.start(note.offer)


def _clock(moment: dt.datetime | None) -> str:
    return moment.strftime("%H:%M") if moment else ""


def _minutes(delta: dt.timedelta) -> str:
    minutes = round(delta.total_seconds() / 60)
    return f"{minutes:+d} min" if minutes else "±0"


def _rehearsal_label() -> QLabel:
    label = QLabel(rehearsal_badge())
    label.setProperty("role", "badge")
    label.setStyleSheet(f"background: {REHEARSAL_COLOUR}; color: #101214;")
    return label


def _show_delay(label: QLabel, delay: dt.timedelta, extra_style: str = "") -> None:
    text, colour = day_badge(delay)
    label.setText(text)
    label.setToolTip(day_tooltip())
    label.setStyleSheet(f"background: {colour}; color: #101214;{extra_style}")


class AgendaSummary(QWidget):
    """One line for the top bar: the current item and the delay."""

    def __init__(self, journal: ProgrammeJournal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self.item = _ElidedText(ITEM_COLOUR, grows=True)  # a long agenda title must not widen the console
        self.delay = QLabel()
        self.delay.setProperty("role", "badge")
        self.rehearsal = _rehearsal_label()
        self.rehearsal.setToolTip(rehearsal_note(journal.event.info.date))
        for badge in (self.rehearsal, self.delay):  # as wide as its words, whatever the line's room
            badge.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.item)
        layout.addWidget(self.rehearsal)
        layout.addWidget(self.delay)
        # Words only: a button appearing in the top bar relayouts the whole console.
        self.note = FollowNoteLine(journal, self, offers=False)
        layout.addWidget(self.note, 1)
        unsubscribe = journal.changed.subscribe(self.refresh)
        self.destroyed.connect(lambda *_: unsubscribe())
        self.refresh()

    def text(self) -> str:
        """ "Gruppearbeid · Dagen: 7 min bak" (with "Øving" in a rehearsal), as shown."""
        shown = [self.item.full_text()]
        shown += [label.text() for label in (self.rehearsal, self.delay) if not label.isHidden()]
        return " · ".join(text for text in shown if text)

    def refresh(self) -> None:
        rundown = self._journal.rundown
        current = rundown.current()
        entries = rundown.log()
        self.item.set_full_text(entries[current].title if current is not None else "")
        self.setVisible(bool(entries))
        self.rehearsal.setVisible(rundown.rehearsal)
        _show_delay(self.delay, rundown.delay())
        self.note.refresh()


class ProgrammePage(QWidget):
    """The rundown table and its buttons; ``refresh`` also updates the top bar's summary."""

    def __init__(
        self, journal: ProgrammeJournal, summary: AgendaSummary | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._summary = summary
        headers = [
            self.tr("Planned"),
            self.tr("Item"),
            self.tr("Started"),
            self.tr("Finished"),
            self.tr("Deviation"),
        ]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        font = QFont(self.table.font())
        font.setPixelSize(TABLE_FONT_PX)
        self.table.setFont(font)
        self.table.setStyleSheet(
            "QTableWidget { background: #1b1e22; color: #e8e8e8; gridline-color: #2e3237;"
            " border: 1px solid #2e3237; }"
            " QHeaderView::section { background: #202327; color: #9aa0a6; border: none;"
            f" padding: {CELL_PADDING}px; font-weight: 600; }}"
            f" QTableWidget::item {{ padding: 0 {CELL_PADDING}px; }}"
            " QTableWidget::item:selected { background: #2f4a48; }"
        )
        self._size_rows_and_columns(headers)
        self.start_button = self._button(self.tr("Mark selected started"), self._start_selected)
        self.finish_button = self._button(self.tr("Mark selected finished"), self._finish_selected)
        self.next_button = self._button(self.tr("Start next item"), self._start_next)
        self.next_button.setProperty("role", "primary")
        self.next_button.setToolTip(self.tr("Start the item after the running one, which finishes."))
        self.follow = QCheckBox(self.tr("Follow automatically"))
        self.follow.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.follow.setToolTip(follow_rules())
        self.follow.toggled.connect(journal.set_follow)
        self.delay = QLabel()
        self.delay.setProperty("role", "badge")
        self.projected = QLabel()
        self.projected.setProperty("role", "big-number")
        self.rehearsal = _rehearsal_label()
        self.rehearsal_note = QLabel(rehearsal_note(journal.event.info.date))
        self.rehearsal_note.setProperty("role", "caption")
        self.rehearsal_note.setWordWrap(True)
        status = QHBoxLayout()
        status.addWidget(self.rehearsal)
        status.addWidget(self.delay)
        status.addSpacing(16)
        status.addWidget(self.projected)
        status.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.next_button, self.start_button, self.finish_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.follow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(status)
        layout.addWidget(self.rehearsal_note)
        self.note = FollowNoteLine(journal, self, offers=True)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._tick = QTimer(self, interval=REFRESH_MS)
        self._tick.timeout.connect(self.refresh)
        self._tick.start()
        unsubscribe = journal.changed.subscribe(self.refresh)
        self.destroyed.connect(lambda *_: unsubscribe())
        self.refresh()

    def _size_rows_and_columns(self, headers: list[str]) -> None:
        """One line per row, and time columns as wide as their widest possible text.

        Rows never stretch or wrap: a long title is elided (its tooltip holds it
        whole) and the table scrolls. The time columns are fixed, so marking an
        item never makes the table jump sideways.
        """
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        metrics = QFontMetrics(self.table.font())
        row_height = metrics.height() + 2 * CELL_PADDING
        rows.setMinimumSectionSize(row_height)
        rows.setDefaultSectionSize(row_height)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        bold = QFont(self.table.font())
        bold.setWeight(QFont.Weight.DemiBold)
        header_metrics = QFontMetrics(bold)
        for column, sample in WIDEST_TEXT.items():
            width = max(metrics.horizontalAdvance(sample), header_metrics.horizontalAdvance(headers[column]))
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width + 4 * CELL_PADDING)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def _button(self, text: str, action: object) -> QPushButton:
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(action)
        return button

    def stop(self) -> None:
        """Stop the delay's refresh (the app is closing)."""
        self._tick.stop()

    def selected(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def refresh(self) -> None:
        rundown = self._journal.rundown
        entries = rundown.shown_log()
        current = rundown.current()
        selected = self.selected()
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = (
                f"{_clock(entry.planned_start)}\u2013{_clock(entry.planned_end)}",
                entry.title,
                _clock(entry.actual_start),
                _clock(entry.actual_end),
                self._deviation(entry, row == current),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setToolTip(plain_tooltip(text))
                if row == current:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                    item.setBackground(QColor("#24403d"))
                self.table.setItem(row, column, item)
        if selected is not None and selected < len(entries):
            self.table.selectRow(selected)
        _show_delay(self.delay, rundown.delay(), " font-size: 18px;")
        for label in (self.rehearsal, self.rehearsal_note):
            label.setVisible(rundown.rehearsal)
        self.note.refresh()
        end = rundown.projected_end()
        self.projected.setText(self.tr("Projected end %1").replace("%1", _clock(end)) if end else "")
        self.next_button.setEnabled(self._journal.next_index() is not None)
        self.follow.setChecked(self._journal.follow)
        if self._summary is not None:
            self._summary.refresh()

    def _deviation(self, entry: LogEntry, running: bool) -> str:
        if entry.actual_end is not None:
            return _minutes(entry.actual_end - entry.planned_end)
        if running:
            return _minutes(self._journal.rundown.delay())
        if entry.actual_start is not None:
            return _minutes(entry.actual_start - entry.planned_start)
        return ""

    def _start_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self._journal.start(row)

    def _finish_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self._journal.finish(row)

    def _start_next(self) -> None:
        following = self._journal.next_index()
        if following is not None:
            self._journal.start(following)
