"""Read one module file of slides/ (Markdown with a small front matter) into a `Module`.

A module never fails to load: whatever is wrong is returned as `Problem`s, and a module that
cannot be read at all becomes a single error slide so the rest of the deck still presents.
"""

from __future__ import annotations

import re
from pathlib import Path

from teachin.content.model import ChartPart, Module, Part, Problem, QuizPart, Slide, TextPart
from teachin.content.text_file import one_line, quoted, read_text, shortened, split_lines
from teachin.i18n import translate

FRONT_MATTER_KEYS = ("title", "minutes")
DIRECTIVES = ("notes", "sources")
QUIZ_KEYS = ("quiz", "question")
STEP_MARK = ". . ."
SLIDE_SEPARATOR = "---"

MAX_MINUTES = 600  # a module planned for over ten hours is a typo
ORDER_DIGITS = 6

# Possessive quantifiers (*+, ++) never backtrack: each pattern takes time linear in the line,
# where `\s*(.*?)\s*$` took quadratic time on a line with a long run of spaces inside.
_ORDER = re.compile(r"^[0-9]++")
_FENCE = re.compile(r"^(`{3,}+|~{3,}+)\s*+([\w-]*+)\s*+$")
_FENCE_CHARS = ("`", "~")  # most lines start with neither: no need to try the pattern
_DIRECTIVE = re.compile(r"^:::\s*+([\w-]*+)\s*+$")
_TITLE = re.compile(r"^#\s++(.+)$")
_KEY_VALUE = re.compile(r"^([\w-]++)\s*+:(.*)$")
_MINUTES = re.compile(r"[0-9]{1,3}")


def order_of(path: Path) -> int | None:
    """The order number a module's file name starts with (`03-roots.md` -> 3); None without
    one, or with more than ORDER_DIGITS digits."""
    match = _ORDER.match(path.name)
    return int(match.group()) if match and len(match.group()) <= ORDER_DIGITS else None


def key_value(line: str) -> tuple[str, str] | None:
    """A stripped ``key: value`` line as (key, value with its spaces trimmed), else None."""
    match = _KEY_VALUE.match(line)
    return (match.group(1), match.group(2).strip()) if match else None


def load_module(path: Path, module_index: int = 0) -> tuple[Module, list[Problem]]:
    """The module in ``path`` and every problem found; never raises for what the file holds."""
    problems: list[Problem] = []
    module = _load_module(path, module_index, problems)
    # Whatever text a message quotes, a problem stays one `path:line: message` line.
    return module, [problem._replace(message=one_line(problem.message)) for problem in problems]


def _load_module(path: Path, module_index: int, problems: list[Problem]) -> Module:
    order = order_of(path)
    if order is None:
        too_long = path.name[:1].isascii() and path.name[:1].isdigit()
        message = (
            f"the order number at the start of the file name has over {ORDER_DIGITS} digits"
            if too_long
            else "file name must start with its order number, e.g. 03-roots.md"
        )
        problems.append(Problem(path, 1, message))
    text, unreadable = read_text(path)
    if text is None:
        problems.append(unreadable)
        return _error_module(path, order, module_index, problems)

    lines = split_lines(text.removeprefix("\ufeff"))
    front, body_start = _read_front_matter(path, lines, problems)
    title = front["title"][1] if front.get("title", (0, ""))[1] else path.stem
    minutes = _read_minutes(path, front, problems)
    if "title" not in front and front:
        problems.append(
            Problem(path, 1, translate("content", "front matter needs a 'title: ...' line"))
        )
    elif "title" in front and not front["title"][1]:
        problems.append(
            Problem(path, front["title"][0], translate("content", "the title is empty"))
        )

    slides = [
        _read_slide(path, start, chunk, module_index, problems)
        for start, chunk in _split_slides(lines, body_start)
    ]
    if not slides:
        problems.append(
            Problem(
                path, min(body_start + 1, len(lines)), translate("content", "module has no slides")
            )
        )
        return _error_module(path, order, module_index, problems, title)
    return Module(order=order or 0, title=title, minutes=minutes, path=path, slides=tuple(slides))


def _error_module(
    path: Path,
    order: int | None,
    module_index: int,
    problems: list[Problem],
    title: str | None = None,
) -> Module:
    """A module that could not be read: one slide that says so, so the show can go on."""
    message = "\n".join(str(problem) for problem in problems)
    slide = Slide(
        title=f"{title or path.name}: could not be loaded",
        parts=(),
        notes="Fix the file and run `teachin check`; the deck reloads when it is saved.",
        sources=(),
        path=path,
        line=problems[0].line if problems else 1,
        module_index=module_index,
        error=message,
    )
    return Module(order=order or 0, title=title or path.stem, minutes=0, path=path, slides=(slide,))


