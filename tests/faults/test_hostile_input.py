"""Input from other people: absurd images, undecodable images, huge YAML, network addresses.

Each is refused quickly with a message that says what to fix, never a freeze,
an out-of-memory or a request to the network.
"""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest
from hostile import image_event, png_header_claiming, small_png
from pytestqt.qtbot import QtBot

from app.cli import main
from app.event.loader import load_event
from app.event.yamlsource import MAX_FILE_BYTES
from app.render.context import RenderContext
from app.render.image_guard import MAX_PIXELS, decode_image, image_problems, size_caption
from app.render.images import MissingPictureIcon, Picture
from app.render.slide_painter import build_plan, render_slide_image
from app.ui.presenter import PresenterApp

LIBPNG_NOISE = "libpng|Image: "


def _max_rss_mb() -> float:
    if sys.platform == "win32":
        pytest.skip("needs POSIX getrusage")
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def test_a_30000_px_png_is_refused_from_its_header_fast_and_without_memory(tmp_path: Path) -> None:
    huge = png_header_claiming(tmp_path / "huge.png", 30_000, 30_000)
    assert huge.stat().st_size < 1000
    before = _max_rss_mb()
    image, reason = decode_image(huge)
    assert image is None
    assert reason is not None and reason.startswith("is 30000 x 30000 px, too large to show safely")
    assert "scale it down" in reason
    assert _max_rss_mb() - before < 50  # decoding would have needed 3,600 MB


@pytest.mark.parametrize(("width", "height"), [(12_001, 10), (10_001, 10_001)])
def test_either_limit_refuses(tmp_path: Path, width: int, height: int) -> None:
    assert width * height > MAX_PIXELS or max(width, height) > 12_000
    assert decode_image(png_header_claiming(tmp_path / "big.png", width, height))[0] is None


def test_a_normal_image_still_decodes(tmp_path: Path) -> None:
    image, reason = decode_image(small_png(tmp_path / "ok.png"))
    assert reason is None and image is not None and (image.width(), image.height()) == (8, 6)


def test_the_slide_shows_the_placeholder_with_the_size_and_check_says_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], render: RenderContext
) -> None:
    png_header_claiming(tmp_path / "kart.png", 30_000, 30_000)
    event = load_event(image_event(tmp_path, "kart.png")).event
    assert event is not None
    assert render.pictures.load(event.slides[1].image.path) is None  # type: ignore[union-attr]
    items = build_plan(render, event, 1).items
    assert any(isinstance(item, MissingPictureIcon) for item in items)
    assert not any(isinstance(item, Picture) for item in items)
    assert size_caption(tmp_path / "kart.png") == "30000 x 30000 px"
    render_slide_image(render, event, 1, 480)  # paints without decoding the pixels

    assert main(["check", str(tmp_path / "event.yaml")]) == 1
    out = capsys.readouterr().out
    assert f"{tmp_path / 'event.yaml'}:4:1: error: slide 2: image 'kart.png' is 30000 x 30000 px" in out


@pytest.mark.qt_log_ignore(LIBPNG_NOISE)
def test_an_undecodable_image_is_a_placeholder_and_a_check_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], render: RenderContext
) -> None:
    good = small_png(tmp_path / "whole.png").read_bytes()
    (tmp_path / "kart.png").write_bytes(good[:40])  # a truncated download
    event = load_event(image_event(tmp_path, "kart.png")).event
    assert event is not None
    assert any(isinstance(item, MissingPictureIcon) for item in build_plan(render, event, 1).items)
    problems = image_problems(event)
    assert len(problems) == 1 and "image 'kart.png' cannot be decoded" in problems[0].message
    assert "save it again as PNG or JPEG" in problems[0].message
    assert main(["check", str(tmp_path / "event.yaml")]) == 1
    assert "cannot be decoded" in capsys.readouterr().out


def test_an_image_address_on_the_web_is_a_missing_local_file_never_fetched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, render: RenderContext
) -> None:
    def no_network(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("Plenum tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    result = load_event(image_event(tmp_path, "http://example.com/kart.png"))
    assert result.event is not None
    image = result.event.slides[1].image
    assert image is not None and image.path.is_relative_to(tmp_path)
    assert [p.message for p in result.problems] == [
        f"image 'http://example.com/kart.png': file not found (looked for {image.path}): "
        "check the name and that it is next to the event file"]
    assert any(isinstance(item, MissingPictureIcon) for item in build_plan(render, result.event, 1).items)


def _sparse_yaml(path: Path, size: int) -> Path:
    with path.open("wb") as out:
        out.write(b"event: {title: x}\n")
        out.truncate(size)  # a 50 MB file in no time and no disk space
    return path


def test_a_50_mb_event_file_stops_the_app_before_any_window(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = _sparse_yaml(tmp_path / "stor.yaml", 50 * 1_048_576)
    before = _max_rss_mb()
    assert main([str(big)]) == 1
    assert _max_rss_mb() - before < 25  # refused by its size, never read
    err = capsys.readouterr().err
    assert err == (f"{big}:1:1: error: file is 50 MB: an event file should be far below "
                   f"{MAX_FILE_BYTES // 1_048_576} MB\n")


def test_a_50_mb_save_while_presenting_keeps_the_talk_and_says_why(
    qtbot: QtBot, presenter: PresenterApp, event_file: Path
) -> None:
    presenter.presentation.next()
    _sparse_yaml(event_file, 50 * 1_048_576)
    presenter.watcher.reload_now()  # type: ignore[union-attr]
    assert presenter.console.banner.isVisible()
    assert "file is 50 MB" in presenter.console.banner.details.text()
    assert presenter.presentation.index == 1 and len(presenter.presentation.event.slides) == 6


