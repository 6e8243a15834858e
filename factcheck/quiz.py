"""Quizzes generated from the facts' typed values, graded the way `check` reads answers.

Question types: `choice` (multiple choice on a number, date, actor or place blanked out of a
fact), `typed` (type the number or date), `truefalse` (a fact, or the fact with one value
changed), `order` (which of two events came first). The engine takes an injected `ask`
function, so it runs the same under questionary, plain stdin or a test.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from factcheck.dates import find_dates
from factcheck.facts import Fact, FactBase, Lang, Quantity, format_number, is_reference
from factcheck.fair import (
    aliases,
    counted_in,
    cut_apart,
    date_given,
    derivable,
    disputed,
    grammar_gives,
    leans_on_context,
    mentions,
    names_counted,
    names_in,
    on_request,
    overlapping,
    refers_back,
    reports,
    sides,
    states_disputed,
    tally_fields,
    view_kinds,
)
from factcheck.lookup import Filter
from factcheck.messages import tr
from factcheck.numbers import find_numbers, to_chinese
from factcheck.textnorm import normalize

TYPES = ("choice", "typed", "truefalse", "order")
ORDER_WINDOW_DAYS = 120  # the events of one order question start within this many days
BLANK = "____"
YES_WORDS = {
    "true",
    "t",
    "yes",
    "y",
    "right",
    "correct",
    "对",
    "是",
    "正确",
    "真",
    "是的",
    "对的",
    "没错",
}
NO_WORDS = {"false", "f", "no", "n", "not true", "untrue", "incorrect", "wrong"}
NO_WORDS |= {"错", "否", "错误", "假", "不对", "不是", "不正确"}


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
    changed: tuple[str, str] | None = None  # a false statement: what it says, what is so
    others: tuple[str, ...] = ()  # an order question: every event's fact
    tested: tuple[str, str] = ("", "")  # the value asked about: kind, and number/ISO day/id
    again: bool = False  # asked a second time, at the end, after a miss
    context: str = ""  # what the fact is part of, when its text does not say it

    @property
    def shown(self) -> str:
        """The prompt as asked: with its context first ("Resolution 2735 › phase 1: …")."""
        return f"{self.context}: {self.prompt}" if self.context else self.prompt

    @property
    def key(self) -> str:
        """What a flag marks: this fact asked this way about this value, whatever the seed."""
        return f"{self.fact}|{self.type}|{self.tested[1] or self.answer}"

    @property
    def facts(self) -> tuple[str, ...]:
        """Every fact the question is about (one quiz asks about each once)."""
        return tuple(dict.fromkeys((self.fact, *self.others)))

    def record(self) -> dict[str, object]:
        """The exported form (JSON, CSV)."""
        return {
            "type": self.type,
            "context": self.context,
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
    kind: str  # number | date | entity | part (which of a series: phase one, round three)
    start: int
    end: int
    shown: str  # the correct value as an option
    value: float | dt.date | str
    approx: str = "exact"
    unit: str | None = None
    etype: str | None = None
    field: str = ""  # the fact's field the value comes from (its role)
    others: tuple[str, ...] = ()  # a part: the same name of its series' other members


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
                add(
                    Blank(
                        fact,
                        "date",
                        mention.start,
                        mention.end,
                        _show_date(day, lang),
                        day,
                        field="date" if day == fact.date else "start",
                    )
                )
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
                    _entity_blank(base, fact, item, text, lang, add, name)
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
                            field=name,
                        )
                    )
                    break
    part = _part_blank(base, fact, norm, lang)
    if part is not None:
        add(part)
    return sorted(found, key=lambda b: b.start)


def _part_blank(base: FactBase, fact: Fact, text: str, lang: Lang) -> Blank | None:
    """The member of a series a fact belongs to, as its text names it ("In phase one, …",
    "第三轮谈判中…"), with the same name of the other members ("phase two", "第四轮谈判")
    as options. A member is an option only if facts of the fact's kind are part of it
    too, none holding the fact's values or a part of them: "another ceasefire" was an aim
    of rounds three and four alike, so neither is the wrong answer to the other."""
    whole = base.get(fact.part_of or "")
    ordinal = whole.values.get("ordinal") if whole is not None else None
    if whole is None or not isinstance(ordinal, int):
        return None
    members = [m for m in _series(base, whole.kind, whole.part_of) if m.id != whole.id]
    lowered = text.lower()
    for alias in sorted(whole.aliases(lang), key=len, reverse=True):
        form = _series_form(alias, ordinal)
        at = lowered.find(alias.lower())
        if form is None or at < 0 or cut_apart(text, at, at + len(alias)) is not None:
            continue
        others = []
        for member in members:
            name = next(
                (a for a in member.aliases(lang)
                 if _series_form(a, int(member.values["ordinal"])) == form),  # type: ignore[arg-type]
                None,
            )  # fmt: skip
            if name is not None and _fair_member(base, fact, member):
                others.append(name[:1].upper() + name[1:] if text[at].isupper() else name)
        shown = text[at : at + len(alias)]
        return Blank(fact, "part", at, at + len(alias), shown, whole.id, field="part_of",
                     others=tuple(others))  # fmt: skip
    return None


@lru_cache(maxsize=64)
def _series(base: FactBase, kind: str, whole: str | None) -> tuple[Fact, ...]:
    """The numbered members of a series: facts of one kind, part of one whole (or of none),
    each with an `ordinal`."""
    under = base.children(whole) if whole else tuple(f for f in base if f.part_of is None)
    return tuple(f for f in under if f.kind == kind and isinstance(f.values.get("ordinal"), int))


def _series_form(name: str, ordinal: int) -> str | None:
    """A member's name with its place in the series taken out ("round #", "第#轮"), when
    the name states that place once."""
    places = [m for m in find_numbers(name) if m.value == ordinal]
    if len(places) != 1 or len(find_numbers(name)) != 1:
        return None
    m = places[0]
    mark = "#" if name[m.start : m.end].isdigit() else "@"  # "round 3" is not "round three"
    return (name[: m.start] + mark + name[m.end :]).lower()


def _fair_member(base: FactBase, fact: Fact, member: Fact) -> bool:
    """Whether another member of the series is a wrong answer about this fact: facts of
    its kind are part of it, and none holds this fact's values or a part of them."""
    own = {k: v for k, v in fact.values.items() if k != "type"}
    parts = [f for f in base.children(member.id) if f.kind == fact.kind]
    if not parts:
        return False
    for other in parts:
        theirs = {k: v for k, v in other.values.items() if k != "type"}
        if own.items() <= theirs.items() or theirs.items() <= own.items():
            return False
    return True


