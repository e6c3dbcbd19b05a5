"""The Notater page: grid, task, editor, save status, history, follow-ups, «Vis i plenum».

The page holds no copy of the notes: the grid and editor are filled from the
store (and from the writer's pending text) whenever the cell, the session or
the groups change; typing goes to ``CurrentSession.submit``. The save status
follows the holder's signals: «lagrer …» while text is pending, «lagret
14:03:12» after the commit, red when a commit failed.

Keys while the page is shown (also in the editor): Ctrl+↑/↓ previous/next
group, Ctrl+PgUp/PgDn previous/next task, Ctrl+Enter «Vis i plenum»; they
come from the console's key table (``run_command``). Nothing on the page takes
the keyboard from the person typing: the buttons and the grid take no focus,
and «Vis i plenum» leaves it in the editor (plain keys type there; Esc takes
the summary off the projector; a click on a picture of the projector gives
the clicker its keys back).

The editor is bound to one cell, the one named above it: typing is handed to
the session for that cell only, and before another cell is loaded the text
still waiting to be saved is committed to the cell it was typed in. Each
save names the version the text was typed from, so a device's save in
between is merged with it, not replaced (docs/session-file.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from app.event.model import Event, Task
from app.ui.console.style import caption
from app.ui.keys import Command
from app.ui.notes.editor import SummaryEditor, word_count
from app.ui.notes.follow_ups import FollowUpsPanel
from app.ui.notes.grid import NotesGrid
from app.ui.notes.history import HistoryPanel
from app.ui.notes.in_plenum import SummaryShow
from app.ui.notes.summary_screen import SummarySection
from app.ui.notes.task_header import TaskHeader
from app.ui.session.current import CurrentSession

if TYPE_CHECKING:
    from app.session import SessionGroup, SessionStore, SummaryVersion
    from app.ui.notes.groups_dialog import GroupsDialog

STATUS_OK = "color: #9aa0a6;"
HISTORY_DELAY_MS = 400
STATUS_ERROR = "color: #ff6b6b; font-weight: 700;"


def _utf16_length(text: str) -> int:
    """``len`` as Qt counts text positions: in UTF-16 units (an emoji is two)."""
    return len(text.encode("utf-16-le")) // 2


class NotesPage(QWidget):
    def __init__(self, holder: CurrentSession, event: Callable[[], Event], show: SummaryShow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._holder = holder
        self._event = event
        self._show = show
        self._cell: tuple[int, str] | None = None  # (group id, task id) the editor holds
        self._rebuilding = False
        self._groups: tuple[SessionGroup, ...] = ()
        self._loading = False
        # The version the editor's text was typed from; every save names it, so a save
        # from a device in between is merged, not replaced (``AutosaveWriter``).
        self._base: int | None = None
        self._history_later = QTimer(self)
        self._history_later.setSingleShot(True)
        self._history_later.setInterval(HISTORY_DELAY_MS)
        self._history_later.timeout.connect(self._refresh_history)
        self._groups_dialog: GroupsDialog | None = None

        self.grid = NotesGrid(self)
        self.grid.cell_chosen.connect(lambda _r, _c: self._load_cell())
        self.groups_button = QPushButton(self.tr("Groups…"), self)
        self.groups_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.groups_button.clicked.connect(self.open_groups)
        self.follow_ups = FollowUpsPanel(self)
        self.follow_ups.failed.connect(self._show_error)
        self.header = TaskHeader(self)
        self.editor = SummaryEditor(self)
        self.editor.textChanged.connect(self._text_changed)
        self.words = QLabel(self)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.show_button = QPushButton(self.tr("Show in plenary"), self)
        self.show_all_button = QPushButton(self.tr("All tasks in plenary"), self)
        self.back_button = QPushButton(self.tr("Back to the slides (Esc)"), self)
        for button, slot in ((self.show_button, self.show_in_plenum),
                             (self.show_all_button, lambda: self.show_in_plenum(all_tasks=True)),
                             (self.back_button, show.back_to_slides)):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
        self.history = HistoryPanel(self)
        self.history.restore_requested.connect(self.restore)
        self.empty = QLabel(self.tr("No session is open. Use File → Open session."), self)
        self.empty.setProperty("role", "placeholder")
        self.hint = QLabel(self.tr(
            "Ctrl+↑/↓ group  ·  Ctrl+PgUp/PgDn task  ·  Ctrl+Enter show in plenary  ·  "
            "to page it with PgDn/PgUp, click the preview first"), self)
        self.hint.setProperty("role", "caption")
        self.hint.setWordWrap(True)
        self._build_layout()
        self._actions: dict[Command, Callable[[], None]] = {
            Command.NOTES_GROUP_PREVIOUS: lambda: self.grid.step(-1, 0),
            Command.NOTES_GROUP_NEXT: lambda: self.grid.step(1, 0),
            Command.NOTES_TASK_PREVIOUS: lambda: self.grid.step(0, -1),
            Command.NOTES_TASK_NEXT: lambda: self.grid.step(0, 1),
            Command.SHOW_IN_PLENUM: self.show_in_plenum,
        }
        holder.opened.connect(lambda _store: self.reload())
        holder.closing.connect(lambda _store: self._session_closing())
        holder.pending.connect(self._set_pending)
        holder.saved.connect(self._saved)
        holder.save_failed.connect(self._show_error)
        holder.remote_saved.connect(self.remote_saved)
        holder.remote_changed.connect(self._remote_changed)
        self.reload()

    def _build_layout(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(caption(self.tr("GROUPS AND TASKS"), left))
        left_layout.addWidget(self.grid, 3)
        left_layout.addWidget(self.groups_button)
        left_layout.addWidget(self.follow_ups, 2)
        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.header)
        middle_layout.addWidget(self.editor, 1)
        status = QHBoxLayout()
        status.addWidget(self.words)
        status.addWidget(self.status, 1)
        middle_layout.addLayout(status)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.show_all_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        middle_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(self.history)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 5)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([380, 700, 240])
        self._splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.hint)

    # --- what is selected ----------------------------------------------------------

    @property
    def store(self) -> SessionStore | None:
        return self._holder.store

    def tasks(self) -> tuple[Task, ...]:
        return self._event().groupwork.tasks

    def current_group(self) -> SessionGroup | None:
        row = self.grid.currentRow()
        return self._groups[row] if 0 <= row < len(self._groups) else None

    def current_task(self) -> Task | None:
        tasks, column = self.tasks(), self.grid.currentColumn()
        return tasks[column] if 0 <= column < len(tasks) else None

    def select(self, group_index: int, task_index: int) -> None:
        self.grid.setCurrentCell(group_index, task_index)

    def current_text(self, group: SessionGroup, task_id: str) -> str:
        """What the group has for the task: text still pending in the writer, else the store's."""
        writer, store = self._holder.writer, self.store
        pending = writer.pending(group.id, task_id) if writer is not None else None
        if pending is not None:
            return pending
        version = store.summary(group.id, task_id) if store is not None else None
        return version.text if version is not None else ""

    # --- loading ------------------------------------------------------------------

    def reload(self) -> None:
        """Rebuild the grid from the session (after open, import, group changes)."""
        store = self.store
        self.empty.setVisible(store is None)
        self._splitter.setVisible(store is not None)
        if store is None:
            self._groups, self._cell = (), None
            return
        self._groups = store.groups()
        tasks = self.tasks()
        self._rebuilding = True  # the cell is loaded once, below
        self.grid.set_layout(self._groups, tasks)
        for row, group in enumerate(self._groups):
            current = store.summaries(group.id)
            for column, task in enumerate(tasks):
                version = current.get(task.id)
                self.grid.set_text_of(row, column, version.text if version else "")
        held = self._held_position(tasks)
        if held is not None:
            self.select(*held)  # the same group and task, wherever the group moved to
        elif self._groups and tasks and self.grid.currentRow() < 0:
            self.select(0, 0)
        self._rebuilding = False
        self._load_cell()

    def _held_position(self, tasks: tuple[Task, ...]) -> tuple[int, int] | None:
        """Row and column of the cell the editor holds, if it is still in the grid."""
        if self._cell is None:
            return None
        group_id, task_id = self._cell
        rows = [row for row, group in enumerate(self._groups) if group.id == group_id]
        columns = [column for column, task in enumerate(tasks) if task.id == task_id]
        return (rows[0], columns[0]) if rows and columns else None

    def _load_cell(self) -> None:
        if self._rebuilding:
            return
        store, group, task = self.store, self.current_group(), self.current_task()
        cell = (group.id, task.id) if group is not None and task is not None else None
        if cell != self._cell:
            self._save_held_cell()
        # Read once, after the save: the text, the base and the status line all come from these
        # (each read takes the store's lock, which the writer holds while it syncs to disk).
        writer = self._holder.writer
        pending = writer.pending(*cell) if cell is not None and writer is not None else None
        # Text still pending for the held cell was typed from the base it has.
        keep_base = cell == self._cell and pending is not None
        stored = store.summary(*cell) if cell is not None and store is not None and not keep_base \
            else None
        self._cell = cell
        read_only = store is None or store.read_only
        self._loading = True
        try:
            text = pending if pending is not None else stored.text if stored is not None else ""
            self.editor.setPlainText(text)
            self.editor.moveCursor(QTextCursor.MoveOperation.End)  # typing goes on after the text
        finally:
            self._loading = False
        if not keep_base:
            self._base = stored.id if stored is not None else None
        usable = group is not None and task is not None
        self.editor.setReadOnly(read_only or not usable)
        self.editor.setEnabled(usable)
        self.show_button.setEnabled(usable)
        self.show_all_button.setEnabled(group is not None)
        self._update_words(text)
        tasks = self.tasks()
        caption = ""
        if group is not None and task is not None:
            caption = self.tr("%1 · TASK %2 OF %3").replace("%1", group.name.upper()).replace(
                "%2", str(tasks.index(task) + 1)).replace("%3", str(len(tasks)))
        self.header.show_task(caption, task)
        self.follow_ups.show_group(store, group.id if group else None)
        self._refresh_history()
        if read_only and store is not None:
            self._set_status(self.tr("Read-only: another Plenum has this session open; "
                                     "notes cannot be edited here."), error=True)
        elif cell is not None:
            if pending is not None:
                self._set_pending()
            elif stored is not None:
                self._set_saved_at(stored)
            else:
                self._set_status("", error=False)

    def _refresh_history(self) -> None:
        store, group, task = self.store, self.current_group(), self.current_task()
        versions = store.history(group.id, task.id) if store and group and task else ()
        self.history.set_versions(versions, read_only=store is None or store.read_only)

    # --- typing and saving ----------------------------------------------------------

    def _save_held_cell(self) -> None:
        """Commit what was typed in the held cell before the editor shows another one."""
        writer = self._holder.writer
        if self._cell is not None and writer is not None and writer.pending(*self._cell) is not None:
            self._holder.flush()

    def _text_changed(self) -> None:
        if self._loading or self._cell is None:
            return
        text = self.editor.toPlainText()
        self._holder.submit(*self._cell, text, base=self._base)
        self._update_words(text)
        self.grid.set_text_of(self.grid.currentRow(), self.grid.currentColumn(), text)

    # --- saves from the groups' devices ---------------------------------------------------

    def remote_saved(self, group_id: int, task_id: str, text: str, saved_at: dt.datetime,
                     version_id: int) -> None:
        """A device saved ``text`` as version ``version_id``: show it in the grid, and in the
        editor if it is this cell.

        Costs the UI thread a few widget updates and no database query (the
        history follows ``HISTORY_DELAY_MS`` later, once for a burst of saves).
        If the writer still holds text typed here, or has committed since, the
        editor keeps its text: that commit merges the device's words into it
        (the editor's saves name their base) and its notice shows the result.
        """
        row = next((i for i, g in enumerate(self._groups) if g.id == group_id), -1)
        tasks = self.tasks()
        column = next((i for i, t in enumerate(tasks) if t.id == task_id), -1)
        if row < 0 or column < 0:
            return
        if self._cell != (group_id, task_id):
            self.grid.set_text_of(row, column, text)
            return
        if self._follow(version_id, text):
            at = saved_at.astimezone().strftime("%H:%M:%S")
            self._set_status(self.tr("saved %1 from a device").replace("%1", at), error=False)
        self._history_later.start()

    def _follow(self, version_id: int, text: str) -> bool:
        """Show the held cell's version ``version_id`` unless the editor is ahead of it.

        The editor is ahead if it shows that version or a later one, or if the
        writer has text typed here still to commit or committed after it: that
        commit merges ``text`` with what was typed, and its notice comes next.
        Otherwise everything typed here is in ``text`` already.
        """
        writer = self._holder.writer
        if self._cell is None or (self._base is not None and version_id <= self._base):
            return False
        if writer is not None and writer.ahead_of(*self._cell, version_id):
            return False
        if text != self.editor.toPlainText():
            self._replace_text(text)
        self._base = version_id
        self._update_words(text)
        self.grid.set_text_of(self.grid.currentRow(), self.grid.currentColumn(), text)
        return True

    def _replace_text(self, text: str) -> None:
        """Put ``text`` in the editor by changing only the part that differs.

        A device's save mostly adds to the end; editing just that keeps the
        cursor, the selection, the scroll position and the undo history of
        whoever reads or types here, and costs a fraction of ``setPlainText``.
        """
        old = self.editor.toPlainText()
        start = 0
        shortest = min(len(old), len(text))
        while start < shortest and old[start] == text[start]:
            start += 1
        end = 0
        while end < shortest - start and old[-1 - end] == text[-1 - end]:
            end += 1
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(_utf16_length(old[:start]))
        cursor.setPosition(_utf16_length(old[:len(old) - end]), QTextCursor.MoveMode.KeepAnchor)
        self._loading = True
        try:
            cursor.insertText(text[start:len(text) - end])
        finally:
            self._loading = False

    def _remote_changed(self, group_id: int) -> None:
        group = self.current_group()
        if group is not None and group.id == group_id:
            self.follow_ups.show_group(self.store, group_id)

    def _update_words(self, text: str) -> None:
        self.words.setText(self.tr("%n word(s)", "", word_count(text)))

    def _set_pending(self) -> None:
        self._set_status(self.tr("saving…"), error=False)

    def _saved(self, versions: list[SummaryVersion]) -> None:
        group, task = self.current_group(), self.current_task()
        if group is None or task is None:
            return
        writer = self._holder.writer
        if writer is not None and writer.pending(group.id, task.id) is not None:
            return
        mine = [v for v in versions if v.group_id == group.id and v.task_id == task.id]
        if mine:
            self._follow(mine[-1].id, mine[-1].text)  # merged with a device's save, if one came in
        latest = mine[-1] if mine else self.store.summary(group.id, task.id) if self.store else None
        if latest is not None:
            self._set_saved_at(latest)
        if mine:
            self._refresh_history()

    def _set_saved_at(self, version: SummaryVersion) -> None:
        at = version.saved_at.astimezone().strftime("%H:%M:%S")
        self._set_status(self.tr("saved %1").replace("%1", at), error=False)

    def _show_error(self, message: str) -> None:
        self._set_status(self.tr("NOT SAVED: %1. The text stays here and is tried again.")
                         .replace("%1", message), error=True)

    def _set_status(self, text: str, *, error: bool) -> None:
        self.status.setText(text)
        style = STATUS_ERROR if error else STATUS_OK
        if self.status.styleSheet() != style:  # re-styling costs half a millisecond
            self.status.setStyleSheet(style)

    def _session_closing(self) -> None:
        self._history_later.stop()
        if self._groups_dialog is not None:
            self._groups_dialog.close()
            self._groups_dialog.deleteLater()
            self._groups_dialog = None

    # --- actions --------------------------------------------------------------------

    def restore(self, version_id: int) -> None:
        from app.session import SessionError

        store = self.store
        if store is None:
            return
        self._holder.flush()
        try:
            restored = store.restore_version(version_id)
        except SessionError as exc:
            self._show_error(str(exc))
            return
        self._load_cell()
        self.grid.set_text_of(self.grid.currentRow(), self.grid.currentColumn(), restored.text)

    def show_in_plenum(self, *, all_tasks: bool = False) -> None:
        group, task = self.current_group(), self.current_task()
        if group is None or (task is None and not all_tasks):
            return
        tasks = self.tasks() if all_tasks else (task,)
        sections = tuple(SummarySection(t.title, self.current_text(group, t.id))
                         for t in tasks if t is not None)
        self._show.show(group.name, sections)

    def run_command(self, command: Command) -> bool:
        """The page's keys (see the module docstring); False for any other command."""
        action = self._actions.get(command)
        if action is None:
            return False
        action()
        return True

    def open_groups(self) -> None:
        store = self.store
        if store is None or store.read_only:
            return
        if self._groups_dialog is None:
            from app.ui.notes.groups_dialog import GroupsDialog

            self._groups_dialog = GroupsDialog(store, self)
            self._groups_dialog.changed.connect(self.reload)
        self._groups_dialog.show()
        self._groups_dialog.activateWindow()
