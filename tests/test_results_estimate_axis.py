"""An estimate's chart in the results window: its number axis starts where the answers do.
The truth's label, hung left of its line, widened the range left of the first bin, and
pyqtgraph marked that room with numbers no estimate can be ("-1000", "-2000")."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from teachin.charts.room import RoomChart
from test_charts_legibility import tick_texts
from test_results_chart_labels import results_window


def tick_values(chart: RoomChart) -> list[float]:
    """The numbers the bottom axis paints, read back as numbers."""
    texts = [text for _, text in tick_texts(chart.item.getAxis("bottom"))]
    return [float(t.replace("\N{MINUS SIGN}", "-").replace(",", ".")) for t in texts]


@pytest.mark.parametrize("quiz", ["pre", "post"])
def test_an_estimates_axis_marks_no_number_below_its_first_bin(qtbot, repo, data_dir, quiz):
    window = results_window(qtbot, repo)
    window.quiz_picker.setCurrentIndex(window.quiz_picker.findData(quiz))
    names = [window.question_list.item(k).data(256) for k in range(window.question_list.count())]
    window.question_list.setCurrentRow(names.index("migrants-2020"))
    QApplication.processEvents()
    chart = window.chart
    assert isinstance(chart, RoomChart) and chart.question.numeric
    qtbot.waitUntil(lambda: len(tick_values(chart)) >= 2)  # laid out, numbers drawn
    first_bin = chart.hist.edges[0]
    assert first_bin >= 0
    shown = tick_values(chart)
    assert min(shown) >= first_bin, (shown, chart.hist.edges)