def _entity_blank(
    base: FactBase,
    fact: Fact,
    entity: str,
    text: str,
    lang: Lang,
    add: Callable[[Blank], None],
    field: str = "",
) -> None:
    """The entity's longest name that stands whole in the text ("us" is not in "serious"),
    when it is the name the options use (the answer must re-fill the sentence)."""
    target = base.get(entity)
    if target is None:
        return
    lowered = text.lower()
    for alias in sorted(target.aliases(lang), key=len, reverse=True):
        if len(alias) < 2:
            continue
        at = lowered.find(alias.lower())
        while at >= 0 and cut_apart(text, at, at + len(alias)) is not None:
            at = lowered.find(alias.lower(), at + 1)
        if at >= 0:
            shown = _entity_name(base, entity, lang)
            if _renamed(text[at : at + len(alias)], shown, lang):
                continue  # "the head of Mossad" asked as "Mossad chief" would not re-fill
            add(
                Blank(
                    fact,
                    "entity",
                    at,
                    at + len(alias),
                    shown,
                    entity,
                    etype=_entity_type(target),
                    field=field,
                )
            )
            return


_THE = re.compile(r"\b(the|The) $")
_ARTICLE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s$|['’]s\s$", re.I)


def _article_fits(statement: str, at: int, said: str) -> str:
    """ "the US" with Russia in its place reads "Russia": a one-word name takes no article
    (an acronym or a name of several words does: "the UN", "the United States")."""
    before = _THE.search(statement[:at])
    described = any(w[:1].islower() for w in said.split())  # "Hamas spokesperson"
    if before is None and described and not _ARTICLE.search(statement[:at]):
        head = "The " if at == 0 else "the "
        return statement[:at] + head + statement[at:]
    if before is None or " " in said.strip() or said.isupper():
        return statement
    rest = statement[at:]
    start = before.start()
    return statement[:start] + (rest[:1].upper() + rest[1:] if before.group(1) == "The" else rest)


def _in_style(number: str, written: str) -> str:
    """A false count written as the text writes its own: 两轮 for 五轮, not 2轮."""
    if any(c.isdigit() for c in written) or not number.isdigit() or int(number) > 99:
        return number
    if any(c.isascii() and c.isalpha() for c in written):
        return number  # "four" in English: a digit reads well enough
    return "两" if int(number) == 2 else to_chinese(int(number))


def _renamed(said: str, shown: str, lang: Lang) -> bool:
    """Whether an actor's options would not re-fill its place in the sentence: a description
    ("the head of Mossad") shown as a name ("Mossad chief"). A short form of a name ("the
    US" for the United States) re-fills well enough."""
    if normalize(said) == normalize(shown):
        return False
    return lang == "zh" or said[:1].islower()


@lru_cache(maxsize=4)
def _story_span(base: FactBase) -> tuple[dt.date, dt.date] | None:
    """The first and last days of the base's dated facts."""
    days = [d for f in base for d in (f.first_day, f.last_day) if d and d != dt.date.max]
    return (min(days), max(days)) if days else None


def _day_bounds(base: FactBase, fact: Fact) -> tuple[dt.date, dt.date] | None:
    """The days a false day of a fact may take: within the days the facts span, after the
    facts it comes `after` and before those that come after it. Haniyeh's statement "on 16
    May" would be made before the resolution it praises."""
    span = _story_span(base)
    if span is None:
        return None
    lo, hi = span
    for other in map(base.get, fact.after):
        if other is not None and other.last_day and other.last_day != dt.date.max:
            lo = max(lo, other.last_day)
    for other in _followers(base).get(fact.id, ()):
        if other.first_day:
            hi = min(hi, other.first_day)
    return lo, hi


@lru_cache(maxsize=4)
def _followers(base: FactBase) -> dict[str, tuple[Fact, ...]]:
    """The facts that come `after` each fact."""
    out: dict[str, list[Fact]] = {}
    for fact in base:
        for earlier in fact.after:
            out.setdefault(earlier, []).append(fact)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=4)
def _years(base: FactBase) -> frozenset[float]:
    """The years the base's dated facts fall in, and one either side."""
    span = _story_span(base)
    if span is None:
        return frozenset()
    return frozenset(float(y) for y in range(span[0].year - 1, span[1].year + 2))


def unfair(base: FactBase, blank: Blank, lang: Lang) -> str | None:
    """Why a blank makes no fair question, or None: it cuts a word or name apart, or the
    rest of the sentence gives its value away."""
    text = blank.fact.text.get(lang)
    cut = cut_apart(text, blank.start, blank.end) or disputed(blank.fact, blank.field)
    if cut:
        return cut
    rest = _cloze(blank, lang, " ")
    if blank.kind == "entity":
        if names_in(rest, aliases(base, str(blank.value))):
            return "the prompt names the answer"
    elif blank.kind == "number":
        value = float(blank.value)  # type: ignore[arg-type]
        if value in _years(base):
            return "a year of the events is a guess between two or three"
        return (
            derivable(rest, value)
            or grammar_gives(value, lang)
            or counted_in(rest, value)
            or names_counted(base, rest, value, lang)
        )
    elif blank.kind == "part":  # "full and complete ceasefire" names phase one
        if names_in(rest, aliases(base, str(blank.value))):
            return "the prompt names the answer"
        whole = base.get(str(blank.value))
        place = whole.values.get("ordinal") if whole is not None else None
        if any(n.ordinal and n.value == place for n in find_numbers(normalize(rest))):
            return "the prompt states the answer's place"  # "a first group" in phase one
    elif blank.kind == "date":
        assert isinstance(blank.value, dt.date)
        if any(n.kind == "erratum" for n in blank.fact.notes):
            return "a misprinted date is not knowledge"
        return date_given(rest, blank.value)
    return None


# ---- distractors ---------------------------------------------------------------------------


