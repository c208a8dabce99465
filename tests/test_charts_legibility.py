"""Charts read from the back of the room: every chart slide of the built-in deck, rendered as the
audience sees it at 720p and 1080p, has axis text at least the size of the slide's sources line,
axis titles clear of the tick numbers, no number cut off at the plot's edge, and no source said
twice (the slide's sources line is the one place sources live on a slide)."""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QImage, QPainter

from teachin.charts import build_chart
from teachin.charts.base import SOURCES, ChartWidget
from teachin.content.deck import load_deck
from teachin.content.model import Deck, Slide
from teachin.content.room_chart import room_question
from teachin.theme import DEFAULT
from teachin.ui.slide_parts import Answers
from teachin.ui.slide_view import SlideView
from teachin.ui.text_box import Metrics

REPO = Path(__file__).resolve().parent.parent
SIZES = [(1280, 720), (1920, 1080)]


@pytest.fixture(scope="module")
def deck() -> Deck:
    return load_deck(REPO)


def room_answers(deck: Deck):
    """A spread of answers for every room chart, so its axes carry numbers."""

    def answers(quiz: str, name: str) -> list[object]:
        question = room_question(next(q for q in deck.quizzes[quiz].questions if q.name == name))
        if question.numeric:
            truth = float(question.truth or 100)
            return [truth * f for f in (0.4, 0.7, 0.9, 1.0, 1.1, 1.3, 1.8, 2.5)]
        return [question.choices[i % len(question.choices)] for i in range(11)]

    return answers


def chart_slides(deck: Deck) -> list[tuple[int, Slide]]:
    return [(n, s) for n, s in enumerate(deck.slides, 1) if s.charts]


def slide_at_last_step(
    qtbot, deck: Deck, slide: Slide, size: tuple[int, int], answers: Answers | None = None
) -> SlideView:
    """A SlideView of ``size`` (shown, off screen) with ``slide`` at its last step and its charts
    at their last frame: laid out, but not painted yet."""
    view = SlideView(theme=DEFAULT, answers=answers)
    qtbot.addWidget(view)
    # qtbot holds widgets weakly: callers keep only the charts, and a view freed under them
    # takes its charts' Qt objects with it (a use-after-free; it crashed these tests at random
    # while a reference cycle left the freeing to Python's collector). Held for the test.
    qtbot.__dict__.setdefault("held_views", []).append(view)
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    view.resize(*size)
    view.show()
    view.set_slide(slide, None, deck)
    view.finish_charts()
    return view


def shown_charts(qtbot, deck: Deck, slide: Slide, size: tuple[int, int]):
    """The slide at its last step on a canvas of ``size``, as `teachin shot` renders it."""
    view = slide_at_last_step(qtbot, deck, slide, size, room_answers(deck))
    charts = [w for w in view.chart_widgets() if isinstance(w, ChartWidget)]
    assert charts, slide.title
    for chart in charts:
        if hasattr(chart, "refresh"):
            chart.refresh()
    qtbot.wait(30)  # axes take their final width after the first paint
    view.grab()
    qtbot.wait(30)
    return view, charts


