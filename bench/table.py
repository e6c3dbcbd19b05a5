"""The printed table: one row per figure, absent figures say why, notes as footnotes below."""

from __future__ import annotations

from collections.abc import Sequence

from bench.result import Absent, Figure

_DECIMALS = {"s": 3, "ms": 2, "MiB": 1, "%": 2}
_HEADER = ("key", "what", "value", "stat", "spread (runs)", "budget", "result", "baseline")


def number(value: float, unit: str) -> str:
    return f"{value:.{_DECIMALS.get(unit, 3)}f} {unit}"


def _row(item: Figure | Absent, by_key: dict[str, Figure], notes: list[str]) -> tuple[str, ...]:
    if isinstance(item, Absent):
        return (item.key, item.title, "—", "", "", "", item.reason, "")
    name, low, high = item.spread
    decimals = _DECIMALS.get(item.unit, 3)
    spread = f"{low:.{decimals}f}-{high:.{decimals}f} {item.unit} {name} ({len(item.samples)})"
    result = {None: "—", True: "pass", False: "FAIL"}[item.passed]
    baseline = ""
    reference = by_key.get(item.baseline or "")
    if reference is not None:
        difference = item.value - reference.value
        baseline = (f"{reference.key} {number(reference.value, reference.unit)}: "
                    f"{difference:+.{decimals}f} {item.unit}, x{item.value / reference.value:.2f}")
    title = item.title
    if item.note:
        notes.append(item.note)
        title += f" [{len(notes)}]"
    return (item.key, title, number(item.value, item.unit), item.statistic, spread,
            item.budget_text, result, baseline)


def render(items: Sequence[Figure | Absent]) -> str:
    by_key = {item.key: item for item in items if isinstance(item, Figure)}
    notes: list[str] = []
    rows = [_HEADER, *(_row(item, by_key, notes) for item in items)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(_HEADER))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
             for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    if notes:
        lines.append("")
        lines.extend(f"[{number}] {note}" for number, note in enumerate(notes, 1))
    return "\n".join(lines)
