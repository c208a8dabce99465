"""The room's rules: who is in, what is open, and how an answer reaches the store.

``RoomCore`` holds the phones (token -> Phone) and what the facilitator opened: one live question,
or one quiz each phone takes at its own pace. It runs on the room's asyncio loop; every database
call goes through ``write`` (one thread, one connection: see server.py), and memory changes only
after the commit, so an acknowledgement always means the answer is on disk.

Answers reuse the kiosk's model: a participant row per nickname, an attempt per phone and quiz
(``QuizSession``), ``teachin.quiz`` to check and score, ``record_answer`` to commit (the id the
phone made: a resend stores nothing new).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import secrets
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import Any, NamedTuple

from teachin.content.gift import Question, Quiz
from teachin.i18n import translate
from teachin.quiz import AttemptError, ResponseError, bounds, normalize, parse_number, score
from teachin.quiz.shuffle import choice_order
from teachin.room.protocol import (
    MAX_SHORT,
    AnswerMessage,
    Join,
    Leave,
    Message,
    Ping,
    Refused,
    Submit,
)
from teachin.room.texts import feedback_now, from_positions, question_json, summary, to_positions
from teachin.store.answers import attempts_for, record_answer
from teachin.store.db import Store
from teachin.store.quiz_session import QuizSession

Write = Callable[..., Awaitable[Any]]  # write(function, *args): run it on the writer thread


class Limits(NamedTuple):
    max_phones: int = 300
    answers_per_second: float = 4.0  # per phone, sustained
    answer_burst: int = 20  # per phone, at once (a self-paced quiz sent after a reconnect)
    joins_per_minute: float = 30.0  # per network address: joins, wrong codes, stale tokens


class Bucket:
    """A token bucket: ``take()`` is False once the burst is spent faster than the rate."""

    def __init__(self, rate: float, burst: float) -> None:
        self.rate, self.burst = rate, burst
        self.tokens, self.at = float(burst), time.monotonic()

    def take(self) -> bool:
        now = time.monotonic()
        self.tokens = min(self.burst, self.tokens + (now - self.at) * self.rate)
        self.at = now
        if self.tokens < 1:
            return False
        self.tokens -= 1
        return True


DEFAULT_LIMITS = Limits()


@dataclass(eq=False)
class Phone:
    token: str
    nickname: str
    seed: str  # 16 hex digits: shuffles this phone's options in live questions
    bucket: Bucket
    sessions: dict[tuple[str, bool], QuizSession] = field(default_factory=dict)  # (quiz, live)
    sockets: set[Any] = field(default_factory=set)
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    def order(self, quiz: Quiz, name: str, live: bool) -> tuple[int, ...]:
        """How this phone shows the options of question ``name``: by its attempt's seed in a
        self-paced quiz (as the kiosk), by its own seed for live questions (no attempt yet)."""
        session = self.sessions.get((quiz.name, False))
        seed = int(self.seed, 16) if live or session is None else session.attempt.seed
        return choice_order(quiz, quiz.question(name), seed)


class RoomEvent(NamedTuple):
    """What the presenter hears: ``kind`` is "joined", "left" or "answer"; the counts are the room's
    now (``answered``: phones that answered the live question, or finished the self-paced
    quiz). ``quiz``/``question`` name the answer's question."""

    kind: str
    joined: int
    answered: int
    quiz: str | None = None
    question: str | None = None


