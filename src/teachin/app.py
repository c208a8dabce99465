"""Wires the presenter side: the deck, the presentation model, two windows, screens, reload.

Two screens: the audience window full screen on the one that is not the laptop's (its built-in
panel by name, else the primary screen, else the first: Wayland may have no primary), the
console on the laptop. One screen: S switches between console and audience view. Plugging or
unplugging a screen, or one changing resolution, re-places the windows after a short pause (the
signals come in bursts).
"""

from __future__ import annotations

import logging
import sys
from argparse import Namespace
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

# The pure-Python modules come before PySide6: once PySide6 is imported, its import hook
# reads the source of every module imported after it (~15% of start-up CPU measured here).
from teachin import paths
from teachin.content.deck import complete_deck, load_deck, load_slides
from teachin.content.model import Deck
from teachin.presenting import Action, Presentation, View, laptop_screen
from teachin.theme import theme_for

# isort: split
from PySide6.QtCore import QCoreApplication, QEvent, QFileSystemWatcher, QObject, QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from teachin.ui.app_icon import set_app_icon
from teachin.ui.fonts import register_fonts
from teachin.ui.language import install_translators
from teachin.ui.presenter.audience import AudienceWindow

if TYPE_CHECKING:  # types only: each PySide6 class costs start-up time when first named
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeyEvent, QScreen

    from teachin.store.slide_log import SlideLog
    from teachin.ui.presenter.console import ConsoleWindow
    from teachin.ui.presenter.join_view import JoinInfo
    from teachin.ui.presenter.live_room import LiveRoom

# What a clicker sends (see ui/presenter/keys.py), all passed on to the talk from the results
# window: not Esc (it closes that window) nor the arrows and Space, which choose in it.
SCREEN_SETTLE_MS = 600  # screen signals arrive in bursts while a projector negotiates
RELOAD_SETTLE_MS = 250  # editors save in several writes (temp file, rename)
CONSOLE_AT_LATEST_MS = 1000  # at start-up, if the room's window is never painted
ROOM_REFRESH_TICKS = 4  # room charts re-read the answers every 4 ticks of 0.5 s
SLIDE_LOG_TICKS = 60  # what was shown is written every 30 s (and at the end)

# Deck problems: standard error, and the log file once logs.start() ran (see logs.py).
log = logging.getLogger("teachin.deck")


def kiosk_command(deck_root: Path) -> tuple[str, list[str]]:
    """How to start `teachin quiz` on this deck and data folder as a process of its own: the
    kiosk then owns the answers database (the presenter only reads it), and a kiosk that is
    closed or crashes never takes the show down."""
    command = ["--deck", str(deck_root), "--data-dir", str(paths.data_dir()), "quiz"]
    if getattr(sys, "frozen", False):  # the bundle's executable is the app itself
        return sys.executable, command
    return sys.executable, ["-m", "teachin", *command]


class RoomAnswers:
    """The room's answers for room charts, from this laptop's database. The store (and
    sqlite-utils) is imported on the first question asked, not at start-up."""

    def __init__(self) -> None:
        self._reader: Callable[[str, str], list[object]] | None = None

    def __call__(self, quiz: str, question: str) -> list[object]:
        if self._reader is None:
            from teachin.store.reader import RoomAnswers as Reader

            self._reader = Reader()
        return self._reader(quiz, question)

    def take_notices(self) -> list[str]:
        """What the store has to tell the facilitator (a restored backup), once each."""
        if self._reader is None:
            return []
        return self._reader.take_notices()  # type: ignore[attr-defined]

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()  # type: ignore[attr-defined]


def make_application() -> QApplication:
    """The QApplication, with the bundled font as the default."""
    app = QApplication.instance()
    if app is None:
        QApplication.setApplicationName(paths.APP_NAME)
        QApplication.setOrganizationName(paths.APP_NAME)
        app = QApplication(sys.argv[:1])
    install_translators(app)  # before any widget: a widget translates its texts when built
    set_app_icon()
    # A missing or unreadable font file leaves Qt on a system font rather than failing.
    if "Noto Sans" in register_fonts():
        app.setFont(QFont("Noto Sans"))
    return app  # type: ignore[return-value]


def slide_keys(deck: Deck) -> list[tuple[str, str]]:
    """What identifies a slide across reloads: its file and its title."""
    return [(slide.path.name, slide.title) for slide in deck.slides]


