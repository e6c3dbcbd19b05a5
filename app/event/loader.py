"""Event file → :class:`Event`, with every problem reported in one pass.

The single entry point is :func:`load_event`. It never raises for anything
the file holds; everything wrong becomes a :class:`Problem` with the file,
line and column, and the event is still built when only non-blocking problems
(a missing image) were found, so the app can present with a placeholder.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode

from app.collector import collector_paused
from app.echo import quoted
from app.event import limits
from app.event.durations import format_duration
from app.event.fields import Fields, Reporter, did_you_mean
from app.event.guest_pdf import GuestDocument, GuestPdfProblem, inspect_pdf, page_spec, parse_pages
from app.event.images import image_problem
from app.event.model import (
    LAYOUTS,
    AgendaItem,
    Event,
    EventInfo,
    Group,
    GroupWork,
    GuestPage,
    Image,
    Layout,
    LoadResult,
    Person,
    Point,
    Slide,
    Task,
    Theme,
)
from app.event.yamlsource import nodes_from_bytes, position, read_nodes
from app.names import invisible_problem, same_name
from app.reading import outside_problem

TOP_KEYS = ("event", "theme", "agenda", "groupwork", "slides")
SLIDE_KEYS = ("layout", "title", "subtitle", "lead", "bullets", "people", "image", "tasks",
              "notes", "footer", "duration")
EVENT_KEYS = ("title", "organiser", "date", "end_date", "place", "language")
THEME_KEYS = ("aspect", "background", "text", "accent", "font", "footer", "slide_numbers")
AGENDA_ITEM_KEYS = ("title", "start", "end", "duration", "groupwork")
GROUPWORK_KEYS = ("duration", "warnings", "groups", "tasks")
GROUP_KEYS = ("name", "room")
TASK_KEYS = ("id", "title", "prompt", "points")
POINT_KEYS = ("text", "level")
PERSON_KEYS = ("name", "role", "note")
IMAGE_KEYS = ("src", "alt")
GUEST_KEYS = ("pdf", "pages", "notes", "duration")
_LAYOUT_KEYS: dict[str, set[str]] = {
    "title": {"title", "subtitle"},
    "section": {"title", "subtitle"},
    "bullets": {"title", "lead", "bullets"},
    "people": {"title", "people"},
    "image": {"title", "image"},
    "tasks": {"title", "tasks"},
    "agenda": {"title"},
}
_COMMON_SLIDE_KEYS = {"layout", "notes", "footer", "duration"}
_REQUIRED_BY_LAYOUT = {"title": "title", "section": "title", "bullets": "bullets",
                       "people": "people", "image": "image", "tasks": "tasks"}


def load_event(path: str | Path) -> LoadResult:
    """Load and validate an event file; never raises for bad content."""
    path = Path(path)
    with collector_paused():
        root, source_problems = read_nodes(path)
        result = _build(path, root, source_problems)
        del root  # freed now, so the collector's first pass after the build never sees the nodes
    return result


def load_event_text(text: str | bytes, path: str | Path = "<text>") -> LoadResult:
    """The same as :func:`load_event` for content already in memory (tests, editors)."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    with collector_paused():
        root, source_problems = nodes_from_bytes(data)
        result = _build(Path(path), root, source_problems)
        del root
    return result


def _build(path: Path, root: Node | None, source_problems: list) -> LoadResult:  # type: ignore[type-arg]
    report = Reporter(str(path))
    for problem in source_problems:
        report.at((problem.line, problem.col), problem.message)
    event = None if root is None else _EventBuilder(path, report).event(root)
    if report.blocked:
        event = None
    problems = sorted(report.problems, key=lambda p: (p.line, p.col))
    return LoadResult(event, tuple(problems))


