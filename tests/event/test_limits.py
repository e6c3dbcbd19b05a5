"""Absurd sizes are refused while the file is read, at the place, with the count and the limit.

Each list and text limit is tried just above it (refused, with line and
column) and, for the lists, at it (accepted): the cases are generated from
``app.event.limits``, so a changed limit is tested at its new value.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from app.event import limits, load_event_text
from app.event.yamlsource import TooManyNodes, _CountingLoader, compose_counted
from app.paths import RESOURCES

HEAD = "event: {title: T, date: 2021-09-01}\n"
TASKS = "groupwork:\n  tasks: [{id: t1, title: T}]\n"


def flow(items: list[str]) -> str:
    return "[" + ", ".join(items) + "]"


# name -> (limit, a file with N items in that list, line:col of the list)
LISTS: dict[str, tuple[int, Callable[[int], str], str]] = {
    "slides": (limits.MAX_SLIDES,
               lambda n: HEAD + "slides: " + flow(["{title: s}"] * n) + "\n", "2:9"),
    "bullets": (limits.MAX_POINTS,
                lambda n: HEAD + "slides:\n  - bullets: " + flow(["p"] * n) + "\n", "3:14"),
    "task points": (limits.MAX_POINTS,
                    lambda n: HEAD + "groupwork:\n  tasks:\n    - {id: t1, title: T, points: "
                    + flow(["p"] * n) + "}\nslides:\n  - {title: s}\n", "4:34"),
    "people": (limits.MAX_PEOPLE,
               lambda n: HEAD + "slides:\n  - people: " + flow(["{name: N}"] * n) + "\n", "3:13"),
    "slide tasks": (limits.MAX_SLIDE_TASKS,
                    lambda n: HEAD + TASKS + "slides:\n  - tasks: " + flow(["t1"] * n) + "\n",
                    "5:12"),
    "agenda": (limits.MAX_AGENDA_ITEMS,
               lambda n: HEAD + "agenda: " + flow(["{title: a, start: '09:00', end: '09:01'}"] * n)
               + "\nslides:\n  - {title: s}\n", "2:9"),
    "groups": (limits.MAX_GROUPS,
               lambda n: HEAD + "groupwork:\n  groups: " + flow([f"G{i}" for i in range(n)])
               + "\nslides:\n  - {title: s}\n", "3:11"),
    "tasks": (limits.MAX_TASKS,
              lambda n: HEAD + "groupwork:\n  tasks: " + flow([f"{{id: t{i}, title: T}}" for i in range(n)])
              + "\nslides:\n  - {title: s}\n", "3:10"),
    "warnings": (limits.MAX_WARNINGS,
                 lambda n: HEAD + "groupwork:\n  warnings: " + flow([f"{i + 1}m" for i in range(n)])
                 + "\nslides:\n  - {title: s}\n", "3:13"),
}


def errors(text: str) -> list[str]:
    return [f"{p.line}:{p.col}: {p.message}" for p in load_event_text(text, "e.yaml").errors]


@pytest.mark.parametrize("name", LISTS)
def test_a_list_one_over_its_limit_is_refused_at_the_list(name: str) -> None:
    limit, make, where = LISTS[name]
    found = errors(make(limit + 1))
    assert found == [f"{where}: {found[0].split(': ', 1)[1]}"], found
    assert f"has {limit + 1:,} items; at most {limit:,} are allowed" in found[0]


@pytest.mark.parametrize("name", LISTS)
def test_a_list_at_its_limit_is_accepted(name: str) -> None:
    limit, make, _ = LISTS[name]
    assert errors(make(limit)) == []


TEXTS: dict[str, tuple[int, Callable[[str], str], str, str]] = {
    "event title": (limits.MAX_TEXT_CHARS,
                    lambda t: f"event: {{title: {t}, date: 2021-09-01}}\nslides:\n  - {{title: s}}\n",
                    "1:16", "event title"),
    "slide title": (limits.MAX_TEXT_CHARS, lambda t: HEAD + f"slides:\n  - title: {t}\n", "3:12", "title"),
    "bullet": (limits.MAX_TEXT_CHARS, lambda t: HEAD + f"slides:\n  - bullets: [{t}]\n", "3:15", "a point"),
    "group name": (limits.MAX_TEXT_CHARS,
                   lambda t: HEAD + f"groupwork:\n  groups: [{t}]\nslides:\n  - {{title: s}}\n", "3:12",
                   "group name"),
    "person": (limits.MAX_TEXT_CHARS, lambda t: HEAD + f"slides:\n  - people: [{{name: {t}}}]\n", "3:21",
               "name"),
    "notes": (limits.MAX_NOTES_CHARS, lambda t: HEAD + f"slides:\n  - {{title: s, notes: {t}}}\n", "3:23",
              "notes"),
}


@pytest.mark.parametrize("name", TEXTS)
def test_a_text_over_its_limit_is_refused_and_not_echoed(name: str) -> None:
    limit, make, where, what = TEXTS[name]
    found = errors(make("x" * (limit + 1)))
    assert found == [f"{where}: {what} is {limit + 1:,} characters long; at most {limit:,} "
                     "are allowed: shorten it"]


@pytest.mark.parametrize("name", TEXTS)
def test_a_text_at_its_limit_is_accepted(name: str) -> None:
    limit, make, _, _ = TEXTS[name]
    assert not [e for e in errors(make("x" * limit)) if "characters" in e]


def test_a_slide_showing_too_much_text_in_all_is_refused_at_the_slide() -> None:
    point = "x" * 1000
    count = limits.MAX_SLIDE_CHARS // 1000 + 1
    found = errors(HEAD + "slides:\n  - {title: a}\n  - bullets: " + flow([point] * count) + "\n")
    assert found == [f"4:5: slide 2 shows {count * 1000:,} characters of text; at most "
                     f"{limits.MAX_SLIDE_CHARS:,} fit on a slide: split it up"]


@pytest.mark.slow  # a 4 MB generated file
@pytest.mark.timeout(60)  # a hang guard, not a budget: the node limit stops composing early
def test_two_million_bullets_are_refused_with_a_position() -> None:
    text = HEAD + "slides:\n  - title: a\n    bullets: [" + ",".join(["a"] * 2_000_000) + "]\n"
    found = errors(text)
    assert len(found) == 1 and found[0].startswith("4:")
    assert f"more than {limits.MAX_NODES:,} keys, values and list items" in found[0]


def test_the_composer_counts_every_untagged_node_through_resolve() -> None:
    """The node limit relies on PyYAML's composer calling ``resolve`` once per node."""
    text = "a: [1, 2, {b: c}]\n"
    loader = _CountingLoader(text, 100)
    try:
        loader.get_single_node()
    finally:
        loader.dispose()
    # a, the list, 1, 2, the inner mapping, b, c, and the outer mapping
    assert loader.nodes == 8
    assert compose_counted(text, 8) is not None
    with pytest.raises(TooManyNodes) as caught:
        compose_counted(text, 7)
    assert (caught.value.line, caught.value.col) == (1, 15)  # c, the eighth node


