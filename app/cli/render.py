"""``plenum render EVENT --out DIR [--slides 1,3-5] [--width PX]``: slides as PNG files.

For the event's web page, a newsletter or a quick look without opening the
app: ``slide-01.png`` … drawn by the same renderer as the projector.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.deck_input import load_for_export, parse_slide_list


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("event", type=Path, metavar="EVENT", help="the event file (YAML)")
    parser.add_argument("--out", required=True, type=Path, metavar="DIR",
                        help="folder to write slide-01.png … into (created if missing)")
    parser.add_argument("--slides", metavar="LIST",
                        help="which slides, counting from 1, e.g. 1,3-5 (default: all)")
    parser.add_argument("--width", type=int, default=1920, metavar="PX",
                        help="image width in pixels; the height follows the aspect (default 1920)")


def run(args: argparse.Namespace) -> int:
    from app.render.context import RenderContext
    from app.render.export import ExportError, export_pngs

    event = load_for_export(args.event)
    if event is None:
        return 1
    if not 16 <= args.width <= 8192:
        print(f"--width {args.width}: give a width from 16 to 8192 pixels", file=sys.stderr)
        return 1
    try:
        indices = parse_slide_list(args.slides, len(event.slides))
    except ValueError as exc:
        print(f"--slides {args.slides}: {exc}", file=sys.stderr)
        return 1
    try:
        written = export_pngs(RenderContext(), event, args.out, indices, args.width)
    except ExportError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"{args.out}: {len(written)} slide{'' if len(written) == 1 else 's'} written")
    return 0
