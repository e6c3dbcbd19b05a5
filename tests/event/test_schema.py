"""The JSON Schema for editors agrees with the loader, which is the source of truth.

Editors (VS Code's YAML extension) read files as YAML 1.2, where ``16:00`` and
``no`` are strings but ``2021`` and ``16.00`` are numbers. So every document is
validated here in that same view, built from composed nodes: the schema must
accept every file the loader accepts, and should reject the common mistakes
the loader rejects, so authors see them while typing.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from yaml.error import Mark
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from app.event import load_event, load_event_text
from app.event import loader as L
from app.event.fields import Reporter
from app.event.model import LAYOUTS
from app.paths import DEFAULT_EVENT, PROJECT_ROOT, RESOURCES

SCHEMA_PATH = RESOURCES / "schema" / "event.schema.json"
SCHEMA: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft7Validator(SCHEMA)
DEFS = SCHEMA["definitions"]

DECK_EXAMPLE = Path(__file__).parent / "deck-format-example.yaml"

_INT = re.compile(r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")


def yaml12(node: Node) -> Any:
    """The value an editor sees: YAML 1.2 core schema resolution of plain scalars."""
    if isinstance(node, MappingNode):
        return {str(yaml12(k)): yaml12(v) for k, v in node.value}
    if isinstance(node, SequenceNode):
        return [yaml12(item) for item in node.value]
    assert isinstance(node, ScalarNode)
    text = node.value
    if node.style is not None:
        return text
    if text in ("", "~", "null", "Null", "NULL"):
        return None
    if text in ("true", "True", "TRUE", "false", "False", "FALSE"):
        return text.lower() == "true"
    if _INT.fullmatch(text):
        return int(text, 0) if text[:2] in ("0o", "0x") else int(text)
    if _FLOAT.fullmatch(text):
        return float(text)
    return text


def editor_view(text: str) -> Any:
    return yaml12(yaml.compose(text, Loader=yaml.SafeLoader))


def schema_errors(text: str) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in VALIDATOR.iter_errors(editor_view(text))]


def loader_errors(text: str) -> list[str]:
    return [p.message for p in load_event_text(text, "e.yaml").errors]


HEAD = "event: {title: T, date: 2021-09-01}\n"
ONE_SLIDE = "slides:\n  - title: a\n"


# --- the real files validate --------------------------------------------


def test_the_schema_is_valid_draft_07() -> None:
    jsonschema.Draft7Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "http://json-schema.org/draft-07/schema#"


def test_the_seed_event_validates_and_names_the_schema_in_its_modeline() -> None:
    text = DEFAULT_EVENT.read_text(encoding="utf-8")
    assert schema_errors(text) == []
    modeline = next(line for line in text.splitlines() if "yaml-language-server" in line)
    relative = modeline.split("$schema=")[1].strip()
    assert (DEFAULT_EVENT.parent / relative).resolve() == SCHEMA_PATH.resolve()


def test_the_deck_format_example_validates() -> None:
    text = DECK_EXAMPLE.read_text(encoding="utf-8")
    assert schema_errors(text) == []
    # The loader's only complaint is the picture the example names but does not ship.
    assert [p.message.split(":")[0] for p in load_event(DECK_EXAMPLE).errors] == [
        "image 'images/arendalsuka.png'"]


# --- the same keys as the loader ----------------------------------------


def keys(schema: dict[str, Any]) -> set[str]:
    if "$ref" in schema:
        schema = DEFS[schema["$ref"].rsplit("/", 1)[1]]
    assert schema["additionalProperties"] is False
    return set(schema["properties"])


@pytest.mark.parametrize(
    ("section", "loader_keys"),
    [
        (SCHEMA, L.TOP_KEYS),
        (SCHEMA["properties"]["event"], L.EVENT_KEYS),
        (SCHEMA["properties"]["theme"], L.THEME_KEYS),
        (SCHEMA["properties"]["groupwork"], L.GROUPWORK_KEYS),
        (DEFS["agenda-item"], L.AGENDA_ITEM_KEYS),
        (DEFS["group"], L.GROUP_KEYS),
        (DEFS["task"], L.TASK_KEYS),
        (DEFS["point"], L.POINT_KEYS),
        (DEFS["person"], L.PERSON_KEYS),
        (DEFS["image"], L.IMAGE_KEYS),
        (DEFS["slide"], L.SLIDE_KEYS),
        (DEFS["guest-slides"], L.GUEST_KEYS),
    ],
)
def test_each_section_allows_exactly_the_loaders_keys(
    section: dict[str, Any], loader_keys: tuple[str, ...]
) -> None:
    assert keys(section) == set(loader_keys)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_each_layout_allows_and_requires_what_the_loader_does(layout: str) -> None:
    definition = DEFS[f"{layout}-slide"]
    assert set(definition["propertyNames"]["enum"]) == L._LAYOUT_KEYS[layout] | L._COMMON_SLIDE_KEYS
    assert definition.get("required", []) == [r for r in [L._REQUIRED_BY_LAYOUT.get(layout)] if r]


def test_the_layout_choices_are_the_models() -> None:
    assert DEFS["slide"]["properties"]["layout"]["examples"] == list(LAYOUTS)


# --- files the loader accepts: YAML traps and short forms ------------------


@pytest.mark.parametrize(
    "text",
    [
        HEAD + "slides:\n  - title: Three-line slide\n    bullets:\n      - one point\n",
        HEAD + "agenda:\n  - {title: a, start: 16:00, end: 17:00}\n" + ONE_SLIDE,
        HEAD + "agenda:\n  - {title: a, start: 16.00, duration: 1h}\n  - {title: b, end: 19.05}\n"
        + ONE_SLIDE,
        "event: {title: T, date: 2021-09-01, language: no}\n" + ONE_SLIDE,
        "event: {title: 2021, date: 2021-09-01, end_date: '2021-09-02', place: 1.10}\n" + ONE_SLIDE,
        HEAD + "theme: {aspect: 4:3, slide_numbers: off, footer: 9/3/2021, accent: '#FFF'}\n" + ONE_SLIDE,
        HEAD + "slides:\n  - {title: a, footer: no, duration: 1h 30m, notes: }\n",
        HEAD + "slides:\n  - title: true\n    bullets: [1.10, {text: b, level: 2}, {text: c, level: '04'}]\n",
        HEAD + "groupwork:\n  groups: [Gruppe 1, {name: 2, room: Sal A}]\n  warnings: []\n"
               "  tasks: [{id: 1, title: x, points: [y]}]\nslides:\n  - {layout: tasks, tasks: [1]}\n",
        HEAD + "slides:\n  - layout: agenda\n  - {layout: section, title: s, subtitle: t}\n",
        HEAD + "slides:\n  - {layout: ' title ', title: x}\n",
    ],
)
def test_files_the_loader_accepts_the_schema_accepts(text: str) -> None:
    assert loader_errors(text) == []
    assert schema_errors(text) == []


@pytest.mark.parametrize(
    "text",
    [
        HEAD + "slides:\n  - pdf: guest.pdf\n    pages: '1-2,3-'\n    notes: {2: a, 3: b}\n"
               "    duration: 25m\n",
        HEAD + "slides:\n  - {pdf: guest.pdf, pages: 2}\n",
    ],
)
def test_guest_pdf_slides_the_schema_accepts(text: str) -> None:
    # The loader only misses the file, which no schema can know about.
    assert [m.split(":")[0] for m in loader_errors(text)] == ["pdf 'guest.pdf'"]
    assert schema_errors(text) == []


# --- files the loader rejects -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "event: {title: T}\n" + ONE_SLIDE,
        HEAD,
        HEAD + "slides: []\n",
        HEAD + "slide:\n  - title: a\n",
        "event: {title: T, date: 2021-09-01, titel: x}\n" + ONE_SLIDE,
        "event: {title: '', date: 2021-09-01}\n" + ONE_SLIDE,
        "event: {title: T, date: 1.9.2021}\n" + ONE_SLIDE,
        "event: {title: T, date: 2021-09-01, language: se}\n" + ONE_SLIDE,
        HEAD + "theme: {aspect: '16:10'}\n" + ONE_SLIDE,
        HEAD + "theme:\n  accent: #006e6a\n" + ONE_SLIDE,
        HEAD + "theme: {accent: 'teal'}\n" + ONE_SLIDE,
        HEAD + "theme: {colour: '#fff'}\n" + ONE_SLIDE,
        HEAD + "agenda:\n  - {title: a, duration: 10m}\n" + ONE_SLIDE,
        HEAD + "agenda:\n  - {title: a, start: '9:00'}\n" + ONE_SLIDE,
        HEAD + "agenda:\n  - {title: a, start: '9:00', end: '10:00', duration: 1h}\n" + ONE_SLIDE,
        HEAD + "agenda:\n  - {title: a, start: '25:00', duration: 1h}\n" + ONE_SLIDE,
        HEAD + "groupwork: {duration: 1h3Om}\n" + ONE_SLIDE,
        HEAD + "groupwork: {duration: 25}\n" + ONE_SLIDE,
        HEAD + "groupwork: {warnings: [10m, 0m]}\n" + ONE_SLIDE,
        HEAD + "groupwork: {tasks: [{title: no id}]}\n" + ONE_SLIDE,
        HEAD + "groupwork: {groups: [{name: G, size: 4}]}\n" + ONE_SLIDE,
        HEAD + "slides:\n  - {layout: bulets, title: a}\n",
        HEAD + "slides:\n  - {titel: a}\n",
        HEAD + "slides:\n  - {notes: only notes}\n",
        HEAD + "slides:\n  - {title: a, lead: no bullets}\n",
        HEAD + "slides:\n  - {layout: people, title: a}\n",
        HEAD + "slides:\n  - {title: a, bullets: [x], subtitle: b}\n",
        HEAD + "slides:\n  - {title: a, bullets: [x], image: pic.png}\n",
        HEAD + "slides:\n  - {layout: title, title: a, bullets: [x]}\n",
        HEAD + "slides:\n  - {title: a, duration: 2 minutes}\n",
        HEAD + "slides:\n  - {title: a, footer: ja}\n",
        HEAD + "slides:\n  - {title: a, bullets: [{text: x, level: 5}]}\n",
        HEAD + "slides:\n  - {title: a, bullets: [{level: 2}]}\n",
        HEAD + "slides:\n  - {title: a, bullets: ['']}\n",
        HEAD + "slides:\n  - image: {alt: no src}\n",
        HEAD + "slides:\n  - {layout: people, people: [{role: no name}]}\n",
        HEAD + "slides:\n  - {pdf: guest.pdf, title: a}\n",
        HEAD + "slides:\n  - {pdf: guest.pdf, pages: 'eins-zwei'}\n",
        HEAD + "slides:\n  - {pdf: guest.pdf, notes: {zwei: a}}\n",
        HEAD + "slides:\n  - {layout: pdf, title: a}\n",
    ],
)
def test_mistakes_the_loader_rejects_the_schema_rejects(text: str) -> None:
    assert loader_errors(text) != []
    assert schema_errors(text) != []


# --- scalar formats: whatever the loader reads, the schema accepts ---------


@functools.cache
def definition_validator(definition: str) -> jsonschema.Draft7Validator:
    return jsonschema.Draft7Validator({"definitions": DEFS, "$ref": f"#/definitions/{definition}"})


def accepts(definition: str, value: Any) -> bool:
    return definition_validator(definition).is_valid(value)


def quoted(value: str) -> ScalarNode:
    mark = Mark("e.yaml", 0, 0, 0, None, None)
    return ScalarNode("tag:yaml.org,2002:str", value, mark, mark, style='"')


READERS: dict[str, Callable[[Reporter, ScalarNode], object]] = {
    "duration": lambda r, node: r.duration(node, "duration"),
    "clock": lambda r, node: r.clock(node, "start"),
    "date": lambda r, node: r.date(node, "date"),
    "colour": lambda r, node: r.colour(node, "accent"),
    "flag": lambda r, node: r.flag(node, "footer"),
    "level": lambda r, node: r.integer(node, "level", 1, 4),
    "text": lambda r, node: r.text(node, "title"),
}


def loader_reads(definition: str, value: str) -> bool:
    """Does the loader's own reader take this text, written in quotes?"""
    report = Reporter("e.yaml")
    return READERS[definition](report, quoted(value)) is not None and not report.problems


