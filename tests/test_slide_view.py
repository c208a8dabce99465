"""SlideView: what the audience sees of one slide, checked on the rendered pixels."""

from __future__ import annotations

import re
import sys
import time
import types
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFontInfo, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from teachin.content.gift import parse_gift
from teachin.content.model import ChartPart, Deck, Module, QuizPart, Slide, TextPart
from teachin.theme import DEFAULT, HIGH_CONTRAST
from teachin.ui.slide_view import SlideView

PATH = Path("slides/01-test.md")
SIZES = [(1280, 720), (1920, 1080)]


def make_slide(title: str = "Why do people leave?", *parts, **kw) -> Slide:
    return Slide(
        title,
        tuple(parts),
        kw.get("notes", ""),
        kw.get("sources", ()),
        PATH,
        1,
        error=kw.get("error"),
    )


def make_deck(*slides: Slide, quizzes=None) -> Deck:
    module = Module(1, "Test", 10, PATH, tuple(slides))
    return Deck(Path("."), (module,), quizzes=quizzes or {})


def view_at(qtbot, size=(1280, 720), **kw) -> SlideView:
    view = SlideView(**kw)
    qtbot.addWidget(view)
    view.resize(*size)
    return view


def wait_for(condition, timeout_ms: int = 2000) -> bool:
    """Run Qt's timers until ``condition()`` holds. QTest.qWait processes events itself, so it
    keeps working when an earlier test left the application quitting (then qtbot.wait, built on
    QEventLoop.exec, returns at once)."""
    deadline = time.monotonic() + timeout_ms / 1000
    while not condition() and time.monotonic() < deadline:
        QTest.qWait(10)
    return bool(condition())


def ink_in(image: QImage, rect: QRect, background: str) -> int:
    """How many sampled pixels in ``rect`` differ from the background colour."""
    bg = QColor(background).rgb() & 0xFFFFFF
    count = 0
    for y in range(rect.top(), rect.bottom(), 3):
        for x in range(rect.left(), rect.right(), 3):
            if image.pixel(x, y) & 0xFFFFFF != bg:
                count += 1
    return count


def test_reveal_hides_later_parts_without_moving_earlier_ones(qtbot):
    first = TextPart("- Wars and interventions\n- Land taken for mines", 0, 3)
    later = TextPart("- Debt and *structural adjustment*", 1, 6)
    slide = make_slide("Why do people leave?", first, later)
    deck = make_deck(slide)
    view = view_at(qtbot)

    view.set_slide(slide, 0, deck)
    blocks_at_0 = [b.rect for b in view.slide_layout().blocks]
    hidden_area = blocks_at_0[1].toAlignedRect()
    image0 = view.grab().toImage()
    assert ink_in(image0, blocks_at_0[0].toAlignedRect(), DEFAULT.background) > 50
    assert ink_in(image0, hidden_area, DEFAULT.background) == 0
    assert "Debt" not in view.shown_text()

    view.set_slide(slide, 1, deck)
    assert [b.rect for b in view.slide_layout().blocks] == blocks_at_0  # nothing jumps
    assert ink_in(view.grab().toImage(), hidden_area, DEFAULT.background) > 50
    assert "Debt and structural adjustment" in view.shown_text()


def test_step_none_shows_the_last_step_and_steps_are_clamped(qtbot):
    slide = make_slide("T", TextPart("one", 0, 1), TextPart("two", 1, 2), TextPart("three", 2, 3))
    view = view_at(qtbot)
    view.set_slide(slide, None, make_deck(slide))
    assert view.step() == 2
    view.set_slide(slide, 99, make_deck(slide))
    assert view.step() == 2 and "three" in view.shown_text()


