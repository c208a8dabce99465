"""A known workshop for the results tests: the built-in deck's pre and post quizzes, taken
through the kiosk's own session (QuizSession), so answers are stored as the kiosk stores them.

Figures a test can rely on (worked out by hand):
- pre: Ana, Bo, Cy took part (Cy did not finish); post: Ana, Bo, Dee (all finished).
- migrants-2020 (estimate, true figure 281): pre 800 and 2000 -> median 1,400; post 290, 281.
- refugee-share (true/false, False is right): pre 1 of 3 right (33 %), post 2 of 3 (67 %);
  Ana and Bo, who took both: 0 % -> 100 %.
- displaced-count: pre 2 of 3 right, post 2 of 3; Ana and Bo: 50 % -> 100 %.
- open-borders-view (poll): pre both Disagree, post Agree and Partly agree.
"""

from __future__ import annotations

from teachin.content.gift import Quiz, load_quiz_dir
from teachin.store.db import Store
from teachin.store.quiz_session import QuizSession

TRUE, FALSE = 0, 1  # refugee-share's choices, in the file's order
PRE = {
    "Ana": {"migrants-2020": 800.0, "refugee-share": TRUE, "displaced-count": 0,
            "ban-countries": [0, 1], "open-borders-view": 4},
    "Bo": {"migrants-2020": 2000.0, "refugee-share": TRUE, "displaced-count": 1,
           "open-borders-view": 4},
    "Cy": {"refugee-share": FALSE, "displaced-count": 0},
}  # fmt: skip
POST = {
    "Ana": {"migrants-2020": 290.0, "refugee-share": FALSE, "displaced-count": 0,
            "open-borders-view": 0},
    "Bo": {"migrants-2020": 281.0, "refugee-share": FALSE, "displaced-count": 0,
           "open-borders-view": 1},
    "Dee": {"refugee-share": TRUE, "displaced-count": 2},
}  # fmt: skip
UNFINISHED = {("pre", "Cy")}


def deck_quizzes(repo) -> dict[str, Quiz]:
    quizzes, problems = load_quiz_dir(repo / "quizzes")
    assert problems == []
    return quizzes


def take(store: Store, quiz: Quiz, nickname: str, picks: dict[str, object], finish=True) -> None:
    session = QuizSession.begin(store, quiz, nickname)
    for name, raw in picks.items():
        session.attempt.goto(session.attempt.order.index(name))
        session.answer(raw)
    if finish:
        session.submit()


def fill(store: Store, quizzes: dict[str, Quiz]) -> None:
    for quiz_name, people in (("pre", PRE), ("post", POST)):
        for nickname, picks in people.items():
            finish = (quiz_name, nickname) not in UNFINISHED
            take(store, quizzes[quiz_name], nickname, picks, finish)
