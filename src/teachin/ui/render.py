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
from teachin.i18n import translate
from teachin.theme import Theme, theme_for
from teachin.ui.language import install_translators
from teachin.ui.slide_parts import Answers
from teachin.ui.slide_view import SlideView


def ensure_app() -> QApplication:
    """The running QApplication, or a new one on the offscreen platform (no window ever shows,
    so `shot` and `handout` work on a machine without a display)."""
    app = QApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(["teachin"])
        install_translators(app)
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
        said = translate("render", "--size {size!r}: expected WIDTHxHEIGHT, e.g. 1920x1080")
        return _fail(said.format(size=args.size))
    ensure_app()
    from teachin.content.deck import load_deck  # after Qt is up: keeps --help fast

    deck = load_deck(paths.deck_dir())
    slides = deck.slides
    if not slides:
        said = translate("render", "{folder}: the deck has no slides")
        return _fail(said.format(folder=deck.root), code=1)
    if not 1 <= args.slide <= len(slides):
        said = translate("render", "--slide {number}: the deck has slides 1 to {last}")
        return _fail(said.format(number=args.slide, last=len(slides)))
    slide = slides[args.slide - 1]
    if args.step is not None and not 1 <= args.step <= slide.steps:
        said = translate(
            "render", "--step {step}: slide {number} ({title!r}) has steps 1 to {last}"
        )
        return _fail(
            said.format(step=args.step, number=args.slide, title=slide.title, last=slide.steps)
        )
    step = None if args.step is None else args.step - 1
    out = Path(args.out)
    formats = {bytes(f).decode() for f in QImageWriter.supportedImageFormats()}
    if out.suffix.lower().lstrip(".") not in formats:
        said = translate(
            "render", "--out {file}: name a .png (or .jpg) file; {suffix!r} is no image type"
        )
        return _fail(said.format(file=out, suffix=out.suffix))
    theme = theme_for(bool(getattr(args, "high_contrast", False)))
    with stored_answers() as answers:
        view = static_view(size, theme, answers)
        image = render_slide(view, slide, step, deck)
    if not image.save(str(out)):
        reason = (
            translate("render", "no such folder")
            if not out.parent.is_dir()
            else translate("render", "not allowed, or the disk is full")
        )
        said = translate("render", "{file}: could not write the image ({reason})")
        return _fail(said.format(file=out, reason=reason), code=1)  # the command line was right
    shown = slide.steps if step is None else step + 1
    said = translate(
        "render", "{file}: slide {number}/{slides} {title!r}, step {step}/{steps}, {width}x{height}"
    )
    print(
        said.format(
            file=out,
            number=args.slide,
            slides=len(slides),
            title=slide.title,
            step=shown,
            steps=slide.steps,
            width=size.width(),
            height=size.height(),
        )
    )
    warning = translate("render", "warning: slide {number}: {problem}")
    for problem in view.overflow():
        print(warning.format(number=args.slide, problem=problem), file=sys.stderr)
    view.close()
    return 0


def _fail(message: str, code: int = 2) -> int:
    """The message on stderr; 2 for a wrong command line, 1 when the work itself failed."""
    print(f"teachin shot: {message}", file=sys.stderr)  # untranslated: the command's name
    return code
