"""The state of a running presentation, as plain Python (no Qt) so every rule is unit-tested.

Widgets render a :class:`Presentation` and forward key intents to :meth:`Presentation.apply`;
they never decide what a key means. Positions are 0-based; people see 1-based numbers.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable, Sequence
from enum import Enum
from typing import NamedTuple

from teachin.i18n import QT_TRANSLATE_NOOP


class Action(Enum):
    """Everything a presenter can ask for; the value is the help text, in English (README's
    key table quotes it); the `?` sheet shows it translated (ui/presenter/keys.py)."""

    NEXT = QT_TRANSLATE_NOOP("Action", "Next step or slide")
    PREVIOUS = QT_TRANSLATE_NOOP("Action", "Previous step or slide")
    FIRST = QT_TRANSLATE_NOOP("Action", "First slide")
    LAST = QT_TRANSLATE_NOOP("Action", "Last slide")
    DIGIT = QT_TRANSLATE_NOOP("Action", "Type a slide number (then Enter jumps)")
    ENTER = QT_TRANSLATE_NOOP("Action", "Jump to the typed number, else next")
    ERASE = QT_TRANSLATE_NOOP("Action", "Erase a typed digit, else previous")
    BLACK = QT_TRANSLATE_NOOP("Action", "Black screen on/off")
    WHITE = QT_TRANSLATE_NOOP("Action", "White screen on/off")
    OVERVIEW = QT_TRANSLATE_NOOP("Action", "Overview of all slides on/off")
    START = QT_TRANSLATE_NOOP("Action", "Start the show: audience view, timer running")
    LEAVE = QT_TRANSLATE_NOOP(
        "Action", "Leave help, overview, join slide or typed number (never quits)"
    )
    SWITCH_VIEW = QT_TRANSLATE_NOOP("Action", "One screen: console <-> audience; two: swap screens")
    HELP = QT_TRANSLATE_NOOP("Action", "Show these keys")
    TIMER_PAUSE = QT_TRANSLATE_NOOP("Action", "Pause / resume the timer")
    TIMER_RESET = QT_TRANSLATE_NOOP("Action", "Reset the timer")
    NOTES_BIGGER = QT_TRANSLATE_NOOP("Action", "Bigger notes")
    NOTES_SMALLER = QT_TRANSLATE_NOOP("Action", "Smaller notes")
    NOTES_DOWN = QT_TRANSLATE_NOOP("Action", "Scroll the notes down (the slides stay)")
    NOTES_UP = QT_TRANSLATE_NOOP("Action", "Scroll the notes up")
    HIGH_CONTRAST = QT_TRANSLATE_NOOP("Action", "High contrast on/off")
    REPLAY_CHARTS = QT_TRANSLATE_NOOP("Action", "Play this slide's charts again")
    REVEAL_ANSWER = QT_TRANSLATE_NOOP("Action", "Room chart: show the true figure")
    OPEN_QUIZ = QT_TRANSLATE_NOOP("Action", "Open the quiz kiosk on this laptop (its own window)")
    OPEN_RESULTS = QT_TRANSLATE_NOOP(
        "Action", "Results: the room's answers, gathering, the report (its own window)"
    )
    ROOM = QT_TRANSLATE_NOOP("Action", "Live room: open it, then show / hide the join slide")
    CLOSE_ROOM = QT_TRANSLATE_NOOP("Action", "Close the live room (phones can no longer answer)")
    QUIT = QT_TRANSLATE_NOOP("Action", "Quit")
    # Only while the overview is open (the sheet sums these up in one line: not shown):
    PICK_LEFT = "Overview: previous slide"
    PICK_RIGHT = "Overview: next slide"
    PICK_UP = "Overview: row up"
    PICK_DOWN = "Overview: row down"
    PICK_FIRST = "Overview: first slide"
    PICK_LAST = "Overview: last slide"
    PICK_CHOOSE = "Overview: show the chosen slide (or click it)"


class View(Enum):
    """Which window one screen shows."""

    CONSOLE = "console"
    AUDIENCE = "audience"


class Blank(Enum):
    NONE = "none"
    BLACK = "black"
    WHITE = "white"


class Position(NamedTuple):  # ordered as (slide, step)
    slide: int
    step: int


class Stopwatch:
    """Elapsed time that can pause, resume and reset. ``clock`` is injectable for tests."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._banked = 0.0  # seconds from finished running spans
        self._since: float | None = None  # clock value when the current span began

    @property
    def running(self) -> bool:
        return self._since is not None

    @property
    def started(self) -> bool:
        return self.running or self._banked > 0

    def elapsed(self) -> float:
        if self._since is None:
            return self._banked
        return self._banked + self._clock() - self._since

    def start(self) -> None:
        if self._since is None:
            self._since = self._clock()

    def pause(self) -> None:
        if self._since is not None:
            self._banked = self.elapsed()
            self._since = None

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def reset(self) -> None:
        """Back to zero; keeps running if it was (the talk goes on)."""
        self._banked = 0.0
        if self._since is not None:
            self._since = self._clock()


