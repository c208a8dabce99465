"""Shared laptops feed one live room (issue 15): two and four kiosk processes on loopback, each
with its own data folder, answer together; the room's database and its room chart's reader hold
every answer, once."""

from __future__ import annotations

import pytest

from forward_kit import ANSWERS_PER_PERSON, answer_ids, figures, integrity, room_and_kiosks
from teachin.store.reader import RoomAnswers


@pytest.mark.parametrize("laptops", [2, 4])
def test_every_kiosk_s_answers_reach_the_room_and_its_chart(tmp_path, laptops):
    people = 15
    with room_and_kiosks(tmp_path, laptops, people) as (room, kiosks, _):
        assert [kiosk.finish() for kiosk in kiosks] == [0] * laptops
        room.stop()
    counts = figures(room, kiosks)
    print(counts)
    own = [len(answer_ids(kiosk.db)) for kiosk in kiosks]
    assert own == [people * ANSWERS_PER_PERSON] * laptops
    assert len(answer_ids(room.db)) == sum(own)
    assert counts["lost"] == counts["duplicated"] == 0
    chart = RoomAnswers(room.db)
    try:
        for question in ("s-pick", "s-word", "s-guess"):  # one answer per attempt
            assert len(chart("self", question)) == laptops * people
    finally:
        chart.close()
    assert {integrity(db) for db in [room.db, *(k.db for k in kiosks)]} == {"ok"}
