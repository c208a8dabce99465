"""What the kiosk tells a participant about their own attempt, as plain text: the welcome-back
question, the time left, feedback on a tap and the end-of-turn summary. No Qt: window.py puts
these on its screens, and imports this module only once a session exists (it brings the quiz
engine, which the name screen's first paint does without).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from teachin.content.room_chart import choice_words
from teachin.i18n import QT_TRANSLATE_NOOP, Texts, exact_number_text, number_text
from teachin.quiz import bounds, feedback, score
from teachin.quiz.scoring import correct_response

if TYPE_CHECKING:  # type hints only
    from teachin.content.gift import Question, Quiz
    from teachin.quiz import Attempt, Response
    from teachin.store.quiz_session import QuizSession

# Every sentence this module words, in one place (whole sentences with named blanks).
TEXT = Texts(
    "AttemptText",
    {
        "is_that_you": QT_TRANSLATE_NOOP(
            "AttemptText",
            "{name}, a quiz under this name was started {when} with {answered} of "
            "{total} questions answered. Is that you?",
        ),
        "is_that_you_one": QT_TRANSLATE_NOOP(
            "AttemptText",
            "{name}, a quiz under this name was started {when} with {answered} of "
            "1 question answered. Is that you?",
        ),
        "time_ran_out": QT_TRANSLATE_NOOP(
            "AttemptText",
            "Its time limit has run out: no more answers can be given. Carrying on "
            "closes it with the answers it has.",
        ),
        "time_left_note": QT_TRANSLATE_NOOP("AttemptText", "It has {clock} of its time left."),
        "time_left": QT_TRANSLATE_NOOP("AttemptText", "{clock} left"),
        "right": QT_TRANSLATE_NOOP("AttemptText", "✓ Right."),
        "not_quite": QT_TRANSLATE_NOOP("AttemptText", "✗ Not quite."),
        "saved": QT_TRANSLATE_NOOP("AttemptText", "Your answers are saved."),
        "score": QT_TRANSLATE_NOOP("AttemptText", "**Score: {points} of {maximum}**"),
        "question": QT_TRANSLATE_NOOP("AttemptText", "#### {number}. {question}"),
        "yours": QT_TRANSLATE_NOOP("AttemptText", "Your answer: {answer}"),
        "yours_right": QT_TRANSLATE_NOOP("AttemptText", "Your answer: {answer} — ✓ right"),
        "yours_wrong": QT_TRANSLATE_NOOP("AttemptText", "Your answer: {answer} — ✗ not right"),
        "correct": QT_TRANSLATE_NOOP("AttemptText", "The right answer: {answer}"),
        "look": QT_TRANSLATE_NOOP("AttemptText", "Where to look: {notes}"),
        "none": QT_TRANSLATE_NOOP("AttemptText", "(no answer)"),
        "number_within": QT_TRANSLATE_NOOP("AttemptText", "{value} (give or take {tolerance})"),
        "pair": QT_TRANSLATE_NOOP("AttemptText", "{left} → {right}"),
        "today": QT_TRANSLATE_NOOP("AttemptText", "at {time}"),
        "other_day": QT_TRANSLATE_NOOP("AttemptText", "on {day} {month} at {time}"),
        "handed_in": QT_TRANSLATE_NOOP(
            "AttemptText",
            "You handed in this quiz {when}. Thank you! If you should take it again, "
            "ask the facilitator.",
        ),
    },
)

# Months as "on 28 Nov" says them, by number ("%b" would follow the C locale, in English).
MONTHS = Texts(
    "AttemptText",
    {
        "1": QT_TRANSLATE_NOOP("AttemptText", "Jan"),
        "2": QT_TRANSLATE_NOOP("AttemptText", "Feb"),
        "3": QT_TRANSLATE_NOOP("AttemptText", "Mar"),
        "4": QT_TRANSLATE_NOOP("AttemptText", "Apr"),
        "5": QT_TRANSLATE_NOOP("AttemptText", "May"),
        "6": QT_TRANSLATE_NOOP("AttemptText", "Jun"),
        "7": QT_TRANSLATE_NOOP("AttemptText", "Jul"),
        "8": QT_TRANSLATE_NOOP("AttemptText", "Aug"),
        "9": QT_TRANSLATE_NOOP("AttemptText", "Sep"),
        "10": QT_TRANSLATE_NOOP("AttemptText", "Oct"),
        "11": QT_TRANSLATE_NOOP("AttemptText", "Nov"),
        "12": QT_TRANSLATE_NOOP("AttemptText", "Dec"),
    },
)

# Which quiz modes tell the participant right away whether an answer was right.
FEEDBACK_NOW = {"checkpoint"}
# ... and which show a score at the end (a pre-quiz measures; it does not teach yet).
SCORE_AT_END = {"checkpoint", "post"}


def is_that_you(session: QuizSession) -> str:
    """When an unfinished attempt began and how far it got, never what was answered."""
    answered, total = session.progress
    words = TEXT["is_that_you_one" if total == 1 else "is_that_you"]
    when = _when(datetime.fromtimestamp(session.attempt.started_at))
    return words.format(name=session.nickname, when=when, answered=answered, total=total)


def already_handed_in(finished_at: str) -> str:
    """The name screen's word to someone whose attempt at this quiz is handed in."""
    return TEXT["handed_in"].format(when=_when(datetime.fromisoformat(finished_at).astimezone()))