@pytest.mark.parametrize("size", [(1600, 1200), (2560, 1080), (1000, 900)])
def test_canvas_is_16_9_and_letterboxed(qtbot, size):
    slide = make_slide("Letterbox", TextPart("Body", 0, 1))
    view = view_at(qtbot, size)
    view.set_slide(slide, None, make_deck(slide))
    canvas = view.canvas_rect()
    assert canvas.width() / canvas.height() == pytest.approx(16 / 9, rel=1e-3)
    assert canvas.center().x() == pytest.approx(size[0] / 2, abs=1)
    assert canvas.center().y() == pytest.approx(size[1] / 2, abs=1)
    assert min(size[0] - canvas.width(), size[1] - canvas.height()) < 1  # touches two sides
    image = view.grab().toImage()
    assert QColor(image.pixel(0, 0)) == QColor("#000000")  # a bar (or canvas corner)...
    centre = image.pixel(int(canvas.left()) + 3, int(canvas.bottom()) - 3)
    assert QColor(centre) == QColor(DEFAULT.background)  # ...and the slide inside it


@pytest.mark.parametrize("size", SIZES)
def test_type_is_readable_from_the_back_and_scales_with_the_canvas(qtbot, size):
    slide = make_slide("Title", TextPart("Body text", 0, 1), sources=("UN DESA 2017",))
    view = view_at(qtbot, size)
    view.set_slide(slide, None, make_deck(slide))
    sizes = view.font_pixel_sizes()
    assert sizes["body"] >= 0.044 * size[1]  # >= 47 px at 1080p, 31 px at 720p
    assert sizes["title"] > sizes["body"] * 1.4
    assert sizes["sources"] < sizes["body"]


def test_short_slide_has_no_overflow_long_slide_reports_it(qtbot):
    short = make_slide("Short", TextPart("- one\n- two\n- three", 0, 1), sources=("A source",))
    words = " ".join(["migration"] * 300)
    long = make_slide("Long", TextPart(words, 0, 1))
    deck = make_deck(short, long)
    for size in SIZES:
        view = view_at(qtbot, size)
        view.set_slide(short, None, deck)
        assert view.overflow() == []
        view.set_slide(long, None, deck)
        problems = view.overflow()
        assert len(problems) == 1 and "text 'migration migration" in problems[0]
        assert "height" in problems[0]


def test_overflow_catches_a_title_that_wraps_too_much_and_an_unbreakable_word(qtbot):
    title = make_slide("A title that goes on " * 8, TextPart("x", 0, 1))
    wide = make_slide("Wide", TextPart("W" * 120, 0, 1))
    deck = make_deck(title, wide)
    view = view_at(qtbot)
    view.set_slide(title, None, deck)
    assert any(p.startswith("title") for p in view.overflow())
    view.set_slide(wide, None, deck)
    assert any("width" in p for p in view.overflow())


def test_hidden_steps_count_for_overflow(qtbot):
    """Space is kept for later steps, so text that only appears later must fit too."""
    words = " ".join(["capital"] * 250)
    slide = make_slide("T", TextPart("shown", 0, 1), TextPart(words, 1, 2))
    view = view_at(qtbot)
    view.set_slide(slide, 0, make_deck(slide))
    assert view.overflow()


class FakeChart(QWidget):
    built = 0

    def __init__(self) -> None:
        super().__init__()
        FakeChart.built += 1
        self.calls: list[str] = []

    def play(self) -> None:
        self.calls.append("play")

    def finish(self) -> None:
        self.calls.append("finish")

    def refresh(self) -> None:
        self.calls.append("refresh")


@pytest.fixture
def fake_charts(monkeypatch):
    module = types.ModuleType("teachin.charts")

    def build_chart(part, deck, theme, answers=None):
        chart = FakeChart()
        chart.answers = answers
        return chart

    module.build_chart = build_chart
    monkeypatch.setitem(sys.modules, "teachin.charts", module)
    FakeChart.built = 0
    return module


