"""``teachin --self-test``: a headless check of an installation, from source or frozen.

Loads the deck (built-in or ``--deck``), reports its problems, renders every slide at every
reveal step offscreen, builds the presenter console and walks the deck with it, checks the fonts,
the answer store in a temp folder, and the live room (opened on loopback, one answer given
through it over HTTP, the stored row read back). Prints a short summary and
exits 0 only if everything is well.
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
import traceback
from argparse import Namespace
from collections.abc import Callable
from pathlib import Path

from teachin import __version__, paths


def _say(text: str) -> None:
    # A windowed (console=False) frozen build has no stdout at all.
    if sys.stdout is not None:
        print(text, flush=True)


class _Report:
    def __init__(self) -> None:
        self.failures: list[str] = []
        self.notes: list[str] = []

    def check(self, name: str, step: Callable[[], str | list[str] | None]) -> None:
        """Run one check: it returns a note for the summary, or a list of failures."""
        started = time.perf_counter()
        try:
            result = step()
        except Exception:  # a self-test reports every crash instead of stopping at the first
            self.failures.append(f"{name}: crashed\n{traceback.format_exc()}")
            return
        took = f" ({time.perf_counter() - started:.1f} s)"
        if isinstance(result, list):
            self.failures += [f"{name}: {line}" for line in result]
            if not result:
                self.notes.append(f"{name} ok{took}")
        elif result:
            self.notes.append(result + took)


def run_self_test(args: Namespace) -> int:
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no window may appear during a check
    started = time.perf_counter()
    frozen = "frozen" if getattr(sys, "frozen", False) else "source"
    _say(f"teachin {__version__} self-test ({frozen}, Python {platform.python_version()})")
    report = _Report()
    state: dict[str, object] = {}
    report.check("deck", lambda: _load(state))
    if "deck" in state:
        report.check("qt", lambda: _qt(state))
        report.check("fonts", _fonts)
        report.check("slides", lambda: _render_slides(state))
        report.check("console", lambda: _console(state))
    report.check("store", _store)
    report.check("room", _room)
    elapsed = time.perf_counter() - started
    for failure in report.failures:
        _say(f"  FAIL {failure}")
    summary = "; ".join(report.notes)
    if report.failures:
        _say(f"self-test FAILED: {len(report.failures)} problem(s) ({summary}) in {elapsed:.1f} s")
        return 1
    _say(f"self-test ok: {summary} in {elapsed:.1f} s")
    return 0


def _load(state: dict[str, object]) -> list[str]:
    from teachin.content.deck import load_deck

    root = paths.deck_dir()
    deck = load_deck(Path(root))
    state["deck"] = deck
    failures = [str(problem) for problem in deck.problems]
    if not deck.slides:
        failures.append(f"{root}: no slides")
    _say(f"  deck {root}: {len(deck.modules)} modules, {len(deck.slides)} slides")
    return failures


def _qt(state: dict[str, object]) -> str:
    import PySide6
    from PySide6.QtCore import qVersion

    from teachin.app import make_application

    state["app"] = make_application()
    return f"PySide6 {PySide6.__version__} / Qt {qVersion()}"


def _fonts() -> list[str]:
    from PySide6.QtGui import QFontDatabase

    if "Noto Sans" not in QFontDatabase.families():
        return [f"bundled font Noto Sans not found in {paths.fonts_dir()}"]
    return []


def _render_slides(state: dict[str, object]) -> list[str]:
    """Every slide at every step, 1280x720: something must be painted, nothing may overflow."""
    from PySide6.QtCore import Qt

    from teachin.ui.slide_view import SlideView

    deck = state["deck"]
    view = SlideView()
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    view.resize(1280, 720)
    failures: list[str] = []
    renders = 0
    for number, slide in enumerate(deck.slides, start=1):
        where = f"{slide.path}:{slide.line}: slide {number} ({slide.title})"
        for step in range(slide.steps):
            view.set_slide(slide, step, deck)
            view.finish_charts()
            if not _has_content(view.grab().toImage()):
                failures.append(f"{where}: step {step + 1} renders blank")
            renders += 1
        failures += [f"{where}: {line}" for line in view.overflow()]
    view.deleteLater()
    state["renders"] = renders
    return failures


def _has_content(image: object) -> bool:
    """More than one colour inside the slide: the title at least was painted."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    # A smooth scale-down keeps a trace of every glyph and is cheap to scan in Python.
    small = image.scaled(96, 54, mode=Qt.TransformationMode.SmoothTransformation)
    small = small.convertToFormat(QImage.Format.Format_RGB32)
    colours = set(memoryview(small.constBits()).cast("I"))
    return len(colours) > 2  # letterbox + background alone are two


