"""quiz.summary on a known workshop (tests/results_data.py): the figures in words, and one
median everywhere (the room chart, the kiosk's facilitator table, the summary)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from results_data import deck_quizzes as load
from results_data import fill
from teachin.quiz import summary as s
from teachin.store.db import StoreError, open_store
from teachin.store.results import ResultsReader

PRE = load(Path(__file__).resolve().parent.parent)["pre"]


@pytest.fixture
def workshop(repo, data_dir):
    quizzes = load(repo)
    with open_store() as store:
        fill(store, quizzes)
    rows = ResultsReader(data_dir / "teachin.db").read()
    return quizzes, rows


def test_per_quiz_and_per_question_in_words(workshop):
    quizzes, rows = workshop
    pre = s.summarize_quiz(quizzes["pre"], rows.takings, rows.given)
    assert (pre.took_part, pre.attempts, pre.finished) == (3, 3, 2)
    by_name = {q.name: q for q in pre.questions}
    refugees = by_name["refugee-share"]
    assert refugees.bars == (("True", 2), ("False", 1))
    assert refugees.right == ("False",)
    assert (refugees.answered, refugees.share_right) == (3, pytest.approx(1 / 3))
    estimate = by_name["migrants-2020"].estimate
    assert (estimate.median, estimate.truth) == (1400, 281)
    assert estimate.text() == (
        "median 1,400 (middle half 1,100 to 1,700; 800 to 2,000 in all); true figure 281"
    )
    ban = by_name["ban-countries"]  # a multiple choice: each ticked box counts once
    assert dict(ban.bars)["Iraq"] == dict(ban.bars)["Syria"] == 1
    poll = by_name["open-borders-view"]
    assert poll.share_right is None and dict(poll.bars)["Disagree"] == 2
    hardest = [q.name for q in pre.hardest_first()[:4]]
    assert hardest == ["migrants-2020", "ban-countries", "refugee-share", "displaced-count"]


def test_pre_post_paired_and_unpaired(workshop):
    quizzes, rows = workshop
    found = s.pre_post(quizzes, rows.takings, rows.given)
    refugees = next(c for c in found.questions if c.name == "refugee-share")
    # Everyone: Ana, Bo, Cy before; Ana, Bo, Dee after. Paired: Ana and Bo only.
    assert (refugees.before.people, refugees.after.people) == (3, 3)
    assert refugees.change == pytest.approx(2 / 3 - 1 / 3)
    assert (refugees.paired_before.people, refugees.paired_after.people) == (2, 2)
    assert (refugees.paired_before.share, refugees.paired_after.share) == (0, 1)
    poll = next(c for c in found.questions if c.name == "open-borders-view")
    assert poll.change is None and poll.before.most_given == "Disagree (100 %)"
    overall = found.overall  # before 3 of 9 marked answers right, after 6 of 8
    assert overall.before.share == pytest.approx(3 / 9)
    assert overall.after.share == pytest.approx(6 / 8)
    assert overall.paired_before.share == pytest.approx(1 / 6)
    assert overall.paired_after.share == 1


def test_participants(workshop):
    _, rows = workshop
    people = {(p.quiz, p.nickname): p for p in s.participants(rows.takings, rows.given)}
    ana = people["pre", "Ana"]
    assert (ana.answered, ana.right, ana.points, ana.finished) == (5, 1, 1.5, True)
    assert not people["pre", "Cy"].finished


def test_one_median_for_the_room_chart_the_kiosk_and_the_summary(qtbot, repo, workshop):
    """Two answers, 800 and 2000: the kiosk's table said "middle 2000" where the room chart
    said "median 1,400"."""
    from teachin.charts.room import RoomChart
    from teachin.content.charts import ChartData
    from teachin.content.room_chart import room_question
    from teachin.theme import DEFAULT
    from teachin.ui.results.window import ResultsWindow

    quizzes, rows = workshop
    question = quizzes["pre"].question("migrants-2020")
    data = ChartData("room", "", "", "", 1.0, (), quiz="pre", question="migrants-2020")
    chart = RoomChart(data, DEFAULT, room_question(question), lambda q, n: [800, 2000])
    qtbot.addWidget(chart)
    assert "median 1,400" in chart.legend.text()
    window = ResultsWindow(quizzes)  # as the presenter and the kiosk's facilitator see it
    qtbot.addWidget(window)
    window.quiz_picker.setCurrentIndex(window.quiz_picker.findData("pre"))
    window.quiz_picker.activated.emit(window.quiz_picker.currentIndex())
    assert window.current_question().name == "migrants-2020"
    assert "median 1,400" in window.question_figures.text()
    assert "median 1,400" in window.chart.legend.text()
    summary = s.summarize_quiz(quizzes["pre"], rows.takings, rows.given)
    assert summary.questions[0].estimate.median == 1400


def test_a_changed_answer_counts_once_and_a_cleared_one_not_at_all(repo, data_dir):
    from results_data import take

    quizzes = load(repo)
    with open_store() as store:
        take(store, quizzes["pre"], "Ana", {"refugee-share": 0, "displaced-count": 1}, False)
        take(store, quizzes["pre"], "Ana", {"refugee-share": 1, "displaced-count": None})
    rows = ResultsReader(data_dir / "teachin.db").read()
    summary = s.summarize_quiz(quizzes["pre"], rows.takings, rows.given)
    by_name = {q.name: q for q in summary.questions}
    assert by_name["refugee-share"].bars == (("True", 0), ("False", 1))
    assert by_name["displaced-count"].answered == 0


def test_the_reader_sees_new_answers_and_only_reads_what_changed(repo, data_dir):
    from results_data import take

    quizzes = load(repo)
    with open_store() as store:
        take(store, quizzes["pre"], "Ana", {"refugee-share": 0})
        reader = ResultsReader(data_dir / "teachin.db")
        assert len(reader.read().given) == 1
        assert not reader.changed()
        take(store, quizzes["pre"], "Bo", {"refugee-share": 1}, finish=False)
        assert reader.changed()
        rows = reader.read()
        assert len(rows.given) == 2 and rows.changed == {"pre"}
        assert [t.finished for t in rows.takings] == [True, False]
        take(store, quizzes["pre"], "Bo", {"displaced-count": 0})  # resumes, then hands in
        rows = reader.read()
        assert [t.finished for t in rows.takings] == [True, True] and len(rows.given) == 3
        assert not reader.read().changed  # nothing new: nothing to sum up again
    reader.close()


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=3000))
def test_a_damaged_database_is_a_clean_refusal(tmp_path_factory, junk):
    path = tmp_path_factory.mktemp("junk") / "teachin.db"
    path.write_bytes(junk)
    reader = ResultsReader(path)
    try:
        reader.read()
    except StoreError as error:
        assert str(path) in str(error)
    finally:
        reader.close()


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(["refugee-share", "ban-countries", "migrants-2020", "open-borders-view"]),
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=3), inner),
        max_leaves=8,
    ),
)
def test_any_stored_response_reads_as_words(name, response):
    """A bundle may carry anything in `response`: words, or the stored value, never a crash."""
    question = PRE.question(name)
    text = s.words(question, json.loads(json.dumps(response)))
    assert isinstance(text, str)


def test_a_choice_is_named_as_the_participant_saw_it_whatever_the_shuffle(qtbot, repo, data_dir):
    """Each attempt shows the options in its own shuffled order; the store keeps the file's
    index, and the results name the option the person tapped."""
    from PySide6.QtCore import Qt

    from teachin.store.quiz_session import QuizSession
    from teachin.ui.kiosk.answer_widgets import answer_widget_for

    pre = load(repo)["pre"]
    name = "displaced-count"
    tapped: dict[str, str] = {}
    orders = set()
    with open_store() as store:
        for person in ("Ana", "Bo", "Cy", "Dee", "Eve", "Fay"):
            session = QuizSession.begin(store, pre, person)
            session.attempt.goto(session.attempt.order.index(name))
            order = session.attempt.choice_order(name)
            orders.add(order)
            widget = answer_widget_for(pre.question(name), order)
            qtbot.addWidget(widget)
            first = widget.buttons[0]  # the option shown first to this person
            qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
            session.answer(widget.value())
            shown = first.label.text()  # "<b>1</b>&nbsp;&nbsp;Refugees only"
            tapped[person] = next(c.text for c in pre.question(name).choices if c.text in shown)
    assert len(orders) > 1  # the shuffle did differ between people
    rows = ResultsReader(data_dir / "teachin.db").read()
    nickname = {t.id: t.nickname for t in rows.takings}
    question = pre.question(name)
    said = {nickname[g.attempt]: s.words(question, g.response) for g in rows.given}
    assert said == tapped


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=4),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=2), inner),
    max_leaves=6,
)


@settings(max_examples=100, deadline=None)
@given(st.lists(JSON_VALUES, max_size=12))
def test_typed_answers_are_counted_as_their_words(responses):
    """Counting distinct stored answers first, then wording them, gives the same bars as
    wording every answer."""
    from collections import Counter

    naive = Counter(s.words(None, r) for r in responses)
    assert dict(s._distinct_in_words(None, responses)) == dict(naive)
