"""Group work and the rundown, installed into the console in one call.

The Gruppearbeid and Program pages share one ``ProgrammeJournal`` (starting
a round marks the group-work agenda item), so they are put in place
together: the two mode pages, the agenda line in the top bar, the screens
and the ticker that repaints the projector's countdown. The Gruppearbeid
page is built (and its module imported) only when first shown: a talk
without group work never pays for its widgets. ``PresenterApp``
creates one, passes the session in when one opens, and stops it on close.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.presenting.groupwork import GroupworkRound
from app.presenting.presentation import Presentation
from app.timing.clock import Clock
from app.ui.audience_window import AudienceWindow
from app.ui.console.window import Mode, PresenterConsole
from app.ui.groupwork.controller import GroupworkController
from app.ui.groupwork.screens import register_groupwork_screens
from app.ui.groupwork.ticker import AudienceTicker
from app.ui.keys import Command
from app.ui.programme.follow import RundownFollower
from app.ui.programme.journal import ProgrammeJournal
from app.ui.programme.page import AgendaSummary, ProgrammePage
from app.ui.slide_images import SlideImages
from app.ui.timer.chime import ChimePlayer, SystemChime

if TYPE_CHECKING:
    from app.session import SessionStore
    from app.ui.groupwork.page import GroupworkPage


class GroupworkControls:
    """The console's group-work controls: owns the round's controller, the two pages, the
    top-bar summary and the ticker."""

    def __init__(
        self,
        presentation: Presentation,
        console: PresenterConsole,
        audience: AudienceWindow,
        images: SlideImages,
        clock: Clock,
        player: ChimePlayer | None = None,
    ) -> None:
        register_groupwork_screens()
        self._presentation = presentation
        self.journal = ProgrammeJournal(presentation.event, clock)
        self.controller = GroupworkController(
            presentation, clock, self.journal, player or SystemChime(),
            in_groupwork_mode=lambda: console.mode is Mode.GROUPWORK, parent=console,
        )
        # The rundown follows the first advance and the round's start and end.
        self.follower = RundownFollower(self.journal, presentation.timer, self.controller.round)
        self._console, self._images = console, images
        self._page: GroupworkPage | None = None  # built when first shown: see ``page``
        self._page_parts: list[Callable[[GroupworkPage], None]] = []
        console.set_mode_page_builder(Mode.GROUPWORK, self._build_page)
        self.summary = AgendaSummary(self.journal, console.top_bar)
        console.top_bar.agenda_slot.addWidget(self.summary)
        self.programme = ProgrammePage(self.journal, self.summary, console)
        console.set_mode_page(Mode.PROGRAMME, self.programme)
        self.ticker = AudienceTicker(presentation, [audience.view, console.top_bar.preview], console)

    @property
    def page(self) -> GroupworkPage:
        """The Gruppearbeid page, built the first time it is shown or asked for."""
        self._console.mode_page(Mode.GROUPWORK)
        assert self._page is not None
        return self._page

    def _build_page(self) -> GroupworkPage:
        from app.ui.groupwork.page import GroupworkPage

        self._page = GroupworkPage(self.controller, self._images, self.group_names, self._console)
        self.ticker.add_view(self._page.preview)
        for add_part in self._page_parts:
            add_part(self._page)
        return self._page

    def add_page_part(self, add_part: Callable[[GroupworkPage], None]) -> None:
        """Have ``add_part(page)`` put another feature's part on the page (sharing's room list)
        when the page is built, or now if it is."""
        self._page_parts.append(add_part)
        if self._page is not None:
            add_part(self._page)

    @property
    def round(self) -> GroupworkRound:
        return self.controller.round

    def group_names(self) -> list[str]:
        """The event's groups, then the session's (renamed or added on the day), once each."""
        names = [group.name for group in self._presentation.event.groupwork.groups]
        session = self.journal.session
        if session is not None:
            names += [group.name for group in session.groups()]
        seen: dict[str, str] = {}
        for name in names:
            seen.setdefault(" ".join(name.casefold().split()), name)
        return list(seen.values())

    def use_session(self, session: SessionStore | None) -> None:
        """Log into ``session`` from now on (None when it closes)."""
        self.journal.use_session(session)
        if self._page is not None:  # a page built later fills its groups itself
            self._page.groups.fill_groups()

    def resume(self, session: SessionStore) -> bool:
        """Take over the round saved in ``session``; False if none or unusable."""
        try:
            return self.round.resume_from(session)
        except ValueError:
            return False

    def run_command(self, command: Command) -> bool:
        return self.controller.run_command(command)

    def stop(self) -> None:
        """Stop every timer of the feature (the app is closing)."""
        self.ticker.stop()
        self.programme.stop()
        self.follower.close()
        self.controller.stop()
