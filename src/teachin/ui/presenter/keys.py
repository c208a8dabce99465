"""The one table of presenter keys. Both windows look keys up here and the `?` help is drawn
from it, so the help can never disagree with what a key does."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from teachin.i18n import QT_TRANSLATE_NOOP, Texts
from teachin.presenting import Action

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

K = Qt.Key
BACKGROUND = "#111111"  # the help sheet's, opaque


class Binding(NamedTuple):
    action: Action
    keys: tuple[Qt.Key, ...]
    label: str  # how the help names the keys (in English; the sheet shows it translated)
    ctrl: bool = False


# Clickers send PgDn/PgUp, "." or "/" or B for blank, F5 then Esc from one button
# (anchors/presenter.md §2.2); headset buttons send the media keys.
SHOW_KEYS: tuple[Binding, ...] = (
    Binding(
        Action.NEXT,
        (K.Key_Right, K.Key_Down, K.Key_PageDown, K.Key_Space, K.Key_MediaNext),
        QT_TRANSLATE_NOOP("keys", "Right  Down  PgDn  Space"),
    ),
    Binding(Action.ENTER, (K.Key_Return, K.Key_Enter), QT_TRANSLATE_NOOP("keys", "Enter")),
    Binding(
        Action.PREVIOUS,
        (K.Key_Left, K.Key_Up, K.Key_PageUp, K.Key_MediaPrevious),
        QT_TRANSLATE_NOOP("keys", "Left  Up  PgUp"),
    ),
    Binding(Action.ERASE, (K.Key_Backspace,), QT_TRANSLATE_NOOP("keys", "Backspace")),
    Binding(Action.FIRST, (K.Key_Home,), QT_TRANSLATE_NOOP("keys", "Home")),
    Binding(Action.LAST, (K.Key_End,), QT_TRANSLATE_NOOP("keys", "End")),
    Binding(Action.DIGIT, tuple(K(K.Key_0.value + d) for d in range(10)), "0 … 9"),
    Binding(Action.BLACK, (K.Key_B, K.Key_Period, K.Key_Slash), "B  .  /"),
    Binding(Action.WHITE, (K.Key_W, K.Key_Comma), "W  ,"),
    Binding(Action.OVERVIEW, (K.Key_G, K.Key_Tab), "G  Tab"),
    Binding(Action.START, (K.Key_F5,), "F5"),
    Binding(Action.LEAVE, (K.Key_Escape,), QT_TRANSLATE_NOOP("keys", "Esc")),
    Binding(Action.SWITCH_VIEW, (K.Key_S,), "S"),
    Binding(Action.TIMER_PAUSE, (K.Key_P,), "P"),
    Binding(Action.TIMER_RESET, (K.Key_R,), "R"),
    Binding(Action.NOTES_BIGGER, (K.Key_Plus, K.Key_Equal), "+"),
    Binding(Action.NOTES_SMALLER, (K.Key_Minus, K.Key_Underscore), "−"),
    # Ctrl+arrows: no clicker sends Ctrl, and the arrows alone move the slides.
    Binding(
        Action.NOTES_DOWN,
        (K.Key_Down, K.Key_PageDown),
        QT_TRANSLATE_NOOP("keys", "Ctrl+Down  Ctrl+PgDn"),
        ctrl=True,
    ),
    Binding(
        Action.NOTES_UP,
        (K.Key_Up, K.Key_PageUp),
        QT_TRANSLATE_NOOP("keys", "Ctrl+Up  Ctrl+PgUp"),
        ctrl=True,
    ),
    Binding(Action.HIGH_CONTRAST, (K.Key_H,), "H"),
    Binding(Action.REPLAY_CHARTS, (K.Key_A,), "A"),
    Binding(Action.REVEAL_ANSWER, (K.Key_V,), "V"),
    Binding(Action.OPEN_QUIZ, (K.Key_K,), "K"),
    Binding(Action.OPEN_RESULTS, (K.Key_R,), "Ctrl+R", ctrl=True),
    Binding(Action.ROOM, (K.Key_O,), "O"),
    Binding(Action.CLOSE_ROOM, (K.Key_O,), "Ctrl+O", ctrl=True),
    Binding(Action.HELP, (K.Key_Question, K.Key_F1), "?  F1"),
    Binding(Action.QUIT, (K.Key_Q,), "Ctrl+Q", ctrl=True),
)

# Looked up first while the overview is open; other keys fall through to SHOW_KEYS. Their labels
# are not shown: the sheet sums them up in one line (OVERVIEW_HELP).
OVERVIEW_KEYS: tuple[Binding, ...] = (
    Binding(Action.PICK_LEFT, (K.Key_Left, K.Key_PageUp), "Left"),
    Binding(Action.PICK_RIGHT, (K.Key_Right, K.Key_PageDown), "Right"),
    Binding(Action.PICK_UP, (K.Key_Up,), "Up"),
    Binding(Action.PICK_DOWN, (K.Key_Down,), "Down"),
    Binding(Action.PICK_FIRST, (K.Key_Home,), "Home"),
    Binding(Action.PICK_LAST, (K.Key_End,), "End"),
    Binding(
        Action.PICK_CHOOSE,
        (K.Key_Return, K.Key_Enter, K.Key_Space),
        "Enter  Space",  # untranslated: not shown
    ),
)


def _lookup(table: tuple[Binding, ...], key: int, ctrl: bool) -> tuple[Action, int | None] | None:
    for binding in table:
        if binding.ctrl == ctrl and key in binding.keys:
            arg = key - K.Key_0.value if binding.action is Action.DIGIT else None
            return binding.action, arg
    return None


def action_for(event: QKeyEvent, overview_open: bool = False) -> tuple[Action, int | None] | None:
    """The action (and digit) for a key press, or None for a key we do not use.
    Shift and keypad are ignored ("?" needs Shift on most layouts); Ctrl is not."""
    key = event.key()
    ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
    if key == K.Key_Backtab.value:  # Shift+Tab arrives as Backtab
        key = K.Key_Tab.value
    if overview_open and (found := _lookup(OVERVIEW_KEYS, key, ctrl)):
        return found
    return _lookup(SHOW_KEYS, key, ctrl)


# The overview's keys as one line of help: they only move a cursor and pick a slide.
OVERVIEW_HELP = (
    QT_TRANSLATE_NOOP("keys", "Arrows  Home  End  Enter"),
    QT_TRANSLATE_NOOP("keys", "In the overview: move; Enter, Space or a click shows that slide"),
)
HELP_TITLE = QT_TRANSLATE_NOOP("keys", "Keys  (Esc or ? closes)")

# The sheet's words in the interface's language, looked up when drawn (the language is chosen
# after import). Key names read as the keyboard prints them: French keyboards say "Échap".
KEY_NAMES = Texts(
    "keys",
    {text: text for text in (*(b.label for b in SHOW_KEYS), *OVERVIEW_HELP, HELP_TITLE)},
    QCoreApplication.translate,
)
WHAT_KEYS_DO = Texts("Action", {a.name: a.value for a in Action}, QCoreApplication.translate)


def help_rows() -> list[tuple[str, str]]:
    """(keys, what they do) for every binding, in table order; the overview's on one line.
    README's key table holds these same rows in English (tests/test_console_keys.py compares
    them)."""
    rows = [(KEY_NAMES[b.label], WHAT_KEYS_DO[b.action.name]) for b in SHOW_KEYS]
    return [*rows, (KEY_NAMES[OVERVIEW_HELP[0]], KEY_NAMES[OVERVIEW_HELP[1]])]


class HelpLayout(NamedTuple):
    font: QFont
    line: float  # height of one row
    left: float  # where the keys column starts
    split: float  # where the "what it does" column starts
    top: float  # the title row's top


def help_layout(width: float, height: float, base: QFont) -> HelpLayout:
    """Where the sheet's rows go in a ``width`` x ``height`` window: every row and every label
    inside it. Rows get smaller, not cut, in a short window (a 1366x768 laptop at 200 %
    scaling is 683x384), and the type shrinks when the widest label would run past its column."""
    rows = help_rows()
    line = min(height / (len(rows) + 3), 34.0)
    left = width * 0.12
    split = left + width * 0.28
    font = QFont(base)
    font.setPixelSize(max(1, round(line * 0.62)))
    metrics = QFontMetricsF(font)
    widest = max(
        max(metrics.horizontalAdvance(keys) / (split - left - line * 0.3) for keys, _ in rows),
        max(metrics.horizontalAdvance(what) / (width - split - line * 0.3) for _, what in rows),
        metrics.horizontalAdvance(KEY_NAMES[HELP_TITLE]) / (width - left),
    )
    if widest > 1:
        font.setPixelSize(max(1, int(font.pixelSize() / widest)))
    top = (height - line * (len(rows) + 2)) / 2
    return HelpLayout(font, line, left, split, top)


class HelpOverlay(QWidget):
    """The `?` sheet: an opaque panel over the window listing help_rows(). Opaque: a busy
    chart behind small light type made the key list hard to read."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        rows = help_rows()
        at = help_layout(self.width(), self.height(), self.font())
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(BACKGROUND))
        painter.setFont(at.font)
        painter.setPen(QColor("#FFD600"))
        painter.drawText(QRectF(at.left, at.top, self.width(), at.line), KEY_NAMES[HELP_TITLE])
        for i, (keys, what) in enumerate(rows, start=2):
            y = at.top + i * at.line
            painter.setPen(QColor("#FFFFFF"))
            painter.drawText(QRectF(at.left, y, at.split - at.left, at.line), keys)
            painter.setPen(QColor("#D0D0D0"))
            painter.drawText(QRectF(at.split, y, self.width() - at.split, at.line), what)
        painter.end()
