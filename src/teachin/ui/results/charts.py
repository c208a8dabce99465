"""The results' charts, built from the slides' own chart widgets (teachin.charts), so a
question's chart in the results window and the report is the room chart the presenter shows.

- a choice question or an estimate: ``RoomChart``, revealed (the right choice or the true
  figure marked), fed the answers that count;
- typed answers, matches, orders: a ``BarsChart`` of the distinct answers in words;
- pre against post: a ``GroupedBarsChart`` of the share right before and after, per core
  question and overall.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from teachin.charts.base import ChartWidget
from teachin.charts.kinds import BarsChart, GroupedBarsChart
from teachin.charts.room import RoomChart
from teachin.content.charts import ChartData, Trace
from teachin.content.gift import Question
from teachin.content.room_chart import ROOM_KINDS, room_question
from teachin.i18n import count_text, percent_text
from teachin.quiz.summary import PrePost, QuestionSummary
from teachin.theme import Theme

Answers = Callable[[str, str], Sequence[object]]
MOST_BARS = 8  # typed answers: the most given ones, a chart a room can read


def question_chart(
    quiz: str,
    question: Question | None,
    summary: QuestionSummary,
    answers: Answers,
    theme: Theme,
    parent: QWidget | None = None,
) -> ChartWidget | None:
    """The chart of one question's answers, or None when there is nothing to draw."""
    if question is not None and question.kind in ROOM_KINDS:
        return room_chart(quiz, question, answers, theme, parent)
    bars = [(label, count) for label, count in summary.bars if count][:MOST_BARS]
    if not bars:
        return None
    labels = tuple(label if len(label) <= 60 else label[:59] + "…" for label, _ in bars)
    counts = tuple(float(count) for _, count in bars)
    texts = tuple(count_text(count) for _, count in bars)
    trace = Trace(
        QCoreApplication.translate("ResultsCharts", "answers"),
        tuple(range(len(bars))),
        counts,
        texts,
    )
    data = ChartData(
        "bars", summary.text, "", "", 1.0, (), traces=(trace,), categories=labels, decimals=0
    )
    return BarsChart(data, theme, parent)


def room_chart(
    quiz: str, question: Question, answers: Answers, theme: Theme, parent: QWidget | None = None
) -> RoomChart:
    """The presenter's room chart of a choice question or an estimate, revealed."""
    data = ChartData("room", "", "", "", 1.0, (), quiz=quiz, question=question.name)
    chart = RoomChart(data, theme, room_question(question), answers, parent=parent)
    chart.reveal()
    return chart


def pre_post_chart(
    found: PrePost, theme: Theme, parent: QWidget | None = None
) -> ChartWidget | None:
    """Share right before and after on each marked core question with answers, and overall;
    None when nobody has answered a marked core question yet."""
    shown = [
        (label, c)
        for label, c in zip(core_labels(found), found.questions, strict=False)
        if c.scored and c.headline()[0].share is not None and c.headline()[1].share is not None
    ]
    if not shown:
        return None
    shown.append((core_labels(found)[-1], found.overall))
    names = tuple(label for label, _ in shown)
    rows = [c for _, c in shown]
    traces = []
    for label, side in (
        (QCoreApplication.translate("ResultsCharts", "before"), 0),
        (QCoreApplication.translate("ResultsCharts", "after"), 1),
    ):
        values = tuple(100 * (c.headline()[side].share or 0.0) for c in rows)
        texts = tuple(percent_text(v) for v in values)
        traces.append(Trace(label, tuple(range(len(rows))), values, texts))
    title = QCoreApplication.translate("ResultsCharts", "Share right, {pre} → {post}").format(
        pre=found.pre, post=found.post
    )
    axis = QCoreApplication.translate("ResultsCharts", "% right")
    data = ChartData(
        "grouped-bars", title, "", axis, 1.0, (), traces=tuple(traces), categories=names,
        decimals=0,
    )  # fmt: skip
    return GroupedBarsChart(data, theme, parent)


def core_labels(found: PrePost) -> list[str]:
    """Short names for the core questions, Q1 to Qn in the deck's order, then "All" for the
    overall figure: what the chart shows under its bars, and the tables beside it explain."""
    every = QCoreApplication.translate("ResultsCharts", "All")
    return [f"Q{k}" for k in range(1, len(found.questions) + 1)] + [every]
