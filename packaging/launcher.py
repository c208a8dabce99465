"""Entry point of the frozen app: ``teachin.__main__.main`` behind the fatal-error guard.

A fault that escapes start-up (unwritable data folder, full disk, damaged deck, ...) becomes a
message window and a console line instead of PyInstaller's traceback dialog or a silent exit.
"""

import sys

from teachin.startup_errors import run_guarded

if __name__ == "__main__":
    sys.exit(run_guarded())
