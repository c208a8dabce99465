"""The room chart on the projector speaks French under ``--lang fr``: the waiting text, the
legend's count and median, the median and true-figure lines, the choices' "right" mark."""

from __future__ import annotations

from teachin.charts.room import RoomChart
from teachin.content.charts import ChartData
from teachin.content.room_chart import RoomQuestion
from teachin.theme import DEFAULT


def chart_of(qtbot, question: RoomQuestion, answers: list[object]) -> RoomChart:
    data = ChartData("room", "", "", "", 1.0, (), quiz="pre", question="q")
    chart = RoomChart(data, DEFAULT, question, lambda quiz, name: answers)
    qtbot.addWidget(chart)
    return chart


def test_a_numeric_room_chart_in_french(qtbot, in_french):
    empty = chart_of(qtbot, RoomQuestion("numeric", truth=1500.0), [])
    assert empty.waiting.toPlainText() == "En attente des réponses de la salle…"
    chart = chart_of(qtbot, RoomQuestion("numeric", truth=1500.0), [800, 2000])
    chart.reveal()
    assert chart.legend.text().startswith("2 réponses · médiane ")
    assert chart.median_line.label.format.startswith("médiane de la salle ")
    assert chart.truth_line.label.format.startswith("vrai chiffre ")
    assert "answer" not in chart.accessibleDescription() + chart.legend.text()


def test_a_choice_room_chart_in_french(qtbot, in_french):
    question = RoomQuestion("single", choices=("Oui", "Non"), right=("Oui",))
    chart = chart_of(qtbot, question, ["Oui", "Oui", "Non"])
    chart.reveal()
    assert chart.legend.text() == "3 réponses"
    assert "Oui  ✓ juste" in chart.names


def test_the_results_summary_texts_in_french(in_french):
    """quiz/summary.py (no Qt) words the estimates and the before/after figures in French."""
    from teachin.quiz.summary import Estimate

    estimate = Estimate.of([800, 2000], 1500.0)
    assert estimate is not None and estimate.text().startswith("médiane ")
    assert "vrai chiffre" in estimate.text() and "middle" not in estimate.text()
