"""A room chart marks the true figure when the presenter steps past it, and hides it again
when they step back: the reveal follows the slide's own `. . .` steps."""

from __future__ import annotations

from pathlib import Path

from teachin.charts.room import TEXT
from teachin.content.deck import load_deck
from teachin.content.model import Deck
from teachin.theme import DEFAULT
from teachin.ui.slide_view import SlideView

SLIDES = """---
title: Room
minutes: 5
---

# Your estimates

```chart
kind: room
quiz: checkpoint-02
question: crowd
```

. . .

The answer: about **1.1 million**.
"""

QUIZ = "::crowd:: How many marched on 1 May 2006 (millions)? {#1.1:0.2}\n"


def test_stepping_past_a_room_chart_reveals_the_truth_and_back_hides_it(qtbot, tmp_path: Path):
    deck = room_deck(tmp_path)
    assert not deck.problems, deck.problems
    view = SlideView(theme=DEFAULT, answers=lambda quiz, question: [0.5, 1.0, 2.0])
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    (slide,) = deck.slides

    view.set_slide(slide, 0, deck)
    (chart,) = view.chart_widgets()
    assert not chart.revealed and not chart.truth_line.isVisible()
    view.set_slide(slide, 1, deck)
    assert chart.revealed and chart.truth_line.isVisible()
    assert chart.truth_line.value() == 1.1
    view.set_slide(slide, 0, deck)
    assert not chart.revealed and not chart.truth_line.isVisible()


def room_deck(tmp_path: Path):
    (tmp_path / "slides").mkdir()
    (tmp_path / "quizzes").mkdir()
    (tmp_path / "slides" / "01-room.md").write_text(SLIDES, encoding="utf-8")
    (tmp_path / "quizzes" / "checkpoint-02.gift").write_text(QUIZ, encoding="utf-8")
    return load_deck(tmp_path)


def unanswered(qtbot, tmp_path: Path) -> tuple[Deck, SlideView]:
    """The room deck on a 720p view whose room has given no answers."""
    view = SlideView(theme=DEFAULT, answers=lambda quiz, question: [])
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    return room_deck(tmp_path), view


def test_revealed_with_no_answers_the_truth_stands_on_a_scale(qtbot, tmp_path: Path):
    """Nobody answered: once revealed, the true figure is on an axis with numbers running from
    zero past it, and the chart says nobody answered instead of waiting."""
    deck, view = unanswered(qtbot, tmp_path)
    (slide,) = deck.slides
    view.set_slide(slide, 0, deck)
    (chart,) = view.chart_widgets()
    assert chart.waiting.isVisible() and chart.waiting.toPlainText() == TEXT["waiting"]
    assert not chart.item.getAxis("bottom").style["showValues"]  # nothing to measure yet

    view.set_slide(slide, 1, deck)
    qtbot.wait(20)
    assert chart.truth_line.isVisible() and chart.truth_line.value() == 1.1
    (x0, x1), _ = chart.item.vb.viewRange()
    assert x0 <= 0 and 1.1 < x1 < 2 * 1.1  # from zero, the truth in the right half
    assert 1.1 - x0 > (x1 - x0) / 2
    axis = chart.item.getAxis("bottom")
    assert axis.style["showValues"]
    ticks = [v for level in axis.tickValues(x0, x1, axis.width()) for v in level[1]]
    assert len([v for v in ticks if x0 <= v <= x1]) >= 3  # numbers to read the figure against
    assert chart.waiting.isVisible() and chart.waiting.toPlainText() == TEXT["nobody"]


def test_on_paper_a_room_chart_is_revealed_and_waits_for_no_one(qtbot, tmp_path: Path):
    deck, view = unanswered(qtbot, tmp_path)
    (slide,) = deck.slides
    view.set_slide(slide, 0, deck)  # the chart's own step: not revealed on screen
    (chart,) = view.chart_widgets()
    chart.for_paper()
    assert chart.revealed and chart.truth_line.isVisible()
    assert chart.waiting.toPlainText() == TEXT["nobody"]


def drawn_ticks(axis) -> list[object]:
    """The tick marks pyqtgraph would paint on ``axis``: their pens, as it paints them."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    image = QImage(4, 4, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _, ticks, _ = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [pen for pen, _, _ in ticks if pen.style() != Qt.PenStyle.NoPen]


def test_an_empty_room_chart_has_bare_axes_until_answers_come(qtbot, tmp_path: Path):
    """No tick marks with no numbers beside them (stubs marking nothing); the first answers
    bring numbers and marks back together."""
    stored: list[float] = []
    view = SlideView(theme=DEFAULT, answers=lambda quiz, question: list(stored))
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    deck = room_deck(tmp_path)
    (slide,) = deck.slides
    view.set_slide(slide, 0, deck)
    (chart,) = view.chart_widgets()
    qtbot.wait(20)
    axes = [chart.item.getAxis(name) for name in ("left", "bottom")]
    assert [drawn_ticks(axis) for axis in axes] == [[], []]
    stored[:] = [0.9, 1.0, 1.4]
    chart.refresh()
    qtbot.wait(20)
    assert all(axis.style["showValues"] and drawn_ticks(axis) for axis in axes)
