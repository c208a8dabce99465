"""Live pyqtgraph charts for slides: ``build_chart(part, deck, theme, answers=None)``.

pyqtgraph's global options are set here, once, before any chart exists: antialiased drawing,
and ``segmentedLineMode='on'`` so thick antialiased lines stay fast (pitfall 3); no OpenGL.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from teachin.charts.base import ChartErrorBox, ChartWidget
from teachin.charts.kinds import BarsChart, GroupedBarsChart, LineChart, MagnitudeChart, WhatIfChart
from teachin.charts.room import Answers, RoomChart
from teachin.content.charts import chart_data, check_chart
from teachin.content.model import ChartPart, Deck
from teachin.content.room_chart import room_question
from teachin.theme import Theme

pg.setConfigOptions(antialias=True, segmentedLineMode="on", useOpenGL=False)

__all__ = ["ChartErrorBox", "ChartWidget", "RoomChart", "build_chart"]

KIND_WIDGETS: dict[str, type[ChartWidget]] = {
    "line": LineChart,
    "bars": BarsChart,
    "grouped-bars": GroupedBarsChart,
    "magnitude": MagnitudeChart,
    "what-if": WhatIfChart,
}
log = logging.getLogger(__name__)


def build_chart(
    part: ChartPart,
    deck: Deck,
    theme: Theme,
    answers: Answers | None = None,
    truth: float | str | None = None,
    parent: QWidget | None = None,
) -> ChartWidget | ChartErrorBox:
    """The widget for one chart block, built once per slide: a chart, or an error box that says
    what is wrong (the deck goes on either way). ``answers(quiz, question)`` feeds a room chart;
    ``truth`` overrides the true figure a room chart reveals."""
    problems = check_chart(part, deck.series, deck.quizzes, Path())
    if problems:
        return ChartErrorBox("\n".join(p.message for p in problems), theme, parent)
    try:
        data = chart_data(part, deck.series, deck.quizzes)
        if data.kind == "room":
            quiz = deck.quizzes[data.quiz]
            question = next(q for q in quiz.questions if q.name == data.question)
            widget = RoomChart(data, theme, room_question(question), answers, truth, parent)
        else:
            widget = KIND_WIDGETS[data.kind](data, theme, parent)
        widget.set_slide_sources(slide_sources(part, deck))
        return widget
    except Exception as error:  # a broken chart must not take the slide show down with it
        log.exception("chart on line %s could not be built", part.line)
        return ChartErrorBox(f"{type(error).__name__}: {error}", theme, parent)


def slide_sources(part: ChartPart, deck: Deck) -> tuple[str, ...]:
    """The sources line of the slide that holds ``part`` (the same object), if any."""
    for slide in deck.slides:
        if any(chart is part for chart in slide.charts):
            return slide.sources
    return ()
