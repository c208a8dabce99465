"""The room's answers to a choice question read from the back of the room and in the console's
preview, and stay put while answers come in.

The deck's choice room charts are rendered with answers stored, as the audience sees them at
720p and 1080p and as the console's and overview's previews show them; what is measured is what
gets painted (see test_charts_rows): each choice named beside its bar at the size of the axis
numbers, its count after the bar as large, no text over text, a bar or the plot's edge. The
live refresh (the presenter re-reads the database every 2 s) moves the bars, not the layout."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt

from teachin.app import Presenter
from teachin.charts.room import TEXT, RoomChart
from teachin.content.deck import load_deck
from teachin.content.model import Deck, Slide
from teachin.store import answers as ops
from teachin.store import open_store
from teachin.theme import DEFAULT
from teachin.ui.slide_view import SlideView
from test_charts_legibility import shown_charts
from test_charts_rows import PREVIEWS, SIZES, Painted, assert_apart, bar_rects, painted_texts
from test_room_reveal import SLIDES

REPO = Path(__file__).resolve().parent.parent
SKEWED = (7, 3, 1, 0)  # answers per choice: long, short, tiny and no bar at all


@pytest.fixture(scope="module")
def deck() -> Deck:
    return load_deck(REPO)


def choice_slides(deck: Deck) -> list[tuple[int, Slide]]:
    """The deck's room charts of a choice question or poll (their rows carry names)."""
    found = []
    for n, slide in enumerate(deck.slides, 1):
        if slide.charts and slide.charts[0].kind == "room":
            options = slide.charts[0].options
            quiz = deck.quizzes[options["quiz"]]
            question = next(q for q in quiz.questions if q.name == options["question"])
            if getattr(question, "choices", None):
                found.append((n, slide))
    assert len(found) >= 2, found
    return found


def skewed(chart: RoomChart) -> list[str]:
    return [c for c, k in zip(chart.question.choices, SKEWED, strict=False) for _ in range(k)]


def room_chart(qtbot, deck: Deck, slide: Slide, size: tuple[int, int]) -> RoomChart:
    """The slide at its last step, its answers then re-read as a skewed spread (a refresh)."""
    view, (chart,) = shown_charts(qtbot, deck, slide, size)
    assert isinstance(chart, RoomChart)
    chart.answers = lambda quiz, question: skewed(chart)
    chart.refresh()
    view.grab()
    qtbot.wait(20)
    return chart


def rows_painted(chart: RoomChart, texts: list[Painted]) -> tuple[list[Painted], list[Painted]]:
    """The painted choice names (one per choice, or none at all) and counts."""
    names = []
    for choice in chart.choices:
        found = [t for t in texts if t.text in (choice, choice + TEXT["right"])]
        assert len(found) <= 1, (choice, [t.text for t in texts])
        names += found
    assert len(names) in (0, len(chart.choices)), [t.text for t in texts]
    counts = [t for t in texts if t.where == "label"]
    return names, counts


def beside(name: Painted, bar: QRectF) -> bool:
    """A name to the left of its bar, level with it."""
    return (
        name.box.right() <= bar.left() + 0.5 and bar.top() <= name.box.center().y() <= bar.bottom()
    )


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_choices_are_named_beside_their_bars_at_the_axis_numbers_size(qtbot, deck, size) -> None:
    for number, slide in choice_slides(deck):
        chart = room_chart(qtbot, deck, slide, size)
        texts = painted_texts(chart)
        names, counts = rows_painted(chart, texts)
        axis_px = chart.item.getAxis("bottom").style["tickFont"].pixelSize()
        assert axis_px >= 22, (number, axis_px)  # 22 px at 720p, 32 at 1080p
        assert len(names) == len(chart.choices), (number, [t.text for t in texts])
        assert all(t.where == "left" for t in names), number
        numbers = [t.text for t in texts if t.where == "bottom"]
        assert numbers and all(t.isdigit() for t in numbers), (number, numbers)  # whole answers
        for name in names:
            assert name.px >= axis_px, (number, name.text, name.px, axis_px)
            assert name.box.height() >= 0.6 * name.px, (number, name.text)  # painted, whole
        # a count after each bar that has answers, as large as the names, level with its bar
        bars, _ = bar_rects(chart)
        shown = [k for k, c in enumerate(chart.counts) if c > 0]
        assert [t.text for t in counts] == [str(int(chart.counts[k])) for k in shown], number
        for k, count in zip(shown, counts, strict=True):
            assert count.px >= axis_px, (number, count.text, count.px)
            assert count.box.left() >= bars[k].right(), (number, count.text)
            assert bars[k].top() <= count.box.center().y() <= bars[k].bottom(), number
        for k, name in enumerate(names):  # a row with no answers has a bar of no width
            assert beside(name, bars[k]), (number, name.text, name.box, bars[k])
        assert_apart(chart, texts, (number, slide.title, size))


