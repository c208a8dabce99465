"""Every results summary, computed in one place (no Qt, no SQL).

The results window, ``teachin results show``, the CSV exports, the workshop report and the
room chart all read their numbers from here (or, for the median and the counts per choice, from
``content.room_chart``, which this module uses), so they agree to the digit.

The store hands over plain rows (``store.results`` reads them): ``Taking`` (one attempt) and
``Given`` (the answer that counts of one attempt to one question). Responses are stored as
indexes in the quiz file's order, never in the shuffled order a participant saw
(``quiz.response``), so a choice's words are ``question.choices[index].text``.

Who is who: a person is a nickname, compared without case or surrounding spaces, so someone
who took the pre-workshop quiz on one laptop and the post-workshop quiz on another is paired.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from teachin.content.data import format_number
from teachin.content.gift import Question, Quiz
from teachin.content.room_chart import choice_counts, choice_words, median, room_question
from teachin.i18n import count_text, number_text, percent_text, translate
from teachin.quiz import pairing

CHOICE_WORDS_KINDS = ("single", "truefalse", "poll", "multiple")


# Taking and Given are named tuples, not dataclasses: a results window makes one per attempt
# and per answer (100,000 of them), and a tuple is made several times quicker.
class Taking(NamedTuple):
    """One attempt at one quiz."""

    id: str
    quiz: str
    nickname: str
    started_at: str  # ISO UTC
    finished: bool

    @property
    def person(self) -> str:
        """Who, for pairing."""
        return person_key(self.nickname)


class Given(NamedTuple):
    """The answer that counts (the latest) of one attempt to one question; cleared ones are
    not given."""

    attempt: str
    question: str
    response: Any  # decoded JSON, as quiz.response defines it
    correct: bool | None  # as marked when it was answered; None: not a marked question
    points: float | None


@functools.lru_cache(maxsize=4096)  # a workshop has a few dozen names, read for every attempt
def person_key(nickname: str) -> str:
    return " ".join(nickname.split()).casefold()


# --- one answer in words ----------------------------------------------------------------------


def words(question: Question | None, response: Any) -> str:
    """A stored response as the participant saw it: the choice's text, the number, the
    matches; the raw value when the quiz no longer has that question or option."""
    if response is None:
        return ""
    if question is None:
        return _raw(response)
    kind = question.kind
    try:
        if kind in ("single", "truefalse", "poll"):
            return choice_words(kind, _pick(question.choices, response).text)
        if kind == "multiple":
            return "; ".join(_pick(question.choices, i).text for i in response)
        if kind == "ordering":
            return " → ".join(_pick(question.choices, i).text for i in response)
        if kind == "matching":
            prompts, options = question.match_prompts, question.match_options
            return "; ".join(
                f"{prompt} → {'—' if i is None else _pick(options, i)}"
                for prompt, i in zip(prompts, response, strict=True)
            )
        if kind == "numeric":
            return format_number(float(response))
    except (IndexError, TypeError, ValueError):
        return _raw(response)  # the quiz file changed since: say what was stored
    return str(response)


def _pick(items: Sequence[Any], index: Any) -> Any:
    if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < len(items):
        raise IndexError(index)
    return items[index]


def _raw(response: Any) -> str:
    return json.dumps(response, ensure_ascii=False, sort_keys=True)  # as the store keeps it


def share_text(share: float | None) -> str:
    return "—" if share is None else percent_text(100 * share)


# --- estimates --------------------------------------------------------------------------------


def percentile(ordered: Sequence[float], share: float) -> float:
    """Linear interpolation between sorted values (``share`` 0.5 is ``median``)."""
    at = share * (len(ordered) - 1)
    low = math.floor(at)
    high = min(low + 1, len(ordered) - 1)
    return float(ordered[low]) + (at - low) * (float(ordered[high]) - float(ordered[low]))


@dataclass(frozen=True)
class Estimate:
    """What the room guessed: the median, the middle half of the answers (the spread), the
    lowest and highest, and the true figure if the quiz has one."""

    values: tuple[float, ...]  # sorted
    median: float
    quarter: float  # a quarter of the answers are at or below this
    three_quarters: float
    truth: float | None

    @classmethod
    def of(cls, numbers: Iterable[float], truth: float | None) -> Estimate | None:
        ordered = tuple(sorted(float(n) for n in numbers if math.isfinite(float(n))))
        if not ordered:
            return None
        middle = median(ordered)
        assert middle is not None
        return cls(ordered, middle, percentile(ordered, 0.25), percentile(ordered, 0.75), truth)

    def text(self) -> str:
        """ "median 1,400 (middle half 1,100 to 1,700; 800 to 2,000 in all)"."""
        n = format_number
        text = translate(
            "ResultsSummary",
            "median {median} (middle half {low} to {high}; {lowest} to {highest} in all)",
        ).format(
            median=n(self.median),
            low=n(self.quarter),
            high=n(self.three_quarters),
            lowest=n(self.values[0]),
            highest=n(self.values[-1]),
        )
        if self.truth is None:
            return text
        return text + translate("ResultsSummary", "; true figure {n}").format(n=n(self.truth))


# --- per question -----------------------------------------------------------------------------


@dataclass(frozen=True)
class QuestionSummary:
    name: str
    text: str
    kind: str
    answered: int  # attempts whose answer counts
    bars: tuple[tuple[str, int], ...]  # answers in words and how many gave each
    right: tuple[str, ...]  # the choices that earn full or part credit (choice questions)
    marked: int  # answers marked right or wrong
    right_count: int
    estimate: Estimate | None = None

    @property
    def share_right(self) -> float | None:
        """Of the answers marked right or wrong, the share marked right (None: no right answer)."""
        return self.right_count / self.marked if self.marked else None

    def answers_text(self, limit: int = 4) -> str:
        """What was answered, in words, for a line of text."""
        if self.estimate is not None:
            return self.estimate.text()
        given = [(label, count) for label, count in self.bars if count]
        shown = ", ".join(f"{label} ×{count_text(count)}" for label, count in given[:limit])
        more = len(given) - limit
        return shown + (
            translate("ResultsSummary", ", and {more} other answer(s)").format(
                more=count_text(more)
            )
            if more > 0
            else ""
        )


def summarize_question(question: Question, given: Sequence[Given]) -> QuestionSummary:
    responses = [g.response for g in given if g.response is not None]
    marks = [g.correct for g in given if g.response is not None and g.correct is not None]
    room = room_question(question)
    estimate = None
    if question.kind in CHOICE_WORDS_KINDS:
        labels, counts = choice_counts(responses, room.choices)
        said = (choice_words(question.kind, label) for label in labels)
        bars = tuple(zip(said, counts, strict=True))
    elif question.kind == "numeric":
        estimate = Estimate.of((r for r in responses if isinstance(r, int | float)), room.truth)
        bars = ()
    else:  # typed text, matches, orders: each distinct answer, most given first
        bars = _distinct_in_words(question, responses)
    return QuestionSummary(
        question.name,
        question.text,
        question.kind,
        len(responses),
        bars,
        tuple(choice_words(question.kind, right) for right in room.right),
        len(marks),
        sum(marks),
        estimate,
    )


def _distinct_in_words(
    question: Question | None, responses: Sequence[Any]
) -> tuple[tuple[str, int], ...]:
    """Each distinct answer in words and how many gave it, most given first. Counted as stored
    first, then put in words once per distinct answer (thousands of answers, a few dozen
    distinct ones)."""
    # Most responses are plain values (a number, a text): keyed without a call each.
    counted = Counter(
        _key(r) if isinstance(r, list | dict) else (type(r).__name__, r) for r in responses
    )
    worded: Counter[str] = Counter()
    for key, count in counted.items():
        worded[words(question, _unkey(key))] += count
    return tuple(sorted(worded.items(), key=lambda item: (-item[1], item[0])))


def _key(value: Any) -> Any:
    """A response as a dict key: lists become tuples; the type is kept, so 1, 1.0 and true
    (which compare equal) stay apart."""
    if isinstance(value, list):
        return ("list", tuple(_key(v) for v in value))
    if isinstance(value, dict):
        return ("json", json.dumps(value, sort_keys=True))
    return (type(value).__name__, value)


def _unkey(key: Any) -> Any:
    kind, value = key
    if kind == "list":
        return [_unkey(v) for v in value]
    if kind == "json":
        return json.loads(value)
    return value


# --- per quiz ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuizSummary:
    name: str
    title: str
    took_part: int  # people (nicknames) with an attempt
    attempts: int
    finished: int  # attempts handed in (or timed out)
    questions: tuple[QuestionSummary, ...]  # in the quiz's order

    def hardest_first(self) -> tuple[QuestionSummary, ...]:
        """Least share right first; questions without a right answer (or no answers) last, in
        the quiz's order."""
        marked = [q for q in self.questions if q.share_right is not None]
        rest = [q for q in self.questions if q.share_right is None]
        return tuple(sorted(marked, key=lambda q: q.share_right)) + tuple(rest)  # type: ignore[arg-type, return-value]


