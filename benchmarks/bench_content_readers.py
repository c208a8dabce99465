"""Content readers on hostile input, each beside ordinary input of the same size, same run.

    python benchmarks/bench_content_readers.py [--sizes 20,120] [--runs 3]

For each size (KB), the CPU time to read: the deck's own quizzes (or slide modules) repeated to
that size (the baseline), and inputs that used to take quadratic or worse time: a GIFT answer
block of one long run of `~` or `=`, a block with an unknown escape on each line, one question
text repeated (each renamed "(n)"), an `[id:` never closed; a slide title, front matter value
and fence line with a long run of spaces inside. Printed as milliseconds and as a ratio to the
baseline: linear readers keep the ratio flat from one size to the next.
(Issue 11: a 120 KB run of `~` took 70-95 s; a title with 2,000 spaces inside took 14 s.)
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from teachin.content.gift import parse_gift
from teachin.content.slides import load_module

REPO = Path(__file__).resolve().parent.parent
QUIZ = Path("quizzes/bench.gift")
FRONT = "---\ntitle: T\nminutes: 5\n---\n"


def repeated(pattern: str, size: int) -> str:
    """The deck's files matching ``pattern``, joined and repeated to ``size`` characters."""
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(REPO.glob(pattern)))
    return (text * (size // len(text) + 1))[:size]


GIFT_CASES: dict[str, Callable[[int], str]] = {
    "deck quizzes (baseline)": lambda size: repeated("quizzes/*.gift", size),
    "run of ~": lambda size: "Q {" + "~" * size + "}",
    "run of =": lambda size: "Q {" + "=" * size + "}",
    "escape on each line": lambda size: "Q?" + " \\q\n" * (size // 4) + "{T}",
    "same text repeated": lambda size: "Same? {T}\n\n" * (size // 11),
    "[id: never closed": lambda size: "// [id:" * (size // 7) + "\nQ? {T}",
}
SLIDE_CASES: dict[str, Callable[[int], str]] = {
    "deck slides (baseline)": lambda size: FRONT + repeated("slides/*.md", size),
    "title with spaces": lambda size: FRONT + "# x" + " " * size + "y\n",
    "front matter spaces": lambda size: "---\ntitle: x" + " " * size + "y\nminutes: 5\n---\n# A\n",
    "fence line spaces": lambda size: FRONT + "# A\n```" + " " * size + "x y\n",
}


def cpu_ms(read: Callable[[str], object], text: str, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        read(text)
        best = min(best, time.process_time() - start)
    return best * 1000


def report(title: str, cases: dict[str, Callable[[int], str]], read, sizes, runs) -> None:
    print(f"\n{title}: CPU ms (ratio to the baseline of the same size)")
    print(f"{'input':26}" + "".join(f"{size:>9} KB{'':12}" for size in sizes))
    baselines = {
        size: cpu_ms(read, next(iter(cases.values()))(size * 1024), runs) for size in sizes
    }
    for number, (name, make) in enumerate(cases.items()):
        cells = []
        for size in sizes:
            spent = baselines[size] if number == 0 else cpu_ms(read, make(size * 1024), runs)
            cells.append(f"{spent:10.1f} ({spent / baselines[size]:5.2f}x)   ")
        print(f"{name:26}" + "".join(cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="20,120", help="input sizes in KB, comma-separated")
    parser.add_argument("--runs", type=int, default=3, help="best of this many runs")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    report("GIFT", GIFT_CASES, lambda text: parse_gift(text, QUIZ), sizes, args.runs)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "04-bench.md"

        def read_module(text: str) -> object:
            path.write_text(text, encoding="utf-8")
            return load_module(path)

        report("Slide modules", SLIDE_CASES, read_module, sizes, args.runs)


if __name__ == "__main__":
    main()
