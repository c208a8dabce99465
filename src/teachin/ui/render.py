"""`teachin shot`: render exactly what the audience sees to a PNG, offscreen."""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QImageWriter
from PySide6.QtWidgets import QApplication

from teachin import paths
from teachin.content.model import Deck, Slide
from teachin.theme import Theme, theme_for
from teachin.ui.slide_parts import Answers
from teachin.ui.slide_view import SlideView


def ensure_app() -> QApplication:
    """The running QApplication, or a new one on the offscreen platform (no window ever shows,
    so `shot` and `handout` work on a machine without a display)."""
    app = QApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(["teachin"])
    assert isinstance(app, QApplication)
    return app


def static_view(size: QSize, theme: Theme, answers: Answers | None = None) -> SlideView:
    """A SlideView for still pictures: charts jump to their last frame, nothing on screen;
    room charts show ``answers`` (see stored_answers)."""
    view = SlideView(theme=theme, animate=False, answers=answers)
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    view.resize(size)
    view.show()  # laid out and polished like a real window, children included
    return view


@contextmanager
def stored_answers() -> Iterator[Answers]:
    """The answers the data folder holds (--data-dir respected), read-only, as the presenter
    reads them: a still shows the room chart the audience would see."""
    from teachin.store.reader import RoomAnswers

    answers = RoomAnswers()
    try:
        yield answers
    finally:
        answers.close()


def show_still(view: SlideView, slide: Slide, step: int | None, deck: Deck) -> None:
    """Put ``slide`` at ``step`` (0-based, None = last) on ``view``, charts at their last frame."""
    view.set_slide(slide, step, deck)
    view.finish_charts()
    QApplication.processEvents()  # charts lay out their axes at their new size on the next pass


def render_slide(view: SlideView, slide: Slide, step: int | None, deck: Deck) -> QImage:
    """``slide`` at ``step`` (0-based, None = last) as the audience would see it."""
    show_still(view, slide, step, deck)
    return view.grab().toImage()


def parse_size(text: str) -> QSize | None:
    match = re.fullmatch(r"\s*(\d+)\s*[xX×]\s*(\d+)\s*", text)
    if not match:
        return None
    size = QSize(int(match[1]), int(match[2]))
    return size if 160 <= size.width() <= 16384 and 90 <= size.height() <= 16384 else None


def run_shot(args: argparse.Namespace) -> int:
    size = parse_size(args.size)
    if size is None:
        return _fail(f"--size {args.size!r}: expected WIDTHxHEIGHT, e.g. 1920x1080")
    ensure_app()
    from teachin.content.deck import load_deck  # after Qt is up: keeps --help fast

    deck = load_deck(paths.deck_dir())
    slides = deck.slides
    if not slides:
        return _fail(f"{deck.root}: the deck has no slides")
    if not 1 <= args.slide <= len(slides):
        return _fail(f"--slide {args.slide}: the deck has slides 1 to {len(slides)}")
    slide = slides[args.slide - 1]
    if args.step is not None and not 1 <= args.step <= slide.steps:
        return _fail(
            f"--step {args.step}: slide {args.slide} ({slide.title!r}) has steps 1 to {slide.steps}"
        )
    step = None if args.step is None else args.step - 1
    out = Path(args.out)
    formats = {bytes(f).decode() for f in QImageWriter.supportedImageFormats()}
    if out.suffix.lower().lstrip(".") not in formats:
        return _fail(f"--out {out}: name a .png (or .jpg) file; {out.suffix!r} is no image type")
    theme = theme_for(bool(getattr(args, "high_contrast", False)))
    with stored_answers() as answers:
        view = static_view(size, theme, answers)
        image = render_slide(view, slide, step, deck)
    if not image.save(str(out)):
        reason = "no such folder" if not out.parent.is_dir() else "not allowed, or the disk is full"
        print(f"teachin shot: {out}: could not write the image ({reason})", file=sys.stderr)
        return 1  # the command line was right; the file could not be written
    shown = slide.steps if step is None else step + 1
    print(
        f"{out}: slide {args.slide}/{len(slides)} {slide.title!r}, step {shown}/{slide.steps}, "
        f"{size.width()}x{size.height()}"
    )
    for problem in view.overflow():
        print(f"warning: slide {args.slide}: {problem}", file=sys.stderr)
    view.close()
    return 0


def _fail(message: str) -> int:
    print(f"teachin shot: {message}", file=sys.stderr)
    return 2
