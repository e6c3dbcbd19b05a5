"""The report's content, section by section, as a list of blocks and page breaks.

Order (issue 7): cover, contents, the day as run, the groups, the answers
(by task, or by group with ``by_group``), follow-up points, and an appendix
with the other view of the same answers. Every string enters as plain text
(``_plain``/``_user``, glyph-covered, never parsed as markup); every heading
is a ``Heading`` so the outline and contents can never miss a section, task
or group.
"""

from __future__ import annotations

import itertools
from typing import NamedTuple

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from app.event.model import Point
from app.report.deferred import ContentsEntry, PageNumbers
from app.report.flowables import Heading, Texts, item_style, user_text
from app.report.layout import Block, CondPageBreak, Item, PageBreak, Rule, Spacer
from app.report.model import GroupReport, ReportInput
from app.report.plaintext import PlainText, Run
from app.report.styles import TEXT_HEIGHT, TEXT_WIDTH, Styles
from app.report.table import Grid, GridStyle
from app.report.text import split_marker
from app.report.words import format_date, format_date_range, format_delay, format_span, word


class TaskView(NamedTuple):
    """A task as the report shows it; text for an id the event lost becomes one too."""

    id: str
    label: str
    title: str
    prompt: str | None
    points: tuple[Point, ...]


class Story(NamedTuple):
    items: list[Item]
    numbers: PageNumbers


