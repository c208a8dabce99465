"""The command line: ``teachin [command] ...``. Each command lives in its own module and is
imported only when used, so ``teachin check`` never loads Qt and ``--help`` stays instant."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from teachin import __version__, paths

# command name -> "module:function"; the function takes the parsed arguments, returns an exit code.
COMMANDS = {
    "present": "teachin.app:run_present",
    "quiz": "teachin.ui.kiosk.start:run_quiz",
    "check": "teachin.content.check:run_check",
    "shot": "teachin.ui.render:run_shot",
    "handout": "teachin.ui.presenter.handout:run_handout",
    "results": "teachin.store.results_cli:run_results",
    "import-gift": "teachin.content.gift_import:run_import_gift",
    "pin": "teachin.store.pin:run_pin",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="teachin",
        description="Teach-in: present the deck, run quizzes on shared laptops, gather results. "
        "With no command, opens the built-in deck.",
    )
    parser.add_argument("--version", action="version", version=f"teachin {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="keep the database and backups in DIR")
    parser.add_argument(
        "--deck", metavar="DIR", help="use another content folder (slides/, quizzes/, assets/)"
    )
    parser.add_argument(
        "--self-test", action="store_true", help="headless check of this installation; exit 0 if ok"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    present = commands.add_parser("present", help="presenter console + audience window")
    present.add_argument("deck_dir", nargs="?", metavar="DECK_DIR")
    present.add_argument("--slide", type=int, default=1, metavar="N", help="start on slide N")
    present.add_argument("--high-contrast", action="store_true", help="use the high-contrast theme")

    quiz = commands.add_parser("quiz", help="participant kiosk on this laptop")
    quiz.add_argument("quiz", nargs="?", metavar="QUIZ", help="quiz name (file stem in quizzes/)")
    quiz.add_argument("--windowed", action="store_true", help="not full screen (for testing)")

    check = commands.add_parser("check", help="validate content: path:line: message per problem")
    check.add_argument("deck_dir", nargs="?", metavar="DECK_DIR")
    check.add_argument("--list", action="store_true", help="one line per slide")

    shot = commands.add_parser("shot", help="render what the audience sees to a PNG")
    shot.add_argument(
        "--slide", type=int, required=True, metavar="N", help="slide number (1-based)"
    )
    shot.add_argument("--step", type=int, default=None, metavar="K", help="reveal step (1-based)")
    shot.add_argument("--out", required=True, metavar="F.png")
    shot.add_argument("--size", default="1920x1080", metavar="WxH")
    shot.add_argument("--high-contrast", action="store_true")

    handout = commands.add_parser("handout", help="write a printable PDF of the deck")
    handout.add_argument("out", metavar="OUT.pdf")
    handout.add_argument("--notes", action="store_true", help="slide and speaker notes per page")

    results = commands.add_parser("results", help="see, export, bundle and merge results")
    results.add_argument("action", choices=["show", "export", "bundle", "merge"])
    results.add_argument("paths", nargs="*", metavar="PATH")

    gift = commands.add_parser("import-gift", help="check a Moodle GIFT file and copy it in")
    gift.add_argument("file", metavar="FILE.gift")
    gift.add_argument("--into", metavar="DECK_DIR", help="copy into DECK_DIR/quizzes/")

    pin = commands.add_parser("pin", help="set the kiosk's facilitator PIN (typed twice, unseen)")
    pin.add_argument("action", choices=["set"])
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths.set_data_dir(args.data_dir)
    if args.deck:
        paths.set_deck_dir(args.deck)
    if args.self_test:
        target = "teachin.selftest:run_self_test"
    else:
        target = COMMANDS[args.command or "present"]
        if args.command is None:  # plain `teachin` = `teachin present`
            args.deck_dir, args.slide, args.high_contrast = None, 1, False
    module_name, function_name = target.split(":")
    function = getattr(importlib.import_module(module_name), function_name)
    return int(function(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
