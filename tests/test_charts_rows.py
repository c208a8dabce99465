"""Bar charts read from the back of the room and still make sense in the console's preview.

Every bar-chart slide of the built-in deck is rendered as the audience sees it at 720p and 1080p,
and as the presenter console's "next slide" preview shows it. What is measured is what gets
painted: the text items' fonts and boxes, the axes' labels as pyqtgraph lays them out, the bars'
rectangles."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from teachin.charts.base import ChartWidget
from teachin.content.deck import load_deck
from teachin.content.model import Deck, Slide
from teachin.ui.slide_view import SlideView
from teachin.ui.text_box import Metrics
from test_charts_legibility import shown_charts, slide_at_last_step, tick_texts

REPO = Path(__file__).resolve().parent.parent
SIZES = [(1280, 720), (1920, 1080)]
ROWS = ("bars", "magnitude", "what-if")  # horizontal bars, a category named on each row
BARS = (*ROWS, "grouped-bars")
# The console's next-slide view at an 800-px-wide console (306 x 264, a 16:9 slide in it), the
# overview's thumbnails (320 x 180, ui.overview.THUMB), and sizes around them up to a preview
# on a big laptop screen.
PREVIEWS = [(270, 152), (306, 172), (320, 180), (340, 191), (384, 216), (480, 270), (690, 388)]


class Painted(NamedTuple):
    text: str
    px: int  # the font's pixel size
    box: QRectF  # what it covers on the plot widget, in pixels
    where: str  # "label" (in the plot), or the axis it belongs to


@pytest.fixture(scope="module")
def deck() -> Deck:
    return load_deck(REPO)


def slides_of(deck: Deck, kinds: tuple[str, ...]) -> list[tuple[int, Slide]]:
    found = [(n, s) for n, s in enumerate(deck.slides, 1) if s.charts and s.charts[0].kind in kinds]
    assert found, kinds
    return found


def on_plot(chart: ChartWidget, scene_rect: QRectF) -> QRectF:
    return chart.plot.viewportTransform().mapRect(scene_rect)


def ink(axis: pg.AxisItem, rect: QRectF, text: str) -> QRectF:
    """Where an axis label's glyphs land: pyqtgraph draws it in ``rect`` (0.8 of a line high),
    right-aligned and centred beside a vertical axis, centred under a horizontal one."""
    metrics = QFontMetricsF(axis.style["tickFont"])
    if axis.orientation == "left":
        x = rect.right() - metrics.horizontalAdvance(text)
        top = rect.center().y() - metrics.height() / 2
    else:
        x = rect.center().x() - metrics.horizontalAdvance(text) / 2
        top = rect.top()
    return metrics.tightBoundingRect(text).translated(x, top + metrics.ascent())


def painted_texts(chart: ChartWidget) -> list[Painted]:
    """Every text the plot paints: text items (their whole box: a label may be filled) and the
    axes' labels (their glyphs)."""
    found = []
    for item in chart.item.vb.addedItems:
        if isinstance(item, pg.TextItem) and item.isVisible() and item.toPlainText():
            box = on_plot(chart, item.mapRectToScene(item.boundingRect()))
            found.append(
                Painted(item.toPlainText(), item.textItem.font().pixelSize(), box, "label")
            )
    for name in ("left", "bottom"):
        axis = chart.item.getAxis(name)
        if not (axis.isVisible() and axis.style["showValues"]):
            continue
        px = axis.style["tickFont"].pixelSize()
        for rect, text in tick_texts(axis):
            box = on_plot(chart, axis.mapRectToScene(ink(axis, rect, text)))
            found.append(Painted(text, px, box, name))
    return found


def bar_at(opts: dict, key: str, k: int) -> float:
    """Bar ``k``'s ``key`` from a BarGraphItem's options (one value or one per bar)."""
    value = opts.get(key)
    if value is None:
        return 0.0  # pyqtgraph's default: bars start at 0
    return float(value[k] if hasattr(value, "__len__") else value)


def bar_rects(chart: ChartWidget) -> tuple[list[QRectF], list[QRectF]]:
    """Filled bars and outlined ones (the what-if chart's 'today'), on the plot widget."""
    filled, outlined = [], []
    for item in chart.item.vb.addedItems:
        if not (isinstance(item, pg.BarGraphItem) and item.isVisible()):
            continue
        o = item.opts
        n = len(o["width"]) if hasattr(o["width"], "__len__") else len(o["height"])
        for k in range(n):
            w, h = bar_at(o, "width", k), bar_at(o, "height", k)
            x0 = bar_at(o, "x0", k) if o.get("x") is None else bar_at(o, "x", k) - w / 2
            y0 = bar_at(o, "y0", k) if o.get("y") is None else bar_at(o, "y", k) - h / 2
            view = QRectF(x0, y0, w, h).normalized()
            box = on_plot(chart, chart.item.vb.mapViewToScene(view).boundingRect())
            (outlined if o.get("brush", 1) is None else filled).append(box)
    return filled, outlined