def _read_front_matter(
    path: Path, lines: list[str], problems: list[Problem]
) -> tuple[dict[str, tuple[int, str]], int]:
    """Parse the `---` ... `---` block at the top: its keys as (line, value), and the index of
    the first body line. Without its closing `---`, the front matter ends at the first line that
    is not `key: value` (or at a `# ` slide title), reported once, so no slide is lost."""
    if not lines or lines[0].strip() != SLIDE_SEPARATOR:
        problems.append(
            Problem(
                path,
                1,
                translate(
                    "content",
                    "missing front matter: start the file with '---', 'title: ...', 'minutes: "
                    "...', '---'",
                ),
            )
        )
        return {}, 0
    closed = any(line.strip() == SLIDE_SEPARATOR for line in lines[1:])
    front: dict[str, tuple[int, str]] = {}
    for number, line in enumerate(lines[1:], start=2):
        stripped = line.strip()
        if stripped == SLIDE_SEPARATOR:
            return front, number
        if not stripped:
            continue
        pair = key_value(stripped)
        if pair is None and (not closed or _TITLE.match(stripped)):
            break  # the closing `---` is missing: the slides start here
        if pair is None:
            problems.append(
                Problem(
                    path,
                    number,
                    translate("content", "front matter line is not 'key: value': {quoted}").format(
                        quoted=quoted(line)
                    ),
                )
            )
        elif pair[0] not in FRONT_MATTER_KEYS:
            problems.append(
                Problem(
                    path,
                    number,
                    translate(
                        "content", "unknown front matter key '{pair}' (expected {names})"
                    ).format(pair=pair[0], names=", ".join(FRONT_MATTER_KEYS)),
                )
            )
        elif pair[0] in front:
            first = front[pair[0]][0]
            problems.append(
                Problem(
                    path,
                    number,
                    translate("content", "'{pair}' is set twice (first on line {first})").format(
                        pair=pair[0], first=first
                    ),
                )
            )
        else:
            front[pair[0]] = (number, pair[1])
    else:
        number = len(lines) + 1
    problems.append(
        Problem(
            path, 1, translate("content", "front matter is not closed: add a '---' line after it")
        )
    )
    return front, number - 1


def _read_minutes(path: Path, front: dict[str, tuple[int, str]], problems: list[Problem]) -> int:
    if "minutes" not in front:
        if front:
            problems.append(
                Problem(path, 1, translate("content", "front matter needs a 'minutes: N' line"))
            )
        return 0
    line, raw = front["minutes"]
    # Not str.isdigit(): it takes '²', which int() refuses, and any number of digits.
    if not _MINUTES.fullmatch(raw) or not 1 <= int(raw) <= MAX_MINUTES:
        problems.append(
            Problem(
                path,
                line,
                translate(
                    "content",
                    "minutes must be a whole number from 1 to {MAX_MINUTES}, not {quoted}",
                ).format(MAX_MINUTES=MAX_MINUTES, quoted=quoted(raw)),
            )
        )
        return 0
    return int(raw)


def _split_slides(lines: list[str], start: int) -> list[tuple[int, list[str]]]:
    """Split at `---` lines that are not inside a fenced block; keeps 1-based start lines.
    A fence never closed is no fence here: it must not swallow the slides after it (the slide
    reader reports it)."""
    chunks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    current_start = start + 1
    closings = _Closings(lines[start:])
    open_until: int | None = None  # the index (in lines[start:]) of the open fence's closing
    for index, line in enumerate(lines[start:]):
        number = start + index + 1
        if open_until is None and line.strip() == SLIDE_SEPARATOR:
            chunks.append((current_start, current))
            current, current_start = [], number + 1
            continue
        if open_until == index:
            open_until = None
        elif open_until is None and (marker := _fence_marker(line.strip())):
            open_until = closings.end(index, marker)
        current.append(line)
    chunks.append((current_start, current))
    trimmed = []
    for first, chunk in chunks:
        blank = next((i for i, line in enumerate(chunk) if line.strip()), None)
        if blank is not None:  # a slide starts at its first non-blank line
            trimmed.append((first + blank, chunk[blank:]))
    return trimmed