def summarize_quiz(
    quiz: Quiz | str, takings: Sequence[Taking], given: Sequence[Given]
) -> QuizSummary:
    """``quiz`` or, for answers to a quiz this deck no longer has, its name. ``takings`` and
    ``given`` may hold other quizzes' rows: only this quiz's are used. Questions answered but no
    longer in the quiz file come last, their answers as stored."""
    name = quiz if isinstance(quiz, str) else quiz.name
    mine = {t.id: t for t in takings if t.quiz == name}
    by_question: dict[str, list[Given]] = defaultdict(list)
    for g in given:
        if g.attempt in mine:
            by_question[g.question].append(g)
    asked = () if isinstance(quiz, str) else quiz.questions
    questions = [
        summarize_question(q, by_question.pop(q.name, ())) for q in asked if q.kind != "description"
    ]
    questions += [_stored_only(n, answers) for n, answers in sorted(by_question.items())]
    return QuizSummary(
        name,
        name if isinstance(quiz, str) else quiz.title or name,
        len({t.person for t in mine.values()}),
        len(mine),
        sum(t.finished for t in mine.values()),
        tuple(questions),
    )


def _stored_only(name: str, given: Sequence[Given]) -> QuestionSummary:
    """A question the quiz file no longer has: its answers as stored, its marks as given."""
    answered = [g for g in given if g.response is not None]
    marks = [g.correct for g in answered if g.correct is not None]
    bars = _distinct_in_words(None, [g.response for g in answered])
    text = translate("ResultsSummary", "{name} (no longer in the quiz file)").format(name=name)
    return QuestionSummary(name, text, "", len(answered), bars, (), len(marks), sum(marks))