def test_charts_are_built_once_per_slide_and_reused(qtbot, fake_charts):
    chart = ChartPart({"kind": "bars", "series": "s"}, 1, 4)
    with_chart = make_slide("Chart", TextPart("Intro", 0, 1), chart)
    other = make_slide("Other", TextPart("Nothing", 0, 1))
    deck = make_deck(with_chart, other)
    view = view_at(qtbot, animate=True)
    view.show()

    view.set_slide(with_chart, 0, deck)
    (widget,) = view.chart_widgets()
    assert widget.isHidden() and widget.calls == []  # its step has not come yet
    view.set_slide(with_chart, 1, deck)
    assert not widget.isHidden() and widget.calls == ["play"]
    assert widget.geometry().height() > 0.28 * 720

    view.set_slide(other, 0, deck)
    assert widget.isHidden()
    view.set_slide(with_chart, None, deck)
    assert view.chart_widgets() == [widget] and FakeChart.built == 1
    assert widget.calls == ["play", "play"]  # plays again when the slide comes back


def test_static_views_finish_charts_and_theme_change_rebuilds(qtbot, fake_charts):
    slide = make_slide("Chart", ChartPart({"kind": "line", "series": "s"}))
    view = view_at(qtbot, animate=False)
    view.set_slide(slide, None, make_deck(slide))
    (widget,) = view.chart_widgets()
    assert widget.calls == ["finish"]
    view.set_theme(HIGH_CONTRAST)
    (rebuilt,) = view.chart_widgets()
    assert rebuilt is not widget and FakeChart.built == 2


GIFT = """\
$CATEGORY: checkpoint

::remittances-vs-suez:: In 2015, were Egypt's remittances larger than Suez Canal revenue? {
=Yes, about three times larger
~About the same
~No, smaller
}
"""


def test_quiz_block_shows_the_question_and_its_choices_not_the_answer(qtbot):
    quiz, problems = parse_gift(GIFT, Path("quizzes/checkpoint-05.gift"))
    assert not problems
    part = QuizPart("checkpoint-05", "remittances-vs-suez")
    slide = make_slide("Discuss", part)
    view = view_at(qtbot, (1920, 1080))
    view.set_slide(slide, None, make_deck(slide, quizzes={"checkpoint-05": quiz}))
    text = view.shown_text()
    assert "were Egypt's remittances larger than Suez Canal revenue?" in text
    shown = dict(re.findall(r"([A-C])\. (.+?)(?=\s+[A-C]\. |\n|$)", text.replace("\u00a0", " ")))
    assert sorted(shown.values()) == [
        "About the same",
        "No, smaller",
        "Yes, about three times larger",
    ]
    assert shown["A"] != "Yes, about three times larger"  # the file's first (right) answer
    assert view.overflow() == []


def test_unknown_quiz_shows_a_labelled_box(qtbot):
    slide = make_slide("Discuss", QuizPart("checkpoint-09", "missing"))
    view = view_at(qtbot)
    view.set_slide(slide, None, make_deck(slide))
    assert "Quiz question: checkpoint-09 / missing" in view.shown_text()


def test_error_slide_shows_what_failed_and_where(qtbot):
    long_path = "/home/facilitator/" + "WorkshopMaterialsCopiedFromUsb" * 5 + "/04_roots.md"
    error = f"{long_path}:3: not UTF-8 text\nslides/04_roots.md:9: module has no slides"
    slide = make_slide("04-roots.md", error=error)
    view = view_at(qtbot)
    view.set_slide(slide, None, make_deck(slide))
    text = view.shown_text()
    assert "What is wrong:" in text
    assert f"{long_path}:3: not UTF-8 text\nslides/04_roots.md:9: module has no slides" in text
    assert view.overflow() == []


def test_high_contrast_theme_paints_its_own_colours(qtbot):
    slide = make_slide("Contrast", TextPart("Body", 0, 1))
    view = view_at(qtbot, theme=HIGH_CONTRAST)
    view.set_slide(slide, None, make_deck(slide))
    image = view.grab().toImage()
    assert QColor(image.pixel(5, 5)) == QColor(HIGH_CONTRAST.background)
    title = view.slide_layout().title.rect.toAlignedRect()
    assert ink_in(image, title, HIGH_CONTRAST.background) > 50