def _fence_marker(stripped: str) -> str | None:
    """The backticks or tildes opening a fence on this (stripped) line, else None."""
    match = _FENCE.match(stripped) if stripped[:1] in _FENCE_CHARS else None
    return match.group(1) if match else None


class _Closings:
    """Where fences can close in a run of lines, worked out in one pass, so that looking for a
    fence's end never rescans the lines after it: many unclosed fences stay linear."""

    def __init__(self, lines: list[str]) -> None:
        self.sizes: list[tuple[str, int]] = []  # (fence character, length) of a bare fence line
        for line in lines:
            stripped = line.strip()
            match = _FENCE.match(stripped) if stripped[:1] in _FENCE_CHARS else None
            bare = match is not None and not match.group(2)
            self.sizes.append((match.group(1)[0], len(match.group(1))) if bare else ("", 0))
        # longest[c][i]: the longest bare fence of character c at index i or later
        self.longest = {c: [0] * (len(lines) + 1) for c in _FENCE_CHARS}
        for index in range(len(lines) - 1, -1, -1):
            char, size = self.sizes[index]
            for c, longest in self.longest.items():
                longest[index] = max(longest[index + 1], size if c == char else 0)

    def end(self, index: int, marker: str) -> int | None:
        """The index of the line closing the fence ``marker`` opened at ``index``, or None."""
        char, size = marker[0], len(marker)
        if self.longest[char][index + 1] < size:
            return None
        end = index + 1
        while self.sizes[end][0] != char or self.sizes[end][1] < size:
            end += 1
        return end


