"""The presenter console: current slide, next step or slide, notes, timers, module pace.

It renders a Presentation and forwards keys; it decides nothing itself.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextBlockFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from teachin.content.model import Deck, Slide
from teachin.presenting import Blank, Presentation
from teachin.theme import Theme
from teachin.ui.presenter.fit_label import FitLabel, FitRow
from teachin.ui.presenter.keys import HelpOverlay
from teachin.ui.presenter.overview import OverviewWidget
from teachin.ui.presenter.room_panel import RoomPanel
from teachin.ui.slide_parts import Answers
from teachin.ui.slide_view import SlideView

# Console colours (dark: less glare on the presenter's face), normal and high contrast.
PALETTES = {
    False: {"bg": "#121316", "fg": "#E8E8E8", "dim": "#A0A3AA", "warn": "#FF8A65", "ok": "#81C784"},
    True: {"bg": "#000000", "fg": "#FFFFFF", "dim": "#FFFFFF", "warn": "#FFD600", "ok": "#B9F6CA"},
}


def clock_text(seconds: float) -> str:
    """0:07, 12:34 or 1:02:03: minutes and seconds, hours only when there are some."""
    whole = int(max(seconds, 0))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class PageGeometry(NamedTuple):
    current: QRect
    next: QRect
    heading: QRect  # "Next: …" and the Results button, beside the next preview
    notes: QRect


MARGIN, GAP = 12, 12
NOTES_SHARE = 0.4  # the notes column keeps at least this much of the width (~60 characters)
NEXT_SHARE = 0.5  # the next preview: half the current slide's width at most
SMALLEST_PREVIEW = (160, 90)  # a SlideView's minimum size


def page_geometry(width: int, height: int) -> PageGeometry:
    """Where the slides' page puts its parts in ``width`` x ``height``: at left the current
    slide in its exact 16:9 box (no empty bands), under it the next preview at half its size
    with its heading beside it; at right the notes, a column as tall as the page, whose lines
    stay short enough to read at a glance. The current slide is as wide as the height allows."""
    inner_w, inner_h = width - 2 * MARGIN - GAP, height - MARGIN - 4
    least_w, least_h = SMALLEST_PREVIEW
    by_height = min(
        (inner_h - GAP) / (9 / 16 * (1 + NEXT_SHARE)),  # both previews fill the height
        (inner_h - GAP - least_h) * 16 / 9,  # a short page: room for the smallest next preview
    )
    left = max(int(min(inner_w * (1 - NOTES_SHARE), by_height)), least_w)
    current = QRect(MARGIN, MARGIN, left, round(left * 9 / 16))
    below = current.bottom() + 1 + GAP
    next_h = max(height - 4 - below, least_h)
    next_w = max(min(round(left * NEXT_SHARE), round(next_h * 16 / 9)), least_w)
    preview = QRect(MARGIN, below, next_w, min(round(next_w * 9 / 16), next_h))
    heading_x = preview.right() + 1 + GAP
    heading = QRect(heading_x, below, max(current.right() + 1 - heading_x, 1), next_h)
    notes_x = current.right() + 1 + GAP
    notes = QRect(notes_x, MARGIN, max(width - MARGIN - notes_x, 1), max(inner_h, 1))
    return PageGeometry(current, preview, heading, notes)


class ModuleBar(QWidget):
    """One segment per module, as wide as its planned minutes, filled by the time spent;
    the current module is outlined, time over plan shows in the warning colour."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.planned: list[int] = []
        self.spent: list[float] = []
        self.current = 0
        self.palette_ = PALETTES[False]
        self.setMinimumHeight(14)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        total = sum(max(m, 1) for m in self.planned) or 1
        x, h = 0.0, float(self.height())
        for i, minutes in enumerate(self.planned):
            w = self.width() * max(minutes, 1) / total
            box = QRectF(x + 1, 0, max(w - 2, 1), h)
            painter.fillRect(box, QColor("#3A3C44"))
            share = self.spent[i] / (60 * max(minutes, 1)) if i < len(self.spent) else 0
            colour = self.palette_["warn"] if share > 1 else self.palette_["ok"]
            painter.fillRect(QRectF(box.left(), 0, box.width() * min(share, 1), h), QColor(colour))
            if i == self.current:
                painter.setPen(QColor(self.palette_["fg"]))
                painter.drawRect(box.adjusted(0, 0, -1, -1))
            x += w
        painter.end()