class ModuleTimes:
    """Time spent per module: stopwatch time is charged to the module being shown."""

    def __init__(self, stopwatch: Stopwatch, planned_minutes: Sequence[int]) -> None:
        self._watch = stopwatch
        self.planned_minutes = list(planned_minutes)
        self._spent = [0.0] * len(self.planned_minutes)
        self._current = 0
        self._mark = stopwatch.elapsed()  # stopwatch time already charged

    def show_module(self, module: int) -> None:
        if module != self._current:
            self._charge()
            self._current = module

    def spent(self, module: int) -> float:
        """Seconds spent on ``module`` so far."""
        if not 0 <= module < len(self._spent):
            return 0.0
        extra = self._watch.elapsed() - self._mark if module == self._current else 0.0
        return self._spent[module] + extra

    def reset(self) -> None:
        """Forget all spent time (call after the stopwatch is reset)."""
        self._spent = [0.0] * len(self._spent)
        self._mark = self._watch.elapsed()

    def replan(self, planned_minutes: Sequence[int]) -> None:
        """A reloaded deck: keep what was spent on modules that still exist."""
        self._charge()
        self.planned_minutes = list(planned_minutes)
        size = len(self.planned_minutes)
        self._spent = (self._spent + [0.0] * size)[:size]
        self._current = min(self._current, max(size - 1, 0))

    def _charge(self) -> None:
        now = self._watch.elapsed()
        if 0 <= self._current < len(self._spent):
            self._spent[self._current] += now - self._mark
        self._mark = now


LAPTOP_PANELS = ("edp", "lvds", "dsi")  # names of built-in laptop panels (X11, Wayland)


def laptop_screen(names: Sequence[str], primary: int | None) -> int:
    """Which screen is the presenter's: a built-in panel by its name when there is one, else
    the primary screen (which can be the projector), else the first. S swaps when wrong."""
    for index, name in enumerate(names):
        if name.lower().startswith(LAPTOP_PANELS):
            return index
    return primary if primary is not None and 0 <= primary < len(names) else 0


def relocate(old_keys: Sequence[Hashable], index: int, new_keys: Sequence[Hashable]) -> int:
    """Where slide ``index`` went after a reload: the same slide if it is still there, else the
    same number (clamped), so an author editing a slide keeps looking at it."""
    if not new_keys:
        return 0
    if 0 <= index < len(old_keys):
        key = old_keys[index]
        matches = [i for i, k in enumerate(new_keys) if k == key]
        if matches:
            return min(matches, key=lambda i: abs(i - index))
    return min(max(index, 0), len(new_keys) - 1)


