"""Load a whole deck folder: slides/, quizzes/, assets/data/. Never raises for bad content."""

from __future__ import annotations

from pathlib import Path

from teachin.content.charts import check_chart
from teachin.content.data import load_series_dir
from teachin.content.gift import load_quiz_dir
from teachin.content.model import Deck, Module, Problem, QuizPart
from teachin.content.slides import load_module, order_of


def load_deck(root: Path) -> Deck:
    root = Path(root)
    problems: list[Problem] = []
    slides_dir = root / "slides"
    if not slides_dir.is_dir():
        problems.append(Problem(slides_dir, 0, "no slides/ folder in this deck"))
    files = sorted(
        slides_dir.glob("*.md"), key=lambda p: (order_of(p) is None, order_of(p), p.name)
    )

    modules: list[Module] = []
    for index, path in enumerate(files):
        module, module_problems = load_module(path, index)
        modules.append(module)
        problems.extend(module_problems)
    problems.extend(_duplicate_orders(files))

    series, series_problems = load_series_dir(root / "assets" / "data")
    quizzes, quiz_problems = load_quiz_dir(root / "quizzes")
    problems += series_problems + quiz_problems

    for module in modules:
        for slide in module.slides:
            for chart in slide.charts:
                problems.extend(check_chart(chart, series, quizzes, module.path))
            for part in slide.quiz_parts:
                problems.extend(_check_quiz_part(part, quizzes, module.path))

    return Deck(
        root=root, modules=tuple(modules), problems=tuple(problems), quizzes=quizzes, series=series
    )


def _duplicate_orders(files: list[Path]) -> list[Problem]:
    first_with: dict[int, Path] = {}
    problems = []
    for path in files:
        order = order_of(path)
        if order is None:
            continue
        if order in first_with:
            problems.append(
                Problem(path, 1, f"order number {order} is also used by {first_with[order].name}")
            )
        else:
            first_with[order] = path
    return problems


def _check_quiz_part(part: QuizPart, quizzes: dict, path: Path) -> list[Problem]:
    quiz = quizzes.get(part.quiz)
    if quiz is None:
        known = ", ".join(sorted(quizzes)) or "none"
        return [Problem(path, part.line, f"unknown quiz '{part.quiz}' (quizzes: {known})")]
    if part.question and part.question not in {q.name for q in quiz.questions}:
        return [Problem(path, part.line, f"quiz '{part.quiz}' has no question '{part.question}'")]
    return []
