"""``teachin room``: a live room without the presenter's windows (a spare laptop, or tests).

Without a presenter nobody moves from question to question, so the room opens one quiz that
each phone takes at its own pace: ``--quiz NAME`` (default ``pre``, the pre-workshop quiz), or
one question live for everyone with ``--live QUIZ/QUESTION``. The first line printed is
``room open: http://ADDRESS:PORT/ code CODE``; it runs until Ctrl+C or SIGTERM, then closes.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from teachin import paths
from teachin.i18n import translate


def _port(text: str) -> int:
    """A TCP port, 0 to 65535: a usage error (exit 2) otherwise, not a traceback from bind()."""
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        said = translate("room", "{text!r} is not a port (0 to 65535)")
        raise argparse.ArgumentTypeError(said.format(text=text))
    return port


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--port",
        type=_port,
        default=8765,
        metavar="N",
        help=translate("room", "port (default 8765; 0: any free one)"),
    )
    parser.add_argument(
        "--host", default="0.0.0.0", help=translate("room", "address to listen on (all by default)")
    )
    parser.add_argument("--code", help=translate("room", "room code (default: a new random one)"))
    parser.add_argument(
        "--quiz",
        default="pre",
        metavar="NAME",
        help=translate("room", "quiz each phone takes at its own pace (default: pre)"),
    )
    parser.add_argument(
        "--live", metavar="QUIZ/QUESTION", help=translate("room", "one question live instead")
    )
    parser.add_argument(
        "--address", help=translate("room", "address to show (when the laptop has several)")
    )
    parser.add_argument(
        "--no-announce", action="store_true", help=translate("room", "no mDNS announcement")
    )
    parser.add_argument(
        "--qr",
        action="store_true",
        help=translate("room", "print the join QR code in the terminal, to scan"),
    )
    parser.add_argument(
        "--max-phones",
        type=int,
        default=300,
        metavar="N",
        help=translate("room", "devices that may join (300)"),
    )
    parser.add_argument(
        "--joins-per-minute",
        type=float,
        default=30.0,
        metavar="N",
        help=translate(
            "room",
            "joins and wrong codes per network address (raise it when many phones share one "
            "address, e.g. behind a router, or for load tests on one machine)",
        ),
    )


def run_room(args: argparse.Namespace) -> int:
    from teachin.room import network
    from teachin.room.core import Limits
    from teachin.room.server import Room
    from teachin.store.db import StoreError

    def say(event: object) -> None:
        said = translate("room", "joined {joined}, answered {answered}")
        print(said.format(joined=event.joined, answered=event.answered), flush=True)

    room = Room(
        paths.data_dir(),
        paths.deck_dir(),
        args.host,
        args.port,
        args.code,
        limits=Limits(max_phones=args.max_phones, joins_per_minute=args.joins_per_minute),
        on_event=say,
        announce=not args.no_announce,
    )
    try:
        _check_choice(room, args)
        room.start()
    except (KeyError, StoreError, OSError) as error:
        print(f"teachin room: {error}", file=sys.stderr)
        return 1
    if args.address:
        room.use_address(args.address)
    if args.live:
        room.set_live(*args.live.split("/", 1))
    else:
        room.start_quiz(args.quiz)
    stop = threading.Event()  # handlers first: whoever reads the next line may signal at once
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: stop.set())
    # The first line's English words are read by scripts (docs at the top).
    print(f"room open: {room.url} code {room.code}", flush=True)  # untranslated: for scripts
    if args.qr:
        print(network.qr_text(room.join_url), flush=True)
    others = [a for a, _ in room.addresses() if a != room.address]
    if others:
        said = translate("room", "other addresses: {addresses} (choose one with --address)")
        print(said.format(addresses=", ".join(others)), flush=True)
    while not stop.wait(0.5):
        pass
    room.stop()
    print(translate("room", "room closed"), flush=True)
    return 0


def _check_choice(room: object, args: argparse.Namespace) -> None:
    quizzes = room.quizzes
    if args.live:
        quiz, _, question = args.live.partition("/")
        if quiz not in quizzes or question not in quizzes[quiz]:
            said = translate("room", "no question {question!r} in quiz {quiz!r}")
            raise KeyError(said.format(question=question, quiz=quiz))
    elif args.quiz not in quizzes:
        said = translate("room", "no quiz {quiz!r}; choose one of {names}")
        raise KeyError(said.format(quiz=args.quiz, names=", ".join(sorted(quizzes))))