class _SlideBuilder:
    """One slide as it is read. (A plain class: a dataclass costs ~1.4 ms to build at import,
    on the way to the first slide.)"""

    def __init__(self, path: Path, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems
        self.title: str | None = None
        self.parts: list[Part] = []
        self.notes: list[str] = []
        self.sources: list[str] = []
        self.text: list[str] = []
        self.text_line = 0
        self.step = 0

    def add_text(self, number: int, line: str) -> None:
        if not self.text:
            if not line.strip():
                return
            self.text_line = number
        self.text.append(line)

    def flush_text(self) -> None:
        markdown = "\n".join(self.text).strip()
        if markdown:
            self.parts.append(TextPart(markdown=markdown, step=self.step, line=self.text_line))
        self.text = []


def _read_slide(
    path: Path, start: int, chunk: list[str], module_index: int, problems: list[Problem]
) -> Slide:
    slide = _SlideBuilder(path, problems)
    closings = _Closings(chunk)
    index = 0
    while index < len(chunk):
        number, line = start + index, chunk[index]
        stripped = line.strip()
        fence = _FENCE.match(stripped) if stripped[:1] in _FENCE_CHARS else None
        directive = _DIRECTIVE.match(stripped) if stripped[:1] == ":" else None
        if fence and fence.group(2) in ("chart", "quiz"):
            index = _read_block(
                slide, fence.group(2), fence.group(1), chunk, index, start, closings
            )
            continue
        if fence:  # an ordinary code fence: shown as text, never run
            end = closings.end(index, fence.group(1))
            if end is None:
                marker = shortened(fence.group(1), 10)
                problems.append(
                    Problem(
                        path,
                        number,
                        translate(
                            "content", "this {marker} fence is not closed: add a {marker} line"
                        ).format(marker=marker),
                    )
                )
                end = len(chunk) - 1
            for offset in range(index, end + 1):
                slide.add_text(start + offset, chunk[offset])
            index = end + 1
            continue
        if directive:
            index = _read_directive(slide, directive.group(1), chunk, index, start)
            continue
        if stripped == STEP_MARK:
            slide.flush_text()
            slide.step += 1
        elif slide.title is None and (title := _TITLE.match(stripped)):
            slide.title = _title_text(title.group(1))
        else:
            slide.add_text(number, line)
        index += 1
    slide.flush_text()

    if slide.title is None:
        problems.append(
            Problem(
                path,
                start,
                translate("content", "slide has no title: start it with a '# Title' line"),
            )
        )
    # A trailing `. . .` with nothing after it would add a step that shows nothing.
    last_step = max((part.step for part in slide.parts), default=0)
    if slide.step > last_step:
        problems.append(
            Problem(
                path, start, translate("content", "'. . .' at the end of the slide reveals nothing")
            )
        )
    return Slide(
        title=slide.title or "Untitled slide",
        parts=tuple(slide.parts),
        notes="\n".join(slide.notes).strip(),
        sources=tuple(line.strip() for line in slide.sources if line.strip()),
        path=path,
        line=start,
        module_index=module_index,
    )


def _title_text(text: str) -> str:
    """A heading's text without the closing #s Markdown allows (`# Roots ##` -> Roots)."""
    return text.rstrip().rstrip("#").rstrip() or text[:1]


def _read_block(
    slide: _SlideBuilder,
    kind: str,
    marker: str,
    chunk: list[str],
    index: int,
    start: int,
    closings: _Closings,
) -> int:
    """A ```chart or ```quiz block of `key: value` lines; returns the index after it. Without
    its closing fence the block ends at its first line that is not `key: value` (reported
    once), and the slide goes on from there."""
    line_number = start + index
    end = closings.end(index, marker)
    after = end + 1 if end is not None else 0
    if end is None:
        slide.problems.append(
            Problem(
                slide.path,
                line_number,
                translate("content", "```{kind} block is not closed: add a ``` line").format(
                    kind=kind
                ),
            )
        )
        end = index + 1
        while end < len(chunk) and (_is_comment(chunk[end]) or key_value(chunk[end].strip())):
            end += 1
        after = end
    options: dict[str, str] = {}
    lines: dict[str, int] = {}
    for offset in range(index + 1, end):
        raw = chunk[offset].strip()
        if not raw or raw.startswith("#"):
            continue
        pair = key_value(raw)
        if pair is None:
            slide.problems.append(
                Problem(
                    slide.path,
                    start + offset,
                    translate("content", "{kind} block line is not 'key: value': {quoted}").format(
                        kind=kind, quoted=quoted(raw)
                    ),
                )
            )
        elif pair[0] in options:
            message = f"'{pair[0]}' is set twice (first on line {lines[pair[0]]})"
            slide.problems.append(Problem(slide.path, start + offset, message))
        else:
            options[pair[0]], lines[pair[0]] = pair[1], start + offset
    slide.flush_text()
    if kind == "chart":
        if not options.get("kind"):
            slide.problems.append(
                Problem(
                    slide.path, line_number, translate("content", "chart block needs 'kind: ...'")
                )
            )
        slide.parts.append(ChartPart(options=options, step=slide.step, line=line_number))
    else:
        for key in options.keys() - set(QUIZ_KEYS):
            slide.problems.append(
                Problem(
                    slide.path,
                    lines[key],
                    translate(
                        "content", "unknown quiz block key '{key}' (expected {names})"
                    ).format(key=key, names=", ".join(QUIZ_KEYS)),
                )
            )
        if not options.get("quiz"):
            slide.problems.append(
                Problem(
                    slide.path, line_number, translate("content", "quiz block needs 'quiz: NAME'")
                )
            )
        else:
            slide.parts.append(
                QuizPart(options["quiz"], options.get("question") or None, slide.step, line_number)
            )
    return after


def _is_comment(line: str) -> bool:
    stripped = line.strip()
    return stripped.startswith("#") and not _TITLE.match(stripped)


def _read_directive(
    slide: _SlideBuilder, name: str, chunk: list[str], index: int, start: int
) -> int:
    """`::: notes` / `::: sources` up to the closing `:::`; returns the index after it. The
    next `::: name` line ends one never closed (it opens the next block, not part of this)."""
    line_number = start + index
    if not name:
        slide.problems.append(
            Problem(slide.path, line_number, translate("content", "':::' here closes nothing"))
        )
        return index + 1
    end = index + 1
    while end < len(chunk):
        stripped = chunk[end].strip()
        if stripped == ":::":
            break
        if stripped[:1] == ":" and (opening := _DIRECTIVE.match(stripped)) and opening.group(1):
            break
        end += 1
    closed = end < len(chunk) and chunk[end].strip() == ":::"
    shown = shortened(name, 30)
    if not closed:
        slide.problems.append(
            Problem(
                slide.path,
                line_number,
                translate("content", "'::: {shown}' is not closed: add a ':::' line").format(
                    shown=shown
                ),
            )
        )
    content = chunk[index + 1 : end]
    if name == "notes":
        slide.notes.extend(content)
    elif name == "sources":
        slide.sources.extend(content)
    else:
        slide.problems.append(
            Problem(
                slide.path,
                line_number,
                translate("content", "unknown directive '::: {shown}' (expected {names})").format(
                    shown=shown, names=" or ".join("::: " + d for d in DIRECTIVES)
                ),
            )
        )
    return end + 1 if closed else end
