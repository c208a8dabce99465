"""Every source line the audience sees is there whole: the slide's sources block and each
chart's caption, on every slide of the built-in deck at 1280x720 and 1920x1080, wrap (or set
smaller) within their boxes; none is cut short with "…" or clipped at the slide's edge."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QTextDocument

from teachin.charts.base import ChartWidget
from teachin.content.deck import load_deck
from teachin.content.model import Deck
from teachin.theme import DEFAULT
from teachin.ui.render import show_still, static_view
from teachin.ui.slide_layout import build_layout
from teachin.ui.slide_view import SlideView
from teachin.ui.text_box import Metrics, TextBox

REPO = Path(__file__).resolve().parent.parent
SIZES = [(1280, 720), (1920, 1080)]


@pytest.fixture(scope="module")
def deck() -> Deck:
    return load_deck(REPO)


def sources_box(view: SlideView) -> TextBox | None:
    layout = view.slide_layout()
    assert layout is not None
    return next((box for box in layout.footer if box.label == "sources"), None)


def box_problems(box: TextBox, lines: tuple[str, ...]) -> list[str]:
    """What is cut from a sources box: text taller or wider than its rectangle, a line that is
    not shown whole."""
    problems = [box.overflow("sources")] if box.overflow("sources") else []
    shown = plain(box.doc.toPlainText())
    problems += [f"not whole: {line!r}" for line in lines if plain_markdown(line) not in shown]
    return problems


def plain(text: str) -> str:
    return " ".join(text.split())


def plain_markdown(markdown: str) -> str:
    """A line of Markdown as the slide shows it: no '*', no list dash."""
    doc = QTextDocument()
    doc.setMarkdown(markdown)
    return plain(doc.toPlainText())


def caption_problems(chart: ChartWidget) -> list[str]:
    """What is cut from a chart's caption (units and sources under the plot): the text laid out
    at the caption's width against the height it has, its longest word against the width, and
    a "…" the data never had."""
    label = chart.footer
    text = label.text()
    metrics = QFontMetricsF(label.font())
    flags = Qt.TextFlag.TextWordWrap.value
    needed = metrics.boundingRect(QRect(0, 0, label.width(), 10**6), flags, text).height()
    widest = max((metrics.horizontalAdvance(word) for word in text.split()), default=0.0)
    problems = []
    if needed > label.height() + 0.5:
        problems.append(f"needs {needed:.0f} px of height, has {label.height()}")
    if widest > label.width():
        problems.append(f"a word {widest:.0f} px wide in {label.width()} px")
    given = " ".join((*chart.data.sources, *chart.data.units, chart.data.note or ""))
    if text.count("…") > given.count("…"):
        problems.append("cut short with '…'")
    return [f"chart caption {text[-60:]!r}: {p}" for p in problems]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_source_line_of_the_deck_is_shown_whole(qapp, deck: Deck, size) -> None:
    view = static_view(QSize(*size), DEFAULT)
    problems = []
    for number, slide in enumerate(deck.slides, 1):
        show_still(view, slide, None, deck)
        box = sources_box(view)
        found = box_problems(box, slide.sources) if box is not None else []
        for chart in view.chart_widgets():
            if isinstance(chart, ChartWidget):
                found += caption_problems(chart)
        problems += [f"slide {number} {slide.title!r}: {p}" for p in found]
    view.close()
    assert not problems, "\n".join(problems)


LONG = (
    "UN DESA, Trends in International Migrant Stock: The 2015 Revision, table 1 "
    "(persons, both sexes, mid-year), file UN_MigrantStockTotal_2015.xlsx, "
    "https://www.un.org/en/development/desa/population/migration/data/estimates2/estimates15.asp"
)


def test_a_long_sources_block_is_set_smaller_and_a_long_word_wraps(qapp, tmp_path) -> None:
    """Six long sources take more than the room a slide gives its sources at the usual size;
    they are set smaller, not cut; a URL longer than the line breaks instead of running off."""
    slides = tmp_path / "slides"
    slides.mkdir()
    sources = "\n".join(f"- {LONG} ({k})" for k in range(6))
    module = "---\ntitle: M\nminutes: 5\n---\n\n# Many sources\n\nBody\n\n"
    (slides / "01-m.md").write_text(f"{module}::: sources\n{sources}\n:::\n", encoding="utf-8")
    deck = load_deck(tmp_path)
    assert not deck.problems, deck.problems
    (slide,) = deck.slides
    assert len(slide.sources) == 6
    for width, height in SIZES:
        layout = build_layout(slide, (1, 1), deck, DEFAULT, width, height)
        (box,) = [b for b in layout.footer if b.label == "sources"]
        assert not box_problems(box, slide.sources), (width, box_problems(box, slide.sources))
        px = box.doc.defaultFont().pixelSize()
        m = Metrics(width, height)
        assert round(m.small_px * 0.8) <= px < round(m.small_px)  # smaller, within limits