class Pools:
    """Values of each type across the fact base, for plausible wrong options; entities by
    the field they fill too (the actors of a release, the hosts of a round)."""

    def __init__(self, base: FactBase, lang: Lang) -> None:
        self.base, self.lang = base, lang
        self.numbers: dict[str | None, set[float]] = {}
        self.entities: dict[str | None, set[str]] = {}
        self.roles: dict[str, set[str]] = {}
        self._near: dict[str, set[str]] = {}
        self._tied: dict[str, list[Fact]] | None = None  # a whole -> its bodies and people
        self._sides: dict[str, set[str]] = {}
        self._actors: dict[str, set[str]] = {}  # fact -> the actors its values name
        self._by_tag: dict[str, list[str]] = {}  # tag (or "part:" a whole) -> facts
        self.beside: dict[tuple[str, str], set[str]] = {}  # (paragraph, field) -> actors
        cited_by: dict[str, set[str]] = {}  # entity -> kinds of the facts that name it
        named: dict[str, int] = {}  # an alias -> how many facts it names
        for fact in base:
            for alias in {normalize(a) for a in fact.aliases(lang)}:
                named[alias] = named.get(alias, 0) + 1
            for name, value in fact.values.items():
                for item in value if isinstance(value, tuple) else (value,):
                    if isinstance(item, Quantity):
                        self.numbers.setdefault(item.unit, set()).add(float(item.value))
                    elif isinstance(item, str) and is_reference(item):
                        self.roles.setdefault(name, set()).add(item)
                        cited_by.setdefault(item, set()).add(fact.kind)
                        for para in fact.source:  # who does what in each paragraph
                            self.beside.setdefault((para, name), set()).add(item)
        self.shared = frozenset(a for a, n in named.items() if n > 1)  # "pause", "停火"
        for fact in base:  # an entity only a publication names (its author) plays no role
            if fact.kind in ("party", "person", "place") and cited_by.get(fact.id, set()) - {
                "publication"
            }:
                self.entities.setdefault(_entity_type(fact), set()).add(fact.id)

    def sides(self, entity: str) -> set[str]:
        """`fair.sides`, remembered."""
        if entity not in self._sides:
            self._sides[entity] = sides(self.base, entity)
        return self._sides[entity]

    def gives_away(self, prompt: str, answer: str) -> bool:
        """Whether the prompt names a body or a person of the answer ("the CIA director"
        for the United States), or an actor whose own fact names it (the National Unity
        party, led by Gantz): the answer is then given away, and another in its place is
        absurd."""
        if self._tied is None:
            self._tied = {}
            for fact in self.base:
                if fact.kind not in ("party", "person"):
                    continue
                chain: list[str] = []
                step: Fact | None = fact
                while step is not None and step.part_of and len(chain) < 5:
                    chain.append(step.part_of)
                    step = self.base.get(step.part_of)
                for whole in {*chain, *sides(self.base, fact.id)} - {fact.id}:
                    self._tied.setdefault(whole, []).append(fact)
        return any(names_in(prompt, f.aliases(self.lang)) for f in self._tied.get(answer, ()))

    def near(self, fact: Fact) -> set[str]:
        """The actors that facts of the same story name: facts sharing a tag with this one,
        or its whole, its parts and the facts it is related to."""
        if not self._actors:  # each fact's actors, and the facts by tag and by whole
            for other in self.base:
                self._actors[other.id] = {
                    item
                    for value in other.values.values()
                    for item in (value if isinstance(value, tuple) else (value,))
                    if isinstance(item, str) and is_reference(item)
                }
                for tag in other.tags:
                    self._by_tag.setdefault(tag, []).append(other.id)
                if other.part_of:
                    self._by_tag.setdefault(f"part:{other.part_of}", []).append(other.id)
        if fact.id not in self._near:
            linked = {fact.id, *fact.related, *([fact.part_of] if fact.part_of else [])}
            for key in (*fact.tags, f"part:{fact.id}"):
                linked.update(self._by_tag.get(key, ()))
            self._near[fact.id] = set().union(*(self._actors.get(f, set()) for f in linked))
        return self._near[fact.id]

    def wrong(
        self, blank: Blank, rng: random.Random, n: int, same_role_only: bool = False
    ) -> list[str]:
        """Up to n wrong options: for a number, same-unit values first, then near ones; for
        an entity, others of its type that fill the same field elsewhere, else others of its
        type (days: see `_close_days`)."""
        options: list[str] = []
        if blank.kind == "number":
            value = float(blank.value)  # type: ignore[arg-type]
            step = 10.0 if value >= 20 else 1.0
            near = {value + k * step for k in range(-4, 5) if k and value + k * step > 0}
            pool = {v for v in self.numbers.get(blank.unit, set()) | near if _wrong(v, blank)}
            if self.lang == "en":  # "in 1 phases": a plural noun rules one out
                pool.discard(1.0)

            below = sorted(v for v in pool if v < value)
            above = sorted(v for v in pool if v > value)
            # where the answer falls among the options is chance, not always in the middle
            top = min(n, len(below))  # a small pool (three phases) may hold fewer than n
            low = rng.randint(min(max(0, n - len(above)), top), top)
            # the nearest on each side: 35 and 55 for 45 years, not 85 (before the state)
            picked = below[len(below) - low :] + above[: min(n - low, len(above))]
            options = [format_number(v) for v in picked]
        elif blank.kind == "entity":
            answer = str(blank.value)
            typed = {
                e
                for e in self.entities.get(blank.etype, set()) - {answer}
                if not overlapping(self.base, answer, e)  # "in the Middle East" for Gaza
            }
            person = self.base.get(answer)
            side = self.sides(answer)
            if side:  # wrong options of the answer's side: Gantz's are Israelis, a US party's
                # are American (an actor whose fact names no side has no such bound)
                typed = {e for e in typed if self.sides(e) & side}
            part = _role(self.base, answer)
            if part:  # the answer plays a part in the story (a mediator, a party to the
                # conflict): a wrong actor plays the same one, never one with none, of
                # whatever type (Hamas for Israel: a movement for a state)
                every = set().union(*self.entities.values()) - {answer}
                typed = {
                    e
                    for e in every
                    if _role(self.base, e) == part and not overlapping(self.base, answer, e)
                }
            if person and person.kind == "person":  # one the same paragraph gives the same
                typed -= {  # part to (Haniyeh beside the Hamas spokesperson): a thin swap
                    e
                    for para in blank.fact.source
                    for e in self.beside.get((para, blank.field), ())
                }
            same_role = sorted(typed & self.roles.get(blank.field, set()))
            others = same_role if len(same_role) >= 2 or same_role_only else sorted(typed)
            rng.shuffle(others)
            story = self.near(blank.fact)  # actors of the same story first: no Russia
            others.sort(key=lambda e: e not in story)  # launching the ground offensive
            rest = _cloze(blank, self.lang, " ")
            options = [
                _entity_name(self.base, e, self.lang)
                for e in others
                if not names_in(rest, aliases(self.base, e))  # not "美国、埃及和美国"
            ]
        elif blank.kind == "part":
            options = list(blank.others)
            rng.shuffle(options)
        unique = [o for o in dict.fromkeys(options) if o != blank.shown]
        return unique[:n]


def _role(base: FactBase, entity: str) -> str | None:
    """The part an actor's own fact says it plays in the story (its `role` value)."""
    fact = base.get(entity)
    role = fact.values.get("role") if fact is not None else None
    return role if isinstance(role, str) else None


def _wrong(option: float, blank: Blank) -> bool:
    """Whether a number makes the sentence false: "more than ____" (130) is true of 100
    too, so its wrong options are larger; "about ____" wants options well apart."""
    value = float(blank.value)  # type: ignore[arg-type]
    if value >= 20 and value % 10 == 0 and option % 10:
        return False  # "130多名": a round count wants round options, not 131
    if blank.approx in ("more_than", "at_least"):
        return option > value
    if blank.approx in ("less_than", "at_most"):
        return option < value
    if blank.approx in ("about", "nearly"):
        return abs(option - value) >= 0.2 * value
    return True


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
    if blank.kind == "part":  # in the series' order: round one, round three, round four
        return sorted(options, key=lambda o: [m.value for m in find_numbers(normalize(o))])
    return options


