"""Read one module file of slides/ (Markdown with a small front matter) into a `Module`.

A module never fails to load: whatever is wrong is returned as `Problem`s, and a module that
cannot be read at all becomes a single error slide so the rest of the deck still presents.
"""

from __future__ import annotations

import re
from pathlib import Path

from teachin.content.model import ChartPart, Module, Part, Problem, QuizPart, Slide, TextPart
from teachin.i18n import translate

FRONT_MATTER_KEYS = ("title", "minutes")
DIRECTIVES = ("notes", "sources")
QUIZ_KEYS = ("quiz", "question")
STEP_MARK = ". . ."
SLIDE_SEPARATOR = "---"

_ORDER = re.compile(r"^(\d+)")
_FENCE = re.compile(r"^(`{3,}|~{3,})\s*([\w-]*)\s*$")
_FENCE_CHARS = ("`", "~")  # most lines start with neither: no need to try the pattern
_DIRECTIVE = re.compile(r"^:::\s*([\w-]*)\s*$")
_TITLE = re.compile(r"^#\s+(.+?)\s*#*\s*$")
_KEY_VALUE = re.compile(r"^([\w-]+)\s*:\s*(.*?)\s*$")


def order_of(path: Path) -> int | None:
    """The order number a module's file name starts with (`03-roots.md` -> 3)."""
    match = _ORDER.match(path.name)
    return int(match.group(1)) if match else None


def load_module(path: Path, module_index: int = 0) -> tuple[Module, list[Problem]]:
    problems: list[Problem] = []
    order = order_of(path)
    if order is None:
        problems.append(
            Problem(
                path,
                1,
                translate(
                    "content", "file name must start with its order number, e.g. 03-roots.md"
                ),
            )
        )
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = path.read_bytes()[: error.start].count(b"\n") + 1
        problems.append(
            Problem(
                path,
                line,
                translate(
                    "content", "not UTF-8 text (byte 0x{value:02x}); save the file as UTF-8"
                ).format(value=error.object[error.start]),
            )
        )
        return _error_module(path, order, module_index, problems), problems
    except OSError as error:
        problems.append(
            Problem(
                path,
                1,
                translate("content", "cannot read file: {strerror}").format(
                    strerror=error.strerror
                ),
            )
        )
        return _error_module(path, order, module_index, problems), problems

    lines = text.splitlines()
    front, body_start = _read_front_matter(path, lines, problems)
    title = front.get("title") or path.stem
    minutes = _read_minutes(path, front, problems)
    if "title" not in front and front:
        problems.append(
            Problem(path, 1, translate("content", "front matter needs a 'title: ...' line"))
        )

    slides = [
        slide
        for start, chunk in _split_slides(lines, body_start)
        if (slide := _read_slide(path, start, chunk, module_index, problems)) is not None
    ]
    if not slides:
        problems.append(Problem(path, body_start + 1, translate("content", "module has no slides")))
        return _error_module(path, order, module_index, problems, title), problems
    module = Module(order=order or 0, title=title, minutes=minutes, path=path, slides=tuple(slides))
    return module, problems


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
) -> tuple[dict[str, str], int]:
    """Parse the `---` ... `---` block at the top; returns its keys and the first body line."""
    if not lines or lines[0].strip() != SLIDE_SEPARATOR:
        problems.append(
            Problem(
                path,
                1,
                translate(
                    "content",
                    "missing front matter: start the file with '---', 'title: ...', "
                    "'minutes: ...', '---'",
                ),
            )
        )
        return {}, 0
    front: dict[str, str] = {}
    for number, line in enumerate(lines[1:], start=2):
        if line.strip() == SLIDE_SEPARATOR:
            return front, number
        if not line.strip():
            continue
        match = _KEY_VALUE.match(line)
        if not match:
            problems.append(
                Problem(
                    path,
                    number,
                    translate("content", "front matter line is not 'key: value': {line!r}").format(
                        line=line
                    ),
                )
            )
        elif match.group(1) not in FRONT_MATTER_KEYS:
            problems.append(
                Problem(
                    path,
                    number,
                    translate(
                        "content", "unknown front matter key '{value}' (expected {names})"
                    ).format(value=match.group(1), names=", ".join(FRONT_MATTER_KEYS)),
                )
            )
        else:
            front[match.group(1)] = match.group(2)
    problems.append(
        Problem(
            path, 1, translate("content", "front matter is not closed: add a '---' line after it")
        )
    )
    return front, len(lines)


