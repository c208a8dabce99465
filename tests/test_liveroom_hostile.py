"""A room is a public place: hostile requests are refused with a status and a message, nothing
is stored, and the room goes on serving everyone else. The parsers are fuzzed."""

from __future__ import annotations

import asyncio
import json

import aiohttp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from liveroom_kit import Client, new_id, open_room, phones_joined, stored
from teachin.room.core import Limits
from teachin.room.protocol import (
    MAX_BODY,
    AnswerMessage,
    Join,
    Leave,
    Ping,
    Refused,
    Submit,
    parse_join,
    parse_json,
    parse_message,
)


def test_each_hostile_request_is_refused_and_stores_nothing_while_others_answer(tmp_path):
    with open_room(tmp_path) as room:
        room.set_live("live", "pick")

        async def attack():
            async with phones_joined(room, "Eve", "Ana") as [eve, ana]:
                answer = {"type": "answer", "quiz": "live", "question": "pick", "value": 0}
                results = {
                    "malformed JSON": await eve.raw("api/answer", b'{"code": "ROOM1", "tok'),
                    "not an object": await eve.raw("api/answer", b"[1, 2, 3]"),
                    "wrong code": await eve.post({**answer, "id": new_id()}, code="WRONG"),
                    "stale token": await eve.post({**answer, "id": new_id()}, token="x" * 32),
                    "no token": await eve.post({**answer, "id": new_id()}, token=None),
                    "not live": await eve.answer("live", "truth", 0),
                    "unknown quiz": await eve.answer("nope", "pick", 0),
                    "wrong type": await eve.answer("live", "pick", "Apple"),
                    "out of range": await eve.answer("live", "pick", 7),
                    "negative": await eve.answer("live", "pick", -1),
                    "a bool": await eve.answer("live", "pick", True),
                    "an object": await eve.answer("live", "pick", {"$gt": 0}),
                    "no id": await eve.post(answer),
                    "bad id": await eve.post({**answer, "id": "1; DROP TABLE answers"}),
                    "too long": await eve.answer("live", "pick", "x" * 5000),
                    "oversized body": await eve.raw("api/answer", b"{" + b" " * MAX_BODY + b"}"),
                    "join oversized": await eve.raw("api/join", b'{"a":"' + b"x" * 20000 + b'"}'),
                    "nickname taken": await Client(eve.session, room).join("ana"),
                    "script name too long": await Client(eve.session, room).join("<script>" * 10),
                    "control character": await Client(eve.session, room).join("Ana\u0000"),
                }
                fine = await ana.answer("live", "pick", 0)
                return results, fine

        results, fine = asyncio.run(attack())
    expected = {
        "malformed JSON": 400,
        "not an object": 400,
        "wrong code": 403,
        "stale token": 401,
        "no token": 401,
        "not live": 409,
        "unknown quiz": 409,
        "wrong type": 400,
        "out of range": 400,
        "negative": 400,
        "a bool": 400,
        "an object": 400,
        "no id": 400,
        "bad id": 400,
        "too long": 413,
        "oversized body": 413,
        "join oversized": 413,
        "nickname taken": 409,
        "script name too long": 400,
        "control character": 400,
    }
    assert {name: status for name, (status, _) in results.items()} == expected
    for name, (_, body) in results.items():
        assert body["type"] == "refused" and body["message"], name
    assert fine[0] == 200
    assert [r.nickname for r in stored(tmp_path)] == ["Ana"]  # position 0 of Ana's own order


def test_a_script_nickname_is_kept_as_text_and_shown_back_only_to_its_phone(tmp_path):
    with open_room(tmp_path) as room:
        room.set_live("live", "mood")

        async def phones():
            async with aiohttp.ClientSession() as session:
                eve, bo = Client(session, room), Client(session, room)
                status, joined = await eve.join("<script>alert(1)</script>")
                await bo.join("Bo")
                await eve.answer("live", "mood", 0)
                async with bo.socket() as ws:
                    state = await asyncio.wait_for(ws.receive_json(), 10)
                return status, joined, state

        status, joined, bo_state = asyncio.run(phones())
    assert status == 200 and joined["nickname"] == "<script>alert(1)</script>"
    # Bo's phone hears nothing of Eve: no names, no answers, no counts
    assert "<script>" not in json.dumps(bo_state) and "answers" not in bo_state
    assert stored(tmp_path)[0].nickname == "<script>alert(1)</script>"


def test_a_flood_from_one_phone_is_cut_off_while_another_phone_is_served(tmp_path):
    limits = Limits(answers_per_second=2, answer_burst=10)
    with open_room(tmp_path, limits) as room:
        room.set_live("live", "mood")

        async def flood():
            async with phones_joined(room, "Eve", "Ana") as [eve, ana]:
                async with eve.socket() as ws:
                    await ws.receive_json()
                    for _ in range(200):
                        await ws.send_json(
                            {
                                "type": "answer",
                                "id": new_id(),
                                "quiz": "live",
                                "question": "mood",
                                "value": 1,
                            }
                        )
                    replies = [await asyncio.wait_for(ws.receive_json(), 10) for _ in range(200)]
                fine = await ana.answer("live", "mood", 2)
                return replies, fine

        replies, fine = asyncio.run(flood())
    acks = [r for r in replies if r["type"] == "ack"]
    refused = [r for r in replies if r["type"] == "refused"]
    assert 10 <= len(acks) <= 14 and {r["status"] for r in refused} == {429}
    assert len(acks) + len(refused) == 200
    assert fine[0] == 200
    rows = stored(tmp_path)
    assert len(rows) == len(acks) + 1  # every ack stored, nothing refused stored