def names_of(chart: ChartWidget, texts: list[Painted]) -> list[Painted]:
    """The painted category names, one per row (a name painted twice or not at all fails)."""
    names = []
    for category in chart.data.categories:
        found = [t for t in texts if t.text == category]
        assert len(found) == 1, (category, [t.text for t in texts])
        names.append(found[0])
    return names


def value_axis_px(chart: ChartWidget) -> int:
    return chart.item.getAxis(chart.value_axis).style["tickFont"].pixelSize()


def assert_apart(chart: ChartWidget, texts: list[Painted], where: object) -> None:
    """No text over another, over a bar, across an outline or past the plot widget's edge;
    no label past the plot area (the view clips it)."""
    filled, outlined = bar_rects(chart)
    assert filled, where
    area, view = QRectF(chart.plot.rect()), on_plot(chart, chart.item.vb.sceneBoundingRect())
    for i, a in enumerate(texts):
        assert area.contains(a.box), (where, a.text, a.box, area)
        if a.where == "label":
            assert view.adjusted(-0.5, -0.5, 0.5, 0.5).contains(a.box), (where, a.text, a.box)
        for b in texts[i + 1 :]:
            assert not a.box.intersects(b.box), (where, a.text, a.box, b.text, b.box)
        for bar in filled:
            assert not a.box.intersects(bar), (where, a.text, a.box, bar)
        for outline in outlined:
            inside = outline.contains(a.box)
            assert inside or not a.box.intersects(outline), (where, a.text, a.box, outline)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_row_names_are_as_large_as_the_axis_numbers(qtbot, deck: Deck, size) -> None:
    """Names of the rows at least the size of the chart's axis numbers (22 px at 720p, 32 at
    1080p), so never under the slide's sources line; their values as large."""
    small = Metrics(*size).small_px
    for number, slide in slides_of(deck, ROWS):
        _, charts = shown_charts(qtbot, deck, slide, size)
        chart = charts[0]
        texts = painted_texts(chart)
        axis_px = value_axis_px(chart)
        assert axis_px >= small, (number, axis_px)
        for name in names_of(chart, texts):
            assert name.px >= axis_px, (number, slide.title, name.text, name.px, axis_px)
            assert name.box.height() >= 0.6 * name.px, (number, name.text)  # painted, and whole
        values = [t for t in texts if t.where == "label"]
        assert len(values) == len(chart.data.categories), (number, slide.title)
        assert all(v.px >= axis_px for v in values), (number, [(v.text, v.px) for v in values])


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_bar_chart_texts_overlap_nothing(qtbot, deck: Deck, size) -> None:
    for number, slide in slides_of(deck, BARS):
        _, charts = shown_charts(qtbot, deck, slide, size)
        chart = charts[0]
        texts = painted_texts(chart)
        assert [t for t in texts if t.where == "label"], (number, slide.title)
        assert_apart(chart, texts, (number, slide.title, size))


def preview(
    qtbot, deck: Deck, slide: Slide, size: tuple[int, int]
) -> tuple[SlideView, ChartWidget]:
    """The slide as the console previews it: a small SlideView, charts at their last frame."""
    view = slide_at_last_step(qtbot, deck, slide, size)
    qtbot.wait(30)
    view.grab()  # axes take their final width after the first paint
    qtbot.wait(30)
    return view, next(w for w in view.chart_widgets() if isinstance(w, ChartWidget))


@pytest.mark.parametrize("size", PREVIEWS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_small_preview_drops_text_rather_than_overlap_it(qtbot, deck: Deck, size) -> None:
    """In the console's preview the bars stay, at their true lengths; names and values are
    shown only where they fit, never over each other, a bar or the plot's edge."""
    for number, slide in slides_of(deck, BARS):
        _view, chart = preview(qtbot, deck, slide, size)
        texts = painted_texts(chart)
        assert_apart(chart, texts, (number, slide.title, size))
        if chart.data.kind in ROWS:  # bars at their true lengths
            assert list(chart.bars.opts["width"]) == list(chart._widths(1.0)), number


def test_the_plot_is_laid_out_before_its_first_paint(qtbot, deck: Deck) -> None:
    """The names' column is measured up front: the bars do not jump sideways on the second
    frame (pyqtgraph measures axis labels only while painting them)."""
    number, slide = slides_of(deck, ("bars",))[0]
    view = slide_at_last_step(qtbot, deck, slide, (1280, 720))
    chart = next(w for w in view.chart_widgets() if isinstance(w, ChartWidget))
    before = chart.item.vb.sceneBoundingRect()  # laid out, not painted yet
    view.grab()
    qtbot.wait(30)
    after = chart.item.vb.sceneBoundingRect()
    assert after.left() == pytest.approx(before.left(), abs=0.5), number
    assert after.width() == pytest.approx(before.width(), abs=0.5), number
