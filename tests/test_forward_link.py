"""One kiosk's forwarder against a room in this process (issue 15): what it says while the link
is down, catching up by itself, never resending what a room holds, moving past an answer the
room refuses; the room's list of kiosks; finding rooms by mDNS; the replies it reads, fuzzed."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forward_kit import free_port
from liveroom_kit import SELF, quizzes, stored
from teachin.content.gift import load_quiz_dir
from teachin.room.core import Limits
from teachin.room.discovery import RoomFinder, found_room
from teachin.room.forwarder import Forwarder, acknowledged, read_reply, room_url
from teachin.room.network import Announcer, lan_addresses
from teachin.room.server import Room
from teachin.store.answers import attempts
from teachin.store.db import open_store
from teachin.store.quiz_session import QuizSession


def wait_until(condition: Callable[[], bool], timeout: float = 15.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.02)


def answer_once(store, quiz, nickname: str, values=(0, "Paris", 8), submit=True) -> QuizSession:
    session = QuizSession.start(store, quiz, nickname)
    for value in values:
        session.answer(value)
        session.attempt.next()
    if submit:
        session.submit()
    return session


def room_finished(tmp_path) -> list[bool]:
    with open_store(tmp_path / "data" / "teachin.db", read_only=True) as room_store:
        return [a.finished for a in attempts(room_store)]


def room_on(tmp_path, port: int, folder: str = "data") -> Room:
    room = Room(
        tmp_path / folder,
        quizzes(tmp_path / "quizzes"),
        "127.0.0.1",
        port,
        "ROOM1",
        limits=Limits(joins_per_minute=1000),
    )
    room.start()
    return room


def test_the_kiosk_says_what_waits_while_the_room_is_down_and_catches_up(tmp_path):
    quiz = quizzes(tmp_path / "kiosk-quizzes")["self"]
    port = free_port()
    room = room_on(tmp_path, port)
    with open_store(tmp_path / "kiosk" / "teachin.db", make_backup=False) as store:
        forwarder = Forwarder(store, f"127.0.0.1:{port}", "room1", poll_s=0.05, max_backoff_s=0.2)
        forwarder.start()
        try:
            ann = answer_once(store, quiz, "Ann", submit=False)
            wait_until(lambda: forwarder.status().sent == 3 and forwarder.status().waiting == 0)
            assert forwarder.status().connected and room_finished(tmp_path) == [False]
            ann.submit()  # handed in after its answers went: the room learns it finished
            wait_until(lambda: room_finished(tmp_path) == [True])
            [kiosk] = room.kiosks()
            assert (kiosk.device_id, kiosk.received) == (store.device_id, 3)
            assert kiosk.seconds_ago() < 10
            room.stop()  # the presenter's laptop restarts: the kiosk goes on taking answers
            answer_once(store, quiz, "Bob")
            answer_once(store, quiz, "Cy")
            wait_until(lambda: not forwarder.status().connected)
            wait_until(lambda: forwarder.status().waiting == 6)
            assert forwarder.status().problem
            room = room_on(tmp_path, port)  # same folder, same port: it rejoins by itself
            wait_until(lambda: forwarder.status().waiting == 0 and forwarder.status().sent == 9)
            assert forwarder.status().connected and not forwarder.status().problem
            assert [k.received for k in room.kiosks()] == [6]
        finally:
            forwarder.stop()
        # Started again (the kiosk restarted): what the room holds is not sent again.
        again = Forwarder(store, f"127.0.0.1:{port}", "ROOM1", poll_s=0.05)
        again.start()
        try:
            wait_until(lambda: again.status().connected)
            time.sleep(0.2)
            assert (again.status().sent, again.status().waiting) == (0, 0)
        finally:
            again.stop()
            room.stop()
        # A presenter on another data folder is another room: it gets everything.
        fresh = room_on(tmp_path, port, folder="other")
        other = Forwarder(store, f"127.0.0.1:{port}", "ROOM1", poll_s=0.05)
        other.start()
        try:
            wait_until(lambda: other.status().sent == 9)
        finally:
            other.stop()
            fresh.stop()
    assert sorted(a.nickname for a in stored(tmp_path)) == ["Ann"] * 3 + ["Bob"] * 3 + ["Cy"] * 3
    assert room_finished(tmp_path) == [True, True, True]


def test_the_quiz_command_takes_a_room_and_its_code_together():
    from teachin.__main__ import build_parser, main

    args = build_parser().parse_args(["quiz", "--room", "10.0.0.2:8765", "--code", "K7M3Q"])
    assert (args.room, args.code) == ("10.0.0.2:8765", "K7M3Q")
    with pytest.raises(SystemExit) as exit_:
        main(["quiz", "--room", "10.0.0.2:8765"])
    assert exit_.value.code == 2


def test_an_answer_the_room_refuses_is_kept_here_and_does_not_block_the_others(tmp_path):
    # The kiosk has another version of the quiz: five options where the room's has three.
    folder = tmp_path / "kiosk-quizzes"
    folder.mkdir()
    (folder / "self.gift").write_text(
        SELF.replace("~Brick ~Cloud}", "~Brick ~Cloud ~Dune ~Egg}"), encoding="utf-8"
    )
    quiz = load_quiz_dir(folder)[0]["self"]
    port = free_port()
    room = room_on(tmp_path, port)
    with open_store(tmp_path / "kiosk" / "teachin.db", make_backup=False) as store:
        answer_once(store, quiz, "Ann", values=(4, "Paris", 8))  # option 5: not in the room's
        answer_once(store, quiz, "Bob")
        forwarder = Forwarder(store, f"127.0.0.1:{port}", "ROOM1", poll_s=0.05)
        forwarder.start()
        try:
            wait_until(lambda: forwarder.status().sent == 5)
            status = forwarder.status()
            assert (status.skipped, status.waiting) == (1, 0)
            kept = store.db.execute("SELECT count(*) FROM answers").fetchone()[0]
        finally:
            forwarder.stop()
            room.stop()
    assert kept == 6
    assert sorted((a.nickname, a.question) for a in stored(tmp_path)) == [
        ("Ann", "s-guess"),
        ("Ann", "s-word"),
        ("Bob", "s-guess"),
        ("Bob", "s-pick"),
        ("Bob", "s-word"),
    ]


def test_a_wrong_code_is_said_and_nothing_is_sent(tmp_path):
    quiz = quizzes(tmp_path / "kiosk-quizzes")["self"]
    port = free_port()
    room = room_on(tmp_path, port)
    with open_store(tmp_path / "kiosk" / "teachin.db", make_backup=False) as store:
        answer_once(store, quiz, "Ann")
        forwarder = Forwarder(store, f"http://127.0.0.1:{port}/#x", "NOPE9", poll_s=0.05)
        forwarder.start()
        try:
            wait_until(lambda: "code" in forwarder.status().problem)
            assert forwarder.status().sent == 0
        finally:
            forwarder.stop()
            room.stop()
    assert stored(tmp_path) == []


def test_typed_addresses_become_the_room_s_url():
    assert room_url(" 192.168.1.20:8765 ") == "http://192.168.1.20:8765/"
    assert room_url("http://10.0.0.2:8765/#K7M3Q") == "http://10.0.0.2:8765/"


@pytest.mark.skipif(not lan_addresses(), reason="no LAN address to announce on")
def test_a_kiosk_finds_an_announced_room_on_the_network():
    addresses = [address for address, _ in lan_addresses()]
    announcer = Announcer(8765, addresses)
    loop = asyncio.new_event_loop()  # running, as the room's: the announcer answers queries
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    asyncio.run_coroutine_threadsafe(announcer.start(), loop).result(10)
    finder = RoomFinder()
    name = announcer.name.split(".")[0]
    try:
        wait_until(lambda: any(r.name == name for r in finder.rooms()), 10)
        [room] = [r for r in finder.rooms() if r.name == name]
        assert (room.address, room.port) == (addresses[0], 8765)
    finally:
        finder.close()
        asyncio.run_coroutine_threadsafe(announcer.stop(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join()
        loop.close()


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=12,
)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200) | JSON.map(lambda v: json.dumps(v).encode()))
def test_a_reply_from_the_network_is_read_or_refused(body):
    try:
        reply = read_reply(body)
        held = acknowledged(reply)
    except ValueError as refused:
        assert str(refused)
        return
    assert all(isinstance(answer_id, str) for answer_id in held)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80), st.lists(st.text(max_size=20), max_size=3), JSON)
def test_an_mdns_answer_is_a_room_or_nothing(name, addresses, port):
    room = found_room(name, addresses, port)
    if room is not None:
        assert 0 < room.port < 65536 and room.name.isprintable() and len(room.name) <= 60