def spaced(parts: list[str]) -> st.SearchStrategy[str]:
    """The parts joined with the odd space between them, as people type."""
    return st.lists(st.sampled_from(["", "", " "]), min_size=len(parts) + 1, max_size=len(parts) + 1).map(
        lambda gaps: gaps[0] + "".join(p + g for p, g in zip(parts, gaps[1:], strict=True)))


def number(low: int, high: int) -> st.SearchStrategy[str]:
    return st.builds(lambda n, pad: f"{n:0{pad}d}", st.integers(low, high), st.sampled_from([1, 2, 3]))


def cased(words: list[str]) -> st.SearchStrategy[str]:
    return st.builds(lambda w, ups: "".join(c.upper() if u else c for c, u in zip(w, ups, strict=False)),
                     st.sampled_from(words), st.lists(st.booleans(), min_size=6, max_size=6))


DURATIONS = st.lists(st.tuples(number(0, 130), st.sampled_from("hms")), max_size=3).flatmap(
    lambda parts: spaced([n + unit for n, unit in sorted(parts, key=lambda p: "hms".index(p[1]))]))
SAMPLES: dict[str, st.SearchStrategy[str]] = {
    "duration": DURATIONS,
    "clock": st.tuples(number(0, 30), st.sampled_from(":.;"), number(0, 70)).flatmap(
        lambda t: spaced(list(t))),
    "date": st.builds("{}-{}-{}".format, number(0, 2100), number(0, 13), number(0, 32)),
    "colour": st.from_regex(r"\s?#[0-9a-fA-Fg]{2,7}\s?", fullmatch=True),
    "flag": cased(["true", "false", "yes", "no", "on", "off", "ja", "nei", "y", "n", "1", "0"]),
    "level": st.builds("{}{}{}".format, st.sampled_from(["", " "]), number(0, 6), st.sampled_from(["", " "])),
    "text": st.text(max_size=3),
}
ALPHABETS = {"duration": "0123456789hms :.", "clock": "0123456789:. ", "date": "0123456789- ",
             "colour": "#0123456789abcdefABCDEFg ", "flag": "truefalsyno ", "level": "01245 .",
             "text": " \t\n\u00a0\u2003x<"}
