"""Scoring per GIFT/Moodle semantics. A question's credit is a fraction of one mark.

- single, truefalse: the chosen choice's fraction (GIFT weights may be negative).
- multiple: the sum of the ticked choices' fractions, clamped to 0..1 (Moodle's rule), so
  negative weights take back what ticking everything would win.
- short: the best fraction among the accepted forms that match (case-insensitive, spaces
  collapsed, ``*`` matches any run of characters); no match scores 0.
- numeric: the best fraction among the answers whose tolerance holds; none scores 0.
- matching: right pairs / prompts. ordering: neighbours kept in the right sequence / (items - 1),
  so one misplaced item costs little (Moodle ordering's "relative to next item").
- poll, essay, description: not scored (``score`` returns None).
An unanswered scored question scores 0. ``bounds`` gives the least and most a question can score.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass

from teachin.content.gift import Question, Quiz
from teachin.quiz.response import Response


def bounds(question: Question) -> tuple[float, float]:
    """(minimum, maximum) credit for ``question``; (0, 0) for unscored kinds."""
    kind = question.kind
    if kind in ("single", "truefalse", "short"):
        fractions = [c.fraction for c in question.choices]
        return min([0.0, *fractions]), max([0.0, *fractions])
    if kind == "numeric":
        fractions = [a.fraction for a in question.numbers if a.value is not None]
        return min([0.0, *fractions]), max([0.0, *fractions])
    if kind == "multiple":
        return 0.0, min(1.0, sum(c.fraction for c in question.choices if c.fraction > 0))
    if kind in ("matching", "ordering"):
        return 0.0, 1.0
    return 0.0, 0.0


def score(question: Question, response: Response) -> float | None:
    """Credit for ``response`` (already normalized), or None when the kind is not scored."""
    if not question.scored:
        return None
    if response is None:
        return 0.0
    kind = question.kind
    if kind in ("single", "truefalse"):
        return question.choices[response].fraction
    if kind == "multiple":
        total = sum(question.choices[i].fraction for i in response)
        return min(1.0, max(0.0, total))
    if kind == "short":
        return max((c.fraction for c in _matching_forms(question, response)), default=0.0)
    if kind == "numeric":
        hits = [a.fraction for a in question.numbers if a.value is not None and a.accepts(response)]
        return max(hits, default=0.0)
    if kind == "matching":
        return _matching_score(question, response)
    if kind == "ordering":
        return _ordering_score(response)
    return None


def feedback(question: Question, response: Response) -> tuple[str, ...]:
    """What to show after answering: the feedback of the answer(s) given, then the general one."""
    notes: list[str] = []
    kind = question.kind
    if response is not None:
        if kind in ("single", "truefalse", "poll"):
            notes.append(question.choices[response].feedback)
        elif kind == "multiple":
            notes.extend(question.choices[i].feedback for i in response)
        elif kind == "short":
            forms = _matching_forms(question, response)
            if forms:
                notes.append(max(forms, key=lambda c: c.fraction).feedback)
        elif kind == "numeric":
            notes.append(_numeric_feedback(question, response))
    notes.append(question.general_feedback)
    return tuple(note for note in notes if note)


def correct_response(question: Question) -> Response:
    """A response that earns the most credit (None for unscored kinds)."""
    kind = question.kind
    if kind in ("single", "truefalse"):
        return max(range(len(question.choices)), key=lambda i: question.choices[i].fraction)
    if kind == "short":  # a literal form beats a wildcard one of the same credit
        best = max(question.choices, key=lambda c: (c.fraction, "*" not in c.text))
        return best.text.replace("*", "") or "anything"  # a lone * takes any text
    if kind == "multiple":
        return [i for i, c in enumerate(question.choices) if c.fraction > 0] or None
    if kind == "numeric":
        best = max((a for a in question.numbers if a.value is not None), key=lambda a: a.fraction)
        return best.value
    if kind == "matching":
        options = question.match_options
        return [options.index(p.right) for p in question.pairs if p.left]
    if kind == "ordering":
        return list(range(len(question.choices)))
    return None


@dataclass(frozen=True)
class QuizScore:
    points: float  # sum of the scored questions' credit
    minimum: float
    maximum: float
    by_question: Mapping[str, float]  # scored questions only

    @property
    def percent(self) -> float:
        """Points as a share of the maximum, 0..100 (0 when nothing is scored)."""
        return 100.0 * max(0.0, self.points) / self.maximum if self.maximum > 0 else 0.0


def score_quiz(quiz: Quiz, responses: Mapping[str, Response]) -> QuizScore:
    """Score every scored question of ``quiz``; a missing response counts as unanswered."""
    by_question: dict[str, float] = {}
    low = high = 0.0
    for question in quiz.scored_questions:
        by_question[question.name] = score(question, responses.get(question.name)) or 0.0
        q_low, q_high = bounds(question)
        low, high = low + q_low, high + q_high
    return QuizScore(sum(by_question.values()), low, high, by_question)


def _form_pattern(form: str) -> re.Pattern[str]:
    parts = (re.escape(_squash(part)) for part in form.split("*"))
    return re.compile(".*".join(parts), re.IGNORECASE | re.DOTALL)


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


def _matching_forms(question: Question, text: str):
    given = _squash(text)
    return [c for c in question.choices if _form_pattern(c.text).fullmatch(given)]


def _numeric_feedback(question: Question, number: float) -> str:
    hits = [a for a in question.numbers if a.value is not None and a.accepts(number)]
    if hits:
        return max(hits, key=lambda a: a.fraction).feedback
    other = [a for a in question.numbers if a.value is None]
    return other[0].feedback if other else ""


def _matching_score(question: Question, picked: list[int | None]) -> float:
    options = question.match_options
    rights = [options.index(p.right) for p in question.pairs if p.left]
    return sum(1 for want, got in zip(rights, picked, strict=True) if want == got) / len(rights)


def _ordering_score(order: list[int]) -> float:
    if len(order) < 2:
        return 1.0
    kept = sum(1 for a, b in itertools.pairwise(order) if b == a + 1)
    return kept / (len(order) - 1)
