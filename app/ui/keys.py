"""Every key the presenter (or a clicker) can press, in one table.

Both windows hand their unconsumed key presses to one ``KeyboardController``,
so the clicker works whichever window has focus. The shortcuts help and the
menus read the same table, so what is documented is what is bound. Keys that
mean something in one mode only (the Notater page's Ctrl+↑/↓, Ctrl+PgUp/PgDn,
Ctrl+Enter) are in the table too; the mode's feature answers them while its
page is shown. While a text field has focus, only keys with Ctrl, Esc and the
F-keys get here (``app.ui.text_fields``); plain keys type. Bindings without
keys document what a key means in a mode (the clicker stepping tasks, or a
summary's pages), where another binding holds the key.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent

from app.observers import Observers
from app.presenting.presentation import Presentation
from app.ui.i18n import QT_TRANSLATE_NOOP

Key = Qt.Key
Mod = Qt.KeyboardModifier


class Command(Enum):
    NEXT = auto()
    PREVIOUS = auto()
    FIRST = auto()
    LAST = auto()
    GO_TO = auto()
    BLACK = auto()
    WHITE = auto()
    FREEZE = auto()
    OVERVIEW = auto()
    HELP = auto()
    SWAP_SCREENS = auto()
    PRESENT = auto()
    LEAVE_FULLSCREEN = auto()
    MODE_1 = auto()
    MODE_2 = auto()
    MODE_3 = auto()
    MODE_4 = auto()
    NOTES_BIGGER = auto()
    NOTES_SMALLER = auto()
    TASK_NEXT = auto()
    TASK_PREVIOUS = auto()
    ROUND_TOGGLE = auto()
    ROUND_MORE = auto()
    ROUND_LESS = auto()
    GROUPWORK_SCREEN = auto()
    GROUPWORK_VIEW = auto()
    NOTES_GROUP_NEXT = auto()
    NOTES_GROUP_PREVIOUS = auto()
    NOTES_TASK_NEXT = auto()
    NOTES_TASK_PREVIOUS = auto()
    SHOW_IN_PLENUM = auto()


class Section(Enum):
    """Where a key applies; the shortcuts help lists the keys under these headings, in this order."""

    EVERYWHERE = QT_TRANSLATE_NOOP("Keys", "Everywhere")
    PRESENTATION = QT_TRANSLATE_NOOP("Keys", "Presentation")
    GROUPWORK = QT_TRANSLATE_NOOP("Keys", "Group work")
    NOTES = QT_TRANSLATE_NOOP("Keys", "Notes")

    def heading(self) -> str:
        return QCoreApplication.translate("Keys", self.value)


@dataclass(frozen=True)
class Binding:
    command: Command
    keys: tuple[tuple[Key, bool], ...]  # (key, needs Ctrl)
    label: str  # what the help shows for the keys
    description: str  # translatable, context "Keys"
    section: Section = Section.PRESENTATION


def _plain(*keys: Key) -> tuple[tuple[Key, bool], ...]:
    return tuple((key, False) for key in keys)


def _ctrl(*keys: Key) -> tuple[tuple[Key, bool], ...]:
    return tuple((key, True) for key in keys)


BINDINGS: tuple[Binding, ...] = (
    Binding(
        Command.NEXT,
        _plain(Key.Key_Right, Key.Key_Down, Key.Key_PageDown, Key.Key_Space, Key.Key_N),
        "→ ↓ PgDn Space Enter N",
        QT_TRANSLATE_NOOP("Keys", "Next slide"),
    ),
    Binding(
        Command.PREVIOUS,
        _plain(Key.Key_Left, Key.Key_Up, Key.Key_PageUp, Key.Key_Backspace, Key.Key_P),
        "← ↑ PgUp Backspace P",
        QT_TRANSLATE_NOOP("Keys", "Previous slide"),
    ),
    Binding(Command.FIRST, _plain(Key.Key_Home), "Home", QT_TRANSLATE_NOOP("Keys", "First slide")),
    Binding(Command.LAST, _plain(Key.Key_End), "End", QT_TRANSLATE_NOOP("Keys", "Last slide")),
    Binding(Command.GO_TO, (), "12 Enter", QT_TRANSLATE_NOOP("Keys", "Go to slide number")),
    Binding(
        Command.BLACK,
        _plain(Key.Key_B, Key.Key_Period),
        "B .",
        QT_TRANSLATE_NOOP("Keys", "Black screen (again to return)"),
        section=Section.EVERYWHERE,
    ),
    Binding(
        Command.WHITE,
        _plain(Key.Key_W, Key.Key_Comma),
        "W ,",
        QT_TRANSLATE_NOOP("Keys", "White screen (again to return)"),
        section=Section.EVERYWHERE,
    ),
    Binding(
        Command.FREEZE,
        _plain(Key.Key_F),
        "F",
        QT_TRANSLATE_NOOP("Keys", "Freeze the projector (again to release)"),
        section=Section.EVERYWHERE,
    ),
    Binding(
        Command.OVERVIEW,
        _plain(Key.Key_Tab, Key.Key_O),
        "Tab O",
        QT_TRANSLATE_NOOP("Keys", "Overview of all slides"),
    ),
    Binding(
        Command.HELP,
        _plain(Key.Key_Question),
        "?",
        QT_TRANSLATE_NOOP("Keys", "Shortcuts"),
        section=Section.EVERYWHERE,
    ),
    Binding(
        Command.SWAP_SCREENS,
        _plain(Key.Key_S),
        "S",
        QT_TRANSLATE_NOOP("Keys", "Swap screens"),
        section=Section.EVERYWHERE,
    ),
    Binding(
        Command.PRESENT,
        _plain(Key.Key_F5),
        "F5",
        QT_TRANSLATE_NOOP("Keys", "Present fullscreen (one screen)"),
        section=Section.EVERYWHERE,
    ),
    Binding(
        Command.LEAVE_FULLSCREEN,
        _plain(Key.Key_Escape),
        "Esc",
        QT_TRANSLATE_NOOP("Keys", "Leave fullscreen, close overview"),
        section=Section.EVERYWHERE,
    ),
    Binding(
        Command.MODE_1,
        _ctrl(Key.Key_1),
        "Ctrl+1",
        QT_TRANSLATE_NOOP("Keys", "Presentation"),
        section=Section.EVERYWHERE,
    ),
    Binding(
        Command.MODE_2,
        _ctrl(Key.Key_2),
        "Ctrl+2",
        QT_TRANSLATE_NOOP("Keys", "Group work"),
        section=Section.EVERYWHERE,
    ),
    Binding(
        Command.MODE_3,
        _ctrl(Key.Key_3),
        "Ctrl+3",
        QT_TRANSLATE_NOOP("Keys", "Notes"),
        section=Section.EVERYWHERE,
    ),
    Binding(
        Command.MODE_4,
        _ctrl(Key.Key_4),
        "Ctrl+4",
        QT_TRANSLATE_NOOP("Keys", "Programme"),
        section=Section.EVERYWHERE,
    ),
    Binding(
        Command.NOTES_BIGGER,
        _ctrl(Key.Key_Plus, Key.Key_Equal),
        "Ctrl++",
        QT_TRANSLATE_NOOP("Keys", "Larger speaker notes"),
    ),
    Binding(
        Command.NOTES_SMALLER,
        _ctrl(Key.Key_Minus),
        "Ctrl+-",
        QT_TRANSLATE_NOOP("Keys", "Smaller speaker notes"),
    ),
    # Group work. While a group-work screen is on the projector the clicker's
    # next/previous step through the round's tasks (what the room sees), so
    # these two have no keys of their own; the slide keys are untouched.
    Binding(
        Command.TASK_NEXT,
        (),
        "→ ↓ PgDn Space N",
        QT_TRANSLATE_NOOP("Keys", "Next task (while group work is on the projector)"),
        section=Section.GROUPWORK,
    ),
    Binding(
        Command.TASK_PREVIOUS,
        (),
        "← ↑ PgUp P",
        QT_TRANSLATE_NOOP("Keys", "Previous task (while group work is on the projector)"),
        section=Section.GROUPWORK,
    ),
    Binding(
        Command.GROUPWORK_SCREEN,
        _plain(Key.Key_G),
        "G",
        QT_TRANSLATE_NOOP("Keys", "Group work on the projector (again: back to the slides)"),
        section=Section.GROUPWORK,
    ),
    Binding(
        Command.GROUPWORK_VIEW,
        _plain(Key.Key_V),
        "V",
        QT_TRANSLATE_NOOP("Keys", "Group work: task + time, all tasks + time, time only"),
        section=Section.GROUPWORK,
    ),
    Binding(
        Command.ROUND_TOGGLE,
        _plain(Key.Key_T),
        "T",
        QT_TRANSLATE_NOOP("Keys", "Group work: start, pause or resume the round"),
        section=Section.GROUPWORK,
    ),
    Binding(
        Command.ROUND_MORE,
        _plain(Key.Key_Plus, Key.Key_Equal),
        "+",
        QT_TRANSLATE_NOOP("Keys", "Group work: one minute more"),
        section=Section.GROUPWORK,
    ),
    Binding(
        Command.ROUND_LESS,
        _plain(Key.Key_Minus, Key.Key_Underscore),
        "-",
        QT_TRANSLATE_NOOP("Keys", "Group work: one minute less"),
        section=Section.GROUPWORK,
    ),
    # Notater. The page's own keys work in the editor too; while a summary is on
    # the projector the clicker's next/previous page it and Esc ends it.
    Binding(
        Command.NOTES_GROUP_PREVIOUS,
        _ctrl(Key.Key_Up),
        "Ctrl+↑",
        QT_TRANSLATE_NOOP("Keys", "Previous group"),
        section=Section.NOTES,
    ),
    Binding(
        Command.NOTES_GROUP_NEXT,
        _ctrl(Key.Key_Down),
        "Ctrl+↓",
        QT_TRANSLATE_NOOP("Keys", "Next group"),
        section=Section.NOTES,
    ),
    Binding(
        Command.NOTES_TASK_PREVIOUS,
        _ctrl(Key.Key_PageUp),
        "Ctrl+PgUp",
        QT_TRANSLATE_NOOP("Keys", "Previous task"),
        section=Section.NOTES,
    ),
    Binding(
        Command.NOTES_TASK_NEXT,
        _ctrl(Key.Key_PageDown),
        "Ctrl+PgDn",
        QT_TRANSLATE_NOOP("Keys", "Next task"),
        section=Section.NOTES,
    ),
    Binding(
        Command.SHOW_IN_PLENUM,
        _ctrl(Key.Key_Return, Key.Key_Enter),
        "Ctrl+Enter",
        QT_TRANSLATE_NOOP("Keys", "Show the summary in plenary"),
        section=Section.NOTES,
    ),
    Binding(
        Command.NEXT,
        (),
        "→ ↓ PgDn Space N",
        QT_TRANSLATE_NOOP("Keys", "Next page of the summary (while one is on the projector)"),
        section=Section.NOTES,
    ),
    Binding(
        Command.PREVIOUS,
        (),
        "← ↑ PgUp P",
        QT_TRANSLATE_NOOP("Keys", "Previous page of the summary"),
        section=Section.NOTES,
    ),
    Binding(
        Command.LEAVE_FULLSCREEN,
        (),
        "Esc",
        QT_TRANSLATE_NOOP("Keys", "Summary off the projector, back to the slides"),
        section=Section.NOTES,
    ),
)

_BY_KEY: dict[tuple[int, bool], Command] = {
    (int(key.value), ctrl): binding.command
    for binding in BINDINGS
    for key, ctrl in binding.keys
}

_ENTER = (int(Key.Key_Return.value), int(Key.Key_Enter.value))
_DIGITS = {int(Key.Key_0.value) + n: str(n) for n in range(10)}


def describe(binding: Binding) -> str:
    """The binding's description in the UI language."""
    return QCoreApplication.translate("Keys", binding.description)