EXACT = {"clock", "colour", "flag", "level", "text"}
"""The schema matches these exactly; for durations and dates it is a little wider
(it lets 1h90m and 2021-02-30 through, which the loader then reports)."""


@pytest.mark.parametrize("definition", READERS)
@settings(max_examples=50, deadline=None)
@given(data=st.data())
def test_every_value_the_loader_reads_the_schema_accepts(definition: str, data: st.DataObject) -> None:
    value = data.draw(st.one_of(SAMPLES[definition], st.text(ALPHABETS[definition], max_size=8)))
    if loader_reads(definition, value):
        assert accepts(definition, value), value
    elif definition in EXACT:
        assert not accepts(definition, value), value


def exact_grid() -> list[tuple[str, str]]:
    """Every near miss around the formats the schema matches exactly."""
    words = ["true", "false", "yes", "no", "on", "off"]
    flags = ["ja", "nei", "y", "1", " on", "of"]
    flags += ["".join(c.upper() if mask >> i & 1 else c for i, c in enumerate(w))
              for w in words for mask in range(2 ** len(w))]
    hours = ["", "0", "00", "9", "09", "19", "20", "23", "24", "29", "99", "009"]
    minutes = ["0", "00", "05", "5", "59", "60", "99", "000"]
    clocks = [f"{h}{sep}{m}" for h in hours for sep in ":.;" for m in minutes] + [" 9:05 ", "9 :05"]
    levels = ["0", "1", "4", "5", "01", "004", " 2 ", "2.0", "+2", "-1", "10", ""]
    colours = ["#" + "a" * n for n in range(1, 8)] + ["#abg", " #fff ", "fff", "##fff", "#FfFfFf"]
    return [("flag", v) for v in flags] + [("clock", v) for v in clocks] + [
        ("level", v) for v in levels] + [("colour", v) for v in colours]


