"""Pre/post pairing: the core questions a pre-workshop and a post-workshop quiz share, matched
by their GIFT ``::name::``, so results can show what moved between the two."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from teachin.content.gift import Question, Quiz
from teachin.content.model import Problem
from teachin.i18n import translate
from teachin.quiz import scoring
from teachin.quiz.response import Response


@dataclass(frozen=True)
class CorePair:
    name: str
    pre: Question
    post: Question


@dataclass(frozen=True)
class Shift:
    """How the room did on one core question before and after (mean credit, 0..1)."""

    name: str
    pre_mean: float | None  # None when nobody answered it
    post_mean: float | None
    pre_count: int
    post_count: int

    @property
    def change(self) -> float | None:
        if self.pre_mean is None or self.post_mean is None:
            return None
        return self.post_mean - self.pre_mean


def find_pre_post(quizzes: Mapping[str, Quiz]) -> tuple[Quiz, Quiz] | None:
    """The deck's pre and post quizzes (by mode; the first by file name if several)."""
    pre = sorted((q for q in quizzes.values() if q.mode == "pre"), key=lambda q: q.name)
    post = sorted((q for q in quizzes.values() if q.mode == "post"), key=lambda q: q.name)
    return (pre[0], post[0]) if pre and post else None


def core_pairs(pre: Quiz, post: Quiz) -> tuple[CorePair, ...]:
    """Questions present in both quizzes under the same name and kind, in ``pre``'s order."""
    return tuple(
        CorePair(q.name, q, post.question(q.name))
        for q in pre.questions
        if q.name in post and post.question(q.name).kind == q.kind and q.kind != "description"
    )


def pairing_problems(pre: Quiz, post: Quiz) -> list[Problem]:
    """Same-named questions that cannot be compared: different kinds or different options."""
    problems = []
    for question in pre.questions:
        if question.name not in post:
            continue
        other = post.question(question.name)
        if other.kind != question.kind:
            message = translate(
                "pairing", "core question {name!r} is {kind} here but {pre_kind}"
            ).format(name=question.name, kind=other.kind, pre_kind=question.kind)
        elif [c.text for c in other.choices] != [c.text for c in question.choices] and (
            question.kind in ("single", "multiple", "poll", "ordering")
        ):
            message = translate(
                "pairing", "core question {name!r} has other options than in {pre}"
            ).format(name=question.name, pre=pre.name)
        else:
            continue
        where = translate("pairing", "{message} in {file}")
        problems.append(
            Problem(post.path, other.line, where.format(message=message, file=pre.path.name))
        )
    return problems


def shifts(
    pairs: Iterable[CorePair],
    pre_attempts: Iterable[Mapping[str, Response]],
    post_attempts: Iterable[Mapping[str, Response]],
) -> list[Shift]:
    """Mean credit per core question over each side's attempts (responses by question name).
    Only answered questions count; unscored kinds (polls, estimates without a key) give None."""
    pre_list, post_list = list(pre_attempts), list(post_attempts)
    result = []
    for pair in pairs:
        pre_mean, pre_n = _mean(pair.pre, pre_list)
        post_mean, post_n = _mean(pair.post, post_list)
        result.append(Shift(pair.name, pre_mean, post_mean, pre_n, post_n))
    return result


def _mean(question: Question, attempts: list[Mapping[str, Response]]) -> tuple[float | None, int]:
    answers = [a[question.name] for a in attempts if a.get(question.name) is not None]
    credits = [scoring.score(question, r) for r in answers]
    scored = [c for c in credits if c is not None]
    return (sum(scored) / len(scored) if scored else None), len(answers)
