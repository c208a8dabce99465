"""The presenter app driven with real key and mouse events; checks what each window shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QWidget

from teachin.app import SCREEN_SETTLE_MS, Presenter
from teachin.content.deck import load_deck
from teachin.presenting import Action
from teachin.theme import DEFAULT, HIGH_CONTRAST
from teachin.ui.presenter.keys import BACKGROUND, OVERVIEW_KEYS, SHOW_KEYS, help_rows

K = Qt.Key

MODULE_A = """---
title: Alpha
minutes: 5
---

# One

First slide body

::: notes
Say hello to the room.
:::

---

# Two

- first point

. . .

- second point

. . .

- third point

---

# Three

Third slide
"""

MODULE_B = """---
title: Beta
minutes: 10
---

# Four

Fourth slide

---

# Five

Fifth slide
"""


def write_deck(root: Path, first: str = MODULE_A) -> Path:
    (root / "slides").mkdir(parents=True, exist_ok=True)
    (root / "slides" / "01-alpha.md").write_text(first, encoding="utf-8")
    (root / "slides" / "02-beta.md").write_text(MODULE_B, encoding="utf-8")
    return root


@pytest.fixture
def presenter(qtbot, tmp_path: Path) -> Presenter:
    deck = load_deck(write_deck(tmp_path / "deck"))
    assert [s.title for s in deck.slides] == ["One", "Two", "Three", "Four", "Five"]
    shown = Presenter(deck)
    qtbot.addWidget(shown.console)
    qtbot.addWidget(shown.audience)
    shown.show()
    shown.console.resize(1280, 800)
    shown.audience.resize(640, 360)
    qtbot.waitExposed(shown.console)
    return shown


def press(widget: QWidget, *keys: K) -> None:
    from pytestqt.qtbot import QtBot

    for key in keys:
        QtBot.keyClick(widget, key)


def shown(p: Presenter) -> tuple[str, int]:
    """What the audience window shows: slide title and reveal step."""
    view = p.audience.view
    return view.slide().title, view.step()


def centre_colour(widget: QWidget) -> QColor:
    image: QImage = widget.grab().toImage()
    return image.pixelColor(image.width() // 2, image.height() // 2)


def test_next_keys_walk_steps_then_slides(presenter: Presenter) -> None:
    console = presenter.console
    press(console, K.Key_Right)
    assert shown(presenter) == ("Two", 0)
    assert console.current.slide().title == "Two"
    # the console previews the next *step* of a slide that reveals in steps
    assert console.next.slide().title == "Two" and console.next.step() == 1
    assert "step 2/3" in console.next_label.text()
    press(console, K.Key_PageDown, K.Key_Space)
    assert shown(presenter) == ("Two", 2)
    assert console.next.slide().title == "Three"
    press(console, K.Key_Down, K.Key_Return)
    assert shown(presenter) == ("Four", 0)
    assert "Slide 4 / 5" in console.slide_label.text()
    # a new module gets fresh preview views; they show the right slides
    assert console.current.slide().title == "Four" and console.next.slide().title == "Five"
    assert "Beta" in console.module_label.text()


def test_moving_on_reuses_the_next_preview_as_the_current_one(presenter: Presenter) -> None:
    console = presenter.console
    press(console, K.Key_Right, K.Key_Right, K.Key_Right)  # on Two, last step; next is Three
    upcoming = console.next
    assert upcoming.slide().title == "Three"
    press(console, K.Key_Right)
    assert console.current is upcoming  # laid out and charted already: nothing built again
    assert console.current.width() > console.next.width()  # and it moved to the big place
    assert console.next.slide().title == "Four"


def test_reveal_steps_change_what_the_room_sees(presenter: Presenter) -> None:
    press(presenter.console, K.Key_Right)
    before = presenter.audience.grab().toImage()
    press(presenter.console, K.Key_Right)
    after = presenter.audience.grab().toImage()
    assert shown(presenter) == ("Two", 1)
    assert before != after  # the second point appeared


def test_previous_keys_and_home_end(presenter: Presenter) -> None:
    console = presenter.console
    press(console, K.Key_End)
    assert shown(presenter) == ("Five", 0)
    press(console, K.Key_Left, K.Key_PageUp, K.Key_Left)
    assert shown(presenter) == ("Two", 2)  # back onto the fully revealed slide
    press(console, K.Key_Up, K.Key_Backspace)
    assert shown(presenter) == ("Two", 0)
    press(console, K.Key_Home)
    assert shown(presenter) == ("One", 0)


def test_number_then_enter_jumps(presenter: Presenter) -> None:
    console = presenter.console
    press(console, K.Key_4)
    assert "4" in console.status_label.text()
    assert shown(presenter) == ("One", 0)  # nothing moves before Enter
    press(console, K.Key_Enter)
    assert shown(presenter) == ("Four", 0)
    press(console, K.Key_9, K.Key_9, K.Key_Return)
    assert shown(presenter) == ("Four", 0)
    assert "No slide 99" in console.status_label.text()


def test_black_and_white_screens_toggle(presenter: Presenter) -> None:
    console, audience = presenter.console, presenter.audience
    slide_colour = centre_colour(audience)
    press(console, K.Key_B)
    assert centre_colour(audience) == QColor("#000000")
    assert console.badge.isVisible() and "black" in console.badge.text()
    press(console, K.Key_B)
    assert centre_colour(audience) == slide_colour
    press(console, K.Key_Period)  # what a Logitech clicker's blank button sends
    assert centre_colour(audience) == QColor("#000000")
    press(console, K.Key_W)
    assert centre_colour(audience) == QColor("#FFFFFF")
    press(console, K.Key_Comma)
    assert centre_colour(audience) == slide_colour and not console.badge.isVisible()


def test_the_black_screen_badge_follows_the_console_to_another_screen(
    presenter: Presenter, qtbot
) -> None:
    """B on the laptop, then S swaps the console onto the 1920x1080 projector: the veil must
    cover the slide at its new size, not stay where the smaller slide was."""
    console = presenter.console
    press(console, K.Key_B)
    console.resize(1920, 1080)
    qtbot.waitUntil(lambda: console.current.width() > 1000)
    assert console.badge.geometry() == console.current.canvas_rect().toAlignedRect()


def test_overview_keys_and_click(presenter: Presenter, qtbot) -> None:
    console = presenter.console
    press(console, K.Key_G)
    assert console.pages.currentWidget() is console.overview
    press(console, K.Key_Right, K.Key_Right, K.Key_Return)
    assert shown(presenter) == ("Three", 0)
    assert console.pages.currentWidget() is not console.overview
    press(console, K.Key_Tab)
    assert console.pages.currentWidget() is console.overview
    press(console, K.Key_Escape)
    assert console.pages.currentWidget() is not console.overview
    press(console, K.Key_Tab)
    grid = console.overview.grid
    qtbot.waitUntil(lambda: console.overview.thumbs.get(4) is not None)  # rendered lazily
    target = grid.cell(4).center()
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=QPoint(target.x(), target.y()))
    assert shown(presenter) == ("Five", 0)


def test_f5_esc_alternation_keeps_the_show_on_one_screen(presenter: Presenter) -> None:
    console, audience = presenter.console, presenter.audience
    assert not audience.isVisible()  # one screen: the console first
    press(console, K.Key_F5)
    assert audience.isVisible() and audience.isFullScreen()
    press(audience, K.Key_Escape, K.Key_F5, K.Key_Escape)
    assert audience.isVisible()  # Esc never ends the show
    press(audience, K.Key_PageDown)  # keys work in the audience window too
    assert shown(presenter) == ("Two", 0)
    press(audience, K.Key_S)
    assert not audience.isVisible() and console.isVisible()
    press(console, K.Key_S)
    assert audience.isVisible()


def test_help_lists_the_keys_and_closes_with_esc(presenter: Presenter) -> None:
    console = presenter.console
    press(console, K.Key_Question)
    assert console.help.isVisible()
    press(console, K.Key_Escape)
    assert not console.help.isVisible()


def test_help_on_the_projected_view_with_one_screen(presenter: Presenter) -> None:
    audience = presenter.audience
    press(presenter.console, K.Key_F5)  # one screen: the room's view
    press(audience, K.Key_Question)
    assert audience.help is not None and audience.help.isVisible()
    assert audience.help.geometry() == audience.rect()  # over the whole slide
    press(audience, K.Key_Escape)
    assert not audience.help.isVisible() and audience.isVisible()


def test_every_action_has_a_key_and_help_line() -> None:
    bound = {b.action for b in SHOW_KEYS + OVERVIEW_KEYS}
    assert bound == set(Action)
    described = {what for _, what in help_rows()}
    assert {b.action.value for b in SHOW_KEYS} <= described  # the overview's: one line


def test_notes_size_keys(presenter: Presenter) -> None:
    console = presenter.console
    assert "Say hello" in console.notes.toPlainText()
    before = console.notes.document().defaultFont().pixelSize()
    press(console, K.Key_Plus, K.Key_Plus)
    assert console.notes.document().defaultFont().pixelSize() > before


def test_high_contrast_key(presenter: Presenter) -> None:
    assert presenter.audience.view.theme() == DEFAULT
    press(presenter.console, K.Key_H)
    assert presenter.audience.view.theme() == HIGH_CONTRAST
    assert presenter.console.current.theme() == HIGH_CONTRAST


def test_timer_pause_and_reset_keys(presenter: Presenter) -> None:
    console = presenter.console
    press(console, K.Key_Right)
    watch = presenter.model.stopwatch
    assert watch.running
    press(console, K.Key_P)
    assert not watch.running and "⏸" in console.timer_label.text()
    press(console, K.Key_R)
    assert watch.elapsed() == 0
    assert console.timer_label.text().startswith("0:00")


def test_editing_a_slide_file_reloads_and_keeps_the_slide(presenter: Presenter, qtbot) -> None:
    press(presenter.console, K.Key_4, K.Key_Return)
    assert shown(presenter) == ("Four", 0)
    path = presenter.deck.root / "slides" / "01-alpha.md"
    path.write_text(MODULE_A.replace("# One", "# Zero\n\nNew first\n\n---\n\n# One"), "utf-8")
    qtbot.waitUntil(lambda: len(presenter.deck.slides) == 6, timeout=5000)
    assert shown(presenter) == ("Four", 0)  # the same slide, now number 5
    assert "Slide 5 / 6" in presenter.console.slide_label.text()


def test_one_screen_overview_from_the_audience_view_returns_to_it(presenter: Presenter) -> None:
    console, audience = presenter.console, presenter.audience
    press(console, K.Key_F5)
    assert audience.isVisible()
    press(audience, K.Key_G)  # the overview lives in the console, which takes the screen
    assert not audience.isVisible() and console.pages.currentWidget() is console.overview
    press(console, K.Key_End, K.Key_Return)
    assert audience.isVisible() and shown(presenter) == ("Five", 0)


def test_readme_key_table_is_the_help_sheet(repo: Path) -> None:
    """README's key table says what the `?` sheet says, row for row: a key's description
    cannot drift from what the app does (README once said Esc leaves the show)."""
    text = (repo / "README.md").read_text(encoding="utf-8")
    table = text[text.index("| keys | what they do |") :].split("\n\n")[0]
    rows = [
        tuple(" ".join(cell.split()) for cell in line.strip().strip("|").split(" | "))
        for line in table.splitlines()[2:]
    ]
    assert rows == [(" ".join(k.split()), " ".join(w.split())) for k, w in help_rows()]


def test_every_key_is_on_the_help_sheet() -> None:
    """Each key of the show's table is named on the sheet, next to what it does."""
    shown = dict(help_rows())
    for binding in SHOW_KEYS:
        assert shown[binding.label] == binding.action.value
    overview = " ".join(next(row for row in help_rows() if "overview:" in row[1]))
    for binding in OVERVIEW_KEYS:
        arrow = binding.label in ("Left", "Right", "Up", "Down")
        assert all(word in overview for word in ("Arrows" if arrow else binding.label).split())


