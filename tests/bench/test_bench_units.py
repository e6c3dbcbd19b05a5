"""The harness's arithmetic and output: what the README table and the JSON are made of."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.event import load_event
from bench.cli import write_json
from bench.context import Run
from bench.countdown_error import since_change
from bench.decks import seed_slide_blocks, write_big_event
from bench.result import NOT_BUILT, Absent, Figure, percentile
from bench.table import render


def test_percentile_interpolates_between_ranks() -> None:
    samples = [float(n) for n in range(1, 101)]
    assert percentile(samples, 50) == pytest.approx(50.5)
    assert percentile(samples, 95) == pytest.approx(95.05)
    assert percentile([3.0], 95) == 3.0
    assert percentile([4.0, 1.0, 2.0], 0) == 1.0


def test_figure_is_judged_by_its_statistic() -> None:
    samples = tuple([1.0] * 90 + [20.0] * 10)
    latency = Figure("nav_p95_ms", "nav", "ms", samples, statistic="p95", budget=16.0)
    assert latency.median == 1.0
    assert latency.value == pytest.approx(20.0)
    assert latency.passed is False
    worst = Figure("timer_error_ms", "timer", "ms", (3.0, 49.0, 5.0), statistic="max", budget=50.0)
    assert worst.value == 49.0 and worst.passed is True
    assert Figure("floor", "floor", "s", (0.3,)).passed is None


def test_spread_is_p5_p95_only_with_enough_runs() -> None:
    few = Figure("x", "x", "s", (1.0, 2.0, 9.0))
    many = Figure("y", "y", "s", tuple(float(n) for n in range(100)))
    assert few.spread == ("min-max", 1.0, 9.0)
    assert many.spread[0] == "p5-p95"


def test_figure_without_samples_is_refused() -> None:
    with pytest.raises(ValueError, match="no samples"):
        Figure("x", "x", "s", ())


def _items() -> list[Figure | Absent]:
    return [
        Figure("startup_s", "launch", "s", (0.50, 0.52, 0.55), budget=0.45,
               budget_text="≤ floor + 0.15 s", baseline="startup_floor_s"),
        Figure("startup_floor_s", "bare window", "s", (0.30, 0.31, 0.29), budget_text="baseline"),
        Absent("render_p95_ms", "render", NOT_BUILT),
    ]


def test_table_shows_budget_result_baseline_and_what_is_missing() -> None:
    table = render(_items())
    startup = next(line for line in table.splitlines() if line.startswith("startup_s "))
    assert "FAIL" in startup
    assert "0.520 s" in startup
    assert "startup_floor_s 0.300 s: +0.220 s" in startup
    assert "0.500-0.550 s min-max (3)" in startup
    render_row = next(line for line in table.splitlines() if line.startswith("render_p95_ms"))
    assert "not built yet" in render_row


def test_json_has_a_key_per_figure_and_the_reasons_for_absent_ones(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    write_json(out, _items(), {"cpu": "test"}, Run(quick=True))
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["startup_s"]["value"] == pytest.approx(0.52)
    assert document["startup_s"]["pass"] is False
    assert document["startup_s"]["runs"] == 3
    assert document["startup_floor_s"]["budget"] is None
    assert document["absent"] == {"render_p95_ms": NOT_BUILT}
    assert document["mode"] == "quick"
    assert "render_p95_ms" not in document
    assert list(tmp_path.iterdir()) == [out]


def test_generated_event_repeats_the_seed_slides_and_loads_cleanly(tmp_path: Path) -> None:
    _, blocks = seed_slide_blocks()
    assert len(blocks) == 18
    result = load_event(write_big_event(tmp_path, 40))
    assert result.event is not None and not result.errors, result.problems[:3]
    assert len(result.event.slides) == 40
    assert result.event.slides[18].layout == result.event.slides[0].layout


@pytest.mark.parametrize(
    ("remaining", "since"),
    [(59.25, 0.75), (60.0, 0.0), (0.5, 0.5), (-0.25, 0.25), (-3.5, 0.5)],
)
def test_since_change_counts_from_the_last_whole_second(remaining: float, since: float) -> None:
    assert since_change(remaining) == pytest.approx(since)


def test_notes_become_numbered_footnotes() -> None:
    items: list[Figure | Absent] = [
        Figure("nav_p95_ms", "nav", "ms", (2.0, 3.0), statistic="p95", note="3 passes"),
        Figure("load_1000_s", "load", "s", (0.1,)),
    ]
    lines = render(items).splitlines()
    assert next(line for line in lines if line.startswith("nav_p95_ms")).count("nav [1]") == 1
    assert lines[-1] == "[1] 3 passes"
