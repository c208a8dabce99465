"""Kiosks forward their stored answers to the room (issue 15): checked, then merged idempotently.

A kiosk joins with the room code and its laptop's ``device_id`` (``POST /api/kiosk/join``) and
gets its own token; then it sends what its own database holds and the room has not acknowledged
(``POST /api/kiosk/batch``)::

    {"code", "token",
     "participants": [{"id", "nickname", "device_id", "created_at"}],
     "attempts": [{"id", "participant_id", "quiz", "quiz_version", "device_id", "started_at",
                   "finished_at"}],
     "answers": [{"id", "attempt_id", "quiz", "question", "response", "correct", "points",
                  "answered_at", "device_id"}]}

Rows are the kiosk database's rows, ids unchanged, so merging is a set union as for bundles
(store/bundle.py): the same row sent twice, or later in a USB bundle, is stored once. Every row
must carry the kiosk's own ``device_id`` (a kiosk forwards only its own answers). The reply lists
the answer ids the room now holds: the kiosk may drop exactly those from its outbox. An answer
whose attempt the room does not hold (neither stored nor in the batch) is left out and named.
"""

from __future__ import annotations

import json
import math
from datetime import datetime
from typing import Any, NamedTuple

from teachin.content.gift import Quiz
from teachin.i18n import translate
from teachin.quiz import ResponseError, normalize
from teachin.room.protocol import (
    MAX_BATCH,
    MAX_ESSAY,
    MAX_NAME,
    UUID,
    Refused,
    clean_nickname,
    parse_json,
)
from teachin.store.db import Store

MAX_KIOSK_BODY = 1024 * 1024  # a batch of MAX_BATCH answers with long essays fits


class Batch(NamedTuple):
    participants: tuple[dict[str, Any], ...]
    attempts: tuple[dict[str, Any], ...]
    answers: tuple[dict[str, Any], ...]


def parse_kiosk_join(data: dict[str, Any]) -> tuple[str, str]:
    """(device_id, name) of a kiosk joining."""
    device = data.get("device_id")
    if not isinstance(device, str) or not UUID.fullmatch(device):
        raise Refused(400, translate("room", "A kiosk joins with its laptop's device id."))
    return device, clean_nickname(data.get("name", "kiosk"))


def read_batch(body: bytes) -> dict[str, Any]:
    """The batch's JSON object (kiosk batches may be larger than a phone's message)."""
    if len(body) > MAX_KIOSK_BODY:
        raise Refused(413, translate("room", "The batch is too large: send fewer rows at once."))
    return parse_json(body, MAX_KIOSK_BODY)


def parse_batch(data: dict[str, Any], device_id: str, quizzes: dict[str, Quiz]) -> Batch:
    """Check every row of a batch (shape, sizes, the kiosk's own device, answers that fit their
    question when the room knows the quiz); any bad row refuses the whole batch."""
    tables = []
    for table, check in (("participants", _participant), ("attempts", _attempt)):
        rows = _rows(data, table)
        tables.append(tuple(check(row, device_id) for row in rows))
    answers = tuple(_answer(row, device_id, quizzes) for row in _rows(data, "answers"))
    return Batch(tables[0], tables[1], answers)


def store_batch(store: Store, batch: Batch) -> dict[str, Any]:
    """Merge ``batch`` in one transaction; returns counts added and the answer ids held now."""
    added = {}
    with store.write() as db:
        for table, rows in (("participants", batch.participants), ("attempts", batch.attempts)):
            before = store.conn.total_changes
            for row in rows:
                columns = ", ".join(row)
                marks = ", ".join("?" for _ in row)
                conflict = "DO NOTHING"
                if table == "attempts":  # finished on the kiosk after it was first forwarded
                    conflict = (
                        "DO UPDATE SET finished_at = excluded.finished_at "
                        "WHERE attempts.finished_at IS NULL AND excluded.finished_at IS NOT NULL "
                        "AND attempts.device_id = excluded.device_id"
                    )
                exists = ""
                if table == "attempts":  # its participant must be held (foreign key)
                    exists = " WHERE EXISTS (SELECT 1 FROM participants WHERE id = ?)"
                values = [*row.values(), *([row["participant_id"]] if exists else [])]
                db.execute(
                    f"INSERT INTO {table} ({columns}) SELECT {marks}{exists or ' WHERE true'} "
                    f"ON CONFLICT(id) {conflict}",
                    values,
                )
            added[table] = store.conn.total_changes - before
        before = store.conn.total_changes
        for row in batch.answers:
            columns = ", ".join(row)
            marks = ", ".join("?" for _ in row)
            db.execute(
                f"INSERT INTO answers ({columns}) SELECT {marks} "
                "WHERE EXISTS (SELECT 1 FROM attempts WHERE id = ? AND device_id = ? AND quiz = ?) "
                "ON CONFLICT(id) DO NOTHING",
                [*row.values(), row["attempt_id"], row["device_id"], row["quiz"]],
            )
        added["answers"] = store.conn.total_changes - before
        ids = [row["id"] for row in batch.answers]
        held = {
            answer_id
            for (answer_id,) in db.execute(
                f"SELECT id FROM answers WHERE id IN ({', '.join('?' for _ in ids)})", ids
            )
        }
    return {
        "type": "ack",
        "added": added,
        "held": sorted(held),
        "missing": [i for i in ids if i not in held],
    }


