"""How many slides' speaker notes run past the console's notes box (the presenter has to scroll
them), for a deck at the console sizes of common laptops, at the default notes size.

    python benchmarks/notes_fit.py [--deck DIR] [--size 1366x768 ...]

Each slide is shown on a console of that exact size (full screen, the live room closed) and its
notes box asked whether it scrolls. tests/test_console_notes.py holds the built-in deck to the
figure this prints for 1366x768.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SIZES = ((1366, 768), (1280, 720), (1920, 1080))


def slides_needing_scroll(deck: object, width: int, height: int) -> list[int]:
    """The 1-based numbers of ``deck``'s slides whose notes need scrolling on a ``width`` x
    ``height`` console at the default notes size (a QApplication must exist)."""
    from PySide6.QtWidgets import QApplication

    from teachin.presenting import Presentation
    from teachin.theme import DEFAULT
    from teachin.ui.presenter.console import ConsoleWindow

    slides = deck.slides  # type: ignore[attr-defined]
    minutes = [m.minutes for m in deck.modules]  # type: ignore[attr-defined]
    model = Presentation([s.steps for s in slides], [s.module_index for s in slides], minutes)
    console = ConsoleWindow(DEFAULT, lambda event: None)
    console.resize(width, height)
    console.show()
    scrolling = []
    try:
        for index in range(len(slides)):
            model.go_to(index)
            console.render(model, deck)  # type: ignore[arg-type]
            QApplication.processEvents()
            if console.notes.verticalScrollBar().maximum() > 0:
                scrolling.append(index + 1)
    finally:
        console.close()
        console.deleteLater()
    return scrolling


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deck", type=Path, default=REPO)
    parser.add_argument("--size", action="append", help="WIDTHxHEIGHT (repeatable)")
    args = parser.parse_args()
    sizes = [tuple(map(int, s.split("x"))) for s in args.size] if args.size else DEFAULT_SIZES
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(REPO / "src"))
    from teachin.app import make_application
    from teachin.content.deck import load_deck

    make_application()
    deck = load_deck(args.deck)
    for width, height in sizes:
        scrolling = slides_needing_scroll(deck, width, height)
        print(
            f"{width}x{height}: {len(scrolling)} of {len(deck.slides)} slides' notes need scrolling"
        )


if __name__ == "__main__":
    main()
