"""Every slide of the built-in deck fits its canvas at 1280x720 and 1920x1080."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

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
    view.close()
    assert overflowing == []
