"""The room chart on the projector speaks French under ``--lang fr``: the waiting text, the
legend's count and median, the median and true-figure lines, the choices' "right" mark."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF

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


# French writes 1 400 (a narrow no-break space between thousands) and 2,75 (a decimal comma).
NNBSP = "\u202f"


def test_the_room_chart_writes_its_numbers_the_french_way(qtbot, in_french):
    """The projector's counts, median and true figure as a French room reads them."""
    big = chart_of(qtbot, RoomQuestion("numeric", truth=1500.0), [1400.0] * 1234)
    big.reveal()
    assert big.legend.text() == f"1{NNBSP}234 réponses · médiane 1{NNBSP}400"
    assert big.median_line.label.format == f"médiane de la salle 1{NNBSP}400"
    assert big.truth_line.label.format == f"vrai chiffre 1{NNBSP}500"
    assert f"1{NNBSP}234" in [label.toPlainText() for label in big.count_labels]  # over the bar
    said, _ = big._value_at(QPointF(1400.0, 1.0))  # what pointing at the bar says
    assert said.endswith(f": 1{NNBSP}234 réponses") and "," not in said

    small = chart_of(qtbot, RoomQuestion("numeric", truth=2.75), [2.5, 3.0])
    small.reveal()
    assert small.median_line.label.format == "médiane de la salle 2,75"
    assert small.truth_line.label.format == "vrai chiffre 2,75"


def test_a_true_false_room_chart_says_vrai_and_faux(qtbot, in_french):
    """True and False are the quiz parser's words, not the deck's: said in French, as the
    kiosk's buttons say them."""
    question = RoomQuestion("truefalse", choices=("True", "False"), right=("False",))
    chart = chart_of(qtbot, question, ["True", "False", "False"])
    chart.reveal()
    assert chart.names == ["Vrai", "Faux  ✓ juste"]


def test_the_deck_s_own_chart_numbers_stay_english(in_french):
    """The deck is English for now: its charts keep "1,400.5", whatever the interface speaks."""
    from teachin.content.data import format_number, format_value

    assert format_value(1400.5, "persons") == "1,400 persons"
    assert format_value(2.5, "% of GDP") == "2.50 % of GDP"
    assert format_number(1400.5) == f"1{NNBSP}400"  # the interface's own texts: French


def test_the_results_summary_writes_numbers_the_french_way(in_french):
    from teachin.content.gift import parse_gift
    from teachin.quiz.summary import Estimate, Given, share_text, summarize_question

    estimate = Estimate.of([800, 2000], 281.0)
    assert estimate is not None
    assert estimate.text() == (
        f"médiane 1{NNBSP}400 (moitié centrale de 1{NNBSP}100 à 1{NNBSP}700\u00a0; de 800 à "
        f"2{NNBSP}000 en tout)\u00a0; vrai chiffre 281"
    )
    small = Estimate.of([2.5, 3.0], None)
    assert small is not None and small.text().startswith("médiane 2,75 (moitié centrale de 2,62")
    assert share_text(2 / 3) == f"67{NNBSP}%"  # the % never starts a line on its own
    quiz, problems = parse_gift("::tf:: Most migrants are refugees. {F}", Path("q.gift"))
    assert problems == []
    given = [Given(str(n), "tf", n % 2, n % 2 == 1, None) for n in range(3)]
    summary = summarize_question(quiz.questions[0], given)
    assert summary.answers_text() == "Vrai ×2, Faux ×1" and summary.right == ("Faux",)


def test_the_room_chart_s_axis_has_a_decimal_comma(qtbot, in_french):
    """An estimate in millions (1.1 million marched on 1 May 2006): the axis under the bars
    says 1,2 and 1,4 in French, as the labels over it do."""
    chart = chart_of(qtbot, RoomQuestion("numeric", truth=1.1), [1.0, 1.25, 1.5, 1.75])
    chart.resize(1000, 600)
    chart.show()
    qtbot.waitExposed(chart)
    axis = chart.item.getAxis("bottom")
    (low, high), width = chart.item.vb.viewRange()[0], chart.item.vb.width()
    shown = [  # the texts pyqtgraph writes under each tick, as it asks for them
        text
        for spacing, ticks in axis.tickValues(low, high, width)
        for text in axis.tickStrings(ticks, 1.0, spacing)
    ]
    assert any("," in text for text in shown) and not any("." in text for text in shown)


def test_a_chart_that_cannot_be_shown_says_so_in_french(qtbot, in_french):
    """The box a facilitator sees in place of a broken chart (its problem itself is the deck
    checker's, said in the deck's terms)."""
    from teachin.charts.base import ChartErrorBox

    box = ChartErrorBox("slides/03.md:12: no series 'x'", DEFAULT)
    qtbot.addWidget(box)
    assert box.label.text().startswith("Ce graphique ne peut pas être affiché\n\n")
    assert box.label.text().endswith("slides/03.md:12: no series 'x'")
