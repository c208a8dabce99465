"""A kiosk laptop forwards its stored rows to the room: merged once however often they are sent,
only its own, only answers that fit; the batch reader is fuzzed."""

from __future__ import annotations

import asyncio
import json
import uuid

import aiohttp
from hypothesis import given, settings
from hypothesis import strategies as st

from liveroom_kit import open_room, quizzes, stored
from teachin.room.kiosk_batch import parse_batch
from teachin.room.protocol import Refused
from teachin.store.db import open_store
from teachin.store.quiz_session import QuizSession


def kiosk_rows(tmp_path, nickname: str = "Kim") -> tuple[str, dict]:
    """A real kiosk database with one attempt answered on it, and its rows as a batch."""
    quiz = quizzes(tmp_path / "kiosk-quizzes")["self"]
    with open_store(tmp_path / "kiosk" / "teachin.db", make_backup=False) as store:
        session = QuizSession.start(store, quiz, nickname)
        session.answer(0)  # s-pick: Apple
        session.attempt.next()
        session.answer("Paris")
        rows = {t: list(store.db[t].rows) for t in ("participants", "attempts", "answers")}
        return store.device_id, rows


async def post(session, room, path: str, body: dict) -> tuple[int, dict]:
    async with session.post(room.url + path, json={"code": room.code, **body}) as response:
        return response.status, await response.json()


def test_a_kiosk_batch_is_merged_once_however_often_it_is_sent(tmp_path):
    device, rows = kiosk_rows(tmp_path)
    events = []
    with open_room(tmp_path, on_event=events.append) as room:

        async def forward():
            async with aiohttp.ClientSession() as session:
                status, joined = await post(session, room, "api/kiosk/join", {"device_id": device})
                assert status == 200
                body = {"token": joined["token"], **rows}
                return [await post(session, room, "api/kiosk/batch", body) for _ in range(3)]

        replies = asyncio.run(forward())
    ids = sorted(a["id"] for a in rows["answers"])
    assert [status for status, _ in replies] == [200, 200, 200]
    assert replies[0][1]["added"] == {"participants": 1, "attempts": 1, "answers": 2}
    for _, reply in replies[1:]:
        assert reply["added"] == {"participants": 0, "attempts": 0, "answers": 0}
    assert all(reply["held"] == ids and reply["missing"] == [] for _, reply in replies)
    got = stored(tmp_path)
    assert sorted(a.id for a in got) == ids and {a.nickname for a in got} == {"Kim"}
    assert {(e.quiz, e.question) for e in events} == {("self", "s-pick"), ("self", "s-word")}


def test_a_kiosk_cannot_forward_another_laptop_s_rows_or_answers_that_do_not_fit(tmp_path):
    device, rows = kiosk_rows(tmp_path)
    other = str(uuid.uuid4())
    not_fitting = json.loads(json.dumps(rows))
    not_fitting["answers"][0]["response"] = "7"  # s-pick has three options
    someone_else = json.loads(json.dumps(rows))
    someone_else["answers"][0]["device_id"] = other
    orphan = {"answers": rows["answers"]}  # the attempt is neither held nor sent
    with open_room(tmp_path) as room:

        async def forward():
            async with aiohttp.ClientSession() as session:
                joined = (await post(session, room, "api/kiosk/join", {"device_id": device}))[1]
                token = joined["token"]
                return {
                    "not fitting": await post(
                        session, room, "api/kiosk/batch", {"token": token, **not_fitting}
                    ),
                    "someone else": await post(
                        session, room, "api/kiosk/batch", {"token": token, **someone_else}
                    ),
                    "stale token": await post(
                        session, room, "api/kiosk/batch", {"token": "k" * 32, **rows}
                    ),
                    "wrong code": await post(
                        session, room, "api/kiosk/batch", {"token": token, **rows, "code": "NOPE1"}
                    ),
                    "orphan": await post(
                        session, room, "api/kiosk/batch", {"token": token, **orphan}
                    ),
                    "bad device": await post(
                        session, room, "api/kiosk/join", {"device_id": "../etc"}
                    ),
                }

        replies = asyncio.run(forward())
    statuses = {name: status for name, (status, _) in replies.items()}
    assert statuses == {
        "not fitting": 400,
        "someone else": 403,
        "stale token": 401,
        "wrong code": 403,
        "orphan": 200,
        "bad device": 400,
    }
    assert replies["orphan"][1]["held"] == []
    assert len(replies["orphan"][1]["missing"]) == 2
    assert stored(tmp_path) == []


ROW = st.dictionaries(
    st.sampled_from(
        [
            "id",
            "nickname",
            "device_id",
            "created_at",
            "participant_id",
            "quiz",
            "question",
            "response",
            "correct",
            "points",
            "answered_at",
            "started_at",
            "finished_at",
            "attempt_id",
            "quiz_version",
        ]
    ),
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=20)
    | st.uuids().map(str)
    | st.just("2026-12-03T10:00:00"),
    max_size=15,
)


@settings(max_examples=200, deadline=None)
@given(
    st.fixed_dictionaries(
        {},
        optional={
            "participants": st.lists(ROW, max_size=3) | st.integers(),
            "attempts": st.lists(ROW, max_size=3),
            "answers": st.lists(ROW, max_size=3) | st.text(max_size=5),
        },
    )
)
def test_the_batch_reader_takes_anything_and_reads_or_refuses(data):
    try:
        batch = parse_batch(data, "2a6e7f0c-0000-4000-8000-000000000000", {})
    except Refused as refused:
        assert refused.status in (400, 403) and refused.message
        return
    assert all(row["device_id"] == "2a6e7f0c-0000-4000-8000-000000000000" for row in batch.answers)