def test_help_sheet_hides_the_slide_behind_it(presenter: Presenter) -> None:
    """The key list is read on an opaque sheet: nothing of the slide (its title here) shows
    through between the lines."""
    audience = presenter.audience
    press(presenter.console, K.Key_F5)
    audience.resize(1280, 720)
    press(audience, K.Key_Question)
    image = audience.grab().toImage()
    title = presenter.audience.view.slide_layout().title.rect.toRect()
    behind = {  # the margin left of the keys column, where the title's first letters are
        image.pixelColor(x, y).name()
        for x in range(title.left(), min(title.right(), int(1280 * 0.11)))
        for y in range(title.top(), title.bottom())
    }
    assert behind == {QColor(BACKGROUND).name()}


def test_a_closed_presenter_stays_closed_when_the_screens_change(presenter: Presenter, qtbot):
    """A projector plugged in or changing resolution after the show ended must not bring the
    windows back (the screen signals outlive the windows)."""
    presenter.close()
    screen = QGuiApplication.primaryScreen()
    QGuiApplication.instance().primaryScreenChanged.emit(screen)
    screen.geometryChanged.emit(screen.geometry())
    qtbot.wait(SCREEN_SETTLE_MS + 200)
    assert not presenter.console.isVisible() and not presenter.audience.isVisible()