def test_guessing_room_codes_is_slowed_down(tmp_path):
    with open_room(tmp_path, Limits(joins_per_minute=5)) as room:

        async def guess():
            async with aiohttp.ClientSession() as session:
                client = Client(session, room)
                statuses = []
                for n in range(8):
                    body = {"code": f"GUESS{n}", "nickname": f"Eve{n}"}
                    async with session.post(room.url + "api/join", json=body) as response:
                        statuses.append(response.status)
                return statuses, client

        statuses, _ = asyncio.run(guess())
    assert statuses[:2] == [403, 403] and statuses[-1] == 429


def test_a_full_room_says_so(tmp_path):
    with open_room(tmp_path, Limits(max_phones=2)) as room:

        async def crowd():
            async with aiohttp.ClientSession() as session:
                return [(await Client(session, room).join(f"P{n}"))[0] for n in range(3)]

        assert asyncio.run(crowd()) == [200, 200, 503]


def test_a_websocket_with_a_wrong_code_or_token_is_refused_before_it_opens(tmp_path):
    with open_room(tmp_path) as room:

        async def sockets():
            async with aiohttp.ClientSession() as session:
                url = room.url.replace("http", "ws") + "api/ws"
                statuses = []
                for params in ({"code": "WRONG", "token": "x" * 32}, {"code": room.code}):
                    try:
                        async with session.ws_connect(url, params=params):
                            statuses.append(101)
                    except aiohttp.WSServerHandshakeError as error:
                        statuses.append(error.status)
                return statuses

        assert asyncio.run(sockets()) == [403, 401]


JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
FIELDS = st.fixed_dictionaries(
    {},
    optional={
        "type": st.sampled_from(["answer", "submit", "ping", "leave", "other"])
        | st.text(max_size=5),
        "id": st.uuids().map(str) | st.text(max_size=40),
        "quiz": st.text(max_size=10) | st.just("live"),
        "question": st.text(max_size=10) | st.sampled_from(["pick", "steps", "pairs"]),
        "value": JSONISH,
        "code": st.text(max_size=14),
        "nickname": st.text(max_size=50),
        "resume": JSONISH,
        "seed": st.text(max_size=20),
    },
)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300) | FIELDS.map(lambda d: json.dumps(d).encode()))
def test_the_parsers_take_any_bytes_and_answer_or_refuse(data):
    try:
        message = parse_json(data)
    except Refused as refused:
        assert refused.status in (400, 413) and refused.message
        return
    messages = (AnswerMessage, Submit, Ping, Leave)
    for parse, kinds in ((parse_join, (Join,)), (parse_message, messages)):
        try:
            assert isinstance(parse(message), kinds)
        except Refused as refused:
            assert refused.status in (400, 401, 413) and refused.message


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(messages=st.lists(FIELDS, min_size=1, max_size=5))
def test_any_message_to_the_room_gets_a_status_and_stores_nothing_it_should_not(tmp_path, messages):
    # One room for all examples would be faster, but each example must see an empty store.
    folder = tmp_path / new_id()
    with open_room(folder) as room:
        room.set_live("live", "steps")

        async def send():
            async with phones_joined(room, "Eve") as [eve]:
                replies = []
                for message in messages:
                    message = {**message, "code": room.code, "token": eve.token}
                    replies.append(await eve.post(message))
                return replies

        replies = asyncio.run(send())
    acks = [body for status, body in replies if status == 200 and body["type"] == "ack"]
    for status, body in replies:
        assert status in (200, 400, 401, 403, 409, 413, 429)
        assert body["type"] in ("ack", "pong", "refused", "done", "left")
    rows = stored(folder)
    assert len(rows) == sum(1 for a in acks if a["stored"])
    # A stored answer is a whole order, or None: a phone may send no value, which clears
    # its answer (as a blank text does), never a part order or garbage.
    assert all(r.response is None or sorted(r.response) == [0, 1, 2, 3] for r in rows)


def test_an_oversized_websocket_message_or_too_many_sockets_close_only_that_phone(tmp_path):
    with open_room(tmp_path) as room:
        room.set_live("live", "word")

        async def attack():
            async with phones_joined(room, "Eve", "Ana") as [eve, ana]:
                async with eve.socket() as ws:
                    await ws.receive_json()
                    await ws.send_str('{"type": "answer", "value": "' + "x" * 20_000 + '"}')
                    closed = await asyncio.wait_for(ws.receive(), 10)
                sockets, refused = [], None
                try:
                    for _ in range(6):
                        sockets.append(await eve.socket().__aenter__())
                except aiohttp.WSServerHandshakeError as error:
                    refused = error.status
                for socket in sockets:
                    await socket.close()
                fine = await ana.answer("live", "word", "Paris")
                return closed, len(sockets), refused, fine

        closed, opened, refused, fine = asyncio.run(attack())
    assert closed.type in (
        aiohttp.WSMsgType.CLOSE,
        aiohttp.WSMsgType.CLOSED,
        aiohttp.WSMsgType.ERROR,
    )
    assert (opened, refused) == (4, 429)
    assert fine[0] == 200
    assert [r.nickname for r in stored(tmp_path)] == ["Ana"]


def test_leaving_frees_the_nickname_and_the_token_stops_working(tmp_path):
    with open_room(tmp_path) as room:
        room.set_live("live", "word")

        async def phones():
            async with phones_joined(room, "Ana") as [ana]:
                await ana.answer("live", "word", "Paris")
                left = await ana.post({"type": "leave"})
                after = await ana.answer("live", "word", "Lyon")
                again = await Client(ana.session, room).join("Ana")
                return left, after, again

        left, after, again = asyncio.run(phones())
    assert left == (200, {"type": "left"}) and after[0] == 401 and again[0] == 200
    assert [r.response for r in stored(tmp_path)] == ["Paris"]
