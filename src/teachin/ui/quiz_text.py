"""What a ```quiz block shows on a slide: the question and its choices, never the answer."""

from __future__ import annotations

import string

from teachin.content.gift import Question
from teachin.content.model import Deck, QuizPart

# What the room is asked to give, for kinds that have no choices to list.
_ASK = {
    "numeric": "*Your estimate: a number.*",
    "short": "*Answer in a word or two.*",
    "essay": "*Your thoughts, in a sentence or two.*",
}


def placeholder(part: QuizPart) -> str:
    """The labelled stand-in used when the quiz or question cannot be found."""
    if part.question:
        return f"**Quiz question:** {escape(part.quiz)} / {escape(part.question)}"
    return f"**Quiz:** {escape(part.quiz)}"


def quiz_markdown(part: QuizPart, deck: Deck | None) -> str | None:
    """The question and its choices, or a "Quiz time" announcement; None if not found."""
    quiz = deck.quizzes.get(part.quiz) if deck is not None else None
    if quiz is None:
        return None
    if part.question is None:
        count = len(quiz.questions)
        return (
            f"**Quiz time:** {escape(quiz.title or quiz.name)}\n\n"
            f"{count} question{'s' if count != 1 else ''}, on the shared laptops."
        )
    for question in quiz.questions:
        if question.name == part.question:
            return question_markdown(question)
    return None


def question_markdown(question: Question) -> str:
    text = question.text if question.text_format == "markdown" else escape(question.text)
    lines = [text, ""]
    if question.kind == "ordering":  # listed in a neutral order: the file's order is the answer
        lines.append("*Put in order:*")
        lines += [f"- {escape(c.text)}" for c in sorted(question.choices, key=lambda c: c.text)]
    elif question.kind == "matching":
        lines += [f"- {escape(left)} → ?" for left in question.match_prompts]
        lines += ["", "*Options:* " + " · ".join(escape(o) for o in question.match_options)]
    elif question.kind in {"single", "multiple", "truefalse", "poll"}:
        for i, choice in enumerate(question.choices):
            lines += [f"**{string.ascii_uppercase[i % 26]}.** {escape(choice.text)}", ""]
    elif question.kind in _ASK:
        lines.append(_ASK[question.kind])
    return "\n".join(lines).strip()


def escape(text: str) -> str:
    """Plain text as Markdown that reads the same: CommonMark lets any ASCII punctuation be
    backslash-escaped, so '*', '1.' or '#' in a question stay as typed."""
    return "".join("\\" + ch if ch in string.punctuation else ch for ch in text)
