"""«Vis i plenum»: a group's summary on the projector, paged, and back to the slides.

While a summary is on the projector, Next/Previous (→ ↓ PgDn Space, the
clicker; ← ↑ PgUp) step its pages instead of moving the slides, and Esc
returns to the slides. The presentation model decides what the room sees;
this only asks it to hold a ``SummaryContent`` and to follow the slides again.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from app.presenting.presentation import Presentation
from app.render.text_fit import TextCache
from app.ui.keys import Command
from app.ui.notes.summary_screen import SummaryContent, SummarySection, paginate


class SummaryShow:
    """Puts summaries on the projector and answers the keys while one is shown.

    ``texts`` is the app's ``TextCache``: a summary is paged with the layouts
    the projector then draws.
    """

    def __init__(self, presentation: Presentation, texts: TextCache) -> None:
        self._presentation = presentation
        self._texts = texts

    @property
    def showing(self) -> SummaryContent | None:
        content = self._presentation.content
        return content if isinstance(content, SummaryContent) else None

    def show(self, group: str, sections: tuple[SummarySection, ...]) -> None:
        empty = QCoreApplication.translate("SummaryShow", "(no notes)")
        self._presentation.hold(SummaryContent(
            group, paginate(self._texts, sections, empty), 0,
            page_label=QCoreApplication.translate("SummaryShow", "page %1/%2"),
        ))

    def page_count(self) -> int:
        content = self.showing
        return len(content.pages) if content is not None else 0

    def step(self, delta: int) -> None:
        content = self.showing
        if content is None:
            return
        page = max(0, min(content.page + delta, len(content.pages) - 1))
        if page != content.page:
            self._presentation.hold(replace(content, page=page))

    def back_to_slides(self) -> None:
        self._presentation.follow_slides()

    def run_command(self, command: Command) -> bool:
        """The keys while a summary is shown; False when none is (the slides' keys apply)."""
        if self.showing is None:
            return False
        if command is Command.NEXT:
            self.step(1)
        elif command is Command.PREVIOUS:
            self.step(-1)
        elif command is Command.LEAVE_FULLSCREEN:
            self.back_to_slides()
        else:
            return False
        return True