class _EventBuilder:
    def __init__(self, path: Path, report: Reporter) -> None:
        self.path = path
        self.folder = path.parent
        self.r = report
        self._images: dict[str, tuple[str | None, Path | None, str | None]] = {}
        self._guests: dict[str, tuple[GuestDocument | None, Path | None, str | None]] = {}

    def event(self, root: Node) -> Event | None:
        top = self.r.mapping(root, "the event file", TOP_KEYS, required=("event", "slides"))
        if top is None:
            return None
        info = self.info(top["event"][1]) if "event" in top else None
        theme = self.theme(top["theme"][1]) if "theme" in top else Theme()
        agenda = self.agenda(top["agenda"][1]) if "agenda" in top else ()
        groupwork = self.groupwork(top["groupwork"][1]) if "groupwork" in top else GroupWork()
        slides = self.slides(top["slides"][1], groupwork) if "slides" in top else ()
        if info is None or theme is None or groupwork is None:
            return None
        return Event(self.path, info, theme, agenda, groupwork, slides)

    # --- event, theme -----------------------------------------------------

    def info(self, node: Node) -> EventInfo | None:
        f = self.r.mapping(node, "'event'", EVENT_KEYS, required=("title", "date"))
        if f is None:
            return None
        title = self.r.text(f["title"][1], "event title") if "title" in f else None
        date = self.r.date(f["date"][1], "date") if "date" in f else None
        end_date = self.r.date(f["end_date"][1], "end_date") if "end_date" in f else None
        if date and end_date and end_date < date:
            self.r.at(f["end_date"][1], "end_date is before date: swap them or fix the year")
        language = "nb"
        if "language" in f:
            language = self.r.choice(f["language"][1], "language",
                                     {"nb": "nb", "no": "nb", "nob": "nb", "en": "en"}) or "nb"
        if title is None or date is None:
            return None
        return EventInfo(
            title=title,
            organiser=self._optional_text(f, "organiser") or "",
            date=date,
            end_date=end_date,
            place=self._optional_text(f, "place"),
            language="en" if language == "en" else "nb",
        )

    def theme(self, node: Node) -> Theme | None:
        f = self.r.mapping(node, "'theme'", THEME_KEYS)
        if f is None:
            return None
        default = Theme()
        aspect = default.aspect
        if "aspect" in f:
            aspect = self.r.choice(f["aspect"][1], "aspect", {"16:9": "16:9", "4:3": "4:3"}) or aspect
        colours = {key: self.r.colour(f[key][1], key) if key in f else None
                   for key in ("background", "text", "accent")}
        numbers = self.r.flag(f["slide_numbers"][1], "slide_numbers") if "slide_numbers" in f else None
        return Theme(
            aspect="4:3" if aspect == "4:3" else "16:9",
            background=colours["background"] or default.background,
            text=colours["text"] or default.text,
            accent=colours["accent"] or default.accent,
            font=self._optional_text(f, "font") or default.font,
            footer=self._optional_text(f, "footer"),
            slide_numbers=default.slide_numbers if numbers is None else numbers,
        )

    def _optional_text(self, f: Fields, key: str) -> str | None:
        return self.r.text(f[key][1], key) if key in f else None

    # --- agenda -----------------------------------------------------------

    def agenda(self, node: Node) -> tuple[AgendaItem, ...]:
        items: list[AgendaItem] = []
        previous_end: dt.time | None = None
        for item_node in self.r.sequence(node, "'agenda'", limits.MAX_AGENDA_ITEMS) or []:
            f = self.r.mapping(item_node, "an agenda item", AGENDA_ITEM_KEYS, ("title",))
            if f is None:
                continue
            title = self.r.text(f["title"][1], "agenda title") if "title" in f else None
            start = self.r.clock(f["start"][1], "start") if "start" in f else previous_end
            if "start" not in f and previous_end is None:
                self.r.at(item_node, "the first agenda item needs 'start:' (later items "
                                     "without one follow the previous item)")
            end = self._agenda_end(f, item_node, start)
            groupwork = self.r.flag(f["groupwork"][1], "groupwork") if "groupwork" in f else False
            previous_end = end
            if title and start and end:
                items.append(AgendaItem(title, start, end, bool(groupwork), position(item_node)[0]))
        return tuple(items)

    def _agenda_end(self, f: Fields, item_node: Node, start: dt.time | None) -> dt.time | None:
        if "end" in f and "duration" in f:
            self.r.at(f["duration"][0], "give either 'end' or 'duration', not both")
            return None
        if "end" in f:
            end = self.r.clock(f["end"][1], "end")
            if start is not None and end is not None and end <= start:
                self.r.at(f["end"][1], f"the item ends at {end:%H:%M}, not after it starts at "
                                       f"{start:%H:%M}: check the times (items end the day they start)")
                return None
            return end
        if "duration" in f:
            length = self.r.duration(f["duration"][1], "duration")
            if start is None or length is None:
                return None
            day = dt.date(2000, 1, 1)
            ends = dt.datetime.combine(day, start) + length
            if ends.date() != day and ends.time() != dt.time(0):
                self.r.at(f["duration"][1], f"the item starts at {start:%H:%M} and lasts "
                                            f"{format_duration(length)}, past midnight: check the "
                                            "duration (items end the day they start)")
                return None
            return ends.time()
        self.r.at(item_node, "an agenda item needs 'end:' or 'duration:'")
        return None

    # --- group work -------------------------------------------------------

    def groupwork(self, node: Node) -> GroupWork | None:
        f = self.r.mapping(node, "'groupwork'", GROUPWORK_KEYS)
        if f is None:
            return None
        default = GroupWork()
        duration = self.r.duration(f["duration"][1], "duration") if "duration" in f else None
        warnings = default.warnings
        if "warnings" in f:
            marks = [self.r.duration(n, "a warning mark")
                     for n in self.r.sequence(f["warnings"][1], "'warnings'", limits.MAX_WARNINGS) or []]
            warnings = tuple(sorted((m for m in marks if m is not None), reverse=True))
        groups = self.groups(f["groups"][1]) if "groups" in f else ()
        tasks = self.tasks(f["tasks"][1]) if "tasks" in f else ()
        return GroupWork(duration or default.duration, warnings, groups, tasks)

    def groups(self, node: Node) -> tuple[Group, ...]:
        groups: list[Group] = []
        for group_node in self.r.sequence(node, "'groups'", limits.MAX_GROUPS) or []:
            if group_node.tag.endswith(":map"):
                f = self.r.mapping(group_node, "a group", GROUP_KEYS, ("name",))
                name = self.r.text(f["name"][1], "group name") if f and "name" in f else None
                room = self._optional_text(f, "room") if f else None
            else:
                name, room = self.r.text(group_node, "group name"), None
            if name is None:
                continue
            invisible = invisible_problem(name)
            if invisible:
                self.r.at(group_node, f"the group name {quoted(name)} {invisible}")
                continue
            if any(same_name(g.name, name) for g in groups):
                self.r.at(group_node, f"two groups are called {quoted(name)}: give each a unique name")
                continue
            groups.append(Group(name, room))
        return tuple(groups)

    def tasks(self, node: Node) -> tuple[Task, ...]:
        tasks: list[Task] = []
        for task_node in self.r.sequence(node, "'tasks'", limits.MAX_TASKS) or []:
            f = self.r.mapping(task_node, "a task", TASK_KEYS, ("id", "title"))
            if f is None:
                continue
            task_id = self.r.text(f["id"][1], "task id") if "id" in f else None
            title = self.r.text(f["title"][1], "task title") if "title" in f else None
            points = self.points(f["points"][1], "'points'") if "points" in f else ()
            invisible = invisible_problem(task_id) if task_id is not None else None
            if invisible:
                self.r.at(f["id"][1], f"the task id {quoted(task_id or '')} {invisible}")
                continue
            if task_id is not None and any(same_name(t.id, task_id) for t in tasks):
                self.r.at(f["id"][1], f"two tasks have the id {quoted(task_id)}: ids must be unique")
                continue
            if task_id and title:
                tasks.append(Task(task_id, title, self._optional_text(f, "prompt"), points,
                                  position(task_node)[0]))
        return tuple(tasks)

    def points(self, node: Node, what: str) -> tuple[Point, ...]:
        points: list[Point] = []
        for point_node in self.r.sequence(node, what, limits.MAX_POINTS) or []:
            if point_node.tag.endswith(":map"):
                f = self.r.mapping(point_node, "a point", POINT_KEYS, ("text",))
                if f is None or "text" not in f:
                    continue
                text = self.r.text(f["text"][1], "point text")
                level = self.r.integer(f["level"][1], "level", 1, 4) if "level" in f else 1
                if text is not None:
                    points.append(Point(text, level or 1))
            else:
                text = self.r.text(point_node, "a point")
                if text is not None:
                    points.append(Point(text))
        return tuple(points)

    # --- slides -----------------------------------------------------------

    def slides(self, node: Node, groupwork: GroupWork | None) -> tuple[Slide, ...]:
        slide_nodes = self.r.sequence(node, "'slides'", limits.MAX_SLIDES)
        if slide_nodes is not None and not slide_nodes:
            self.r.at(node, "'slides' is empty: add at least one slide")
        built: list[Slide] = []
        for number, slide_node in enumerate(slide_nodes or [], 1):
            if _is_guest_entry(slide_node):
                built.extend(self.guest_slides(slide_node, number))
            else:
                slide = self.slide(slide_node, number, groupwork)
                if slide is not None:
                    built.append(slide)
        return tuple(built)

    def guest_slides(self, node: Node, number: int) -> list[Slide]:
        """A ``pdf:`` entry: one slide per chosen page of the guest's PDF.

        A PDF that cannot be shown is a problem ``plenum check`` fails on, but the
        day goes on: it becomes one placeholder slide, as a missing picture does.
        """
        f = self.r.mapping(node, f"slide {number}", GUEST_KEYS, ("pdf",))
        if f is None or "pdf" not in f:
            return []
        src_node = f["pdf"][1]
        src = self.r.text(src_node, "pdf")
        if src is None:
            return []
        duration = self.r.duration(f["duration"][1], "duration") if "duration" in f else None
        line = position(node)[0]
        document, path = self._guest_document(src, src_node)
        if document is None or path is None:
            return [Slide(layout="pdf", guest=GuestPage(src, None, 1), show_footer=False,
                          duration=duration, line=line)]
        pages = self._guest_pages(f, document)
        notes = self._page_notes(f["notes"][1], pages) if "notes" in f else {}
        share = duration / len(pages) if duration is not None else None
        # No footer or number over the guest's own design: the pages carry their own.
        return [Slide(layout="pdf", guest=GuestPage(src, path, page, document.page_sizes[page - 1],
                                                    document.stamp),
                      notes=notes.get(page, ""), show_footer=False, duration=share, line=line)
                for page in pages]

    def _guest_document(self, src: str, src_node: Node) -> tuple[GuestDocument | None, Path | None]:
        """The guest's PDF and its path; (None, None) when it cannot be shown, reported at
        ``src_node``. Read once per ``src``: a read takes up to 200 MB through PDFium, and
        a deck may show pages of one PDF in several places (each still told what is wrong)."""
        known = self._guests.get(src)
        if known is None:
            known = self._guests[src] = self._inspect_guest(src)
        document, path, problem = known
        if problem:
            self.r.at(src_node, f"pdf {quoted(src)}: {problem}", blocking=False)
        return document, path

    def _inspect_guest(self, src: str) -> tuple[GuestDocument | None, Path | None, str | None]:
        """The PDF and its path, or why it cannot be shown."""
        outside = outside_problem(src, self.folder)
        if outside:
            return None, None, outside
        path = (self.folder / src).resolve()
        try:
            return inspect_pdf(path), path, None
        except GuestPdfProblem as exc:
            return None, None, str(exc)

    def _guest_pages(self, f: Fields, document: GuestDocument) -> list[int]:
        """The pages ``pages:`` picks; every page when it is absent or wrong (and reported)."""
        every = list(range(1, len(document.page_sizes) + 1))
        if "pages" not in f:
            return every
        spec = self.r.text(f["pages"][1], "pages")
        if spec is None:
            return every
        try:
            return parse_pages(spec, len(every))
        except GuestPdfProblem as exc:
            self.r.at(f["pages"][1], str(exc), blocking=False)
            return every

    def _page_notes(self, node: Node, pages: list[int]) -> dict[int, str]:
        """Speaker notes by page number (``2: Spør om utvalget.``), for the pages shown."""
        if not isinstance(node, MappingNode):
            self.r.at(node, "'notes' of a pdf slide must be page numbers with their notes, "
                            "like '2: Spør om utvalget.'")
            return {}
        shown, notes = set(pages), {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, ScalarNode) else ""
            if not (isinstance(key, str) and key.strip().isdigit() and int(key) in shown):
                self.r.at(key_node, f"notes: {quoted(str(key))} is not the number of a page shown "
                                    f"(pages {page_spec(pages)}): write the page's number")
                continue
            text = self.r.text(value_node, "notes", allow_empty=True, limit=limits.MAX_NOTES_CHARS)
            if text:
                notes[int(key)] = text.rstrip("\n")
        return notes

    def slide(self, node: Node, number: int, groupwork: GroupWork | None) -> Slide | None:
        what = f"slide {number}"
        f = self.r.mapping(node, what, SLIDE_KEYS)
        if f is None:
            return None
        layout = self._layout(f, node, what)
        if layout is None:
            return None
        used = _LAYOUT_KEYS[layout] | _COMMON_SLIDE_KEYS
        for key, (key_node, _) in f.items():
            if key not in used:
                self.r.at(key_node, f"'{key}' is not used by a {layout} slide: remove it "
                                    f"or set another layout")
        f = {key: value for key, value in f.items() if key in used}
        required = _REQUIRED_BY_LAYOUT.get(layout)
        if required and required not in f:
            self.r.at(node, f"{what} is a {layout} slide and needs '{required}:'")
        footer = self.r.flag(f["footer"][1], "footer") if "footer" in f else True
        duration = self.r.duration(f["duration"][1], "duration") if "duration" in f else None
        notes = self.r.text(f["notes"][1], "notes", allow_empty=True,
                            limit=limits.MAX_NOTES_CHARS) if "notes" in f else ""
        slide = Slide(
            layout=layout,
            title=self._optional_text(f, "title"),
            subtitle=self._optional_text(f, "subtitle"),
            lead=self._optional_text(f, "lead"),
            bullets=self.points(f["bullets"][1], "'bullets'") if "bullets" in f else (),
            people=self.people(f["people"][1]) if "people" in f else (),
            image=self.image(f["image"][1]) if "image" in f else None,
            tasks=self.task_refs(f["tasks"][1], groupwork) if "tasks" in f else (),
            notes=(notes or "").rstrip("\n"),
            show_footer=footer is not False,
            duration=duration,
            line=position(node)[0],
        )
        shown = _shown_characters(slide)
        if shown > limits.MAX_SLIDE_CHARS:
            self.r.at(node, f"{what} shows {shown:,} characters of text; at most "
                            f"{limits.MAX_SLIDE_CHARS:,} fit on a slide: split it up")
            return None
        return slide

    def _layout(self, f: Fields, node: Node, what: str) -> Layout | None:
        if "layout" in f:
            return self.r.choice(f["layout"][1], "layout", {name: name for name in LAYOUTS})
        for key, layout in (("bullets", "bullets"), ("lead", "bullets"), ("people", "people"),
                            ("image", "image"), ("tasks", "tasks")):
            if key in f:
                return layout  # type: ignore[return-value]
        if "title" in f:
            return "section"
        self.r.at(node, f"{what} has no content: give it a 'title:' or a 'layout:'")
        return None

    def people(self, node: Node) -> tuple[Person, ...]:
        people: list[Person] = []
        for person_node in self.r.sequence(node, "'people'", limits.MAX_PEOPLE) or []:
            f = self.r.mapping(person_node, "a person", PERSON_KEYS, ("name",))
            if f is None or "name" not in f:
                continue
            name = self.r.text(f["name"][1], "name")
            if name is not None:
                people.append(Person(name, self._optional_text(f, "role"),
                                     self._optional_text(f, "note")))
        return tuple(people)

    def image(self, node: Node) -> Image | None:
        if node.tag.endswith(":map"):
            f = self.r.mapping(node, "'image'", IMAGE_KEYS, ("src",))
            if f is None or "src" not in f:
                return None
            src, alt = self.r.text(f["src"][1], "src"), self._optional_text(f, "alt")
            src_node = f["src"][1]
        else:
            src, alt, src_node = self.r.text(node, "image"), None, node
        if src is None:
            return None
        outside, path, problem = self._image_file(src)
        if outside:
            # Not read at all; the day goes on with a placeholder, but check fails.
            self.r.at(src_node, f"image {quoted(src)}: {outside}", blocking=False)
            return Image(src, None, alt)
        if problem:
            self.r.at(src_node, f"image {src!r}: {problem}", blocking=False)
        return Image(src, path, alt)

    def _image_file(self, src: str) -> tuple[str | None, Path | None, str | None]:
        """Why the picture is outside the event's folder, its path, and why it cannot be
        shown (None: it can), found once per ``src``: a deck shows its logo on many
        slides, and each lookup touches the disk."""
        known = self._images.get(src)
        if known is None:
            outside = outside_problem(src, self.folder)
            path = None if outside else (self.folder / src).resolve()
            known = self._images[src] = (outside, path,
                                         None if path is None else image_problem(path))
        return known

    def task_refs(self, node: Node, groupwork: GroupWork | None) -> tuple[str, ...]:
        known = [t.id for t in groupwork.tasks] if groupwork else []
        refs: list[str] = []
        for ref_node in self.r.sequence(node, "'tasks'", limits.MAX_SLIDE_TASKS) or []:
            ref = self.r.text(ref_node, "a task id")
            if ref is None:
                continue
            if ref not in known:
                hint = did_you_mean(ref, known) or (
                    f" (known: {', '.join(known)})" if known else
                    ": define it under groupwork: tasks:")
                self.r.at(ref_node, f"unknown task id {ref!r}{hint}")
                continue
            refs.append(ref)
        return tuple(refs)


def _is_guest_entry(node: Node) -> bool:
    return isinstance(node, MappingNode) and any(
        isinstance(key, ScalarNode) and key.value == "pdf" for key, _ in node.value)


def _shown_characters(slide: Slide) -> int:
    texts = [slide.title, slide.subtitle, slide.lead, *(p.text for p in slide.bullets),
             *(t for person in slide.people for t in (person.name, person.role, person.note))]
    return sum(len(text) for text in texts if text)
