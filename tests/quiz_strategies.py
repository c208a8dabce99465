"""Hypothesis strategies for quiz tests: random valid questions of every kind, their answers."""

from __future__ import annotations

import itertools
from pathlib import Path

from hypothesis import strategies as st

from teachin.content.gift import Choice, NumericAnswer, Pair, Question, Quiz

WORDS = st.text(alphabet="abcdeé XYZ", min_size=1, max_size=8).map(str.strip).filter(bool)
PERCENT = st.integers(-100, 100).map(lambda n: n / 100)


def _split_hundred(parts: int) -> st.SearchStrategy[list[float]]:
    cuts = st.lists(st.integers(1, 99), min_size=parts - 1, max_size=parts - 1, unique=True)
    return cuts.map(lambda c: [(b - a) / 100 for a, b in itertools.pairwise([0, *sorted(c), 100])])


@st.composite
def single(draw, kind="single") -> Question:
    texts = draw(st.lists(WORDS, min_size=2, max_size=6, unique=True))
    others = draw(st.lists(PERCENT, min_size=len(texts) - 1, max_size=len(texts) - 1))
    fractions = [0.0] * len(texts) if kind == "poll" else [1.0, *others]
    choices = [Choice(t, f, f"fb {t}") for t, f in zip(texts, fractions, strict=True)]
    return Question("q", kind, "Q?", 1, choices=tuple(draw(st.permutations(choices))))


@st.composite
def multiple(draw) -> Question:
    positive = draw(_split_hundred(draw(st.integers(1, 4))))
    negative = draw(st.lists(st.integers(-100, 0).map(lambda n: n / 100), max_size=3))
    fractions = draw(st.permutations(positive + negative))
    texts = draw(st.lists(WORDS, min_size=len(fractions), max_size=len(fractions), unique=True))
    if len(texts) < 2:
        texts, fractions = [*texts, "extra"], [*fractions, -0.5]
    choices = tuple(Choice(t, f) for t, f in zip(texts, fractions, strict=True))
    return Question("q", "multiple", "Q?", 1, choices=choices)


@st.composite
def truefalse(draw) -> Question:
    truth = draw(st.booleans())
    choices = (Choice("True", float(truth)), Choice("False", float(not truth)))
    return Question("q", "truefalse", "Q?", 1, choices=choices)


@st.composite
def short(draw) -> Question:
    forms = draw(
        st.lists(WORDS | st.just("*") | WORDS.map(lambda w: w + "*"), min_size=1, max_size=4)
    )
    fractions = [1.0, *draw(st.lists(PERCENT, min_size=len(forms) - 1, max_size=len(forms) - 1))]
    choices = tuple(Choice(t, f) for t, f in zip(forms, fractions, strict=True))
    return Question("q", "short", "Q?", 1, choices=choices)


FINITE = st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False)


@st.composite
def numeric(draw) -> Question:
    count = draw(st.integers(1, 3))
    values = draw(st.lists(FINITE, min_size=count, max_size=count))
    tolerances = draw(st.lists(st.floats(0, 1e3), min_size=count, max_size=count))
    fractions = [1.0, *draw(st.lists(PERCENT, min_size=count - 1, max_size=count - 1))]
    numbers = [
        NumericAnswer(v, t, f) for v, t, f in zip(values, tolerances, fractions, strict=True)
    ]
    if draw(st.booleans()):
        numbers.append(NumericAnswer(None, 0.0, 0.0, "other"))
    return Question("q", "numeric", "Q?", 1, numbers=tuple(numbers))


@st.composite
def matching(draw) -> Question:
    lefts = draw(st.lists(WORDS, min_size=2, max_size=5, unique=True))
    rights = draw(st.lists(WORDS, min_size=len(lefts), max_size=len(lefts) + 2))
    pairs = [Pair(left, right) for left, right in zip(lefts, rights[: len(lefts)], strict=True)]
    pairs += [Pair("", r) for r in rights[len(lefts) :]]
    return Question("q", "matching", "Q?", 1, pairs=tuple(pairs))


@st.composite
def ordering(draw) -> Question:
    items = draw(st.lists(WORDS, min_size=2, max_size=6, unique=True))
    return Question("q", "ordering", "Q?", 1, choices=tuple(Choice(i) for i in items))


SCORED = st.one_of(single(), multiple(), truefalse(), short(), numeric(), matching(), ordering())
ANY = st.one_of(
    SCORED,
    single("poll"),
    st.just(Question("q", "essay", "Why?", 1)),
    st.just(Question("q", "description", "Read this.", 1)),
)


def responses(question: Question) -> st.SearchStrategy:
    """Valid (normalized) responses for ``question``, None included."""
    kind = question.kind
    n = len(question.choices)
    if kind in ("single", "truefalse", "poll"):
        valid = st.integers(0, n - 1)
    elif kind == "multiple":
        valid = st.sets(st.integers(0, n - 1), min_size=1).map(sorted)
    elif kind == "short":
        valid = st.sampled_from([c.text.replace("*", "") or "x" for c in question.choices]) | WORDS
    elif kind == "essay":
        valid = WORDS
    elif kind == "numeric":
        near = [a.value + a.tolerance for a in question.numbers if a.value is not None]
        valid = FINITE | st.sampled_from(near)
    elif kind == "matching":
        options = len(question.match_options)
        valid = st.lists(
            st.integers(0, options - 1),
            min_size=len(question.match_prompts),
            max_size=len(question.match_prompts),
        )
    elif kind == "ordering":
        valid = st.permutations(range(n)).map(list)
    else:
        return st.none()
    return st.none() | valid


@st.composite
def quizzes(draw, min_size: int = 1) -> Quiz:
    questions = draw(st.lists(ANY, min_size=min_size, max_size=6))
    named = tuple(
        Question(f"q{i}", q.kind, q.text, i + 1, q.choices, q.numbers, q.pairs)
        for i, q in enumerate(questions)
    )
    shuffle = draw(st.sampled_from([frozenset(), {"choices"}, {"questions", "choices"}]))
    limit = draw(st.none() | st.integers(30, 600))
    return Quiz("hypo", "Hypo", "checkpoint", named, Path("hypo.gift"), limit, frozenset(shuffle))
