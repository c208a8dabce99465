"""What the audience reads as a slide's sources: the slide's own lines and each chart's "Source:"
line, and the rule that none of them carries provenance meant for the notes (no code host, no
commit). Pure text, no Qt: `teachin check` and the chart widgets share it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from teachin.content.charts import ChartError, chart_data
from teachin.content.model import Deck, Problem, Slide, TextPart
from teachin.i18n import translate

URL = re.compile(r"\s*(?:https?://|www\.)\S+")
# Where code lives: fine in the notes and assets/data/, never on a projected slide.
CODE_HOST = re.compile(
    r"\b(github|gitlab|bitbucket|sourceforge|codeberg|gitee|sr\.ht)\b", re.IGNORECASE
)
# A commit: "commit e73c4…", or a bare run of 7 to 40 hex digits holding a letter and a digit.
COMMIT = re.compile(
    r"\bcommit\s+[0-9a-f]{5,}|\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{7,40}\b", re.IGNORECASE
)


def same_source(text: str) -> str:
    """A source as compared with the slide's: no URL, spacing, end punctuation or case."""
    return " ".join(URL.sub("", text).split()).strip(" ;,.").casefold()


def source_text(sources: tuple[str, ...], limit: int = 2) -> str:
    """Sources for the slide: URLs dropped (unreadable on a projector), the first ``limit``,
    each in full (never cut with "…": the footer wraps; a long one belongs in the notes)."""
    short = list(dict.fromkeys(URL.sub("", s).strip(" ;,") or s for s in sources))
    more = len(short) - limit
    return "; ".join(short[:limit]) + (f"; and {more} more (see the notes)" if more > 0 else "")


def chart_source_line(chart_sources: tuple[str, ...], slide_sources: tuple[str, ...]) -> str:
    """The "Source: …" line under a chart: only what the slide's own sources do not already say
    ("" when they say it all)."""
    on_slide = {same_source(s) for s in slide_sources}
    left = tuple(s for s in chart_sources if same_source(s) not in on_slide)
    return f"Source: {source_text(left)}" if left else ""


class Seen(NamedTuple):
    """One line the audience sees: ``where`` says which part of the slide shows it."""

    where: str
    text: str


def audience_source_lines(slide: Slide, deck: Deck) -> list[Seen]:
    """Every source line shown on ``slide``: its sources block, then each chart's line."""
    seen = [Seen("slide", line) for line in slide.sources]
    for part in slide.charts:
        try:
            data = chart_data(part, deck.series, deck.quizzes)
        except ChartError:
            continue  # `teachin check` reports the broken block itself
        line = chart_source_line(data.sources, slide.sources)
        if line:
            seen.append(Seen(f"chart {part.kind}", line))
    return seen


def audience_text(slide: Slide, deck: Deck) -> Iterator[Seen]:
    """Everything on ``slide`` a projector shows as text: title, body, charts' words, sources."""
    yield Seen("title", slide.title)
    for part in slide.parts:
        if isinstance(part, TextPart):
            yield Seen("body", part.markdown)
    for part in slide.charts:
        for key in ("title", "note", "labels"):
            if part.options.get(key):
                yield Seen(f"chart {key}", part.options[key])
        try:
            data = chart_data(part, deck.series, deck.quizzes)
        except ChartError:
            continue
        yield from (Seen("chart units", unit) for unit in data.units)
    yield from audience_source_lines(slide, deck)


def provenance_problems(deck: Deck) -> list[Problem]:
    """A code host or a commit anywhere the audience reads: that belongs in the notes or in
    assets/data/, and the slide names publisher, dataset and edition instead."""
    problems: list[Problem] = []
    for number, slide in enumerate(deck.slides, start=1):
        for seen in audience_text(slide, deck):
            found = CODE_HOST.search(seen.text) or COMMIT.search(seen.text)
            if found:
                problems.append(
                    Problem(
                        slide.path,
                        slide.line,
                        translate(
                            "content",
                            "slide {number} ({title!r}): the {where} shows {found!r}; name the "
                            "publisher, dataset and edition on the slide and keep how the digits "
                            "were obtained in the notes or in the CSV's note column",
                        ).format(
                            number=number, title=slide.title, where=seen.where, found=found[0]
                        ),
                    )
                )
    return problems
