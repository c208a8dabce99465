"""The live room over real sockets on 127.0.0.1: joining, answering every kind, acks after the
commit, idempotent resends, self-paced quizzes, resuming after a restart, closing."""

from __future__ import annotations

import asyncio
import socket

import aiohttp
import pytest

from liveroom_kit import Client, new_id, open_room, phones_joined, stored
from teachin.room.server import Room


async def live_state(ws) -> dict:
    """The next state message the room pushes."""
    while True:
        message = await asyncio.wait_for(ws.receive_json(), 10)
        if message["type"] == "state":
            return message


def test_a_phone_joins_answers_the_live_question_and_a_resend_stores_nothing_new(tmp_path):
    events = []
    with open_room(tmp_path, on_event=events.append) as room:
        room.set_live("live", "pick")

        async def phone():
            async with phones_joined(room, "Ana") as [ana]:
                async with ana.socket() as ws:
                    state = await live_state(ws)
                assert state["mode"] == "live" and state["question"]["text"] == "Which is a fruit?"
                assert "Apple" in state["question"]["options"]
                apple = state["question"]["options"].index("Apple")
                answer_id = new_id()
                first = await ana.answer("live", "pick", apple, answer_id)
                again = await ana.answer("live", "pick", apple, answer_id)
                return first, again

        first, again = asyncio.run(phone())
    assert first == (200, first[1]) and first[1]["stored"] is True
    assert first[1]["feedback"].startswith("✓ Right.") and "Yes, a fruit." in first[1]["feedback"]
    assert again[0] == 200 and again[1]["stored"] is False
    rows = stored(tmp_path)
    assert [(r.nickname, r.quiz, r.question, r.response, r.correct) for r in rows] == [
        ("Ana", "live", "pick", 0, True)
    ]
    assert [e.kind for e in events] == ["joined", "answer", "answer"]
    assert events[-1].joined == 1 and events[-1].answered == 1


# (question, how to answer from the options shown, what the store keeps, right?)
KINDS = [
    ("pick", lambda o: o.index("Brick"), 1, False),
    ("many", lambda o: [o.index("Red"), o.index("Blue")], [0, 1], True),
    ("truth", lambda o: o.index("True"), 0, True),
    ("guess", lambda o: "8", 8.0, True),
    ("word", lambda o: "  paris ", "paris", True),
    ("steps", lambda o: [o.index(w) for w in ("one", "two", "three", "four")], [0, 1, 2, 3], True),
    ("mood", lambda o: o.index("Tired"), 2, None),
    ("pairs", lambda o: [o.index("meow"), o.index("woof"), o.index("moo")], [0, 1, 2], True),
    ("essay", lambda o: "Thoughts <b>here</b>", "Thoughts <b>here</b>", None),
]


def test_every_question_kind_is_answered_through_the_options_the_phone_shows(tmp_path):
    with open_room(tmp_path) as room:

        async def phone():
            async with phones_joined(room, "Bo") as [bo], bo.socket() as ws:
                await live_state(ws)
                for name, pick, _, _ in KINDS:
                    room.set_live("live", name)
                    state = await live_state(ws)
                    options = state["question"].get("options", [])
                    if name == "steps":  # shown shuffled, never already in order
                        assert options != ["one", "two", "three", "four"]
                    reply = await bo.answer("live", name, pick(options))
                    assert reply[0] == 200, (name, reply)

        asyncio.run(phone())
    got = {r.question: (r.response, r.correct) for r in stored(tmp_path)}
    assert got == {name: (response, right) for name, _, response, right in KINDS}


def test_the_ack_comes_after_the_commit_and_goes_only_to_the_phone_that_answered(tmp_path):
    with open_room(tmp_path) as room:
        room.set_live("live", "truth")

        async def phones():
            async with (
                phones_joined(room, "Ana", "Bo") as [ana, bo],
                ana.socket() as ws_a,
                bo.socket() as ws_b,
            ):
                await live_state(ws_a)
                await live_state(ws_b)
                answer_id = new_id()
                await ws_a.send_json(
                    {
                        "type": "answer",
                        "id": answer_id,
                        "quiz": "live",
                        "question": "truth",
                        "value": 1,
                    }
                )
                ack = await asyncio.wait_for(ws_a.receive_json(), 10)
                on_disk = [r.id for r in stored(tmp_path)]
                with pytest.raises(asyncio.TimeoutError):
                    await asyncio.wait_for(ws_b.receive_json(), 0.5)
                return ack, answer_id, on_disk

        ack, answer_id, on_disk = asyncio.run(phones())
    assert ack["type"] == "ack" and ack["id"] == answer_id
    assert ack["feedback"].startswith("✗ Not quite.")
    assert on_disk == [answer_id]


