"""``plenum report --session S --out REPORT.pdf``: the PDF report of a session.

The session is opened read-only, so the report can be made while Plenum is
still running. Every failure is one line on stderr and exit code 1: a
missing or damaged session, an event file that is gone, an unwritable folder
or a full disk (the report is written atomically, so no half file is left).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.deck_input import one_line

if TYPE_CHECKING:
    from app.event.model import Event

REPORT_SUFFIX = {"nb": "-rapport.pdf", "en": "-report.pdf"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--session", required=True, type=Path, help="the session file (.plenum)")
    parser.add_argument(
        "--out", type=Path,
        help="the PDF to write (default: <session>-rapport.pdf beside the session)",
    )
    parser.add_argument("--event", type=Path,
                        help="the event file, if not the one the session records")
    parser.add_argument("--by-group", action="store_true",
                        help="order the answers by group instead of by task")
    parser.add_argument("--no-appendix", action="store_true",
                        help="leave out the appendix with every answer in the other order")
    parser.add_argument("--lang", choices=("nb", "en"), default="nb",
                        help="language of the report's fixed words (default: nb)")


def run(args: argparse.Namespace) -> int:
    from app.report.errors import ReportInputError, ReportWriteError
    from app.report.from_session import report_input_from_session
    from app.session import SessionError
    from app.session.errors import database_problem

    out: Path = args.out or args.session.with_name(args.session.stem + REPORT_SUFFIX[args.lang])
    try:
        event = _load_event(args.event) if args.event else None
        data = report_input_from_session(args.session, event, language=args.lang)
        from app.report.build import build_report

        build_report(data, out, by_group=args.by_group, appendix=not args.no_appendix)
    except ReportWriteError as exc:
        print(one_line(exc.english), file=sys.stderr)
        return 1
    except (SessionError, ReportInputError) as exc:
        print(one_line(exc), file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"{exc.filename or args.session}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except sqlite3.Error as exc:
        print(database_problem(args.session, exc), file=sys.stderr)
        return 1
    print(out)
    return 0


def _load_event(path: Path) -> Event:
    from app.event.loader import load_event
    from app.report.errors import ReportInputError

    result = load_event(path)
    if result.event is None:
        first = str(result.errors[0]) if result.errors else f"{path}: cannot be loaded"
        raise ReportInputError(f"{first} (run plenum check {path})")
    return result.event