def problems(base: FactBase, question: Question, lang: Lang) -> list[str]:
    """A finished question checked again on its own, as a reviewer would: what is wrong
    with it, if anything (empty: none). Every generated question passes."""
    found: list[str] = []
    fact = base.get(question.fact)
    if fact is None:
        return ["no such fact"]
    if question.type in ("choice", "typed"):
        prompt = question.prompt
        if question.type == "typed":
            prompt = re.sub(r"\s*[（(][^（）()]*[)）]$", "", prompt)  # the "(type a number)" hint
        text = fact.text.get(lang)
        if prompt.count(BLANK) != 1:
            return ["not one blank"]
        head, tail = prompt.split(BLANK)
        if not (text.startswith(head) and text.endswith(tail)) or len(head) + len(tail) > len(
            text
        ):
            return ["the blank does not refill to the fact's text"]
        start, end = len(head), len(text) - len(tail)
        found += [r for r in [cut_apart(text, start, end)] if r]
        rest = head + " " + tail
        kind, value = question.tested
        if kind == "number":
            number = float(value)
            found += [
                r
                for r in (
                    derivable(rest, number),
                    counted_in(rest, number),
                    names_counted(base, rest, number, lang),
                )
                if r
            ]
        elif kind == "date":
            found += [r for r in [date_given(rest, dt.date.fromisoformat(value))] if r]
        elif kind == "entity" and names_in(rest, aliases(base, value)):
            found.append("the prompt names the answer")
        if question.value_kind == "entity" and _renamed(text[start:end], question.answer, lang):
            found.append("the answer does not re-fill the sentence")
    if question.choices is not None:
        if len(set(question.choices)) != len(question.choices):
            found.append("an option twice")
        if question.choices.count(question.answer) != 1:
            found.append("the answer is not one option")
    if question.type == "choice" and question.tested[0] == "entity":
        rest = question.prompt.replace(BLANK, " ")
        if any(c != question.answer and c in rest for c in question.choices or ()):
            found.append("an option the sentence names")
    if question.type == "truefalse" and question.changed is not None:
        said, actual = question.changed
        if said == actual or said not in question.prompt:
            found.append("the false statement changes nothing")
    if question.type == "order":
        for option in question.choices or ():
            norm = normalize(option)
            if "…" in option or find_dates(norm) or any(n.ordinal for n in find_numbers(norm)):
                found.append("an order option gives the order away or is cut off")
        if not 3 <= len(question.choices or ()) <= 4:
            found.append("an order question needs three or four events")
    return found


def askable(fact: Fact, asked_kinds: Sequence[str] = (), asked_tags: Sequence[str] = ()) -> bool:
    """Facts about the article itself (its publication, a photo caption) are trivia, and
    background facts (`data/fair.toml`) are known without reading: asked only when their
    kind or tag is asked for (`--kind publication`, `--tag background`)."""
    kinds, tags = on_request()
    if fact.kind in asked_kinds or set(fact.tags) & set(asked_tags):
        return True
    if fact.kind in kinds or set(fact.tags) & tags:
        return False
    return bool(kinds & set(asked_kinds)) or not all(s.startswith("caption") for s in fact.source)


def generate(
    base: FactBase,
    lang: Lang,
    count: int,
    seed: int | None = None,
    types: Sequence[str] = TYPES,
    keep: Filter | None = None,
    order_first: Iterable[str] = (),
    vet: Callable[[Question], bool] | None = None,
    flagged: frozenset[str] = frozenset(),
) -> list[Question]:
    """Up to `count` questions, no fact in two of them, drawn from the facts that pass the
    filter; the same seed gives the same quiz. True statements are kept no more than one
    ahead of false ones while other questions can fill the quiz. Facts named in `order_first` (due or weak
    ones) are asked first. Each question passes `fair`'s rules, and `vet` if given (the
    claim checker's: see `checked_by`); fewer come back when fewer pass."""
    rng = random.Random(seed)
    pools = Pools(base, lang)
    kinds_asked, tags_asked = (keep.kinds, keep.tags) if keep is not None else ((), ())
    facts = [
        f for f in base if (keep is None or keep.keep(f)) and askable(f, kinds_asked, tags_asked)
    ]
    by_fact: dict[str, list[Question]] = {}
    for fact in facts:
        for question in _questions_for(base, fact, lang, pools, rng, types):
            by_fact.setdefault(fact.id, []).append(question)
    if "order" in types:
        for question in _order_questions(base, facts, lang, rng, count, pools.shared):
            by_fact.setdefault(question.fact, []).append(question)
    first = [f for f in dict.fromkeys(order_first) if f in by_fact]
    rest = [f for f in by_fact if f not in first]
    rng.shuffle(rest)
    chosen: list[Question] = []
    used: set[str] = set()
    leaning = 0  # true statements chosen less false ones, in all and by kind of fact:
    leaning_in: dict[str, int] = {}  # "the author argues …" is not always true
    order = first + rest
    stated: set[str] = set()
    for balanced in (True, False):  # a true statement one ahead waits for a second pass
        for fact_id in order:
            if len(chosen) == count:
                break
            if fact_id in used:
                continue
            options = by_fact[fact_id]
            if fact_id not in stated:  # a statement that is always true teaches a guess
                # ("the author's views are true"): a fact is stated as it is only where a
                # false version of it is asked too (vetted here, when first reached)
                stated.add(fact_id)
                if not any(q.changed is not None and (vet is None or vet(q)) for q in options):
                    options = by_fact[fact_id] = [q for q in options if q.type != "truefalse"]
            about = base.get(fact_id)
            kind = about.kind if about is not None else ""
            ahead = balanced and (leaning > 0 or leaning_in.get(kind, 0) > 0)
            rng.shuffle(options)  # a type first, then one of its questions: four false
            kinds = list(dict.fromkeys(q.type for q in options))  # statements of one fact
            rng.shuffle(kinds)  # do not make a quiz of true/false
            if 2 * sum(q.type == "truefalse" for q in chosen) > len(chosen):
                kinds.sort(key=lambda k: k == "truefalse")  # half are already: others first
            options.sort(  # a changed date or number is the likelier to be refuted: first
                key=lambda q: (
                    kinds.index(q.type),
                    (q.changed is None) == (leaning >= 0),  # the side that evens it
                    q.tested[0] == "entity",
                )
            )
            for question in options:
                if ahead and question.type == "truefalse" and not question.changed:
                    continue
                if (
                    question.key not in flagged
                    and used.isdisjoint(question.facts)
                    and not any(_overlap(base, question, other) for other in chosen)
                    and (vet is None or vet(question))
                ):
                    chosen.append(question)
                    used.update(question.facts)
                    if question.type == "truefalse":
                        step = 1 if question.changed is None else -1
                        leaning += step
                        leaning_in[kind] = leaning_in.get(kind, 0) + step
                    break
    return chosen


