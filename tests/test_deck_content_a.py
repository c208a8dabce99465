"""The built-in deck, modules 01-05: the rules slide authors promise the room.

Each test reads the real slide files, so a later edit that breaks a rule (a figure without a
source, a slide without notes, a wordy slide, a chart block the chart code cannot draw) fails.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from teachin.content.deck import load_deck
from teachin.content.model import Module, TextPart
from teachin.content.slides import load_module

ROOT = Path(__file__).resolve().parent.parent
MODULES = {
    "01-opening.md": 6,
    "02-the-moment.md": 10,
    "03-left-and-unions.md": 10,
    "04-roots.md": 10,
    "05-scale-and-drivers.md": 12,
}
MAX_WORDS = 40  # on screen: title + body (notes, sources and block keys do not count)
FIGURE = re.compile(r"\d[\d,.]*\s*(?:%|million|billion|trillion)|\$\s?\d|\d{1,3},\d{3}")


def _load(name: str) -> Module:
    module, problems = load_module(ROOT / "slides" / name)
    assert not problems, "\n".join(str(p) for p in problems)
    return module


def _screen_words(markdown: str) -> list[str]:
    text = re.sub(r"[#>*_|`]", " ", markdown)
    return [w for w in text.split() if re.search(r"\w", w)]


@pytest.fixture(scope="module")
def modules() -> dict[str, Module]:
    return {name: _load(name) for name in MODULES}


@pytest.mark.parametrize("name", MODULES)
def test_module_loads_with_its_planned_minutes(modules: dict[str, Module], name: str) -> None:
    assert modules[name].minutes == MODULES[name]
    assert len(modules[name].slides) >= 4


@pytest.mark.parametrize("name", MODULES)
def test_every_slide_has_speaker_notes(modules: dict[str, Module], name: str) -> None:
    bare = [s.title for s in modules[name].slides if len(s.notes.split()) < 15]
    assert not bare, f"slides without real notes: {bare}"


@pytest.mark.parametrize("name", MODULES)
def test_module_ends_with_a_discussion_of_questions(modules: dict[str, Module], name: str) -> None:
    last = modules[name].slides[-1]
    assert last.title == "Discussion"
    body = " ".join(p.markdown for p in last.parts if isinstance(p, TextPart))
    assert body.count("?") >= 3


@pytest.mark.parametrize("name", MODULES)
def test_slides_stay_short(modules: dict[str, Module], name: str) -> None:
    for slide in modules[name].slides:
        body = [p.markdown for p in slide.parts if isinstance(p, TextPart)]
        words = _screen_words(slide.title) + [w for b in body for w in _screen_words(b)]
        assert len(words) <= MAX_WORDS, f"{slide.title!r}: {len(words)} words on screen"
        if slide.charts:
            lines = [line for b in body for line in b.splitlines() if line.strip()]
            assert len(lines) <= 1, f"{slide.title!r}: a chart slide takes one line of text"


@pytest.mark.parametrize("name", MODULES)
def test_every_figure_on_screen_has_a_source(modules: dict[str, Module], name: str) -> None:
    for slide in modules[name].slides:
        body = " ".join(p.markdown for p in slide.parts if isinstance(p, TextPart))
        if FIGURE.search(slide.title + " " + body):
            assert slide.sources, f"{slide.title!r} shows a figure but names no source"


def test_modules_load_in_the_deck_without_problems(modules: dict[str, Module]) -> None:
    # The whole deck, with its quizzes and data, is what `teachin check` and the app load.
    deck = load_deck(ROOT)
    ours = [p for p in deck.problems if Path(p.path).name in MODULES]
    assert not ours, "\n".join(str(p) for p in ours)
    kinds = {c.kind for m in modules.values() for s in m.slides for c in s.charts}
    assert {"line", "bars", "magnitude"} <= kinds


def test_opening_announces_the_pre_quiz(modules: dict[str, Module]) -> None:
    announced = [
        (name, q.quiz)
        for name, module in modules.items()
        for slide in module.slides
        for q in slide.quiz_parts
        if q.question is None and q.quiz in ("pre", "post")
    ]
    assert announced == [("01-opening.md", "pre")]


def test_unconfirmed_interest_figure_is_labelled_on_its_slide(modules: dict[str, Module]) -> None:
    # The $4.2tn debt-interest figure has no primary source: the room must be told so on screen.
    for slide in modules["05-scale-and-drivers.md"].slides:
        body = " ".join(p.markdown for p in slide.parts if isinstance(p, TextPart))
        if "4.2 trillion" in body and slide.title != "Discussion":
            assert "Not confirmed" in body
            assert any("not confirmed" in s for s in slide.sources)
