"""The «Del med gruppene» window: on/off, the addresses, each group's link and code.

Each group's link is shown as its QR code and as text in a typewriter face
large enough to type from (0/O and 1/l/I differ), selectable for copying.
«Forny lenke» asks once more inline (a renewed link makes the printed card
useless) and then gives the group a new link; the old one stops at once.
«Skriv ut oppslag» writes the A4 handout off the UI thread and offers to
open it; «Vis «Bli med» i plenum» puts every group's code on the projector.
Everything shown is rebuilt from ``Sharing`` when it changes: the window
keeps no links of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QFontDatabase, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.ui.console.style import caption
from app.ui.inline_confirm import InlineConfirm
from app.ui.screen_placement import fitted_size
from app.ui.session.style import DIALOG_STYLE
from app.ui.share.qr_paint import QrWidget
from app.ui.share.sharing import Sharing

QR_SIDE = 132
PREFERRED_SIZE = QSize(960, 700)
STYLE = DIALOG_STYLE + """
QScrollArea, QWidget#sharerows { background: #17191c; border: none; }
QLabel[role="link"] { color: #f1f1f1; font-size: 17px; }
QLabel[role="group"] { font-size: 16px; font-weight: 700; }
QLabel[role="muted"] { color: #9aa0a6; }
QLabel[role="error"] { color: #ff6b6b; font-weight: 700; }
"""


def _label(text: str, role: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setProperty("role", role)
    label.setWordWrap(role != "link")
    return label


def link_label(url: str, parent: QWidget | None = None) -> QLabel:
    """A link as a person types it: typewriter face, selectable, never markup."""
    label = _label(url, "link", parent)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(max(font.pointSizeF(), 12.0))
    font.setStyleHint(QFont.StyleHint.TypeWriter)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class LinkRow(QFrame):
    """One group (or the view link): code, name and room, the link typed out, «Forny lenke»."""

    def __init__(self, title: str, room: str | None, url: str, renew: Callable[[], None] | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.qr = QrWidget(QR_SIDE, self)
        self.qr.set_url(url)
        self.title = _label(title, "group", self)
        self.link = link_label(url, self)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        self.renew: InlineConfirm | None = None
        if renew is not None:
            self.renew = InlineConfirm(self.tr("Renew link"), self.tr("Renew: the old link stops"),
                                       self.tr("Cancel"), renew, self)
            heading.addWidget(self.renew, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.addLayout(heading)
        if room:
            text.addWidget(_label(room, "muted", self))
        text.addStretch(1)
        text.addWidget(self.link)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addWidget(self.qr)
        layout.addSpacing(14)
        layout.addLayout(text, 1)


class SharePanel(QDialog):
    """The window; ``print_handout`` and ``show_join`` are the feature's, passed in."""

    def __init__(self, sharing: Sharing, print_handout: Callable[[], None],
                 toggle_join: Callable[[], None], join_shown: Callable[[], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Share with the groups"))
        self.setModal(False)
        self.setStyleSheet(STYLE)
        self._sharing = sharing
        self._join_shown = join_shown
        self.switch = QPushButton(self)
        self.switch.setCheckable(True)
        self.switch.clicked.connect(lambda on: sharing.set_on(on))
        self.state = _label("", "muted", self)
        self.addresses = _label("", "link", self)
        self.addresses.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.network = _label(self.tr(
            "Devices must be on the same network as this computer (Wi-Fi that isolates its "
            "clients blocks them: use this computer's or a phone's hotspot)."), "muted", self)
        self.message = _label("", "muted", self)
        self.rows_widget = QWidget(self)
        self.rows_widget.setObjectName("sharerows")
        self.rows = QVBoxLayout(self.rows_widget)
        self.rows.setContentsMargins(0, 0, 8, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.rows_widget)
        self.handout_button = QPushButton(self.tr("Print handout…"), self)
        self.handout_button.clicked.connect(print_handout)
        self.join_button = QPushButton(self)
        self.join_button.clicked.connect(toggle_join)
        self.open_button = QPushButton(self.tr("Open handout"), self)
        self.open_button.clicked.connect(self._open_handout)
        self.open_button.hide()
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.close)
        for button in (self.switch, self.handout_button, self.join_button, self.open_button,
                       self.close_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        top = QHBoxLayout()
        top.addWidget(self.switch)
        top.addWidget(self.state, 1)
        address = QGridLayout()
        address.addWidget(caption(self.tr("ADDRESS"), self), 0, 0)
        address.addWidget(self.addresses, 1, 0)
        address.addWidget(self.network, 2, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.handout_button)
        buttons.addWidget(self.join_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(address)
        layout.addWidget(caption(self.tr("EACH GROUP'S LINK"), self))
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.handout: Path | None = None
        self.group_rows: list[LinkRow] = []
        # On the screen of its parent (the console) or, without one, the primary screen.
        self.resize(fitted_size(self.screen().availableGeometry().size(), PREFERRED_SIZE))
        sharing.changed.connect(self.refresh)
        sharing.failed.connect(self.show_error)
        # No refresh here: the panel is filled when it is shown (showEvent), and it is
        # made only to be shown at once (ShareControls.open_panel).

    def refresh(self) -> None:
        """Show what ``Sharing`` has now: on or off, addresses, one row per group."""
        sharing = self._sharing
        on = sharing.running
        self.switch.setChecked(on)
        self.switch.setText(self.tr("Sharing is on") if on else self.tr("Share with the groups"))
        self.state.setText(self.tr("The groups open their links on their own phones and laptops.")
                           if on else self.tr("Sharing is off: no device can reach this computer."))
        self.addresses.setText("\n".join(sharing.base_urls()))
        self.addresses.setVisible(on)
        self.network.setVisible(on)
        self.handout_button.setEnabled(on)
        self.join_button.setEnabled(on)
        self.update_join_button()
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.group_rows = []
        if not on:
            return
        for group_id, card in sharing.group_cards():
            row = LinkRow(card.group, card.room, card.url,
                          partial(sharing.renew, group_id), self.rows_widget)
            self.group_rows.append(row)
            self.rows.addWidget(row)
        self.rows.addWidget(LinkRow(self.tr("Read-only: tasks and time"), None, sharing.view_url(),
                                    None, self.rows_widget))
        self.rows.addStretch(1)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # groups renamed, added or removed since

    def update_join_button(self) -> None:
        self.join_button.setText(self.tr("Back to the slides") if self._join_shown()
                                 else self.tr("Show «Join» in plenary"))

    def show_error(self, message: str) -> None:
        self.message.setProperty("role", "error")
        self.message.setText(message)
        self.message.setStyleSheet("")  # re-read the role

    def handout_written(self, path: Path) -> None:
        self.handout = path
        self.message.setProperty("role", "muted")
        self.message.setText(self.tr("Handout saved: %1").replace("%1", str(path)))
        self.message.setStyleSheet("")
        self.open_button.show()

    def _open_handout(self) -> None:
        if self.handout is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.handout)))