class ConsoleWindow(QWidget):
    """What the presenter sees on the laptop. ``picked(index)``: a thumbnail was clicked;
    ``columns_changed``: the overview grid's width in thumbnails."""

    picked = Signal(int)
    columns_changed = Signal(int)
    closed = Signal()

    def __init__(
        self, theme: Theme, on_key: Callable[[QKeyEvent], None], answers: Answers | None = None
    ) -> None:
        super().__init__()
        self._answers = answers  # the room's quiz answers, for room charts
        self.setWindowTitle(self.tr("Teach-in — presenter"))
        self._on_key = on_key
        self._shown: tuple[object, ...] = ()  # what the slide views show now (skip repeats)
        self._notes_key: tuple[object, ...] = ()
        self._notes_at_top = True  # set on a slide change, done by render()
        self._blank = Blank.NONE
        self._join_shown = False  # the room sees the join slide over the current one (O)
        self._module: int | None = None  # module the previews were made for
        self._born = {"current": 0, "next": 0}  # module each preview view was made in
        letterbox = PALETTES[False]["bg"]
        self.current = SlideView(theme=theme, letterbox=letterbox, answers=answers)
        self.next = SlideView(theme=theme, letterbox=letterbox, answers=answers)
        self.notes = QTextBrowser()
        self.overview = OverviewWidget(theme)
        self.overview.picked.connect(self.picked)
        self.overview.columns_changed.connect(self.columns_changed)
        self.help = HelpOverlay(self)
        self._build()
        self.setObjectName("console")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.resize(1280, 800)

    def _build(self) -> None:
        self.badge = QLabel(self.current)  # "the room sees black" over the current slide
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setWordWrap(True)  # a small console, or the French "rejoindre" wording
        self.badge.hide()
        self.next_label = QLabel()
        # The status line: each label says the same thing in shorter words when the screen is
        # narrow; the timer and the clock are never shortened.
        self.slide_label = FitLabel()
        self.module_label = FitLabel(elide=True, keep_chars=18)  # "Module 5/10: Scale a…"
        self.pace_label = FitLabel()
        self.status_label = FitLabel(elide=True)  # typed number or a message
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.module_bar = ModuleBar(self)
        self.timer_label = QLabel()
        self.clock_label = QLabel()
        for label in (self.next_label, self.slide_label, self.module_label, self.pace_label):
            label.setProperty("console", True)  # styled by set_contrast
        for label in (self.timer_label, self.clock_label, self.status_label):
            label.setProperty("console", True)
            label.setObjectName("big" if label is not self.status_label else "status")
        for label in (self.timer_label, self.clock_label):
            label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.notes.setObjectName("notes")
        self.notes.setReadOnly(True)
        self.notes.setOpenLinks(False)

        self.results_button = QPushButton(self.tr("Results…"))  # the same as Ctrl+R
        self.results_button.setToolTip(
            self.tr("The room's answers, gathering, the report (Ctrl+R)")
        )
        self.next_label.setWordWrap(True)  # beside the next preview, in what width is left
        self.next_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # The slides' page is placed by hand (page_geometry): each preview exactly its 16:9
        # box, the notes a full-height column.
        main = QWidget()
        self.heading = QWidget(main)  # "Next: …" over the Results button
        heading = QVBoxLayout(self.heading)
        heading.setContentsMargins(0, 0, 0, 0)
        heading.addWidget(self.next_label)
        heading.addWidget(self.results_button, 0, Qt.AlignmentFlag.AlignLeft)
        heading.addStretch(1)
        for widget in (self.current, self.next, self.notes):
            widget.setParent(main)
        self.more_label = QLabel(self.tr("▼ more: Ctrl+Down"), self.notes)
        self.more_label.setObjectName("more")
        self.more_label.hide()
        bar = self.notes.verticalScrollBar()
        bar.rangeChanged.connect(self._show_more)
        bar.valueChanged.connect(self._show_more)

        self.pages = QStackedWidget()
        self.pages.addWidget(main)
        main.installEventFilter(self)  # placed again on each resize (see eventFilter)
        self.pages.addWidget(self.overview)

        # Slide number beside the module title (the title gives way), the module bar, then
        # the pace beside any message (the pace gives way); the big timer and clock at right.
        self.top_row = FitRow(self.slide_label, self.module_label, keep=self.slide_label)
        self.pace_row = FitRow(self.pace_label, self.status_label, keep=self.status_label)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.top_row)
        texts.addWidget(self.module_bar)
        texts.addWidget(self.pace_row)
        status = QHBoxLayout()
        status.setContentsMargins(12, 0, 12, 8)
        status.setSpacing(24)
        status.addLayout(texts, 1)
        status.addWidget(self.timer_label)
        status.addWidget(self.clock_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages, 1)
        self.room_panel = RoomPanel()  # the live room: phones answering (app.Presenter wires it)
        layout.addWidget(self.room_panel)
        layout.addLayout(status)
        for widget in self.findChildren(QWidget):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # every key reaches this window
        self.set_contrast(False)

    # --- rendering ----------------------------------------------------------------------
    def set_theme(self, theme: Theme, high_contrast: bool) -> None:
        for view in (self.current, self.next):
            view.set_theme(theme)
        self.overview.set_theme(theme)
        self.set_contrast(high_contrast)

    def set_contrast(self, high: bool) -> None:
        p = PALETTES[high]
        self.module_bar.palette_ = p
        self.room_panel.set_palette(p)
        size = 22 if high else 18
        # Only the console's own widgets are named here: a catch-all rule would also reach
        # the labels inside the slide previews' charts.
        self.setStyleSheet(
            f"#console {{ background: {p['bg']}; }}"
            f"QLabel[console='true'] {{ color: {p['fg']}; font-size: {size}px; }}"
            f"QLabel#big {{ font-size: {size * 2}px; font-weight: bold; }}"
            f"QLabel#status {{ color: {p['warn']}; }}"
            f"QTextBrowser#notes {{ border: none; background: {p['bg']}; color: {p['fg']}; }}"
            f"QLabel#more {{ background: {p['bg']}; color: {p['warn']}; font-size: {size}px;"
            " padding: 2px 6px; }"
        )
        self.module_bar.update()

    def set_deck(self, deck: Deck) -> None:
        self._shown = ()
        self._notes_key = ()
        self.overview.set_deck(deck)

    def render(self, p: Presentation, deck: Deck) -> None:
        """Show the presentation's state (cheap when nothing changed)."""
        slides = deck.slides
        if not slides:
            self.slide_label.set_variants(self.tr("No slides"))
            return
        slide = slides[p.position.slide]
        upcoming = p.next_position()
        shown = (slide, p.position.step, upcoming)
        if shown != self._shown:
            if not self._shown or self._shown[0] is not slide:
                self._notes_at_top = True  # another slide: its notes from their start
            self._shown = shown
            self._arrange_previews(slide, p.module)
            self.current.set_slide(slide, p.position.step, deck)
            if upcoming is None:
                self.next.set_slide(None, 0, deck)
                self.next_label.setText(self.tr("Next: end of the deck"))
            else:
                self.next.set_slide(slides[upcoming.slide], upcoming.step, deck)
                self.next_label.setText(self._next_text(p, upcoming.slide, upcoming.step))
        self._show_notes(slide.notes, p.notes_size)
        if self._notes_at_top:
            self._notes_at_top = False
            self.notes.verticalScrollBar().setValue(0)
        number, count, steps = p.position.slide + 1, p.slide_count, p.steps[p.position.slide]
        step = (
            self.tr("step {step}/{steps}").format(step=p.position.step + 1, steps=steps)
            if steps > 1
            else ""
        )
        whole = self.tr("Slide {number} / {count}").format(number=number, count=count)
        short = self.tr("Slide {number}/{count}").format(number=number, count=count)
        self.slide_label.set_variants(
            f"{whole}  ·  {step}" if step else whole, f"{short} · {step}" if step else short
        )
        self.top_row.update_layout()
        self._blank = p.blank
        self._show_badge()
        self.pages.setCurrentIndex(1 if p.overview_open else 0)
        if p.overview_open:
            self.overview.set_state(p.overview_cursor, p.position.slide)
        self.help.setVisible(p.help_open)
        self.help.raise_()
        self.tick(p, deck)

    def tick(self, p: Presentation, deck: Deck) -> None:
        """The parts that change with time: timer, clock, module pace (once a second)."""
        watch = p.stopwatch
        paused = "  ⏸" if watch.started and not watch.running else ""
        self.timer_label.setText(clock_text(watch.elapsed()) + paused)
        self.clock_label.setText(time.strftime("%H:%M"))
        palette = PALETTES[p.high_contrast]
        if p.digits:
            self.status_label.set_variants(
                self.tr("Go to slide {digits}▌  Enter").format(digits=p.digits),
                self.tr("{digits}▌ Enter").format(digits=p.digits),
            )
        elif p.message:
            self.status_label.set_variants(p.message)
        elif not watch.started:
            self.status_label.set_variants(
                self.tr("F5 or the first move starts the timer"), self.tr("F5 starts the timer")
            )
        else:
            self.status_label.set_variants("")
        modules = deck.modules
        planned = p.times.planned_minutes
        spent = [p.times.spent(i) for i in range(len(planned))]
        self.module_bar.planned, self.module_bar.spent = planned, spent
        self.module_bar.current = p.module
        self.module_bar.update()
        if modules and p.module < len(modules):
            m = modules[p.module]
            self.module_label.set_variants(
                self.tr("Module {number}/{count}: {title}").format(
                    number=p.module + 1, count=len(modules), title=m.title
                )
            )
            over = spent[p.module] > 60 * m.minutes
            here, talk = clock_text(spent[p.module]), clock_text(sum(spent))
            plan, total = m.minutes, sum(planned)
            said = {"here": here, "plan": plan, "talk": talk, "total": total}
            self.pace_label.set_variants(  # spent against planned stays in every wording
                self.tr("this module {here} of {plan} min  ·  talk {talk} of {total} min").format(
                    **said
                ),
                self.tr("module {here} of {plan} min · talk {talk} of {total} min").format(**said),
                self.tr("module {here}/{plan} min · talk {talk}/{total} min").format(**said),
                f"{here}/{plan} · {talk}/{total} min",  # untranslated: the same in French
            )
            size = 22 if p.high_contrast else 18
            style = f"color: {palette['warn' if over else 'dim']}; font-size: {size}px;"
            if style != self.pace_label.styleSheet():
                self.pace_label.setStyleSheet(style)
        self.top_row.update_layout()
        self.pace_row.update_layout()

    def _arrange_previews(self, slide: Slide, module: int) -> None:
        """Moving on to the slide the next-view shows: that view becomes the current one, so
        its layout and charts are reused instead of built again (a chart costs ~0.1 s)."""
        if self.next.slide() is slide and self.current.slide() is not slide:
            self.current, self.next = self.next, self.current
            self._born["current"], self._born["next"] = self._born["next"], self._born["current"]
            self.badge.setParent(self.current)
            self._place_page()
        if self._module is None:
            self._born = {"current": module, "next": module}
        elif module != self._module:
            # A SlideView keeps every chart it has shown: views are renewed as the talk moves
            # through the modules, so each holds the charts of two modules at most.
            self._renew("next", module)
            if self.current.slide() is not slide or self._born["current"] < module - 1:
                self._renew("current", module)
        self._module = module

    def _renew(self, name: str, module: int) -> None:
        old: SlideView = getattr(self, name)
        new = SlideView(theme=old.theme(), letterbox=PALETTES[False]["bg"], answers=self._answers)
        new.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        new.setParent(old.parentWidget())
        setattr(self, name, new)
        self._born[name] = module
        old.deleteLater()
        if name == "current":
            self.badge.setParent(self.current)
        self._place_page()
        new.show()

    def _next_text(self, p: Presentation, slide: int, step: int) -> str:
        if slide == p.position.slide:
            return self.tr("Next: step {step}/{steps} of this slide").format(
                step=step + 1, steps=p.steps[slide]
            )
        return self.tr("Next: slide {number}").format(number=slide + 1)

    def _show_notes(self, notes: str, size: int) -> None:
        key = (notes, size)
        if key == self._notes_key:
            return
        self._notes_key = key
        font = QFont(self.notes.font())
        font.setPixelSize(size)
        self.notes.document().setDefaultFont(font)
        self.notes.setStyleSheet(f"font-size: {size}px;")
        self.notes.setMarkdown(notes or self.tr("*No notes for this slide.*"))
        spacing = QTextBlockFormat()
        spacing.setBottomMargin(size * 0.6)  # Markdown paragraphs need air to be read at a glance
        cursor = QTextCursor(self.notes.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(spacing)

    def scroll_notes(self, pages: int) -> None:
        """Scroll the notes by ``pages`` screenfuls (negative: back up), keeping a line of the
        last screenful in view so the eye finds its place."""
        bar = self.notes.verticalScrollBar()
        line = self.notes.fontMetrics().lineSpacing()
        bar.setValue(bar.value() + pages * max(bar.pageStep() - line, line))

    def _show_more(self) -> None:
        """Say "▼ more" in the notes' corner while some of them are below the box: a scroll
        bar alone is not seen from where a presenter stands."""
        bar = self.notes.verticalScrollBar()
        more = bar.value() < bar.maximum()
        if more:
            self.more_label.adjustSize()
            box = self.notes.viewport().geometry()
            self.more_label.move(
                box.right() + 1 - self.more_label.width(),
                box.bottom() + 1 - self.more_label.height(),
            )
            self.more_label.raise_()
        self.more_label.setVisible(more)

    def _place_page(self) -> None:
        """Lay the slides' page out for its size now (see page_geometry)."""
        page = self.pages.widget(0)
        at = page_geometry(page.width(), page.height())
        self.current.setGeometry(at.current)
        self.next.setGeometry(at.next)
        self.heading.setGeometry(at.heading)
        self.notes.setGeometry(at.notes)
        if not self.badge.isHidden():
            self._place_badge()
        self._show_more()

    def set_join_shown(self, shown: bool) -> None:
        """The projector shows the join slide (QR code, address, room code) or not."""
        self._join_shown = shown
        self.room_panel.set_join_shown(shown)
        self._show_badge()

    def _show_badge(self) -> None:
        """Say over the current slide when the room sees something else: a black or white
        screen (which covers the join slide too), or the join slide."""
        blank = self._blank
        if blank is Blank.NONE and not self._join_shown:
            self.badge.hide()
            return
        if blank is Blank.BLACK:
            self.badge.setText(self.tr("The room sees a black screen  (B)"))
        elif blank is Blank.WHITE:
            self.badge.setText(self.tr("The room sees a white screen  (W)"))
        else:
            self.badge.setText(self.tr("The room sees the join slide  (O)"))
        # Dim the slide in the blank colour: the presenter still reads it, and cannot miss
        # that the room does not see it.
        veil, ink = (
            ("255,255,255,190", "#000") if blank is Blank.WHITE else ("0,0,0,170", "#FFD600")
        )
        self.badge.setStyleSheet(
            f"background: rgba({veil}); color: {ink}; font-size: 30px; font-weight: bold;"
        )
        self._place_badge()
        self.badge.show()
        self.badge.raise_()

    def _place_badge(self) -> None:
        self.badge.setGeometry(self.current.canvas_rect().toAlignedRect())

    # --- Qt events ----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The slides' page changed size (the console moved to another screen, the room strip
        # took a second line): its parts are placed again, the badge over the slide.
        if event.type() == QEvent.Type.Resize:
            self._place_page()
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.help.setGeometry(self.rect())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._on_key(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()  # closing the console ends the show

    def focusNextPrevChild(self, next: bool) -> bool:
        return False  # Tab opens the overview instead of moving focus
