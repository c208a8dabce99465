"""`teachin new-deck DIR`: the built-in deck, copied where an author can edit it.

The bundle's own deck sits inside the app folder (read-only on a USB stick, replaced by the
next version), so authors start from a copy: slides/, quizzes/ and assets/ (data, fonts; not
the app's own icons).
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from teachin import paths
from teachin.i18n import translate

DECK_PARTS = ("slides", "quizzes", "assets")


def new_deck(target: Path, source: Path | None = None) -> Path:
    """Copy the deck at ``source`` (the built-in one) into ``target``, which must be missing
    or empty; raises ValueError (with a message for the author) otherwise."""
    source = source or paths.builtin_deck()
    target = target.expanduser().resolve()
    if target.exists() and not target.is_dir():
        message = translate("new_deck", "{folder}: is a file; name a new folder")
        raise ValueError(message.format(folder=target))
    if target.is_dir() and any(target.iterdir()):
        message = translate(
            "new_deck",
            "{folder}: the folder is not empty; name a new or empty folder "
            "(nothing was copied, nothing in it was changed)",
        )
        raise ValueError(message.format(folder=target))
    if source == target or source in target.parents:
        message = translate(
            "new_deck", "{folder}: is inside the built-in deck; name a folder elsewhere"
        )
        raise ValueError(message.format(folder=target))
    target.mkdir(parents=True, exist_ok=True)
    for part in DECK_PARTS:
        if (source / part).is_dir():
            shutil.copytree(
                source / part, target / part, ignore=shutil.ignore_patterns("__*", "icons")
            )
    return target


def run_new_deck(args: argparse.Namespace) -> int:
    try:
        target = new_deck(Path(args.dir))
    except ValueError as error:
        print(f"teachin new-deck: {error}", file=sys.stderr)  # untranslated: names only
        return 1
    except OSError as error:
        where = error.filename or args.dir
        print(f"teachin new-deck: {where}: {error.strerror}", file=sys.stderr)
        return 1
    done = translate(
        "new_deck",
        "copied the built-in deck to {folder}\n"
        "edit it, check it with: teachin check {folder}\n"
        "present it with:        teachin present {folder}   (remembered for next time)\n"
        "back to the built-in deck: teachin --builtin-deck",
    )
    print(done.format(folder=target))
    return 0