def test_the_exact_formats_agree_with_the_loader_on_every_near_miss() -> None:
    disagreements = [(d, v) for d, v in exact_grid() if accepts(d, v) != loader_reads(d, v)]
    assert disagreements == []


@pytest.mark.parametrize(
    ("choice", "template", "values"),
    [
        ("language", "event: {title: T, date: 2021-09-01, language: X}\n" + ONE_SLIDE,
         ["nb", "no", "nob", "en", " en ", "NB", "nn", "se", "english", ""]),
        ("aspect", HEAD + "theme: {aspect: X}\n" + ONE_SLIDE,
         ["16:9", "4:3", " 4:3", "16:10", "4/3", "1.78"]),
        ("layout", HEAD + "slides:\n  - {layout: X}\n", ["agenda", " agenda", "Agenda", "agendas", ""]),
    ],
)
def test_choices_agree_with_the_loader(choice: str, template: str, values: list[str]) -> None:
    for value in values:
        text = template.replace("X", json.dumps(value))
        assert (not loader_errors(text)) == (not schema_errors(text)), (choice, value)


@pytest.mark.parametrize(
    ("definition", "value"),
    [("duration", "1h30m"), ("duration", " 90s "), ("duration", "1h 30m"), ("duration", "0h90m"),
     ("duration", "2h0m5s"), ("clock", "9:05"), ("clock", "0:00"), ("clock", "09:05"), ("clock", "23:59"),
     ("clock", "16.00"), ("clock", 16.0), ("date", "2021-09-01"), ("date", "2021-12-31"),
     ("colour", "#006e6a"), ("colour", "#FFF"), ("flag", "Yes"), ("flag", "off"), ("flag", False),
     ("level", 1), ("level", 4), ("level", "04"), ("text", 2021), ("text", True), ("text", "no")],
)
def test_good_values(definition: str, value: Any) -> None:
    assert accepts(definition, value)
    assert not isinstance(value, str) or loader_reads(definition, value)


