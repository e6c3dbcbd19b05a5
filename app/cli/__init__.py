"""The ``plenum`` command: ``plenum [EVENT]`` presents, ``plenum VERB …`` scripts.

Each verb lives in its own module and is imported only when asked for, so
``plenum check`` never pays for Qt and the app never pays for reportlab.
A verb module provides ``add_arguments(parser)`` and ``run(args) -> int``.
"""

from __future__ import annotations

import argparse
import importlib
import io
import os
import sys
from collections.abc import Sequence

from app import __version__

# verb -> (module under app.cli, one-line help)
VERBS: dict[str, tuple[str, str]] = {
    "check": ("check", "check event files and report problems as FILE:LINE:COL"),
    "render": ("render", "render slides to PNG files"),
    "export-deck": ("export_deck", "export the deck as a PDF, one page per slide"),
    "import": ("import_notes", "merge notes files into a session"),
    "export-notes": ("export_notes", "write one group's notes to a notes file"),
    "report": ("report", "write the PDF report of a session"),
    "timer": ("timer", "a standalone fullscreen countdown for a group room"),
    "serve": ("serve", "share the day with the groups' own devices (the room server, no windows)"),
}


def _top_parser() -> argparse.ArgumentParser:
    verbs = "\n".join(f"  {name:<13} {help_}" for name, (_, help_) in VERBS.items())
    parser = argparse.ArgumentParser(
        prog="plenum",
        description="Present an event, run its group work against the clock, report on it.",
        epilog=f"verbs (plenum VERB --help for each):\n{verbs}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"plenum {__version__}")
    importlib.import_module("app.cli.present").add_arguments(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] in VERBS:
        verb = args_list[0]
        module_name, help_ = VERBS[verb]
        module = importlib.import_module(f"app.cli.{module_name}")
        parser = argparse.ArgumentParser(prog=f"plenum {verb}", description=help_)
        module.add_arguments(parser)
        args = parser.parse_args(args_list[1:])
        return int(module.run(args))
    return _present(args_list)


def main_gui(argv: Sequence[str] | None = None) -> int:
    """``plenum-gui [EVENT]``: the presenter alone, for a start menu or a double click.

    Installed as a gui-script, so Windows runs it with ``pythonw`` and opens no
    console window behind the presenter. There ``sys.stdout`` and
    ``sys.stderr`` are None: output goes nowhere instead of raising, and what
    would have gone to stderr when it cannot start (an event's problems, a
    bad option) is shown in a message box. The verbs stay on ``plenum``.
    """
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (for the process)
    said = io.StringIO() if sys.stderr is None else None
    if said is not None:
        sys.stderr = said
    try:
        code = _present(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exit_:  # argparse: a bad option
        code = exit_.code if isinstance(exit_.code, int) else 2
    if code != 0 and said is not None and said.getvalue().strip():
        from app.ui.startup_problems import show_startup_problems

        show_startup_problems(said.getvalue())
    return code


def _present(args_list: list[str]) -> int:
    args = _top_parser().parse_args(args_list)
    return int(importlib.import_module("app.cli.present").run(args))