def _overlap(base: FactBase, a: Question, b: Question) -> bool:
    """Two questions that ask the same thing, or one whose text (shown with its feedback)
    gives the other's answer away: "17 June" asked twice, or stated in another fact, or
    the day of an event that an order question asks to place."""
    if a.type == b.type == "truefalse" and _restates(base, a.fact, b.fact):
        return True
    for one, two in ((a, b), (b, a)):
        if one.type != "order":
            continue
        shown = (two.context, two.prompt, two.explanation, *(two.choices or ()))
        days = [f.first_day for f in map(base.get, one.others) if f is not None and f.first_day]
        if any(mentions(base, t, "date", d.isoformat()) for d in days for t in shown):
            return True
    for one, two in ((a, b), (b, a)):
        kind, value = one.tested
        if kind in ("entity", "part") and not any(_near(base, one.fact, f) for f in two.facts):
            continue  # actors are in fact after fact: only a fact about the same event tells
        if kind == "number" and 1900 <= float(value) <= 2100:
            continue  # so are years
        if kind not in ("number", "date", "entity", "part"):
            continue  # "round five" asked, and named beside the same story, answers itself
        shown = (two.context, two.prompt, two.explanation, *(two.choices or ()))
        if one.tested == two.tested or any(mentions(base, t, kind, value) for t in shown):
            return True
    return False


def _restates(base: FactBase, a: str, b: str) -> bool:
    """Two facts of one kind, each listed as related to the other, that hold the same value
    in the same field (France, and the West, treat Hamas as a terrorist organisation): one
    true/false statement all but answers the other."""
    fa, fb = base.get(a), base.get(b)
    if fa is None or fb is None or a == b or fa.kind != fb.kind:
        return False
    if b not in fa.related or a not in fb.related:
        return False

    def items(value: object) -> frozenset[object]:
        return frozenset(value) if isinstance(value, tuple) else frozenset((value,))

    return any(
        name in fb.values and items(fb.values[name]) == items(value)
        for name, value in fa.values.items()
        if name not in ("type", "ordinal")
    )


def _near(base: FactBase, a: str, b: str) -> bool:
    """Facts about the same event: one part of the other, parts of the same one, or linked."""
    fa, fb = base.get(a), base.get(b)
    if fa is None or fb is None:
        return False
    return bool({a, fa.part_of} & {b, fb.part_of} - {None} or b in fa.related or a in fb.related)


def checked_by(base: FactBase) -> Callable[[Question], bool]:
    """The claim checker's test of a question: a false statement must be refuted, and no
    wrong option may make the sentence true. The checker is opened at the first question
    that needs it (a typed or order quiz never does)."""

    def verdict(claim: str) -> str:
        from factcheck.check import checker_for  # remembered per base

        return checker_for(base).check(claim).verdict

    def vet(question: Question) -> bool:
        if question.type == "truefalse" and question.changed is not None:
            return verdict(question.prompt) == "refuted"
        if question.type == "choice" and question.value_kind != "event":
            assert question.choices is not None
            # a wrong actor must be shown wrong (another may fit as well); a wrong number
            # or day must at least not be backed
            wanted = (
                ("refuted",) if question.value_kind == "entity" else ("refuted", "not_enough_info")
            )
            return all(
                verdict(question.prompt.replace(BLANK, option)) in wanted
                for option in question.choices
                if option != question.answer
            )
        return True

    return vet


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
    if _glossary(fact, lang) or fact.kind in ("party", "person", "place"):
        return out  # "Paris: the French capital" is a card to read, not a question to ask
    if leans_on_context(explanation, lang) or refers_back(explanation, lang):
        return out
    context = _context(base, fact, lang, pools.shared)
    for blank in blanks(base, fact, lang):
        if unfair(base, blank, lang) or blank.field == "ordinal":
            continue  # which round it was: every "Round 4" context line tells
        if fact.kind in view_kinds() and blank.kind in ("number", "date"):
            continue  # "作者认为，回看____轮谈判可见……" asks a side count, not the view
        if states_disputed(fact, f"{context} {_cloze(blank, lang, ' ')}"):
            continue
        value = blank.value.isoformat() if isinstance(blank.value, dt.date) else blank.value
        tested = (blank.kind, format_number(value) if isinstance(value, float) else str(value))
        wrong = pools.wrong(blank, rng, 3)
        if blank.kind == "date":  # other days of its month: no "November truce in June"
            wrong = _close_days(blank, lang, rng)
        rest = _cloze(blank, lang, " ")
        whole_given = blank.kind == "entity" and pools.gives_away(
            rest, str(blank.value)
        )  # "the CIA director" gives the United States away; "the National Unity party"
        # (led by Gantz) Gantz: no other actor may stand in its place
        seats = blank.field in tally_fields()  # "____ in favour, one abstaining" with 15
        # seats, which readers may know, is 14: a tally is only ever changed (see below)
        series = isinstance(blank.value, float) and _counts_a_series(base, blank.unit)
        # "____ rounds" among 2, 3, 4 and 5 beside a question on round four: typed only;
        # "more than ____" is no choice either: its wrong options are all larger, the key
        # the smallest
        one_sided = blank.approx in ("more_than", "at_least", "less_than", "at_most")
        one_sided = one_sided and not explanation[blank.end :].startswith("多")  # 130多:
        # 130-odd, a band that 140多 does not overlap
        if (
            "choice" in types
            and len(wrong) >= 2
            and not (whole_given or seats or series or one_sided)
        ):
            options = _sorted_options(blank, [blank.shown, *wrong[:3]], lang)
            if blank.kind == "entity":
                rng.shuffle(options)
            out.append(Question("choice", _cloze(blank, lang), tuple(options), blank.shown,
                                fact.id, source, explanation, blank.kind, tested=tested, context=context))  # fmt: skip
        if "typed" in types and blank.kind in ("number", "date") and not (seats or one_sided):
            # "more than ____": 100 makes a true sentence too, yet only 130 is the key
            hint = {"number": {"en": " (type a number)", "zh": "（请输入数字）"},
                    "date": {"en": " (type a date)", "zh": "（请输入日期）"}}[blank.kind][lang]  # fmt: skip
            expected = blank.value.isoformat() if isinstance(blank.value, dt.date) else blank.value
            answer = blank.shown if blank.kind == "number" else str(expected)
            out.append(Question("typed", _cloze(blank, lang) + hint, None, answer, fact.id,
                                source, explanation, blank.kind, expected, blank.approx,
                                tested=tested, context=context))  # fmt: skip
        if blank.kind == "entity":  # a false actor plays the same part elsewhere, in the
            # same story where one does: Qatar, a mediator, "abstaining" in the Council
            # is false for a reason outside the facts
            wrong = pools.wrong(blank, rng, 3, same_role_only=True)
            story = {_entity_name(base, e, lang) for e in pools.near(fact)}
            wrong = [w for w in wrong if w in story] or wrong
        if blank.kind == "date":  # a statement a few days off is a nitpick, not a lesson
            wrong = _other_months(blank, lang, _day_bounds(base, fact))
        if isinstance(blank.value, float) and blank.field in tally_fields():  # 16 for and 1
            wrong = [w for w in wrong if float(w) < blank.value]  # abstaining tops the seats
        if series and isinstance(blank.value, float):
            wrong = [w for w in wrong if float(w) > blank.value]  # "3 rounds" beside a
            # question on round four is false by the quiz, not by the facts
        # no statement of a view (a changed side value tests a detail, not the argument:
        # fair.toml), of a disputed fact (it would assert as fact the values other reporting
        # gives otherwise), or of a series member ("in phase two, Israel releases
        # prisoners" is not said, which is not false); the balance: see `generate`
        no_statement = fact.kind in view_kinds() or any(
            n.kind == "also_reported" for n in fact.notes
        )
        if "truefalse" in types and wrong and not no_statement and blank.kind != "part":
            rng.shuffle(wrong)  # keeps a balance, and the checker must refute a false one
            inexact = blank.kind == "number" and blank.approx != "exact"  # "more than 140"
            # is no lie where the facts say 130-odd: only exact counts are changed
            for said in [None, *([] if whole_given or inexact else wrong[:3])]:
                if said is not None and blank.kind == "number":  # 两轮 for 五轮, not 2轮
                    said = _in_style(said, explanation[blank.start : blank.end])
                if said is not None and blank.start == 0 and lang == "en":  # starts the sentence
                    said = said[:1].upper() + said[1:]
                statement = explanation if said is None else _cloze(blank, lang, said)
                if said is not None and blank.kind == "entity" and lang == "en":
                    statement = _article_fits(statement, blank.start, said)
                answer = tr(lang, "True" if said is None else "False")
                out.append(Question("truefalse", statement, (tr(lang, "True"), tr(lang, "False")),
                                    answer, fact.id, source, explanation, "statement",
                                    changed=None if said is None else (said, blank.shown),
                                    tested=tested, context=context))  # fmt: skip
    return out


