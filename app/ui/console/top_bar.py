"""The console's top bar: mode switch, a slot for the agenda, wall clock, projector preview.

The preview shows exactly what the audience sees, with a badge naming it
("Direkte", "Svart", "Fryst", "Gruppearbeid", "Oppsummering: Gruppe 2"), so
the facilitator never has to turn around. ``agenda_slot`` is an empty layout the rundown feature fills with
the current agenda item and the delay.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.presenting.content import AudienceContent, Blank, Frozen, SlideContent
from app.presenting.presentation import Presentation
from app.timing.clock import Clock
from app.ui.console.style import BAR, caption
from app.ui.content_view import ContentView, audience
from app.ui.slide_images import SlideImages

PREVIEW_HEIGHT = 99
BADGE_MAX_WIDTH = 240
BADGE_PADDING = 20  # the badge role's 8 px padding each side, and a little air


class TopBar(QFrame):
    """``mode_requested(i)`` fires when a mode button is clicked (0-based)."""

    mode_requested = Signal(int)

    def __init__(
        self,
        presentation: Presentation,
        images: SlideImages,
        clock: Clock,
        mode_names: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("topbar")
        self._presentation = presentation
        self._clock = clock
        self.mode_buttons = QButtonGroup(self)
        modes = QHBoxLayout()
        modes.setSpacing(4)
        for number, name in enumerate(mode_names):
            button = QPushButton(f"{name}  Ctrl+{number + 1}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.mode_buttons.addButton(button, number)
            modes.addWidget(button)
        modes.addStretch(1)
        self.mode_buttons.idClicked.connect(self.mode_requested)
        self.agenda_slot = QHBoxLayout()
        left = QVBoxLayout()
        left.addLayout(modes)
        left.addLayout(self.agenda_slot)
        left.addStretch(1)

        self.wall_clock = QLabel()
        self.wall_clock.setProperty("role", "clock")
        font = QFont(self.wall_clock.font())
        font.setFeature(QFont.Tag("tnum"), 1)
        self.wall_clock.setFont(font)

        # The console's current slide is painted first (one screen: the first frame).
        self.preview = ContentView(presentation, images, audience(presentation), self, surround=QColor(BAR),
                                   after_first_frame=True)
        self.preview.setFixedSize(PREVIEW_HEIGHT * 16 // 9 + 2, PREVIEW_HEIGHT + 2)
        preview_caption = caption(self.tr("ON THE PROJECTOR"))
        self.audience_state = QLabel()
        self.audience_state.setProperty("role", "badge")
        self.audience_state.setTextFormat(Qt.TextFormat.PlainText)  # a group's name is user text
        preview_text = QVBoxLayout()
        preview_text.addWidget(preview_caption)
        preview_text.addWidget(self.audience_state)
        preview_text.addStretch(1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(left, 1)
        layout.addWidget(self.wall_clock, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addSpacing(24)
        layout.addLayout(preview_text)
        layout.addWidget(self.preview)
        unsubscribe = presentation.changed.subscribe(self._show_audience_state)
        self.destroyed.connect(lambda *_: unsubscribe())
        self._show_audience_state()
        self.refresh()

    def set_mode(self, number: int) -> None:
        self.mode_buttons.button(number).setChecked(True)

    def refresh(self) -> None:
        self.wall_clock.setText(self._clock.now().strftime("%H:%M"))

    def _show_audience_state(self) -> None:
        text, colour = self.describe(self._presentation.content)
        badge = self.audience_state
        badge.setText(text)
        badge.setStyleSheet(f"background: {colour}; color: #101214;")
        # Never clipped: as wide as its text, and a long group name wraps onto more lines.
        badge.ensurePolished()
        width = QFontMetrics(badge.font()).horizontalAdvance(text) + BADGE_PADDING
        badge.setWordWrap(width > BADGE_MAX_WIDTH)
        badge.setFixedWidth(min(width, BADGE_MAX_WIDTH))

    def describe(self, content: AudienceContent) -> tuple[str, str]:
        """What the projector shows, in a word or two, and the badge's colour."""
        if isinstance(content, SlideContent):
            return self.tr("Live"), "#5ccf7a"
        if isinstance(content, Blank):
            return (self.tr("Black") if content.colour == "black" else self.tr("White")), "#e8e8e8"
        if isinstance(content, Frozen):
            return self.tr("Frozen"), "#5fb0ff"
        # Only imported here (not before the console's first frame): if group work or a
        # summary is on the projector, its module is loaded already.
        from app.presenting.groupwork import GroupworkScreen
        from app.ui.notes.summary_screen import SummaryContent

        if isinstance(content, GroupworkScreen):
            return self.tr("Group work"), "#f2c94c"

        if isinstance(content, SummaryContent):
            return self.tr("Summary: %1").replace("%1", content.group), "#f2c94c"
        return self.tr("Another mode"), "#f2c94c"