# --- per participant --------------------------------------------------------------------------


@dataclass(frozen=True)
class ParticipantSummary:
    nickname: str
    quiz: str
    attempt: str
    started_at: str
    finished: bool
    answered: int
    right: int
    points: float


def participants(takings: Sequence[Taking], given: Sequence[Given]) -> list[ParticipantSummary]:
    """One row per attempt, by quiz and then in the order they started."""
    answered: Counter[str] = Counter()
    right: Counter[str] = Counter()
    points: dict[str, float] = defaultdict(float)
    for g in given:
        if g.response is None:
            continue
        answered[g.attempt] += 1
        right[g.attempt] += bool(g.correct)
        points[g.attempt] += g.points or 0.0
    ordered = sorted(takings, key=lambda t: (t.quiz, t.started_at, t.id))
    return [
        ParticipantSummary(
            t.nickname,
            t.quiz,
            t.id,
            t.started_at,
            t.finished,
            answered[t.id],
            right[t.id],
            points[t.id],
        )
        for t in ordered
    ]


# --- pre against post -------------------------------------------------------------------------


@dataclass(frozen=True)
class Side:
    """One side (before or after) of a comparison: the share right and how many people it rests
    on; for a question without a right answer, the most given answer instead."""

    share: float | None
    people: int
    most_given: str = ""