_LEADING = re.compile(r"^(?:on|in|from|since|by|at)\s*$", re.I)


_RANGE_END = re.compile(r"\s*(?:至|到|-|–|to|until|till)\s*(\d{1,2})(?!\d)")


def _context(base: FactBase, fact: Fact, lang: Lang, shared: frozenset[str] = frozenset()) -> str:
    """What a fact is part of (two levels at most), by names its text does not already
    use: "phase one" alone does not say of which resolution. A name that other facts
    share ("pause", "停火") does not say which one is meant."""
    text = normalize(fact.text.get(lang))
    levels: list[Fact] = []
    parent = base.get(fact.part_of or "")
    while parent is not None and len(levels) < 3:
        levels.append(parent)
        parent = base.get(parent.part_of or "")
    names: list[str] = []
    for i, level in enumerate(levels):
        if len(names) == 2:
            break
        said = [normalize(a) for a in level.aliases(lang) if normalize(a) in text]
        if any(a not in shared and not _common_noun(a, lang) for a in said):
            continue  # named by a name of its own
        outer = levels[i + 1] if i + 1 < len(levels) else None
        if (
            said
            and outer is not None
            and not any(normalize(a) in text for a in outer.aliases(lang))
        ):
            continue  # "the truce" with round 2 named before it says which truce
        proper = [
            a
            for a in level.aliases(lang)
            if not _common_noun(normalize(a), lang) and not _states_a_count(level, a)
        ]
        own = [a for a in proper if normalize(a) not in shared]
        if level.aliases(lang):
            names.insert(0, (own or proper or level.aliases(lang))[0])
    joined = " › ".join(names)
    return joined[:1].upper() + joined[1:] if lang == "en" else joined


def _states_a_count(fact: Fact, name: str) -> bool:
    """A name that says one of the thing's counts ("14 votes") would give it away."""
    counts: set[float] = set()
    for name_, value in fact.values.items():
        for item in value if isinstance(value, tuple) else (value,):
            if isinstance(item, Quantity):
                counts.add(float(item.value))
            elif (
                isinstance(item, (int, float))
                and not isinstance(item, bool)
                and name_ != "ordinal"
            ):
                counts.add(float(item))
    return any(float(n.value) in counts for n in find_numbers(normalize(name)))


def _common_noun(name: str, lang: Lang) -> bool:
    """A name that is only a common noun ("pause", "暂停") names no particular thing."""
    if lang == "zh":
        return len(name) <= 2
    return " " not in name.strip() and name.islower()


def _close_days(blank: Blank, lang: Lang, rng: random.Random) -> list[str]:
    """Three other days of the same month, near the right one: a day that the sentence's
    month or year would rule out is no option, nor one after the end of a period the blank
    begins ("____至20日")."""
    day = blank.value
    assert isinstance(day, dt.date)
    near = [day + dt.timedelta(days=d) for d in (-3, -2, -1, 1, 2, 3, -7, 7)]
    days = [d for d in near if d.month == day.month]
    end = _RANGE_END.match(blank.fact.text.get(lang), blank.end)
    if end and int(end.group(1)) > day.day:
        days = [d for d in days if d.day < int(end.group(1))]
    rng.shuffle(days)
    return [_show_date(d, lang) for d in days[:3]]


def _counts_a_series(base: FactBase, unit: str | None) -> bool:
    """Whether a count's unit is a series whose members the base numbers ("rounds": round
    one to round five): other questions may name any member of it."""
    if not unit:
        return False
    kinds = _numbered_kinds(base)
    return unit in kinds or unit.removesuffix("s") in kinds


@lru_cache(maxsize=4)
def _numbered_kinds(base: FactBase) -> frozenset[str]:
    """The kinds of fact that a base numbers with an `ordinal` (round, phase)."""
    return frozenset(f.kind for f in base if isinstance(f.values.get("ordinal"), int))


def _other_months(
    blank: Blank, lang: Lang, span: tuple[dt.date, dt.date] | None = None
) -> list[str]:
    """False days for a statement: the same day a month or two away ("7 April" for "7
    May"), never past a day the sentence puts after it ("from ____ to 24 January") nor
    outside the days the facts span. None when the sentence gives another day near it ("on
    16 June, counting from 15 June"): a changed one would contradict the sentence, not the
    facts."""
    day = blank.value
    assert isinstance(day, dt.date)
    norm = normalize(blank.fact.text.get(lang))
    said = [m for m in find_dates(norm) if m.month and not blank.start <= m.start < blank.end]
    if any(not m.day and m.month == day.month for m in said):
        return []  # "the November truce: from ____"
    others = [dt.date(m.year or day.year, m.month, m.day) for m in said if m.month and m.day]
    if any(0 < abs((d - day).days) <= 31 for d in others):
        return []
    after = min((d for d in others if d > day), default=dt.date.max)
    before = max((d for d in others if d < day), default=dt.date.min)
    if span is not None:  # a truce "on 24 September" is before the war began: false for a
        # reason outside the question (see `_day_bounds`)
        before = max(before, span[0])
        after = min(after, span[1])
    out = []
    for step in (-1, 1, -2, 2):
        year, month = divmod(day.year * 12 + day.month - 1 + step, 12)
        try:
            moved = day.replace(year=year, month=month + 1)
        except ValueError:  # 31 May has no 31 April
            continue
        if before < moved < after:
            out.append(_show_date(moved, lang))
    return out


