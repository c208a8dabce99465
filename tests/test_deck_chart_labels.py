"""The numbers a chart of the built-in deck writes on screen: one precision per chart, as much as
the source supports and no more (18.3 beside 5.2, never 18.325 beside 5.2; 76 million, never
76.0), and one minus sign, U+2212, in every label and readout."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from teachin.charts import ChartErrorBox, build_chart
from teachin.content.deck import load_deck
from teachin.content.model import Deck
from teachin.theme import DEFAULT

REPO = Path(__file__).resolve().parent.parent
NUMBER = re.compile(r"[−-]?\d[\d,]*(?:\.(\d+))?")


@pytest.fixture(scope="module")
def deck() -> Deck:
    return load_deck(REPO)


def built(qtbot, deck: Deck, title: str):
    slide = next(s for s in deck.slides if s.title == title)
    widget = build_chart(slide.charts[0], deck, DEFAULT)
    qtbot.addWidget(widget)
    assert not isinstance(widget, ChartErrorBox), widget.message
    widget.resize(1100, 420)
    widget.finish()
    return widget


def label_texts(widget) -> list[str]:
    return [label.textItem.toPlainText() for label in widget.value_labels]


def decimals(texts: list[str]) -> set[int]:
    return {len(m.group(1) or "") for t in texts for m in NUMBER.finditer(t)}


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Egypt: more than the Suez Canal", ["18.3", "16.6", "5.2", "5.0"]),
        ("Philippines and Egypt", ["8.6", "13.3", "10.8", "10.2", "10.2"]),
    ],
)
def test_grouped_bars_share_one_precision(qtbot, deck, title, expected) -> None:
    texts = label_texts(built(qtbot, deck, title))
    assert texts[: len(expected)] == expected
    assert decimals(texts) == {1}


def test_rounded_source_figures_keep_their_own_precision(qtbot, deck) -> None:
    texts = label_texts(built(qtbot, deck, "Where do they live?"))
    assert "76 million persons" in texts and decimals(texts) == {0}


def test_the_what_if_readout_has_one_precision_and_true_minus_signs(qtbot, deck) -> None:
    chart = built(qtbot, deck, "What if remittances fell?")
    chart.set_change(-20)
    readout, slider = chart.legend.text(), chart.slider_label.text()
    assert "−20 %" in readout and slider.endswith("−20 %")
    assert "10.2 % of GDP → 8.2 % of GDP (−2.0 percentage points)" in readout
    assert label_texts(chart) == ["8.2 % of GDP"]
    for text in (readout, slider, *label_texts(chart)):
        assert "-" not in text.replace("-in", ""), text  # no hyphen-minus before a number
