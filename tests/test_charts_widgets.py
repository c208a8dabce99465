"""Chart widgets, driven like a user would: plotted values read back from the pyqtgraph items,
animation, hover readout, the what-if slider, the replay key and the live room chart."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QLabel

from teachin.charts import ChartErrorBox, build_chart
from teachin.charts.room import RoomChart
from teachin.content.data import load_series_dir, split_unit
from teachin.content.gift import parse_gift
from teachin.content.model import ChartPart, Deck
from teachin.theme import DEFAULT, HIGH_CONTRAST

REPO = Path(__file__).resolve().parent.parent
SERIES, _ = load_series_dir(REPO / "assets" / "data")
GIFT = """
::estimate:: How many international migrants were there in 2015, in millions? {#244:10}

::why:: What pushes people to leave? {~Wars =Jobs ~Debt}
"""
CHARTS = {
    "line": {"kind": "line", "series": "migrant_stock_un_desa_2020rev", "title": "Migrants"},
    "bars": {"kind": "bars", "series": "migrants_by_sdg_region_un2020rev", "year": "2020"},
    "grouped-bars": {
        "kind": "grouped-bars",
        "series": "egypt_remittances_usd_wdi_2018vintage, egypt_suez_canal_revenue",
        "years": "2015, 2016",
    },
    "magnitude": {
        "kind": "magnitude",
        "items": "article_claims:net_resource_transfers_1980_2012, "
        "article_claims:remittances_developing_2015",
    },
    "what-if": {
        "kind": "what-if",
        "series": "egypt_remittances_usd_wdi_2018vintage, egypt_suez_canal_revenue",
        "year": "2016",
        "slider": "Change in remittances, -80..20 %",
        "at": "-30",
    },
}


@pytest.fixture
def deck() -> Deck:
    quiz, problems = parse_gift(GIFT, Path("checkpoint-01.gift"))
    assert problems == []
    return Deck(REPO, (), series=SERIES, quizzes={"checkpoint-01": quiz})


def make(qtbot, deck: Deck, options: dict, theme=DEFAULT, size=(1280, 720), **kw):
    widget = build_chart(ChartPart(options=options, line=5), deck, theme, **kw)
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def csv(name: str, year: int | None = None) -> np.ndarray:
    rows = [r for r in SERIES[name].rows if year is None or r.year == year]
    return np.array([r.value * split_unit(r.unit)[0] for r in rows])


def plotted(widget) -> list[np.ndarray]:
    """What the pyqtgraph items hold right now (bar lengths or curve y values)."""
    kind = widget.data.kind
    if kind == "line":
        return [np.asarray(curve.getData()[1]) for curve in widget.curves]
    if kind == "grouped-bars":
        return [np.asarray(bars.opts["height"]) for bars in widget.bars]
    return [np.asarray(widget.bars.opts["width"])]


def expected(kind: str) -> list[np.ndarray]:
    """The true values, straight from the CSVs, in base units."""
    if kind == "line":
        return [csv("migrant_stock_un_desa_2020rev")]
    if kind == "bars":
        return [csv("migrants_by_sdg_region_un2020rev", 2020)]
    if kind == "grouped-bars":
        return [
            np.concatenate([csv("egypt_remittances_usd_wdi_2018vintage", y) for y in (2015, 2016)]),
            np.concatenate([csv("egypt_suez_canal_revenue", y) for y in (2015, 2016)]),
        ]
    if kind == "magnitude":
        claims = {r.extra["metric"]: r for r in SERIES["article_claims"].rows}
        rows = [claims["net_resource_transfers_1980_2012"], claims["remittances_developing_2015"]]
        return [np.array([r.value * split_unit(r.unit)[0] for r in rows])]
    remittances = csv("egypt_remittances_usd_wdi_2018vintage", 2016)[0]
    return [np.array([remittances * 0.7, csv("egypt_suez_canal_revenue", 2016)[0]])]


@pytest.mark.parametrize("kind", list(CHARTS))
def test_each_kind_plots_the_csv_values(qtbot, deck, kind):
    widget = make(qtbot, deck, CHARTS[kind])
    assert type(widget).__name__ != "ChartErrorBox"
    for got, want in zip(plotted(widget), expected(kind), strict=True):
        np.testing.assert_allclose(got * widget.data.scale, want, rtol=1e-12)


@pytest.mark.parametrize("kind", list(CHARTS))
def test_the_animation_grows_and_ends_exactly_at_the_true_values(qtbot, deck, kind):
    widget = make(qtbot, deck, CHARTS[kind])
    final = [a.copy() for a in plotted(widget)]
    widget.play()
    assert widget.animating  # play() returns at once: slide changes are never blocked
    qtbot.waitUntil(lambda: 0.2 < widget.t < 0.8, timeout=5000)
    middle = plotted(widget)
    assert sum(m.sum() for m in middle) < sum(f.sum() for f in final)
    qtbot.waitUntil(lambda: not widget.animating, timeout=6000)
    for got, want in zip(plotted(widget), final, strict=True):
        assert np.array_equal(got, want)  # exactly, not approximately


def test_the_line_draws_in_from_the_left(qtbot, deck):
    widget = make(qtbot, deck, CHARTS["line"])
    widget.play()
    widget.animation.setCurrentTime(widget.duration_ms // 4)
    x, _ = widget.curves[0].getData()
    assert 1990 <= x[-1] < 2020 and len(x) < 8
    widget.finish()
    assert list(widget.curves[0].getData()[0]) == [1990, 1995, 2000, 2005, 2010, 2015, 2020]


def test_magnitude_bars_grow_at_one_speed(qtbot, deck):
    widget = make(qtbot, deck, CHARTS["magnitude"])
    widget.play()
    widget.animation.setCurrentTime(widget.duration_ms // 2)
    big, small = plotted(widget)[0]
    assert small == pytest.approx(0.4316)  # the small one is done almost at once...
    assert big == pytest.approx(16.3 / 2)  # ...while the big one is half way
    widget.finish()


def scene_point(widget, x: float, y: float):
    """The viewport pixel showing data point (x, y)."""
    scene = widget.item.vb.mapViewToScene(QPointF(x, y))
    return widget.plot.mapFromScene(scene)


def hover(qtbot, widget, x: float, y: float) -> None:
    """The pointer enters the plot at its corner, then moves onto data point (x, y)."""
    viewport = widget.plot.viewport()
    qtbot.mouseMove(viewport, viewport.rect().topLeft() + QPoint(2, 2))
    qtbot.mouseMove(viewport, scene_point(widget, x, y))


def test_hovering_a_point_shows_its_value(qtbot, deck):
    widget = make(qtbot, deck, CHARTS["line"])
    trace = widget.data.traces[0]
    hover(qtbot, widget, trace.x[5], trace.y[5])
    qtbot.waitUntil(lambda: widget.readout_text() != "")
    assert widget.readout_text() == "2015: 247,958,644 persons"
    assert list(widget.marker.getData()[0]) == [2015]
    hover(qtbot, widget, 1991, trace.y[5])  # near no point
    qtbot.waitUntil(lambda: widget.readout_text() == "")


def test_readout_follows_a_fast_pointer_to_where_it_stops_and_goes_when_it_leaves(qtbot, deck):
    widget = make(qtbot, deck, CHARTS["line"])
    trace = widget.data.traces[0]
    viewport = widget.plot.viewport()
    # Moves a few ms apart, as a quick hand makes them: the last one counts.
    for i in (5, 4, 3):
        qtbot.mouseMove(viewport, scene_point(widget, trace.x[i], trace.y[i]))
    assert widget.readout_text() == f"{int(trace.x[3])}: {trace.text[3]}"
    assert list(widget.marker.getData()[0]) == [trace.x[3]]
    # Off the plot (onto the chart's title): no readout or ring left behind.
    title = widget.findChildren(QLabel)[0]
    qtbot.mouseMove(title, title.rect().center())
    qtbot.waitUntil(lambda: widget.readout_text() == "")
    assert list(widget.marker.getData()[0]) == []


@pytest.mark.parametrize("kind", ["bars", "grouped-bars"])
def test_clicking_a_bar_shows_its_value(qtbot, deck, kind):
    widget = make(qtbot, deck, CHARTS[kind])
    if kind == "bars":
        x, y, text = (
            10.0,
            widget.rows[1] - 0.2,
            "Northern Africa and Western Asia: 49,767,746 persons",
        )
    else:  # the second series (Suez Canal) in the 2016 group
        x, y, text = (
            1 + widget.offsets[1],
            2.0,
            "2016 · egypt_suez_canal_revenue: 5.005 billion US$",
        )
    qtbot.mouseClick(
        widget.plot.viewport(), Qt.MouseButton.LeftButton, pos=scene_point(widget, x, y)
    )
    qtbot.waitUntil(lambda: widget.readout_text() != "")
    assert widget.readout_text() == text


def test_hovering_the_small_magnitude_bar_gives_its_exact_figure(qtbot, deck):
    widget = make(qtbot, deck, CHARTS["magnitude"])
    hover(qtbot, widget, 0.2, widget.rows[1] - 0.2)
    qtbot.waitUntil(lambda: widget.readout_text() != "")
    assert widget.readout_text() == "remittances_developing_2015: 431.6 billion US$"


def test_hovering_a_room_bin_gives_its_count(qtbot, deck):
    options = {"kind": "room", "quiz": "checkpoint-01", "question": "estimate"}
    widget = make(qtbot, deck, options, answers=lambda q, n: [100] * 5 + [300] * 2)
    k = int(np.argmax(widget.counts))
    low, high = widget.hist.edges[k], widget.hist.edges[k + 1]
    hover(qtbot, widget, (low + high) / 2, 0.5)
    qtbot.waitUntil(lambda: widget.readout_text() != "")
    assert widget.readout_text() == f"{low:g} to {high:g}: 5 answers"


def test_the_what_if_slider_recomputes_from_the_sourced_figures(qtbot, deck):
    widget = make(qtbot, deck, CHARTS["what-if"])
    remittances = csv("egypt_remittances_usd_wdi_2018vintage", 2016)[0] / 1e9
    assert widget.slider.value() == -30
    widget.slider.setFocus()
    qtbot.keyClick(widget.slider, Qt.Key.Key_End)  # the largest rise, +20 %
    assert widget.slider.value() == 20
    assert plotted(widget)[0][0] == pytest.approx(remittances * 1.2)
    assert widget.slider_label.text() == "Change in remittances: +20 %"
    assert f"{remittances * 1.2 / 5.005:.1f}×" in widget.legend.text()


def test_a_replays_without_creating_items(qtbot, deck):
    widget = make(qtbot, deck, CHARTS["bars"])
    items = list(widget.plot.scene().items())
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A)
    assert widget.animating
    for _ in range(3):
        widget.replay()
        widget.finish()
    assert list(widget.plot.scene().items()) == items


def test_a_bad_block_becomes_an_error_box_that_says_why(qtbot, deck):
    widget = make(qtbot, deck, {"kind": "line", "series": "no_such_series"})
    assert isinstance(widget, ChartErrorBox)
    assert "unknown series 'no_such_series'" in widget.label.text()
    widget.play()  # the slide view may treat it like any chart
    widget.finish()


def test_theme_and_sizes_follow_the_slide(qtbot, deck):
    small = make(qtbot, deck, CHARTS["line"], HIGH_CONTRAST, size=(480, 270))
    big = make(qtbot, deck, CHARTS["line"], HIGH_CONTRAST, size=(1920, 1080))
    assert big.title.font().pixelSize() > 3 * small.title.font().pixelSize()
    image = big.grab().toImage()
    assert image.pixelColor(image.width() // 2, image.height() // 2).name() == "#000000"
    assert big.plot.backgroundBrush().color().name() == HIGH_CONTRAST.background.lower()


# --- the room chart ------------------------------------------------------------------------------


def test_the_room_chart_changes_when_answers_are_added(qtbot, deck):
    stored: list[float] = [120, 150, 180, 200, 210]
    calls: list[tuple[str, str]] = []

    def answers(quiz: str, question: str) -> list[float]:
        calls.append((quiz, question))
        return list(stored)

    options = {"kind": "room", "quiz": "checkpoint-01", "question": "estimate"}
    widget = make(qtbot, deck, options, answers=answers)
    assert isinstance(widget, RoomChart)
    assert calls[-1] == ("checkpoint-01", "estimate")
    assert widget.counts.sum() == 5 and widget.legend.text().startswith("5 answers")
    stored.extend([400, 410, 420])
    widget.refresh()
    assert widget.counts.sum() == 8 and widget.legend.text().startswith("8 answers")
    heights = np.asarray(widget.bars.opts["height"])
    np.testing.assert_array_equal(heights, widget.counts)
    assert widget.hist.edges[-1] > 420


def test_the_true_figure_appears_only_when_revealed(qtbot, deck):
    options = {"kind": "room", "quiz": "checkpoint-01", "question": "estimate"}
    widget = make(qtbot, deck, options, answers=lambda q, n: [10, 20, 30, 40])
    (x0, x1), _ = widget.item.vb.viewRange()
    assert not widget.truth_line.isVisible()
    assert x1 < 244  # the axis does not give the answer away
    widget.reveal()
    assert widget.truth_line.isVisible() and widget.truth_line.value() == 244
    (x0, x1), _ = widget.item.vb.viewRange()
    assert x0 <= 244 <= x1
    assert "true figure 244" in widget.truth_line.label.toPlainText()


def test_a_choice_question_counts_each_choice_and_marks_the_right_one(qtbot, deck):
    options = {"kind": "room", "quiz": "checkpoint-01", "question": "why"}
    stored = ["Jobs", "Wars", "Jobs"]
    widget = make(qtbot, deck, options, answers=lambda q, n: stored)
    assert widget.choices == ("Wars", "Jobs", "Debt")
    np.testing.assert_array_equal(widget.bars.opts["width"], [1, 2, 0])
    widget.reveal()
    brushes = [b.color().name() for b in widget.bars.opts["brushes"]]
    assert brushes[1] == DEFAULT.accent.lower() and brushes[0] != DEFAULT.accent.lower()
    assert widget.names[1].endswith("✓ right")


def test_an_empty_room_chart_says_it_is_waiting(qtbot, deck):
    stored: list[float] = []
    options = {"kind": "room", "quiz": "checkpoint-01", "question": "estimate"}
    widget = make(qtbot, deck, options, answers=lambda q, n: stored)
    assert widget.waiting.isVisible() and widget.legend.text().startswith("0 answers")
    stored.append(300.0)
    widget.refresh()
    assert not widget.waiting.isVisible() and widget.counts.sum() == 1


def test_the_room_chart_takes_a_truth_before_the_quiz_names_one(qtbot, deck):
    options = {"kind": "room", "quiz": "checkpoint-01", "question": "estimate"}
    widget = make(qtbot, deck, options, answers=lambda q, n: [250, 260], truth=281)
    widget.reveal()
    assert widget.truth_line.value() == 281


def test_right_click_on_a_projected_chart_opens_no_menu(qtbot, deck):
    """pyqtgraph's right-click menus mean nothing on a slide: none is built or shown."""
    from PySide6.QtWidgets import QApplication, QGraphicsView, QMenu

    widget = make(qtbot, deck, CHARTS["line"])
    assert widget.item.vb.menu is None  # never built (enableMenu=False at construction)
    assert widget.plot.cacheMode() == QGraphicsView.CacheModeFlag.CacheNone  # no big pixmap
    viewport = widget.plot.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.RightButton, pos=viewport.rect().center())
    qtbot.wait(50)
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]
    assert shown == [] and QApplication.activePopupWidget() is None