def _glossary(fact: Fact, lang: Lang) -> bool:
    """A text in the form "Name: what it is" reads as a glossary card, not a statement."""
    head = re.split(r"[:：]", fact.text.get(lang), maxsplit=1)
    if len(head) < 2:
        return False
    names = {normalize(a) for a in (*fact.aliases_en, *fact.aliases_zh, fact.id)}
    return normalize(head[0]).strip() in names or len(head[0]) <= 12


def title(fact: Fact, lang: Lang) -> str | None:
    """An event in a few words, never cut off and naming no date (a date would give the
    order away): its text, or the first clause of it, with its dates taken out; None when
    that is too long or says too little."""
    limit = 80 if lang == "en" else 36
    undated = _undated if lang == "en" else str  # in Chinese a date is woven in: kept
    text = undated(fact.text.get(lang).strip().rstrip(".。"))
    words = 4
    if len(text) > limit:  # a clause stands for the whole only if it says more
        text, words = undated(re.split(r"[:;：；]", text, maxsplit=1)[0].strip()), 5
    enough = len(text.split()) >= words if lang == "en" else len(text) >= 2 * words
    if not enough or len(text) > limit or find_dates(normalize(text)):
        return None
    if normalize(text) in {normalize(a) for a in fact.aliases(lang)}:
        return None  # a name ("安理会2735号决议"), not an event
    if any(n.ordinal for n in find_numbers(normalize(text))):
        return None  # "round two", 第二轮: the number gives the order away
    return text[:1].upper() + text[1:]


def _own_title(base: FactBase, fact: Fact, lang: Lang, shared: frozenset[str]) -> str | None:
    """An event by one of its names that no other fact shares, that names an actor of the
    story ("Gantz resignation", "拜登方案") and states no day or number; None if it has
    none. A name without an actor ("further releases") says too little, and a member of a
    series ("首轮谈判") may say its place in it."""
    whole = base.get(fact.part_of or "")
    if "ordinal" in fact.values or (whole is not None and whole.span() == fact.span()):
        return None  # dated only by its whole: a state of things then, not an event
    if fact.month and not (fact.date or fact.start):
        return None  # "IDF casualties" some day in June: not one event to place
    fit = [
        a
        for a in fact.aliases(lang)
        if normalize(a) not in shared
        and not find_numbers(normalize(a))
        and not find_dates(normalize(a))
        and _who_then_what(base, a, lang)
    ]
    if not fit:
        return None
    name = max(fit, key=len)
    return name[:1].upper() + name[1:]


def _who_then_what(base: FactBase, name: str, lang: Lang) -> bool:
    """Whether a name begins with an actor and then says what happened: a person and one
    word will do ("Gantz resignation", "拜登方案"); a body needs more ("UN resolution",
    以军公告: the UN and the IDF did such things all through the war)."""
    said = normalize(name).lower()
    for actor, person in _actor_names(base, lang):
        if said.startswith(actor):
            rest = said[len(actor) :].strip()
            size = len(rest.split()) if lang == "en" else len(rest)
            if size >= (1 if person else 2) * (1 if lang == "en" else 2):
                return True
    return False


@lru_cache(maxsize=4)
def _actor_names(base: FactBase, lang: Lang) -> tuple[tuple[str, bool], ...]:
    """Every name of the parties and people of a base, longest first, and whether it is
    a person's."""
    names = {
        (normalize(a).lower(), f.kind == "person")
        for f in base
        if f.kind in ("party", "person")
        for a in f.aliases(lang)
    }
    return tuple(sorted(names, key=lambda n: -len(n[0])))


def _undated(text: str) -> str:
    """The text without a date it begins with ("On 16 June 2024 the IDF …"); a date inside
    it stays (taking it out would leave "from … to" half a phrase)."""
    found = find_dates(normalize(text))
    if found:
        first = found[0]
        before = text[: first.start].strip()
        if not before or _LEADING.match(before):
            return text[first.end :].lstrip(" ,，")
    return text


def _order_questions(
    base: FactBase,
    facts: Sequence[Fact],
    lang: Lang,
    rng: random.Random,
    count: int,
    shared: frozenset[str] = frozenset(),
) -> list[Question]:
    """Which of three or four events came first: events that do not overlap in time, each
    by a short title that says which thing it is about ("the pause" alone does not: its
    whole is named before it)."""
    events = []
    for fact in facts:
        span, name = fact.span(), title(fact, lang)
        misprinted = any(n.kind == "erratum" for n in fact.notes) or any(
            disputed(fact, f) for f in ("date", "start", "end")
        )  # its day is in doubt
        if name and _says_its_place(base, fact, name):
            continue  # "in round three": the round's number gives the order away
        context = _context(base, fact, lang, shared) if name else ""
        if name is None or context or reports(name, lang):  # a name of its own says which
            # thing it is; a text that needs its whole before it ("Tactical pause:
            # Announcing the pause, …") reads as a label pasted on a remark, and "文章称，……"
            # says who reports, not what happened
            name = _own_title(base, fact, lang, shared)
        if fact.kind not in ("party", "person", "place") and span and name and not misprinted:
            events.append((fact, span, name))
    out: list[Question] = []
    for _ in range(count if len(events) >= 3 else 0):
        rng.shuffle(events)
        size, group = rng.choice((3, 4)), list[tuple[Fact, tuple[dt.date, dt.date], str]]()
        for event in events:  # events that overlap none picked so far (nor share a title),
            # within some months of the first: one 2023 event among June 2024 ones is easy
            if all(
                event[2] != other[2]
                and (event[1][1] < other[1][0] or other[1][1] < event[1][0])
                and abs((event[1][0] - other[1][0]).days) <= ORDER_WINDOW_DAYS
                for other in group
            ):
                group.append(event)
                if len(group) == size:
                    break
        if len(group) < 3:
            continue  # this shuffle led to a dead end; another may not
        first = min(group, key=lambda e: e[1])
        prompt = tr(lang, "Which came first?")
        explanation = f"{first[2]} ({first[1][0]})"
        out.append(Question("order", prompt, tuple(name for _, _, name in group), first[2],
                            first[0].id, ", ".join(first[0].source), explanation, "event",
                            others=tuple(f.id for f, _, _ in group)))  # fmt: skip
    return out


def _says_its_place(base: FactBase, fact: Fact, name: str) -> bool:
    """Whether a title states the place in a series of the event or of what it is part of
    (its `ordinal`): "In round three the parties …"."""
    places: set[float] = set()
    step: Fact | None = fact
    while step is not None and len(places) < 6:
        ordinal = step.values.get("ordinal")
        if isinstance(ordinal, int):
            places.add(float(ordinal))
        step = base.get(step.part_of or "")
    return any(float(n.value) in places for n in find_numbers(normalize(name)))


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# ---- grading -----------------------------------------------------------------------------

