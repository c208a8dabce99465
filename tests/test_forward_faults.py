"""Faults while shared laptops feed the room (issue 15), each repeated fifty times: the room
process killed mid-burst and started again, a kiosk process killed mid-forward and started
again, the link cut and restored. Afterwards the room holds every answer any kiosk committed
(acknowledged to its participant), none twice, and every database passes integrity_check."""

from __future__ import annotations

import random
import time

import pytest

from forward_kit import Kiosk, Room, figures, integrity, room_and_kiosks

ROUNDS = 50
pytestmark = pytest.mark.slow  # each loop takes ~10-20 s here


def check(room: Room, kiosks: list[Kiosk], what: str, faults: int) -> None:
    for kiosk in kiosks:
        kiosk.stop_asked.set()
    assert [kiosk.finish() for kiosk in kiosks] == [0] * len(kiosks)
    room.stop()
    counts = figures(room, kiosks)
    print(f"\n{what}: {faults} times, {counts}")
    assert counts["answers"] > ROUNDS  # answers were given all through the loop
    assert counts["lost"] == 0 and counts["duplicated"] == 0
    assert {integrity(db) for db in [room.db, *(k.db for k in kiosks)]} == {"ok"}


def test_the_room_killed_mid_burst_and_restarted(tmp_path):
    with room_and_kiosks(tmp_path, 2, 10_000) as (room, kiosks, _):
        pick = random.Random(15)
        for _ in range(ROUNDS):
            time.sleep(pick.uniform(0.02, 0.12))  # kiosks answering and forwarding meanwhile
            room.kill()
            room.start()
        check(room, kiosks, "room killed", room.kills)


def test_a_kiosk_killed_mid_forward_and_restarted(tmp_path):
    with room_and_kiosks(tmp_path, 2, 10_000) as (room, kiosks, _):
        pick = random.Random(15)
        for _ in range(ROUNDS):
            time.sleep(pick.uniform(0.1, 0.3))  # a restarted kiosk is answering and sending
            kiosk = pick.choice(kiosks)
            kiosk.kill()
            kiosk.start()
        check(room, kiosks, "kiosk killed", sum(k.kills for k in kiosks))


def test_the_link_cut_and_restored(tmp_path):
    with room_and_kiosks(tmp_path, 2, 10_000, relay=True) as (room, kiosks, link):
        pick = random.Random(15)
        for _ in range(ROUNDS):
            time.sleep(pick.uniform(0.02, 0.1))
            link.cut()
            time.sleep(pick.uniform(0.01, 0.1))
            link.restore()
        check(room, kiosks, "link cut", link.cuts)
