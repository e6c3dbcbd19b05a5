"""``plenum [EVENT]``: open the presenter console and the audience window."""

from __future__ import annotations

import argparse
import sys

from app.paths import DEFAULT_EVENT


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "event", nargs="?", default=str(DEFAULT_EVENT), help="event file (YAML); default: the seed event"
    )
    parser.add_argument("--session", help="session file (.plenum) to open or create")
    parser.add_argument("--lang", choices=["nb", "en"], help="UI language (default: the event's, else nb)")
    parser.add_argument("--resume", action="store_true", help="resume where the last run stopped")


def run(args: argparse.Namespace) -> int:
    print("plenum: the presenter console is not built yet", file=sys.stderr)
    return 2
