"""What the room shows a phone about a question and its own answers, as JSON-able data.

The wording and feedback rules are the kiosk's (ui/kiosk/attempt_text.py): a checkpoint says at
once whether an answer was right, with the question's own feedback; checkpoints and post-quizzes
show the score at the end; a pre-quiz measures and tells nothing. They are repeated here rather
than imported because the room must not import ``teachin.ui`` (which brings Qt).

Its words are in the room's language (``--lang``, else the system's; teachin.i18n); the phone
page words the rest in its browser's language (static/app.js).

Options are sent in the order this phone shows them, as positions: the phone never learns the
quiz file's indexes (see protocol.py), nor which option is right before it answers.
"""

from __future__ import annotations

from typing import Any

from teachin.content.gift import CHOICE_KINDS, Question, Quiz
from teachin.content.room_chart import choice_words
from teachin.i18n import translate
from teachin.quiz import Attempt, bounds, feedback, score
from teachin.room.protocol import Refused

# Which quiz modes tell the participant right away whether an answer was right ...
FEEDBACK_NOW = frozenset({"checkpoint"})
# ... and which show a score at the end (a pre-quiz measures; it does not teach yet).
SCORE_AT_END = frozenset({"checkpoint", "post"})
POSITIONED = CHOICE_KINDS | {"ordering", "matching"}


def question_json(question: Question, order: tuple[int, ...]) -> dict[str, Any]:
    """The question as the phone shows it: text, kind, and options in display order."""
    data: dict[str, Any] = {"name": question.name, "kind": question.kind, "text": question.text}
    if question.kind == "matching":
        data["prompts"] = list(question.match_prompts)
        data["options"] = [question.match_options[i] for i in order]
    elif question.kind in POSITIONED:
        data["options"] = [choice_words(question.kind, question.choices[i].text) for i in order]
    return data


def from_positions(question: Question, order: tuple[int, ...], value: Any) -> Any:
    """The phone's answer (positions in its display order) as the engine's file indexes.
    Anything else is passed on for ``normalize`` to judge."""
    if question.kind not in POSITIONED or value is None:
        return value

    def index(position: Any) -> int | None:
        if position is None and question.kind == "matching":
            return None
        if type(position) is not int or not 0 <= position < len(order):
            raise Refused(400, translate("room", "That option is not on this question."))
        return order[position]

    if isinstance(value, list):
        if question.kind in ("single", "truefalse", "poll"):
            raise Refused(400, translate("room", "Choose one option."))
        return [index(p) for p in value]
    if question.kind in ("multiple", "ordering", "matching"):
        raise Refused(400, translate("room", "The answer must be a list of options."))
    return index(value)


def to_positions(question: Question, order: tuple[int, ...], response: Any) -> Any:
    """A stored response as the phone shows it (to put a resumed answer back on screen)."""
    if question.kind not in POSITIONED or response is None:
        return response
    where = {index: position for position, index in enumerate(order)}
    if isinstance(response, list):
        return [None if r is None else where[r] for r in response]
    return where[response]


def feedback_now(quiz: Quiz, question: Question, response: Any) -> str | None:
    """Right or not, and the question's own feedback; None where the mode tells nothing yet."""
    if quiz.mode not in FEEDBACK_NOW:
        return None
    notes = list(feedback(question, response))
    points = score(question, response)
    if points is not None:
        right = points >= bounds(question)[1]
        notes.insert(
            0, translate("room", "✓ Right.") if right else translate("room", "✗ Not quite.")
        )
    return "  ".join(notes)


def summary(quiz: Quiz, attempt: Attempt) -> dict[str, Any]:
    """The done screen: saved, and the score with each question's feedback where the mode
    shows it (the kiosk's turn_summary as data; the phone words and escapes it). Each note
    names its question in full, as the kiosk does: a cut one may not tell which it was."""
    data: dict[str, Any] = {"score": None, "maximum": None, "notes": []}
    if quiz.mode in SCORE_AT_END and quiz.scored_questions:
        result = attempt.score()
        data["score"], data["maximum"] = max(0.0, result.points), result.maximum
        for name in attempt.order:
            notes = attempt.feedback(name)
            if notes:
                data["notes"].append([quiz.question(name).text, " ".join(notes)])
    return data
