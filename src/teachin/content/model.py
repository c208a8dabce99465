"""Frozen dataclasses for a loaded deck. Everything here is plain data, safe to share."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the concrete types live beside their loaders
    from teachin.content.data import Series
    from teachin.content.gift import Quiz


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a content file, printed as ``path:line: message``."""

    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(frozen=True)
class TextPart:
    """A run of Markdown shown from reveal step ``step`` on."""

    markdown: str
    step: int
    line: int


@dataclass(frozen=True)
class ChartPart:
    """A ```chart block: ``options`` are its ``key: value`` lines (kind, series, title, ...)."""

    options: Mapping[str, str] = field(hash=False)
    step: int = 0
    line: int = 0

    @property
    def kind(self) -> str:
        return self.options.get("kind", "")


@dataclass(frozen=True)
class QuizPart:
    """A ```quiz block: shows question ``question`` of quiz ``quiz`` (a file stem in quizzes/)."""

    quiz: str
    question: str | None
    step: int = 0
    line: int = 0


Part = TextPart | ChartPart | QuizPart


@dataclass(frozen=True)
class Slide:
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


@dataclass(frozen=True)
class Module:
    """One file in slides/: a step of the argument."""

    order: int
    title: str
    minutes: int
    path: Path
    slides: tuple[Slide, ...]


@dataclass(frozen=True)
class Deck:
    root: Path
    modules: tuple[Module, ...]
    problems: tuple[Problem, ...] = ()
    quizzes: Mapping[str, Quiz] = field(default_factory=dict, hash=False)  # by file stem
    series: Mapping[str, Series] = field(default_factory=dict, hash=False)  # by CSV stem

    @property
    def slides(self) -> tuple[Slide, ...]:
        return tuple(slide for module in self.modules for slide in module.slides)

    @property
    def planned_minutes(self) -> int:
        return sum(module.minutes for module in self.modules)
