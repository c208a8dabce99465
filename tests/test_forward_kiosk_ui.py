"""The facilitator joins a kiosk to the live room behind the PIN (issue 15): the answers the
participant gives then reach the room, and a small corner label says whether the room is reached
and how many answers wait, without stopping the quiz when the room goes away."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt

from forward_kit import free_port
from kiosk_driving import (
    BEFORE_WE_START,
    parse_quizzes,
    running_kiosk,
    start_and_answer,
    store_with_pin,
    type_pin,
)
from teachin.room.server import Room
from teachin.store.settings import get_setting
from teachin.ui.kiosk.room_link import ROOM_SETTING

store = pytest.fixture(store_with_pin, name="store")


def test_joined_behind_the_pin_the_kiosk_feeds_the_room_and_says_so_discreetly(
    qtbot, tmp_path, store
):
    quizzes = parse_quizzes(tmp_path, {"pre": BEFORE_WE_START})
    port = free_port()
    room = Room(tmp_path / "room", {}, "127.0.0.1", port, "K7M3Q")
    room.start()
    try:
        with running_kiosk(qtbot, quizzes, store, "pre") as kiosk:
            link = kiosk.room_link
            assert not link.label.isVisible()  # no room: nothing in the corner
            qtbot.mouseClick(kiosk.name_screen.facilitator, Qt.MouseButton.LeftButton)
            type_pin(qtbot, kiosk)
            menu = kiosk.facilitator_screen
            tab = menu.tabs.indexOf(link.panel)
            bar = menu.tabs.tabBar()
            assert bar.tabText(tab) == "Join a room"
            qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tab).center())
            assert link.panel.isVisible()
            qtbot.keyClicks(link.panel.address, f"127.0.0.1:{port}")
            qtbot.keyClicks(link.panel.code, "k7m3q")
            qtbot.mouseClick(link.panel.join, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: "Connected to 127.0.0.1" in link.panel.state.text())
            kiosk.grab().save(str(tmp_path / "join-a-room.png"))
            qtbot.mouseClick(menu.back, Qt.MouseButton.LeftButton)
            start_and_answer(qtbot, kiosk, "Ann", ["To learn"])
            qtbot.waitUntil(lambda: [k.received for k in room.kiosks()] == [1], timeout=10_000)
            qtbot.waitUntil(lambda: link.label.text() == "room connected", timeout=5_000)
            assert link.label.isVisible() and link.label.height() < 30
            corner = link.label.geometry()
            assert corner.right() > kiosk.width() - 40 and corner.bottom() > kiosk.height() - 40
            kiosk.grab().save(str(tmp_path / "kiosk-in-room.png"))
            assert get_setting(store, ROOM_SETTING) == {
                "address": f"127.0.0.1:{port}",
                "code": "k7m3q",
            }

            room.stop()  # the presenter's laptop goes away: the quiz goes on
            screen = kiosk.question_screen  # Ann's next question
            qtbot.keyClicks(screen.answer.edit, "281")
            qtbot.mouseClick(screen.next, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(
                lambda: link.label.text() == "room: reconnecting · 1 waiting", timeout=10_000
            )
            kiosk.grab().save(str(tmp_path / "kiosk-room-down.png"))
            room.start()
            qtbot.waitUntil(lambda: link.label.text() == "room connected", timeout=10_000)
    finally:
        room.stop()
    held = {a[0] for a in store.db.execute("SELECT id FROM answers")}
    room_store_ids = _room_ids(tmp_path)
    assert held == room_store_ids and len(held) == 2


def _room_ids(tmp_path) -> set[str]:
    from teachin.store.db import open_store

    deadline = time.monotonic() + 5
    while True:
        with open_store(tmp_path / "room" / "teachin.db", make_backup=False) as room_store:
            ids = {row[0] for row in room_store.db.execute("SELECT id FROM answers")}
        if ids or time.monotonic() > deadline:
            return ids
