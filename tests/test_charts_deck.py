"""The built-in deck's charts: enough of them, every kind the argument needs, one room chart per
quiz checkpoint, and every one of them builds (no error box) with its true values."""

from __future__ import annotations

from pathlib import Path

import pytest

from teachin.charts import ChartErrorBox, build_chart
from teachin.content.deck import load_deck
from teachin.theme import DEFAULT, HIGH_CONTRAST

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def deck():
    return load_deck(REPO)


def chart_slides(deck):
    return [(slide, part) for slide in deck.slides for part in slide.charts]


def test_the_deck_has_the_charts_the_argument_needs(deck):
    charts = chart_slides(deck)
    data_charts = [(s, p) for s, p in charts if p.kind != "room"]
    assert len({id(s) for s, _ in data_charts}) >= 6
    assert len({p.kind for _, p in charts}) >= 4
    room_quizzes = {p.options["quiz"] for _, p in charts if p.kind == "room"}
    checkpoints = {name for name, quiz in deck.quizzes.items() if quiz.mode == "checkpoint"}
    assert checkpoints and checkpoints <= room_quizzes


def test_no_chart_block_in_the_deck_has_a_problem(deck):
    chart_lines = {(s.path, p.line) for s, p in chart_slides(deck)}
    assert [p for p in deck.problems if (p.path, p.line) in chart_lines] == []


@pytest.mark.parametrize("theme", [DEFAULT, HIGH_CONTRAST], ids=lambda t: t.name)
def test_every_chart_in_the_deck_builds(qtbot, deck, theme):
    for slide, part in chart_slides(deck):
        widget = build_chart(part, deck, theme, answers=lambda quiz, question: [])
        qtbot.addWidget(widget)
        assert not isinstance(widget, ChartErrorBox), (slide.title, widget.message)
        widget.resize(960, 540)
        widget.play()
        widget.finish()
        assert widget.t == 1.0
