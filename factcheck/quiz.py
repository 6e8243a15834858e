"""Quizzes generated from the facts' typed values, graded the way `check` reads answers.

Question types: `choice` (multiple choice on a number, date, actor or place blanked out of a
fact), `typed` (type the number or date), `truefalse` (a fact, or the fact with one value
changed), `order` (which of two events came first). The engine takes an injected `ask`
function, so it runs the same under questionary, plain stdin or a test.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from factcheck.dates import find_dates
from factcheck.facts import Fact, FactBase, Lang, Quantity, format_number, is_reference
from factcheck.lookup import Filter, sort_day
from factcheck.numbers import find_numbers
from factcheck.textnorm import normalize

TYPES = ("choice", "typed", "truefalse", "order")
BLANK = "____"
TRUE = {"en": "True", "zh": "对"}
FALSE = {"en": "False", "zh": "错"}
YES_WORDS = {"true", "t", "yes", "y", "对", "是", "正确", "真"}
NO_WORDS = {"false", "f", "no", "n", "错", "否", "错误", "假"}


@dataclass(frozen=True)
class Question:
    """One question: what is asked, the options if any, and the right answer as text."""

    type: str
    prompt: str
    choices: tuple[str, ...] | None
    answer: str
    fact: str
    source: str
    explanation: str
    value_kind: str = ""  # number | date | entity | statement | event
    expected: float | str | None = None  # typed: the number, or the ISO date
    approx: str = "exact"

    def record(self) -> dict[str, object]:
        """The exported form (JSON, CSV)."""
        return {
            "type": self.type,
            "prompt": self.prompt,
            "choices": list(self.choices) if self.choices is not None else None,
            "answer": self.answer,
            "fact": self.fact,
            "source": self.source,
        }


@dataclass(frozen=True)
class Blank:
    """A value of a fact found in its text: where it stands and what could replace it."""

    fact: Fact
    kind: str  # number | date | entity
    start: int
    end: int
    shown: str  # the correct value as an option
    value: float | dt.date | str
    approx: str = "exact"
    unit: str | None = None
    etype: str | None = None


# ---- finding values in text --------------------------------------------------------------


def _show_date(day: dt.date, lang: Lang) -> str:
    if lang == "zh":
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {day.strftime('%B')} {day.year}"


def _entity_name(base: FactBase, entity: str, lang: Lang) -> str:
    return base.name(entity, lang)


def _entity_type(fact: Fact | None) -> str | None:
    if fact is None:
        return None
    return str(fact.values.get("type", fact.kind))


def blanks(base: FactBase, fact: Fact, lang: Lang) -> list[Blank]:
    """Every typed value of a fact that its text states, with its place in the text."""
    text = fact.text.get(lang)
    norm = normalize(text)
    if len(norm) != len(text):
        return []
    found: list[Blank] = []
    taken: list[tuple[int, int]] = []

    def add(blank: Blank) -> None:
        if not any(s < blank.end and blank.start < e for s, e in taken):
            taken.append((blank.start, blank.end))
            found.append(blank)

    for day in (fact.date, fact.start):
        if day is None:
            continue
        for mention in find_dates(norm):
            if mention.day and mention.month and mention.matches(day):
                add(Blank(fact, "date", mention.start, mention.end, _show_date(day, lang), day))
    mentions = find_numbers(norm)
    for name, value in fact.values.items():
        items = value if isinstance(value, tuple) else (value,)
        for item in items:
            if isinstance(item, Quantity):
                number, approx, unit = float(item.value), item.approx, item.unit
            elif isinstance(item, (int, float)) and not isinstance(item, bool):
                number, approx, unit = float(item), "exact", name
            else:
                if isinstance(item, str) and is_reference(item):
                    _entity_blank(base, fact, item, text, lang, add)
                continue
            for m in mentions:
                if m.value == number and not m.ordinal:
                    add(
                        Blank(
                            fact,
                            "number",
                            m.start,
                            m.end,
                            format_number(number),
                            number,
                            approx,
                            unit,
                        )
                    )
                    break
    return sorted(found, key=lambda b: b.start)


def _entity_blank(
    base: FactBase, fact: Fact, entity: str, text: str, lang: Lang, add: Callable[[Blank], None]
) -> None:
    target = base.get(entity)
    if target is None:
        return
    lowered = text.lower()
    for alias in sorted(target.aliases(lang), key=len, reverse=True):
        if len(alias) < 2:
            continue
        at = lowered.find(alias.lower())
        if at >= 0:
            shown = _entity_name(base, entity, lang)
            add(
                Blank(
                    fact, "entity", at, at + len(alias), shown, entity, etype=_entity_type(target)
                )
            )
            return


# ---- distractors ---------------------------------------------------------------------------


class Pools:
    """Values of each type across the fact base, for plausible wrong options."""

    def __init__(self, base: FactBase, lang: Lang) -> None:
        self.base, self.lang = base, lang
        self.numbers: dict[str | None, set[float]] = {}
        self.dates: set[dt.date] = set()
        self.entities: dict[str | None, set[str]] = {}
        for fact in base:
            for day in (fact.date, fact.start, fact.end):
                if day:
                    self.dates.add(day)
            for value in fact.values.values():
                for item in value if isinstance(value, tuple) else (value,):
                    if isinstance(item, Quantity):
                        self.numbers.setdefault(item.unit, set()).add(float(item.value))
            if fact.kind in ("party", "person", "place"):
                self.entities.setdefault(_entity_type(fact), set()).add(fact.id)

    def wrong(self, blank: Blank, rng: random.Random, n: int) -> list[str]:
        """Up to n wrong options: same-type values first, then near values."""
        options: list[str] = []
        if blank.kind == "number":
            value = float(blank.value)  # type: ignore[arg-type]
            same = sorted(self.numbers.get(blank.unit, set()) - {value})
            near = [value + d for d in (-2, -1, 1, 2, 10, -10) if value + d > 0] + [value * 2]
            pool = rng.sample(same, min(len(same), n)) + near
            options = [format_number(v) for v in dict.fromkeys(pool) if v != value]
        elif blank.kind == "date":
            day = blank.value
            assert isinstance(day, dt.date)
            days = sorted(d for d in self.dates if d != day)
            close = [day + dt.timedelta(days=d) for d in (-1, 1, -7, 7)]
            close += [day.replace(year=day.year - 1), day.replace(year=day.year + 1)]
            picked = rng.sample(days, min(len(days), n)) + close
            options = [_show_date(d, self.lang) for d in dict.fromkeys(picked) if d != day]
        elif blank.kind == "entity":
            others = sorted(self.entities.get(blank.etype, set()) - {str(blank.value)})
            rng.shuffle(others)
            options = [_entity_name(self.base, e, self.lang) for e in others]
        unique = [o for o in dict.fromkeys(options) if o != blank.shown]
        return unique[:n]


# ---- generating questions ------------------------------------------------------------------


def _cloze(blank: Blank, lang: Lang, filler: str = BLANK) -> str:
    text = blank.fact.text.get(lang)
    return text[: blank.start] + filler + text[blank.end :]


def _sorted_options(blank: Blank, options: list[str], lang: Lang) -> list[str]:
    if blank.kind == "number":
        return sorted(options, key=float)
    if blank.kind == "date":
        from factcheck.dates import parse_date

        return sorted(options, key=lambda o: parse_date(o))
    return options


def generate(
    base: FactBase,
    lang: Lang,
    count: int,
    seed: int | None = None,
    types: Sequence[str] = TYPES,
    keep: Filter | None = None,
    order_first: Iterable[str] = (),
) -> list[Question]:
    """`count` questions drawn from the facts that pass the filter; the same seed gives the
    same quiz. Facts named in `order_first` (due or weak ones) are asked first."""
    rng = random.Random(seed)
    pools = Pools(base, lang)
    facts = [f for f in base if keep is None or keep.keep(f)]
    by_fact: dict[str, list[Question]] = {}
    for fact in facts:
        for question in _questions_for(base, fact, lang, pools, rng, types):
            by_fact.setdefault(fact.id, []).append(question)
    if "order" in types:
        for question in _order_questions(facts, lang, rng, count):
            by_fact.setdefault(question.fact, []).append(question)
    first = [f for f in dict.fromkeys(order_first) if f in by_fact]
    rest = [f for f in by_fact if f not in first]
    rng.shuffle(rest)
    for options in by_fact.values():
        rng.shuffle(options)
    chosen: list[Question] = []
    depth = 0  # one question per fact, then a second one per fact, …
    while len(chosen) < count and any(len(by_fact[f]) > depth for f in first + rest):
        for fact_id in first + rest:
            if len(by_fact[fact_id]) > depth and len(chosen) < count:
                chosen.append(by_fact[fact_id][depth])
        depth += 1
    return chosen


def _questions_for(
    base: FactBase,
    fact: Fact,
    lang: Lang,
    pools: Pools,
    rng: random.Random,
    types: Sequence[str],
) -> list[Question]:
    out: list[Question] = []
    source = ", ".join(fact.source)
    explanation = fact.text.get(lang)
    for blank in blanks(base, fact, lang):
        wrong = pools.wrong(blank, rng, 3)
        if "choice" in types and len(wrong) >= 2:
            options = _sorted_options(blank, [blank.shown, *wrong[:3]], lang)
            if blank.kind == "entity":
                rng.shuffle(options)
            out.append(Question("choice", _cloze(blank, lang), tuple(options), blank.shown,
                                fact.id, source, explanation, blank.kind))  # fmt: skip
        if "typed" in types and blank.kind in ("number", "date"):
            hint = {"number": {"en": " (type a number)", "zh": "（请输入数字）"},
                    "date": {"en": " (type a date)", "zh": "（请输入日期）"}}[blank.kind][lang]  # fmt: skip
            expected = blank.value.isoformat() if isinstance(blank.value, dt.date) else blank.value
            answer = blank.shown if blank.kind == "number" else str(expected)
            out.append(Question("typed", _cloze(blank, lang) + hint, None, answer, fact.id,
                                source, explanation, blank.kind, expected, blank.approx))  # fmt: skip
        if "truefalse" in types and wrong:
            false = rng.random() < 0.5
            statement = _cloze(blank, lang, rng.choice(wrong)) if false else explanation
            answer = (FALSE if false else TRUE)[lang]
            out.append(Question("truefalse", statement, (TRUE[lang], FALSE[lang]), answer,
                                fact.id, source, explanation, "statement"))  # fmt: skip
    return out


def _order_questions(
    facts: Sequence[Fact], lang: Lang, rng: random.Random, count: int
) -> list[Question]:
    dated = [f for f in facts if sort_day(f) and f.kind not in ("party", "person", "place")]
    out: list[Question] = []
    for _ in range(min(count, len(dated))):
        a, b = rng.sample(dated, 2) if len(dated) >= 2 else (None, None)
        if a is None or b is None:
            break
        day_a, day_b = sort_day(a), sort_day(b)
        if day_a is None or day_b is None or day_a == day_b:
            continue
        first = a if day_a < day_b else b
        options = [_short(a.text.get(lang)), _short(b.text.get(lang))]
        if options[0] == options[1]:
            continue
        prompt = "Which came first?" if lang == "en" else "哪件事发生得更早？"
        explanation = f"{_short(first.text.get(lang))} ({sort_day(first)})"
        out.append(Question("order", prompt, tuple(options), _short(first.text.get(lang)),
                            first.id, ", ".join(first.source), explanation, "event"))  # fmt: skip
    return out


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# ---- grading -----------------------------------------------------------------------------


def readable(question: Question, reply: str) -> bool:
    """Whether a typed answer can be read (not whether it is right): a number or a date."""
    if question.type != "typed":
        return True
    norm = normalize(reply).strip()
    if question.value_kind == "date":
        return any(d.month and d.day for d in find_dates(norm))
    return bool(find_numbers(norm, loose=True))


def grade(question: Question, reply: str) -> bool:
    """Whether a reply is right: an option's number or text, a number or date in any form
    `check` reads (14, 十四, fourteen; 2024-06-10, June 10 2024, 6月10日)."""
    text = reply.strip()
    if question.type == "typed":
        return _typed_right(question, text)
    assert question.choices is not None
    norm = normalize(text)
    # an option's own text first ("4" is the option 4 when the options are counts),
    # then the option's number
    if any(norm == normalize(c) for c in question.choices):
        return norm == normalize(question.answer)
    if text.isdigit() and len(text) <= 3 and 1 <= int(text) <= len(question.choices):
        return question.choices[int(text) - 1] == question.answer
    if question.type == "truefalse":
        if norm in YES_WORDS:
            return question.answer in TRUE.values()
        if norm in NO_WORDS:
            return question.answer in FALSE.values()
    return norm == normalize(question.answer)


def _typed_right(question: Question, text: str) -> bool:
    norm = normalize(text)
    if question.value_kind == "date":
        expected = dt.date.fromisoformat(str(question.expected))
        return any(d.day and d.matches(expected) for d in find_dates(norm))
    numbers = find_numbers(norm, loose=True)
    if not numbers:
        return False
    value, target = float(numbers[0].value), float(question.expected or 0)
    if question.approx == "more_than":
        return value >= target
    if question.approx in ("about", "nearly"):
        return abs(value - target) <= max(1.0, 0.1 * target)
    return value == target


# ---- the session ---------------------------------------------------------------------------


@dataclass
class Outcome:
    question: Question
    reply: str
    correct: bool


@dataclass
class QuizResult:
    """What happened: each answer, how long it took, and whether it was cut short."""

    outcomes: list[Outcome] = field(default_factory=list)
    asked: int = 0
    seconds: float = 0.0
    interrupted: str | None = None  # "interrupt" (Ctrl-C) or "eof" (Ctrl-D, end of input)

    @property
    def score(self) -> int:
        return sum(o.correct for o in self.outcomes)

    @property
    def missed(self) -> list[Question]:
        return [o.question for o in self.outcomes if not o.correct]


def run(
    questions: Sequence[Question],
    ask: Callable[[Question, int, int], str],
    on_answer: Callable[[Outcome], None] = lambda outcome: None,
) -> QuizResult:
    """Ask each question; grade and hand on each answer as it comes (to record it and give
    feedback). Ctrl-C or end of input stops the quiz: the answers so far are kept."""
    result = QuizResult(asked=len(questions))
    started = time.monotonic()
    try:
        for n, question in enumerate(questions, 1):
            reply = ask(question, n, len(questions))
            outcome = Outcome(question, reply, grade(question, reply))
            result.outcomes.append(outcome)
            on_answer(outcome)
    except KeyboardInterrupt:
        result.interrupted = "interrupt"
    except EOFError:
        result.interrupted = "eof"
    result.seconds = time.monotonic() - started
    return result
