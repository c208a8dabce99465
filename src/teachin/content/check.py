"""`teachin check [DECK_DIR] [--list]`: what an author runs after editing."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from teachin import paths
from teachin.content.deck import load_deck
from teachin.content.model import Deck, Problem
from teachin.content.sources import audience_source_lines, provenance_problems
from teachin.i18n import translate


def run_check(args: argparse.Namespace) -> int:
    root = paths.deck_dir(args.deck_dir)
    if not root.is_dir():
        print(translate("check", "{folder}: no such deck folder").format(folder=root))
        return 1
    deck = load_deck(root)
    deck = deck._replace(problems=(*deck.problems, *provenance_problems(deck)))
    if not deck.slides:  # `present` refuses such a deck: check must not call it fine
        slides = root / "slides"
        empty = Problem(
            slides, 1, translate("check", "no slides: add a module such as 01-opening.md")
        )
        deck = deck._replace(problems=(*deck.problems, empty))
    if args.list:
        for line in slide_listing(deck):
            print(line)
    for problem in deck.problems:
        print(_display(problem))
    print(summary(deck))
    return 1 if deck.problems else 0


def summary(deck: Deck) -> str:
    questions = sum(len(quiz.questions) for quiz in deck.quizzes.values())
    charts = sum(len(slide.charts) for slide in deck.slides)
    found = len(deck.problems)
    if found == 0:
        problems = translate("check", "no problems")
    elif found == 1:
        problems = translate("check", "1 problem")
    else:
        problems = translate("check", "{count} problems").format(count=found)
    counts = translate(
        "check",
        "{modules} modules, {slides} slides, {charts} charts, {quizzes} quizzes "
        "({questions} questions), {series} data series, {minutes} planned minutes; {problems}",
    )
    return counts.format(
        modules=len(deck.modules),
        slides=len(deck.slides),
        charts=charts,
        quizzes=len(deck.quizzes),
        questions=questions,
        series=len(deck.series),
        minutes=deck.planned_minutes,
        problems=problems,
    )


def slide_listing(deck: Deck) -> list[str]:
    """One line per slide, then each source line the audience sees on it (the slide's own and
    each chart's), so an author can read them all in one place."""
    lines = []
    for number, slide in enumerate(deck.slides, start=1):
        module = deck.modules[slide.module_index]
        shows = [f"chart {c.kind}:{_chart_data_name(c.options)}" for c in slide.charts]
        shows += [
            f"quiz {q.quiz}" + (f":{q.question}" if q.question else "") for q in slide.quiz_parts
        ]
        extra = f"  [{'; '.join(shows)}]" if shows else ""
        steps = ""
        if slide.steps > 1:
            steps = " " + translate("check", "({count} steps)").format(count=slide.steps)
        lines.append(
            f"{number:3d}  {module.order:02d} {module.title} | {slide.title}{steps}{extra}"
        )
        shown = audience_source_lines(slide, deck)
        lines += [f"       {seen.where}: {seen.text}" for seen in shown]
    return lines


def _chart_data_name(options) -> str:
    """What a chart draws: its series, a magnitude chart's items, or a room chart's question."""
    return options.get("series") or options.get("items") or options.get("question", "")


def _display(problem: Problem) -> str:
    """Paths relative to the working folder when possible, so editors can jump to them."""
    try:
        shown = os.path.relpath(problem.path)
    except ValueError:  # another drive on Windows
        shown = str(problem.path)
    if shown.startswith(".." + os.sep + ".."):
        shown = str(Path(problem.path))
    return f"{shown}:{problem.line}: {problem.message}"
