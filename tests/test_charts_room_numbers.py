"""The estimate room charts ("Your estimates: …") as the facilitator shows them while the first
answers come in: the count axis marks whole answers only, and the "room median" and "true
figure" labels sit whole inside the plot, apart, however few or far-off the answers are.
Measured as painted on the built-in deck's slides at 720p and 1080p."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QRectF

import test_charts_legibility
from teachin.charts.room import RoomChart, range_for_labels
from test_charts_legibility import SIZES, slide_at_last_step

deck = test_charts_legibility.deck  # the built-in deck, loaded once per module

# Answers as shares of the true figure, in the order a room might give them.
ANSWERS = {
    "none": (),
    "one": (0.88,),
    "two": (0.5, 0.9),
    "all equal": (0.8,) * 5,
    "all far below": (0.01, 0.02, 0.015),
    "all far above": (50.0, 60.0, 80.0),
    "spread": (0.4, 0.7, 0.9, 1.0, 1.1, 1.3, 1.8, 2.5),  # test_charts_legibility's room_answers
}


def numeric_room_slides(deck) -> list[tuple[int, object]]:
    slides = [
        (n, s)
        for n, s in enumerate(deck.slides, 1)
        if s.charts and s.charts[0].kind == "room" and "estimates" in s.title
    ]
    assert len(slides) >= 5, [n for n, _ in slides]
    return slides


def room_chart(view) -> RoomChart:
    (chart,) = [w for w in view.chart_widgets() if isinstance(w, RoomChart)]
    assert chart.question.numeric
    return chart


def shown(qtbot, view, chart: RoomChart) -> None:
    """Read the answers again, as the presenter's timer does, and paint."""
    chart.refresh()
    qtbot.wait(50)
    view.grab()


def count_ticks(chart: RoomChart) -> list[float]:
    vb = chart.item.vb
    levels = chart.item.getAxis("left").tickValues(*vb.viewRange()[1], vb.height())
    return [value for _, values in levels for value in values]


def label_rects(chart: RoomChart) -> dict[str, QRectF]:
    """The lines' labels as painted, in scene coordinates."""
    lines = {"median": chart.median_line, "truth": chart.truth_line}
    return {
        name: line.label.mapRectToScene(line.label.boundingRect())
        for name, line in lines.items()
        if line.isVisible()
    }


def assert_legible(chart: RoomChart, answers: int, where: object) -> None:
    if answers:
        ticks = count_ticks(chart)
        assert ticks and all(v == int(v) for v in ticks), (where, ticks)  # no "0.5 answers"
    plot = chart.item.vb.mapRectToScene(chart.item.vb.boundingRect())
    rects = label_rects(chart)
    assert ("median" in rects) == bool(answers), (where, rects)
    assert ("truth" in rects) == chart.revealed, (where, rects)
    for name, rect in rects.items():
        line = chart.median_line if name == "median" else chart.truth_line
        assert line.label.isVisible() and rect.width() > 0, (where, name)
        assert plot.contains(rect), (where, name, rect, plot)  # not cut at either edge
    if len(rects) == 2:
        assert not rects["median"].intersects(rects["truth"]), (where, rects)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_one_answer_of_1000_on_slide_13(qtbot, deck, size) -> None:
    """The case seen on screen: one answer (1,000) against the true 1,134."""
    slide = next(s for n, s in numeric_room_slides(deck) if n == 13)
    view = slide_at_last_step(qtbot, deck, slide, size, lambda quiz, name: [1000.0])
    chart = room_chart(view)
    assert chart.question.truth == 1134
    shown(qtbot, view, chart)
    view.grab().save(f"/tmp/room_numbers_one_{size[1]}.png")
    assert chart.revealed  # the slide's last step is the reveal
    assert chart.median_line.label.textItem.toPlainText() == "room median 1,000"
    assert_legible(chart, 1, ("revealed", size))
    chart.conceal()  # as first shown, before the reveal step
    shown(qtbot, view, chart)
    assert_legible(chart, 1, ("concealed", size))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_answers_arriving_keep_whole_counts_and_labels_inside(qtbot, deck, size) -> None:
    """Each estimate slide, shown while answers come in (none, one, two, …), before and at
    the reveal: the labels never overlap and are never cut, the counts are whole."""
    for number, slide in numeric_room_slides(deck):
        stored: list[float] = []
        view = slide_at_last_step(
            qtbot, deck, slide, size, lambda quiz, name, stored=stored: list(stored)
        )
        chart = room_chart(view)
        truth = float(chart.question.truth)
        for case, shares in ANSWERS.items():
            stored[:] = [truth * share for share in shares]
            for revealed in (False, True):
                chart.reveal() if revealed else chart.conceal()
                shown(qtbot, view, chart)
                assert_legible(chart, len(shares), (number, size, case, revealed))


@given(
    low=st.floats(-1e6, 1e6),
    span=st.floats(1e-3, 1e6),
    where=st.lists(st.floats(0, 1), min_size=2, max_size=2),
    widths=st.lists(st.floats(1, 400), min_size=2, max_size=2),
    pixels=st.floats(150, 2000),
    median_left=st.booleans(),
)
def test_the_range_leaves_each_label_room_on_its_side(
    low, span, where, widths, pixels, median_left
) -> None:
    """range_for_labels, for any two lines inside the answers' range with a label on each
    outer side: the range holds the answers' range and each label, and is no wider than
    needed; or None when the labels would take most of the plot."""
    high = low + span
    values = sorted(low + share * span for share in where)
    sides = (median_left, not median_left)
    labels = [(v, w, left) for v, w, left in zip(values, widths, sides, strict=True)]
    fitted = range_for_labels(low, high, labels, pixels)
    if sum(widths) / pixels > 0.7:
        assert fitted is None
        return
    assert fitted is not None
    x0, x1 = fitted
    per_px = (x1 - x0) / pixels
    slack = 1e-9 * max(1.0, abs(low), abs(high))
    assert x0 <= low + slack and x1 >= high - slack
    for value, width, left in labels:
        if left:
            assert value - width * per_px >= x0 - slack, (value, width)
        else:
            assert value + width * per_px <= x1 + slack, (value, width)
    # no wider than the answers' range plus both labels at most
    assert x1 - x0 <= (high - low) / (1 - sum(widths) / pixels) + slack
