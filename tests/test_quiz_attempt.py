"""The attempt state machine, seeded shuffling and resuming from stored events."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quiz_strategies import quizzes, responses
from teachin.content.gift import parse_gift
from teachin.quiz import Attempt, AttemptError, Event
from teachin.quiz.shuffle import choice_order, question_order

QUIZ_TEXT = """// @time-limit: 5 min
// @shuffle: all

::intro::Three questions about migrants.

::tf::Most migrants are refugees. {FALSE#About 1 in 12.#Right.}

::pick::Which is larger? {=Remittances#Yes ~Suez Canal revenue#No ~%-50%The same}

::est::How many million migrants in 2015? {#244:10}

// @ordering
::ord::Order by size. {=Migrants =Workers =Refugees}
"""
T0 = 1_000_000.0


@pytest.fixture
def quiz():
    quiz, problems = parse_gift(QUIZ_TEXT, Path("quizzes/sample.gift"))
    assert problems == []
    return quiz


def test_a_whole_attempt(quiz):
    attempt = Attempt.start(quiz, seed=7, at=T0)
    assert attempt.state == "answering" and attempt.position == 0
    assert set(attempt.order) == {q.name for q in quiz.questions}
    assert attempt.order.index("intro") == 0  # descriptions keep their place
    assert attempt.unanswered == tuple(n for n in attempt.order if n != "intro")

    attempt.answer(1, question="tf", at=T0 + 1)
    attempt.answer(2, question="pick", at=T0 + 2)
    attempt.answer(0, question="pick", at=T0 + 3)  # changed her mind
    attempt.answer(250.0, question="est", at=T0 + 4)
    assert attempt.response("pick") == 0
    assert attempt.feedback("pick") == ("Yes",)
    assert attempt.unanswered == ("ord",)

    attempt.review(at=T0 + 5)
    assert attempt.state == "reviewing"
    attempt.goto(attempt.order.index("ord"), at=T0 + 6)
    assert attempt.state == "answering" and attempt.current.name == "ord"
    attempt.answer([0, 1, 2], at=T0 + 7)
    end = attempt.submit(at=T0 + 8)
    assert (end.action, attempt.state, attempt.ended_at) == ("submit", "submitted", T0 + 8)
    assert attempt.score().points == 4.0 and attempt.score().maximum == 4.0
    with pytest.raises(AttemptError, match="submitted"):
        attempt.answer(0, question="tf", at=T0 + 9)
    assert [e.seq for e in attempt.events] == list(range(1, 10))


def test_skip_moves_on_and_next_after_the_last_opens_the_review(quiz):
    attempt = Attempt.start(quiz, seed=3, at=T0)
    for n in range(len(attempt.order)):
        assert attempt.position == n
        attempt.skip(at=T0 + n)
    assert attempt.state == "reviewing"
    assert attempt.skipped == {q.name for q in quiz.questions}
    attempt.goto(1, at=T0 + 10)
    attempt.answer(None, at=T0 + 10)
    attempt.goto(len(attempt.order) - 1, at=T0 + 11)
    assert attempt.next(at=T0 + 12).action == "review"
    assert attempt.previous(at=T0 + 13).position == len(attempt.order) - 2
    assert attempt.state == "answering"


def test_clearing_an_answer(quiz):
    attempt = Attempt.start(quiz, seed=1, at=T0)
    attempt.answer(0, question="tf", at=T0 + 1)
    attempt.answer(None, question="tf", at=T0 + 2)
    assert attempt.response("tf") is None and "tf" in attempt.unanswered


def test_bad_moves_are_refused_and_change_nothing(quiz):
    attempt = Attempt.start(quiz, seed=1, at=T0)
    for move in (
        lambda: attempt.answer(5, question="tf"),  # no such choice
        lambda: attempt.answer("many", question="est"),  # not a number
        lambda: attempt.answer([0, 0, 1], question="ord"),  # not an order
        lambda: attempt.answer(1, question="nope"),
        lambda: attempt.answer(1, question="intro"),
        lambda: attempt.goto(99),
    ):
        with pytest.raises(ValueError):
            move()
    assert len(attempt.events) == 1 and attempt.responses == {}


def test_time_limit(quiz):
    attempt = Attempt.start(quiz, seed=1, at=T0)
    assert attempt.deadline == T0 + 300
    assert attempt.remaining(T0 + 100) == 200
    assert attempt.check_time(T0 + 299) is None
    with pytest.raises(AttemptError, match="time limit"):
        attempt.answer(1, question="tf", at=T0 + 301)
    event = attempt.check_time(T0 + 400)
    assert (event.action, attempt.state) == ("time_out", "timed_out")
    assert attempt.remaining(T0 + 400) == 0
    assert attempt.check_time(T0 + 500) is None  # only once
    with pytest.raises(AttemptError, match="timed out"):
        attempt.submit(at=T0 + 401)


def test_untimed_quiz_never_times_out(quiz):
    untimed = parse_gift(QUIZ_TEXT.replace("// @time-limit: 5 min\n", ""), Path("u.gift"))[0]
    attempt = Attempt.start(untimed, seed=1, at=T0)
    assert attempt.deadline is None and attempt.remaining() is None
    assert attempt.check_time(T0 + 10**9) is None


def test_events_round_trip_through_json(quiz):
    attempt = Attempt.start(quiz, seed=11, at=T0)
    attempt.answer([2, 0, 1], question="ord", at=T0 + 1)
    attempt.goto(2, at=T0 + 2)
    attempt.review(at=T0 + 3)
    stored = [json.loads(json.dumps(e.to_json())) for e in attempt.events]
    assert [Event.from_json(d) for d in stored] == attempt.events
    with pytest.raises(AttemptError):
        Event.from_json({"seq": 1, "action": "explode", "at": 0})


def test_rebuild_resumes_exactly_and_continues_numbering(quiz):
    attempt = Attempt.start(quiz, seed=5, at=T0)
    attempt.answer(1, question="tf", at=T0 + 1)
    attempt.goto(3, at=T0 + 2)
    stored = [e.to_json() for e in reversed(attempt.events)]  # order of storage does not matter
    again = Attempt.rebuild(quiz, 5, stored)
    assert (again.order, again.position, again.responses) == (
        attempt.order,
        attempt.position,
        attempt.responses,
    )
    assert again.started_at == T0
    assert again.choice_order("pick") == attempt.choice_order("pick")
    assert again.answer(0, question="pick", at=T0 + 3).seq == 4


def test_rebuild_ignores_answers_to_questions_since_removed(quiz):
    attempt = Attempt.start(quiz, seed=5, at=T0)
    attempt.answer(1, question="tf", at=T0 + 1)
    attempt.answer(0, question="pick", at=T0 + 2)
    edited = parse_gift(QUIZ_TEXT.replace("::pick::", "::pick2::"), Path("quizzes/sample.gift"))[0]
    again = Attempt.rebuild(edited, 5, attempt.events)
    assert again.responses == {"tf": 1}
    assert [e.question for e in again.ignored] == ["pick"]
    with pytest.raises(AttemptError, match="no start"):
        Attempt.rebuild(quiz, 5, [])


def test_shuffling_is_seeded(quiz):
    orders = {question_order(quiz, seed) for seed in range(40)}
    assert len(orders) > 1  # shuffle: all moves questions
    assert question_order(quiz, 12) == question_order(quiz, 12)
    pick = quiz.question("pick")
    assert len({choice_order(quiz, pick, seed) for seed in range(40)}) > 1
    ordering = quiz.question("ord")
    assert all(choice_order(quiz, ordering, s) != (0, 1, 2) for s in range(100))
    assert choice_order(quiz, quiz.question("tf"), 3) == (0, 1)  # True, False stay put


def test_no_shuffle_keeps_file_order(quiz):
    plain = parse_gift(QUIZ_TEXT.replace("@shuffle: all", "@shuffle: none"), Path("p.gift"))[0]
    assert question_order(plain, 99) == tuple(q.name for q in plain.questions)
    assert choice_order(plain, plain.question("pick"), 99) == (0, 1, 2)


# -- a resumed attempt is the same attempt -------------------------------------------------------


@st.composite
def played(draw):
    """A quiz and an attempt driven through random moves, some of them refused."""
    quiz = draw(quizzes())
    attempt = Attempt.start(quiz, seed=draw(st.integers(1, 2**62)), at=T0)
    clock = T0
    for _ in range(draw(st.integers(0, 25))):
        clock += draw(st.floats(0, 60))
        move = draw(st.sampled_from(["answer", "answer", "skip", "goto", "next", "review", "end"]))
        try:
            if move == "answer":
                question = quiz.questions[draw(st.integers(0, len(quiz.questions) - 1))]
                attempt.answer(draw(responses(question)), question=question.name, at=clock)
            elif move == "goto":
                attempt.goto(draw(st.integers(0, len(quiz.questions) - 1)), at=clock)
            elif move == "end":
                attempt.submit(at=clock) if draw(st.booleans()) else attempt.check_time(clock)
            else:
                getattr(attempt, move)(at=clock)
        except (AttemptError, ValueError):
            pass  # refused moves leave no event
    return quiz, attempt


@given(played())
def test_a_resumed_attempt_is_the_same(case):
    quiz, attempt = case
    stored = [json.loads(json.dumps(e.to_json())) for e in attempt.events]
    again = Attempt.rebuild(quiz, attempt.seed, stored)
    assert again.ignored == []
    assert again.score() == attempt.score()
    assert (again.state, again.position, again.order) == (
        attempt.state,
        attempt.position,
        attempt.order,
    )
    assert again.responses == attempt.responses and again.skipped == attempt.skipped
    for question in quiz.questions:
        assert again.choice_order(question.name) == attempt.choice_order(question.name)


@given(played())
def test_attempt_score_stays_within_bounds(case):
    _, attempt = case
    total = attempt.score()
    assert total.minimum <= total.points <= total.maximum
