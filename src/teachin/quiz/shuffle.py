"""Seeded shuffling: the same attempt seed always gives the same order, so a resumed attempt
(or a review of it) shows exactly what the participant saw. Each question draws from its own
stream, keyed by quiz, question and seed, so adding a question leaves the others' order alone."""

from __future__ import annotations

import random

from teachin.content.gift import Question, Quiz

# A poll keeps its file order: its options are usually a scale (disagree ... agree).
SHUFFLED_CHOICE_KINDS = frozenset({"single", "multiple"})


def new_seed() -> int:
    """A fresh seed for a new attempt (fits a signed 64-bit SQLite integer)."""
    return random.SystemRandom().randrange(1, 2**62)


def question_order(quiz: Quiz, seed: int) -> tuple[str, ...]:
    """Question names in the order shown. Descriptions keep their place: they introduce what
    follows, so only when the quiz shuffles questions are the others moved around them."""
    names = [q.name for q in quiz.questions]
    if "questions" not in quiz.shuffle:
        return tuple(names)
    movable = [i for i, q in enumerate(quiz.questions) if q.kind != "description"]
    moved = [names[i] for i in movable]
    random.Random(f"{quiz.name}/{seed}/questions").shuffle(moved)
    for i, name in zip(movable, moved, strict=True):
        names[i] = name
    return tuple(names)


def choice_order(quiz: Quiz, question: Question, seed: int) -> tuple[int, ...]:
    """Display order for a question's options, as indexes in file order.

    - single, multiple: ``choices``, shuffled when the quiz shuffles choices;
    - ordering: ``choices``, always shuffled, never shown already in the right order;
    - matching: ``match_options`` (the right-hand sides), always shuffled;
    - anything else (true/false keeps True, False): file order.
    """
    kind = question.kind
    size = len(question.match_options) if kind == "matching" else len(question.choices)
    order = list(range(size))
    always = kind in ("ordering", "matching")
    if always or (kind in SHUFFLED_CHOICE_KINDS and "choices" in quiz.shuffle):
        random.Random(f"{quiz.name}/{seed}/{question.name}").shuffle(order)
        if kind == "ordering" and size > 1 and order == sorted(order):
            order = order[1:] + order[:1]  # giving the answer away would make it free
    return tuple(order)
