"""The results' charts keep their labels readable: grouped bars name every group under it, in
its own width, descenders and all; a room chart in a short window with large type (the kiosk's
Results tab at 768 px) keeps legible axis labels. What is measured is what pyqtgraph paints."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication

from results_data import deck_quizzes, fill
from teachin.charts.kinds import GroupedBarsChart
from teachin.content.charts import ChartData, Trace
from teachin.store.db import open_store
from teachin.theme import DEFAULT
from teachin.ui.results.window import CHART_MIN_H, ResultsWindow
from test_charts_legibility import tick_texts

LONG = [f"core-question-with-a-long-name-{k}" for k in range(9)] + ["all core questions"]


def painted_names(chart) -> list[tuple[str, QRectF]]:
    """The bottom axis's names as painted, each with its glyphs' box in axis coordinates."""
    axis = chart.item.getAxis("bottom")
    metrics = QFontMetricsF(axis.style["tickFont"])
    found = []
    for rect, text in tick_texts(axis):  # drawn from the rect's top, centred in it
        x = rect.center().x() - metrics.horizontalAdvance(text) / 2
        ink = metrics.tightBoundingRect(text).translated(x, rect.top() + metrics.ascent())
        found.append((text, ink))
    return found


def assert_named_apart(chart, categories: list[str]) -> None:
    names = painted_names(chart)
    assert len(names) == len(categories), [t for t, _ in names]
    axis = chart.item.getAxis("bottom")
    for (text, ink), category in zip(names, categories, strict=True):
        assert text == category or (text.endswith("…") and category.startswith(text[:-1]))
        assert ink.bottom() <= axis.boundingRect().bottom(), (text, ink, axis.boundingRect())
    for (a, box_a), (b, box_b) in itertools.pairwise(names):
        assert box_a.right() < box_b.left(), (a, b)


def test_long_group_names_are_each_written_in_their_own_width(qtbot):
    traces = tuple(
        Trace(side, tuple(range(len(LONG))), tuple(40.0 + k for k in range(len(LONG))), ())
        for side in ("before", "after")
    )
    data = ChartData(
        "grouped-bars", "", "", "% right", 1.0, (), traces=traces, categories=tuple(LONG)
    )
    chart = GroupedBarsChart(data, DEFAULT)
    qtbot.addWidget(chart)
    chart.resize(1300, 420)
    chart.show()
    chart.finish()
    QApplication.processEvents()
    assert_named_apart(chart, LONG)


def results_window(qtbot, repo, type_px: int | None = None) -> ResultsWindow:
    """The results window on the known workshop at 1366 x 768, in ``type_px`` type if given
    (the kiosk's facilitator screen sets 24 px)."""
    quizzes = deck_quizzes(repo)
    with open_store() as store:
        fill(store, quizzes)
    window = ResultsWindow(quizzes)
    if type_px is not None:
        big = QFont(window.font())
        big.setPixelSize(type_px)
        window.setFont(big)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def test_before_and_after_names_keep_their_descenders(qtbot, repo, data_dir):
    window = results_window(qtbot, repo)
    window.tabs.setCurrentIndex(1)
    chart = window.pre_post_widget
    assert chart is not None
    qtbot.waitUntil(lambda: len(painted_names(chart)) > 0)  # once laid out
    shown = list(chart.data.categories)
    assert shown == ["Q1", "Q2", "Q3", "All"]  # short names; the table says which question
    assert_named_apart(chart, shown)


def test_a_room_chart_in_a_short_window_with_large_type_stays_legible(qtbot, repo, data_dir):
    window = results_window(qtbot, repo, type_px=24)
    window.question_list.setCurrentRow(1)
    QApplication.processEvents()
    chart = window.chart
    assert chart is not None and chart.isVisible()
    assert chart.height() >= CHART_MIN_H - window.question_layout.spacing()
    for name in ("left", "bottom"):
        axis = chart.item.getAxis(name)
        assert axis.style["tickFont"].pixelSize() >= 18, name
