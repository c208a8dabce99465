"""Quiz feedback sends a participant to a slide ("Module 05, slide "Forced from home""): that
slide must show the fact on screen, not only in the speaker notes the room never sees. Every
number in any feedback must be on the slide (its text or its charts' figures), and the feedback a
right answer earns (the fact to take home) must have most of its words there too."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from teachin.content.charts import ChartError, chart_data
from teachin.content.deck import load_deck
from teachin.content.model import Deck, Slide, TextPart
from teachin.content.sources import audience_text
from teachin.quiz import scoring

ROOT = Path(__file__).resolve().parent.parent
# Module 05, slide "Forced from home"  (single quotes around titles holding double quotes)
REFERENCE = re.compile(r"[Mm]odule (\d\d), slide ([\"'])(.+?)\2(?=[.;:,)]|\s*$)")
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
WORD = re.compile(r"[A-Za-z][a-z]{3,}")
# Words that carry no fact of their own.
COMMON = set(
    WORD.findall(
        "right close about that this from they them their with what which when were been have "
        "into only also more than less most says said same then there these those would could "
        "should other some very just much many such does each every article answer here "
        "instead itself over under like before after"
    )
)


@pytest.fixture(scope="module")
def deck() -> Deck:
    return load_deck(ROOT)


def screen_text(slide: Slide, deck: Deck) -> str:
    """What the room can read on ``slide``: its text, its charts' words and their figures."""
    parts = [seen.text for seen in audience_text(slide, deck)]
    for part in slide.charts:
        try:
            data = chart_data(part, deck.series, deck.quizzes)
        except ChartError:
            continue
        parts += data.categories
        for trace in data.traces:
            parts += [trace.label, *trace.text, *(f"{y:g}" for y in trace.y)]
    return "\n".join(parts)


def numbers(text: str) -> list[str]:
    return [n.replace(",", "").rstrip(".") for n in NUMBER.findall(text)]


def shows_number(wanted: str, shown: list[str]) -> bool:
    """``wanted`` is on screen as written, or as a more precise figure that rounds to it."""
    decimals = len(wanted.split(".")[1]) if "." in wanted else 0
    return any(round(float(value), decimals) == float(wanted) for value in shown if value != ".")


def stems(text: str) -> set[str]:
    return {w.lower()[:5] for w in WORD.findall(text) if w.lower() not in COMMON}


def unseen(
    feedback: str, slides: dict[tuple[str, str], Slide], deck: Deck, words: bool = True
) -> list[str]:
    """What ``feedback`` states that none of the slides it names shows on screen: its numbers,
    and (with ``words``) most of its words."""
    named = [(m.group(1), m.group(3)) for m in REFERENCE.finditer(feedback)]
    fact = REFERENCE.sub(" ", feedback)
    shown = "\n".join(screen_text(slides[key], deck) for key in named if key in slides)
    missing = [f"number {n}" for n in numbers(fact) if not shows_number(n, numbers(shown))]
    said = stems(fact) if words else set()
    absent = said - stems(shown)
    if said and len(absent) > len(said) / 2:
        missing.append(f"words {sorted(absent)}")
    return missing


def feedback_texts(quiz, question) -> list[tuple[str, bool]]:
    """Each feedback naming a slide, and whether a right answer shows it (scored questions)."""
    texts = [question.general_feedback]
    texts += [c.feedback for c in question.choices] + [n.feedback for n in question.numbers]
    right = set()
    if question in quiz.scored_questions:
        right = set(scoring.feedback(question, scoring.correct_response(question)))
    return [(t, t in right) for t in texts if t and REFERENCE.search(t)]


def test_every_feedback_fact_is_on_the_slide_it_names(deck: Deck) -> None:
    slides = {(f"{deck.modules[s.module_index].order:02d}", s.title): s for s in deck.slides}
    problems = [
        f"{quiz.name}/{question.name}: {text!r} -> {missing}"
        for quiz in deck.quizzes.values()
        for question in quiz.questions
        for text, is_right in feedback_texts(quiz, question)
        if (missing := unseen(text, slides, deck, words=is_right))
    ]
    assert problems == [], "\n".join(problems)


def test_a_fact_only_in_the_notes_is_caught(deck: Deck) -> None:
    """The rule is not vacuous: a slide whose body lacks the fact fails, its notes do not help."""
    slide = next(s for s in deck.slides if s.title == "How many migrants?")
    words_only = tuple(p for p in slide.parts if isinstance(p, TextPart))  # chart note dropped
    bare = slide._replace(parts=words_only, notes=slide.notes + " 244 million 20 refugees")
    slides = {("05", "How many migrants?"): bare}
    feedback = (
        'About 20 million of the 244 million were refugees. Module 05, slide "How many migrants?".'
    )
    assert unseen(feedback, slides, deck)
    assert not unseen(feedback, {("05", "How many migrants?"): slide}, deck)
