"""The audience window: the slide, letterboxed to any screen, under a black/white screen cover.

Qt's enums are named at call time (``QtCore.Qt.X``), never imported: the first use of ``Qt``
builds all 93 of its enums (~30 ms), and the room's first slide is painted without them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from teachin.content.model import Deck, Slide
from teachin.presenting import Blank
from teachin.theme import Theme
from teachin.ui.slide_parts import Answers
from teachin.ui.slide_view import SlideView

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent, QPaintEvent, QResizeEvent

    from teachin.ui.presenter.join_view import JoinInfo, JoinView
    from teachin.ui.presenter.keys import HelpOverlay


class _Cover(QWidget):
    """Paints the whole window black or white over the slide (B / W)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.colour = QColor("#000000")
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.colour)
        painter.end()


class AudienceWindow(QWidget):
    """What the room sees. Keys go to ``on_key`` (the same handler as the console's)."""

    def __init__(
        self, theme: Theme, on_key: Callable[[QKeyEvent], None], answers: Answers | None = None
    ) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Teach-in — audience"))
        self._on_key = on_key
        self.view = SlideView(self, theme=theme, animate=True, answers=answers)
        self.cover: _Cover | None = None  # black/white screen, built when first asked for
        self.help: HelpOverlay | None = None  # the `?` sheet, built when first asked for
        self.join: JoinView | None = None  # the live room's join slide, built when first shown
        self.blank = Blank.NONE
        self._settled = False
        # No style sheet here: it would cascade into the labels of the slide's charts.
        self.resize(1280, 720)

    def settle(self) -> None:
        """The room window's behaviour beyond the slide: it takes the keys (the slide never
        does) and hides the pointer. Set once the first slide is painted (see the docstring
        above); the presenter calls this as soon as the slide is up or the console is shown."""
        if self._settled:
            return
        self._settled = True
        self.view.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
        self.setCursor(QtCore.Qt.CursorShape.BlankCursor)  # no arrow parked on the slide

    def show_slide(self, slide: Slide | None, step: int, deck: Deck) -> bool:
        """Show ``slide`` at ``step``; True when that changed what the room sees."""
        if self.view.slide() is slide and self.view.step() == step:
            return False
        self.view.set_slide(slide, step, deck)
        return True

    def set_blank(self, blank: Blank) -> bool:
        """Cover the slide in black or white (or uncover it); True when that changed."""
        if blank is self.blank:
            return False
        self.blank = blank
        if blank is Blank.NONE:
            if self.cover is not None:
                self.cover.hide()
            return True
        if self.cover is None:
            self.cover = _Cover(self)
            self.cover.setGeometry(self.rect())
        self.cover.colour = QColor("#000000" if blank is Blank.BLACK else "#FFFFFF")
        self.cover.show()
        self.cover.raise_()
        self.cover.update()
        return True

    def set_help(self, shown: bool) -> None:
        if self.help is None:
            if not shown:
                return
            from teachin.ui.presenter.keys import HelpOverlay

            self.help = HelpOverlay(self)
            self.help.setGeometry(self.rect())
        self.help.setVisible(shown)
        if shown:
            self.help.raise_()

    def set_join(self, info: JoinInfo | None) -> None:
        """Show the join slide over the slide (under a black/white cover and the help)."""
        if self.join is None:
            if info is None:
                return
            from teachin.ui.presenter.join_view import JoinView

            self.join = JoinView(self)
            self.join.setGeometry(self.rect())
        if info is not None:
            self.join.set_info(info)
        self.join.setVisible(info is not None)
        self.join.raise_()
        for above in (self.cover, self.help):  # black/white and the keys stay on top
            if above is not None:
                above.raise_()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for child in (self.view, self.join, self.cover, self.help):
            if child is not None:
                child.setGeometry(self.rect())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._on_key(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        return False  # Tab opens the overview instead of moving focus