@dataclass(frozen=True)
class Change:
    name: str  # the core question's name, or "" for the overall figure
    text: str
    scored: bool
    before: Side  # everyone who answered before
    after: Side  # everyone who answered after
    paired_before: Side  # only the people who answered both times
    paired_after: Side

    @property
    def change(self) -> float | None:
        return _difference(self.before, self.after)

    @property
    def paired_change(self) -> float | None:
        return _difference(self.paired_before, self.paired_after)

    @property
    def paired(self) -> bool:
        """Whether the headline figure pairs people: yes where some answered both times."""
        return self.paired_before.people > 0

    def headline(self) -> tuple[Side, Side, float | None]:
        """The figure to show when there is room for one: paired by person where the same
        people answered both times, everyone otherwise."""
        if self.paired:
            return self.paired_before, self.paired_after, self.paired_change
        return self.before, self.after, self.change

    def rests_on(self) -> str:
        """How many people the headline figure rests on, in words."""
        if self.paired:
            n = self.paired_before.people
            if n == 1:
                return translate("ResultsSummary", "1 person who answered both times")
            return translate("ResultsSummary", "{n} people who answered both times").format(
                n=count_text(n)
            )
        if not (self.before.people or self.after.people):
            return translate("ResultsSummary", "nobody answered")
        return translate(
            "ResultsSummary", "{before} before, {after} after (not the same people)"
        ).format(before=count_text(self.before.people), after=count_text(self.after.people))


def _difference(before: Side, after: Side) -> float | None:
    if before.share is None or after.share is None:
        return None
    return after.share - before.share


@dataclass(frozen=True)
class PrePost:
    pre: str
    post: str
    questions: tuple[Change, ...]
    overall: Change  # every marked core answer pooled

    def points_text(self, change: float | None) -> str:
        return (
            "—"
            if change is None
            else translate("ResultsSummary", "{change} points").format(
                change=number_text(f"{100 * change:+.0f}")
            )
        )


def _latest_by_person(
    quiz: Quiz, takings: Sequence[Taking], given: Sequence[Given]
) -> dict[str, dict[str, Given]]:
    """question name -> person -> the answer of that person's latest attempt that answered it."""
    mine = {t.id: t for t in takings if t.quiz == quiz.name}
    result: dict[str, dict[str, tuple[str, Given]]] = defaultdict(dict)
    for g in given:
        taking = mine.get(g.attempt)
        if taking is None or g.response is None:
            continue
        seen = result[g.question].get(taking.person)
        if seen is None or taking.started_at >= seen[0]:
            result[g.question][taking.person] = (taking.started_at, g)
    return {q: {p: g for p, (_, g) in people.items()} for q, people in result.items()}


def _side(question: Question, answers: Mapping[str, Given], people: Iterable[str]) -> Side:
    chosen = [answers[p] for p in people]
    if not chosen:
        return Side(None, 0)
    marks = [g.correct for g in chosen if g.correct is not None]
    if marks:
        return Side(sum(marks) / len(marks), len(chosen))
    top, count = Counter(words(question, g.response) for g in chosen).most_common(1)[0]
    return Side(None, len(chosen), f"{top} ({percent_text(100 * count / len(chosen))})")


def _pooled(
    core: Sequence[tuple[Mapping[str, Given], Mapping[str, Given]]], paired: bool
) -> tuple[Side, Side]:
    before: list[bool] = []
    after: list[bool] = []
    people_before: set[str] = set()
    people_after: set[str] = set()
    for pre_answers, post_answers in core:
        both = pre_answers.keys() & post_answers.keys()
        for answers, marks, people in (
            (pre_answers, before, people_before),
            (post_answers, after, people_after),
        ):
            for person, g in answers.items():
                if g.correct is not None and (not paired or person in both):
                    marks.append(g.correct)
                    people.add(person)
    return (
        Side(sum(before) / len(before) if before else None, len(people_before)),
        Side(sum(after) / len(after) if after else None, len(people_after)),
    )