def test_the_schema_states_the_same_limits() -> None:
    schema = json.loads((RESOURCES / "schema" / "event.schema.json").read_text(encoding="utf-8"))
    top, defs = schema["properties"], schema["definitions"]
    groupwork, slide = top["groupwork"]["properties"], defs["slide"]["properties"]
    assert {
        "slides": top["slides"]["maxItems"], "agenda": top["agenda"]["maxItems"],
        "groups": groupwork["groups"]["maxItems"], "tasks": groupwork["tasks"]["maxItems"],
        "warnings": groupwork["warnings"]["maxItems"], "points": defs["points"]["maxItems"],
        "people": slide["people"]["maxItems"], "slide tasks": slide["tasks"]["maxItems"],
        "text": defs["text"]["maxLength"], "notes": slide["notes"]["maxLength"],
    } == {
        "slides": limits.MAX_SLIDES, "agenda": limits.MAX_AGENDA_ITEMS,
        "groups": limits.MAX_GROUPS, "tasks": limits.MAX_TASKS,
        "warnings": limits.MAX_WARNINGS, "points": limits.MAX_POINTS,
        "people": limits.MAX_PEOPLE, "slide tasks": limits.MAX_SLIDE_TASKS,
        "text": limits.MAX_TEXT_CHARS, "notes": limits.MAX_NOTES_CHARS,
    }
