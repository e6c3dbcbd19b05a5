"""The note-taker's editor: typing reaches the session, paste is plain, keys stay in the editor."""

from __future__ import annotations

import re

from noteskit import type_text
from PySide6.QtCore import QMimeData, Qt
from pytestqt.qtbot import QtBot

from app.session import SessionStore
from app.timing.clock import FakeClock
from app.ui.presenter import PresenterApp


def page_of(app: PresenterApp):  # type: ignore[no-untyped-def]
    return app.sessions.notes_page


def test_typing_reaches_the_store_and_the_status_says_saved(
        qtbot: QtBot, notes_app: PresenterApp, clock: FakeClock) -> None:
    page = page_of(notes_app)
    page.select(1, 0)
    page.editor.setFocus()
    text = "Flerkjernet <b>utvikling</b> & samarbeid ŋ ŧ đ 🙂"
    type_text(page.editor, text)
    assert page.status.text() == "saving…"
    writer = notes_app.sessions.holder.writer
    assert writer is not None
    with qtbot.waitSignal(notes_app.sessions.holder.saved, timeout=5000):
        clock.advance(1)
        writer.wake()
    notes_app.sessions.holder.flush()
    store = notes_app.session
    assert isinstance(store, SessionStore)
    group = page.current_group()
    assert group is not None and group.name == store.groups()[1].name
    saved = store.summary(group.id, "funn")
    assert saved is not None and saved.text == text
    qtbot.waitUntil(lambda: re.fullmatch(r"saved \d\d:\d\d:\d\d", page.status.text()) is not None)
    assert page.words.text() == "8 word(s)"
    assert page.grid.item(1, 0).text() == "8" and not page.grid.is_filled(0, 0)