def test_a_self_paced_quiz_is_taken_and_handed_in_with_the_kiosk_s_summary(tmp_path):
    with open_room(tmp_path) as room:
        room.start_quiz("self")

        async def phone():
            async with phones_joined(room, "Cy") as [cy], cy.socket() as ws:
                state = await live_state(ws)
                assert state["mode"] == "quiz" and state["finished"] is False
                assert [q["name"] for q in state["questions"]] == [
                    "s-pick",
                    "s-word",
                    "s-guess",
                ]
                options = state["questions"][0]["options"]
                assert (await cy.answer("self", "s-pick", options.index("Apple")))[0] == 200
                assert (await cy.answer("self", "s-word", "Lyon"))[0] == 200
                # a post-quiz tells nothing before the end
                assert "feedback" not in (await cy.answer("self", "s-guess", "8"))[1]
                done = await cy.post({"type": "submit", "quiz": "self"})
                late = await cy.answer("self", "s-word", "Paris")
                return done, late

        done, late = asyncio.run(phone())
    assert done[0] == 200 and done[1]["type"] == "done"
    assert done[1]["summary"]["score"] == 2 and done[1]["summary"]["maximum"] == 3
    assert late[0] == 409
    rows = stored(tmp_path)
    assert sorted(r.question for r in rows) == ["s-guess", "s-pick", "s-word"]


def test_a_timed_quiz_refuses_answers_once_its_time_is_up(tmp_path, monkeypatch):
    import time as real_time

    with open_room(tmp_path) as room:
        room.quizzes["self"] = _timed(room.quizzes["self"])
        room.start_quiz("self")

        async def phone():
            async with phones_joined(room, "Cy") as [cy]:
                async with cy.socket() as ws:
                    state = await live_state(ws)
                    assert 0 < state["remaining"] <= 60
                ahead = real_time.time() + 120
                monkeypatch.setattr("teachin.quiz.attempt.time.time", lambda: ahead)
                return await cy.answer("self", "s-word", "Paris")

        late = asyncio.run(phone())
    assert late[0] == 409 and "time" in late[1]["message"]
    assert stored(tmp_path) == []


def _timed(quiz):
    import dataclasses

    return dataclasses.replace(quiz, time_limit=60)


def test_after_a_restart_the_phone_rejoins_and_gets_its_own_attempt_back(tmp_path):
    first = open_room(tmp_path)
    room = first.__enter__()
    room.start_quiz("self")

    async def before():
        async with phones_joined(room, "Dee") as [dee]:
            async with dee.socket() as ws:
                state = await live_state(ws)
            await dee.answer("self", "s-word", "Paris")
            return dee.token, dee.seed, state["attempts"], state["questions"][0]["options"]

    old_token, seed, attempts, options = asyncio.run(before())
    first.__exit__(None, None, None)

    with open_room(tmp_path) as again:
        again.start_quiz("self")

        async def after():
            async with aiohttp.ClientSession() as session:
                dee = Client(session, again)
                dee.token = old_token
                stale = await dee.answer("self", "s-guess", "8")
                await dee.join("Dee", resume=attempts, seed=seed)
                async with dee.socket() as ws:
                    state = await live_state(ws)
                return stale, state

        stale, state = asyncio.run(after())
    assert stale[0] == 401
    assert state["attempts"] == attempts  # the same attempt, not a new one
    assert state["answers"] == {"s-word": "Paris"}
    assert state["questions"][0]["options"] == options  # the same order as before
    assert len(stored(tmp_path)) == 1


def test_someone_else_cannot_claim_an_attempt_by_its_id_under_another_name(tmp_path):
    with open_room(tmp_path) as room:
        room.start_quiz("self")

        async def phones():
            async with phones_joined(room, "Ana") as [ana]:
                async with ana.socket() as ws:
                    attempts = (await live_state(ws))["attempts"]
                await ana.answer("self", "s-word", "Paris")
                eve = Client(ana.session, room)
                await eve.join("Eve", resume=attempts)
                async with eve.socket() as ws:
                    return attempts, await live_state(ws)

        attempts, eve_state = asyncio.run(phones())
    assert eve_state["attempts"] != attempts and eve_state["answers"] == {}


