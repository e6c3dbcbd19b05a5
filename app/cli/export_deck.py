"""``plenum export-deck EVENT --out FILE.pdf``: the deck as a vector PDF, one page per slide.

The handout and the archive copy: text stays text (searchable, selectable,
sharp at any zoom), drawn by the same renderer as the projector.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.deck_input import load_for_export


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("event", type=Path, metavar="EVENT", help="the event file (YAML)")
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.pdf",
                        help="the PDF file to write")


def run(args: argparse.Namespace) -> int:
    from app.render.context import RenderContext
    from app.render.export import ExportError, export_pdf

    event = load_for_export(args.event)
    if event is None:
        return 1
    try:
        export_pdf(RenderContext(), event, args.out)
    except ExportError as exc:
        print(exc, file=sys.stderr)
        return 1
    count = len(event.slides)
    print(f"{args.out}: {count} page{'' if count == 1 else 's'}")
    return 0