class RoomCore:
    def __init__(
        self,
        store: Store,
        quizzes: Mapping[str, Quiz],
        code: str,
        write: Write,
        limits: Limits = DEFAULT_LIMITS,
        on_event: Callable[[RoomEvent], None] | None = None,
    ) -> None:
        self.store, self.quizzes, self.code, self.limits = store, quizzes, code, limits
        self.write = write
        self.on_event = on_event
        self.phones: dict[str, Phone] = {}
        self.live: tuple[str, str] | None = None
        self.self_paced: str | None = None
        self._claimed: dict[str, str] = {}  # attempt id -> token of the phone that holds it

    # -- the facilitator (Python calls only) ---------------------------------------------------

    def check_live(self, quiz: str, question: str) -> None:
        if quiz not in self.quizzes or question not in self.quizzes[quiz]:
            raise KeyError(
                translate("room", "no question {question!r} in quiz {quiz!r}").format(
                    question=question, quiz=quiz
                )
            )

    def set_live(self, live: tuple[str, str] | None) -> None:
        self.live, self.self_paced = live, None

    def start_quiz(self, quiz: str | None) -> None:
        if quiz is not None and quiz not in self.quizzes:
            raise KeyError(translate("room", "no quiz {quiz!r}").format(quiz=quiz))
        self.live, self.self_paced = None, quiz

    def set_quizzes(self, quizzes: Mapping[str, Quiz]) -> None:
        """A reloaded deck: what is live stays live if the deck still has it, else phones wait.
        A phone keeps its attempt at a quiz whose questions kept their names (a wording fix
        must not let it answer twice); a quiz whose questions changed starts a new attempt."""
        old, self.quizzes = self.quizzes, quizzes
        changed = {
            name for name, quiz in old.items() if not _same_questions(quiz, quizzes.get(name))
        }
        for phone in self.phones.values():
            for key in [key for key in phone.sessions if key[0] in changed]:
                self._claimed.pop(phone.sessions.pop(key).attempt_id, None)
        if self.live is not None and (
            self.live[0] not in quizzes or self.live[1] not in quizzes[self.live[0]]
        ):
            self.live = None
        if self.self_paced is not None and self.self_paced not in quizzes:
            self.self_paced = None

    # -- joining -------------------------------------------------------------------------------

    async def join(self, request: Join) -> Phone:
        if len(self.phones) >= self.limits.max_phones:
            raise Refused(503, translate("room", "The room is full. Ask the facilitator."))
        name = request.nickname
        if any(p.nickname.casefold() == name.casefold() for p in self.phones.values()):
            raise Refused(
                409,
                translate(
                    "room",
                    "Someone in the room already uses “{name}”. Add something to tell you apart, "
                    "for example “{name} K”.",
                ).format(name=name),
            )
        limits = self.limits
        phone = Phone(
            secrets.token_urlsafe(24),
            name,
            request.seed or secrets.token_hex(8),
            Bucket(limits.answers_per_second, limits.answer_burst),
        )
        if request.resume:
            await self._resume(phone, request.resume)
        self.phones[phone.token] = phone
        self.emit("joined")
        return phone

    async def _resume(self, phone: Phone, attempt_ids: tuple[str, ...]) -> None:
        """Give back the attempts this phone held before the room restarted: only its own
        nickname's, and none another phone in the room holds (an attempt id is never shown to
        anyone but the phone that made it)."""
        rows = await self.write(attempts_for, self.store, phone.nickname)
        for row in rows:
            quiz = self.quizzes.get(row.quiz)
            if row.id not in attempt_ids or quiz is None or row.id in self._claimed:
                continue
            live = self.self_paced != row.quiz
            variant = _untimed(quiz) if live else quiz
            session = await self.write(QuizSession._resume, self.store, variant, row)
            phone.sessions[(quiz.name, live)] = session
            self._claimed[row.id] = phone.token

    def phone(self, token: str) -> Phone:
        phone = self.phones.get(token)
        if phone is None:
            raise Refused(
                401, translate("room", "This phone is no longer in the room: joining again.")
            )
        return phone

    # -- what a phone sees ---------------------------------------------------------------------

    async def state(self, phone: Phone) -> dict[str, Any]:
        data: dict[str, Any] = {"type": "state", "nickname": phone.nickname, "mode": "waiting"}
        if self.live is not None:
            quiz = self.quizzes[self.live[0]]
            question = quiz.question(self.live[1])
            order = phone.order(quiz, question.name, True)
            session = phone.sessions.get((quiz.name, True))
            mine = session.attempt.response(question.name) if session else None
            data.update(
                mode="live",
                quiz=quiz.name,
                title=quiz.title,
                question=question_json(question, order),
                answer=to_positions(question, order, mine),
            )
        elif self.self_paced is not None:
            quiz = self.quizzes[self.self_paced]
            async with phone.lock:
                session = await self._session(phone, quiz, live=False)
                await self.write(session.check_time)
            attempt = session.attempt
            orders = {n: phone.order(quiz, n, False) for n in attempt.order}
            data.update(
                mode="quiz",
                quiz=quiz.name,
                title=quiz.title,
                questions=[question_json(quiz.question(n), orders[n]) for n in attempt.order],
                answers={
                    n: to_positions(quiz.question(n), orders[n], attempt.response(n))
                    for n in attempt.order
                    if attempt.response(n) is not None
                },
                remaining=attempt.remaining(),
                finished=attempt.finished,
                timed_out=attempt.state == "timed_out",
                summary=summary(quiz, attempt) if attempt.finished else None,
            )
        data["attempts"] = [s.attempt_id for s in phone.sessions.values()]
        return data

    # -- what a phone sends --------------------------------------------------------------------

    async def handle(self, phone: Phone, message: Message) -> dict[str, Any]:
        if not phone.bucket.take():
            raise Refused(
                429, translate("room", "Too many messages at once: wait a moment, then try again.")
            )
        if isinstance(message, Ping):
            return {"type": "pong"}
        if isinstance(message, Leave):
            self.phones.pop(phone.token, None)
            for session in phone.sessions.values():
                self._claimed.pop(session.attempt_id, None)
            self.emit("left")
            return {"type": "left"}
        if isinstance(message, Submit):
            return await self._submit(phone, message)
        return await self._answer(phone, message)

    async def _answer(self, phone: Phone, message: AnswerMessage) -> dict[str, Any]:
        quiz, live = self._open_quiz(message)
        question = quiz.question(message.question)
        if question.kind == "description":
            raise Refused(400, translate("room", "This part has no answer to give."))
        async with phone.lock:
            if not live:  # a self-paced quiz shows options in its attempt's order: start it
                await self._session(phone, quiz, live)
            response = _read(question, phone.order(quiz, question.name, live), message.value)
            points = score(question, response)
            best = bounds(question)[1]  # right = full marks, as the kiosk marks it
            correct = None if points is None or response is None else points >= best > 0
            session = await self._session(phone, quiz, live)
            if await self.write(session.check_time) or session.finished:
                raise Refused(
                    409,
                    translate(
                        "room", "The time for this quiz is up: no more answers can be given."
                    ),
                )
            stored = await self.write(
                partial(
                    record_answer,
                    self.store,
                    answer_id=message.id,
                    attempt_id=session.attempt_id,
                    question=question.name,
                    response=response,
                    correct=correct,
                    points=points,
                )
            )
            # stored just as the time ran out: it counts, as on the kiosk
            with contextlib.suppress(AttemptError):
                session.attempt.answer(response, question=question.name)
        self.emit("answer", quiz.name, question.name)
        reply: dict[str, Any] = {"type": "ack", "id": message.id, "stored": stored}
        notes = feedback_now(quiz, question, response)
        if notes is not None:
            reply["feedback"] = notes
        return reply

    async def _submit(self, phone: Phone, message: Submit) -> dict[str, Any]:
        if self.self_paced != message.quiz:
            raise Refused(409, translate("room", "This quiz is not open any more."))
        quiz = self.quizzes[message.quiz]
        async with phone.lock:
            session = await self._session(phone, quiz, live=False)
            await self.write(session.submit)
        self.emit("answer", quiz.name)
        return {"type": "done", "quiz": quiz.name, "summary": summary(quiz, session.attempt)}

    def _open_quiz(self, message: AnswerMessage) -> tuple[Quiz, bool]:
        """The quiz the answer belongs to, if its question is open now; and whether live."""
        if self.live == (message.quiz, message.question):
            return self.quizzes[message.quiz], True
        quiz = self.quizzes.get(message.quiz)
        if self.self_paced == message.quiz and quiz is not None and message.question in quiz:
            return quiz, False
        raise Refused(409, translate("room", "This question is not open any more."))

    async def _session(self, phone: Phone, quiz: Quiz, live: bool) -> QuizSession:
        """This phone's attempt at ``quiz``, started (and committed) on first need. A live
        question ignores the quiz's time limit: the presenter sets the pace."""
        session = phone.sessions.get((quiz.name, live))
        if session is None:
            variant = _untimed(quiz) if live else quiz
            session = await self.write(_start_session, self.store, variant, phone.nickname)
            phone.sessions[(quiz.name, live)] = session
            self._claimed[session.attempt_id] = phone.token
        return session

    # -- counts for the presenter --------------------------------------------------------------

    def answered(self) -> int:
        if self.live is not None:
            quiz, question = self.live
            return sum(
                1
                for p in self.phones.values()
                if (s := p.sessions.get((quiz, True))) and s.attempt.response(question) is not None
            )
        if self.self_paced is not None:
            key = (self.self_paced, False)
            return sum(
                1 for p in self.phones.values() if key in p.sessions and p.sessions[key].finished
            )
        return 0

    def emit(self, kind: str, quiz: str | None = None, question: str | None = None) -> None:
        if self.on_event is not None:
            self.on_event(RoomEvent(kind, len(self.phones), self.answered(), quiz, question))