def tick_texts(axis: pg.AxisItem) -> list[tuple[QRectF, str]]:
    """Where pyqtgraph draws the axis's numbers (axis coordinates), as it paints them."""
    image = QImage(4, 4, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _, _, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [(rect, text) for rect, _, text in texts]


def title_px(axis: pg.AxisItem) -> int:
    """Pixel size of the axis title, from its rich-text document."""
    block = axis.label.document().firstBlock()
    return block.begin().fragment().charFormat().font().pixelSize()


def title_glyphs(axis: pg.AxisItem) -> QRectF:
    """The axis title's text, without its document margin, in axis coordinates."""
    label = axis.label
    m = label.document().documentMargin()
    return label.mapRectToParent(label.boundingRect().adjusted(m, m, -m, -m))


def axes_with_numbers(chart: ChartWidget) -> list[pg.AxisItem]:
    axes = [chart.item.getAxis(name) for name in ("left", "bottom")]
    return [a for a in axes if a.isVisible() and a.style["showValues"]]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_axis_text_is_at_least_the_sources_size(qtbot, deck: Deck, size) -> None:
    small = Metrics(*size).small_px  # the slide's sources line: 17 px at 720p, 26 at 1080p
    for number, slide in chart_slides(deck):
        view, charts = shown_charts(qtbot, deck, slide, size)
        assert view.canvas_rect().height() == size[1]
        for chart in charts:
            assert chart.canvas_height() == size[1]
            assert chart.footer.font().pixelSize() >= round(small)  # units, sources under it
            axes = axes_with_numbers(chart)
            assert axes, (number, slide.title)
            for axis in axes:
                where = (number, slide.title, axis.orientation)
                assert axis.style["tickFont"].pixelSize() >= small, where
                assert tick_texts(axis), where  # numbers are drawn at all
                if axis.label.isVisible():
                    assert title_px(axis) >= small, where


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_axis_titles_keep_clear_of_the_numbers(qtbot, deck: Deck, size) -> None:
    titled = 0
    for number, slide in chart_slides(deck):
        _, charts = shown_charts(qtbot, deck, slide, size)
        for chart in charts:
            for axis in axes_with_numbers(chart):
                if not axis.label.isVisible() or not axis.labelText.strip():
                    continue
                titled += 1
                where = (number, slide.title, axis.orientation, axis.labelText)
                rects = [rect for rect, _ in tick_texts(axis)]
                title = title_glyphs(axis)
                gap = 0.25 * axis.style["tickFont"].pixelSize()
                if axis.orientation == "left":  # the title stands left of the numbers
                    assert title.right() + gap <= min(r.left() for r in rects), where
                else:  # under them; pyqtgraph's text rects are 0.8 of the drawn height
                    bottom = max(r.top() + r.height() / 0.8 for r in rects)
                    assert title.top() + gap >= bottom, where
                assert axis.rect().contains(title.toAlignedRect()), where  # not cut off
    assert titled >= 10  # line, bar and room charts all have a titled value axis


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_no_axis_number_is_cut_off_at_the_plot_edge(qtbot, deck: Deck, size) -> None:
    for number, slide in chart_slides(deck):
        _, charts = shown_charts(qtbot, deck, slide, size)
        for chart in charts:
            area = chart.plot.rect()
            for axis in axes_with_numbers(chart):
                ascent = QFontMetricsF(axis.style["tickFont"]).ascent()
                for rect, text in tick_texts(axis):
                    drawn = QRectF(rect)
                    drawn.setHeight(max(rect.height(), ascent))  # digits sit on the baseline
                    on_screen = chart.plot.mapFromScene(axis.mapRectToScene(drawn))
                    box = on_screen.boundingRect()
                    assert area.contains(box), (number, slide.title, axis.orientation, text)


def with_sources(deck: Deck, slide: Slide, sources: tuple[str, ...]) -> Deck:
    """``deck`` with ``slide``'s sources line replaced (the chart parts stay the same objects)."""
    modules = []
    for module in deck.modules:
        slides = tuple(s._replace(sources=sources) if s is slide else s for s in module.slides)
        modules.append(module._replace(slides=slides))
    return deck._replace(modules=tuple(modules))


def data_chart_slide(deck: Deck) -> Slide:
    return next(s for s in deck.slides if s.charts and s.charts[0].kind == "bars")


def test_a_source_the_slide_already_gives_is_not_repeated_under_the_chart(qtbot, deck) -> None:
    slide = data_chart_slide(deck)
    part = slide.charts[0]
    plain = build_chart(part, with_sources(deck, slide, ("Someone else, 2020",)), DEFAULT)
    qtbot.addWidget(plain)
    source = plain.data.sources[0]  # as the CSV gives it, URL and all
    assert "Source:" in plain.footer.text()
    # the slide's line is the same source, spaced differently and without the URL
    written = " ".join(source.split("http")[0].split()) + "."
    same = build_chart(part, with_sources(deck, slide, (written,)), DEFAULT)
    qtbot.addWidget(same)
    assert "Source:" not in same.footer.text()
    assert "Units:" in same.footer.text()  # the units stay: the slide does not give them


def test_room_chart_caption_is_dropped_when_the_slide_names_the_quiz(qtbot, deck) -> None:
    slide = next(s for s in deck.slides if s.charts and s.charts[0].kind == "room")
    part = slide.charts[0]
    quiz = part.options["quiz"]
    named = build_chart(
        part, with_sources(deck, slide, (f"Answers from this room ({quiz})",)), DEFAULT
    )
    qtbot.addWidget(named)
    assert "The room's answers" not in named.footer.text()
    silent = build_chart(part, with_sources(deck, slide, ()), DEFAULT)
    qtbot.addWidget(silent)
    assert f"quiz '{quiz}'" in silent.footer.text()  # nothing else says whose answers these are


def test_charts_know_the_slides_sources_size() -> None:
    """charts/ cannot import ui/ (layering): its copy of the share must match text_box's."""
    assert Metrics(1920, 1080).small_px == pytest.approx(1080 * SOURCES)


def test_the_chart_follows_the_canvas_not_only_its_own_height(qtbot, deck) -> None:
    """The same chart on a bigger canvas gets bigger axis text; on its own it is its canvas."""
    slide = next(s for s in deck.slides if s.charts and s.charts[0].kind == "line")
    sizes = []
    for size in SIZES:
        _, charts = shown_charts(qtbot, deck, slide, size)
        sizes.append(charts[0].item.getAxis("left").style["tickFont"].pixelSize())
    assert sizes[1] > sizes[0] >= Metrics(*SIZES[0]).small_px
    alone = build_chart(slide.charts[0], deck, DEFAULT)
    qtbot.addWidget(alone)
    alone.resize(QSize(1280, 720))
    assert alone.canvas_height() == 720


def glyph_rect(item: pg.TextItem) -> QRectF:
    """A text item's text in scene coordinates, without its document margin."""
    m = item.textItem.document().documentMargin()
    return item.mapRectToScene(item.boundingRect().adjusted(m, m, -m, -m))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_room_histogram_labels_never_overlap(qtbot, deck: Deck, size) -> None:
    """Counts over the bars, the room's median and the revealed true figure stay apart, also
    on slides whose two-line title leaves the chart little height."""
    checked = 0
    for number, slide in chart_slides(deck):
        if slide.charts[0].kind != "room":
            continue
        _, charts = shown_charts(qtbot, deck, slide, size)
        chart = charts[0]
        if not chart.question.numeric:
            continue
        assert chart.revealed, (number, slide.title)  # the last step shows the true figure
        lines = [chart.median_line.label, chart.truth_line.label]
        counts = [
            label for label in chart.count_labels if label.isVisible() and label.toPlainText()
        ]
        assert counts and all(line.isVisible() for line in lines), (number, slide.title)
        boxes = [glyph_rect(item) for item in lines + counts]
        for i, a in enumerate(boxes):
            for b in boxes[i + 1 :]:
                assert not a.intersects(b), (number, slide.title)
        checked += 1
    assert checked >= 3