def test_stop_leaves_nothing_listening(tmp_path):
    with open_room(tmp_path) as room:
        port = room.port
        with socket.create_connection(("127.0.0.1", port), timeout=2):
            pass
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=2)


def test_the_page_is_served_small_with_its_security_headers(tmp_path):
    with open_room(tmp_path) as room:

        async def fetch():
            async with aiohttp.ClientSession() as session:
                sizes, headers = 0, None
                for path in ("", "app.js", "style.css"):
                    async with session.get(room.url + path) as response:
                        assert response.status == 200
                        sizes += len(await response.read())
                        headers = headers or response.headers
                return sizes, headers

        size, headers = asyncio.run(fetch())
    assert size < 60_000  # well under the 200 KB asked for
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"


def test_the_room_needs_a_quiz_question_that_exists():
    room = Room(None, {}, "127.0.0.1", 0)
    with pytest.raises(RuntimeError):
        room.set_live("live", "pick")  # not open yet


def test_a_room_given_the_presenter_s_store_writes_through_it_and_leaves_it_open(tmp_path):
    from liveroom_kit import quizzes
    from teachin.store.answers import all_answers
    from teachin.store.db import open_store

    with open_store(tmp_path / "data" / "teachin.db", make_backup=False) as store:
        room = Room(None, quizzes(tmp_path / "q"), "127.0.0.1", 0, store=store)
        room.start()
        try:
            room.set_live("live", "word")

            async def phone():
                async with phones_joined(room, "Ana") as [ana]:
                    return await ana.answer("live", "word", "Paris")

            assert asyncio.run(phone())[0] == 200
        finally:
            room.stop()
        # one connection for the folder: the room's answer is there, and the store still writes
        assert [a.response for a in all_answers(store)] == ["Paris"]
        with store.write() as db:
            db.execute("SELECT 1")


def test_when_the_store_fails_the_phone_is_told_and_its_resend_is_stored_once(
    tmp_path, monkeypatch
):
    from teachin.room import core
    from teachin.store.db import StoreError

    real = core.record_answer

    def full_disk(*args, **kwargs):
        raise StoreError("could not save the answer: database or disk is full")

    with open_room(tmp_path) as room:
        room.set_live("live", "word")

        async def phone():
            async with phones_joined(room, "Ana") as [ana]:
                answer_id = new_id()
                monkeypatch.setattr(core, "record_answer", full_disk)
                failed = await ana.answer("live", "word", "Paris", answer_id)
                monkeypatch.setattr(core, "record_answer", real)
                again = await ana.answer("live", "word", "Paris", answer_id)
                return failed, again

        failed, again = asyncio.run(phone())
    assert failed[0] == 503 and "disk is full" in failed[1]["message"]
    assert "stays on your phone" in failed[1]["message"]
    assert again[0] == 200 and again[1]["stored"] is True
    assert len(stored(tmp_path)) == 1


def test_the_room_chart_s_reader_sees_a_phone_s_answer_once_it_is_acknowledged(tmp_path):
    from teachin.store.reader import RoomAnswers

    reader = RoomAnswers(tmp_path / "data" / "teachin.db")
    with open_room(tmp_path) as room:
        room.set_live("live", "mood")

        async def phones():
            async with aiohttp.ClientSession() as session:
                seen = []
                for n, pick in enumerate((0, 2, 2)):
                    phone = Client(session, room)
                    await phone.join(f"P{n}")
                    async with phone.socket() as ws:
                        options = (await live_state(ws))["question"]["options"]
                    await phone.answer(
                        "live", "mood", options.index(["Good", "Fine", "Tired"][pick])
                    )
                    seen.append(sorted(reader("live", "mood")))
                return seen

        seen = asyncio.run(phones())
    reader.close()
    assert seen == [[0], [0, 2], [0, 2, 2]]


def test_a_port_in_use_is_an_error_that_leaves_nothing_open(tmp_path):
    from liveroom_kit import quizzes

    with open_room(tmp_path) as first:
        second = Room(tmp_path / "data2", quizzes(tmp_path / "q2"), "127.0.0.1", first.port)
        with pytest.raises(OSError):
            second.start()
        second.stop()  # harmless after a failed start
        assert second.store is None and second._thread is None