def _same_questions(old: Quiz, new: Quiz | None) -> bool:
    return new is not None and [q.name for q in old.questions] == [q.name for q in new.questions]


def _read(question: Question, order: tuple[int, ...], value: Any) -> Any:
    """The phone's answer as the engine's normalized response, or Refused with the reason."""
    value = from_positions(question, order, value)
    if question.kind == "numeric" and isinstance(value, str):
        number = parse_number(value) if len(value) <= MAX_SHORT else None
        if number is None and value.strip():
            raise Refused(
                400,
                translate(
                    "room", "“{value}” is not a number. Type digits, e.g. 250 or 2.5."
                ).format(value=value[:40]),
            )
        value = number
    if question.kind == "short" and isinstance(value, str) and len(value) > MAX_SHORT:
        raise Refused(
            413,
            translate("room", "The answer is too long (over {MAX_SHORT} characters).").format(
                MAX_SHORT=MAX_SHORT
            ),
        )
    try:
        return normalize(question, value)
    except ResponseError as error:
        raise Refused(
            400,
            translate("room", "That answer does not fit this question: {error}.").format(
                error=error
            ),
        ) from None


def _start_session(store: Store, quiz: Quiz, nickname: str) -> QuizSession:
    """QuizSession.start in one transaction (participant and attempt: its writes nest as
    savepoints), so a phone's first answer waits for two commits, not three."""
    with store.write():
        return QuizSession.start(store, quiz, nickname)


def _untimed(quiz: Quiz) -> Quiz:
    return quiz if quiz.time_limit is None else dataclasses.replace(quiz, time_limit=None)