def test_sources_sit_at_the_foot_and_number_shows_position(qtbot):
    a = make_slide("One", TextPart("x", 0, 1), sources=("UN DESA, *Report 2017*, p. 4",))
    b = make_slide("Two", TextPart("y", 0, 1))
    view = view_at(qtbot)
    view.set_slide(a, None, make_deck(a, b))
    text = view.shown_text()
    assert "UN DESA, Report 2017, p. 4" in text and "1 / 2" in text
    sources = next(box for box in view.slide_layout().footer if box.label == "sources")
    assert sources.rect.bottom() > 0.9 * 720


def test_room_charts_get_the_answers_and_refresh_on_request(qtbot, fake_charts):
    def answers(quiz: str, question: str) -> list[str]:
        return ["A", "B"]

    slide = make_slide("Room", ChartPart({"kind": "room", "quiz": "pre", "question": "q1"}))
    view = view_at(qtbot, animate=True, answers=answers)
    view.set_slide(slide, None, make_deck(slide))
    (widget,) = view.chart_widgets()
    assert widget.answers is answers
    view.refresh_charts()
    assert widget.calls == ["play", "refresh"]


def test_live_view_prepares_the_next_slide_and_keeps_layouts(qtbot, fake_charts):
    first = make_slide("First", TextPart("Intro", 0, 1))
    second = make_slide("Second", ChartPart({"kind": "line", "series": "s"}))
    deck = make_deck(first, second)
    view = view_at(qtbot, animate=True)
    view.show()
    view.set_slide(first, None, deck)
    first_layout = view.slide_layout()
    assert wait_for(lambda: FakeChart.built == 1)  # built while on slide 1
    view.set_slide(second, None, deck)
    (chart,) = view.chart_widgets()
    assert FakeChart.built == 1 and chart.calls == ["play"] and not chart.isHidden()
    view.set_slide(first, None, deck)
    assert view.slide_layout() is first_layout  # a revisit reuses the measured layout


def test_static_view_prepares_nothing(qtbot, fake_charts):
    first = make_slide("First", TextPart("Intro", 0, 1))
    second = make_slide("Second", ChartPart({"kind": "line", "series": "s"}))
    view = view_at(qtbot, animate=False)
    view.set_slide(first, None, make_deck(first, second))
    assert not wait_for(lambda: FakeChart.built > 0, timeout_ms=300)


def test_first_slide_of_the_deck_is_a_cover(qtbot):
    cover = make_slide("Migration and Capitalism", TextPart("A teach-in", 0, 1))
    inner = make_slide("Migration and Capitalism", TextPart("A teach-in", 0, 1))
    deck = make_deck(cover, inner)
    view = view_at(qtbot, (1920, 1080))
    view.set_slide(cover, None, deck)
    cover_title = view.slide_layout().title
    view.set_slide(inner, None, deck)
    inner_title = view.slide_layout().title
    assert cover_title.doc.defaultFont().pixelSize() > inner_title.doc.defaultFont().pixelSize()
    assert cover_title.rect.top() > inner_title.rect.top() + 100  # lower, near the middle


MATCHING = """\
::who-did-what:: Match each group with its action. {
=NY Taxi Workers Alliance -> a one-hour stop at JFK airport, January 2017
=Sans-papiers in Paris -> strikes and workplace occupations, 2008
=Immigrant marchers in the US -> marches against bill H.R. 4437, 2006
}

::long-choices:: Which reading fits the article best? {
=Capital and intervention push people off their land and out of work
~Migrants choose to move only for higher wages in the Global North
}
"""


