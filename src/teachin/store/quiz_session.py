"""One participant's turn at a shared laptop: the quiz engine and the store, joined.

Every answer is normalised, scored and committed to the database *before* the engine moves on,
so what the screen acknowledges is on disk. A participant who comes back (after a crash, a
pulled plug, or simply later) types the same nickname and resumes the same attempt: same
question order (the shuffle seed comes from the attempt id), every given answer intact. The
kiosk finds it with ``unfinished`` and asks "is that you?" before showing any of it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime

from teachin.content.gift import Quiz
from teachin.i18n import translate
from teachin.quiz import Attempt, AttemptError, Event, Response, bounds, normalize, score
from teachin.store.answers import Attempt as StoredAttempt
from teachin.store.answers import (
    answers_for_attempt,
    attempts_for,
    finish_attempt,
    new_id,
    record_answer,
    start_attempt,
)
from teachin.store.db import Store


def seed_for(attempt_id: str) -> int:
    """The shuffle seed of an attempt, derived from its id so a resume needs nothing else."""
    return int.from_bytes(hashlib.sha256(attempt_id.encode()).digest()[:8], "big")


def _timestamp(iso: str) -> float:
    return datetime.fromisoformat(iso).timestamp()


@dataclass
class QuizSession:
    store: Store
    quiz: Quiz
    nickname: str
    attempt_id: str
    attempt: Attempt
    resumed: bool = False
    # (question, response, answer id) of a write that failed: a retry reuses the id, so an
    # answer that did reach the disk before the error cannot be stored twice.
    _pending: tuple[str, Response, str] | None = field(default=None, repr=False)

    @classmethod
    def begin(cls, store: Store, quiz: Quiz, nickname: str) -> QuizSession:
        """Resume ``nickname``'s unfinished attempt at ``quiz``, or start a new one.
        The kiosk asks first (``unfinished``): two people may share a name."""
        return cls.unfinished(store, quiz, nickname) or cls.start(store, quiz, nickname)

    @classmethod
    def unfinished(cls, store: Store, quiz: Quiz, nickname: str) -> QuizSession | None:
        """``nickname``'s latest unfinished attempt at ``quiz``, rebuilt in memory (nothing is
        written), or None. Nothing is shown: the caller decides whether to carry on with it."""
        nickname = nickname.strip()
        if not nickname:
            raise ValueError(translate("store", "please type a name"))
        unfinished = [a for a in attempts_for(store, nickname, quiz.name) if not a.finished]
        return cls._resume(store, quiz, unfinished[-1]) if unfinished else None

    @classmethod
    def start(cls, store: Store, quiz: Quiz, nickname: str) -> QuizSession:
        """A new attempt at ``quiz`` for ``nickname``, committed before this returns."""
        nickname = nickname.strip()
        if not nickname:
            raise ValueError(translate("store", "please type a name"))
        attempt_id = new_id()
        start_attempt(
            store,
            nickname=nickname,
            quiz=quiz.name,
            attempt_id=attempt_id,
            quiz_version=quiz.version,
        )
        attempt = Attempt.start(quiz, seed_for(attempt_id))
        return cls(store, quiz, nickname, attempt_id, attempt)

    @classmethod
    def _resume(cls, store: Store, quiz: Quiz, row: StoredAttempt) -> QuizSession:
        answers = sorted(answers_for_attempt(store, row.id).values(), key=lambda a: a.answered_at)
        events: list[Event] = [Event(1, "start", _timestamp(row.started_at))]
        for seq, answer in enumerate(answers, start=2):
            events.append(
                Event(
                    seq, "answer", _timestamp(answer.answered_at), answer.question, answer.response
                )
            )
        attempt = Attempt.rebuild(quiz, seed_for(row.id), events)
        unanswered = attempt.unanswered
        if unanswered:  # back to the first question still open
            attempt.goto(attempt.order.index(unanswered[0]))
        else:
            attempt.review()
        return cls(store, quiz, row.nickname, row.id, attempt, resumed=True)

    @property
    def finished(self) -> bool:
        return self.attempt.finished

    @property
    def progress(self) -> tuple[int, int]:
        """(questions answered, questions to answer): descriptions are not counted."""
        attempt = self.attempt
        total = sum(1 for n in attempt.order if self.quiz.question(n).kind != "description")
        return total - len(attempt.unanswered), total

    def answer(self, raw: object) -> Response:
        """Save the answer to the current question; raises ResponseError for a bad value,
        AttemptError once the time is up, and StoreError when it could not be kept (the screen
        must then not move on)."""
        if self.check_time():  # never store an answer the engine would refuse as too late
            raise AttemptError(translate("store", "the time for this quiz is up"))
        question = self.attempt.current
        response = normalize(question, raw)
        if response == self.attempt.response(question.name):
            return response  # nothing changed: nothing to write
        pending = self._pending
        retry = pending is not None and pending[:2] == (question.name, response)
        answer_id = pending[2] if pending and retry else new_id()
        self._pending = (question.name, response, answer_id)
        points = score(question, response)
        best = bounds(question)[1]
        correct = None if points is None or response is None else points >= best > 0
        record_answer(
            self.store,
            answer_id=answer_id,
            attempt_id=self.attempt_id,
            question=question.name,
            response=response,
            correct=correct,
            points=points,
        )
        self._pending = None
        self.attempt.answer(response)
        return response

    def check_time(self) -> bool:
        """Close the attempt if its time limit has passed; True if it just timed out."""
        if self.attempt.check_time() is None:
            return False
        finish_attempt(self.store, attempt_id=self.attempt_id)
        return True

    def submit(self) -> None:
        if not self.attempt.finished:
            self.attempt.submit()
        finish_attempt(self.store, attempt_id=self.attempt_id)
