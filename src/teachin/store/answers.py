"""Participants, attempts and answers: the operations the kiosk and the room chart call.

Every write is one committed transaction when the call returns, so an answer acknowledged on
screen survives a crash or a kill. The caller makes the answer's id (``new_id()``) *before*
calling ``record_answer``; if the process dies after the commit but before the screen moved on,
calling again with the same id changes nothing (a retry cannot duplicate an answer).

Responses are whatever JSON-able value the quiz engine gives; they are stored as JSON text and
handed back decoded, never interpreted here.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from teachin.i18n import translate
from teachin.store.db import Store, StoreError
from teachin.store.util import now_iso


def new_id() -> str:
    """A fresh row id (UUID4 text). Make it before the write, keep it for a retry."""
    return str(uuid.uuid4())


@dataclass(frozen=True)
class Attempt:
    id: str
    participant_id: str
    nickname: str
    quiz: str
    quiz_version: str | None
    started_at: str
    finished_at: str | None
    device_id: str

    @property
    def finished(self) -> bool:
        return self.finished_at is not None


@dataclass(frozen=True)
class Answer:
    id: str
    attempt_id: str
    nickname: str
    quiz: str
    question: str
    response: Any  # decoded JSON, as the engine gave it
    correct: bool | None
    points: float | None
    answered_at: str
    device_id: str


@contextlib.contextmanager
def _saving(action: str) -> Iterator[None]:
    """Turn SQLite errors into StoreError: the kiosk shows it and does not move on."""
    try:
        yield
    except sqlite3.Error as error:
        raise StoreError(
            translate("store", "could not save {action}: {error}").format(
                action=action, error=error
            )
        ) from error


def participant_id(store: Store, nickname: str) -> str:
    """The id of ``nickname`` on this laptop, creating the participant on first use."""
    nickname = nickname.strip()
    if not nickname:
        raise ValueError(translate("store", "a nickname cannot be empty"))
    with _saving("the participant"), store.write() as db:
        row = db.execute(
            "SELECT id FROM participants WHERE nickname = ? AND device_id = ? LIMIT 1",
            [nickname, store.device_id],
        ).fetchone()
        if row:
            return str(row[0])
        new = new_id()
        db["participants"].insert(
            {"id": new, "nickname": nickname, "device_id": store.device_id, "created_at": now_iso()}
        )
        return new


def start_attempt(
    store: Store,
    *,
    nickname: str,
    quiz: str,
    attempt_id: str | None = None,
    quiz_version: str | None = None,
) -> str:
    """Open an attempt at ``quiz`` for ``nickname``; returns its id (``attempt_id`` if given,
    which makes a retry after a crash harmless)."""
    attempt_id = attempt_id or new_id()
    person = participant_id(store, nickname)
    with _saving("the attempt"), store.write() as db:
        db["attempts"].insert(
            {
                "id": attempt_id,
                "participant_id": person,
                "quiz": quiz,
                "quiz_version": quiz_version,
                "device_id": store.device_id,
                "started_at": now_iso(),
                "finished_at": None,
            },
            ignore=True,
        )
    return attempt_id


# Raw SQL on the hot path: ON CONFLICT(id) DO NOTHING ignores only a repeated id (INSERT OR
# IGNORE would also swallow a NOT NULL failure), and the quiz name comes from the attempt row.
_INSERT_ANSWER = """
INSERT INTO answers (id, attempt_id, quiz, question, response, correct, points, answered_at,
                     device_id)
