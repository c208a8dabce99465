"""The speaker notes on the presenter console: keys scroll them (a presenter stands with a
clicker or the keyboard, not the mouse) without moving the slides, each slide's notes start at
the top, and the console gives the notes enough room that few of the built-in deck's slides
need scrolling on a 1366x768 laptop."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt

from teachin.app import Presenter
from teachin.content.deck import load_deck
from teachin.ui.presenter.console import page_geometry

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
from notes_fit import slides_needing_scroll  # noqa: E402  (benchmarks/notes_fit.py)

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
LONG_NOTES = "\n\n".join(
    f"Point {n}: say why this figure matters, where it comes from and what the room can ask."
    for n in range(1, 41)
)
DECK = f"""---
title: Alpha
minutes: 5
---

# One

First slide

::: notes
{LONG_NOTES}
:::

---

# Two

- first point

. . .

- second point

::: notes
{LONG_NOTES}
:::

---

# Three

No notes here
"""
# The built-in deck at 1366x768 (benchmarks/notes_fit.py): 61 of 88 slides needed scrolling
# before the notes became a full-height column; 6 after.
MOST_SCROLLING_AT_1366 = 6


@pytest.fixture
def presenter(qtbot, tmp_path: Path) -> Presenter:
    (tmp_path / "deck" / "slides").mkdir(parents=True)
    (tmp_path / "deck" / "slides" / "01-alpha.md").write_text(DECK, encoding="utf-8")
    shown = Presenter(load_deck(tmp_path / "deck"))
    qtbot.addWidget(shown.console)
    qtbot.addWidget(shown.audience)
    shown.show()
    shown.console.showNormal()
    shown.console.resize(1366, 768)
    qtbot.waitExposed(shown.console)
    qtbot.waitUntil(lambda: shown.console.notes.verticalScrollBar().maximum() > 0)
    return shown


def notes_at(presenter: Presenter) -> int:
    return presenter.console.notes.verticalScrollBar().value()


def where(presenter: Presenter) -> tuple[str, int, str]:
    """The room's slide and step, and the console's current slide."""
    view = presenter.audience.view
    return view.slide().title, view.step(), presenter.console.current.slide().title


def test_ctrl_arrows_scroll_the_notes_and_not_the_slides(presenter: Presenter, qtbot) -> None:
    console = presenter.console
    bar = console.notes.verticalScrollBar()
    before = where(presenter)
    qtbot.keyClick(console, K.Key_Down, CTRL)
    first = notes_at(presenter)
    assert first > bar.pageStep() // 2  # about a screenful, not a line
    assert where(presenter) == before
    qtbot.keyClick(console, K.Key_PageDown, CTRL)
    assert notes_at(presenter) > first and where(presenter) == before
    # the line at the bottom of one screenful is still in view on the next
    assert notes_at(presenter) - first < bar.pageStep()
    qtbot.keyClick(console, K.Key_Up, CTRL)
    assert notes_at(presenter) == first
    qtbot.keyClick(console, K.Key_PageUp, CTRL)
    assert notes_at(presenter) == 0 and where(presenter) == before
    for _ in range(20):  # past the end: the notes stop there, the slides do not move
        qtbot.keyClick(console, K.Key_Down, CTRL)
    assert notes_at(presenter) == bar.maximum() and where(presenter) == before


def test_the_projected_view_s_keys_scroll_the_console_s_notes(presenter: Presenter, qtbot):
    """Two screens: the keys may go to the room's window; the notes scroll all the same."""
    qtbot.keyClick(presenter.audience, K.Key_Down, CTRL)
    assert notes_at(presenter) > 0 and where(presenter)[0] == "One"


def test_a_new_slide_s_notes_start_at_the_top(presenter: Presenter, qtbot) -> None:
    console = presenter.console
    qtbot.keyClick(console, K.Key_Down, CTRL)
    assert notes_at(presenter) > 0
    qtbot.keyClick(console, K.Key_Right)  # slide Two: the same notes, from the top
    assert where(presenter)[0] == "Two" and notes_at(presenter) == 0
    qtbot.keyClick(console, K.Key_Down, CTRL)
    scrolled = notes_at(presenter)
    qtbot.keyClick(console, K.Key_Right)  # the next step of the same slide: still reading
    assert where(presenter)[:2] == ("Two", 1) and notes_at(presenter) == scrolled
    for _ in range(3):  # back to slide One
        qtbot.keyClick(console, K.Key_Left)
    assert where(presenter)[0] == "One" and notes_at(presenter) == 0


def test_more_below_is_said_until_the_end_of_the_notes(presenter: Presenter, qtbot) -> None:
    console = presenter.console
    assert console.more_label.isVisible()
    assert console.notes.rect().contains(console.more_label.geometry())
    for _ in range(20):
        qtbot.keyClick(console, K.Key_Down, CTRL)
    assert not console.more_label.isVisible()
    qtbot.keyClick(console, K.Key_Up, CTRL)
    assert console.more_label.isVisible()
    qtbot.keyClick(console, K.Key_End)  # short notes: nothing more to say
    assert where(presenter)[0] == "Three" and not console.more_label.isVisible()


# The slides' page of a console of 1366x768, 1280x720, 1920x1080, 1024x768 and 800x800 (the
# room strip and the status line take ~130 px), and of 1366x768 at 200 % scaling (683x384).
SIZES = [(1366, 638), (1280, 590), (1920, 950), (1024, 638), (800, 670), (683, 265)]


@pytest.mark.parametrize("size", SIZES)
def test_the_page_s_parts_fit_side_by_side(size: tuple[int, int]) -> None:
    """Each part inside the page, none over another; both previews exactly 16:9 (no empty
    bands) and no smaller than a slide view can be; the notes as tall as the page and at least
    40 % of its width."""
    width, height = size
    at = page_geometry(width, height)
    page = QRect(0, 0, width, height)
    parts = [at.current, at.next, at.heading, at.notes]
    assert all(page.contains(part) for part in parts)
    assert not any(a.intersects(b) for i, a in enumerate(parts) for b in parts[i + 1 :])
    for preview in (at.current, at.next):
        assert abs(preview.width() * 9 - preview.height() * 16) <= 16
    assert at.notes.height() >= height - 20 and at.notes.width() >= 0.4 * (width - 36)
    assert at.next.width() >= 160 and at.next.height() >= 90  # a SlideView's minimum


def test_few_built_in_slides_need_their_notes_scrolled_at_1366x768(qtbot) -> None:
    scrolling = slides_needing_scroll(load_deck(REPO), 1366, 768)
    assert len(scrolling) <= MOST_SCROLLING_AT_1366, scrolling


def test_the_previews_have_no_empty_bands(presenter: Presenter, qtbot) -> None:
    """The console's slide previews are their slides, edge to edge, after moving on too."""
    console = presenter.console
    for _ in range(3):
        for view in (console.current, console.next):
            drawn = view.canvas_rect().toAlignedRect()
            assert abs(drawn.width() - view.width()) <= 1
            assert abs(drawn.height() - view.height()) <= 1
            assert view.isVisible() and console.rect().contains(view.geometry())
        qtbot.keyClick(console, K.Key_Right)
