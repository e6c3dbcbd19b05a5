"""One test per class of problem, each asserting the exact line and column."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.event import load_event, load_event_text
from app.event.model import LoadResult

HEAD = "event: {title: T, date: 2021-09-01}\n"


def problems(result: LoadResult) -> list[str]:
    return [f"{p.line}:{p.col}: {p.message}" for p in result.problems]


def only_problem(text: str | bytes) -> str:
    result = load_event_text(text, "e.yaml")
    assert len(result.problems) == 1, problems(result)
    return f"{result.problems[0].line}:{result.problems[0].col}: {result.problems[0].message}"


def test_problem_prints_as_file_line_col() -> None:
    result = load_event_text(HEAD + "slides:\n  - {titel: x}\n", "deck.yaml")
    assert str(result.problems[-1]).startswith("deck.yaml:3:6: error: unknown key 'titel'")


def test_misspelt_key_suggests_the_right_one() -> None:
    text = HEAD + "slides:\n  - title: a\n    bulets: [x]\n"
    assert only_problem(text) == "4:5: unknown key 'bulets' in slide 1: did you mean 'bullets'?"


def test_unknown_task_id_suggests_a_known_one() -> None:
    text = HEAD + (
        "groupwork:\n  tasks:\n    - {id: funn, title: F}\nslides:\n  - {layout: tasks, tasks: [fun]}\n"
    )
    assert only_problem(text) == "6:29: unknown task id 'fun': did you mean 'funn'?"


def test_duplicate_key_names_both_lines() -> None:
    text = HEAD + "slides:\n  - title: a\n    title: b\n"
    assert only_problem(text) == "4:5: duplicate key 'title' in slide 1 (first at line 3): keep one of them"


def test_every_problem_in_one_pass() -> None:
    text = HEAD + "slides:\n  - {titel: a}\n  - {title: b, duration: 5x}\n  - {layout: bulets}\n"
    result = load_event_text(text, "e.yaml")
    assert [(p.line, p.col) for p in result.problems] == [(3, 5), (3, 6), (4, 26), (5, 14)]
    assert result.event is None


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "1:1: the file is empty"),
        (b"# only a comment\n", "1:1: the file holds only comments"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "1:1: this is a binary file"),
        (b"event:\n  title: caf\xe9\n", "2:13: not UTF-8 text (byte 0xe9)"),
        (b"event:\n\ttitle: x\n", "2:1: a tab character: YAML indents with spaces only"),
        (b"slides: [a, b\nevent: x\n", "1:9: the '[' opened here is never closed"),
        (b"- a\n- b\n", "1:1: the event file must be a mapping (key: value lines), not a list"),
        (b"event: x\nslides: y\n", "1:8: 'event' must be a mapping"),
        (b"a: 1\n---\nb: 2\n", "2:1: a second document ('---')"),
    ],
)
def test_unusable_files_give_a_clean_message(data: bytes, expected: str) -> None:
    result = load_event_text(data, "e.yaml")
    assert result.event is None
    assert problems(result)[0].startswith(expected), problems(result)


def test_python_tag_is_refused_and_never_constructed(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    text = HEAD + f"slides:\n  - title: !!python/object/apply:os.system ['touch {marker}']\n"
    assert only_problem(text).startswith("3:12: the tag !!python/object/apply:os.system is not allowed")
    assert not marker.exists()


def test_aliases_are_refused_so_nothing_can_expand() -> None:
    text = HEAD + "slides:\n  - title: &t Hei\n  - title: *t\n"
    assert only_problem(text).startswith("3:12: anchors and aliases")


def test_yaml_11_traps_mean_what_the_author_wrote() -> None:
    text = (
        "event: {title: 1.10, date: 2021-09-01, language: no}\n"
        "theme: {aspect: 16:9}\n"
        "agenda:\n  - {title: no, start: 16:00, end: 17:00}\n"
        "slides:\n  - title: yes\n"
    )
    result = load_event_text(text, "e.yaml")
    assert result.problems == ()
    event = result.event
    assert event is not None
    assert event.info.title == "1.10"
    assert event.info.language == "nb"
    assert event.theme.aspect == "16:9"
    assert event.agenda[0].title == "no"
    assert event.agenda[0].start == dt.time(16, 0)
    assert event.slides[0].title == "yes"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("25", "3:26: duration: '25' is not a duration: write a duration like 90s, 10m or 1h30m"),
        ("1h3Om", "3:26: duration: '1h3Om' is not a duration"),
        ("0m", "3:26: duration must be longer than zero"),
    ],
)
def test_durations_are_strict(value: str, expected: str) -> None:
    text = HEAD + f"slides:\n  - {{title: a, duration: {value}}}\n"
    assert only_problem(text).startswith(expected)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("25:00", "3:23: start: '25:00' is not a clock time: write a clock time like 9:05 or 16:00"),
        ("9", "3:23: start: '9' is not a clock time"),
        ("kl 9", "3:23: start: 'kl 9' is not a clock time"),
    ],
)
def test_clock_times_are_strict(value: str, expected: str) -> None:
    text = HEAD + f"agenda:\n  - {{title: a, start: {value}, end: '10:00'}}\nslides:\n  - title: a\n"
    assert only_problem(text).startswith(expected)


def test_agenda_resolves_starts_and_ends() -> None:
    text = HEAD + (
        "agenda:\n  - {title: a, start: '9:05', duration: 1h30m}\n  - {title: b, end: '11:00'}\n"
        "slides:\n  - title: a\n"
    )
    event = load_event_text(text, "e.yaml").event
    assert event is not None
    assert [(i.start, i.end) for i in event.agenda] == [
        (dt.time(9, 5), dt.time(10, 35)), (dt.time(10, 35), dt.time(11, 0))]


def test_a_list_where_a_mapping_belongs() -> None:
    text = "event: [T, 2021-09-01]\nslides:\n  - title: a\n"
    assert only_problem(text) == "1:8: 'event' must be a mapping (key: value lines), not a list"


def test_key_not_used_by_the_layout() -> None:
    text = HEAD + "slides:\n  - {layout: section, title: a, bullets: [x]}\n"
    assert only_problem(text).startswith("3:33: 'bullets' is not used by a section slide")


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda d: None, "file not found"),
        (lambda d: (d / "pic.png").mkdir(), "is a folder, not an image file"),
        (lambda d: (d / "pic.png").write_text("Dear all,"), "is not a PNG, JPEG"),
    ],
)
def test_bad_images_are_errors_for_check_but_not_for_the_app(tmp_path: Path, make, expected) -> None:
    make(tmp_path)
    event_file = tmp_path / "e.yaml"
    event_file.write_text(HEAD + "slides:\n  - image: {src: pic.png, alt: A}\n", encoding="utf-8")
    result = load_event(event_file)
    assert [(p.line, p.col, p.severity) for p in result.problems] == [(3, 18, "error")]
    assert expected in result.problems[0].message
    assert result.event is not None
    assert result.event.slides[0].image is not None
    assert result.event.slides[0].image.path == tmp_path / "pic.png"


def test_image_resolves_relative_to_the_event_file(tmp_path: Path) -> None:
    (tmp_path / "img").mkdir()
    (tmp_path / "img" / "a.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(32))
    (tmp_path / "e.yaml").write_text(HEAD + "slides:\n  - image: img/a.png\n", encoding="utf-8")
    result = load_event(tmp_path / "e.yaml")
    assert result.problems == ()


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert "file not found" in load_event(tmp_path / "nope.yaml").problems[0].message
    assert "is a folder" in load_event(tmp_path).problems[0].message


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    result = load_event(big)
    assert result.event is None
    assert "50 MB" in result.problems[0].message


def test_uses_libyaml_when_available() -> None:
    import yaml

    from app.event.yamlsource import USING_LIBYAML

    assert bool(yaml.__with_libyaml__) == USING_LIBYAML


def test_unquoted_colour_is_explained() -> None:
    text = HEAD + "theme:\n  accent: #006e6a\nslides:\n  - title: a\n"
    assert only_problem(text) == (
        '3:10: accent is empty: write the colour in quotes, like "#006e6a" '
        "(an unquoted # starts a comment in YAML)")


def test_colon_in_unquoted_text_is_explained() -> None:
    text = HEAD + "theme:\n  footer: Dato: 9/3/2021\nslides:\n  - title: a\n"
    assert only_problem(text).startswith("3:15: a ': ' inside a value: put the whole text in quotes")


@pytest.mark.parametrize("value", ["\u00b2", "\u0661"])
def test_non_ascii_digits_are_not_numbers(value: str) -> None:
    text = HEAD + f"slides:\n  - title: a\n    bullets:\n      - {{text: x, level: {value}}}\n"
    assert "must be a whole number from 1 to 4" in only_problem(text)
    text = HEAD + f"slides:\n  - {{title: a, duration: {value}0m}}\n"
    assert "is not a duration" in only_problem(text)


@pytest.mark.parametrize("null", ["~", "null", ""])
def test_null_is_not_text_with_either_yaml_parser(null: str) -> None:
    text = HEAD + f"slides:\n  - title: {null}\n"
    assert only_problem(text).endswith(": title is empty: write the text or remove the key")
    assert only_problem(text).startswith("3:1")