SELECT ?, id, quiz, ?, ?, ?, ?, ?, ? FROM attempts WHERE id = ?
ON CONFLICT(id) DO NOTHING
"""


def record_answer(
    store: Store,
    *,
    answer_id: str,
    attempt_id: str,
    question: str,
    response: Any,
    correct: bool | None = None,
    points: float | None = None,
) -> bool:
    """Store one answer and commit it before returning.

    Returns True if it was stored now, False if ``answer_id`` was already stored (a retry).
    Raises StoreError if it could not be saved (unknown attempt, disk full, ...): the kiosk
    must then say so rather than move on.
    """
    payload = json.dumps(response, ensure_ascii=False, sort_keys=True)
    mark = None if correct is None else int(bool(correct))
    with _saving("the answer"), store.write() as db:
        cursor = db.execute(
            _INSERT_ANSWER,
            [answer_id, question, payload, mark, points, now_iso(), store.device_id, attempt_id],
        )
        if cursor.rowcount == 1:
            return True
        if db.execute("SELECT 1 FROM answers WHERE id = ?", [answer_id]).fetchone():
            return False
    raise StoreError(
        translate("store", "could not save the answer: no attempt {attempt_id}").format(
            attempt_id=attempt_id
        )
    )


def finish_attempt(store: Store, *, attempt_id: str) -> None:
    """Mark an attempt finished (the first finish time is kept)."""
    with _saving("the end of the attempt"), store.write() as db:
        db.execute(
            "UPDATE attempts SET finished_at = ? WHERE id = ? AND finished_at IS NULL",
            [now_iso(), attempt_id],
        )


_ATTEMPTS = """
SELECT a.id, a.participant_id, p.nickname, a.quiz, a.quiz_version, a.started_at,
       a.finished_at, a.device_id
FROM attempts a JOIN participants p ON p.id = a.participant_id
"""

_ANSWERS = """
SELECT n.id, n.attempt_id, p.nickname, n.quiz, n.question, n.response, n.correct, n.points,
       n.answered_at, n.device_id
FROM answers n JOIN attempts a ON a.id = n.attempt_id JOIN participants p ON p.id = a.participant_id
"""

# The latest answer per (attempt, question): a changed answer is a new row, the newest counts.
_LATEST = """
 AND NOT EXISTS (SELECT 1 FROM answers m WHERE m.attempt_id = n.attempt_id
   AND m.question = n.question AND (m.answered_at, m.id) > (n.answered_at, n.id))
"""


def _attempt(row: Iterable[Any]) -> Attempt:
    return Attempt(*row)


def _answer(row: tuple[Any, ...]) -> Answer:
    values = list(row)
    values[5] = json.loads(values[5])
    values[6] = None if values[6] is None else bool(values[6])
    return Answer(*values)


def attempts_for(store: Store, nickname: str, quiz: str | None = None) -> list[Attempt]:
    """Every attempt by ``nickname`` (on any laptop merged here), oldest first."""
    sql = _ATTEMPTS + " WHERE p.nickname = ?"
    params: list[Any] = [nickname.strip()]
    if quiz is not None:
        sql += " AND a.quiz = ?"
        params.append(quiz)
    rows = store.db.execute(sql + " ORDER BY a.started_at, a.id", params)
    return [_attempt(row) for row in rows]


def attempts(store: Store, quiz: str | None = None) -> list[Attempt]:
    """All attempts (at ``quiz``, if given), oldest first."""
    sql, params = _ATTEMPTS, []
    if quiz is not None:
        sql += " WHERE a.quiz = ?"
        params.append(quiz)
    return [_attempt(r) for r in store.db.execute(sql + " ORDER BY a.started_at, a.id", params)]


def answers_for_attempt(store: Store, attempt_id: str) -> dict[str, Answer]:
    """The current answer to each question of one attempt (to resume it after a restart)."""
    rows = store.db.execute(_ANSWERS + " WHERE n.attempt_id = ?" + _LATEST, [attempt_id])
    return {answer.question: answer for answer in map(_answer, rows)}


def answers_for_question(store: Store, quiz: str, question: str) -> list[Answer]:
    """The current answer of every attempt to one question, oldest first (the room chart).
    An answer cleared since (latest response ``None``) is left out."""
    rows = store.db.execute(
        _ANSWERS
        + " WHERE n.quiz = ? AND n.question = ? AND n.response != 'null'"
        + _LATEST
        + " ORDER BY n.answered_at",
        [quiz, question],
    )
    return [_answer(row) for row in rows]


def all_answers(store: Store, quiz: str | None = None) -> list[Answer]:
    """Every stored answer, superseded ones included, in time order (for export)."""
    sql, params = _ANSWERS, []
    if quiz is not None:
        sql += " WHERE n.quiz = ?"
        params.append(quiz)
    rows = store.db.execute(sql + " ORDER BY n.answered_at, n.id", params)
    return [_answer(row) for row in rows]
