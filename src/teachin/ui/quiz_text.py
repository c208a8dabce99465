"""What a ```quiz block shows on a slide: the question and its choices, never the answer."""

from __future__ import annotations

import string
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from teachin.content.model import Deck, QuizPart

if TYPE_CHECKING:
    from teachin.content.gift import Question, Quiz

SHORT_CHOICE = 30  # characters: choices this short go side by side
NBSP, GAP = "\u00a0", "\u2003\u2003 "  # the gap may break between choices, never within
SLIDE_SEED = 0  # one fixed order for the slide, shuffled like the kiosk so 'A' is not the answer


def _ask(kind: str) -> str | None:
    """What the room is asked to give, for kinds that have no choices to list."""
    if kind == "numeric":
        return QCoreApplication.translate("QuizText", "*Your estimate: a number.*")
    if kind == "short":
        return QCoreApplication.translate("QuizText", "*Answer in a word or two.*")
    if kind == "essay":
        return QCoreApplication.translate("QuizText", "*Your thoughts, in a sentence or two.*")
    return None


def placeholder(part: QuizPart) -> str:
    """The labelled stand-in used when the quiz or question cannot be found."""
    if part.question:
        said = QCoreApplication.translate("QuizText", "**Quiz question:** {quiz} / {question}")
        return said.format(quiz=escape(part.quiz), question=escape(part.question))
    return QCoreApplication.translate("QuizText", "**Quiz:** {quiz}").format(quiz=escape(part.quiz))


def quiz_markdown(part: QuizPart, deck: Deck | None) -> str | None:
    """The question and its choices, or a "Quiz time" announcement; None if not found."""
    quiz = deck.quizzes.get(part.quiz) if deck is not None else None
    if quiz is None:
        return None
    if part.question is None:
        count = len(quiz.questions)
        if count == 1:
            said = QCoreApplication.translate(
                "QuizText", "**Quiz time:** {title}\n\n1 question, on the shared laptops."
            )
        else:
            said = QCoreApplication.translate(
                "QuizText", "**Quiz time:** {title}\n\n{count} questions, on the shared laptops."
            )
        return said.format(title=escape(quiz.title or quiz.name), count=count)
    for question in quiz.questions:
        if question.name == part.question:
            return question_markdown(quiz, question)
    return None


def question_markdown(quiz: Quiz, question: Question) -> str:
    text = question.text if question.text_format == "markdown" else escape(question.text)
    lines = [text, ""]
    # The quiz engine (teachin.quiz and all it imports) only once a quiz slide is shown:
    # not at start-up, before the room's first slide.
    from teachin.quiz.shuffle import choice_order

    order = choice_order(quiz, question, SLIDE_SEED)
    if question.kind == "ordering":
        lines += _lettered([question.choices[i].text for i in order])
    elif question.kind == "matching":
        lines += [*_lettered(list(question.match_prompts), "123456789"), ""]
        lines += _lettered([question.match_options[i] for i in order])
    elif question.kind in {"single", "multiple", "truefalse", "poll"}:
        lines += _lettered([question.choices[i].text for i in order])
    elif ask := _ask(question.kind):
        lines.append(ask)
    return "\n".join(lines).strip()


def _lettered(choices: list[str], marks: str = string.ascii_uppercase) -> list[str]:
    """One "A. choice" per choice: short ones side by side on one line (a choice never breaks
    inside), longer ones a paragraph each."""
    labels = [f"**{mark}.** {escape(c)}" for mark, c in zip(marks, choices, strict=False)]
    if all(len(c) <= SHORT_CHOICE for c in choices):
        return [GAP.join(label.replace(" ", NBSP) for label in labels)]
    return [line for label in labels for line in (label, "")]


def escape(text: str) -> str:
    """Plain text as Markdown that reads the same: CommonMark lets any ASCII punctuation be
    backslash-escaped, so '*', '1.' or '#' in a question stay as typed."""
    return "".join("\\" + ch if ch in string.punctuation else ch for ch in text)
