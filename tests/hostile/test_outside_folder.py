"""Class 1: an event reads nothing outside its own folder, whatever its paths or pictures say.

Every way out is generated against every verb that reads pictures: ``check``
must name the line and column, ``render`` and ``export-deck`` must refuse
and write nothing, and the outside picture is never decoded.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from faults.hostile import image_event, small_png
from refusals import Snapshot, assert_refused, run_plenum

from app.event.loader import load_event
from app.render.image_guard import decode_image

# Each way out: (event folder, outside picture) -> the src to write, after making what it needs.
WaysOut = dict[str, Callable[[Path, Path], str]]


def _link(folder: Path, name: str, target: Path | str) -> str:
    (folder / name).symlink_to(target)
    return name


def _linked_folder(folder: Path, secret: Path) -> str:
    (folder / "bilder").symlink_to(secret.parent, target_is_directory=True)
    return f"bilder/{secret.name}"


def _loop(folder: Path, _secret: Path) -> str:
    (folder / "a.png").symlink_to("b.png")
    (folder / "b.png").symlink_to("a.png")
    return "a.png"


WAYS_OUT: WaysOut = {
    "absolute": lambda _folder, secret: str(secret),
    "dot-dot": lambda _folder, secret: f"../{secret.parent.name}/{secret.name}",
    "dot-dot-inside-a-path": lambda _f, secret: f"bilder/../../{secret.parent.name}/{secret.name}",
    "windows-dot-dot": lambda _folder, secret: f"..\\{secret.parent.name}\\{secret.name}",
    "windows-drive": lambda _folder, _secret: "C:\\Users\\kari\\secret.png",
    "windows-share": lambda _folder, _secret: "\\\\server\\share\\secret.png",
    "symlink-out": lambda folder, secret: _link(folder, "kart.png", secret),
    "relative-symlink-out": lambda folder, secret: _link(
        folder, "kart.png", Path("..", secret.parent.name, secret.name)),
    "symlinked-folder": _linked_folder,
    "symlink-loop": _loop,
}
SAYS = {"absolute": "is an absolute path", "windows-drive": "is an absolute path",
        "windows-share": "is an absolute path", "symlink-loop": "loops back on itself",
        "symlink-out": "is a link to a file outside", "relative-symlink-out": "is a link to a file outside",
        "symlinked-folder": "is a link to a file outside"}


def _says(way: str) -> str:
    return SAYS.get(way, "goes out of the event's folder ('..')")


needs_symlinks = pytest.mark.skipif(os.name == "nt", reason="symlinks need privileges on Windows")


def _ways() -> list[object]:
    return [pytest.param(way, marks=needs_symlinks if "symlink" in way or "folder" in way else ())
            for way in WAYS_OUT]


@pytest.mark.slow  # runs plenum in a fresh interpreter
@pytest.mark.parametrize("way", _ways())
def test_check_names_the_line_and_column_of_a_picture_outside_the_folder(
    folder: Path, secret: Path, way: str
) -> None:
    src = WAYS_OUT[way](folder, secret)
    event = image_event(folder, src.replace("'", "''"))
    before = Snapshot(folder, secret.parent)
    outcome = run_plenum("check", event, cwd=folder)
    assert_refused(outcome, 1, f"{event}:5:18: error: image ", lines=None)
    assert_refused(outcome, 1, _says(way), lines=None)
    before.assert_unchanged()


@pytest.mark.slow  # runs plenum in a fresh interpreter
@pytest.mark.parametrize("verb", ["render", "export-deck"])
@pytest.mark.parametrize("way", _ways())
def test_exports_refuse_a_picture_outside_the_folder_and_write_nothing(
    folder: Path, secret: Path, tmp_path: Path, way: str, verb: str
) -> None:
    event = image_event(folder, WAYS_OUT[way](folder, secret).replace("'", "''"))
    out = tmp_path / ("png" if verb == "render" else "deck.pdf")
    before = Snapshot(folder, secret.parent, out)
    outcome = run_plenum(verb, event, "--out", out, cwd=folder)
    assert_refused(outcome, 1, "not exported; fix the errors above", lines=None)
    assert_refused(outcome, 1, _says(way), lines=None)
    before.assert_unchanged()


@pytest.mark.parametrize("way", _ways())
def test_the_presenter_gets_a_placeholder_and_never_the_path(
    folder: Path, secret: Path, way: str
) -> None:
    result = load_event(image_event(folder, WAYS_OUT[way](folder, secret).replace("'", "''")))
    assert result.event is not None  # the day goes on
    image = result.event.slides[1].image
    assert image is not None and image.path is None
    assert [p.severity for p in result.problems if "image" in p.message] == ["error"]


def _svg(body: str, prolog: str = "") -> str:
    return (f'<?xml version="1.0"?>{prolog}\n<svg xmlns="http://www.w3.org/2000/svg" '
            'xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="40">\n'
            f"{body}\n</svg>\n")


def _embedded(mime: str) -> str:
    return f'<image width="40" height="40" href="data:{mime};base64,AAAA"/>'


# Each SVG trick: the outside picture's path -> the SVG's text, and what the refusal names.
SVG_TRICKS: dict[str, tuple[Callable[[Path], str], str]] = {
    "xlink-absolute": (lambda s: _svg(f'<image width="40" height="40" xlink:href="{s}"/>'),
                       "refers to"),
    "href-file-url": (lambda s: _svg(f'<image width="40" height="40" href="{s.as_uri()}"/>'),
                      "refers to 'file://"),
    "href-relative-out": (lambda s: _svg(
        f'<image width="40" height="40" href="../{s.parent.name}/{s.name}"/>'), "refers to '../"),
    "href-character-references": (lambda s: _svg(
        '<image width="40" height="40" href="{}"/>'.format(
            "".join(f"&#{ord(c)};" for c in str(s)))), "refers to '/"),
    "doctype-entity": (lambda s: _svg('<image width="40" height="40" href="&p;"/>',
                                      f'<!DOCTYPE svg [<!ENTITY p "{s}">]>'), "declares a DOCTYPE"),
    "style-url": (lambda s: _svg(f'<rect width="40" height="40" style="fill:url({s.as_uri()})"/>'),
                  "refers to 'file://"),
    "style-import": (lambda s: _svg(f'<style>@import "{s.as_uri()}";</style>'),
                     "imports a style sheet"),
    "nested-svg-data-url": (lambda _s: _svg(_embedded("image/svg+xml")), "refers to 'data:image/svg"),
    "stylesheet-instruction": (lambda s: _svg(
        "", f'<?xml-stylesheet href="{s.as_uri()}"?>'), "holds the instruction 'xml-stylesheet'"),
    "use-external": (lambda s: _svg(f'<use href="{s.parent}/other.svg#x"/>'), "refers to"),
    "not-xml": (lambda _s: "<svg><rect></svg>", "is not a valid SVG file"),
}


@pytest.mark.slow  # runs plenum in a fresh interpreter
@pytest.mark.parametrize("trick", list(SVG_TRICKS))
def test_an_svg_referring_to_another_file_is_refused_by_check(
    folder: Path, secret: Path, trick: str
) -> None:
    make, says = SVG_TRICKS[trick]
    (folder / "tegning.svg").write_text(make(secret), encoding="utf-8")
    event = image_event(folder, "tegning.svg")
    before = Snapshot(folder, secret.parent)
    outcome = run_plenum("check", event, cwd=folder)
    assert_refused(outcome, 1, f"{event}:5:18: error: image 'tegning.svg': is an SVG"
                   if trick != "not-xml" else f"{event}:5:18: error: image 'tegning.svg': is not",
                   lines=None)
    assert_refused(outcome, 1, says, lines=None)
    before.assert_unchanged()


@pytest.mark.parametrize("trick", list(SVG_TRICKS))
def test_the_renderer_never_decodes_such_an_svg_even_unchecked(
    qapp: object, folder: Path, secret: Path, trick: str
) -> None:
    svg = folder / "tegning.svg"
    svg.write_text(SVG_TRICKS[trick][0](secret), encoding="utf-8")
    image, reason = decode_image(svg)
    assert image is None and reason is not None


def test_an_svg_with_only_its_own_parts_and_embedded_pictures_is_drawn(
    qapp: object, folder: Path
) -> None:
    png = small_png(folder / "x.png").read_bytes()
    body = ('<defs><linearGradient id="g"><stop offset="0" stop-color="#f00"/></linearGradient>'
            '</defs><rect id="r" width="40" height="40" style="fill:url(#g)"/><use href="#r"/>'
            f'<image width="8" height="6" href="data:image/png;base64,{base64.b64encode(png).decode()}"/>')
    (folder / "tegning.svg").write_text(_svg(body), encoding="utf-8")
    event = image_event(folder, "tegning.svg")
    assert [p.message for p in load_event(event).problems] == []
    image, reason = decode_image(folder / "tegning.svg")
    assert reason is None and image is not None and image.width() == 40