@pytest.mark.parametrize("size", PREVIEWS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_small_preview_drops_text_rather_than_overlap_it(qtbot, deck, size) -> None:
    """The console's next-slide view (306 x 172), the overview's thumbnails (320 x 180) and
    sizes around them: bars at their true lengths; names and counts only where they fit."""
    for number, slide in choice_slides(deck):
        chart = room_chart(qtbot, deck, slide, size)
        texts = painted_texts(chart)
        rows_painted(chart, texts)
        assert list(chart.bars.opts["width"]) == list(chart.counts), number
        assert list(chart.counts[: len(SKEWED)]) == list(SKEWED[: len(chart.counts)]), number
        assert_apart(chart, texts, (number, slide.title, size))


def answer(nickname: str, quiz: str, question: str, choice: int) -> None:
    """One participant's answer, stored as the kiosk stores it (the choice's index)."""
    with open_store() as store:
        attempt = ops.start_attempt(store, nickname=nickname, quiz=quiz)
        ops.record_answer(
            store,
            answer_id=f"{nickname}-{question}",
            attempt_id=attempt,
            question=question,
            response=choice,
        )


def test_answers_arriving_live_move_the_bars_not_the_layout(qtbot, deck) -> None:
    """In the presenter, answers stored while the slide is up show within the refresh; the
    names' column, the type and the plot's place stay exactly where they were."""
    number, slide = choice_slides(deck)[0]
    options = slide.charts[0].options
    quiz, question = options["quiz"], options["question"]
    for k, choice in enumerate((0, 1, 2)):
        answer(f"early{k}", quiz, question, choice)
    shown = Presenter(deck, start_slide=number - 1)
    qtbot.addWidget(shown.console)
    qtbot.addWidget(shown.audience)
    shown.audience.resize(1280, 720)
    shown.show()
    (chart,) = shown.audience.view.chart_widgets()
    chart.finish()
    shown.audience.view.grab()
    qtbot.wait(20)
    assert chart.counts.sum() == 3

    def layout() -> tuple[QRectF, int, int]:
        left = chart.item.getAxis("left")
        return chart.item.vb.sceneBoundingRect(), left.style["tickFont"].pixelSize(), left.width()

    before = layout()
    names_before = rows_painted(chart, painted_texts(chart))[0]
    assert names_before, number  # names shown, so there is a layout to keep
    for k in range(11):  # a count reaches two digits: its label is wider
        answer(f"late{k}", quiz, question, 0)
    qtbot.waitUntil(lambda: chart.counts.sum() == 14, timeout=6000)
    qtbot.waitUntil(lambda: not chart.animating, timeout=3000)
    shown.audience.view.grab()
    qtbot.wait(20)
    assert layout() == before
    texts = painted_texts(chart)
    names, counts = rows_painted(chart, texts)
    assert [(n.text, n.box) for n in names] == [(n.text, n.box) for n in names_before]
    assert "12" in [c.text for c in counts]
    assert list(chart.bars.opts["width"]) == list(chart.counts)
    assert_apart(chart, texts, (number, "after new answers"))


# test_room_reveal's slide (a room chart, then a reveal step), on a choice question instead.
QUIZ = "::crowd:: Why did most of them leave? {~Jobs =Wars ~Debt and the banks}\n"


def test_the_names_column_is_fixed_before_the_first_paint_and_at_the_reveal(
    qtbot, tmp_path: Path
) -> None:
    """pyqtgraph measures axis labels only while painting: the names' column is measured up
    front, and marking the right choice when the presenter steps on to the reveal does not
    push the bars sideways."""
    for folder, name, text in (
        ("slides", "01-room.md", SLIDES),
        ("quizzes", "checkpoint-02.gift", QUIZ),
    ):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / name).write_text(text, encoding="utf-8")
    deck = load_deck(tmp_path)
    assert not deck.problems, deck.problems
    (slide,) = deck.slides
    view = SlideView(theme=DEFAULT, answers=lambda quiz, question: [0, 0, 1, 2, 2, 2])
    qtbot.addWidget(view)
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    view.resize(1280, 720)
    view.show()
    view.set_slide(slide, 0, deck)
    view.finish_charts()
    (chart,) = view.chart_widgets()

    def across() -> tuple[float, float]:  # where the plot starts and how wide it is
        box = chart.item.vb.sceneBoundingRect()
        return box.left(), box.width()

    before = across()  # laid out, not painted yet
    view.grab()
    qtbot.wait(20)
    assert across() == before
    assert not chart.revealed and "Wars" in [t.text for t in painted_texts(chart)]
    view.set_slide(slide, 1, deck)  # the reveal step
    view.grab()
    qtbot.wait(20)
    assert chart.revealed and across() == before
    texts = painted_texts(chart)
    names, counts = rows_painted(chart, texts)
    assert [n.text for n in names] == ["Jobs", "Wars" + TEXT["right"], "Debt and the banks"]
    assert [c.text for c in counts] == ["2", "1", "3"]
    assert_apart(chart, texts, "revealed")
