"""The command line: ``teachin [command] ...``. Each command lives in its own module and is
imported only when used, so ``teachin check`` never loads Qt and ``--help`` stays instant.

Adding a command: a line in ``COMMANDS`` and a ``command(commands, NAME, HELP)`` block in
``build_parser`` (it gives the command its own ``--help`` and the global options).

Exit codes: 0 done, 1 the command failed (problems found, a file it could not use, a start-up
fault), 2 the command line itself was wrong (argparse's usage errors). Messages about failures
go to standard error.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from teachin import __version__, i18n, paths
from teachin.i18n import translate

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2

# command name -> "module:function"; the function takes the parsed arguments, returns an exit code.
COMMANDS = {
    "present": "teachin.app:run_present",
    "quiz": "teachin.ui.kiosk.start:run_quiz",
    "check": "teachin.content.check:run_check",
    "shot": "teachin.ui.render:run_shot",
    "handout": "teachin.ui.presenter.handout:run_handout",
    "results": "teachin.store.results_cli:run_results",
    "import-gift": "teachin.content.gift_import:run_import_gift",
    "new-deck": "teachin.new_deck:run_new_deck",
    "room": "teachin.room.cli:run_room",
    "report": "teachin.ui.results.report:run_report",
    "pin": "teachin.store.pin:run_pin",
}
# Commands that open windows: they need a display, use the remembered deck and keep a log.
WINDOWED_COMMANDS = {"present", "quiz"}


def epilog() -> str:
    return translate(
        "cli",
        "Global options (--data-dir, --deck, --builtin-deck, --lang) may come before or after "
        "the command. Exit codes: 0 done, 1 failed (problems found or the command could not do "
        "its work), 2 wrong command line. `teachin COMMAND --help` describes each command.",
    )


def global_options(*, in_command: bool) -> argparse.ArgumentParser:
    """The options every command accepts. Inside a command their default is "not given"
    (SUPPRESS), so ``teachin --deck X quiz`` is not undone by the command's own default."""
    unset = {"default": argparse.SUPPRESS} if in_command else {}
    parser = argparse.ArgumentParser(add_help=False)
    group = parser.add_argument_group(translate("cli", "global options"))
    group.add_argument(
        "--data-dir",
        metavar="DIR",
        help=translate("cli", "keep the database, backups and log in DIR"),
        **unset,
    )
    group.add_argument(
        "--deck",
        metavar="DIR",
        help=translate(
            "cli",
            "use another content folder (slides/, quizzes/, assets/); remembered by "
            "`present` and `quiz` for next time",
        ),
        **unset,
    )
    group.add_argument(
        "--builtin-deck",
        action="store_true",
        help=translate(
            "cli", "use the deck that came with the app (and forget a remembered --deck)"
        ),
        **unset,
    )
    group.add_argument(
        "--lang",
        choices=i18n.LANGUAGES,
        help=translate("cli", "the language of the interface (default: the system's)"),
        **unset,
    )
    return parser