class StoryBuilder:
    """Builds the blocks for one ``ReportInput``; a builder is used once."""

    def __init__(
        self, data: ReportInput, styles: Styles, *, by_group: bool, appendix: bool
    ) -> None:
        self.data = data
        self.styles = styles
        self.by_group = by_group
        self.appendix = appendix
        self.headings: list[Heading] = []
        self.texts = Texts(styles.fonts)
        self._keys = itertools.count(1)
        lang = data.language
        tasks = [
            TaskView(
                t.id,
                word(lang, "task", n=number),
                t.title,
                t.prompt,
                t.points,
            )
            for number, t in enumerate(data.event.groupwork.tasks, start=1)
        ]
        tasks += [
            TaskView(task_id, word(lang, "other_tasks"), task_id, None, ())
            for task_id in data.extra_task_ids
        ]
        self.tasks = tasks

    def build(self) -> Story:
        numbers = PageNumbers()
        start: list[Item] = [*self._cover(), PageBreak("body")]
        start.append(self._heading(self._w("contents"), 0, self.styles.h1, toc=False))
        flow: list[Item] = [PageBreak(), *self._day(), CondPageBreak(60 * mm),
                                *self._groups()]
        if self.by_group:
            flow += [PageBreak(), *self._by_group(self._w("by_group"), describe_tasks=True)]
        else:
            flow += [PageBreak(), *self._by_task(self._w("by_task"))]
        flow += [PageBreak(), *self._follow_up()]
        if self.appendix:
            flow.append(PageBreak())
            if self.by_group:
                flow += self._by_task(self._w("appendix_tasks"))
            else:
                flow += self._by_group(self._w("appendix_groups"), describe_tasks=False)
        return Story([*start, self._contents(numbers), *flow], numbers)

    def _contents(self, numbers: PageNumbers) -> Grid:
        """The contents: sections in bold, tasks and groups indented below.

        Laid out as reportlab's ``TableOfContents`` lays it out (a one-column
        table, a spacer row before a section), so it looks the same; the page
        numbers are drawn when the document is finished (``PageNumbers``).
        """
        rows: list[list[Block]] = []
        for heading in self.headings:
            if not heading.in_toc:
                continue
            style = self.styles.toc[min(heading.outline_level, 1)]
            if style.spaceBefore:
                rows.append([Spacer(style.spaceBefore)])
            lines = self.texts.lines(heading.title, style.fontName)
            rows.append([ContentsEntry(lines, style, key=heading.key, numbers=numbers)])
        return Grid(rows, (TEXT_WIDTH,), GridStyle(left=0, right=0))

    # -- building blocks ------------------------------------------------

    def _w(self, key: str, **values: object) -> str:
        return word(self.data.language, key, **values)

    def _plain(self, text: str, style: ParagraphStyle | None = None) -> PlainText:
        return self.texts.plain(text, style or self.styles.body)

    def _heading(self, title: str, level: int, style: ParagraphStyle, *, toc: bool = True,
                 lines: list[list[Run]] | None = None, running: str | None = None) -> Heading:
        """A heading; ``title`` (plain) names it in the outline and the contents.

        ``running`` is the short label the page header shows from here on
        (a section's title by default), so a continued page says what it is.
        """
        heading = Heading(
            lines if lines is not None else self.texts.lines(title, style.fontName),
            style,
            title=title,
            level=level,
            key=f"h{next(self._keys)}",
            in_toc=toc,
            running=running if running is not None or level else title,
        )
        self.headings.append(heading)
        return heading

    def _user(self, text: str, empty_key: str = "no_notes") -> list[Block]:
        if not text.strip():
            return [self._plain(self._w(empty_key), self.styles.empty)]
        return user_text(text, self.styles, self.texts)

    def _answer(self, group: GroupReport, task_id: str) -> list[Block]:
        """The group's text for a task, and under it where it was typed if on the group's device."""
        text = group.summary(task_id)
        blocks = self._user(text)
        if text and task_id in group.from_devices:
            blocks.append(self._plain(self._w("from_device"), self.styles.meta))
        return blocks

    def _rule(self, space_before: float = 2, space_after: float = 8) -> Rule:
        return Rule(0.6, self.styles.palette.accent, space_before, space_after)

    def _table(self, rows: list[list[Block]], widths: list[float]) -> Grid:
        """A table with a tinted header row that repeats on every page it spans."""
        pal = self.styles.palette
        return Grid(rows, widths, GridStyle(
            left=5, right=5, top=4, bottom=5, header_fill=pal.tint,
            header_rule=(0.8, pal.accent), row_rule=(0.3, pal.rule),
        ), header=1, page_room=TEXT_HEIGHT)

    def _cell(self, text: str | None, *, muted: bool = False) -> PlainText:
        s = self.styles
        if not text:
            return self._plain("\u2013", s.cell)
        style = s.cell.clone("muted", textColor=s.palette.muted) if muted else s.cell
        return self._plain(text, style)

    def _head_cells(self, *keys: str) -> list[Block]:
        return [self._plain(self._w(k), self.styles.cell_head) for k in keys]

    # -- sections -------------------------------------------------------

    def _cover(self) -> list[Item]:
        s, info = self.styles, self.data.event.info
        lines = [info.organiser, format_date_range(info.date, info.end_date, self.data.language)]
        if info.place:
            lines.append(info.place)
        return [
            Spacer(62 * mm),
            self._plain(self._w("documentation"), s.cover_kind),
            self._plain(info.title, s.cover_title),
            *[self._plain(line, s.cover_line) for line in lines],
        ]

    def _day(self) -> list[Item]:
        s, lang = self.styles, self.data.language
        flow: list[Item] = [
            self._heading(self._w("day"), 0, s.h1),
            self._plain(self._w("day_intro"), s.meta),
        ]
        if not self.data.agenda:
            return [*flow, self._plain(self._w("no_agenda"), s.empty)]
        rows = [self._head_cells("item", "planned", "actual", "deviation")]
        for item in self.data.agenda:
            planned = format_span(item.planned_start, item.planned_end, lang)
            if item.logged:
                actual = format_span(item.actual_start, item.actual_end, lang)
                delay = item.end_delay if item.end_delay is not None else item.start_delay
                rows.append([
                    self._cell(item.title), self._cell(planned), self._cell(actual),
                    self._cell(format_delay(delay, lang) if delay is not None else None),
                ])
            else:
                rows.append([
                    self._cell(item.title), self._cell(planned),
                    self._cell(self._w("not_logged"), muted=True), self._cell(None),
                ])
        flow.append(self._table(rows, [TEXT_WIDTH - 78 * mm, 28 * mm, 28 * mm, 22 * mm]))
        summary = self._day_summary()
        if summary:
            flow += [Spacer(8), self._plain(summary)]
        return flow

    def _day_summary(self) -> str | None:
        """How late the day ended, or how late it was when logging stopped."""
        ended = [item for item in self.data.agenda if item.end_delay is not None]
        if not ended:
            return None
        last = ended[-1]
        delay = last.end_delay or 0
        how = "on_time" if delay == 0 else "late" if delay > 0 else "early"
        prefix = "day" if last is self.data.agenda[-1] else "last"
        return self._w(f"{prefix}_{how}", n=abs(delay), title=last.title)

    def _groups(self) -> list[Item]:
        s = self.styles
        flow: list[Item] = [Spacer(10), self._heading(self._w("groups"), 0, s.h1)]
        if not self.data.groups:
            return [*flow, self._plain(self._w("no_groups"), s.empty)]
        rows = [self._head_cells("group", "room", "chair", "note_taker", "members")]
        for g in self.data.groups:
            rows.append([
                self._cell(g.name), self._cell(g.room), self._cell(g.chair),
                self._cell(g.note_taker), self._cell(", ".join(g.members)),
            ])
        widths = [30 * mm, 22 * mm, 30 * mm, 30 * mm]
        flow.append(self._table(rows, [*widths, TEXT_WIDTH - sum(widths)]))
        return flow

    def _task_heading(self, task: TaskView, level: int, style: ParagraphStyle,
                      running: bool = True) -> list[Item]:
        s = self.styles
        title = f"{task.label}: {task.title}"
        return [
            CondPageBreak(45 * mm),
            self._plain(task.label.upper(), s.kicker),
            self._heading(title, level, style, lines=self.texts.emphasised(task.title, style),
                          running=task.label if running else None),
        ]

    def _task_description(self, task: TaskView) -> list[Item]:
        s = self.styles
        flow: list[Item] = []
        if task.prompt:
            flow.append(PlainText(self.texts.emphasised(task.prompt, s.prompt), s.prompt))
        for point in task.points:
            marker, text = split_marker(point.text)
            bullet = marker or ("\u2022" if point.level == 1 else "\u2013")
            style = item_style(s, bullet, 14 * (point.level - 1))
            flow.append(self.texts.item(self.texts.emphasised(text, style), bullet, style))
        return flow

    def _group_heading(self, group: GroupReport, level: int, style: ParagraphStyle,
                       toc: bool) -> list[Item]:
        running = group.name if toc else None
        return [CondPageBreak(30 * mm),
                self._heading(group.name, level, style, toc=toc, running=running)]

    def _by_task(self, section: str) -> list[Item]:
        s = self.styles
        flow: list[Item] = [self._heading(section, 0, s.h1)]
        for index, task in enumerate(self.tasks):
            if index:
                flow.append(PageBreak())
            flow += self._task_heading(task, 1, s.h2)
            flow += self._task_description(task)
            flow.append(self._rule())
            for group in self.data.groups:
                flow += self._group_heading(group, 2, s.h3, toc=False)
                flow += self._answer(group, task.id)
        return flow

    def _by_group(self, section: str, *, describe_tasks: bool) -> list[Item]:
        s = self.styles
        flow: list[Item] = [self._heading(section, 0, s.h1)]
        h3task = s.h3.clone("h3task", spaceBefore=0)
        if describe_tasks:
            for task in self.tasks:
                flow += self._task_heading(task, 1, s.h3, running=False)
                flow += self._task_description(task)
        for index, group in enumerate(self.data.groups):
            if index or describe_tasks:
                flow.append(PageBreak())
            flow += self._group_heading(group, 1, s.h2, toc=True)
            flow.append(self._plain(self._group_line(group), s.meta))
            flow.append(self._rule(0, 4))
            for task in self.tasks:
                flow.append(CondPageBreak(30 * mm))
                flow.append(self._plain(task.label.upper(), s.kicker))
                flow.append(self._heading(
                    f"{task.label}: {task.title}", 2, h3task,
                    toc=False, lines=self.texts.emphasised(task.title, h3task),
                ))
                flow += self._answer(group, task.id)
        return flow

    def _group_line(self, group: GroupReport) -> str:
        parts = [
            (self._w("room"), group.room),
            (self._w("chair"), group.chair),
            (self._w("note_taker"), group.note_taker),
            (self._w("members"), ", ".join(group.members)),
        ]
        return "  \u00b7  ".join(f"{label}: {value}" for label, value in parts if value)

    def _follow_up(self) -> list[Item]:
        s = self.styles
        flow: list[Item] = [
            self._heading(self._w("follow_up"), 0, s.h1),
            self._plain(self._w("follow_up_intro"), s.meta),
        ]
        for group in self.data.groups:
            flow += self._group_heading(group, 1, s.h3, toc=False)
            points = [p for p in group.follow_up if p.strip()]
            if not points:
                flow.append(self._plain(self._w("no_follow_up"), s.empty))
            for point in points:
                flow += self._bullet_point(point)
        return flow

    def _bullet_point(self, text: str) -> list[Item]:
        """One follow-up point: a bullet, with the point's own lines kept under it."""
        s = self.styles
        return [self.texts.item(self.texts.lines(text.strip(), s.item.fontName), "\u2022", s.item)]

    def export_line(self) -> str:
        return self._w("exported", date=format_date(self.data.exported, self.data.language))