class Shell(Protocol):
    """What the keys ask of the windows around the model."""

    def run_command(self, command: Command) -> bool:
        """Carry out a window-level command; False if it does not apply now."""


class KeyboardController:
    """Turns key presses into calls on the model, or on the shell for window matters.

    Digits typed before Enter go to that slide; ``typed_number`` shows them.
    """

    def __init__(self, presentation: Presentation, shell: Shell) -> None:
        self._presentation = presentation
        self._shell = shell
        self._digits = ""
        self.typed_number_changed = Observers()

    @property
    def typed_number(self) -> str:
        return self._digits

    def handle(self, event: QKeyEvent) -> bool:
        """Act on ``event``; True if it was one of ours."""
        key = event.key()
        if event.modifiers() & Mod.AltModifier:
            return False  # no command uses Alt: it types characters and opens menus
        ctrl = bool(event.modifiers() & (Mod.ControlModifier | Mod.MetaModifier))
        if not ctrl and key in _DIGITS:
            self._set_digits(self._digits + _DIGITS[key])
            return True
        if not ctrl and key in _ENTER:
            return self._enter()
        command = _BY_KEY.get((key, ctrl))
        if command is None and not ctrl and event.text() == "?":
            command = Command.HELP
        self._set_digits("")
        if command is None:
            return False
        return self.run(command)

    def run(self, command: Command) -> bool:
        """Carry out ``command`` (also used by menus and buttons).

        The shell sees every command first: an open overview takes Next and
        Previous to move its selection instead of the slide.
        """
        model = self._presentation
        model_commands = {
            Command.NEXT: model.next,
            Command.PREVIOUS: model.previous,
            Command.FIRST: model.first,
            Command.LAST: model.last,
            Command.BLACK: model.toggle_black,
            Command.WHITE: model.toggle_white,
            Command.FREEZE: model.toggle_freeze,
        }
        if self._shell.run_command(command):
            return True
        action = model_commands.get(command)
        if action is None:
            return False
        action()
        return True

    def _enter(self) -> bool:
        if self._digits:
            number = int(self._digits)
            self._set_digits("")
            if number >= 1:
                self._presentation.go_to(number - 1)
            return True
        return self.run(Command.NEXT)

    def _set_digits(self, digits: str) -> None:
        if digits != self._digits:
            self._digits = digits[-4:]
            self.typed_number_changed.notify()