def test_matching_and_long_choices_read_as_numbered_and_lettered_lines(qtbot):
    quiz, problems = parse_gift(MATCHING, Path("quizzes/checkpoint-07.gift"))
    assert not problems
    slide_a = make_slide("Match", QuizPart("checkpoint-07", "who-did-what"))
    slide_b = make_slide("Read", QuizPart("checkpoint-07", "long-choices"))
    deck = make_deck(slide_a, slide_b, quizzes={"checkpoint-07": quiz})
    view = view_at(qtbot, (1920, 1080))
    view.set_slide(slide_a, None, deck)
    text = view.shown_text().replace("\u00a0", " ")
    assert "1. NY Taxi Workers Alliance" in text and "2. Sans-papiers in Paris" in text
    options = {line[3:] for line in text.splitlines() if line[:3] in {"A. ", "B. "}}
    assert options | {line[3:] for line in text.splitlines() if line[:3] == "C. "} == {
        "a one-hour stop at JFK airport, January 2017",
        "strikes and workplace occupations, 2008",
        "marches against bill H.R. 4437, 2006",
    }
    view.set_slide(slide_b, None, deck)
    lines = view.shown_text().splitlines()
    assert sum(line[:3] in {"A. ", "B. "} for line in lines) == 2  # long: one per line
    assert view.overflow() == []


def test_a_reloaded_deck_drops_the_old_charts(qtbot, fake_charts):
    slide = make_slide("Chart", ChartPart({"kind": "line", "series": "s"}))
    view = view_at(qtbot)
    view.set_slide(slide, None, make_deck(slide))
    (old,) = view.chart_widgets()
    reloaded = make_slide("Chart", ChartPart({"kind": "line", "series": "s"}))
    view.set_slide(reloaded, None, make_deck(reloaded))
    (new,) = view.chart_widgets()
    assert new is not old and old.isHidden() and FakeChart.built == 2


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (3840, 2160)])
def test_big_type_is_really_drawn(qtbot, size):
    """Titles are larger than Qt's usual glyph cache (64 px): they must still reach the screen."""
    cover = make_slide("Migration and Capitalism", TextPart("A teach-in", 0, 1))
    inner = make_slide("The ban, twice", TextPart("Iran, Iraq, Libya", 0, 1))
    deck = make_deck(cover, inner)
    view = view_at(qtbot, size)
    for slide in (cover, inner):
        view.set_slide(slide, None, deck)
        image = view.grab().toImage()
        layout = view.slide_layout()
        assert ink_in(image, layout.title.rect.toAlignedRect(), DEFAULT.background) > 100
        body = layout.blocks[0].rect.toAlignedRect()
        assert ink_in(image, body, DEFAULT.background) > 50


def test_switching_to_high_contrast_repaints_the_title_in_its_colours(qtbot):
    slide = make_slide("Contrast", TextPart("Body", 0, 1))
    view = view_at(qtbot, (1920, 1080))
    view.set_slide(slide, None, make_deck(slide))
    view.grab()
    view.set_theme(HIGH_CONTRAST)
    image = view.grab().toImage()
    rect = view.slide_layout().title.rect.toAlignedRect()
    brightest = max(
        QColor(image.pixel(x, y)).lightness()
        for x in range(rect.left(), rect.right(), 2)
        for y in range(rect.top(), rect.bottom(), 2)
    )
    assert brightest > 240  # white type on black, not the old dark title


def test_two_identical_chart_blocks_get_two_widgets(qtbot, fake_charts):
    options = {"kind": "line", "series": "s"}
    slide = make_slide("Twice", ChartPart(dict(options), 0, 2), ChartPart(dict(options), 0, 6))
    view = view_at(qtbot)
    view.set_slide(slide, None, make_deck(slide))
    first, second = view.chart_widgets()
    assert first is not second
    assert first.geometry().bottom() < second.geometry().top()  # stacked, not on top of each other


def test_bundled_font_is_registered_and_used(qtbot):
    from teachin.ui.fonts import register_fonts

    assert register_fonts() == ["Noto Sans"]
    assert register_fonts() == ["Noto Sans"]  # the same answer every time, read once
    slide = make_slide("Font", TextPart("Body", 0, 1))
    view = view_at(qtbot)
    view.set_slide(slide, None, make_deck(slide))
    info = QFontInfo(view.slide_layout().title.doc.defaultFont())
    assert info.family() == "Noto Sans"
