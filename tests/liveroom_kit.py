"""Shared by the live-room tests: a quiz of every kind, a room on loopback, a client, the DB."""

from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import aiohttp

from teachin.content.gift import Quiz, load_quiz_dir
from teachin.room.core import DEFAULT_LIMITS, Limits
from teachin.room.server import Room
from teachin.store.answers import Answer, all_answers
from teachin.store.db import DB_NAME, open_store

LIVE = """// @title: Live checks
// @mode: checkpoint

::pick::Which is a fruit? {=Apple#Yes, a fruit. ~Brick#No, a brick. ~Cloud}

::many::Which are colours? {~%50%Red ~%50%Blue ~%-100%Chair}

::truth::The sky is blue. {TRUE#Right answer feedback.#Wrong answer feedback.}

::guess::How many legs has a spider? {#8:0}

::word::Name the capital of France. {=Paris}

// @ordering
::steps::Put these in order. {=one =two =three =four}

// @poll
::mood::How do you feel? {~Good ~Fine ~Tired}

::pairs::Match them. {=cat -> meow =dog -> woof =cow -> moo}

::essay::Say something. {}
"""

SELF = """// @title: At your own pace
// @mode: post
// @shuffle: none

::s-pick::Which is a fruit? {=Apple ~Brick ~Cloud}

::s-word::Name the capital of France. {=Paris}

::s-guess::How many legs has a spider? {#8:0}
"""


def quizzes(folder: Path, timed: str = "") -> dict[str, Quiz]:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "live.gift").write_text(LIVE, encoding="utf-8")
    (folder / "self.gift").write_text(timed + SELF, encoding="utf-8")
    loaded, problems = load_quiz_dir(folder)
    assert not problems, problems
    return loaded


@contextlib.contextmanager
def open_room(tmp: Path, limits: Limits = DEFAULT_LIMITS, **kwargs: Any) -> Iterator[Room]:
    room = Room(
        tmp / "data", quizzes(tmp / "quizzes"), "127.0.0.1", 0, "ROOM1", limits=limits, **kwargs
    )
    room.start()
    try:
        yield room
    finally:
        room.stop()


def stored(tmp: Path) -> list[Answer]:
    with open_store(tmp / "data" / DB_NAME, make_backup=False) as store:
        return all_answers(store)


def new_id() -> str:
    return str(uuid.uuid4())


class Client:
    """One phone over plain HTTP and the WebSocket, as the page talks to the room."""

    def __init__(self, session: aiohttp.ClientSession, room: Room) -> None:
        self.session, self.room = session, room
        self.token = ""
        self.seed = None

    async def join(self, nickname: str, **extra: Any) -> tuple[int, dict]:
        body = {"code": self.room.code, "nickname": nickname, **extra}
        async with self.session.post(self.room.url + "api/join", json=body) as response:
            data = await response.json()
            if response.status == 200:
                self.token, self.seed = data["token"], data["seed"]
            return response.status, data

    async def post(self, message: dict, **override: Any) -> tuple[int, dict]:
        body = {"code": self.room.code, "token": self.token, **message, **override}
        async with self.session.post(self.room.url + "api/answer", json=body) as response:
            return response.status, await response.json()

    async def raw(self, path: str, data: bytes) -> tuple[int, dict]:
        headers = {"Content-Type": "application/json"}
        async with self.session.post(self.room.url + path, data=data, headers=headers) as response:
            return response.status, json.loads(await response.text())

    async def answer(self, quiz: str, question: str, value: Any, answer_id: str | None = None):
        message = {
            "type": "answer",
            "id": answer_id or new_id(),
            "quiz": quiz,
            "question": question,
            "value": value,
        }
        return await self.post(message)

    def socket(self) -> Any:
        url = self.room.url.replace("http", "ws") + "api/ws"
        return self.session.ws_connect(url, params={"code": self.room.code, "token": self.token})


@contextlib.asynccontextmanager
async def phones_joined(room: Room, *nicknames: str) -> AsyncIterator[list[Client]]:
    """One phone a nickname, each joined (or the test stops there), sharing one HTTP session."""
    async with aiohttp.ClientSession() as session:
        joined = []
        for nickname in nicknames:
            client = Client(session, room)
            status, reply = await client.join(nickname)
            assert status == 200, (nickname, status, reply)
            joined.append(client)
        yield joined