_NEGATION = re.compile(r"\b(?:not|no|never)\b|不是|并非|不|没有")
_SLASHED = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")


def readable(question: Question, reply: str) -> bool:
    """Whether an answer can be read (not whether it is right): an option by its number,
    text or value; true or false in either language; a number or a date. An unreadable
    answer is asked again, with `hint`."""
    if reply.strip() == FLAG:
        return True  # a flag, not an answer
    norm = normalize(reply).strip().rstrip(".。!！")
    if not norm:
        return False
    if question.type != "typed":
        assert question.choices is not None
        if _option(question, norm) is not None:
            return True
        return question.type == "truefalse" and (norm in YES_WORDS or norm in NO_WORDS)
    if _NEGATION.search(norm):
        return False  # "not 14" is not an answer of 14
    if question.value_kind == "date":
        if any(_ambiguous(m) for m in _SLASHED.finditer(norm)):
            return False  # 10/6/2024: June or October?
        return any(d.month and d.day for d in find_dates(norm))
    return bool(find_numbers(norm, loose=True))


def _ambiguous(m: re.Match[str]) -> bool:
    a, b = int(m.group(1)), int(m.group(2))
    return a <= 12 and b <= 12 and a != b


def hint(question: Question, lang: Lang) -> str:
    """What answers a question accepts, said when one cannot be read."""
    if question.type == "truefalse":
        return tr(lang, "Answer true or false (t/f, yes/no, 1/2).")
    if question.choices is not None:
        n = len(question.choices)
        return tr(lang, "Answer with an option's number (1–{n}) or its text.", n=n)
    if question.value_kind == "date":
        return tr(
            lang, "Type a date with the month as a word or in ISO form: 10 June 2024, 2024-06-10."
        )
    return tr(lang, "Type just the number, e.g. 14 or fourteen.")


def _option(question: Question, norm: str) -> str | None:
    """The option a reply names: its text, its number in the list, or its value (a number
    or a date written another way)."""
    assert question.choices is not None
    for choice in question.choices:
        if norm == normalize(choice):
            return choice
    if norm.isdigit() and len(norm) <= 3 and 1 <= int(norm) <= len(question.choices):
        return question.choices[int(norm) - 1]
    if question.value_kind == "number":
        said = find_numbers(norm, loose=True)
        if len(said) == 1 and not _NEGATION.search(norm):
            for choice in question.choices:
                values = find_numbers(normalize(choice), loose=True)
                if values and float(values[0].value) == float(said[0].value):
                    return choice
    if question.value_kind == "date":
        days = [d for d in find_dates(norm) if d.month and d.day]
        if len(days) == 1:
            for choice in question.choices:
                known = [d.to_date() for d in find_dates(normalize(choice))]
                if any(k is not None and days[0].matches(k) for k in known):
                    return choice
    return None


def grade(question: Question, reply: str) -> bool:
    """Whether a reply is right: an option by its number, text or value; true or false in
    either language; a number or date in any form `check` reads (14, 十四, fourteen;
    2024-06-10, June 10 2024, 6月10日)."""
    text = reply.strip()
    if question.type == "typed":
        return readable(question, text) and _typed_right(question, text)
    norm = normalize(text).strip().rstrip(".。!！")
    picked = _option(question, norm)
    if picked is not None:
        return picked == question.answer
    if question.type == "truefalse":
        if norm in YES_WORDS:
            return question.answer == (question.choices or ("", ""))[0]  # (true, false)
        if norm in NO_WORDS:
            return question.answer == (question.choices or ("", ""))[1]
    return False


def _typed_right(question: Question, text: str) -> bool:
    norm = normalize(text)
    if question.value_kind == "date":
        expected = dt.date.fromisoformat(str(question.expected))
        return any(d.day and d.matches(expected) for d in find_dates(norm))
    numbers = find_numbers(norm, loose=True)
    if not numbers:
        return False
    value, target = float(numbers[0].value), float(question.expected or 0)
    if question.approx in ("about", "nearly"):
        return abs(value - target) <= max(1.0, 0.1 * target)
    return value == target  # "more than 130" asks for the 130 the fact says


# ---- the session ---------------------------------------------------------------------------


@dataclass
class Outcome:
    question: Question
    reply: str
    correct: bool
    rating: str | None = None  # the learner's own rating of their recall, if given
    flagged: bool = False  # marked as a bad question: not scored, not asked again


@dataclass
class QuizResult:
    """What happened: each answer, the second tries at missed questions, how long it took,
    and whether it was cut short."""

    outcomes: list[Outcome] = field(default_factory=list)
    retries: list[Outcome] = field(default_factory=list)
    flagged: list[Question] = field(default_factory=list)
    asked: int = 0
    seconds: float = 0.0
    interrupted: str | None = None  # "interrupt" (Ctrl-C) or "eof" (Ctrl-D, end of input)

    @property
    def score(self) -> int:
        return sum(o.correct for o in self.outcomes)

    @property
    def missed(self) -> list[Question]:
        return [o.question for o in self.outcomes if not o.correct]


FLAG = "!"  # the answer that flags a question as bad


def run(
    questions: Sequence[Question],
    ask: Callable[[Question, int, int], str],
    on_answer: Callable[[Outcome], None] = lambda outcome: None,
    again: bool = True,
) -> QuizResult:
    """Ask each question; grade and hand on each answer as it comes (to give feedback, take
    the learner's rating and record it). Missed questions come back once more at the end.
    `!` flags a question instead of answering it. Ctrl-C or end of input stops the quiz: the
    answers so far are kept."""
    result = QuizResult(asked=len(questions))
    started = time.monotonic()
    try:
        for n, question in enumerate(questions, 1):
            reply = ask(question, n, len(questions))
            if reply.strip() == FLAG:
                result.flagged.append(question)
                on_answer(Outcome(question, reply, False, flagged=True))
                continue
            outcome = Outcome(question, reply, grade(question, reply))
            result.outcomes.append(outcome)
            on_answer(outcome)  # may take a rating, or the learner's word that it was right
    except KeyboardInterrupt:
        result.interrupted = "interrupt"
    except EOFError:
        result.interrupted = "eof"
    missed = result.missed if again and result.interrupted is None else []
    try:  # the second tries: ending them early ends nothing else
        for n, question in enumerate(missed, 1):
            second = replace(question, again=True)
            reply = ask(second, n, len(missed))
            if reply.strip() == FLAG:
                continue
            outcome = Outcome(second, reply, grade(second, reply))
            result.retries.append(outcome)
            on_answer(outcome)
    except KeyboardInterrupt:
        result.interrupted = "interrupt"
    except EOFError:
        pass
    result.seconds = time.monotonic() - started
    return result