def pre_post(
    quizzes: Mapping[str, Quiz], takings: Sequence[Taking], given: Sequence[Given]
) -> PrePost | None:
    """Before against after on the core questions both quizzes ask (``pairing.core_pairs``):
    share right per question and overall, over everyone and over the people who answered both
    times. None when the deck has no pre and post quiz."""
    found = pairing.find_pre_post(quizzes)
    if found is None:
        return None
    pre, post = found
    before, after = _latest_by_person(pre, takings, given), _latest_by_person(post, takings, given)
    changes = []
    scored_core = []
    for pair in pairing.core_pairs(pre, post):
        was, now = before.get(pair.name, {}), after.get(pair.name, {})
        both = sorted(was.keys() & now.keys())
        changes.append(
            Change(
                pair.name,
                pair.pre.text,
                pair.pre.scored,
                _side(pair.pre, was, was.keys()),
                _side(pair.post, now, now.keys()),
                _side(pair.pre, was, both),
                _side(pair.post, now, both),
            )
        )
        if pair.pre.scored:
            scored_core.append((was, now))
    everyone, paired = _pooled(scored_core, False), _pooled(scored_core, True)
    overall = Change(
        "", translate("ResultsSummary", "All core questions"), True, *everyone, *paired
    )
    return PrePost(pre.name, post.name, tuple(changes), overall)


@dataclass
class Summaries:
    """Everything the results window and the report show, from one read of the store."""

    quizzes: dict[str, QuizSummary] = field(default_factory=dict)
    participants: list[ParticipantSummary] = field(default_factory=list)
    pre_post: PrePost | None = None


def summarize(
    quizzes: Mapping[str, Quiz], takings: Sequence[Taking], given: Sequence[Given]
) -> Summaries:
    """Every quiz of the deck (answered or not) and every quiz answered, every attempt, and
    pre against post."""
    by_quiz: dict[str, list[Taking]] = defaultdict(list)
    for t in takings:
        by_quiz[t.quiz].append(t)
    by_attempt: dict[str, list[Given]] = defaultdict(list)
    for g in given:
        by_attempt[g.attempt].append(g)
    result = Summaries()
    for name in sorted(quizzes.keys() | by_quiz.keys()):
        taken = by_quiz.get(name, [])
        mine = [g for t in taken for g in by_attempt.get(t.id, ())]
        result.quizzes[name] = summarize_quiz(quizzes.get(name, name), taken, mine)
    result.participants = participants(takings, given)
    result.pre_post = pre_post(quizzes, takings, given)
    return result


# --- the workshop's time ----------------------------------------------------------------------

LONGEST_SLIDE_S = 20 * 60  # a slide left up longer than this was a break: only this much counts


@dataclass(frozen=True)
class ModuleTime:
    index: int  # 0-based, in the deck's order
    title: str
    planned: float  # minutes, from the module's front matter
    actual: float | None  # minutes the presenter spent on its slides; None: never shown


def module_times(
    modules: Sequence[tuple[str, float]], shown: Iterable[tuple[str, float, int]]
) -> list[ModuleTime]:
    """Planned against actual minutes per module. ``modules``: (title, planned minutes) in the
    deck's order; ``shown``: (laptop, seconds since the epoch, module index) each time a slide
    came up. A slide's time runs until the next slide on the same laptop (the last one shown
    counts nothing), and at most ``LONGEST_SLIDE_S``."""
    by_laptop: dict[str, list[tuple[float, int]]] = defaultdict(list)
    for laptop, at, module in shown:
        by_laptop[laptop].append((at, module))
    seconds: dict[int, float] = defaultdict(float)
    seen: set[int] = set()
    for times in by_laptop.values():
        times.sort()
        for (at, module), (after, _) in itertools.pairwise(times):
            seconds[module] += min(after - at, LONGEST_SLIDE_S)
        seen.update(module for _, module in times)
    return [
        ModuleTime(k, title, planned, seconds[k] / 60 if k in seen else None)
        for k, (title, planned) in enumerate(modules)
    ]