class Presentation:
    """Where we are in the deck and what the audience sees.

    ``steps[i]`` is the number of reveal steps of slide i (at least 1); ``modules[i]`` the
    module index of slide i; ``planned_minutes[m]`` the plan for module m.
    """

    NOTES_SIZES = (12, 14, 16, 18, 20, 24, 28, 32, 40, 48)

    def __init__(
        self,
        steps: Sequence[int],
        modules: Sequence[int] | None = None,
        planned_minutes: Sequence[int] = (),
        *,
        start: int = 0,
        two_screens: bool = False,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.steps = [max(1, s) for s in steps]
        self.modules = list(modules) if modules is not None else [0] * len(self.steps)
        self.stopwatch = Stopwatch(clock)
        self.times = ModuleTimes(self.stopwatch, planned_minutes)
        self.position = Position(0, 0)
        self.blank = Blank.NONE
        self.overview_open = False
        self.overview_cursor = 0
        self.overview_columns = 4  # set by the overview widget to match its grid
        self.help_open = False
        self.view = View.CONSOLE
        self.two_screens = two_screens
        self.swapped = False  # two screens: console and audience on each other's screen
        self.digits = ""
        self.notes_size_index = 3
        self.high_contrast = False
        self.message = ""  # a short note for the console, e.g. "No slide 42"
        self._go(Position(min(max(start, 0), max(len(self.steps) - 1, 0)), 0))

    # --- what to show -------------------------------------------------------------------
    @property
    def slide_count(self) -> int:
        return len(self.steps)

    @property
    def module(self) -> int:
        return self.modules[self.position.slide] if self.modules else 0

    @property
    def notes_size(self) -> int:
        return self.NOTES_SIZES[self.notes_size_index]

    @property
    def single_screen_view(self) -> View:
        """What one screen shows: the overview lives in the console, so it takes the screen."""
        return View.CONSOLE if self.overview_open else self.view

    def next_position(self) -> Position | None:
        """The next step of this slide, else the next slide's first step, else None."""
        slide, step = self.position.slide, self.position.step
        if step + 1 < self.steps[slide]:
            return Position(slide, step + 1)
        if slide + 1 < self.slide_count:
            return Position(slide + 1, 0)
        return None

    def previous_position(self) -> Position | None:
        """The previous step, else the previous slide fully revealed, else None."""
        slide, step = self.position.slide, self.position.step
        if step > 0:
            return Position(slide, step - 1)
        if slide > 0:
            return Position(slide - 1, self.steps[slide - 1] - 1)
        return None

    # --- changing it --------------------------------------------------------------------
    def apply(self, action: Action, arg: int | None = None) -> None:
        """Do what the presenter asked. Any key but digits, Enter and Backspace drops a typed
        number, so a stray digit never turns a later Enter into a jump."""
        self.message = ""
        if action not in (Action.DIGIT, Action.ENTER, Action.ERASE):
            self.digits = ""
        if action is Action.DIGIT:
            self._digit(arg)
        elif action is Action.PICK_CHOOSE:
            self._choose(arg)
        elif (handler := self._handlers().get(action)) is not None:
            handler()

    def go_to(self, slide: int, step: int = 0) -> bool:
        """Jump to a 0-based slide; False (and nothing moves) when there is no such slide."""
        if not 0 <= slide < self.slide_count:
            return False
        self._go(Position(slide, min(max(step, 0), self.steps[slide] - 1)))
        self._auto_start()
        return True

    def reload(
        self,
        old_keys: Sequence[Hashable],
        new_keys: Sequence[Hashable],
        steps: Sequence[int],
        modules: Sequence[int],
        planned_minutes: Sequence[int],
    ) -> None:
        """A changed deck: stay on the same slide (and step, when it still exists)."""
        slide = relocate(old_keys, self.position.slide, new_keys)
        self.steps = [max(1, s) for s in steps]
        self.modules = list(modules)
        self.times.replan(planned_minutes)
        if not self.steps:
            self.position = Position(0, 0)
            return
        self._go(Position(slide, min(self.position.step, self.steps[slide] - 1)))
        self.overview_cursor = min(self.overview_cursor, self.slide_count - 1)

    def _go(self, position: Position) -> None:
        self.position = position
        if self.slide_count:
            self.times.show_module(self.module)

    def _auto_start(self) -> None:
        # The timer starts with the talk: on F5 or the first move, unless the presenter
        # has already started (and maybe paused) it.
        if not self.stopwatch.started:
            self.stopwatch.start()

    def _handlers(self) -> dict[Action, Callable]:
        return {
            Action.NEXT: self._next,
            Action.PREVIOUS: self._previous,
            Action.FIRST: lambda: self.go_to(0),
            Action.LAST: lambda: self.go_to(self.slide_count - 1),
            Action.ENTER: self._enter,
            Action.ERASE: self._erase,
            Action.BLACK: lambda: self._toggle_blank(Blank.BLACK),
            Action.WHITE: lambda: self._toggle_blank(Blank.WHITE),
            Action.OVERVIEW: self._toggle_overview,
            Action.START: self._start,
            Action.LEAVE: self._leave,
            Action.SWITCH_VIEW: self._switch_view,
            Action.HELP: self._toggle_help,
            Action.TIMER_PAUSE: self.stopwatch.toggle,
            Action.TIMER_RESET: self._reset_timer,
            Action.NOTES_BIGGER: lambda: self._notes(+1),
            Action.NOTES_SMALLER: lambda: self._notes(-1),
            Action.HIGH_CONTRAST: self._toggle_contrast,
            Action.PICK_LEFT: lambda: self._pick(-1),
            Action.PICK_RIGHT: lambda: self._pick(+1),
            Action.PICK_UP: lambda: self._pick(-self.overview_columns),
            Action.PICK_DOWN: lambda: self._pick(+self.overview_columns),
            Action.PICK_FIRST: lambda: self._pick(-self.slide_count),
            Action.PICK_LAST: lambda: self._pick(+self.slide_count),
        }

    def _next(self) -> None:
        target = self.next_position()
        if target is not None:
            self._go(target)
        self._auto_start()

    def _previous(self) -> None:
        target = self.previous_position()
        if target is not None:
            self._go(target)

    def _digit(self, digit: int | None) -> None:
        if digit is not None and 0 <= digit <= 9 and len(self.digits) < 4:
            self.digits += str(digit)

    def _enter(self) -> None:
        if not self.digits:
            self._next()
            return
        number, self.digits = int(self.digits), ""
        if not self.go_to(number - 1):
            self.message = f"No slide {number} (1–{self.slide_count})"

    def _erase(self) -> None:
        if self.digits:
            self.digits = self.digits[:-1]
        else:
            self._previous()

    def _toggle_blank(self, blank: Blank) -> None:
        self.blank = Blank.NONE if self.blank is blank else blank

    def _toggle_overview(self) -> None:
        self.overview_open = not self.overview_open
        if self.overview_open:
            self.overview_cursor = self.position.slide
            self.help_open = False

    def _start(self) -> None:
        """F5. Clickers alternate F5 and Esc on one button, so F5 only ever starts things."""
        self.view = View.AUDIENCE
        self.overview_open = self.help_open = False
        self._auto_start()

    def _leave(self) -> None:
        """Esc closes the innermost transient thing and nothing else: never the show."""
        if self.help_open:
            self.help_open = False
        elif self.overview_open:
            self.overview_open = False
        else:
            self.message = "Esc never ends the show: Ctrl+Q quits"

    def set_screens(self, count: int) -> None:
        """Screens were plugged or unplugged. When the projector goes, the one screen left
        shows the console, so the presenter keeps notes and control (S brings the slides)."""
        two = count > 1
        if self.two_screens and not two:
            self.view = View.CONSOLE
        self.two_screens = two

    def _switch_view(self) -> None:
        """S: with one screen, console <-> audience; with two, swap the screens."""
        self.overview_open = False
        if self.two_screens:
            self.swapped = not self.swapped
        else:
            self.view = View.AUDIENCE if self.view is View.CONSOLE else View.CONSOLE

    def _toggle_help(self) -> None:
        self.help_open = not self.help_open

    def _reset_timer(self) -> None:
        self.stopwatch.reset()
        self.times.reset()

    def _notes(self, delta: int) -> None:
        top = len(self.NOTES_SIZES) - 1
        self.notes_size_index = min(max(self.notes_size_index + delta, 0), top)

    def _toggle_contrast(self) -> None:
        self.high_contrast = not self.high_contrast

    def _pick(self, delta: int) -> None:
        if self.overview_open and self.slide_count:
            cursor = self.overview_cursor + delta
            self.overview_cursor = min(max(cursor, 0), self.slide_count - 1)

    def _choose(self, slide: int | None) -> None:
        """Enter in the overview, or a click on thumbnail ``slide``."""
        if self.overview_open:
            self.overview_open = False
            self.go_to(self.overview_cursor if slide is None else slide)
