"""«Del med gruppene» in the real console, with the real room server on loopback."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sharekit import loopback, request, save_note

from app.ui.keys import Command
from app.ui.presenter import PresenterApp
from app.ui.screen_placement import FRAME_ALLOWANCE, fitted_size
from app.ui.share.join_screen import JoinContent
from app.ui.share.panel import PREFERRED_SIZE
from app.ui.share.sharing import STATE_ON


@pytest.fixture
def app(make_app: object, tmp_path: Path) -> PresenterApp:
    assert callable(make_app)
    presenter: PresenterApp = make_app()
    assert presenter.open_session(tmp_path / "dag.plenum")
    return presenter


def switch_on(app: PresenterApp) -> None:
    app.sharing.share_action.trigger()
    assert app.sharing.sharing.running


def test_the_file_menu_switches_sharing_on_and_shows_every_groups_link(app: PresenterApp) -> None:
    assert not app.sharing.share_action.isChecked()
    switch_on(app)
    panel = app.sharing.panel
    assert panel is not None and panel.isVisible()
    assert app.sharing.share_action.isChecked()
    store = app.session
    assert store is not None
    groups = store.groups()
    rows = panel.group_rows
    assert [row.title.text() for row in rows] == [g.name for g in groups]
    for row in rows:
        assert row.link.text() == row.qr.url and "/t/" in row.link.text()
        assert row.link.textFormat() == row.link.textFormat().PlainText
        assert request("GET", row.link.text())[0] == 200
    base = app.sharing.sharing.base_urls()[0]
    assert base in panel.addresses.text() and rows[0].link.text().startswith(base)


def test_renewing_a_link_stops_the_old_one_at_once(app: PresenterApp) -> None:
    switch_on(app)
    panel = app.sharing.panel
    assert panel is not None
    old = panel.group_rows[1].link.text()
    renew = panel.group_rows[1].renew
    assert renew is not None
    renew.ask_button.click()
    renew.confirm_button.click()
    new = panel.group_rows[1].link.text()
    assert new != old
    assert request("GET", old)[0] == 403
    assert request("GET", new)[0] == 200
    assert panel.group_rows[0].link.text() != new


def test_switching_off_closes_the_server_and_is_remembered(app: PresenterApp) -> None:
    switch_on(app)
    url = app.sharing.sharing.cards()[0].url
    app.sharing.share_action.trigger()
    assert not app.sharing.sharing.running
    with pytest.raises(OSError):
        request("GET", url)
    assert app.session is not None and app.session.get_state(STATE_ON) is False


def test_a_restart_resumes_sharing_with_the_same_links(make_app: object, tmp_path: Path,
                                                        qtbot: QtBot) -> None:
    assert callable(make_app)
    first: PresenterApp = make_app()
    assert first.open_session(tmp_path / "dag.plenum")
    switch_on(first)
    links = [card.url for card in first.sharing.sharing.cards()]
    first.close()  # the app closes: sharing stops, the session remembers it was on
    with pytest.raises(OSError):
        request("GET", links[0])
    second: PresenterApp = make_app(settings_name="again.ini")
    assert second.open_session(tmp_path / "dag.plenum")
    assert not second.sharing.sharing.running  # not before the app's first frame: in the next turn
    qtbot.waitUntil(lambda: second.sharing.sharing.running, timeout=5000)
    assert [card.url for card in second.sharing.sharing.cards()] == links
    assert request("GET", links[0])[0] == 200


def test_a_note_typed_on_a_device_is_in_notater_at_once_ready_to_show(
        app: PresenterApp, qtbot: QtBot) -> None:
    switch_on(app)
    app.keys.run(Command.MODE_3)
    page = app.sessions.notes_page
    page.select(1, 0)
    url = app.sharing.sharing.cards()[1].url
    save_note(url, "funn", "Fra mobilen: <b>viktig</b> & mer")
    qtbot.waitUntil(lambda: page.editor.toPlainText() == "Fra mobilen: <b>viktig</b> & mer", timeout=1000)
    assert page.grid.item(1, 0).text() == "5"
    assert "from a device" in page.status.text() or "fra en enhet" in page.status.text()
    qtbot.waitUntil(lambda: page.history.list.count() == 1, timeout=2000)
    page.show_in_plenum()
    shown = app.presentation.content
    assert getattr(shown, "group", None) == app.sharing.sharing.cards()[1].group
    # Another cell: only the grid changes, the editor stays on its cell.
    save_note(app.sharing.sharing.cards()[0].url, "rolle", "en to tre")
    qtbot.waitUntil(lambda: page.grid.item(0, 1).text() == "3", timeout=1000)
    assert page.editor.toPlainText() == "Fra mobilen: <b>viktig</b> & mer"


def test_the_console_and_a_device_typing_into_one_cell_keep_both_texts(
        app: PresenterApp, qtbot: QtBot) -> None:
    switch_on(app)
    app.keys.run(Command.MODE_3)
    page = app.sessions.notes_page
    page.select(0, 0)
    url = app.sharing.sharing.cards()[0].url
    first = save_note(url, "funn", "Felles start.")
    qtbot.waitUntil(lambda: page.editor.toPlainText() == "Felles start.", timeout=1000)
    page.editor.moveCursor(page.editor.textCursor().MoveOperation.End)
    page.editor.insertPlainText(" Konsollen skriver.")  # pending in the autosave writer
    save_note(url, "funn", "Mobilen skriver først. Felles start.", base=first["version"])
    both = ("Mobilen skriver først.", "Konsollen skriver.")
    qtbot.waitUntil(lambda: all(part in page.editor.toPlainText() for part in both), timeout=1000)
    app.sessions.holder.flush()
    store = app.session
    assert store is not None
    current = store.summary(store.groups()[0].id, "funn")
    assert current is not None and all(part in current.text for part in both)


def test_gruppearbeid_shows_devices_typing_and_done(app: PresenterApp, qtbot: QtBot) -> None:
    app.keys.run(Command.MODE_2)
    room_list = app.sharing.room_list
    assert room_list is not None and room_list.isVisible()
    assert not room_list.switch.isChecked()
    room_list.switch.click()
    assert app.sharing.sharing.running and room_list.switch.isChecked()
    store = app.session
    assert store is not None
    group = store.groups()[2]
    url = app.sharing.sharing.cards()[2].url
    save_note(url, "funn", "noe")
    status, _body = request("POST", url + "done", {"done": True})
    assert status == 200
    _name, _devices, typed, done = room_list.cells[group.id]
    qtbot.waitUntil(lambda: typed.text() != "" and done.text() != "", timeout=1000)
    assert room_list.cells[store.groups()[0].id][3].text() == ""


def test_bli_med_goes_on_the_projector_and_esc_brings_the_slides_back(app: PresenterApp) -> None:
    switch_on(app)
    panel = app.sharing.panel
    assert panel is not None
    panel.join_button.click()
    content = app.presentation.content
    assert isinstance(content, JoinContent)
    assert [card.url for card in content.cards] == [card.url for card in app.sharing.sharing.cards()]
    renew = panel.group_rows[0].renew
    assert renew is not None
    renew.ask_button.click()
    renew.confirm_button.click()
    renewed = app.presentation.content
    assert isinstance(renewed, JoinContent) and renewed.cards[0].url == panel.group_rows[0].link.text()
    app.keys.run(Command.LEAVE_FULLSCREEN)
    assert not isinstance(app.presentation.content, JoinContent)


def test_print_handout_writes_the_pdf_off_the_ui_thread(app: PresenterApp, qtbot: QtBot,
                                                       tmp_path: Path) -> None:
    switch_on(app)
    out = tmp_path / "lenker.pdf"
    app.sessions.dialogs.handout_out = out  # type: ignore[attr-defined]
    panel = app.sharing.panel
    assert panel is not None
    panel.handout_button.click()
    qtbot.waitUntil(lambda: panel.open_button.isVisible(), timeout=10_000)
    assert out.read_bytes().startswith(b"%PDF")
    assert str(out) in panel.message.text()


def test_the_console_s_own_save_reaches_the_devices(app: PresenterApp, qtbot: QtBot) -> None:
    switch_on(app)
    app.keys.run(Command.MODE_3)
    page = app.sessions.notes_page
    page.select(0, 0)
    page.editor.setPlainText("Skrevet i konsollen")
    app.sessions.holder.flush()
    url = app.sharing.sharing.cards()[0].url
    status, state = request("GET", url + "state")
    assert status == 200
    assert state["group"]["notes"]["funn"]["text"] == "Skrevet i konsollen"
    assert loopback(url).startswith("http://127.0.0.1:")


def test_groups_added_or_removed_on_the_day_get_or_lose_their_links(app: PresenterApp) -> None:
    switch_on(app)
    store = app.session
    assert store is not None
    removed = store.groups()[3]
    old = app.sharing.sharing.cards()[3].url
    store.remove_group(removed.id)
    store.add_group("Gruppe 5", room="Kantina")
    panel = app.sharing.open_panel()
    assert [row.title.text() for row in panel.group_rows][-1] == "Gruppe 5"
    assert request("GET", old)[0] == 403
    assert request("GET", panel.group_rows[-1].link.text())[0] == 200


def test_sharing_that_cannot_start_says_why_and_stays_off(make_app: object, tmp_path: Path) -> None:
    assert callable(make_app)
    presenter: PresenterApp = make_app()
    presenter.sharing.share_action.trigger()  # no session yet
    assert not presenter.sharing.sharing.running and not presenter.sharing.share_action.isChecked()
    assert "session" in presenter.sessions.banner.messages()["share"]
    assert presenter.open_session(tmp_path / "dag.plenum")

    def no_port(*_args: object) -> object:
        raise OSError(98, "no free port in 8765-8784 on 192.168.1.20")

    presenter.sharing.sharing.make_server = no_port
    presenter.sharing.share_action.trigger()
    assert not presenter.sharing.sharing.running and not presenter.sharing.share_action.isChecked()
    assert "no free port in 8765-8784" in presenter.sessions.banner.messages()["share"]
    assert presenter.session is not None and presenter.session.get_state(STATE_ON) is None


def test_the_device_list_keeps_its_words_in_a_1000_px_window(
    norwegian: None, app: PresenterApp, qtbot: QtBot
) -> None:
    store = app.session
    assert store is not None
    long_name = "Gruppe 3 \u2013 Samferdsel, areal og klima i hele Osloregionen"
    store.update_group(store.groups()[2].id, name=long_name)
    app.keys.run(Command.MODE_2)
    room_list = app.sharing.room_list
    assert room_list is not None
    room_list.switch.click()
    for number in (0, 2):
        url = app.sharing.sharing.cards()[number].url
        save_note(url, "funn", "noe")
        assert request("POST", url + "done", {"done": True})[0] == 200
    cells = list(room_list.cells.values())
    qtbot.waitUntil(lambda: cells[2][3].text().startswith("ferdig "), timeout=1000)
    app.console.showNormal()
    app.console.resize(1000, 768)
    qtbot.waitUntil(lambda: app.console.width() == 1000)
    QApplication.processEvents()  # the layouts' posted requests
    for labels in cells:
        for label in labels:
            assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width(), label.text()
            assert label.geometry().right() < room_list.width(), label.text()
    name = cells[2][0]
    assert name.text() != long_name and name.text().endswith("…") and name.toolTip() == long_name
    assert cells[0][0].text() == "Gruppe 1" and cells[0][0].toolTip() == ""


def test_the_links_window_fits_a_windows_laptop_above_its_taskbar(
        app: PresenterApp, screens: tuple[QScreen, QScreen], qtbot: QtBot) -> None:
    windows_laptop = QSize(1366, 728)  # 1366x768 less the taskbar
    fitted = fitted_size(windows_laptop, PREFERRED_SIZE)
    assert fitted.height() + FRAME_ALLOWANCE.height() <= windows_laptop.height()
    assert fitted.width() == PREFERRED_SIZE.width()
    assert fitted_size(QSize(1920, 1040), PREFERRED_SIZE) == PREFERRED_SIZE
    switch_on(app)
    panel = app.sharing.panel
    assert panel is not None and panel.isVisible()
    laptop = screens[0]
    assert panel.screen() is laptop
    assert laptop.availableGeometry().contains(panel.frameGeometry())
    assert panel.size() == fitted_size(laptop.availableGeometry().size(), PREFERRED_SIZE)
    panel.resize(fitted)  # everything still reachable at the Windows laptop's size
    qtbot.waitUntil(lambda: panel.size() == fitted)
    assert panel.minimumSizeHint().height() <= fitted.height()
    assert panel.close_button.isVisible()
    assert panel.rect().contains(panel.close_button.geometry())
