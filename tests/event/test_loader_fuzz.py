"""Whatever a file holds, loading gives a model or clean problems, never an exception."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.event import load_event_text
from app.paths import DEFAULT_EVENT

SEED = DEFAULT_EVENT.read_text(encoding="utf-8")
SEED_LINES = SEED.splitlines(keepends=True)
YAML_BITS = st.sampled_from(
    [":", "- ", "[", "]", "{", "}", "\t", "&a ", "*a", "!!python/object:os.system ", "'", '"',
     "\n", "  ", "#", "|", ">", "? ", "---\n", "16:00", "no", "~", "\x00", "\ufeff", "ŋ", "🎉"]
)


def assert_clean(data: str | bytes) -> None:
    result = load_event_text(data, "fuzz.yaml")
    assert result.event is not None or result.errors
    for problem in result.problems:
        assert problem.line >= 1 and problem.col >= 1
        assert problem.message and "Traceback" not in problem.message


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes(data: bytes) -> None:
    assert_clean(data)


@pytest.mark.slow  # hundreds of generated files
@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(YAML_BITS, st.text(max_size=8)), max_size=40))
def test_random_yaml_like_text(bits: list[str]) -> None:
    assert_clean("".join(bits))


@pytest.mark.slow  # hundreds of generated files
@settings(max_examples=300, deadline=None)
@given(st.data())
def test_mutations_of_the_seed_event(data: st.DataObject) -> None:
    lines = list(SEED_LINES)
    for _ in range(data.draw(st.integers(1, 4))):
        index = data.draw(st.integers(0, len(lines) - 1))
        action = data.draw(st.sampled_from(["delete", "duplicate", "insert", "indent", "dedent", "cut"]))
        line = lines[index]
        if action == "delete":
            del lines[index]
        elif action == "duplicate":
            lines.insert(index, line)
        elif action == "insert":
            column = data.draw(st.integers(0, max(0, len(line) - 1)))
            lines[index] = line[:column] + data.draw(YAML_BITS) + line[column:]
        elif action == "indent":
            lines[index] = "  " + line
        elif action == "dedent":
            lines[index] = line.lstrip(" ")
        else:
            lines = lines[:index]
        if not lines:
            break
    assert_clean("".join(lines))
