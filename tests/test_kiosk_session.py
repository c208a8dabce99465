"""A participant's turn, without a screen: answers on disk at once, resume after a crash."""

from __future__ import annotations

from pathlib import Path

import pytest

from teachin.content.gift import parse_gift
from teachin.quiz import AttemptError, ResponseError
from teachin.store.answers import answers_for_attempt, attempts_for
from teachin.store.db import open_store
from teachin.store.quiz_session import QuizSession

GIFT = """\
// @title: Checkpoint
// @mode: checkpoint
// @shuffle: all

::capital::How much left developing countries net, 1980-2012? {
=$16.3 trillion#Right: GFI 2016.
~$601 billion#That is the world's remittances in 2015.
~$4.2 trillion
}

::mayday::In 2006 immigrant workers marched on 1 May. {T}

::estimate::How many international migrants were there in 2020 (millions)? {#281:10}

::reflect::What surprised you? {}
"""


RAW = {"single": 1, "truefalse": 0, "numeric": 275.0, "essay": "the scale"}


@pytest.fixture
def quiz(tmp_path: Path):
    quiz, problems = parse_gift(GIFT, tmp_path / "checkpoint-05.gift")
    assert problems == []
    return quiz


def test_each_answer_is_committed_before_the_session_moves_on(quiz, data_dir):
    with open_store() as store:
        session = QuizSession.begin(store, quiz, "Amina")
        first = session.attempt.current
        session.answer(RAW[first.kind])
        stored = answers_for_attempt(store, session.attempt_id)
        assert list(stored) == [first.name]


def test_a_killed_session_resumes_with_same_order_and_answers(quiz, data_dir):
    store = open_store()
    session = QuizSession.begin(store, quiz, "Amina")
    order = session.attempt.order
    given = {}
    for _ in range(2):
        question = session.attempt.current
        given[question.name] = session.answer(RAW[question.kind])
        session.attempt.next()
    store.close()  # as if the laptop died here: nothing else is saved

    with open_store() as store:
        again = QuizSession.begin(store, quiz, " Amina ")
        assert again.resumed and again.attempt_id == session.attempt_id
        assert again.attempt.order == order
        assert {n: again.attempt.response(n) for n in given} == given
        assert again.attempt.current.name == order[2]  # first question still open


def test_a_finished_attempt_is_not_resumed_and_others_start_fresh(quiz, data_dir):
    with open_store() as store:
        session = QuizSession.begin(store, quiz, "Amina")
        session.submit()
        assert attempts_for(store, "Amina")[0].finished
        assert not QuizSession.begin(store, quiz, "Amina").resumed
        other = QuizSession.begin(store, quiz, "Ben")
        assert not other.resumed and other.attempt.responses == {}


def test_an_unchanged_answer_writes_nothing_and_bad_values_are_refused(quiz, data_dir):
    with open_store() as store:
        session = QuizSession.begin(store, quiz, "Amina")
        while session.attempt.current.kind != "single":
            session.attempt.next()
        session.answer(2)
        session.answer(2)
        rows = store.db.execute("select count(*) from answers").fetchone()[0]
        assert rows == 1
        with pytest.raises(ResponseError):
            session.answer(9)


def test_an_answer_after_the_time_limit_is_refused_and_not_stored(tmp_path, data_dir):
    timed, problems = parse_gift("// @time-limit: 1 min\n\n" + GIFT, tmp_path / "timed.gift")
    assert problems == [] and timed.time_limit == 60
    with open_store() as store:
        session = QuizSession.begin(store, timed, "Amina")
        session.attempt.started_at -= 61  # the minute has passed
        with pytest.raises(AttemptError):
            session.answer(RAW[session.attempt.current.kind])
        assert session.finished
        assert answers_for_attempt(store, session.attempt_id) == {}
        assert attempts_for(store, "Amina")[0].finished


def test_a_poll_keeps_its_scale_in_file_order_while_choices_are_shuffled(tmp_path):
    scale = "\n".join(f"~{label}" for label in ("Disagree", "Not sure", "Agree", "Strongly agree"))
    text = f"// @shuffle: all\n\n// @poll\n::view::Open borders? {{\n{scale}\n}}\n"
    quiz, problems = parse_gift(text, tmp_path / "poll.gift")
    assert problems == []
    from teachin.quiz.shuffle import choice_order

    question = quiz.question("view")
    assert {choice_order(quiz, question, seed) for seed in range(20)} == {(0, 1, 2, 3)}