def _rows(data: dict[str, Any], table: str) -> list[dict[str, Any]]:
    rows = data.get(table, [])
    if not isinstance(rows, list) or len(rows) > MAX_BATCH:
        raise Refused(
            400,
            translate("room", "{table} must be a list of at most {MAX_BATCH} rows.").format(
                table=table, MAX_BATCH=MAX_BATCH
            ),
        )
    if not all(isinstance(row, dict) for row in rows):
        raise Refused(400, translate("room", "{table} must hold objects.").format(table=table))
    return rows


def _own(row: dict[str, Any], device_id: str) -> None:
    if row.get("device_id") != device_id:
        raise Refused(
            403, translate("room", "A kiosk may forward only its own rows (its device id).")
        )


def _id(row: dict[str, Any], key: str) -> str:
    value = row.get(key)
    if not isinstance(value, str) or not UUID.fullmatch(value):
        raise Refused(400, translate("room", "{key} must be an id.").format(key=key))
    return value


def _name(row: dict[str, Any], key: str, optional: bool = False) -> str | None:
    value = row.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value or len(value) > MAX_NAME:
        raise Refused(400, translate("room", "{key} must be a short text.").format(key=key))
    return value


def _time(row: dict[str, Any], key: str, optional: bool = False) -> str | None:
    value = row.get(key)
    if value is None and optional:
        return None
    try:
        if not isinstance(value, str) or len(value) > 40:
            raise ValueError
        datetime.fromisoformat(value)
    except ValueError:
        raise Refused(
            400, translate("room", "{key} must be an ISO time.").format(key=key)
        ) from None
    return value


def _participant(row: dict[str, Any], device_id: str) -> dict[str, Any]:
    _own(row, device_id)
    return {
        "id": _id(row, "id"),
        "nickname": _name(row, "nickname"),  # as the kiosk took it (its own rules)
        "device_id": device_id,
        "created_at": _time(row, "created_at"),
    }


def _attempt(row: dict[str, Any], device_id: str) -> dict[str, Any]:
    _own(row, device_id)
    return {
        "id": _id(row, "id"),
        "participant_id": _id(row, "participant_id"),
        "quiz": _name(row, "quiz"),
        "quiz_version": _name(row, "quiz_version", optional=True),
        "device_id": device_id,
        "started_at": _time(row, "started_at"),
        "finished_at": _time(row, "finished_at", optional=True),
    }


def _answer(row: dict[str, Any], device_id: str, quizzes: dict[str, Quiz]) -> dict[str, Any]:
    _own(row, device_id)
    quiz, question = _name(row, "quiz"), _name(row, "question")
    text = row.get("response")
    if not isinstance(text, str) or len(text) > 2 * MAX_ESSAY:
        raise Refused(400, translate("room", "response must be JSON text."))
    try:
        response = json.loads(text)
    except (ValueError, RecursionError):
        raise Refused(400, translate("room", "response must be JSON text.")) from None
    if quiz in quizzes:  # the room knows this quiz: the answer must fit its question
        known = quizzes[quiz]
        try:
            if question not in known or normalize(known.question(question), response) != response:
                raise ResponseError(translate("room", "does not fit"))
        except ResponseError:
            raise Refused(
                400,
                translate("room", "An answer does not fit question {question!r}.").format(
                    question=question
                ),
            ) from None
    correct, points = row.get("correct"), row.get("points")
    if correct not in (None, 0, 1) or isinstance(correct, float):
        raise Refused(400, translate("room", "correct must be 0, 1 or null."))
    if points is not None and (
        isinstance(points, bool)
        or not isinstance(points, int | float)
        or not math.isfinite(points)
        or abs(points) > 1
    ):
        raise Refused(400, translate("room", "points must be a number from -1 to 1, or null."))
    return {
        "id": _id(row, "id"),
        "attempt_id": _id(row, "attempt_id"),
        "quiz": quiz,
        "question": question,
        "response": text,
        "correct": None if correct is None else int(correct),
        "points": points,
        "answered_at": _time(row, "answered_at"),
        "device_id": device_id,
    }
