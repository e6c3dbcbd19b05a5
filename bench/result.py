"""What a benchmark produces: a measured figure with its spread and budget, or why it is absent.

A figure keeps every sample, so the table and the JSON can show the median
*and* the spread: a median alone hides the one slow run a user notices. Each
figure names the statistic it is judged by (``p95`` for per-event latencies,
``median`` for whole operations, ``max`` for an error that must never
exceed) and, where the budget is relative, the baseline figure measured in
the same run.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

Statistic = Literal["median", "p95", "max"]


def percentile(samples: Sequence[float], pct: float) -> float:
    """The ``pct`` percentile (0-100), linearly interpolated between closest ranks."""
    if not samples:
        raise ValueError("no samples")
    ordered = sorted(samples)
    rank = (len(ordered) - 1) * pct / 100
    low, high = math.floor(rank), math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


@dataclass(frozen=True)
class Figure:
    """One measured figure.

    ``budget`` is the pass limit in ``unit`` (None for a baseline, which is
    only there to compare against); ``budget_text`` says how it was derived.
    """

    key: str
    title: str
    unit: str
    samples: tuple[float, ...]
    statistic: Statistic = "median"
    budget: float | None = None
    budget_text: str = ""
    baseline: str | None = None
    note: str = ""

    def __post_init__(self) -> None:
        if not self.samples:
            raise ValueError(f"{self.key}: no samples")

    @property
    def value(self) -> float:
        if self.statistic == "max":
            return max(self.samples)
        return self.median if self.statistic == "median" else percentile(self.samples, 95)

    @property
    def median(self) -> float:
        return percentile(self.samples, 50)

    @property
    def spread(self) -> tuple[str, float, float]:
        """``("p5-p95", low, high)`` when there are enough runs for it, else min-max."""
        if len(self.samples) >= 20:
            return ("p5-p95", percentile(self.samples, 5), percentile(self.samples, 95))
        return ("min-max", min(self.samples), max(self.samples))

    @property
    def passed(self) -> bool | None:
        return None if self.budget is None else self.value <= self.budget

    def as_json(self) -> dict[str, object]:
        spread_name, low, high = self.spread
        return {
            "title": self.title,
            "value": self.value,
            "statistic": self.statistic,
            "unit": self.unit,
            "median": self.median,
            "min": min(self.samples),
            "max": max(self.samples),
            "p5": percentile(self.samples, 5),
            "p95": percentile(self.samples, 95),
            "spread": spread_name,
            "spread_low": low,
            "spread_high": high,
            "runs": len(self.samples),
            "budget": self.budget,
            "budget_text": self.budget_text,
            "pass": self.passed,
            "baseline": self.baseline,
            "note": self.note,
        }


@dataclass(frozen=True)
class Absent:
    """A figure that was not measured in this run, and why (shown in the table)."""

    key: str
    title: str
    reason: str

    def as_json(self) -> dict[str, object]:
        return {"title": self.title, "reason": self.reason}


NOT_BUILT = "not built yet"

