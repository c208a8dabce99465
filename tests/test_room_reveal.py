"""A room chart marks the true figure when the presenter steps past it, and hides it again
when they step back: the reveal follows the slide's own `. . .` steps."""

from __future__ import annotations

from pathlib import Path

from teachin.content.deck import load_deck
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
    (tmp_path / "slides").mkdir()
    (tmp_path / "quizzes").mkdir()
    (tmp_path / "slides" / "01-room.md").write_text(SLIDES, encoding="utf-8")
    (tmp_path / "quizzes" / "checkpoint-02.gift").write_text(QUIZ, encoding="utf-8")
    deck = load_deck(tmp_path)
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
