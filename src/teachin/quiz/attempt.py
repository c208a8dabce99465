"""One person's attempt at one quiz: an event-sourced state machine. Pure Python.

Every change is an ``Event`` (JSON-able via ``to_json``/``from_json``). Each action method
checks the move, applies it and returns the event; the caller stores that event at once, and
``Attempt.rebuild(quiz, seed, events)`` later gives back the same attempt (same order, same
answers, same score) after a crash or on another screen.

States::

    start() -> answering --review()--> reviewing --submit()--> submitted
                  ^   |                   |   |
                  |   +-- goto/next/skip  |   +--(time limit passes)--> timed_out
                  +------- goto(i) -------+

- ``answer`` (also to change or clear an answer: ``answer(None)``) works while answering or
  reviewing; ``skip`` leaves the current question unanswered and moves on; ``next`` past the
  last question opens the review; ``submit`` and ``time_out`` close the attempt for good.
- Time: ``at`` is wall-clock seconds (``time.time()``), so a timer survives a restart instead of
  starting over. With a time limit, call ``check_time(now)`` on a timer tick and on resume: it
  returns the ``time_out`` event once ``now`` reaches ``deadline``. Answers after it are refused.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from teachin.content.gift import Question, Quiz
from teachin.quiz import scoring, shuffle
from teachin.quiz.response import Response, ResponseError, normalize

Action = Literal["start", "answer", "skip", "goto", "review", "submit", "time_out"]
ACTIONS: tuple[str, ...] = ("start", "answer", "skip", "goto", "review", "submit", "time_out")
State = Literal["answering", "reviewing", "submitted", "timed_out"]


class AttemptError(ValueError):
    """A move the attempt does not allow now (answer after submit, unknown question, ...)."""


@dataclass(frozen=True)
class Event:
    seq: int  # 1, 2, 3 ... within the attempt; (attempt, seq) is unique
    action: Action
    at: float  # wall-clock seconds
    question: str | None = None  # answer, skip: the question's name
    response: Response = None  # answer: the normalized response
    position: int | None = None  # goto: the index in the shown order

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"seq": self.seq, "action": self.action, "at": self.at}
        if self.question is not None:
            data["question"] = self.question
        if self.action == "answer":
            data["response"] = self.response
        if self.position is not None:
            data["position"] = self.position
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Event:
        if data.get("action") not in ACTIONS:
            raise AttemptError(f"unknown action {data.get('action')!r}")
        return cls(
            seq=int(data["seq"]),
            action=data["action"],
            at=float(data["at"]),
            question=data.get("question"),
            response=data.get("response"),
            position=data.get("position"),
        )


class Attempt:
    """Use ``Attempt.start`` or ``Attempt.rebuild``; read the properties, act with the methods."""

    def __init__(self, quiz: Quiz, seed: int) -> None:
        self.quiz = quiz
        self.seed = seed
        self.order: tuple[str, ...] = shuffle.question_order(quiz, seed)
        self.events: list[Event] = []
        self.ignored: list[Event] = []  # stored events that no longer apply (quiz edited)
        self.state: State = "answering"
        self.position = 0
        self.responses: dict[str, Response] = {}
        self.skipped: set[str] = set()
        self.started_at = 0.0
        self.ended_at: float | None = None

    # -- making one --------------------------------------------------------------------------

    @classmethod
    def start(cls, quiz: Quiz, seed: int | None = None, at: float | None = None) -> Attempt:
        attempt = cls(quiz, shuffle.new_seed() if seed is None else seed)
        attempt._apply(Event(1, "start", _now(at)))
        return attempt

    @classmethod
    def rebuild(cls, quiz: Quiz, seed: int, events: Iterable[Event | Mapping]) -> Attempt:
        """Replay stored events (in ``seq`` order; JSON dicts accepted). Events that no longer
        fit, e.g. an answer to a question since removed from the quiz, land in ``ignored``."""
        attempt = cls(quiz, seed)
        loaded = [e if isinstance(e, Event) else Event.from_json(e) for e in events]
        for event in sorted(loaded, key=lambda e: e.seq):
            try:
                attempt._apply(event)
            except (AttemptError, ResponseError):
                attempt.ignored.append(event)
        if not attempt.events:
            raise AttemptError("no start event")
        return attempt

    # -- reading it --------------------------------------------------------------------------

    @property
    def finished(self) -> bool:
        return self.state in ("submitted", "timed_out")

    @property
    def current(self) -> Question:
        return self.quiz.question(self.order[self.position])

    @property
    def deadline(self) -> float | None:
        limit = self.quiz.time_limit
        return None if limit is None else self.started_at + limit

    def remaining(self, now: float | None = None) -> float | None:
        """Seconds left (never below 0), or None when the quiz is untimed."""
        deadline = self.deadline
        return None if deadline is None else max(0.0, deadline - _now(now))

    def response(self, name: str) -> Response:
        return self.responses.get(name)

    @property
    def unanswered(self) -> tuple[str, ...]:
        """Questions (in shown order) still without an answer, descriptions left out."""
        return tuple(
            n
            for n in self.order
            if self.quiz.question(n).kind != "description" and self.responses.get(n) is None
        )

    def choice_order(self, name: str) -> tuple[int, ...]:
        """How this attempt shows the options of question ``name`` (see shuffle.choice_order)."""
        return shuffle.choice_order(self.quiz, self.quiz.question(name), self.seed)

    def score(self) -> scoring.QuizScore:
        return scoring.score_quiz(self.quiz, self.responses)

    def feedback(self, name: str) -> tuple[str, ...]:
        return scoring.feedback(self.quiz.question(name), self.responses.get(name))

    # -- acting on it ------------------------------------------------------------------------

    def answer(self, response: object, question: str | None = None, at: float | None = None):
        """Give, change or (with None) clear the answer to ``question`` (default: current)."""
        name = self.order[self.position] if question is None else question
        return self._act("answer", at, question=name, response=response)

    def skip(self, at: float | None = None) -> Event:
        """Leave the current question unanswered and move on (to the review after the last)."""
        return self._act("skip", at, question=self.order[self.position])

    def goto(self, position: int, at: float | None = None) -> Event:
        return self._act("goto", at, position=position)

    def next(self, at: float | None = None) -> Event:
        if self.position + 1 >= len(self.order):
            return self.review(at)
        return self.goto(self.position + 1, at)

    def previous(self, at: float | None = None) -> Event:
        return self.goto(max(0, self.position - 1), at)

    def review(self, at: float | None = None) -> Event:
        return self._act("review", at)

    def submit(self, at: float | None = None) -> Event:
        return self._act("submit", at)

    def time_out(self, at: float | None = None) -> Event:
        return self._act("time_out", at)

    def check_time(self, now: float | None = None) -> Event | None:
        """Time the attempt out if its limit has passed; the event to store, else None."""
        deadline = self.deadline
        if self.finished or deadline is None or _now(now) < deadline:
            return None
        return self._act("time_out", max(_now(now), deadline))

    # -- the state machine -------------------------------------------------------------------

    def _act(self, action: Action, at: float | None, **fields: Any) -> Event:
        seq = self.events[-1].seq + 1 if self.events else 1
        event = Event(seq, action, _now(at), **fields)
        return self._apply(event)

    def _apply(self, event: Event) -> Event:
        action = event.action
        if action == "start":
            if self.events:
                raise AttemptError("the attempt has already started")
            self.started_at = event.at
        elif not self.events:
            raise AttemptError("the attempt has not started")
        elif self.finished:
            raise AttemptError(f"the attempt is {self.state.replace('_', ' ')}")
        elif action in ("answer", "skip"):
            event = self._apply_answer(event)
        elif action == "goto":
            if event.position is None or not 0 <= event.position < len(self.order):
                raise AttemptError(f"no question at position {event.position}")
            self.position, self.state = event.position, "answering"
        elif action == "review":
            self.state = "reviewing"
        elif action in ("submit", "time_out"):
            self.state = "submitted" if action == "submit" else "timed_out"
            self.ended_at = event.at
        self.events.append(event)
        return event

    def _apply_answer(self, event: Event) -> Event:
        name = event.question
        if name not in self.quiz:
            raise AttemptError(f"no question called {name!r}")
        deadline = self.deadline
        if deadline is not None and event.at > deadline:
            raise AttemptError("the time limit has passed")
        if event.action == "skip":
            if self.responses.get(name) is None:
                self.skipped.add(name)
            if self.position + 1 < len(self.order):
                self.position += 1
            else:
                self.state = "reviewing"
            return event
        response = normalize(self.quiz.question(name), event.response)
        self.responses[name] = response
        self.skipped.discard(name)
        return Event(event.seq, "answer", event.at, name, response)


def _now(at: float | None) -> float:
    return time.time() if at is None else float(at)
