"""What the kiosk tells a participant about their own attempt, as plain text: the welcome-back
question, the time left, feedback on a tap and the end-of-turn summary. No Qt: kiosk.py puts
these on its screens, and imports this module only once a session exists (it brings the quiz
engine, which the name screen's first paint does without).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from teachin.quiz import bounds, feedback, score

if TYPE_CHECKING:  # type hints only
    from teachin.content.gift import Quiz
    from teachin.quiz import Attempt
    from teachin.store.quiz_session import QuizSession

# Which quiz modes tell the participant right away whether an answer was right.
FEEDBACK_NOW = {"checkpoint"}
# ... and which show a score at the end (a pre-quiz measures; it does not teach yet).
SCORE_AT_END = {"checkpoint", "post"}


def is_that_you(session: QuizSession) -> str:
    """When an unfinished attempt began and how far it got, never what was answered."""
    answered, total = session.progress
    return (
        f"{session.nickname}, a quiz under this name was started {_when(session.attempt)} "
        f"with {answered} of {total} question{'s' if total != 1 else ''} answered. "
        "Is that you?"
    )


def time_limit_note(attempt: Attempt) -> str:
    """The welcome-back screen's word on the time limit ("" where there is none)."""
    remaining = attempt.remaining()
    if remaining is None:
        return ""
    if remaining <= 0:  # carrying on closes it, as any timed-out attempt
        return (
            "Its time limit has run out: no more answers can be given. "
            "Carrying on closes it with the answers it has."
        )
    return f"It has {_clock(remaining)} of its time left."


def time_left(attempt: Attempt) -> str:
    """The question screen's clock: "4:05 left", or "" without a time limit."""
    remaining = attempt.remaining()
    return "" if remaining is None else f"{_clock(remaining)} left"


def feedback_on_tap(quiz: Quiz, attempt: Attempt) -> str | None:
    """Right or not, and the question's own feedback, for the current question's answer;
    None where the quiz's mode tells nothing before the end."""
    if quiz.mode not in FEEDBACK_NOW:
        return None
    question = attempt.current
    response = attempt.response(question.name)
    notes = list(feedback(question, response))
    points = score(question, response)
    if points is not None:
        notes.insert(0, "✓ Right." if points >= bounds(question)[1] else "✗ Not quite.")
    return "  ".join(notes)


def turn_summary(quiz: Quiz, attempt: Attempt) -> str:
    """The done screen's Markdown: saved, and the score with each question's feedback where the
    quiz's mode shows it."""
    lines = ["Your answers are saved."]
    if quiz.mode in SCORE_AT_END and quiz.scored_questions:
        result = attempt.score()
        lines.append(f"**Score: {max(0.0, result.points):g} of {result.maximum:g}**")
        for name in attempt.order:
            notes = attempt.feedback(name)
            if notes:
                lines.append(f"- {quiz.question(name).text[:80]}: {' '.join(notes)}")
    return "\n\n".join(lines)


def _when(attempt: Attempt) -> str:
    """ "at 14:05" today, else "on 28 Nov at 14:05" (the laptop's local time)."""
    started = datetime.fromtimestamp(attempt.started_at)
    day = "" if started.date() == date.today() else f"on {started.day} {started:%b} "
    return f"{day}at {started:%H:%M}"


def _clock(seconds: float) -> str:
    return f"{int(seconds) // 60}:{int(seconds) % 60:02d}"
