"""Load a whole deck folder: slides/, quizzes/, assets/data/. Never raises for bad content.

``load_deck`` = ``complete_deck(load_slides(root))``. The presenter paints the first slide from
``load_slides`` alone and completes the deck right after (see teachin.app): quizzes, data and the
checks between them are not needed to show a title slide.
"""

from __future__ import annotations

from pathlib import Path

from teachin.content.model import Deck, Module, Problem, QuizPart
from teachin.content.slides import load_module, order_of
from teachin.content.text_file import shortened
from teachin.i18n import translate


def load_deck(root: Path) -> Deck:
    """The whole deck: slides, quizzes and data series, with every problem found."""
    return complete_deck(load_slides(root))


def load_slides(root: Path) -> Deck:
    """The slide modules in order and their own problems; no quizzes or data yet."""
    root = Path(root)
    problems: list[Problem] = []
    slides_dir = root / "slides"
    if not slides_dir.is_dir():
        problems.append(
            Problem(slides_dir, 0, translate("content", "no slides/ folder in this deck"))
        )
    files = sorted(
        slides_dir.glob("*.md"), key=lambda p: (order_of(p) is None, order_of(p), p.name)
    )

    modules: list[Module] = []
    for index, path in enumerate(files):
        module, module_problems = load_module(path, index)
        modules.append(module)
        problems.extend(module_problems)
    problems.extend(_duplicate_orders(files))
    return Deck(root=root, modules=tuple(modules), problems=tuple(problems))


def complete_deck(deck: Deck) -> Deck:
    """``deck`` (from load_slides) with its quizzes and data series, every chart and quiz block
    checked against them. The slides stay the same objects."""
    # Imported here: the readers of GIFT, CSV and chart blocks are not needed for a first slide.
    from teachin.content.charts import check_chart
    from teachin.content.data import load_series_dir
    from teachin.content.gift import load_quiz_dir

    series, series_problems = load_series_dir(deck.root / "assets" / "data")
    quizzes, quiz_problems = load_quiz_dir(deck.root / "quizzes")
    problems = [*deck.problems, *series_problems, *quiz_problems]
    for module in deck.modules:
        for slide in module.slides:
            for chart in slide.charts:
                problems.extend(check_chart(chart, series, quizzes, module.path))
            for part in slide.quiz_parts:
                problems.extend(_check_quiz_part(part, quizzes, module.path))
    return deck._replace(problems=tuple(problems), quizzes=quizzes, series=series)


def _duplicate_orders(files: list[Path]) -> list[Problem]:
    first_with: dict[int, Path] = {}
    problems = []
    for path in files:
        order = order_of(path)
        if order is None:
            continue
        if order in first_with:
            problems.append(
                Problem(
                    path,
                    1,
                    translate("content", "order number {order} is also used by {name}").format(
                        order=order, name=first_with[order].name
                    ),
                )
            )
        else:
            first_with[order] = path
    return problems


def _check_quiz_part(part: QuizPart, quizzes: dict, path: Path) -> list[Problem]:
    quiz = quizzes.get(part.quiz)
    name = shortened(part.quiz)  # one line, however odd the block's value
    if quiz is None:
        known = ", ".join(sorted(quizzes)) or translate("content", "none")
        return [
            Problem(
                path,
                part.line,
                translate("content", "unknown quiz '{name}' (quizzes: {known})").format(
                    name=name, known=known
                ),
            )
        ]
    if part.question and part.question not in quiz:
        message = f"quiz '{name}' has no question '{shortened(part.question)}'"
        return [Problem(path, part.line, message)]
    return []
