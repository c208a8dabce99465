"""What a ```quiz block shows on a slide: the question and its choices, as Markdown."""

from __future__ import annotations

from teachin.content.model import Deck, QuizPart


def placeholder(part: QuizPart) -> str:
    """The labelled stand-in used when the quiz or question cannot be found."""
    if part.question:
        return f"**Quiz question:** {part.quiz} / {part.question}"
    return f"**Quiz:** {part.quiz}"


def quiz_markdown(part: QuizPart, deck: Deck | None) -> str | None:
    """The question and its choices, or a "Quiz time" announcement; None if not found."""
    quiz = deck.quizzes.get(part.quiz) if deck is not None else None
    if quiz is None:
        return None
    if part.question is None:
        return f"**Quiz time:** {_escape(getattr(quiz, 'title', '') or part.quiz)}"
    for question in getattr(quiz, "questions", ()):
        if getattr(question, "name", None) == part.question:
            return _question_markdown(question)
    return None


def _question_markdown(question: object) -> str:
    text = getattr(question, "text", "") or getattr(question, "prompt", "")
    lines = [str(text)]
    choices = [getattr(c, "text", c) for c in getattr(question, "choices", ()) or ()]
    if choices:
        lines.append("")
        lines += [f"{chr(ord('A') + i)}. {_escape(str(c))}" for i, c in enumerate(choices)]
    return "\n".join(lines)


def _escape(text: str) -> str:
    # A choice like "1. 2 million" must not turn into a numbered list inside a list item.
    return text.replace("\\", "\\\\")