def _console(state: dict[str, object]) -> str | list[str]:
    """Build the presenter (console + audience) and drive it through every kind of action.
    It walks the first module; every slide was already rendered above, and walking all of
    them again here would only build every chart three more times."""
    from teachin.app import Presenter
    from teachin.presenting import Action

    deck = state["deck"]
    presenter = Presenter(deck)
    presenter.console.resize(1280, 800)
    presenter.audience.resize(1280, 720)
    presenter.render()
    model = presenter.model
    while model.module == 0 and model.next_position() is not None:
        presenter.act(Action.NEXT)
    script = [Action.LAST, Action.PREVIOUS, Action.OVERVIEW, Action.PICK_LEFT, Action.PICK_CHOOSE]
    script += [Action.HELP, Action.LEAVE, Action.BLACK, Action.WHITE, Action.WHITE]
    script += [Action.NOTES_BIGGER, Action.TIMER_PAUSE, Action.TIMER_RESET, Action.FIRST]
    for action in script:
        presenter.act(action)
    failures = []
    if model.position.slide != 0:
        failures.append("Home did not return to the first slide")
    if not _has_content(presenter.console.grab().toImage()):
        failures.append("the console renders blank")
    presenter.close()
    renders = state.get("renders", 0)
    return failures or f"{len(deck.slides)} slides / {renders} steps rendered, console driven"


def _store() -> str | list[str]:
    """A throw-away database: an attempt answered, read back, bundled and merged."""
    from teachin.selftest_store import check_store

    with tempfile.TemporaryDirectory(prefix="teachin-selftest-") as folder:
        try:
            check_store(Path(folder))
        except Exception as error:  # it raises with a message naming the step that broke
            return [f"{type(error).__name__}: {error}"]
    return "store ok"


def _room() -> str | list[str]:
    """A live room on 127.0.0.1 in a temp folder: the page is served, a phone joins, answers the
    live question over HTTP, and the answer is in the database afterwards."""
    import json
    import urllib.request

    from teachin.content.gift import parse_gift
    from teachin.room.server import Room
    from teachin.store.answers import all_answers
    from teachin.store.db import DB_NAME, open_store

    # A quiz of its own: the check is of the room, whatever the deck holds.
    quiz, _ = parse_gift("// @mode: checkpoint\n::q::Ready? {=Yes ~No}\n", Path("selftest.gift"))
    quizzes, live = {quiz.name: quiz}, (quiz.name, "q")

    # No proxy: a proxy set for the laptop's internet must not see (or break) loopback calls.
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    def post(url: str, body: dict) -> dict:
        request = urllib.request.Request(
            url, json.dumps(body).encode(), {"Content-Type": "application/json"}
        )
        with opener.open(request, timeout=10) as response:
            return json.load(response)

    with tempfile.TemporaryDirectory(prefix="teachin-selftest-room-") as folder:
        room = Room(folder, quizzes, "127.0.0.1", 0)
        room.start()
        try:
            room.set_live(*live)
            with opener.open(room.url, timeout=10) as response:
                page = response.read()
            if b"/app.js" not in page:
                return ["the phone page is not in this installation"]
            token = post(room.url + "api/join", {"code": room.code, "nickname": "self-test"})
            answer_id = "00000000-0000-4000-8000-000000000001"
            message = {"type": "answer", "id": answer_id, "quiz": live[0], "question": live[1]}
            message.update(code=room.code, token=token["token"], value=0)
            reply = post(room.url + "api/answer", message)
        finally:
            room.stop()
        with open_store(Path(folder) / DB_NAME, make_backup=False) as store:
            rows = [a for a in all_answers(store) if a.id == answer_id]
    if reply.get("type") != "ack" or len(rows) != 1:
        return [f"the answer given through the room was not stored once: {reply}, {rows}"]
    return f"room ok (live {live[0]}/{live[1]}, answer stored)"
