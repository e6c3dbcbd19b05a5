"""``plenum check EVENT…``: every problem as FILE:LINE:COL, then one summary line.

Exit status 1 when any file has an error, 0 otherwise (warnings alone pass),
so the verb can guard a shared folder of event files in a script or CI.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.collector import collector_paused
from app.event import load_event
from app.event.model import Event, Problem
from app.paths import DEFAULT_EVENT


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("events", nargs="*", metavar="EVENT", default=[str(DEFAULT_EVENT)],
                        help="event files (YAML); default: the seed event, as plain `plenum` presents it")


def run(args: argparse.Namespace) -> int:
    # A one-shot process whose slide layouts all live until it exits: the
    # cyclic collector would only walk them again and again (see app.collector).
    with collector_paused():
        return _check_all(args)


def _check_all(args: argparse.Namespace) -> int:
    failed = False
    for name in args.events:
        result = load_event(name)
        problems = list(result.problems)
        if result.event is not None:
            problems += _legibility_problems(result.event)
        for problem in sorted(problems, key=lambda p: (p.line, p.col)):
            print(problem)
        errors = sum(p.severity == "error" for p in problems)
        failed |= errors > 0
        print(_summary(Path(name), result.event, problems, errors))
    return 1 if failed else 0


def _summary(path: Path, event: Event | None, problems: list[Problem], errors: int) -> str:
    warnings = len(problems) - errors
    found = "no problems" if not problems else f"{_count(errors, 'error')}, {_count(warnings, 'warning')}"
    if event is None:
        return f"{path}: not usable: {found}"
    slides, tasks = len(event.slides), len(event.groupwork.tasks)
    return f"{path}: {_count(slides, 'slide')}, {_count(tasks, 'task')}, {found}"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _legibility_problems(event: Event) -> list[Problem]:
    """Slide warnings need the renderer (Qt), so it is imported only for usable events;
    each event is laid out in a context of its own."""
    from app.render.context import RenderContext
    from app.render.image_guard import image_problems
    from app.render.legibility import legibility_problems

    return legibility_problems(RenderContext(), event) + image_problems(event)