def command(
    commands: argparse._SubParsersAction, name: str, summary: str, description: str = ""
) -> argparse.ArgumentParser:
    """A subcommand with its own --help and the global options."""
    return commands.add_parser(
        name,
        help=summary,
        description=description or summary,
        parents=[global_options(in_command=True)],
        epilog=epilog(),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="teachin",
        description=translate(
            "cli",
            "Teach-in: present the deck, run quizzes on shared laptops, gather results. "
            "With no command, opens the deck (the one last used, else the built-in one).",
        ),
        parents=[global_options(in_command=False)],
        epilog=epilog(),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"teachin {__version__}",
        help=translate("cli", "show the version number and exit"),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=translate("cli", "headless check of this installation; exit 0 if ok"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    present = command(commands, "present", translate("cli", "presenter console + audience window"))
    present.add_argument(
        "deck_dir",
        nargs="?",
        metavar="DECK_DIR",
        help=translate("cli", "the deck to present (remembered)"),
    )
    present.add_argument(
        "--slide", type=int, default=1, metavar="N", help=translate("cli", "start on slide N")
    )
    present.add_argument(
        "--high-contrast", action="store_true", help=translate("cli", "use the high-contrast theme")
    )

    quiz = command(commands, "quiz", translate("cli", "participant kiosk on this laptop"))
    quiz.add_argument(
        "quiz",
        nargs="?",
        metavar="QUIZ",
        help=translate("cli", "quiz name (file stem in quizzes/)"),
    )
    quiz.add_argument(
        "--windowed", action="store_true", help=translate("cli", "not full screen (for testing)")
    )
    quiz.add_argument(
        "--room",
        metavar="ADDRESS",
        help=translate(
            "cli",
            "send every answer on to the presenter's live room at ADDRESS (host:port) as it "
            "is given; it is saved on this laptop first, as always",
        ),
    )
    quiz.add_argument(
        "--code", metavar="CODE", help=translate("cli", "the live room's code (with --room)")
    )

    check = command(
        commands, "check", translate("cli", "validate content: path:line: message per problem")
    )
    check.add_argument("deck_dir", nargs="?", metavar="DECK_DIR")
    check.add_argument("--list", action="store_true", help=translate("cli", "one line per slide"))

    shot = command(commands, "shot", translate("cli", "render what the audience sees to a PNG"))
    shot.add_argument(
        "--slide",
        type=int,
        required=True,
        metavar="N",
        help=translate("cli", "slide number (1-based)"),
    )
    shot.add_argument(
        "--step",
        type=int,
        default=None,
        metavar="K",
        help=translate("cli", "reveal step (1-based)"),
    )
    shot.add_argument("--out", required=True, metavar="F.png")
    shot.add_argument("--size", default="1920x1080", metavar="WxH")
    shot.add_argument("--high-contrast", action="store_true")

    handout = command(commands, "handout", translate("cli", "write a printable PDF of the deck"))
    handout.add_argument("out", metavar="OUT.pdf")
    handout.add_argument(
        "--notes", action="store_true", help=translate("cli", "slide and speaker notes per page")
    )

    results = command(
        commands, "results", translate("cli", "see, export, bundle and merge results")
    )
    add_results_actions(results)

    report = command(
        commands, "report", translate("cli", "write a workshop report (PDF) from the results")
    )
    report.add_argument("out", metavar="OUT.pdf", nargs="?")  # missing: a message, exit 1
    report.add_argument(
        "--names", action="store_true", help=translate("cli", "name the participants")
    )
    report.add_argument(
        "--date", metavar="D", help=translate("cli", "the workshop's date (kept for next time)")
    )
    report.add_argument(
        "--place", metavar="P", help=translate("cli", "the workshop's place (kept for next time)")
    )

    gift = command(
        commands, "import-gift", translate("cli", "check a Moodle GIFT file and copy it in")
    )
    gift.add_argument("file", metavar="FILE.gift")
    gift.add_argument(
        "--into", metavar="DECK_DIR", help=translate("cli", "copy into DECK_DIR/quizzes/")
    )

    new_deck = command(
        commands,
        "new-deck",
        translate("cli", "copy the built-in deck into a folder you can edit"),
        translate(
            "cli",
            "Copy the built-in deck (slides/, quizzes/, assets/) into DIR, which must be new or "
            "empty. Then `teachin present DIR` shows it, reloading as you edit, and remembers "
            "it; `teachin --builtin-deck` goes back to the built-in deck.",
        ),
    )
    new_deck.add_argument("dir", metavar="DIR")
    from teachin.room.cli import add_arguments as room_arguments  # argparse only, no server

    room_arguments(
        command(commands, "room", translate("cli", "open a live room for phones on the LAN"))
    )
    pin = command(
        commands, "pin", translate("cli", "set the kiosk's facilitator PIN (typed twice, unseen)")
    )
    pin.add_argument("action", choices=["set"])
    return parser


def add_results_actions(results: argparse.ArgumentParser) -> None:
    """``teachin results ACTION``: each action with its own arguments and ``--help``."""
    actions = results.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = command(
        actions, "show", translate("cli", "the results in words: per quiz, question, person")
    )
    show.add_argument(
        "quiz", nargs="?", metavar="QUIZ", help=translate("cli", "only this quiz (file stem)")
    )
    show.add_argument(
        "--hardest-first", action="store_true", help=translate("cli", "least share right first")
    )
    export = command(
        actions,
        "export",
        translate("cli", "every answer as CSV for a spreadsheet (no OUT: standard output)"),
    )
    export.add_argument("out", nargs="?", metavar="OUT.csv|-")
    export.add_argument(
        "--per-participant",
        action="store_true",
        help=translate("cli", "one row per participant and quiz"),
    )
    bundle = command(
        actions, "bundle", translate("cli", "this laptop's results as one file to carry")
    )
    bundle.add_argument("out", nargs="?", metavar="DIR|FILE.zip")
    merge = command(
        actions, "merge", translate("cli", "add other laptops' bundles to this database")
    )
    merge.add_argument("bundles", nargs="+", metavar="BUNDLE")


def main(argv: Sequence[str] | None = None) -> int:
    choose_language(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "quiz" and bool(args.room) != bool(args.code):
        parser.error(translate("cli", "quiz: --room ADDRESS and --code CODE go together"))
    paths.set_data_dir(getattr(args, "data_dir", None))
    if args.self_test:
        paths.set_deck_dir(getattr(args, "deck", None))
        target = "teachin.selftest:run_self_test"
    else:
        if args.command is None:  # plain `teachin` = `teachin present`
            args.command, args.deck_dir, args.slide, args.high_contrast = "present", None, 1, False
        target = COMMANDS[args.command]
        if args.command in WINDOWED_COMMANDS:
            if problem := _windowed_start(args):
                return problem
        else:
            paths.set_deck_dir(getattr(args, "deck", None))
    module_name, function_name = target.split(":")
    function = getattr(importlib.import_module(module_name), function_name)
    return int(function(args) or 0)


def choose_language(argv: Sequence[str] | None) -> None:
    """``--lang`` read before the parser is built, so that ``--help`` speaks it too."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang", choices=i18n.LANGUAGES)
    try:
        known, _ = early.parse_known_args(argv)
    except SystemExit:  # a wrong --lang: the full parser says so, in the system's language
        known = argparse.Namespace(lang=None)
    i18n.set_language(known.lang)
    i18n.argparse_in_language()


def _windowed_start(args: argparse.Namespace) -> int:
    """Log file, display check and the remembered deck for a command that opens windows;
    an exit code if it cannot start, else 0."""
    from teachin import display, logs

    logs.start(args.command)
    if missing := display.problem():
        logs.log.error(missing)
        return EXIT_FAILURE
    chosen = getattr(args, "deck_dir", None) or getattr(args, "deck", None)
    deck = paths.choose_deck(chosen, builtin=getattr(args, "builtin_deck", False))
    paths.set_deck_dir(deck)
    return 0


if __name__ == "__main__":
    sys.exit(main())
