"""A loaded deck as immutable records. Everything here is plain data, safe to share.

Records are NamedTuples rather than frozen dataclasses: Python 3.11 takes ~1.4 ms to build each
dataclass (it compiles its methods), and these are built on every start before the first slide.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # the concrete types live beside their loaders
    from teachin.content.data import Series
    from teachin.content.gift import Quiz


class Problem(NamedTuple):
    """One thing wrong with a content file, printed as ``path:line: message``."""

    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class TextPart(NamedTuple):
    """A run of Markdown shown from reveal step ``step`` on."""

    markdown: str
    step: int
    line: int


class ChartPart(NamedTuple):
    """A ```chart block: ``options`` are its ``key: value`` lines (kind, series, title, ...)."""

    options: Mapping[str, str]
    step: int = 0
    line: int = 0

    @property
    def kind(self) -> str:
        return self.options.get("kind", "")


class QuizPart(NamedTuple):
    """A ```quiz block: shows question ``question`` of quiz ``quiz`` (a file stem in quizzes/)."""

    quiz: str
    question: str | None
    step: int = 0
    line: int = 0


Part = TextPart | ChartPart | QuizPart


class Slide(NamedTuple):
    title: str
    parts: tuple[Part, ...]
    notes: str  # Markdown, for the presenter only
    sources: tuple[str, ...]  # one Markdown line per source
    path: Path
    line: int
    module_index: int = 0
    error: str | None = None  # set on the stand-in slide for a module that failed to load

    @property
    def steps(self) -> int:
        """How many reveal steps the slide has (1 when nothing is revealed in steps)."""
        return 1 + max((part.step for part in self.parts), default=0)

    @property
    def charts(self) -> tuple[ChartPart, ...]:
        return tuple(p for p in self.parts if isinstance(p, ChartPart))

    @property
    def quiz_parts(self) -> tuple[QuizPart, ...]:
        return tuple(p for p in self.parts if isinstance(p, QuizPart))


class Module(NamedTuple):
    """One file in slides/: a step of the argument."""

    order: int
    title: str
    minutes: int
    path: Path
    slides: tuple[Slide, ...]


class Deck(NamedTuple):
    root: Path
    modules: tuple[Module, ...]
    problems: tuple[Problem, ...] = ()
    quizzes: Mapping[str, Quiz] = MappingProxyType({})  # by file stem
    series: Mapping[str, Series] = MappingProxyType({})  # by CSV stem

    @property
    def slides(self) -> tuple[Slide, ...]:
        return tuple(slide for module in self.modules for slide in module.slides)

    @property
    def planned_minutes(self) -> int:
        return sum(module.minutes for module in self.modules)