def clicker_keys() -> tuple[Qt.Key, ...]:
    """What a clicker sends (see ui/presenter/keys.py): the results window passes these on to
    the talk; not Esc (it closes that window) nor the arrows and Space, which choose in it.
    Imported here: Qt's namespace costs start-up time before the first slide is painted."""
    from PySide6.QtCore import Qt

    key = Qt.Key
    return (
        key.Key_PageDown, key.Key_PageUp, key.Key_B, key.Key_Period, key.Key_Slash,
        key.Key_F5, key.Key_MediaNext, key.Key_MediaPrevious,
    )  # fmt: skip


class Presenter(QObject):
    """Owns the model and both windows; every key from either window comes through ``act``."""

    def __init__(
        self,
        deck: Deck,
        *,
        start_slide: int = 0,
        high_contrast: bool = False,
        complete: Callable[[Deck], Deck] | None = None,
    ) -> None:
        """``complete``: ``deck`` has its slides only (load_slides); this gives the whole deck.
        It runs once the room's first slide is painted, or before anything needs the rest."""
        super().__init__()
        self.deck = deck
        self._quitting = False
        slides = deck.slides
        self.model = Presentation(
            [s.steps for s in slides],
            [s.module_index for s in slides],
            [m.minutes for m in deck.modules],
            start=start_slide,
        )
        self._complete = complete
        first = slides[self.model.position.slide]
        if first.charts or first.quiz_parts:  # the first slide shows data or a question
            self.deck = self._completed_deck()
        self.model.high_contrast = high_contrast
        self.answers = RoomAnswers()
        self.results: QWidget | None = None  # the results window, once opened (Ctrl+R)
        self._slide_log: SlideLog | None = None  # made on first use (the store loads then)
        self.audience = AudienceWindow(theme_for(high_contrast), self.on_key, self.answers)
        # The console is built on first use. At start-up on two screens it waits for the
        # room's first paint (_console_due), so the projector shows the slide sooner.
        self._console: ConsoleWindow | None = None
        self._console_due = False
        self._live_room: LiveRoom | None = None  # phones answering: built on first use (O)
        self.join_shown = False  # the join slide is over the room's slide
        self._join: tuple[str, JoinInfo] | None = None  # (join link, what the slide shows)

        self._ticks = 0
        self._ticker = self._timer(500, self._tick)
        self._ticker.setSingleShot(False)
        self._screens_settle = self._timer(SCREEN_SETTLE_MS, lambda: self.place_windows())
        self._reload_settle = self._timer(RELOAD_SETTLE_MS, self.reload)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(lambda _path: self._reload_settle.start())
        self.watcher.directoryChanged.connect(lambda _path: self._reload_settle.start())
        if self._complete is None:  # else with the rest of the deck, after the first slide
            self._watch()
        app = QGuiApplication.instance()
        app.screenAdded.connect(self._screen_added)
        app.screenRemoved.connect(self._screens_changed)
        app.primaryScreenChanged.connect(self._screens_changed)
        for screen in app.screens():
            self._watch_screen(screen)

    @property
    def console(self) -> ConsoleWindow:
        if self._console is None:
            self._console = self._new_console()
        return self._console

    def _completed_deck(self) -> Deck:
        """Start-up: the whole deck for the slides-only one (see ``complete``); its problems
        beyond the slides' own (logged by run_present already) are logged."""
        if self._complete is None:
            return self.deck
        complete, self._complete = self._complete, None
        deck = complete(self.deck)
        for problem in deck.problems[len(self.deck.problems) :]:
            log.warning(problem)
        return deck

    def _new_console(self) -> ConsoleWindow:
        from teachin.ui.presenter.console import ConsoleWindow  # after the room's first paint

        if self._complete is not None:  # the console previews the next slides: the whole deck
            self._use_deck(self._completed_deck())
            self._watch()
        console = ConsoleWindow(theme_for(self.model.high_contrast), self.on_key, self.answers)
        console.picked.connect(lambda index: self.act(Action.PICK_CHOOSE, index))
        console.columns_changed.connect(self._set_columns)
        console.results_button.clicked.connect(lambda: self.act(Action.OPEN_RESULTS))
        console.closed.connect(self.quit)
        console.set_deck(self.deck)
        console.room_panel.attach(self.live_room, self.act, self.deck.quizzes)
        return console

    @property
    def live_room(self) -> LiveRoom:
        if self._live_room is None:
            from teachin.ui.presenter.live_room import LiveRoom

            if self._complete is not None:  # phones answer the deck's quizzes: the whole deck
                self._use_deck(self._completed_deck())
                self._watch()
            self._live_room = LiveRoom(paths.data_dir(), self.deck.quizzes)
            self._live_room.answered.connect(self._refresh_room_charts)
            self._live_room.changed.connect(self._show_join)
        return self._live_room

    def _timer(self, ms: int, slot: Callable[[], object]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    # --- showing ------------------------------------------------------------------------
    def show(self) -> None:
        # Windows first, then one render at their real sizes. With two screens the room's
        # slide comes first: the console is built and shown once the audience has painted.
        self.place_windows()
        self._ticker.start()

    def render(self) -> None:
        m = self.model
        slide = self.deck.slides[m.position.slide]
        changed = self.audience.show_slide(slide, m.position.step, self.deck)
        changed |= self.audience.set_blank(m.blank)
        self.audience.set_help(m.help_open and not m.two_screens)  # the room never sees keys
        if changed and self.audience.isVisible():
            self.audience.repaint()  # the room first, now; the console paints on the next turn
        if self._console is not None:
            self._console.render(m, self.deck)
        if m.stopwatch.running:  # the talk is on (F5, or the first move): minutes per module
            self.slide_log().shown(m.position.slide + 1, slide.module_index, slide.title)
        if self._live_room is not None:
            self._live_room.follow(slide)  # its question goes live on the phones

    def place_windows(self, screens: list[QScreen] | None = None) -> None:
        """Put each window on its screen for the screens there are now (or ``screens``)."""
        screens = QGuiApplication.screens() if screens is None else screens
        if not screens:  # everything unplugged for a moment: wait for screenAdded
            self.render()
            return
        self.model.set_screens(len(screens))
        primary = QGuiApplication.primaryScreen()
        names = [screen.name() for screen in screens]
        laptop = screens[
            laptop_screen(names, screens.index(primary) if primary in screens else None)
        ]
        others = [s for s in screens if s is not laptop]
        if others:
            room = others[0]
            if self.model.swapped:
                laptop, room = room, laptop
            _full_screen(self.audience, room)
            if self._console is None and not self._console_due:  # start-up: the room first
                self._console_due = True
                self.audience.view.installEventFilter(self)  # see eventFilter
                QTimer.singleShot(CONSOLE_AT_LATEST_MS, self, self._show_console)
            elif not self._console_due:
                _maximized(self.console, laptop)
        elif self.model.single_screen_view is View.AUDIENCE:
            _maximized(self.console, laptop)
            _full_screen(self.audience, laptop)
            self.audience.raise_()
            self.audience.activateWindow()
        else:
            self.audience.hide()
            _maximized(self.console, laptop)
            self.console.raise_()
            self.console.activateWindow()
        if not self._console_due:  # the room's first slide is up (or the console came first)
            self.audience.settle()
        self.render()  # help and the overview depend on the screens

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:  # the room's slide is being painted: the
            QTimer.singleShot(0, self, self._show_console)  # console right after that
        return False

    def _show_console(self) -> None:
        """Start-up, second step: the room's slide is up, now the console on the laptop."""
        if self._console_due and not self._quitting:
            self._console_due = False
            self.audience.view.removeEventFilter(self)
            if self._console is None:
                self._console = self._new_console()
            self.place_windows()

    def _tick(self) -> None:
        self.console.tick(self.model, self.deck)
        self._ticks += 1
        if self._slide_log is not None and self._ticks % SLIDE_LOG_TICKS == 0:
            self._slide_log.flush()
        slide = self.deck.slides[self.model.position.slide]
        if self._ticks % ROOM_REFRESH_TICKS == 0 and any(c.kind == "room" for c in slide.charts):
            for view in (self.audience.view, self.console.current):
                view.refresh_charts()  # answers keep coming in from the quiz laptops
            for notice in self.answers.take_notices():  # e.g. the kiosk restored a backup
                print(f"teachin: {notice}", file=sys.stderr)
                self.model.message = notice

    def _refresh_room_charts(self) -> None:
        """Phones answered: the room charts on show (and the console's next one) now."""
        views = [self.audience.view]
        if self._console is not None:
            views += [self._console.current, self._console.next]
        for view in views:
            slide = view.slide()
            if slide is not None and any(c.kind == "room" for c in slide.charts):
                view.refresh_charts()

    def _charts(self, method: str) -> None:
        """A (replay) and V (reveal): on the slide the room sees and on the console's copy."""
        for view in (self.audience.view, self.console.current):
            for chart in view.chart_widgets():
                function = getattr(chart, method, None)
                if callable(function):
                    function()
        if method == "reveal":
            for chart in self.audience.view.chart_widgets():
                if getattr(getattr(chart, "data", None), "kind", "") == "room":
                    self.slide_log().revealed(chart.data.quiz, chart.data.question)

    def slide_log(self) -> SlideLog:
        """When each slide was shown and each room chart revealed, kept for the report."""
        if self._slide_log is None:
            from teachin.store.slide_log import SlideLog

            self._slide_log = SlideLog()
        return self._slide_log

    def _screens_changed(self, *_args: object) -> None:
        if not self._quitting:  # a closed presenter's windows stay closed
            self._screens_settle.start()

    def _screen_added(self, screen: QScreen) -> None:
        self._watch_screen(screen)
        self._screens_changed()

    def _watch_screen(self, screen: QScreen) -> None:
        # A projector that changes resolution (1920x1080 to 1280x720) stays the same screen:
        # with no window manager nobody resizes a full-screen window, so the slide was cut off.
        screen.geometryChanged.connect(self._screens_changed)

    # --- keys ---------------------------------------------------------------------------
    def on_key(self, event: QKeyEvent) -> None:
        from teachin.ui.presenter.keys import action_for  # with the first key, not at start-up

        found = action_for(event, self.model.overview_open)
        if found is None:
            event.ignore()
            return
        event.accept()
        self.act(*found)

    def act(self, action: Action, arg: int | None = None) -> None:
        if action is Action.QUIT:
            self.quit()
            return
        if action in (Action.REPLAY_CHARTS, Action.REVEAL_ANSWER):
            self._charts("replay" if action is Action.REPLAY_CHARTS else "reveal")
            return
        if action is Action.OPEN_RESULTS:
            from teachin.ui.results.window import open_results

            window = open_results(self.deck.root, self.results, self.console.screen())
            if window is not self.results:  # made now: the clicker still moves the slides
                window.pass_keys(clicker_keys(), self.on_key)
            self.results = window
            return
        if action is Action.OPEN_QUIZ:
            from PySide6.QtCore import QProcess

            QProcess.startDetached(*kiosk_command(self.deck.root))
            return
        if action in (Action.ROOM, Action.CLOSE_ROOM):
            self._room_key(action)
            return
        if action in (Action.NOTES_DOWN, Action.NOTES_UP):  # the console's view, not the talk's
            if self._console is not None:
                self._console.scroll_notes(1 if action is Action.NOTES_DOWN else -1)
            return
        m = self.model
        before = (m.single_screen_view, m.swapped, m.high_contrast)
        slide_before = m.position.slide
        m.apply(action, arg)
        if self.join_shown and (m.position.slide != slide_before or action is Action.LEAVE):
            self.join_shown = False  # moving on (or Esc) takes the join slide away
            self._show_join()
        if m.high_contrast != before[2]:
            theme = theme_for(m.high_contrast)
            self.audience.view.set_theme(theme)
            self.console.set_theme(theme, m.high_contrast)
        self.render()
        if (m.single_screen_view, m.swapped) != before[:2] or action is Action.START:
            self.place_windows()

    # --- the live room ----------------------------------------------------------------------
    def _room_key(self, action: Action) -> None:
        """O: open the room and show the join slide; then O shows or hides the join slide.
        Ctrl+O (or the console's button): close the room."""
        room = self.live_room
        if action is Action.CLOSE_ROOM:
            room.close()
            self.join_shown = False
            self.model.message = QCoreApplication.translate(
                "Presenter", "Room closed: nothing listens on the network"
            )
        elif not room.is_open:
            from teachin.store.db import StoreError

            try:
                room.open()
            except (OSError, StoreError) as error:
                said = QCoreApplication.translate("Presenter", "The room could not open: {error}")
                self.model.message = said.format(error=error)
            else:
                self.join_shown = True
        else:
            self.join_shown = not self.join_shown
        self._show_join()
        if self.join_shown and not self.model.two_screens:  # one screen: the projector's view
            self.model.view = View.AUDIENCE
            self.place_windows()
        self.render()

    def _show_join(self) -> None:
        """The join slide as the room is now (address chosen, open or closed)."""
        server = self._live_room.room if self._live_room is not None else None
        shown = self.join_shown and server is not None
        if shown and (self._join is None or self._join[0] != server.join_url):
            from teachin.room.network import qr_matrix
            from teachin.ui.presenter.join_view import JoinInfo

            info = JoinInfo(server.url.rstrip("/"), server.code, qr_matrix(server.join_url))
            self._join = (server.join_url, info)
        self.audience.set_join(self._join[1] if shown and self._join else None)
        if self._console is not None:
            self._console.set_join_shown(shown)

    def _set_columns(self, columns: int) -> None:
        self.model.overview_columns = columns

    def close(self) -> None:
        """Close both windows and stop the timers (the application keeps running)."""
        if self._quitting:
            return
        self._quitting = True
        for timer in (self._ticker, self._screens_settle, self._reload_settle):
            timer.stop()
        if self._live_room is not None:
            self._live_room.close()  # nothing listens once the show is over
        self.audience.close()
        if self._console is not None:
            self._console.close()
        self.answers.close()
        if self._slide_log is not None:
            self._slide_log.close()

    def quit(self) -> None:
        self.close()
        QApplication.quit()

    # --- authors edit while previewing --------------------------------------------------
    def _watch(self) -> None:
        """Watch the deck's folders and files; editors that save by rename drop the file
        from the watch list, so this runs again after every reload."""
        root = self.deck.root
        folders = [root / "slides", root / "quizzes", root / "assets" / "data"]
        wanted = [str(f) for f in folders if f.is_dir()]
        for folder in folders:
            if folder.is_dir():
                wanted += [str(p) for p in folder.iterdir() if p.suffix in {".md", ".gift", ".csv"}]
        known = set(self.watcher.files()) | set(self.watcher.directories())
        missing = [path for path in wanted if path not in known]
        if missing:
            self.watcher.addPaths(missing)

    def reload(self) -> None:
        self._complete = None  # a start-up still pending: this load replaces it
        new = load_deck(self.deck.root)
        self._watch()
        if not new.slides:  # mid-edit (file emptied or renamed): keep showing the last good deck
            self.model.message = QCoreApplication.translate(
                "Presenter", "Reload: no slides found, still showing the previous version"
            )
            self.console.render(self.model, self.deck)
            return
        self._use_deck(new)
        if new.problems:
            self.model.message = f"Reloaded; {len(new.problems)} problem(s): {new.problems[0]}"
            self.console.tick(self.model, self.deck)
            for problem in new.problems:
                log.warning(problem)

    def _use_deck(self, new: Deck) -> None:
        """Present ``new`` in place of the current deck, staying on the same slide."""
        old_keys = slide_keys(self.deck)
        self.deck = new
        if self._live_room is not None:  # an open room takes the new quizzes before render()
            self._live_room.set_quizzes(new.quizzes)  # puts the slide's question live
        self.model.reload(
            old_keys,
            slide_keys(new),
            [s.steps for s in new.slides],
            [s.module_index for s in new.slides],
            [m.minutes for m in new.modules],
        )
        if self._console is not None:
            self._console.set_deck(new)
            self._console.room_panel.set_quizzes(new.quizzes)
        self.render()


def _full_screen(window: QWidget, screen: QScreen) -> None:
    # setScreen before showFullScreen: compositors ignore positions (Wayland), not screens.
    window.setScreen(screen)
    window.setGeometry(screen.geometry())
    window.showFullScreen()


def _maximized(window: QWidget, screen: QScreen) -> None:
    if window.isFullScreen():
        window.showNormal()
    # The geometry too, not only showMaximized: with no window manager (a bare X session)
    # nobody maximises, and the console kept its 1280x800 start size on a 720-px screen.
    window.setScreen(screen)
    window.setGeometry(screen.availableGeometry())
    window.showMaximized()


def run_present(args: Namespace) -> int:
    app = make_application()
    root = paths.deck_dir(getattr(args, "deck_dir", None))
    deck = load_slides(Path(root))  # the rest of the deck loads once the first slide is up
    for problem in deck.problems:
        log.warning(problem)
    if not deck.slides:
        said = QCoreApplication.translate(
            "Presenter", "{folder}: no slides to present (see `teachin check {folder}`)"
        )
        log.error(said.format(folder=root))
        return 1
    slide = getattr(args, "slide", 1) or 1
    presenter = Presenter(
        deck,
        start_slide=slide - 1,
        high_contrast=bool(getattr(args, "high_contrast", False)),
        complete=complete_deck,
    )
    presenter.show()
    return app.exec()