@pytest.mark.parametrize(
    ("definition", "value"),
    [("duration", "0m"), ("duration", "0h0m0s"), ("duration", ""), ("duration", "90"),
     ("duration", "1h3Om"), ("duration", "1.5h"), ("duration", "10min"), ("duration", "30m1h"),
     ("duration", 90), ("clock", "24:00"), ("clock", "9:60"), ("clock", "9:5"), ("clock", "16"),
     ("clock", "16:00:00"), ("clock", 24), ("clock", -1), ("date", "2021-9-1"), ("date", "01.09.2021"),
     ("date", "2021-13-01"), ("date", "2021-09-00"), ("colour", "#00e6a"), ("colour", "teal"),
     ("colour", "006e6a"), ("flag", "ja"), ("flag", " yes"), ("flag", 1), ("level", 0), ("level", 5),
     ("level", "2.0"), ("level", ""), ("text", ""), ("text", " "), ("text", None)],
)
def test_bad_values(definition: str, value: Any) -> None:
    assert not accepts(definition, value)
    assert not isinstance(value, str) or not loader_reads(definition, value)


# --- the user documentation's examples are real -----------------------------

DOCS = PROJECT_ROOT / "docs" / "event-format.md"
DOC_TASKS = "groupwork:\n  tasks:\n    - {id: funn, title: F}\n    - {id: rolle, title: R}\n"


def doc_blocks(kind: str) -> list[str]:
    return re.findall(rf"^```{kind}\n(.*?)^```", DOCS.read_text(encoding="utf-8"), re.S | re.M)


def as_event_file(block: str) -> str | None:
    """The documentation's example as a whole event file, or None for a snippet of a snippet."""
    if block.startswith("event: Faggruppesamling"):
        return None  # the notes file, a format of its own
    if block.startswith("  - "):
        return HEAD + DOC_TASKS + "slides:\n" + block
    if block.startswith(" "):
        return None
    if block.startswith("event:"):
        return block if "slides:" in block else block + ONE_SLIDE
    return HEAD + block + ONE_SLIDE


def test_every_example_in_the_user_documentation_is_valid() -> None:
    examples = [(b, text) for b in doc_blocks("yaml") if (text := as_event_file(b)) and "bulets" not in b]
    assert len(examples) >= 12
    for block, text in examples:
        # Read as if next to the seed event, so its images resolve.
        result = load_event_text(text, DEFAULT_EVENT)
        assert [str(p) for p in result.errors] == [], block
        assert schema_errors(text) == [], block


def test_the_documented_check_output_is_what_the_loader_says() -> None:
    broken = next(b for b in doc_blocks("yaml") if "bulets" in b)
    shown = next(b for b in doc_blocks("text") if b.startswith("$ plenum check samling.yaml"))
    expected = [line for line in shown.splitlines()[1:] if ": error: " in line]
    actual = [str(p) for p in load_event_text(broken, "samling.yaml").problems]
    looked_for = re.compile(r"\(looked for [^)]*\)")
    assert [looked_for.sub("", line) for line in actual] == [looked_for.sub("", line) for line in expected]
    assert schema_errors(broken) != []
