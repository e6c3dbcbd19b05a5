"""The seed event is a faithful transcription of the original deck."""

from __future__ import annotations

import re
from pathlib import Path

from app.event import load_event
from app.event.model import Event
from app.paths import DEFAULT_EVENT, PROJECT_ROOT

SEED_TEXT = PROJECT_ROOT.parent / "shared" / "seed" / "faggruppesamling-2021.txt"
SEED_COPY = Path(__file__).parent / "faggruppesamling-2021.txt"


def seed_fragments() -> list[list[str]]:
    """The deck's text split at bullets, dashes, task numbers and slide footers, as word lists."""
    text = (SEED_TEXT if SEED_TEXT.exists() else SEED_COPY).read_text(encoding="utf-8")
    text = re.sub(r"(?m)^\s*\d+\s*$", " ", text)  # bare slide numbers
    parts = re.split(r"Dato: 9/3/2021\d*|•|\u2013|(?m:^\s*\d\.\s)", text)
    return [words for part in parts if (words := re.findall(r"\w+", part.lower()))]


def event_words(event: Event) -> list[str]:
    texts: list[str] = []
    for slide in event.slides:
        texts += [slide.title or "", slide.subtitle or "", slide.lead or ""]
        texts += [point.text for point in slide.bullets]
        texts += [part or "" for p in slide.people for part in (p.name, p.role, p.note)]
        for task in event.tasks_of(slide):
            texts += [task.title, task.prompt or "", *(point.text for point in task.points)]
    return re.findall(r"\w+", " ".join(texts).lower())


def contains(haystack: list[str], needle: list[str]) -> bool:
    joined = " " + " ".join(haystack) + " "
    return " " + " ".join(needle) + " " in joined


def test_the_seed_copy_in_tests_matches_the_shared_seed() -> None:
    if SEED_TEXT.exists():
        assert SEED_COPY.read_text(encoding="utf-8") == SEED_TEXT.read_text(encoding="utf-8")


def test_seed_event_loads_without_problems() -> None:
    result = load_event(DEFAULT_EVENT)
    assert result.problems == ()
    assert result.event is not None
    assert len(result.event.slides) == 18
    assert [t.id for t in result.event.groupwork.tasks] == [
        "funn", "rolle", "arbeidsformer", "kommunene", "kunnskapshull"]
    assert len(result.event.groupwork.groups) == 4
    assert result.event.theme.footer == "Dato: 9/3/2021"


def test_no_seed_sentence_is_missing() -> None:
    event = load_event(DEFAULT_EVENT).event
    assert event is not None
    words = event_words(event)
    fragments = seed_fragments()
    assert len(fragments) > 50
    missing = [" ".join(f) for f in fragments if not contains(words, f)]
    assert missing == []


def test_a_changed_sentence_would_be_caught() -> None:
    event = load_event(DEFAULT_EVENT).event
    assert event is not None
    words = event_words(event)
    words[words.index("høyeste")] = "laveste"
    assert any(not contains(words, f) for f in seed_fragments())


def test_the_group_work_slides_show_the_five_tasks_in_order() -> None:
    event = load_event(DEFAULT_EVENT).event
    assert event is not None
    shown = [task.id for slide in event.slides for task in event.tasks_of(slide)]
    assert shown == [t.id for t in event.groupwork.tasks]
    arbeidsformer = event.groupwork.task("arbeidsformer")
    assert [p.text[:2] for p in arbeidsformer.points] == ["a)", "b)", "c)", "d)", "e)", "f)"]
