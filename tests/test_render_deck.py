"""Every slide of the built-in deck fits its canvas at 1280x720 and 1920x1080."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QImage

from teachin.content.deck import load_deck
from teachin.theme import DEFAULT
from teachin.ui.render import render_slide, static_view

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("size", [QSize(1280, 720), QSize(1920, 1080)], ids=["720p", "1080p"])
def test_no_text_overflows_any_slide(qapp, repo, size):
    deck = load_deck(repo)
    assert len(deck.slides) > 10  # the real deck, not an empty folder
    view = static_view(size, DEFAULT)
    overflowing = []
    for number, slide in enumerate(deck.slides, 1):
        image = render_slide(view, slide, None, deck)  # every step shown; hidden ones keep room
        assert (image.width(), image.height()) == (size.width(), size.height())
        overflowing += [f"slide {number} {slide.title!r}: {p}" for p in view.overflow()]
        if not _has_ink(image, view.slide_layout().title.rect.toAlignedRect()):
            overflowing.append(f"slide {number} {slide.title!r}: title not drawn")
    view.close()
    assert overflowing == []


def _has_ink(image: QImage, rect: QRect) -> bool:
    background = image.pixel(2, 2)
    return any(
        image.pixel(x, y) != background
        for y in range(rect.top(), rect.bottom(), 4)
        for x in range(rect.left(), rect.right(), 4)
    )
