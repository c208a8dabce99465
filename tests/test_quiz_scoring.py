"""Scoring per GIFT semantics: worked cases, then invariants checked with hypothesis."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quiz_strategies import ANY, SCORED, quizzes, responses
from teachin.content.gift import Question, parse_gift
from teachin.quiz import scoring
from teachin.quiz.response import normalize


def q(text: str) -> Question:
    quiz, problems = parse_gift(text, Path("t.gift"))
    assert not [p for p in problems if not p.message.startswith("warning:")]
    return quiz.questions[0]


def test_single_choice():
    question = q("Q? {=right#Yes ~wrong#No ~%50%half ~%-25%worse}")
    assert [scoring.score(question, i) for i in range(4)] == [1.0, 0.0, 0.5, -0.25]
    assert scoring.score(question, None) == 0.0
    assert scoring.bounds(question) == (-0.25, 1.0)
    assert scoring.feedback(question, 1) == ("No",)


def test_multiple_choice_partial_credit_and_clamping():
    question = q("Q? {~%50%a ~%50%b ~%-100%c ~%-50%d####See slide 3.}")
    assert scoring.score(question, [0]) == 0.5
    assert scoring.score(question, [0, 1]) == 1.0
    assert scoring.score(question, [0, 1, 3]) == 0.5
    assert scoring.score(question, [0, 2]) == 0.0  # never below 0
    assert scoring.score(question, [0, 1, 2, 3]) == 0.0  # ticking everything does not pay
    assert scoring.bounds(question) == (0.0, 1.0)
    assert scoring.feedback(question, [0]) == ("See slide 3.",)


def test_true_false_feedback_for_the_chosen_side():
    question = q("Q? {FALSE#Wrong side.#Right side.}")
    assert scoring.score(question, 1) == 1.0 and scoring.score(question, 0) == 0.0
    assert scoring.feedback(question, 0) == ("Wrong side.",)
    assert scoring.feedback(question, 1) == ("Right side.",)


@pytest.mark.parametrize(
    "given_text,credit,note",
    [
        ("Canberra", 1.0, ""),
        ("  canBERRA ", 1.0, ""),
        ("Canbera", 0.5, "Check the spelling."),
        ("Sydney", 0.0, "It is Canberra."),
        ("new   south wales", 0.25, ""),
    ],
)
def test_short_answer_forms_case_and_wildcard(given_text, credit, note):
    question = q(
        "Capital? {=Canberra =%50%Canbera#Check the spelling. =%25%New South* "
        "=%0%*#It is Canberra.}"
    )
    response = normalize(question, given_text)
    assert scoring.score(question, response) == credit
    assert scoring.feedback(question, response) == ((note,) if note else ())


@pytest.mark.parametrize(
    "number,credit,note",
    [
        (100, 1.0, "Exactly."),
        (104.9, 0.5, "Close."),
        (95, 0.5, "Close."),
        (94.9, 0.0, "Look at slide 4."),
        (15, 0.25, "Range."),
    ],
)
def test_numeric_tolerance_ranges_and_other_answer(number, credit, note):
    question = q("Q? {#=100:0#Exactly. =%50%100:5#Close. =%25%10..20#Range. ~#Look at slide 4.}")
    assert scoring.score(question, float(number)) == credit
    assert scoring.feedback(question, float(number)) == (note,)


def test_numeric_float_noise_at_the_edge_of_a_tolerance():
    question = q("Q? {#0.3:0.1}")
    assert scoring.score(question, 0.1 + 0.1) == 1.0
    assert scoring.score(question, 0.4) == 1.0


def test_matching_counts_right_pairs():
    question = q("M. {=a -> 1 =b -> 2 =c -> 3 = -> 4}")
    assert question.match_options == ("1", "2", "3", "4")
    assert scoring.score(question, [0, 1, 2]) == 1.0
    assert scoring.score(question, [0, 3, None]) == pytest.approx(1 / 3)


def test_ordering_counts_neighbours_in_sequence():
    question = q("// @ordering\nO. {=a =b =c =d =e}")
    assert scoring.score(question, [0, 1, 2, 3, 4]) == 1.0
    assert scoring.score(question, [1, 2, 3, 4, 0]) == 0.75  # one item moved: most credit kept
    assert scoring.score(question, [4, 3, 2, 1, 0]) == 0.0


def test_unscored_kinds():
    for text in ("// @poll\nP? {~a ~b}", "Why? {}", "Read this."):
        question = q(text)
        assert scoring.score(question, None) is None
        assert scoring.bounds(question) == (0.0, 0.0)


def test_quiz_score_totals():
    quiz, _ = parse_gift(
        "::a::A? {T}\n\n::b::B? {~%50%x ~%50%y ~%-100%z}\n\n"
        "// @poll\n::p::P? {~u ~v}\n\n::e::E? {}",
        Path("t.gift"),
    )
    total = scoring.score_quiz(quiz, {"a": 0, "b": [0], "p": 1, "e": "because"})
    assert (total.points, total.minimum, total.maximum) == (1.5, 0.0, 2.0)
    assert total.percent == 75.0
    assert dict(total.by_question) == {"a": 1.0, "b": 0.5}


# -- invariants ----------------------------------------------------------------------------------


@given(st.data(), ANY)
def test_score_stays_within_bounds(data, question):
    response = data.draw(responses(question))
    credit = scoring.score(question, response)
    low, high = scoring.bounds(question)
    if question.scored:
        assert low <= credit <= high
        assert low <= 0.0 <= high
    else:
        assert credit is None and (low, high) == (0.0, 0.0)


@given(SCORED)
def test_correct_response_earns_the_maximum(question):
    best = scoring.correct_response(question)
    assert scoring.score(question, normalize(question, best)) == pytest.approx(
        scoring.bounds(question)[1]
    )


@given(st.data(), ANY)
def test_choice_order_does_not_change_the_score(data, question):
    """Reordering a question's options (as a shuffle does) and mapping the response with them
    gives the same credit and the same feedback."""
    if question.kind not in ("single", "multiple", "poll", "truefalse"):
        return
    response = data.draw(responses(question))
    order = data.draw(st.permutations(range(len(question.choices))))
    shuffled = replace(question, choices=tuple(question.choices[i] for i in order))
    moved = {old: new for new, old in enumerate(order)}
    if isinstance(response, int):
        mapped = moved[response]
    elif isinstance(response, list):
        mapped = sorted(moved[i] for i in response)
    else:
        mapped = None
    assert scoring.score(shuffled, mapped) == pytest.approx(scoring.score(question, response))
    assert sorted(scoring.feedback(shuffled, mapped)) == sorted(
        scoring.feedback(question, response)
    )


@given(st.data(), ANY)
def test_responses_round_trip_through_json(data, question):
    response = data.draw(responses(question))
    again = normalize(question, json.loads(json.dumps(response)))
    assert again == normalize(question, response)
    assert scoring.score(question, again) == scoring.score(question, response)


@given(st.data(), quizzes())
def test_quiz_score_is_the_sum_and_within_bounds(data, quiz):
    answers = {q.name: data.draw(responses(q)) for q in quiz.questions}
    total = scoring.score_quiz(quiz, answers)
    assert total.minimum <= total.points <= total.maximum
    assert total.points == pytest.approx(sum(total.by_question.values()))
    assert 0.0 <= total.percent <= 100.0
