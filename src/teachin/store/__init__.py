"""Results storage: SQLite through sqlite-utils (see db.py for the safety rules).

The kiosk and the room chart use::

    from teachin.store import open_store, answers
    store = open_store()                      # raises StoreError with a message to show
    attempt = answers.start_attempt(store, nickname="Ana", quiz="pre")
    answer_id = answers.new_id()              # before the write; reuse it on a retry
    answers.record_answer(store, answer_id=answer_id, attempt_id=attempt,
                          question="q1", response={"choice": 2}, correct=True, points=1.0)
    answers.answers_for_question(store, "pre", "q1")

The presenter's room chart takes ``reader.RoomAnswers()`` as its ``answers(quiz, question)``.
A damaged database is kept aside and its newest good backup restored by ``open_store``;
``store.recovery`` says what was done and ``store.notices`` holds the message to show.
Looking at results (``results show``, a results window) uses ``open_for_reading()``: it writes
nothing, so it works on a read-only stick, and reads the newest good backup of a damaged file.
"""

from teachin.store.db import Store, StoreError, open_for_reading, open_store

__all__ = ["Store", "StoreError", "open_for_reading", "open_store"]