def time_limit_note(attempt: Attempt) -> str:
    """The welcome-back screen's word on the time limit ("" where there is none)."""
    remaining = attempt.remaining()
    if remaining is None:
        return ""
    if remaining <= 0:  # carrying on closes it, as any timed-out attempt
        return TEXT["time_ran_out"]
    return TEXT["time_left_note"].format(clock=_clock(remaining))


def time_left(attempt: Attempt) -> str:
    """The question screen's clock: "4:05 left", or "" without a time limit."""
    remaining = attempt.remaining()
    return "" if remaining is None else TEXT["time_left"].format(clock=_clock(remaining))


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
        notes.insert(0, TEXT["right" if points >= bounds(question)[1] else "not_quite"])
    return "  ".join(notes)


def turn_summary(quiz: Quiz, attempt: Attempt) -> str:
    """The done screen's Markdown: saved; and, where the quiz's mode shows it, the score and
    each question in full: the answer given in words, the right answer, and the feedback (which
    says where in the deck to look)."""
    lines = [TEXT["saved"]]
    if quiz.mode in SCORE_AT_END and quiz.scored_questions:
        result = attempt.score()
        points = number_text(f"{round(max(0.0, result.points), 1):g}")  # "2,5" in French
        maximum = number_text(f"{result.maximum:g}")
        lines.append(TEXT["score"].format(points=points, maximum=maximum))
        for number, name in enumerate(attempt.order, start=1):
            question = quiz.question(name)
            if question.kind == "description":
                continue
            lines.append(TEXT["question"].format(number=number, question=_md(question.text)))
            response = attempt.response(name)
            points = score(question, response)
            yours = "yours" if points is None or response is None else "yours_wrong"
            if points is not None and response is not None and points >= bounds(question)[1]:
                yours = "yours_right"
            lines.append(TEXT[yours].format(answer=_md(in_words(question, response))))
            right = correct_response(question)
            if right is not None:
                lines.append(TEXT["correct"].format(answer=_md(in_words(question, right))))
            notes = attempt.feedback(name)
            if notes:
                lines.append(TEXT["look"].format(notes=_md(" ".join(notes))))
    return "\n\n".join(lines)


def in_words(question: Question, response: Response) -> str:
    """A response as the participant saw it: the options' own words, never indexes."""
    if response is None:
        return TEXT["none"]
    kind, choices = question.kind, question.choices
    if kind == "truefalse" and isinstance(response, int):
        return choice_words(kind, choices[response].text)  # Vrai/Faux in French
    if kind in ("single", "poll") and isinstance(response, int):
        return choices[response].text
    if kind == "multiple" and isinstance(response, list):
        return "; ".join(choices[i].text for i in response)
    if kind == "ordering" and isinstance(response, list):
        return " → ".join(choices[i].text for i in response)
    if kind == "matching" and isinstance(response, list):
        options = question.match_options
        return "; ".join(
            TEXT["pair"].format(left=left, right=TEXT["none"] if pick is None else options[pick])
            for left, pick in zip(question.match_prompts, response, strict=False)
        )
    if kind == "numeric" and isinstance(response, float | int):
        best = max((a for a in question.numbers if a.value == response), default=None, key=_frac)
        if best is not None and best.tolerance:
            within = TEXT["number_within"]
            return within.format(
                value=exact_number_text(response), tolerance=exact_number_text(best.tolerance)
            )
        return exact_number_text(response)
    return str(response)


def _frac(answer) -> float:
    return answer.fraction


def _md(text: str) -> str:
    """Plain text that Markdown shows as typed ('*', '#', '1.' stay)."""
    from teachin.ui.quiz_text import escape

    return escape(text)


def _when(moment: datetime) -> str:
    """ "at 14:05" today, else "on 28 Nov at 14:05" (the laptop's local time)."""
    time_ = f"{moment:%H:%M}"
    if moment.date() == date.today():
        return TEXT["today"].format(time=time_)
    month = MONTHS[str(moment.month)]
    return TEXT["other_day"].format(day=moment.day, month=month, time=time_)


def _clock(seconds: float) -> str:
    return f"{int(seconds) // 60}:{int(seconds) % 60:02d}"
