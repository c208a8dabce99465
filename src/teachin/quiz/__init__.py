"""The quiz engine: pure Python (no Qt, no SQL), built on ``teachin.content.gift``.

- ``response``: the JSON-able ``Response`` per question kind, ``normalize``, ``parse_number``.
- ``attempt``: ``Attempt`` (start, answer, change, skip, goto, review, submit, time out) as a
  list of ``Event``s; ``Attempt.rebuild(quiz, seed, events)`` resumes it exactly.
- ``scoring``: ``score``, ``bounds``, ``feedback``, ``score_quiz`` per GIFT semantics.
- ``shuffle``: seeded question and option order (same seed, same order).
- ``pairing``: pre/post core questions by ``::name::`` and the shift between them.

A kiosk typically does::

    attempt = Attempt.start(quiz)                   # store attempt.seed + attempt.events[0]
    event = attempt.answer(2)                       # store event.to_json() at once
    ...
    attempt = Attempt.rebuild(quiz, seed, stored)   # after a crash: same order, same answers
"""

from teachin.quiz.attempt import Attempt, AttemptError, Event
from teachin.quiz.response import Response, ResponseError, normalize, parse_number
from teachin.quiz.scoring import QuizScore, bounds, feedback, score, score_quiz

__all__ = [
    "Attempt",
    "AttemptError",
    "Event",
    "QuizScore",
    "Response",
    "ResponseError",
    "bounds",
    "feedback",
    "normalize",
    "parse_number",
    "score",
    "score_quiz",
]
