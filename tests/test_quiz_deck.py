"""The built-in deck's quizzes: they load cleanly, pre and post share their core questions, each
argument module has a checkpoint with a question for the room chart, and every question's
feedback points at a slide that exists (so every right answer can be traced to a slide)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from teachin.content.gift import load_quiz_dir
from teachin.content.slides import load_module
from teachin.quiz import Attempt, scoring
from teachin.quiz.pairing import core_pairs, find_pre_post

ROOT = Path(__file__).resolve().parent.parent
CHECKPOINTS = [f"checkpoint-{n:02d}" for n in range(2, 9)]
# Module 05, slide "Forced from home"  (single quotes around titles holding double quotes)
REFERENCE = re.compile(r"[Mm]odule (\d\d), slide ([\"'])(.+?)\2(?=[.;:,)]|\s*$)")


@pytest.fixture(scope="module")
def quizzes():
    found, problems = load_quiz_dir(ROOT / "quizzes")
    assert problems == [], "\n".join(str(p) for p in problems)
    return found


@pytest.fixture(scope="module")
def slide_titles() -> dict[str, set[str]]:
    titles = {}
    for path in sorted((ROOT / "slides").glob("*.md")):
        module, _ = load_module(path)
        titles[path.name[:2]] = {slide.title for slide in module.slides}
    return titles


def test_pre_and_post_share_their_core_questions(quizzes):
    pre, post = find_pre_post(quizzes)
    assert (pre.name, post.name) == ("pre", "post")
    pairs = core_pairs(pre, post)
    assert [p.name for p in pairs] == [q.name for q in pre.questions]  # all of pre comes back
    for pair in pairs:
        assert pair.pre.text == pair.post.text
        assert pair.pre.choices == pair.post.choices and pair.pre.numbers == pair.post.numbers
    assert {q.kind for q in pre.questions} >= {"numeric", "truefalse", "single", "multiple", "poll"}


@pytest.mark.parametrize("name", CHECKPOINTS)
def test_each_argument_module_has_a_checkpoint_with_a_room_question(quizzes, name):
    quiz = quizzes[name]
    assert quiz.mode == "checkpoint" and 3 <= len(quiz.questions) <= 5
    assert any(q.kind in ("numeric", "poll") for q in quiz.questions)


def _feedback_texts(question) -> list[str]:
    texts = [question.general_feedback]
    texts += [c.feedback for c in question.choices] + [n.feedback for n in question.numbers]
    return [t for t in texts if t]


def test_every_question_points_back_to_a_real_slide(quizzes, slide_titles):
    for quiz in quizzes.values():
        for question in quiz.questions:
            references = [m for t in _feedback_texts(question) for m in REFERENCE.finditer(t)]
            assert references, f"{quiz.name}/{question.name}: feedback names no slide"
            for match in references:
                module, title = match.group(1), match.group(3)
                assert title in slide_titles.get(module, set()), (
                    f"{quiz.name}/{question.name}: no slide {title!r} in module {module}"
                )


def test_every_right_answer_has_feedback_that_names_its_slide(quizzes):
    """Whoever answers right, or wrong, sees where the answer is shown."""
    for quiz in quizzes.values():
        for question in quiz.scored_questions:
            best = scoring.correct_response(question)
            shown = " ".join(scoring.feedback(question, best))
            assert REFERENCE.search(shown), f"{quiz.name}/{question.name}: {shown!r}"


def test_quiz_comments_name_no_machine_path():
    """A quiz file travels with the deck: a comment pointing at one computer's folders
    (/work/..., C:\\Users\\...) means nothing on another."""
    machine_path = re.compile(r"(?:^|[\s(])(?:/(?:work|home|tmp|Users|root)/|[A-Za-z]:\\)")
    for path in sorted((ROOT / "quizzes").glob("*.gift")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.lstrip().startswith("//"):
                assert not machine_path.search(line), f"{path.name}:{number}: {line}"


def test_the_deck_quizzes_play_through(quizzes):
    for quiz in quizzes.values():
        attempt = Attempt.start(quiz, seed=2017, at=0.0)
        for name in attempt.order:
            attempt.answer(scoring.correct_response(quiz.question(name)), question=name, at=1.0)
        attempt.submit(at=2.0)
        total = attempt.score()
        assert total.points == pytest.approx(total.maximum) and total.maximum > 0
