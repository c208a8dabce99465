"""What phones (and kiosks) may send the room, checked before anything acts on it.

Every reader here takes outside bytes or decoded JSON and returns a small typed record, or raises
``Refused(status, message)``: an HTTP status and a sentence fit to show on the phone. Nothing here
touches the store or the network; the server turns a refusal into a reply and stores nothing.

Messages (JSON objects; the page sends them, tests and kiosks may too)::

    POST /api/join     {"code", "nickname", "resume"?, "seed"?}  -> {"token", "seed", ...}
    GET  /api/ws?code=C&token=T   WebSocket; the room pushes {"type": "state", ...}
      phone -> room:   {"type": "answer", "id", "quiz", "question", "value"}
                       {"type": "submit", "quiz"}       (a self-paced quiz, handed in)
                       {"type": "ping"}
                       {"type": "leave"}   (frees the nickname; answers stay stored)
      room -> phone:   {"type": "ack", "id", ...} after the commit, or
                       {"type": "refused", "id"?, "status", "message"}
    POST /api/answer   the answer message plus "code" and "token" (same rules, one reply)
    POST /api/kiosk/join   {"code", "device_id", "name"} -> {"token"}
    POST /api/kiosk/batch  {"code", "token", "participants", "attempts", "answers"}

An answer id is made on the phone before the first send (a UUID4 from crypto.getRandomValues),
so a resend after a lost ack stores nothing new. Options travel as positions in the order the
phone shows them (its seed shuffles them), never as the quiz file's indexes, which would give away
an ordering question's answer and, often, which option was written first (the right one).
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any, NamedTuple

from teachin.i18n import translate

MAX_BODY = 16 * 1024  # bytes of one request or WebSocket message
MAX_NICKNAME = 40  # characters
MAX_SHORT = 500  # characters of a short answer (numeric typed as text too)
MAX_ESSAY = 4000  # characters of an essay answer
MAX_NAME = 200  # characters of a quiz or question name
MAX_RESUME = 20  # attempt ids a rejoining phone may name
MAX_BATCH = 500  # rows of one kiosk batch, per table

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
TOKEN = re.compile(r"[A-Za-z0-9_-]{20,64}")
CODE = re.compile(r"[A-Za-z0-9]{3,12}")
SEED = re.compile(r"[0-9a-f]{16}")


class Refused(Exception):
    """A request the room will not act on: ``status`` (HTTP) and a plain ``message``."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message

    def reply(self, answer_id: str | None = None) -> dict[str, Any]:
        data: dict[str, Any] = {"type": "refused", "status": self.status, "message": self.message}
        if answer_id is not None:
            data["id"] = answer_id
        return data


class Join(NamedTuple):
    code: str
    nickname: str
    resume: tuple[str, ...]  # attempt ids this phone held before the room restarted
    seed: str | None  # the phone's shuffle seed from an earlier join (its own option order)


class AnswerMessage(NamedTuple):
    id: str
    quiz: str
    question: str
    value: Any  # checked against the question later (teachin.quiz.normalize)


class Submit(NamedTuple):
    quiz: str


class Ping(NamedTuple):
    pass


class Leave(NamedTuple):
    pass


Message = AnswerMessage | Submit | Ping | Leave


def parse_json(data: bytes | str, limit: int = MAX_BODY) -> dict[str, Any]:
    """One JSON object of at most ``limit`` bytes, or Refused."""
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    if len(data) > limit:
        raise Refused(
            413,
            translate("room", "The message is too large (over {value} KB).").format(
                value=limit // 1024
            ),
        )
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise Refused(400, translate("room", "The message is not valid JSON.")) from None
    if not isinstance(value, dict):
        raise Refused(400, translate("room", "The message must be a JSON object."))
    return value


def code_of(data: dict[str, Any]) -> str:
    return _text(data, "code", CODE, "room code")


def token_of(data: dict[str, Any]) -> str:
    token = data.get("token")
    if not isinstance(token, str) or not TOKEN.fullmatch(token):
        raise Refused(
            401, translate("room", "This phone is not in the room (no valid token): join again.")
        )
    return token


def parse_join(data: dict[str, Any]) -> Join:
    code = code_of(data)
    nickname = clean_nickname(data.get("nickname"))
    resume = data.get("resume", [])
    if not isinstance(resume, list) or len(resume) > MAX_RESUME:
        raise Refused(400, translate("room", "resume must be a short list of attempt ids."))
    if not all(isinstance(a, str) and UUID.fullmatch(a) for a in resume):
        raise Refused(400, translate("room", "resume must hold attempt ids."))
    seed = data.get("seed")
    if seed is not None and not (isinstance(seed, str) and SEED.fullmatch(seed)):
        raise Refused(400, translate("room", "seed must be 16 hex digits."))
    return Join(code, nickname, tuple(dict.fromkeys(resume)), seed)


def clean_nickname(value: object) -> str:
    """A nickname as shown: trimmed, NFC, no control characters, 1..MAX_NICKNAME characters."""
    if not isinstance(value, str):
        raise Refused(400, translate("room", "Please type a nickname."))
    name = " ".join(unicodedata.normalize("NFC", value).split())
    if not name:
        raise Refused(400, translate("room", "Please type a nickname."))
    if len(name) > MAX_NICKNAME:
        raise Refused(
            400,
            translate("room", "Please keep your nickname under {MAX_NICKNAME} characters.").format(
                MAX_NICKNAME=MAX_NICKNAME
            ),
        )
    if any(unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Cn") for c in name):
        raise Refused(
            400,
            translate("room", "Please use letters, digits and ordinary signs in your nickname."),
        )
    return name


def parse_message(data: dict[str, Any]) -> Message:
    kind = data.get("type", "answer")
    if kind == "ping":
        return Ping()
    if kind == "leave":
        return Leave()
    if kind == "submit":
        return Submit(_text(data, "quiz", None, "quiz name"))
    if kind != "answer":
        raise Refused(400, translate("room", "Unknown message type."))
    answer_id = data.get("id")
    if not isinstance(answer_id, str) or not UUID.fullmatch(answer_id):
        raise Refused(400, translate("room", "The answer has no valid id."))
    value = data.get("value")
    if isinstance(value, str) and len(value) > MAX_ESSAY:
        raise Refused(
            413,
            translate("room", "The answer is too long (over {MAX_ESSAY} characters).").format(
                MAX_ESSAY=MAX_ESSAY
            ),
        )
    if isinstance(value, list) and (
        len(value) > 100 or not all(v is None or type(v) is int for v in value)
    ):
        raise Refused(400, translate("room", "The answer must be a short list of option numbers."))
    if isinstance(value, dict):
        raise Refused(400, translate("room", "The answer has the wrong shape for this question."))
    return AnswerMessage(
        answer_id,
        _text(data, "quiz", None, "quiz name"),
        _text(data, "question", None, "question name"),
        value,
    )


def _text(data: dict[str, Any], key: str, pattern: re.Pattern[str] | None, what: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value or len(value) > MAX_NAME:
        raise Refused(400, translate("room", "The message has no valid {what}.").format(what=what))
    if pattern is not None and not pattern.fullmatch(value):
        raise Refused(400, translate("room", "The message has no valid {what}.").format(what=what))
    return value
