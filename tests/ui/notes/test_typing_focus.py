"""Issue 15, findings 1 and 2: the keyboard goes where the person is typing.

Every test drives the real console with clicks and with key presses sent to the
window (they land wherever focus is, as a keyboard's do), and judges by what
the audience window shows and what the session holds. The rules under test:
while a text field has focus, plain keys edit it and only Ctrl combinations,
Esc and F-keys act on the presentation; an action taken from the Notater page
leaves focus where the person was typing; a group's notes land only in the
cell named above the editor.
"""

from __future__ import annotations

import pytest
from keyboard import CTRL, PARAGRAPH, Key, press, type_text
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.presenting.content import SlideContent
from app.ui.console.window import Mode
from app.ui.notes.groups_dialog import GroupsDialog
from app.ui.notes.summary_screen import SummaryContent
from app.ui.presenter import PresenterApp
from app.ui.text_fields import is_text_field

LEFT = Qt.MouseButton.LeftButton


def audience_image(app: PresenterApp) -> QImage:
    return app.audience.grab().toImage()


def same_picture(a: QImage, b: QImage) -> bool:
    """The same picture to the eye: a 480x270 grey copy with at most two pixels clearly apart
    (a slide's first frame and a prepared slide's differ in antialiasing only; the
    next slide, black or a summary differ in thousands)."""
    def grey(image: QImage) -> bytes:
        small = image.scaled(480, 270, Qt.AspectRatioMode.IgnoreAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
        small = small.convertToFormat(QImage.Format.Format_Grayscale8)
        line = small.bytesPerLine()
        data = bytes(small.constBits())
        return b"".join(data[y * line:y * line + 480] for y in range(270))
    return sum(abs(p - q) > 48 for p, q in zip(grey(a), grey(b), strict=True)) <= 2


def click_into(field: QWidget) -> None:
    """Click a field near its left edge (a combo box's arrow would open its list)."""
    target = field.viewport() if isinstance(field, (QPlainTextEdit, QTextEdit)) else field
    QTest.mouseClick(target, LEFT, Qt.KeyboardModifier.NoModifier, QPoint(8, target.height() // 2))
    assert QApplication.focusWidget() is field


def name_of(app: PresenterApp, field: QWidget) -> str:
    """The attribute name a page gives ``field`` (for the fuzz's coverage check)."""
    owners = [app.sessions.notes_page, app.sessions.notes_page.follow_ups,
              app.groupwork.page.controls, app.groupwork.page.groups]
    for owner in owners:
        for name, value in vars(owner).items():
            if value is field:
                return name
    return repr(field)


def test_show_in_plenum_and_esc_leave_the_keyboard_in_the_editor(
        qtbot: QtBot, notes_app: PresenterApp) -> None:
    console, page = notes_app.console, notes_app.sessions.notes_page
    page.select(0, 0)
    click_into(page.editor)
    type_text(console, "Gruppe 1 mener")
    press(console, Key.Key_Return, CTRL)  # «Vis i plenum»
    shown = notes_app.presentation.content
    assert isinstance(shown, SummaryContent) and shown.pages[0].text == "Gruppe 1 mener"
    assert page.editor.hasFocus()
    press(console, Key.Key_Escape)  # back to the slides
    assert notes_app.presentation.content == SlideContent(0)
    assert page.editor.hasFocus()
    type_text(console, " Bra")
    assert page.editor.toPlainText() == "Gruppe 1 mener Bra"
    assert notes_app.presentation.content == SlideContent(0)  # "B" typed, not black
    # The buttons and the grid do not take the keyboard either.
    qtbot.mouseClick(page.show_button, LEFT)
    qtbot.mouseClick(page.back_button, LEFT)
    grid = page.grid
    qtbot.mouseClick(grid.viewport(), LEFT, pos=grid.visualItemRect(grid.item(0, 1)).center())
    assert (grid.currentRow(), grid.currentColumn()) == (0, 1)
    assert page.editor.hasFocus()
    type_text(console, "Oppgave 2")
    # The page's Ctrl keys still work from the editor.
    press(console, Key.Key_Down, CTRL)
    press(console, Key.Key_PageUp, CTRL)
    assert (grid.currentRow(), grid.currentColumn()) == (1, 0)
    press(console, Key.Key_Up, CTRL)
    press(console, Key.Key_PageDown, CTRL)
    assert page.editor.toPlainText() == "Oppgave 2"
    # Another mode and back: the cursor is where it was.
    press(console, Key.Key_1, CTRL)
    assert console.mode is Mode.PRESENTATION and not page.editor.hasFocus()
    press(console, Key.Key_PageDown)
    assert notes_app.presentation.index == 1  # outside a text field the clicker drives the slides
    press(console, Key.Key_3, CTRL)
    assert console.mode is Mode.NOTES and page.editor.hasFocus()
    type_text(console, ".")
    assert page.editor.toPlainText() == "Oppgave 2."


def test_a_click_on_the_preview_gives_the_clicker_its_keys_back(
        qtbot: QtBot, notes_app: PresenterApp) -> None:
    console, page = notes_app.console, notes_app.sessions.notes_page
    page.select(1, 0)
    page.editor.setPlainText("\n".join(f"Punkt {n}: " + "regionalt samarbeid om areal og transport " * 6
                                       for n in range(1, 13)))
    click_into(page.editor)
    press(console, Key.Key_Return, CTRL)
    assert notes_app.sessions.summary_show.page_count() >= 2
    press(console, Key.Key_PageDown)  # in the editor: the cursor moves, the summary does not
    shown = notes_app.presentation.content
    assert isinstance(shown, SummaryContent) and shown.page == 0
    qtbot.mouseClick(console.top_bar.preview, LEFT)
    assert not page.editor.hasFocus()
    press(console, Key.Key_PageDown)
    shown = notes_app.presentation.content
    assert isinstance(shown, SummaryContent) and shown.page == 1
    press(console, Key.Key_B)  # and the other presentation keys
    assert notes_app.presentation.blank is not None


def test_presentation_keys_typed_in_the_editor_never_reach_the_projector(
        qtbot: QtBot, notes_app: PresenterApp) -> None:
    console, page = notes_app.console, notes_app.sessions.notes_page
    notes_app.presentation.go_to(3)
    page.select(2, 1)
    click_into(page.editor)
    before = audience_image(notes_app)
    typed = "Bb. Ww, Ff Ss Gg Vv Tt Nn Pp Oo + - ? 12\n7 "
    type_text(console, typed)
    press(console, Key.Key_Tab, text="\t")
    for key in (Key.Key_PageDown, Key.Key_Right, Key.Key_Home, Key.Key_Backspace):
        press(console, key)
    assert notes_app.presentation.content == SlideContent(3)
    assert same_picture(audience_image(notes_app), before)
    shortcuts = console.help_dialog
    assert (shortcuts is None or not shortcuts.isVisible()) and not console.overview_open
    # Home went to the start of "7 \t", and Backspace joined it to the line before.
    assert page.editor.toPlainText() == "Bb. Ww, Ff Ss Gg Vv Tt Nn Pp Oo + - ? 127 \t"
    assert notes_app.keys.typed_number == ""


def test_a_note_and_a_follow_up_land_in_the_group_they_were_typed_for(
        qtbot: QtBot, notes_app: PresenterApp) -> None:
    console, page, store = notes_app.console, notes_app.sessions.notes_page, notes_app.session
    assert store is not None
    first, second = store.groups()[:2]
    page.select(0, 0)
    click_into(page.editor)
    type_text(console, "Funn fra gruppe 1.")
    press(console, Key.Key_Return, CTRL)
    press(console, Key.Key_Escape)
    type_text(console, " Bra samarbeid.")
    click_into(page.follow_ups.entry)
    type_text(console, "Følge opp kollektivtrafikk\n")
    assert page.follow_ups.entry.hasFocus()
    click_into(page.editor)
    type_text(console, " Mer.")
    press(console, Key.Key_Down, CTRL)  # to Gruppe 2 before the autosave ran
    assert page.header.group.text().startswith(second.name.upper())
    saved = store.summary(first.id, "funn")
    assert saved is not None and saved.text == "Funn fra gruppe 1. Bra samarbeid. Mer."  # committed first
    assert store.summary(second.id, "funn") is None
    assert [p.text for p in store.follow_ups(first.id)] == ["Følge opp kollektivtrafikk"]
    assert store.follow_ups(second.id) == ()
    assert page.editor.toPlainText() == "" and page.editor.hasFocus()
    type_text(console, "Gruppe 2 sitt.")
    notes_app.sessions.holder.flush()
    assert store.summary(second.id, "funn").text == "Gruppe 2 sitt."  # type: ignore[union-attr]
    assert store.summary(first.id, "funn").text == "Funn fra gruppe 1. Bra samarbeid. Mer."  # type: ignore[union-attr]
    assert notes_app.presentation.content == SlideContent(0)


def test_enter_in_the_group_work_fields_moves_neither_the_slides_nor_the_task(
        qtbot: QtBot, notes_app: PresenterApp) -> None:
    console = notes_app.console
    press(console, Key.Key_2, CTRL)
    page = notes_app.groupwork.page
    round_ = notes_app.groupwork.round
    # Varighet, with the slides on the projector: Enter set the length and advanced the slide.
    click_into(page.controls.duration)
    press(console, Key.Key_A, CTRL)
    type_text(console, "30\n")
    assert round_.duration.total_seconds() == 30 * 60
    assert notes_app.presentation.content == SlideContent(0)
    assert page.controls.duration.hasFocus()
    # With the task on the projector, Enter in a group timer's minutes and in the
    # group-name box moved the room's task on (task 1 became task 3).
    notes_app.groupwork.controller.show("task")
    shown = audience_image(notes_app)
    click_into(page.groups.minutes)
    press(console, Key.Key_A, CTRL)
    type_text(console, "12\n")
    click_into(page.groups.group)
    press(console, Key.Key_A, CTRL)
    type_text(console, "Gruppe 5\n")
    assert round_.current == 0
    assert same_picture(audience_image(notes_app), shown)
    qtbot.mouseClick(page.groups.add_button, LEFT)
    assert [s.group for s in round_.groups.statuses()] == ["Gruppe 5"]
    assert round_.groups["Gruppe 5"].length() == 12 * 60
    assert page.groups.group.hasFocus()  # the button left the keyboard where it was
    press(console, Key.Key_Escape)  # Esc still reaches the presentation: nothing to close here
    assert round_.current == 0 and notes_app.presentation.index == 0


# --- the focus fuzz -------------------------------------------------------------------------

def text_fields(window: QWidget) -> list[QWidget]:
    """Every field of ``window`` a person can click into and type in now."""
    found: list[QWidget] = []
    for widget in window.findChildren(QWidget):
        while widget.focusProxy() is not None:  # a spin box's inner line edit: the box
            widget = widget.focusProxy()
        if (is_text_field(widget) and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.ClickFocus and widget not in found):
            found.append(widget)
    return found


def field_text(field: QWidget) -> str:
    if isinstance(field, (QPlainTextEdit, QTextEdit)):
        return field.toPlainText()
    if isinstance(field, QComboBox):
        return field.currentText()
    if isinstance(field, QAbstractSpinBox):
        return field.text().removesuffix(getattr(field, "suffix", lambda: "")())
    assert isinstance(field, QLineEdit)
    return field.text()


def assert_typed_in(field: QWidget, window: QWidget, app: PresenterApp, picture: bool) -> None:
    """Type the paragraph into ``field`` and check that it stayed there."""
    click_into(field)
    before, shown = projector_state(app), audience_image(app)
    press(window, Key.Key_A, CTRL)
    type_text(window, PARAGRAPH)
    assert QApplication.focusWidget() is field, f"{field!r} lost the keyboard"
    assert projector_state(app) == before, f"typing in {field!r} changed the projector"
    assert not picture or same_picture(audience_image(app), shown), f"typing in {field!r} changed the picture"
    text = field_text(field)
    if isinstance(field, (QPlainTextEdit, QTextEdit)):
        assert text == PARAGRAPH
    elif isinstance(field, QAbstractSpinBox):
        assert text and set(text) <= set(PARAGRAPH), f"{field!r} holds {text!r}"  # the digits it took
    else:
        assert text.endswith(PARAGRAPH.split("\n")[-1]), f"{field!r} holds {text!r}"


def projector_state(app: PresenterApp) -> tuple[object, ...]:
    """What decides what the room sees: the kind of content, the slide, the round's task and stage."""
    round_ = app.groupwork.round
    return (type(app.presentation.content), app.presentation.index, round_.current, round_.stage,
            app.keys.typed_number)


MODES = {Mode.PRESENTATION: Key.Key_1, Mode.GROUPWORK: Key.Key_2, Mode.NOTES: Key.Key_3,
         Mode.PROGRAMME: Key.Key_4}


@pytest.mark.parametrize("mode", list(MODES), ids=lambda m: m.name.lower())
# With the slide on the projector every keystroke also compares the projector's pixels.
@pytest.mark.parametrize("on_projector", [pytest.param("slide", marks=pytest.mark.slow), "task"])
def test_focus_fuzz_typing_in_every_field_of_every_mode(
        qtbot: QtBot, notes_app: PresenterApp, mode: Mode, on_projector: str) -> None:
    console = notes_app.console
    notes_app.presentation.go_to(2)
    if on_projector == "task":  # the clicker's keys then step the room's task
        notes_app.groupwork.controller.show("task")
    press(console, MODES[mode], CTRL)
    assert console.mode is mode
    # With the task on the projector, the round's length typed into its box is shown there
    # (that is what was typed): the picture is compared with the slide on the projector.
    picture = on_projector == "slide"
    fields = text_fields(console)
    expected = {
        Mode.PRESENTATION: set(),
        Mode.GROUPWORK: {"duration", "until", "group", "minutes"},
        Mode.NOTES: {"editor", "entry"},
        Mode.PROGRAMME: set(),
    }[mode]
    assert {name_of(notes_app, f) for f in fields} >= expected
    for field in fields:
        assert_typed_in(field, console, notes_app, picture)
    if mode is Mode.NOTES:  # the groups dialog, opened from the page
        page = notes_app.sessions.notes_page
        qtbot.mouseClick(page.groups_button, LEFT)
        dialog = page.findChild(GroupsDialog)
        assert dialog is not None
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog_fields = text_fields(dialog)
        assert len(dialog_fields) == 5
        for field in dialog_fields:
            assert_typed_in(field, dialog, notes_app, picture)
        dialog.close()


def test_altgr_and_option_characters_are_typed_and_alt_is_never_a_presentation_key(
        qtbot: QtBot, notes_app: PresenterApp) -> None:
    """Nordic keyboards type @ { } | with AltGr (Ctrl+Alt on Windows) or Option (Alt on a Mac)."""
    console, page = notes_app.console, notes_app.sessions.notes_page
    page.select(0, 0)
    click_into(page.editor)
    alt = Qt.KeyboardModifier.AltModifier
    press(console, Key.Key_2, CTRL | alt, "@")  # AltGr+2 on Windows: not Ctrl+2 (Gruppearbeid)
    press(console, Key.Key_7, alt, "{")  # Option+7 on a Mac
    assert page.editor.toPlainText() == "@{" and console.mode is Mode.NOTES
    qtbot.mouseClick(console.top_bar.preview, LEFT)  # out of the editor
    press(console, Key.Key_B, alt)
    assert notes_app.presentation.content == SlideContent(0)


def test_a_group_moved_while_its_note_is_typed_keeps_the_editor_and_the_text(
        qtbot: QtBot, notes_app: PresenterApp) -> None:
    from PySide6.QtWidgets import QPushButton

    console, page, store = notes_app.console, notes_app.sessions.notes_page, notes_app.session
    assert store is not None
    first, second = store.groups()[:2]
    page.select(1, 0)
    click_into(page.editor)
    type_text(console, "Notat for gruppe 2")
    qtbot.mouseClick(page.groups_button, LEFT)
    dialog = page.findChild(GroupsDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.list.setCurrentRow(1)
    (move_up,) = [b for b in dialog.findChildren(QPushButton) if b.text() == "Move up"]
    qtbot.mouseClick(move_up, LEFT)
    assert [g.id for g in store.groups()[:2]] == [second.id, first.id]
    assert page.header.group.text().startswith(second.name.upper())  # Gruppe 2, now in row 0
    assert (page.grid.currentRow(), page.editor.toPlainText()) == (0, "Notat for gruppe 2")
    dialog.close()
    click_into(page.editor)
    type_text(console, ", fortsatt")
    notes_app.sessions.holder.flush()
    assert store.summary(second.id, "funn").text == "Notat for gruppe 2, fortsatt"  # type: ignore[union-attr]
    assert store.summary(first.id, "funn") is None


def test_a_click_in_the_console_takes_the_keyboard_only_into_a_field_or_onto_the_projector(
        qtbot: QtBot, notes_app: PresenterApp) -> None:
    """A click on anything else (a button, a task's title, a notice) must leave the cursor where
    the person was typing: the keys typed next would otherwise reach the presentation."""
    from app.ui.content_view import ContentView

    console, page = notes_app.console, notes_app.sessions.notes_page
    for mode in Mode:
        console.set_mode(mode)  # every page built
    console.notices.show_notice("test", "A notice", "with details to copy")
    console.banner.show_warnings(())

    def takes_keyboard_on_click(widget: QWidget) -> bool:
        return (widget.window() is console and widget.isEnabled()
                and bool(widget.focusPolicy() & Qt.FocusPolicy.ClickFocus))

    def may(widget: QWidget) -> bool:
        return (is_text_field(widget) or is_text_field(widget.focusProxy())
                or isinstance(widget, ContentView) or widget is console.overview)

    takers = [w for w in console.findChildren(QWidget) if takes_keyboard_on_click(w)]
    assert [w for w in takers if not may(w)] == []
    assert sum(isinstance(w, ContentView) for w in takers) >= 3 and page.editor in takers
    # And the task's title, which the mouse may select, leaves the cursor in the editor.
    click_into(page.editor)
    qtbot.mouseClick(page.header.title, LEFT)
    type_text(console, "B")
    assert page.editor.toPlainText() == "B" and notes_app.presentation.content == SlideContent(0)
