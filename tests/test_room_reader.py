"""The presenter's live reader of the room's answers: only new rows are read on a refresh,
and the answer that counts is still each person's latest."""

from __future__ import annotations

from teachin.store import answers as ops
from teachin.store.db import open_store
from teachin.store.reader import RoomAnswers


def test_changed_cleared_and_late_merged_answers_count_as_in_the_store(data_dir):
    room = RoomAnswers()
    with open_store() as kiosk:
        ana = ops.start_attempt(kiosk, nickname="Ana", quiz="cp", attempt_id="A")
        bo = ops.start_attempt(kiosk, nickname="Bo", quiz="cp", attempt_id="B")
        ops.record_answer(kiosk, answer_id="a1", attempt_id=ana, question="q", response=250.0)
        ops.record_answer(kiosk, answer_id="b1", attempt_id=bo, question="q", response=300.0)
        assert sorted(room("cp", "q")) == [250.0, 300.0]

        ops.record_answer(kiosk, answer_id="a2", attempt_id=ana, question="q", response=280.0)
        ops.record_answer(kiosk, answer_id="b2", attempt_id=bo, question="q", response=None)
        assert room("cp", "q") == [280.0]  # Ana changed her mind, Bo cleared his

        # A bundle merged later may carry an older answer of Ana's: it must not win.
        with kiosk.write() as db:
            db["answers"].insert(
                {"id": "a0", "attempt_id": ana, "quiz": "cp", "question": "q",
                 "response": "1.0", "answered_at": "2000-01-01T00:00:00.000+00:00",
                 "device_id": "other-laptop"}
            )  # fmt: skip
        assert room("cp", "q") == [280.0]
        assert room("cp", "q") == [a.response for a in ops.answers_for_question(kiosk, "cp", "q")]
    room.close()
