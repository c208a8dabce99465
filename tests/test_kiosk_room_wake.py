"""A kiosk joined to the live room sends each answer as soon as it is committed: the window wakes
its forwarder rather than leaving the answer for the forwarder's next poll."""

from __future__ import annotations

import functools

import pytest
from PySide6.QtCore import Qt

from forward_kit import free_port
from kiosk_driving import BEFORE_WE_START, parse_quizzes, running_kiosk, store_with_pin
from teachin.room.forwarder import Forwarder
from teachin.room.server import Room
from teachin.ui.kiosk import room_link

store = pytest.fixture(store_with_pin, name="store")


def test_an_answer_reaches_the_room_without_waiting_for_the_next_poll(
    qtbot, tmp_path, store, monkeypatch
):
    # A poll far longer than the wait below: only a wake can send the answer in time.
    monkeypatch.setattr(room_link, "Forwarder", functools.partial(Forwarder, poll_s=60.0))
    quizzes = parse_quizzes(tmp_path, {"pre": BEFORE_WE_START})
    port = free_port()
    room = Room(tmp_path / "room", {}, "127.0.0.1", port, "K7M3Q")
    room.start()
    try:
        with running_kiosk(qtbot, quizzes, store, "pre") as kiosk:
            link = kiosk.room_link
            link.join(f"127.0.0.1:{port}", "K7M3Q")
            qtbot.waitUntil(lambda: link.status().connected, timeout=5_000)  # then it idles
            qtbot.keyClicks(kiosk.name_screen.edit, "Ann")
            qtbot.keyClick(kiosk.name_screen.edit, Qt.Key.Key_Return)
            screen = kiosk.question_screen
            qtbot.keyClicks(screen.answer.edit, "To learn")
            qtbot.mouseClick(screen.next, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: [k.received for k in room.kiosks()] == [1], timeout=5_000)
            qtbot.waitUntil(lambda: link.status().sent == 1, timeout=5_000)
            link.stop()
    finally:
        room.stop()