def _read_minutes(path: Path, front: dict[str, str], problems: list[Problem]) -> int:
    raw = front.get("minutes")
    if raw is None:
        if front:
            problems.append(
                Problem(path, 1, translate("content", "front matter needs a 'minutes: N' line"))
            )
        return 0
    if not raw.isdigit() or int(raw) <= 0:
        problems.append(
            Problem(
                path,
                1,
                translate("content", "minutes must be a whole number above 0, not {raw!r}").format(
                    raw=raw
                ),
            )
        )
        return 0
    return int(raw)


def _split_slides(lines: list[str], start: int) -> list[tuple[int, list[str]]]:
    """Split at `---` lines that are not inside a fenced block; keeps 1-based start lines."""
    chunks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    current_start = start + 1
    fence: str | None = None
    for number, line in enumerate(lines[start:], start=start + 1):
        stripped = line.strip()
        if fence is None and stripped == SLIDE_SEPARATOR:
            chunks.append((current_start, current))
            current, current_start = [], number + 1
            continue
        match = _FENCE.match(stripped) if stripped[:1] in _FENCE_CHARS else None
        if match:
            marker = match.group(1)
            if fence is None:
                fence = marker
            elif marker.startswith(fence[0]) and len(marker) >= len(fence) and not match.group(2):
                fence = None
        current.append(line)
    chunks.append((current_start, current))
    trimmed = []
    for first, chunk in chunks:
        blank = next((i for i, line in enumerate(chunk) if line.strip()), None)
        if blank is not None:  # a slide starts at its first non-blank line
            trimmed.append((first + blank, chunk[blank:]))
    return trimmed


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
) -> Slide | None:
    slide = _SlideBuilder(path, problems)
    index = 0
    while index < len(chunk):
        number, line = start + index, chunk[index]
        stripped = line.strip()
        fence = _FENCE.match(stripped) if stripped[:1] in _FENCE_CHARS else None
        directive = _DIRECTIVE.match(stripped) if stripped[:1] == ":" else None
        if fence and fence.group(2) in ("chart", "quiz"):
            index = _read_block(slide, fence.group(2), chunk, index, start)
            continue
        if fence:  # an ordinary code fence: shown as text, never run
            end = _closing_fence(chunk, index, fence.group(1))
            for offset in range(index, end + 1):
                slide.add_text(start + offset, chunk[offset] if offset < len(chunk) else "")
            index = end + 1
            continue
        if directive:
            index = _read_directive(slide, directive.group(1), chunk, index, start)
            continue
        if stripped == STEP_MARK:
            slide.flush_text()
            slide.step += 1
        elif slide.title is None and (title := _TITLE.match(stripped)):
            slide.title = title.group(1)
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


def _closing_fence(chunk: list[str], index: int, marker: str) -> int:
    for end in range(index + 1, len(chunk)):
        match = _FENCE.match(chunk[end].strip())
        if match and match.group(1)[0] == marker[0] and not match.group(2):
            return end
    return len(chunk)


def _read_block(slide: _SlideBuilder, kind: str, chunk: list[str], index: int, start: int) -> int:
    """A ```chart or ```quiz block of `key: value` lines; returns the index after it."""
    line_number = start + index
    end = _closing_fence(chunk, index, chunk[index].strip()[:3])
    if end >= len(chunk):
        slide.problems.append(
            Problem(
                slide.path,
                line_number,
                translate("content", "```{kind} block is not closed: add a ``` line").format(
                    kind=kind
                ),
            )
        )
    options: dict[str, str] = {}
    for offset in range(index + 1, min(end, len(chunk))):
        raw = chunk[offset].strip()
        if not raw or raw.startswith("#"):
            continue
        match = _KEY_VALUE.match(raw)
        if not match:
            slide.problems.append(
                Problem(
                    slide.path,
                    start + offset,
                    translate("content", "{kind} block line is not 'key: value': {raw!r}").format(
                        kind=kind, raw=raw
                    ),
                )
            )
            continue
        options[match.group(1)] = match.group(2)
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
                    line_number,
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
    return end + 1


def _read_directive(
    slide: _SlideBuilder, name: str, chunk: list[str], index: int, start: int
) -> int:
    """`::: notes` / `::: sources` up to the closing `:::`; returns the index after it."""
    line_number = start + index
    if not name:
        slide.problems.append(
            Problem(slide.path, line_number, translate("content", "':::' here closes nothing"))
        )
        return index + 1
    end = index + 1
    while end < len(chunk) and chunk[end].strip() != ":::":
        end += 1
    if end >= len(chunk):
        slide.problems.append(
            Problem(
                slide.path,
                line_number,
                translate("content", "'::: {name}' is not closed: add a ':::' line").format(
                    name=name
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
                translate("content", "unknown directive '::: {name}' (expected {names})").format(
                    name=name, names=" or ".join("::: " + d for d in DIRECTIVES)
                ),
            )
        )
    return end + 1