def test_closing_the_app_flushes_what_was_typed(qtbot: QtBot, make_app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    path = tmp_path / "flush.plenum"
    app.open_session(path)
    page = page_of(app)
    page.select(0, 1)
    type_text(page.editor, "siste ord")
    group = page.current_group()
    app.close()  # no wait: closing must commit the pending text
    with SessionStore.open(path, read_only=True) as store:
        saved = store.summary(group.id, "rolle")
        assert saved is not None and saved.text == "siste ord"


def test_pasting_html_gives_plain_text(notes_app: PresenterApp) -> None:
    editor = page_of(notes_app).editor
    html_only = QMimeData()
    html_only.setHtml("<p><b>Fet</b> og <i>kursiv</i> <img src=x onerror=alert(1)></p>")
    editor.insertFromMimeData(html_only)
    assert editor.toPlainText() == "Fet og kursiv "
    editor.clear()
    word = QMimeData()  # what Word puts on the clipboard: both
    word.setHtml("<b>Fet</b><table><tr><td>celle</td></tr></table>")
    word.setText("Fet\r\ncelle <b>")
    editor.insertFromMimeData(word)
    assert editor.toPlainText() == "Fet\ncelle <b>"
    block = editor.document().begin()
    while block.isValid():  # no bold run came along with the paste
        for fragment in block:
            assert fragment.fragment().charFormat().fontWeight() == editor.font().weight()
        block = block.next()


def test_slide_keys_do_not_leave_the_editor_and_ctrl_keys_move_the_cell(
        qtbot: QtBot, notes_app: PresenterApp) -> None:
    page = page_of(notes_app)
    page.select(0, 0)
    notes_app.console.activateWindow()
    page.editor.setFocus()
    qtbot.waitUntil(page.editor.hasFocus)
    before = notes_app.presentation.index
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_B, Qt.Key.Key_N):
        qtbot.keyClick(page.editor, key)
    assert notes_app.presentation.index == before
    assert notes_app.presentation.blank is None
    assert page.editor.toPlainText() == " bn"
    qtbot.keyClick(page.editor, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.editor, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.editor, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert (page.grid.currentRow(), page.grid.currentColumn()) == (1, 2)
    assert page.editor.toPlainText() == ""
    qtbot.keyClick(page.editor, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.editor, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert page.header.title.text() == "Hva har vært og er Osloregionens viktigste rolle og funksjon?"
    assert page.header.points.text().startswith("•  Stikkord/eksempler")
    qtbot.keyClick(page.editor, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert (page.grid.currentRow(), page.grid.currentColumn()) == (0, 0)
    assert page.editor.toPlainText() == " bn"  # back to what was typed there


def test_read_only_second_instance_shows_the_banner_and_disables_editing(
        make_app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    path = tmp_path / "delt.plenum"
    with SessionStore.open_or_create(path, app.presentation.event):  # "the other Plenum"
        assert app.open_session(path)
        assert app.session is not None and app.session.read_only
        banner = app.sessions.banner
        assert banner.isVisible()
        assert banner.text.text().startswith("Read-only:")
        assert "cannot be edited here" in banner.text.text()
        page = page_of(app)
        assert page.editor.isReadOnly()
        assert not page.history.restore_button.isEnabled()
        assert not page.follow_ups.entry.isEnabled()
        assert "Read-only" in page.status.text()
        app.sessions.holder.close()


def test_the_status_says_saved_as_soon_as_the_typing_pauses(
        qtbot: QtBot, notes_app: PresenterApp, clock: FakeClock) -> None:
    """Issue 15, finding 10: «lagrer …» still showed 1.5 s after a burst of typing. The
    writer now commits a quarter second after the last key, and the status says so in
    the same turn of the event loop as the commit. Time is the app's fake clock."""
    from keyboard import CTRL, Key, press
    from keyboard import type_text as keyboard_types

    page, holder = page_of(notes_app), notes_app.sessions.holder
    writer = holder.writer
    assert writer is not None
    page.select(0, 1)
    page.editor.setFocus()
    keyboard_types(notes_app.console, "Kort innspill fra gruppe 1")
    assert page.status.text() == "saving…"
    with qtbot.waitSignal(holder.saved, timeout=5000):
        clock.advance(0.25)  # a quarter second without a key
        writer.wake()
    assert page.status.text() == "saved " + clock.now().astimezone().strftime("%H:%M:%S")
    group = page.current_group()
    store = notes_app.session
    assert group is not None and store is not None
    assert store.summary(group.id, "rolle").text == "Kort innspill fra gruppe 1"  # type: ignore[union-attr]
    # Typing on without a pause is still saved within max_delay of its first key.
    for word in (" og", " mer", " tekst", " til"):
        clock.advance(0.2)
        keyboard_types(notes_app.console, word)
    assert page.status.text() == "saving…"
    with qtbot.waitSignal(holder.saved, timeout=5000):
        clock.advance(0.2)  # 0.8 s since the first of these keys, 0.2 s since the last
        writer.wake()
    assert page.status.text().startswith("saved ")
    assert store.summary(group.id, "rolle").text.endswith(" og mer tekst til")  # type: ignore[union-attr]
    press(notes_app.console, Key.Key_Z, CTRL)  # undo is the editor's, not the projector's
    assert not page.editor.toPlainText().endswith(" til")


def test_a_devices_save_between_keystrokes_and_autosave_is_merged_into_the_editor(
        qtbot: QtBot, notes_app: PresenterApp) -> None:
    """Issue 13 item 5: a device saves into the cell the editor is typing in. Whichever
    notice reaches the editor first, the current version and the editor hold both texts."""
    from app.session.merge import save_typed

    page, holder = page_of(notes_app), notes_app.sessions.holder
    store = notes_app.session
    assert isinstance(store, SessionStore)
    page.select(0, 0)
    page.editor.setFocus()
    group = store.groups()[0].id
    page.editor.insertPlainText("Vi mener\n")  # (a key event's "\n" inserts no line break)
    with qtbot.waitSignal(holder.saved, timeout=5000):
        holder.flush()
    start = store.summary(group, "funn")
    assert start is not None
    type_text(page.editor, "B: færre møter")  # pending in the writer
    device = save_typed(store, group, "funn", "Vi mener\nA: mer samarbeid\n", start.id,
                        source="device").current
    # The autosave commits after the device, and its notice reaches the editor first.
    with qtbot.waitSignal(holder.saved, timeout=5000):
        holder.flush()
    both = "Vi mener\nA: mer samarbeid\nB: færre møter"
    assert page.editor.toPlainText() == both
    holder.remote_saved.emit(group, "funn", device.text, device.saved_at, device.id)  # late
    assert page.editor.toPlainText() == both
    # A device's notice that arrives while text typed here is pending keeps that text;
    # the writer's commit merges them and the editor shows the result.
    type_text(page.editor, ", kortere")
    merged = store.summary(group, "funn")
    assert merged is not None
    device = save_typed(store, group, "funn", "Vi mener\nA: mer samarbeid, nå\nB: færre møter",
                        merged.id, source="device").current
    holder.remote_saved.emit(group, "funn", device.text, device.saved_at, device.id)
    assert page.editor.toPlainText() == both + ", kortere"
    with qtbot.waitSignal(holder.saved, timeout=5000):
        holder.flush()
    final = "Vi mener\nA: mer samarbeid, nå\nB: færre møter, kortere"
    assert page.editor.toPlainText() == final
    assert store.summary(group, "funn").text == final  # type: ignore[union-attr]
    type_text(page.editor, ".")  # typed on from the merged text: saved as it is
    holder.flush()
    assert store.summary(group, "funn").text == final + "."  # type: ignore[union-attr]
