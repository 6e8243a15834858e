"""What backs a part of a claim: the statements of a claim, the fact each is about with its
context, and how a fact's typed fields and words hold each kind of part."""

from __future__ import annotations

import datetime as dt
import math
import re
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from factcheck.check.model import CONTENT, Correction, Part, Reading
from factcheck.check.profile import (
    ENTITY_KINDS,
    SERIES,
    WORD,
    Amount,
    Profile,
    Words,
    after_than,
    deed_doers,
    deed_term,
    denial_span,
    described,
    hedged,
    offset,
    possessive,
    qualities,
    reference_points,
    segment,
    unrealised,
    zh_denied,
)
from factcheck.check.reader import VERB_LIKE, words_pattern
from factcheck.check.roles import agent
from factcheck.check.vocab import DAY_FIELDS, fact_words
from factcheck.dates import DateMention
from factcheck.facts import (
    APPROX_WORDS,
    KINDS,
    Fact,
    Note,
    Quantity,
    format_number,
    is_reference,
    iter_references,
)
from factcheck.messages import Names
from factcheck.numbers import CN_CHARS, EN_ORDINALS, NUMERAL_WORDS
from factcheck.textnorm import lazy, normalize, stem

if TYPE_CHECKING:
    from factcheck.check.judge import Checker
    from factcheck.check.vocab import Vocabulary

CONTENT_KINDS = CONTENT
WEIGHT = {"entity": 3.0, "predicate": 2.0, "number": 3.0, "duration": 3.0, "date": 3.0,
          "ordinal": 3.0, "office": 2.5, "camp": 2.0, "unit": 1.5, "time": 3.0}  # fmt: skip


ABOUT = 0.6


CJK_SHARE = 0.6  # of a Chinese run's characters that must sit in a pair the fact holds  # share of the rest of a claim a fact must back to be what the claim is about


ORDER_CUES = ("before", "after")


COMPARE_CUES = ("more", "fewer", "longer", "shorter")


# operators that only restate what a backed part says: accounted when that part is
LENIENT = {"lasted": ("duration",), "total": ("number", "duration"), "gap": ("entity", "duration"),
           "among": ("entity", "term", "predicate"), "times": (),
           "focus": ("number", "duration")}  # fmt: skip


CLAUSE = lazy(r"[,;:.!?，；：。！？]")
_SENTENCE = lazy(r"[;.!?；。！？]")


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence that holds the span from `start` to `end`: after the last stop before
    it, up to the first stop after it."""
    lo = max((m.end() for m in _SENTENCE.finditer(text, 0, start)), default=0)
    stop = _SENTENCE.search(text, end)
    return lo, stop.start() if stop else len(text)


def clause_start(text: str, at: int) -> int:
    """Where the clause holding position `at` begins: after the last break before it."""
    return max((m.end() for m in CLAUSE.finditer(text, 0, at)), default=0)


def is_author(voc: Vocabulary, part: Part) -> bool:
    """Whether a part names the article or its author ("the analysis", 作者)."""
    return (part.kind == "cue" and part.key == "author") or (
        part.kind == "entity" and ("cue", "author") in voc.lookup(normalize(part.text))
    )


_TO_OR_BY = lazy(r"\b(?:to|by)$")


def held_after(r: Reading, verb: Part, part: Part) -> bool:
    """Whether the part is who a verb ending in "to" or "by" names right after it ("belonged
    to X", "owned by X"): the one its field holds, as its doer is elsewhere."""
    return bool(_TO_OR_BY.search(normalize(verb.text))) and r.claim[
        verb.end : part.start
    ].strip().lower() in ("", "the")


def held_by(checker: Checker, entity: str, holders: set[str]) -> bool:
    """Whether an actor is one of these, or the whole that one of them is part of (Israel,
    for its government)."""
    return entity in holders or any(entity in checker.ancestors(h) for h in holders)


def one_side(checker: Checker, entity: str, others: set[str]) -> bool:
    """Whether an actor is one of these, a whole one of them is part of, or a part of one
    of them: two names of one side (a body and its state, a city and its country)."""
    return held_by(checker, entity, others) or any(o in checker.ancestors(entity) for o in others)


def clause_end(text: str, at: int) -> int:
    """Where the clause holding position `at` ends: at the first break from it on."""
    return next((m.start() for m in CLAUSE.finditer(text, at)), len(text))


@dataclass
class Clause:
    """One statement of a claim, the fact it is about, and that fact's context: its
    parents (a phase's resolution) and the facts of the entities it names."""

    parts: list[Part]
    anchor: Profile | None
    sources: list[Profile]
    candidates: list[list[Profile]] = field(default_factory=list)  # best first, with context


@dataclass
class Context:
    """One claim being accounted for: its reading, its clauses, and what was found."""

    checker: Checker
    reading: Reading
    clauses: list[Clause]
    ranked: list[Profile]
    corrections: list[Correction] = field(default_factory=list)
    notes: list[tuple[str, Note]] = field(default_factory=list)

    @property
    def evidence(self) -> list[Profile]:
        return [c.anchor for c in self.clauses if c.anchor is not None]


_SPLIT = lazy(
    r"[,;，；。]|\b(?:and|but|while|whereas|then|(?:only |shortly |soon )?(?:after|before)|"
    r"following|preceded|followed)\b|并且|而且|但是?|随后|此后|之后|之前|以后|以前|此前"
)


def clauses(r: Reading, content: list[Part], voc: Vocabulary | None = None) -> list[list[Part]]:
    """The claim's statements: split where both sides say something of their own (each
    has a predicate, a number or a date), so "A and B" lists stay one statement; "the
    article says," (作者称，) frames the statement and is not one."""
    cuts = [  # not inside a part: the comma of "5,000 tonnes"
        m.start() for m in _SPLIT.finditer(r.claim)
        if not any(x.start < m.start() < x.end for x in content)
    ]  # fmt: skip
    groups: list[list[Part]] = [content]
    for cut in cuts:
        last = groups[-1]
        left = [p for p in last if p.end <= cut]
        right = [p for p in last if p.start >= cut]
        if voc is not None and _frame(voc, left):
            continue
        if _says(left) and (_says(right) or (fronted(r, cut) and _names(right))):
            groups[-1:] = [left, right]
        elif (
            NEXT_STATEMENT.match(r.claim, cut)
            and _acts(left)
            and _acts(right)
            and not any(p.kind == "predicate" for p in right)
            and not _ANAPHOR.search(r.claim, cut)
        ):  # "Osk shut the dam, and Varn protested": a doer and a verb the lexicon does
            groups[-1:] = [left, right]  # not know ("… but Israel never confirmed this"
            # leans on the statement before: one statement)
    return groups


# a statement joined after a clause by a comma and a conjunction, or by a semicolon
# (", and Hamas cited …", "；", "，并…"): where clauses part and where an order's sides stop
NEXT_STATEMENT = lazy(
    r"\s*(?:[;；]|[,，]\s*(?:and|but|while|whereas|并且|而且|但是|并|但|而)(?![a-z]))"
)


_ANAPHOR = lazy(r"\b(?:it|its|this|that|these|those|them|they|so)\b|此|这|其|它")


def _acts(parts: list[Part]) -> bool:
    """Whether a side names a doer and then words of its own after it (its verb, which
    the lexicon may not know)."""
    doer = next((p for p in parts if p.kind == "entity"), None)
    return doer is not None and any(
        p.kind in ("term", "predicate") and p.start > doer.end for p in parts
    )


def fronted(r: Reading, cut: int) -> bool:
    """Whether the text before a comma is an order clause that opens the claim ("After the
    talks stalled, the venue moved …"): a statement of its own, whatever the main clause's
    words, and not the main clause's subject. English only: a Chinese main clause may
    leave out its subject and take the one before (以方认为，在…之前，不可能…)."""
    if r.claim[cut : cut + 1] == "，":  # 第三轮无果后，谈判地点…: the main clause names its own
        first = min(  # subject; without one (…之前，不可能…) it takes the one said before
            (p for p in r.parts if p.start > cut and p.kind in CONTENT), key=lambda p: p.start,
            default=None,
        )  # fmt: skip
        return (
            first is not None
            and first.kind in ("term", "unit", "entity")
            and any(
                c.key in ORDER_CUES and c.end <= cut and not r.claim[c.end : cut].strip()
                for c in r.of("cue")
            )
        )
    if r.lang != "en" or r.claim[cut : cut + 1] != ",":
        return False
    return any(
        c.key in ORDER_CUES and c.end <= cut and not r.claim[: c.start].strip()
        for c in r.of("cue")
    )


def _fronted_cuts(r: Reading) -> tuple[int, ...]:
    """The commas that end an order clause put first, worked out once per reading (every
    candidate fact's contradictions ask)."""
    if "fronted" not in r.memo:
        r.memo["fronted"] = tuple(
            m.start() for m in _COMMA.finditer(r.claim) if fronted(r, m.start())
        )
    return r.memo["fronted"]  # type: ignore[return-value]


def ends_fronted(r: Reading, parts: list[Part]) -> bool:
    """Whether a statement is an order clause put first, ended by its comma."""
    end = max((p.end for p in parts), default=0)
    comma = _COMMA.search(r.claim, end)
    return comma is not None and comma.start() in _fronted_cuts(r)


_COMMA = lazy(r"[,，]")


def same_statement(r: Reading, a: Part, b: Part) -> bool:
    """Whether two parts are on the same side of an order clause put first."""
    cuts = _fronted_cuts(r)
    return not cuts or (a.start < cuts[0]) == (b.start < cuts[0])


def _names(parts: list[Part]) -> bool:
    return any(p.kind in ("entity", "term", "predicate") for p in parts)


def _frame(voc: Vocabulary, parts: list[Part]) -> bool:
    """Whether the parts only name a speaker and a verb of saying: "作者称", "the analysis
    argues", "Russia said"."""
    return (
        bool(parts)
        and any(p.kind == "predicate" and p.key in ("say", "argue") for p in parts)
        and all(
            (p.kind == "predicate" and p.key in ("say", "argue"))
            or (p.kind == "cue" and p.key in ("author", "reporting"))
            or p.kind in ("entity", "office")
            for p in parts
        )
    )  # "Russia said, …", 作者称，: who says it frames what follows


def _says(parts: list[Part]) -> bool:
    return any(p.kind in ("predicate", "number", "duration", "date") for p in parts) and any(
        p.kind in ("entity", "term", "ordinal") for p in parts
    )


def context_of(checker: Checker, p: Profile, parts: list[Part]) -> list[Profile]:
    """A fact with its parents and the facts of the entities the clause names."""
    out = [p]
    parent = checker.base.get(p.fact.part_of or "")
    depth = 0
    while parent is not None and depth < 3:
        out.append(checker.by_id[parent.id])
        parent = checker.base.get(parent.part_of or "")
        depth += 1
    for value in p.fact.values.values():  # the fact it is about ("about": resolution 2735)
        for v in value if isinstance(value, tuple) else (value,):
            about = checker.base.get(v) if isinstance(v, str) else None
            if about is not None and about.kind not in ENTITY_KINDS and len(out) < 6:
                out.append(checker.by_id[about.id])
    for x in parts:
        if x.kind == "entity" and x.key in checker.by_id and x.key in p.entities:
            out.append(checker.by_id[x.key])
    return out


ENTITY_CONTEXT = ("entity", "office", "camp")
ABOUT_BACKS = (
    "entity",
    "term",
    "unit",
    "office",
    "ordinal",
)  # what a fact a statement is about may back ("the phase-one draft")


SOURCE_FACTOR = (1.0, 0.8, 0.5)  # the fact itself, a parent, an entity's own fact
BoundPart = tuple[Part, "frozenset[int] | None", float]  # a part, its `may` facts, its weight


def clause_score(checker: Checker, sources: list[Profile], parts: list[Part], r: Reading) -> float:
    """How much of a statement a fact (with its context) backs: typed fields count more than
    words (a verb's own day field, "ended" by `end`, a hair more: it breaks a tie), the fact
    itself more than its parents or the entities' own facts."""
    total = 0.0
    for x in parts:
        found = source_for(checker, sources, x, r)
        if found is None:
            continue
        p, where = found
        first = checker.voc.fields_of.get(x.key, ("",))[0] if x.kind == "predicate" else ""
        i = (
            0
            if p is sources[0]
            else (
                2
                if p.fact.kind in ("party", "person", "place")
                and p.fact.id != sources[0].fact.part_of
                else 1
            )
        )
        total += (
            weight(checker, x)
            * SOURCE_FACTOR[i]
            * (1.2 if where.startswith("values.") else 1.01 if where == first else 1.0)
        )
    if sources[0].fact.kind in ("party", "person", "place") and any(
        x.kind == "predicate" and x.key not in checker.voc.directions for x in parts
    ):
        total *= 0.7  # an event is better evidence of what happened than an actor's profile
    return total + _typed_bonus(sources[0], parts)


def _typed_bonus(anchor: Profile, parts: list[Part]) -> float:
    """A fact that holds a value of the same kind is about what the claim asks."""
    total = 0.0
    for x in parts:
        if (x.kind == "duration" and any(a.field != "text" for a in anchor.durations)) or (
            x.kind == "number"
            and x.key
            and any(a.unit == x.key and a.field.startswith("values.") for a in anchor.amounts)
        ):
            total += 1.0 if x.kind == "number" else 0.5
        elif x.kind == "date" and any(f in ("date", "start", "month") for _, _, f in anchor.days):
            total += 0.3
    return total


def bound_parts(checker: Checker, parts: list[Part], r: Reading) -> list[BoundPart]:
    """Each part of a statement with what `score_bound` needs of it, worked out once for
    all the candidate facts: its `may` positions (None: ask `backing`) and best weight."""
    return [(x, may_back(checker, x, r), weight(checker, x)) for x in parts]


def score_bound(
    checker: Checker, sources: list[Profile], parts: list[BoundPart], r: Reading
) -> float:
    """No less than `clause_score`, and cheap: each part at its best weight when some source
    may back it (the fact itself at full weight, its context at most at a parent's), so that
    facts that cannot be among the best are not scored. Entities, predicates and words are
    looked up in the checker's `may` index, a superset of what `backing` accepts; the rest go
    through `backing`."""
    total, memo, anchor = 0.0, r.memo, sources[0]
    for x, ids, w in parts:
        for i, p in enumerate(sources):
            if ids is not None:
                found = p.pos in ids
            else:  # the backing remembered on the reading, looked up directly
                key = (p.fact.id, id(x), x.negated)
                found = (memo[key] if key in memo else backing(checker, p, x, r)) is not None
            if found:
                total += w * SOURCE_FACTOR[0 if i == 0 else 1] * 1.2
                break
    plain = [x for x, _, _ in parts]
    if anchor.fact.kind in ("party", "person", "place") and any(
        x.kind == "predicate" and x.key not in checker.voc.directions for x in plain
    ):
        total *= 0.7
    return total + _typed_bonus(anchor, plain)


def may_back(checker: Checker, x: Part, r: Reading) -> frozenset[int] | None:
    """The positions of every fact that may back a (not negated) entity, predicate or word:
    all that `backing` could accept and perhaps more. None when no index says (other parts)."""
    key = ("may", id(x))
    if key not in r.memo:
        r.memo[key] = _may_back(checker, x)
    return r.memo[key]  # type: ignore[return-value]


def _may_back(checker: Checker, x: Part) -> frozenset[int] | None:
    may, k = checker.may, x.key
    if x.negated or x.kind not in ("entity", "predicate", "term"):
        return None
    if x.kind == "entity":
        return frozenset(may.get(f"e:{k}", ()))
    if x.kind == "predicate":
        return frozenset(may.get(f"p:{k}", ()))
    found = set(may.get(f"t:{k}", ())) if k.isascii() else set()
    if not k.isascii():
        if len(k) < 2:
            return None
        for j in range(len(k) - 1):  # a run is backed only if the fact holds one of its pairs
            found.update(may.get(f"g:{k[j : j + 2]}", ()))
    for group in checker.voc.synonyms.get(k, ()):
        found.update(may.get(f"s:{group}", ()))
    return frozenset(found)


class Indexes:
    """What the checker finds facts by, built one profile at a time (so a large base can be
    compiled without all its profiles in memory): the candidate index (fact positions by
    entity, predicate, word, ordinal, pair of Chinese characters, unit) with each key's
    inverse document frequency, and the `may` index of `may_back` (fact positions by entity
    with the wholes its entities are part of, by predicate said, denied as an opposite or
    filled as a field, by word, pair and synonym group)."""

    def __init__(self, checker: Checker) -> None:
        self.checker = checker
        self.index: dict[str, array[int]] = {}
        self.may: dict[str, array[int]] = {}
        self.last_day = dt.date.min
        self.count = 0
        self.series: set[str] = set()  # the series the base's ordinals count (rounds, phases)
        self.timed: list[int] = []  # positions of the facts with a typed time of day
        self.lasts: dict[tuple[str, str, str], tuple[int, int]] = {}  # series: count, top
        self.fills: dict[str, list[str]] = {}  # field -> the predicates that fill it
        self.words: set[str] = set()  # the word keys of every fact's English words
        for pred, fields in checker.voc.fields_of.items():
            for f in fields:
                self.fills.setdefault(f, []).append(pred)

    def add(self, p: Profile) -> None:
        i, checker = p.pos, self.checker
        self.count += 1
        keys = {f"e:{e}" for e in p.entities} | {f"p:{k}" for k in p.predicates}
        keys |= {f"t:{t}" for t in p.terms} | {f"o:{k}" for k in p.ordinals}
        keys |= {f"g:{g}" for g in p.grams if len(g) == 2}
        keys |= {f"t:{stem(a.unit)}" for a in p.amounts if a.unit and a.unit.isascii()}
        for key in keys:
            self.index.setdefault(key, array("i")).append(i)
        fact = p.fact
        keys = {f"e:{e}" for e in p.entities}
        keys |= {f"e:{a}" for e in p.entities for a in checker.ancestors(e)}
        keys |= {f"p:{k}" for k in p.predicates}
        keys |= {f"p:{o}" for k in p.predicates for o in checker.voc.opposite.get(k, ())}
        keys |= {f"p:{w}" for w, by in checker.voc.implied_by.items() if by & p.predicates.keys()}
        if fact.kind in _VIEWS:
            keys |= {"p:say", "p:argue"}
        present = [f for f, v in fact.values.items() if v not in (None, 0, ())]
        present += [f for f in ("start", "end", "date", "month") if getattr(fact, f) is not None]
        keys |= {f"p:{pred}" for f in present for pred in self.fills.get(f, ())}
        keys |= {f"t:{t}" for t in p.terms} | {f"s:{g}" for g in p.syn}
        keys |= {f"g:{g}" for g in p.grams if len(g) == 2}
        for key in keys:
            self.may.setdefault(key, array("i")).append(i)
        for first, last, f in p.days:
            last = first if f == "year" else last  # "in 2024": the facts reach into it, no further
            if f != "text" and last != dt.date.max and last > self.last_day:
                self.last_day = last
        self.words |= fact_words(checker.voc, fact)  # once, at build: no memo to fill
        if p.times:  # the facts with a typed time of day, for the readers of times
            self.timed.append(i)
        for name, place in p.ordinals.items():  # the series and how far each goes
            self.series.add(name)
            group = series_group(fact)
            count, top = self.lasts.get(group, (0, 0))
            self.lasts[group] = (count + 1, max(top, place))

    def idf(self) -> dict[str, float]:
        n = max(self.count, 1)
        return {k: math.log(1 + n / (1 + len(v))) for k, v in self.index.items()}

    def final_last_day(self) -> dt.date:
        return self.last_day if self.last_day != dt.date.min else dt.date.max


_NEXT_TO = lazy(r"^\s*,?\s*(?:(?:the|a|an)\s+)?$")


def _run_of(r: Reading, part: Part) -> list[Part]:
    """The run of words around a word, nothing but spaces between them (once per claim)."""
    key = ("run", id(part))
    if key not in r.memo:
        terms = sorted(r.of("term"), key=lambda x: x.start)
        lo = hi = terms.index(part)
        while lo > 0 and not r.claim[terms[lo - 1].end : terms[lo].start].strip():
            lo -= 1
        while hi + 1 < len(terms) and not r.claim[terms[hi].end : terms[hi + 1].start].strip():
            hi += 1
        r.memo[key] = terms[lo : hi + 1]
    return r.memo[key]  # type: ignore[return-value]


def _describes(r: Reading, part: Part, p: Profile) -> bool:
    """Whether a word is part of a phrase beside an actor's name that says what it is, and
    the actor's own fact calls it so, phrase for phrase ("the Harland and Wolff shipyard",
    "Sougarret, an engineer", 科德尔科工程师; not "chief engineer" for a deputy chief
    engineer, nor "the army's pause", which it has)."""
    if part.kind != "term" or not p.called:
        return False
    run = _run_of(r, part)
    if tuple(x.key for x in run) not in p.called:
        return False
    return any(
        x.key == p.fact.id
        and (
            (x.end <= run[0].start and _NEXT_TO.match(r.claim[x.end : run[0].start]))
            or (run[-1].end <= x.start and _NEXT_TO.match(r.claim[run[-1].end : x.start]))
        )
        for x in r.of("entity")
    )


def _said_of_another(p: Profile, part: Part, r: Reading) -> bool:
    """Whether a phrase a fact's words say of one actor ("Smit Salvage, a subsidiary of
    Boskalis") is said of another actor in the claim ("Boskalis is a subsidiary of Smit",
    博斯卡利斯是斯米特的子公司)."""
    if not p.described:
        return False
    if ("described",) not in r.memo:
        r.memo[("described",)] = {
            id(x): (keys, who) for keys, who, run in described(r) for x in run
        }
    found = r.memo[("described",)].get(id(part))  # type: ignore[attr-defined]
    if found is None:
        return False
    keys, who = found
    held = p.described.get(keys, set())
    return bool(held) and who not in held


def _another_day(checker: Checker, anchor: Profile, part: Part, r: Reading) -> bool:
    """Whether the claim's one day is given to a deed of the statement's own fact, which has
    another day (once per fact and claim)."""
    key = ("another day", anchor.fact.id, id(part))
    if key not in r.memo:
        mention = part.value
        typed = [(f, la) for f, la, fl in anchor.days if fl in DAY_TYPED]
        r.memo[key] = (
            bool(typed)
            and isinstance(mention, DateMention)
            and (bool(mention.day) or anchor.fact.date is None)  # a year against a typed year
            and len(r.of("date")) == 1
            and not any(
                date_fits(mention, f, la)
                if anchor.fact.date is not None
                else mention.year is None
                or (f.year <= (mention.until or mention.year) and mention.year <= la.year)
                for f, la in typed
            )
            and any(
                backing(checker, anchor, v, r)
                for v in (*in_clause(r, part, "predicate"), *in_clause(r, part, "term"))
            )
        )
    return r.memo[key]  # type: ignore[return-value]


DAY_TYPED = ("date", "start", "end", "month", "year")


def day_of_another(
    checker: Checker,
    anchor: Profile | None,
    parts: list[Part],
    found: Profile,
    part: Part,
    r: Reading,
) -> bool:
    """A date or time backed by another fact than the one the statement is about, where
    that fact types a day (or a time) of its own that the claim's does not fit: "in late
    August 1883, fire engines were called out in New York" (they were in November; the
    eruption was in August)."""
    if anchor is None or found is anchor or part.kind not in ("date", "time"):
        return False
    if part.kind == "date":
        own: list[object] = [d for d in anchor.days if d[2] != "text"]
    else:  # its own words' times count: a whole lists its parts' times, each part its own
        own = [v for v in anchor.fact.values.values() if isinstance(v, dt.time)]
        own += list(anchor.said_times)
    if not own or backing(checker, anchor, part, r) is not None:
        return False
    if part.kind == "time" and found.fact.id == anchor.fact.part_of:
        return True  # "the first explosion came at 6:44": the whole's list, the first's 5:30
    said = [y for y in parts if y.kind in CONTENT and y.kind not in ("date", "time")]
    if (
        part.kind == "date"
        and said
        and len(r.of("date")) == 1
        and all(backs(checker, anchor, y, r) for y in said)
    ):
        return True  # "the search ended on 4 March": the search's own day, not the voyage's
        # (a second date may be of another thing the claim names: "a pause from 15 June")
    verbs = [y for y in parts if y.kind == "predicate" and not y.negated]
    if verbs and not any(backs(checker, found, y, r) for y in verbs):
        return True  # "a jury acquitted Wyatt in February": the charges' day, not the verdict's
    return not any(  # the other fact names nothing else the claim says: it lends only a day
        backs(checker, found, y, r)
        for y in r.parts
        if y is not part and y.kind in CONTENT and y.kind not in ("date", "time")
    )


def family(checker: Checker, anchor: Profile) -> list[Profile]:
    """The facts of one event: its parent, its parts, its siblings and the facts it or its
    parent is `related` to."""
    fact = anchor.fact
    ids = {fact.part_of} if fact.part_of else set()
    ids |= set(fact.related)
    parent = checker.base.get(fact.part_of) if fact.part_of else None
    ids |= set(parent.related) if parent is not None else set()
    ids |= {c.id for c in checker.base.children(fact.id)}
    if fact.part_of:
        ids |= {c.id for c in checker.base.children(fact.part_of)}
    ids.discard(fact.id)
    return [checker.by_id[i] for i in sorted(ids) if i in checker.by_id]


def source_for(
    checker: Checker, sources: list[Profile], part: Part, r: Reading
) -> tuple[Profile, str] | None:
    """The first of a statement's sources that backs the part, and the field. An entity's
    own fact backs only that entity and what describes it (office, camp). What the fact the
    statement is about contradicts, its context does not back; nor does anyone back an
    actor whom the statement's fact puts in another role than the claim does."""
    from factcheck.check.contradiction import conflict  # the two read each other

    anchor = sources[0]
    if part.kind == "predicate" and not part.negated and conflict(checker, anchor, part, r):
        return None
    if (
        part.kind == "entity"
        and part.key in anchor.entities
        and backing(checker, anchor, part, r) is None
    ):
        return None  # the statement's fact names it, in another role: its own fact cannot say
    if part.kind == "entity" and _other_role(checker, sources, part, r):
        return None
    if part.kind == "entity" and _head_of_another(checker, anchor, part, r):
        return None  # "the Pan Am aircraft": the statement's fact says it of the KLM aircraft
    if part.kind == "entity" and _counted_deed_of_another(checker, part, r):
        return None  # "Israel released the hostages": the facts that count them say Hamas did
    if part.kind == "entity" and _not_its_end(checker, sources, part, r):
        return None  # "from Montreal to Winnipeg": the flight from Montreal went to Edmonton
    if part.kind == "entity" and _at_another_place(checker, sources, part, r):
        return None  # "broke down on Oak Street": the float's own fact puts it on Elm Street
    if part.kind == "date":
        one = _one_days_verb(checker, anchor, part, r)
        if one is not None:
            return (anchor, "date") if date_fits(part.value, one, one) else None  # type: ignore[arg-type]
        own = _verb_day_source(checker, sources, part, r)
        if own is not None and own is not anchor:
            found = backing(checker, own, part, r)
            return (own, found) if found is not None else None  # the day is its verb's fact's
        if _another_day(checker, anchor, part, r):
            return None  # its verb is the anchor's deed, on another day: no whole's day backs it
    if part.kind in ("number", "time"):
        verbs = [
            x for x in in_clause(r, part, "predicate")
            if not x.negated and x.key not in checker.voc.reporting and not _subordinate(r, part, x)
        ]  # fmt: skip
        verbs = sorted(verbs, key=lambda v: min(abs(v.start - part.end), abs(part.start - v.end)))
        verbs = verbs[:1]  # the nearest: 被困者中共有5人被救出 counts the rescued
        doers = [p for p in sources if verbs and all(backs(checker, p, v, r) for v in verbs)]
        if doers and not any(backs(checker, p, part, r) for p in doers):
            return None  # "took off from runway 13": 13 is the runway offered for the return
        if (
            part.kind == "number"
            and anchor in doers
            and not backs(checker, anchor, part, r)
            and conflict(checker, anchor, part, r)
        ):
            return None  # "the Pinault family pledged nearly a billion": the family's fact
            # types its own pledge; the whole's total around it does not back the part's
    for i, p in enumerate(sources):
        is_entity_fact = (
            i > 0
            and p.fact.kind in ("party", "person", "place")
            and p.fact.id != anchor.fact.part_of
        )
        if (
            is_entity_fact
            and (
                part.kind not in ENTITY_CONTEXT
                or (part.kind == "entity" and part.key != p.fact.id)
            )
            and not _describes(r, part, p)
        ):
            continue
        if (
            i > 0
            and not is_entity_fact
            and p.fact.kind not in ENTITY_KINDS
            and p.fact.id not in checker.ancestors(anchor.fact.id)
            and part.kind not in ABOUT_BACKS
        ):
            continue  # a fact the statement's fact is about names what, not what was done
        if i > 0 and part.kind == "date" and _a_day_of_the_span(checker, anchor, p, part, r):
            continue  # "the Corn Exchange burned on 1 June": the fire that burned it ran 1-4 June
        where = backing(checker, p, part, r)
        if (
            i > 0
            and not is_entity_fact
            and part.kind == "predicate"
            and where == "text"
            and not _counted_in(anchor, p, part)
        ):
            continue  # what the words around a fact say happened is not what the fact says
        if i > 0 and not is_entity_fact and where and _others_deed(checker, p, part, r):
            continue  # "the Smithsonian investigated": the investigation around it is the NTSB's
        if (
            i > 0
            and part.kind == "entity"
            and where == "text"
            and part.key != p.fact.id
            and part.key not in checker.ancestors(p.fact.id)
        ):
            continue  # nor is an actor its context merely mentions one of this fact's
        if where == "values.absent" and not speaks_of_absence(checker, r):
            return None  # the fact says this actor was not there
        if where is not None:
            return p, where
    return None


def _a_day_of_the_span(
    checker: Checker, anchor: Profile, whole: Profile, part: Part, r: Reading
) -> bool:
    """Whether a claim's one day would be backed only by a whole that lasted several days,
    for a part of it that has no day of its own: the whole's first or last day (or any day
    of it) is not the day each of its parts happened on."""
    mention = part.value
    if not isinstance(mention, DateMention) or not mention.day or mention.days or mention.edge:
        return False  # "from 24 to 30 November": a span of the claim's own, the whole's
    if _BOUND_BEFORE.search(r.claim, max(0, part.start - 12), part.start):
        return False  # "by 5 May": a bound, which the whole's last day may meet
    if whole.fact.id not in checker.ancestors(anchor.fact.id):
        return False
    if any(field in DAY_TYPED for _, _, field in anchor.days):
        return False
    typed = [(first, last) for first, last, field in whole.days if field in DAY_TYPED]
    return bool(typed) and min(f for f, _ in typed) < max(la for _, la in typed)


_BOUND_BEFORE = lazy(r"\b(?:by|before|until|till|after|since)\s+$", re.I)  # "by 4 June"


def _counted_in(anchor: Profile, whole: Profile, part: Part) -> bool:
    """Whether a predicate names the event a count is a part of, by the event's own deed
    ("761 died in the sinking": the deaths are counted in the sinking, which sank)."""
    return (
        anchor.fact.kind == "count"
        and anchor.fact.part_of == whole.fact.id
        and part.key in whole.deeds
    )


def speaks_of_absence(checker: Checker, r: Reading) -> bool:
    return any(x.kind == "cue" and x.key == "negation" for x in r.parts) or any(
        x.kind == "predicate" and x.key == "absent" for x in r.parts
    )


def next_to(r: Reading, amount: Part, cue: Part) -> bool:
    """Whether an amount stands right before an order word ("ten days before", 十天后) or,
    in Chinese, right after it (表决前十天), or is the order word itself (次日, "the day
    before": one day, and an order)."""
    if (amount.start, amount.end) == (cue.start, cue.end):
        return True
    if 0 <= cue.start - amount.end <= 1 and not r.claim[amount.end : cue.start].strip():
        return True
    return not cue.text.isascii() and cue.end == amount.start


def gap_durations(r: Reading) -> list[Part]:
    """Durations said right next to an order word ("ten days before", 十天后, 表决前十天):
    the time between two events, not a length of either."""
    cues = [c for c in r.of("cue") if c.key in ORDER_CUES]
    return [d for d in r.of("duration") if any(next_to(r, d, c) for c in cues)]


def _another_deed(checker: Checker, p: Profile, key: str, f: str) -> bool:
    """Whether a fact's words say another verb that fills the same field (Gantz resigned
    from the war cabinet: its `body` is his resignation's, not a dissolving's), or, for a
    field several verbs fill (`target`: seized, refloated), another deed its words say and
    its fields hold (the ship was `held_by` the canal authority: its detention's `target`
    backs no refloating)."""
    together = checker.voc.also.get(key, set())
    shared = f in checker.voc.shared and key not in checker.voc.any_deed
    return any(
        q != key
        and q not in together
        and p.predicates.get(q) is True
        and (
            f in checker.voc.fields_of.get(q, ())
            or (
                shared
                and any(_typed_role(checker, p, g) for g in checker.voc.fields_of.get(q, ()))
            )
        )
        for q in p.predicates
    )


def _other_edge(checker: Checker, p: Profile, key: str) -> bool:
    """Whether a fact's words say a verb of the other end of a span than this verb's ("the
    stokers ended their strike on 20 May"): its day is that end's, no beginning's."""
    mine = set(checker.voc.fields_of.get(key, ())) & _EDGES
    said = [q for q, done in p.predicates.items() if done is True]
    return (
        bool(mine)
        and bool(said)
        and all(  # and no other deed its day may be of ("the truce ended; fighting resumed")
            (theirs := set(checker.voc.fields_of.get(q, ())) & _EDGES) and theirs.isdisjoint(mine)
            for q in said
        )
    )


_EDGES = frozenset({"start", "end"})


def _typed_role(checker: Checker, p: Profile, f: str) -> bool:
    """Whether a fact holds who or how many for a field, not when (every event has a day)."""
    value = p.fact.values.get(f)
    return (
        value not in (None, 0, ())
        and f not in DAY_FIELDS
        and f not in checker.voc.generic_fields
        and not isinstance(value, (dt.date, dt.time))
    )


_WHEN_AFTER = lazy(r"\b(?:when|while|as|after|before|since|until|once)\b", re.IGNORECASE)
_WHEN_BEFORE = lazy(r"^\s*(?:后|前)|时|之时|的时候|之后|以后|之前|以前")


def _subordinate(r: Reading, part: Part, verb: Part) -> bool:
    """Whether a verb stands in a clause of time that frames the part's own ("4,229 people
    were aboard when the ship left port", 离港时船上有4229人): it is not the part's verb."""
    if verb.start >= part.end:
        return _WHEN_AFTER.search(r.claim, part.end, verb.start) is not None
    return (
        verb.end <= part.start and _WHEN_BEFORE.search(r.claim[verb.end : part.start]) is not None
    )


def counting(checker: Checker, unit: str) -> list[Profile]:
    """The facts whose typed values count a unit, among those whose words name it; none
    where more than a few hundred name it (a word that common is no few facts' own). Read
    once per checker."""
    key = ("counting", unit)
    if key not in checker.told:
        if len(checker.told) >= 100_000:
            checker.told.clear()
        named = checker.index.get(f"t:{stem(unit)}", ())
        checker.told[key] = [
            q for q in (checker.profiles[i] for i in named if len(named) <= 256)
            if any(a.unit == unit and a.field.startswith("values.") for a in q.amounts)
        ]  # fmt: skip
    return checker.told[key]  # type: ignore[return-value]


def _head_of_another(checker: Checker, anchor: Profile, part: Part, r: Reading) -> bool:
    """Whether the claim names an actor the statement's fact does not, right before a noun
    ("the Pan Am aircraft", 泛美客机) that the fact's words say right after another actor of
    its kind, which the claim never names ("the KLM aircraft"): the fact says it of that one,
    whatever list of the whole names both."""
    kind_of = checker.voc.entity_kind
    if part.key in anchor.entities or kind_of.get(part.key) not in ("party", "person"):
        return False
    head = next((x for x in r.parts if x.start >= part.end and x.kind in ("unit", "term")), None)
    if head is None or r.claim[part.end : head.start].strip():
        return False
    zh = r.lang == "zh"
    text = _normalized(anchor.fact.text.zh if zh else anchor.fact.text.en)
    word = normalize(head.text).strip()
    named = {x.key for x in r.of("entity")}
    for other in anchor.entities:
        own = checker.by_id.get(other)
        if other in named or own is None or kind_of.get(other) != kind_of.get(part.key):
            continue
        for alias in own.fact.aliases_zh if zh else own.fact.aliases_en:
            said = normalize(alias).strip()
            if said and f"{said}{'' if zh else ' '}{word}" in text:
                return True
    return False


def _counted_deed_of_another(checker: Checker, part: Part, r: Reading) -> bool:
    """Whether the claim makes an actor the doer of a deed whose object the facts count in
    the field its verb fills ("Hamas freed 100 hostages"), while every fact that counts it
    gives another actor of its kind: a fact that only mentions the deed (talks that won
    the hostages' release) does not make it the doer."""
    key = ("counted deed", id(part))
    if key in r.memo:
        return r.memo[key]  # type: ignore[return-value]
    kind_of = checker.voc.entity_kind
    found = False
    for verb in r.of("predicate") if kind_of.get(part.key) in ("party", "person") else ():
        fields = {f"values.{f}" for f in checker.voc.fields_of.get(verb.key, ())}
        if verb.negated or not fields or not agent(checker.voc, r, part, verb):
            continue
        end = clause_end(r.claim, verb.end)
        for unit in [u for u in r.of("unit") if verb.end <= u.start < end]:
            counters = [
                q for q in counting(checker, unit.key)
                if any(a.unit == unit.key and a.field in fields for a in q.amounts)
                and q.slots.get("actor")
            ]  # fmt: skip
            actors = {a for q in counters for a in q.slots.get("actor", ())}
            if (
                counters
                and all(kind_of.get(a) == kind_of.get(part.key) for a in actors)
                and part.key not in actors
                and not within(checker, part.key, actors)
                and not held_by(checker, part.key, actors)
            ):
                found = True
    r.memo[key] = found
    return found


def _other_role(checker: Checker, sources: list[Profile], part: Part, r: Reading) -> bool:
    """True when a source fills the field of the claim's predicate (submitted_by, mediators)
    with actors of this one's kind, but not with this one."""
    kind_of = checker.voc.entity_kind
    key = ("roles", id(part), tuple(x.negated for x in r.of("predicate")))
    if key not in r.memo:
        preds = [
            x for x in r.of("predicate")
            if not x.negated and checker.voc.fields_of.get(x.key) and agent(checker.voc, r, part, x)
        ]  # fmt: skip
        compared = any(x.kind == "cue" and x.key in (*COMPARE_CUES, "times") for x in r.parts)
        linked = {f for pred in preds for f in doer_fields(checker.voc, pred.key)}
        r.memo[key] = (linked, bool(linked & checker.voc.count_fields) and not compared)
    fields: set[str] = r.memo[key][0]  # type: ignore[index]
    counted: bool = r.memo[key][1]  # type: ignore[index]
    if not fields:
        return False
    for i, p in enumerate(sources):
        if i > 0 and p.fact.kind in ENTITY_KINDS:
            continue  # another actor's own fact (Burns's CIA) says whom it belongs to, not
            # who did the statement's deed
        filled = fields & set(p.slots)
        if not filled and i == 0 and counted and p.fact.kind not in ENTITY_KINDS:
            filled = {"actor"} & set(p.slots)  # "Israel released 100 hostages": the doer
        for f in filled:
            same = [h for h in p.slots[f] if kind_of.get(h) == kind_of.get(part.key)]
            single = not isinstance(p.fact.values.get(f), tuple) or len(same) == 1
            elsewhere = part.key not in p.slots[f] and not within(checker, part.key, set(same))
            if same and elsewhere and (single or p.fact.is_closed(f)):
                return not (i == 0 and _mutual_partner(checker, p, part, r))
    return False


def _wished_of_another(checker: Checker, p: Profile, verb: Part, r: Reading) -> bool:
    """A verb a fact's own words put under a word of wanting ("getting Hamas to accept the
    draft") is a wish, not a deed: it backs the verb only under such a word in the claim
    too ("the US wants Hamas to accept"), never as done ("Hamas accepted")."""
    if verb.key not in p.wished:
        return False
    before = normalize(r.claim[clause_start(r.claim, verb.start) : verb.start])
    wished = _wish_in(checker.voc, before)
    if r.memo.get(("achieved", id(verb))) and not wished:
        return True  # "secured the release": done, which an aim's words do not say
    if verb.key in p.deeds:
        return False
    return not wished or got(r, verb)


def _unrealised_quality(checker: Checker, p: Profile, quality: Part, r: Reading) -> bool:
    """A quality a fact gives only to a thing it denies or wants ("will not agree to a
    permanent ceasefire") does not back a claim that has the thing with no verb of its own
    before it ("Israel and Hamas now have a permanent ceasefire", 以哈已实现永久停火)."""
    if quality.key not in p.unrealised or quality not in qualities(r, checker.voc):
        return False
    start = clause_start(r.claim, quality.start)
    return not unrealised(r, checker.voc, quality) and not any(
        start <= x.start < quality.start and (x.kind == "predicate" or x.key == "negation")
        for x in r.parts
    )


def got(r: Reading, verb: Part) -> bool:
    """ "推动哈马斯接受了草案": a Chinese verb with 了 after it is done, whatever was wanted."""
    return r.norm.startswith("了", verb.end)


def wanting(checker: Checker, p: Profile, verb: Part, r: Reading, whom_too: bool = True) -> bool:
    """A word of wanting said as the claim's verb ("pushing", 推动, "urged") is backed by a
    fact whose own words want the deed it governs, of the one named right after it where
    it names one: "the US is pushing Hamas to accept the draft" by "the US is concentrating
    on getting Hamas to accept it" (its `target`, Hamas)."""
    if not _wish_in(checker.voc, normalize(verb.text)):
        return False
    end = clause_end(r.claim, verb.end)
    if not any(
        x.start >= verb.end
        and x.end <= end
        and x.key in p.wished
        and x.key not in p.deeds
        and not got(r, x)
        for x in r.of("predicate")
    ):
        return False
    whom = named_right_after(r, verb)
    return not whom_too or whom is None or held_by(checker, whom.key, p.slots.get("target", set()))


def named_right_after(r: Reading, verb: Part) -> Part | None:
    """The actor named right after a verb or cue, "the" at most between ("pushing the US
    to", 敦促哈马斯, 代表美国), if any."""
    whom = r.next_of(verb.end, "entity")
    return (
        whom if whom is not None and r.norm[verb.end : whom.start].strip() in ("", "the") else None
    )


def _as_aim(checker: Checker, part: Part, r: Reading) -> bool:
    """Whether a claim says its deed as what was sought: a word of wanting or aiming before
    it in its clause, or an aim named (the lexicon's unit `aims`: "aim", 目标)."""
    before = normalize(r.claim[clause_start(r.claim, part.start) : part.start])
    return (
        _wish_in(checker.voc, before)
        or words_pattern(checker.voc.seeks).search(before) is not None
        or any(x.key == "aims" for x in r.parts)
    )


def _as_sought(checker: Checker, part: Part, r: Reading) -> bool:
    """Whether a claim says a thing as sought, not had: a word of wanting, aiming or of what
    might be in its sentence ("Israel has all along sought a truce", "how long a truce would
    last"), an aim named, or a noun of talks or texts right after it ("ceasefire talks",
    停火决议: the lexicon's `about`)."""
    voc = checker.voc
    start, end = sentence_span(r.claim, part.start, part.end)
    sentence = normalize(r.claim[start:end])  # "sought a truce, not a pause": of both
    if _wish_in(voc, sentence) or words_pattern((*voc.seeks, *voc.modals)).search(sentence):
        return True
    if any(x.key == "aims" for x in r.parts):
        return True
    after = normalize(r.claim[part.end : clause_end(r.claim, part.end)]).lstrip()
    return words_pattern(voc.about).match(after) is not None


_INFINITIVE = lazy(r"\bto\s+$|(?:为了|以便|以)$")


def _said_as_sought(checker: Checker, r: Reading, verb: Part) -> bool:
    """Whether a claim says a verb as what is sought, not as done: it names aims ("one of
    Israel's aims", 目标), or a word of wanting, aiming or a modal stands before the verb in
    its clause, or the verb is an infinitive of purpose ("to destroy Hamas", 为了)."""
    key = ("said as sought", verb.start, verb.end)  # asked for each candidate aim: once
    if key not in r.memo:
        r.memo[key] = _sought_in_words(checker.voc, r, verb)
    return bool(r.memo[key])


def _sought_in_words(voc: Vocabulary, r: Reading, verb: Part) -> bool:
    if any(x.key in voc.sought_units for x in r.parts if x.kind in ("unit", "number")):
        return True
    words = [w for w, unit in voc.units.items() if unit in voc.sought_units]  # "first aim"
    if words_pattern(tuple(words)).search(r.norm):
        return True
    start = clause_start(r.claim, verb.start)
    if _INFINITIVE.search(normalize(r.claim[start : verb.start])):
        return True
    said = normalize(r.claim[start : verb.end])  # the verb itself may want: "pushed", 敦促
    return words_pattern((*voc.wishes, *voc.seeks, *voc.modals)).search(said) is not None


def _aim_of_the_deed(r: Reading, verb: Part) -> bool:
    """ "achieving X is one of its aims", 实现非军事化是目标之一: a word naming aims after
    the verb, past a copula, says the deed is sought; "achieved its aims" (the aims the
    verb's object) and "its aims were achieved" say them done."""
    return any(
        x.key == "aims"
        and x.start >= verb.end
        and COPULA.search(r.claim, verb.end, x.start) is not None
        for x in r.parts
    )


def _wish_in(voc: Vocabulary, text: str) -> bool:
    """Whether a text holds a word of wanting (the lexicon's `wishes`)."""
    return words_pattern(voc.wishes).search(text) is not None


def reporting_frame(r: Reading, voc: Vocabulary) -> list[Part]:
    """ "the article says", 文章称, 作者称: the article (or its author) and its verb of saying
    right after it, which frame the statement that follows rather than being one of it;
    worked out once per claim (the candidate facts, the clauses and each statement ask)."""
    if "reporting frame" not in r.memo:
        authors = [x for x in r.parts if is_author(voc, x)]
        frame: list[Part] = []
        for said in r.of("predicate"):
            if said.key != "say" or said.negated:
                continue
            for a in authors:
                between = r.claim[a.end : said.start]
                if said.start >= a.end and not re.sub(r"[\s'’]|\bs\b|将.{0,8}", "", between):
                    frame += [a, said]
        r.memo["reporting frame"] = frame
    return r.memo["reporting frame"]  # type: ignore[return-value]


def _hearsay(checker: Checker, p: Profile, r: Reading) -> bool:
    """Whether a fact only reports what someone said of others, and the claim states it
    as so without saying who said it: "observers speculated the pause was linked to Eid",
    "the US said Israel had agreed". A speaker's word on its own deeds (Hamas's spokesman
    on Hamas's reply) is taken as said."""
    if p.fact.kind != "statement":
        return False
    key = ("hearsay", p.fact.id)
    if key in r.memo:
        return bool(r.memo[key])
    frame = reporting_frame(r, checker.voc)  # "the article says": who reports, not who said
    said = any(x.key in ("say", "argue") and x not in frame for x in r.of("predicate")) or any(
        x.kind == "cue" and x.key == "reporting" for x in r.parts
    )
    source = p.fact.values.get("attributed_to")  # "outside observers": "observers linked …"
    if isinstance(source, str) and not is_reference(source):
        claim = normalize(r.claim).lower()
        said = said or any(len(w) > 3 and w in claim for w in normalize(source).lower().split())
    speakers = set(p.slots.get("speaker", set()))
    for sp in list(speakers):  # a spokesman speaks for the body he belongs to
        person = checker.by_id.get(sp)
        if person is not None:
            speakers |= person.slots.get("affiliation", set()) | person.slots.get("country", set())
    doers = {  # who the claim says did what
        x.key
        for x in r.of("entity")
        for v in r.of("predicate")
        if checker.voc.entity_kind.get(x.key) in ("party", "person")
        and agent(checker.voc, r, x, v)
    }
    others = {
        e
        for e in doers
        if not any(one_side(checker, e, {sp}) or one_side(checker, sp, {e}) for sp in speakers)
    }
    unattributed = not speakers and "attributed_to" in p.fact.values
    # "some simple modifications were made to the draft": a doer no one is named for, in a
    # speaker's words, is the speaker's word, not a fact
    actors = [
        x for x in r.of("entity") if checker.voc.entity_kind.get(x.key) in ("party", "person")
    ]
    unnamed = p.fact.kind == "statement" and bool(speakers) and not actors
    out = not said and (unattributed or bool(others) or unnamed)
    r.memo[key] = out
    return out


def _siblings_of(checker: Checker, p: Profile, part: Part, r: Reading) -> bool:
    """Whether the claim names this part of the fact and another of its parts, each by a
    label of its own (Plan B and RIG-421, Plan C's rig, both parts of the drilling)."""
    labelled = checker.voc.labelled
    if part.key not in labelled or p.fact.id not in checker.ancestors(part.key):
        return False
    return any(
        x.key != part.key and x.key in labelled and p.fact.id in checker.ancestors(x.key)
        for x in r.of("entity")
    )


def _in_own_name(p: Profile, part: Part, r: Reading) -> bool:
    """Whether the part lies inside one of the fact's own names of two words or more that
    the claim says whole ("the graphite fire": the word "fire" is the name's)."""
    text = r.claim.lower()
    for name in p.names:
        at = text.find(name)
        while at >= 0:
            if at <= part.start and part.end <= at + len(name):
                return True
            at = text.find(name, at + 1)
    return False


def _mutual_partner(checker: Checker, p: Profile, part: Part, r: Reading) -> bool:
    """Whether the claim joins this entity to the fact's actor by a mutual verb that the
    fact's own field gives the entity ("Qatar and Hamas were close", "Hamas had close ties
    with Qatar": the actor Qatar, its partner Hamas). Two partners of a third are not
    each other's."""
    actors = p.slots.get("actor", set())
    start = clause_start(r.claim, part.start)
    for pred in r.of("predicate"):
        own = checker.voc.fields_of.get(pred.key, ())
        if pred.key not in checker.voc.mutual or not agent(checker.voc, r, part, pred):
            continue
        if any(part.key in p.slots.get(f, ()) for f in own) and any(
            x is not part and x.key in actors and clause_start(r.claim, x.start) == start
            for x in r.of("entity")
        ):
            return True
    return False


def doer_fields_of_words(voc: Vocabulary, r: Reading, part: Part) -> list[str]:
    """The file's own fields whose meaning names the verb of a word the claim makes this
    actor do ("Hanks directed the film": the `director`, "who directed the film")."""
    return [
        f for t in r.of("term") if t.key in voc.doer_words and agent(voc, r, part, t)
        for f in voc.doer_words[t.key]
    ]  # fmt: skip


def doer_fields(voc: Vocabulary, verb: str) -> tuple[str, ...]:
    """The fields that hold a verb's doers: its own, or the fact's `actor` where its own hold
    its object ("whom the person replaced"); never a field of where it was done (Odyssey
    splashed down; the Pacific is where)."""
    own = tuple(f for f in voc.fields_of.get(verb, ()) if f not in voc.where_fields)
    return ("actor",) if own and all(f in voc.object_fields for f in own) else own


def _share_of_another_whole(checker: Checker, p: Profile, part: Part, r: Reading) -> bool:
    """Whether the claim gives a share of a whole ("37 per cent of the Gulf of Mexico",
    占墨西哥湾的37%) that the fact's words give of another ("of the Gulf's federal waters",
    占墨西哥湾联邦水域的37%): the words that name each whole, read as a claim is, differ."""
    zh = r.lang == "zh"
    if zh:
        said = _ZH_WHOLE.search(r.claim, 0, part.start)
    else:
        said = _EN_WHOLE.match(r.claim, part.end, clause_end(r.claim, part.end))
    text = p.fact.text.zh if zh else p.fact.text.en
    theirs = [m.group(1) for m in (_ZH_WHOLE_IN if zh else _EN_WHOLE_IN).finditer(text)]
    if said is None or len(theirs) != 1:
        return False

    def keys(words: str) -> set[str]:
        return {
            x.key for x in checker.reading_of(words.strip()).parts
            if x.kind in ("entity", "term", "unit") and x.key
        }  # fmt: skip

    mine = keys(said.group(1))
    return bool(mine) and mine != keys(theirs[0])


_EN_WHOLE = lazy(r"\s+of\s+([^,;.]+)")  # after the share: "of the Gulf of Mexico"
_EN_WHOLE_IN = lazy(r"(?:per\s*cent|percent|%)\s+of\s+([^,;.]+)")
_ZH_WHOLE = lazy(r"占([^，,；;。占]{1,24}?)的?\s*(?:约|大约|近|逾)?\s*$")  # 约占墨西哥湾的
_ZH_WHOLE_IN = lazy(r"占([^，,；;。占]{1,24}?)的?\s*(?:约|大约|近|逾)?\s*(?:百分之|[\d.]+\s*%)")


def _held_as_object(checker: Checker, p: Profile, part: Part, r: Reading) -> bool:
    """Whether the claim makes an actor the doer of a verb whose own field holds its object
    ("whom the person replaced"), the fact holds that actor there, not as a doer, and its
    `actor` is another of the same kind: the roles turned round."""
    voc = checker.voc
    objects = {
        f for pred in r.of("predicate")
        if not pred.negated and pred.key not in voc.mutual and agent(voc, r, part, pred)
        for f in voc.fields_of.get(pred.key, ()) if f in voc.object_fields
    }  # fmt: skip  # (a mutual verb's partner does it too: "Hamas had close ties with Qatar")
    kind = voc.entity_kind.get(part.key)
    doers = p.slots.get("actor", set()) or (
        {p.fact.id} if p.fact.kind in ("person", "party") else set()
    )  # a person's own fact: the person did what its fields say
    return (
        any(part.key in p.slots.get(f, ()) for f in objects)
        and not any(part.key in refs for name, refs in p.slots.items() if name not in objects)
        and any(voc.entity_kind.get(d) == kind for d in doers)
    )  # the doer is another of its kind (an inquiry that cleared a pilot is no swap to see)


def _not_its_doer(checker: Checker, p: Profile, part: Part, r: Reading) -> bool:
    """Whether the claim makes an actor the doer of a verb that this fact gives to no one
    it names so: the actor is neither the fact's `actor`, nor in a field the verb fills,
    nor the doer its words give the verb. "Qatar launched a ground offensive" is not backed
    by round one, which Qatar mediated, nor "Hamas launched it" by Israel's war aims, which
    name Hamas as their target."""
    kind_of = checker.voc.entity_kind
    if kind_of.get(part.key) not in ("party", "person") or is_author(checker.voc, part):
        return False  # the author's arguing is an assessment's (see `_backing`)
    if not _subject(r, part):  # the clause's subject: nothing said before it
        return False  # ("the truce between Israel and Hamas began": the truce did)
    for pred in r.of("predicate"):
        own = set(checker.voc.fields_of.get(pred.key, ()))
        if own - checker.voc.date_fields or pred.key in checker.voc.quality:
            continue  # a verb with its own field of actors (see the roles in `_backing`),
            # or a description ("equal influence"), not a deed
        if pred.negated or not agent(checker.voc, r, part, pred):
            continue
        lo, hi = sorted((part.end, pred.start)) if part.end <= pred.start else (0, 0)
        if any(lo <= x.start < hi and x.kind in CONTENT and x.kind != "entity" for x in r.parts):
            continue  # words between them ("安理会2735号决议第二阶段的重点是开启…"): the
            # doer is not plainly the verb's
        fields = {"actor"} if "actor" in p.slots else {"actor", "participants"}
        holders = {e for f in fields for e in p.slots.get(f, ())}
        holders |= p.doers.get(pred.key, set())
        if (
            holders
            and all(kind_of.get(h) != kind_of.get(part.key) for h in holders)
            and any(part.key in refs for refs in p.slots.values())
        ):
            continue  # its doers are people, the claim's a ship it names: "the Titanic struck"
        if not (within(checker, part.key, holders) or held_by(checker, part.key, holders)):
            return True
    return False


def _in_actors_place(checker: Checker, p: Profile, part: Part, r: Reading) -> bool:
    """Whether the claim makes an actor the subject of a statement with no verb of its
    own ("the Mont-Blanc was on the wrong side of the channel", 是勃朗峰号驶入了错误航道)
    where the fact's one `actor` of its kind is another, which the claim never names, and
    no field of the fact holds this one: its words name it only in passing ("straight
    towards the Mont-Blanc")."""
    kind_of = checker.voc.entity_kind
    kind = kind_of.get(part.key)
    if kind not in ("party", "person") or p.fact.kind in ENTITY_KINDS:
        return False
    if is_author(checker.voc, part) or not _subject(r, part) or OWNER.match(r.claim, part.end):
        return False  # "Challenger's crew", 兴登堡号的尾翼: the subject is what it owns
    if any(x.kind in ("number", "entity") and not r.claim[part.end : x.start].strip()
           for x in r.parts if x.start >= part.end):  # fmt: skip
        return False  # 海警123号警备艇: the name of what it owns, not the subject
    name = normalize(part.text).strip()
    if any(name in normalize(v) for v in p.fact.values.values() if isinstance(v, str)):
        return False  # `vehicle = "Space Shuttle Challenger"`: a field names it in words
    start, end = clause_start(r.claim, part.start), clause_end(r.claim, part.end)
    if any(start <= x.start < end for x in r.of("predicate")):
        return False  # a verb's doer is judged by the roles it fills (`_not_its_doer`)
    held = p.slots.get("actor", set())
    same = [h for h in held if kind_of.get(h) == kind]
    if len(same) != 1 or any(one_side(checker, part.key, refs) for refs in p.slots.values()):
        return False
    if any(one_side(checker, same[0], {x.key}) for x in r.of("entity")):
        return False  # the claim names the fact's actor too: who did what is read elsewhere
    after = r.claim[part.end : end]
    return not _BY_AFTER.search(after) and not _PASSIVE_AFTER.match(after)


_BY_AFTER = lazy(r"\bby\b|被|由", re.I)
_PASSIVE_AFTER = lazy(
    r"\s*(?:that\s+|which\s+)?(?:was|were|is|are|has been|had been|have been|got)\s+"
    r"(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b",
    re.I,
)


def weight(checker: Checker, part: Part) -> float:
    if part.kind == "term":
        if part.key.isascii():
            return min(max(checker.idf.get(f"t:{part.key}", 3.0), 0.5), 3.0)
        pairs = [part.key[j : j + 2] for j in range(len(part.key) - 1)] or [part.key]
        rare = sum(min(max(checker.idf.get(f"g:{g}", 3.0), 0.5), 3.0) for g in pairs) / len(pairs)
        return 0.6 * len(part.key) * rare / 2.0  # as English words: by how rare its pairs are
    return WEIGHT.get(part.kind, 1.0)


def _planned_times(checker: Checker, p: Profile, part: Part, r: Reading) -> str | None:
    """Where a fact types a planned time (a field named with a word of the lexicon's `[times]
    planned`, `scheduled_time`) and another, a claim's time goes with the planned one only
    where its statement says it was planned ("due to leave at 6:30"), else with the other:
    the field that backs it, "" where neither fits, None where the fact has no such pair."""
    words = checker.voc.planned
    typed = {f: v.hour * 60 + v.minute for f, v in p.fact.values.items() if isinstance(v, dt.time)}
    marked = {f for f in typed if words & set(f.split("_"))}
    if not marked or len(typed) < 2:
        return None
    lo, hi = statement_span(r, part)
    said = normalize(r.claim[lo:hi])
    plan = any((w in said.split()) if w.isascii() else (w in said) for w in words)
    fields = marked if plan else set(typed) - marked
    found = next((f for f in sorted(fields) if time_fits(part, typed[f])), None)
    return f"values.{found}" if found else ""


def zone_times(
    checker: Checker, p: Profile, part: Part, r: Reading
) -> list[tuple[str, int]] | None:
    """The typed times of a fact in the zone a claim's time is said in ("22:29 UTC",
    当地时间19:29), where the fact's field names say zones (`time_utc`, `local_time`):
    field and minute of each; None where the claim says no zone or the fact types none."""
    zones = checker.voc.zones
    typed = {f: v.hour * 60 + v.minute for f, v in p.fact.values.items() if isinstance(v, dt.time)}
    named = {f: z for f in typed for z in zones if z in f.split("_")}
    if not named:
        return None
    lo, hi = clause_start(r.claim, part.start), clause_end(r.claim, part.end)
    said = normalize(r.claim[lo:hi])
    at = part.start - lo
    best: tuple[int, str] | None = None
    for zone, words in zones.items():
        for m in words_pattern(words).finditer(said):
            gap = abs(m.start() - at)
            if best is None or gap < best[0]:
                best = (gap, zone)
    if best is None:
        return None
    return [(f, typed[f]) for f, z in named.items() if z == best[1]]


def _decade_or_century(first: dt.date, last: dt.date) -> bool:
    """Whether a span of days is a decade or a century as words give one (1950 to 1959)."""
    return (
        (first.month, first.day, last.month, last.day) == (1, 1, 12, 31)
        and first.year % 10 == 0
        and last.year - first.year in (9, 99)
    )


def time_fits(part: Part, minute: int) -> bool | None:
    """Whether a time of day the claim names fits a fact's (both in minutes from midnight):
    the same minute, or the same hour where the claim names only the hour; within half an
    hour, the hour it rounds to (a quarter where it gives minutes), when it says "about".
    None for "after 11 p.m.": a bound, which a time neither fits nor contradicts."""
    assert isinstance(part.value, int)
    gap = abs(part.value - minute)
    gap = min(gap, 1440 - gap)  # 23:40 and 0:10 are half an hour apart
    if part.approx == "about":
        return gap <= (30 if part.grain >= 60 else 15)  # the hour it rounds to
    if part.approx != "exact":
        return None
    return part.value // 60 == minute // 60 if part.grain >= 60 else gap == 0


def backs(checker: Checker, p: Profile, part: Part, r: Reading) -> bool:
    """Whether a fact holds what this part says (negation aside)."""
    return backing(checker, p, part, r) is not None


def backing(checker: Checker, p: Profile, part: Part, r: Reading) -> str | None:
    """The field of the fact that backs the part ("text" for its words), or None; asked
    many times for one claim, so remembered on its reading."""
    key = (p.fact.id, id(part), part.negated)
    if key not in r.memo:
        r.memo[key] = backing_of(checker, p, part, r)
    return r.memo[key]  # type: ignore[return-value]


def _group_denied(r: Reading, verb: Part) -> bool:
    """Whether a denied verb is said of a group by a count word (没有成员国投赞成票, "no
    member voted"): a unit right after its denial, in its clause, before the verb."""
    lo = clause_start(r.claim, verb.start)
    cues = [c for c in r.of("cue") if c.key == "negation" and lo <= c.start < verb.start]
    return any(
        x.kind == "unit" and c.end <= x.start < verb.start
        and _ANY.fullmatch(r.norm, c.end, x.start) is not None
        for c in cues
        for x in r.parts
    )  # fmt: skip


def denied_of_all(checker: Checker, r: Reading, verb: Part) -> bool:
    """Whether a verb is denied of everyone ("no one died", 无人生还): one who did the
    opposite (a survivor) does not show that no one did it."""
    lo = clause_start(r.claim, verb.start)
    cue = max(
        (c for c in r.of("cue") if c.key == "negation" and lo <= c.start < verb.start),
        key=lambda c: c.start,
        default=None,
    )
    if cue is None:
        return False
    voc = checker.voc
    if r.norm[cue.start : cue.end].strip() in voc.subject_negations:
        return True
    return any(  # 无人生还: 无 read as the cue, 人 after it (not 无人机, 无人员)
        r.norm.startswith(w, cue.start)
        and not w.isascii()
        and r.norm[cue.start + len(w) : cue.start + len(w) + 1] not in voc.subject_not_before
        for w in voc.subject_negations
    )


_ANY = lazy(r"\s*(?:任何|一[个名位家艘座国]|(?:a\s+)?single\s+|any\s+)?")  # 没有任何成员国


def made(r: Reading, part: Part) -> Part:
    """Keep a part made for a question alive as long as its reading: the memo knows parts
    by id, and a freed id may be given to the next part made."""
    kept = r.memo.setdefault(("made",), [])
    assert isinstance(kept, list)
    kept.append(part)
    return part


def backing_of(checker: Checker, p: Profile, part: Part, r: Reading) -> str | None:
    """What `backing` answers, worked out each time: for a part made for the question
    (a count read in another unit), which the reading's memo must not remember by id."""
    found = _backing(checker, p, part, r)
    if found == "text" and part.kind in ("term", "unit"):
        narrower = _narrower(checker, p, part, r)
        if narrower is not None:
            found = _backing(checker, narrower, part, r)
    if found is not None and any(
        (not word_held(checker, p, w) and not checker.uses(w)) or w in p.compared
        for w in part.words
    ):
        found = None  # "four petrol engines": no fact speaks of petrol, or only after "than"
    if found == "text" and part.kind == "term" and _of_another_rank(checker, p, part, r):
        found = None  # "a colonel" where its words say "lieutenant colonel"
    return found


def _of_another_rank(checker: Checker, p: Profile, part: Part, r: Reading) -> bool:
    """Whether the claim's word holds a word the fact's words say only right after a word
    that makes it another rank (the lexicon's `[rank_qualifiers]`: "lieutenant colonel",
    副主任), without that word before it ("a colonel", 委员会主任)."""
    ranks = checker.voc.rank_words
    word = normalize(part.text).strip()
    if not ranks or not word:
        return False
    if r.lang == "zh":
        heads = _ranked_heads(_normalized(p.fact.text.zh), ranks)
        return any(head in word and k + head not in word for k, head in heads)
    qualifiers = qualifiers_before(_normalized(p.fact.text.en), word, ranks)
    mine = _WORD_BEFORE.search(r.norm, 0, part.start)
    return (
        bool(qualifiers)
        and all(qualifiers)
        and (mine.group(1) if mine else None) not in qualifiers
    )


@lru_cache(maxsize=4096)
def _ranked_heads(text: str, ranks: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """The Chinese qualifiers of a fact's words and the two characters after them that the
    words say only after them (副, 主任 of 副主任), once per text."""
    return tuple(
        (k, head)
        for k in ranks
        if not k.isascii()
        for m in re.finditer(re.escape(k), text)
        if len(head := text[m.end() : m.end() + 2]) == 2
        and text.count(head) == text.count(k + head)
    )


@lru_cache(maxsize=4096)
def qualifiers_before(text: str, word: str, ranks: tuple[str, ...]) -> tuple[str | None, ...]:
    """The rank qualifier right before each place an English text says a word (None where
    another word stands there), once per text and word."""
    said = [
        _WORD_BEFORE.search(text, 0, m.start()) for m in re.finditer(rf"\b{re.escape(word)}", text)
    ]
    return tuple(m.group(1) if m and m.group(1) in ranks else None for m in said)


_WORD_BEFORE = lazy(r"\b([a-z]+)[\s-]*$")


def _narrower(checker: Checker, p: Profile, part: Part, r: Reading) -> Profile | None:
    """The fact without what its words say was sought, where they say some and the claim
    does not say the word as sought ("ended with a new truce" against "it aimed at a new
    truce")."""
    if p.free is None or _as_sought(checker, part, r):
        return None
    return with_words(p, p.free)


def with_words(p: Profile, words: Words) -> Profile:
    """The fact with only these of its words."""
    return replace(
        p, terms=set(words.terms), grams=set(words.grams), syn=set(words.syn), free=None, own=None
    )


def names_parent(checker: Checker, p: Profile, part: Part, r: Reading) -> bool:
    """Whether the claim says one of the fact's parent's names that holds this word."""
    word = checker.voc.word_key(part.text) if part.kind == "unit" else part.key
    for name in p.parent_names:
        if not (name.isascii() and _phrase_pattern(name).search(r.norm)) and not (
            not name.isascii() and name in r.norm
        ):
            continue
        if word in name or word in {checker.voc.word_key(w) for w in WORD.findall(name)}:
            return True
    return False


def _synonym_of(checker: Checker, p: Profile) -> Callable[[str], bool]:
    """Whether a word is a synonym of one of the fact's words."""
    return lambda word: not p.syn.isdisjoint(checker.voc.synonyms.get(word, ()))


def _phrase_in(checker: Checker, fact: Fact, phrase: str) -> bool:
    """Whether a fact's English words say a phrase: its words in turn ("sets out"), or each
    of its content words as written ("exchange" for "in exchange"; "returned" is another
    word than the "return" of "in return")."""
    said = " ".join(_normalized(t) for t in (fact.text.en, *fact.aliases_en))
    if _phrase_pattern(phrase).search(said) is not None:
        return True
    own = [w for w in phrase.split() if w not in checker.voc.function_en]
    return bool(own) and all(words_pattern((w,)).search(said) for w in own)


@lru_cache(maxsize=512)
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    words = (re.escape(w) + r"[a-z]*" for w in phrase.split())
    return re.compile(r"\b" + r"\s+".join(words) + r"\b")


def word_held(checker: Checker, p: Profile, word: str) -> bool:
    """Whether a fact's words hold a word, or one of its synonyms."""
    if word.isascii() and " " in word:  # "set out": its group's, or the phrase itself
        held = _phrase_in(checker, p.fact, word)
    elif word.isascii():
        held = word in checker.words_in(p.fact)
    else:
        held = cjk_backed(word, p.grams, p.negated_grams, said=_synonym_of(checker, p))
    return held or not p.syn.isdisjoint(checker.voc.synonyms.get(word, ()))


def _qualified_elsewhere(checker: Checker, p: Profile, run: str) -> bool:
    """Whether a Chinese word's first character, a qualifier this fact lacks (干 of 干质量
    where it says 发射质量; 首 of 首次飞行 where it says 最后一次飞行), is held with the whole word
    by another fact: that fact's word."""
    rest = [run[j : j + 2] for j in range(1, len(run) - 1)]
    if len(run) < 3 or run[:2] in p.grams or any(g not in p.grams for g in rest):
        return False
    facts: set[int] | None = None
    for j in range(len(run) - 1):
        found = set(checker.may.get(f"g:{run[j : j + 2]}", ()))
        facts = found if facts is None else facts & found
        if not facts:
            return False
    return facts is not None and p.pos not in facts


OWNER = lazy(r"['’]s?\b|的")  # "Apollo 13's", 彗星9号的: what follows is the name's
_IN_WHOLE = lazy(r"\b(?:of|on|in|aboard|during)\s+(?:the\s+)?$")  # "on Flight 1549": within it


def addressed(checker: Checker, r: Reading, part: Part) -> bool:
    """Whether an actor is the one a thing was said or sent to: after "to" with a verb of
    saying or sending in the claim, or between 对/向 and such a verb (对丹增说)."""
    if not RECIPIENT.search(r.claim[max(0, part.start - 8) : part.start]):
        return False
    voc = checker.voc
    verbs = [
        v for v in r.of("predicate")
        if v.key in voc.reporting or "recipient" in voc.fields_of.get(v.key, ())
    ]  # fmt: skip
    if part.text.isascii():
        return bool(verbs)
    return any(v.start == part.end for v in verbs)


RECIPIENT = lazy(r"(?:\bto(?:\s+the)?|向|对|给)\s*$")  # whom a thing was said or sent to
_PLACE_ROLES = (
    ("from", lazy(r"(?:\bfrom|从|自)\s*$")),
    ("to", lazy(r"(?:\bto|\bfor|\btowards?|前往|飞往|驶往|开往)\s*$")),
    ("at", lazy(r"\b(?:off|near|outside)\s*$")),  # where it happened: no end of a route
)
_NEAR_ZH = lazy(r"\s*(?:附近|外海|近海|海域|一带)")  # 济州岛附近海域: where it happened, after it


def _subject(r: Reading, part: Part) -> bool:
    """Whether a part opens its clause: nothing the claim says stands before it there."""
    start = clause_start(r.claim, part.start)
    return not any(start <= x.start < part.start and x.kind in CONTENT for x in r.parts)


def _placed_elsewhere(checker: Checker, p: Profile, part: Part, r: Reading) -> bool:
    """Whether the claim's "<verb> at/in X" is said by the fact's own words of another
    place ("built at Vidyayevo" against "built at Severodvinsk, based at Vidyayevo")."""
    if r.lang != "en":
        return False
    said = _VERB_AT.search(r.claim, max(0, part.start - 30), part.start)
    if said is None or (
        checker.voc.entity_kind.get(part.key) != "place" and said.group(2).lower() != "in"
    ):
        return False  # a state "in" which a thing was built, not a ship worked "on"
    word = said.group(1).lower()
    if not deed_word(checker.voc, word):
        return False  # "hours on the lunar surface": no verb of placing
    text = _normalized(p.fact.text.en)
    verb = re.escape(word)
    there = [
        m.group(1) for m in re.finditer(rf"\b{verb}\s+(?:at|in|on)\s+(?:the\s+)?([^,;.]+)", text)
    ]
    names = {normalize(part.text).strip()}
    if part.key in checker.by_id:
        names |= checker.alias_norms(part.key)
    return bool(there) and not any(t.startswith(n) for t in there for n in names if n)


def deed_word(voc: Vocabulary, word: str) -> bool:
    """A participle or past form ("built", "held", "based"), not a noun ("hours in")."""
    word = word.lower()
    return word.endswith("ed") or word in voc.irregular


_VERB_AT = lazy(r"\b([A-Za-z]{3,})\s+(at|in|on)\s+(?:the\s+)?$")


def _before_place(r: Reading, part: Part) -> str:
    """The few words before a place, without a "the" right before it: where its
    preposition stands ("from the", 从)."""
    return re.sub(r"\bthe\s*$", "", r.claim[max(0, part.start - 12) : part.start])


def _preposition(r: Reading, part: Part) -> str | None:
    """The role a word before a place gives it ("from", "to", 从, 前往), whatever the verb
    (once per claim)."""
    key = ("preposition", id(part))
    if key not in r.memo:
        before = _before_place(r, part)
        r.memo[key] = next((n for n, pattern in _PLACE_ROLES if pattern.search(before)), None)
        if r.memo[key] is None and _NEAR_ZH.match(r.claim, part.end):
            r.memo[key] = "at"
    return r.memo[key]  # type: ignore[return-value]


def _others_deed(checker: Checker, p: Profile, part: Part, r: Reading) -> bool:
    """Whether a word the lexicon does not know as a verb, but written as one ("investigated"),
    is said of a doer whom this fact (a whole around the statement's fact) does not give as
    its actor, where it gives another of the same kind."""
    if part.kind != "term" or not VERB_LIKE.match(part.text):
        return False
    actors = p.slots.get("actor", set())
    kind_of = checker.voc.entity_kind
    subjects = [x for x in r.of("entity") if agent(checker.voc, r, x, part)]
    return any(
        kind_of.get(s.key) in ("party", "person")
        and any(kind_of.get(a) == kind_of.get(s.key) for a in actors)
        and not (within(checker, s.key, actors) or held_by(checker, s.key, actors))
        for s in subjects
    )


def counted_from(r: Reading, verb: Part) -> bool:
    """Whether the claim names a verb only as the point a time counts from ("after
    takeoff", 爆炸约五个半小时后)."""
    if ("points",) not in r.memo:
        r.memo[("points",)] = {id(x) for x in reference_points(r)}
    found = r.memo[("points",)]
    assert isinstance(found, set)
    return id(verb) in found


def reported(checker: Checker, r: Reading, verb: Part) -> bool:
    """Whether a verb is only reported under a denied or qualified saying ("none declared the
    talks dead"): the claim does not state it, nor its opposite."""
    if ("hedged",) not in r.memo:
        r.memo[("hedged",)] = hedged(r, checker.voc)
    found = r.memo[("hedged",)]
    assert isinstance(found, dict)
    return id(verb) in found and bool(found[id(verb)] & checker.voc.reporting)


def _said_under(checker: Checker, r: Reading, verb: Part) -> bool:
    """Whether a verb follows a verb of saying in its clause ("declared the talks dead")."""
    start = clause_start(r.claim, verb.start)
    return any(
        x.kind == "predicate" and x.key in checker.voc.reporting and start <= x.start < verb.start
        for x in r.parts
    )


def _hedge_of_a_denied_deed(checker: Checker, p: Profile, word: Part, r: Reading) -> bool:
    """A word of the lexicon's `hedges` right before a verb ("formally announced", 正式宣布)
    whose deed the fact denies in any manner ("none ever declared"): the denial is of that
    deed however it was done, so the word is judged with the verb."""
    key = ("hedged verb", word.start, word.end)  # once per word, as every candidate fact asks
    if key not in r.memo:
        hedge = any(h in normalize(word.text) for h in checker.voc.hedges)
        r.memo[key] = next(
            (
                x.key for x in r.of("predicate")
                if hedge and x.start >= word.end and not r.claim[word.end : x.start].strip()
            ),
            None,
        )  # fmt: skip
    verb = r.memo[key]
    return isinstance(verb, str) and p.predicates.get(verb) is False and verb not in p.hedged


def hedged_alike(checker: Checker, p: Profile, verb: Part, r: Reading) -> bool:
    """Whether the fact denies this verb only as qualified ("never publicly accepted") and
    the claim qualifies its denial alike."""
    words = p.hedged.get(verb.key)
    if not words:
        return False
    hedges = [h for h in checker.voc.hedges if any(h in w for w in words)]
    start = max((m.end() for m in _SENTENCE.finditer(r.claim, 0, verb.start)), default=0)
    end = next((m.start() for m in CLAUSE.finditer(r.claim, verb.end)), len(r.claim))
    return any(
        x.kind == "term" and start <= x.start < end and any(h in normalize(x.text) for h in hedges)
        for x in r.parts
    )  # a word before it in its sentence or in its own clause ("publicly confirmed, …, that it
    # had agreed"), not one of a later clause


def _not_its_end(checker: Checker, sources: list[Profile], part: Part, r: Reading) -> bool:
    """Whether a place said with "from" or "to" (从, 飞往) is not the one held in that field
    by a fact whose other end is the claim's ("from Montreal to Winnipeg" against a flight
    from Montreal to Edmonton): one route, not the ends of two."""
    kind_of = checker.voc.entity_kind
    if kind_of.get(part.key) != "place":
        return False
    way = _preposition(r, part)
    if way is None:
        return False
    other = "to" if way == "from" else "from"
    ends = {
        x.key
        for x in r.of("entity")
        if kind_of.get(x.key) == "place" and _preposition(r, x) == other
    }
    return any(
        (held := p.slots.get(way, set()))
        and ends & p.slots.get(other, set())
        and part.key not in held
        and not within(checker, part.key, held)
        for p in sources
    )


_AT = lazy(r"(?:\b(?:at|on|in|near|off|outside|inside)|在|于)\s*$", re.IGNORECASE)  # where
_RELATIVE_AT = lazy(r",\s*(?:which|who|that|where)\b")  # "…, which started in Ardley, …"
_ATTRIBUTIVE_AT = lazy(
    r"[^，。；,;]{0,6}的"
)  # 在阿德利出发的列车: a place of the noun's own clause


def _at_another_place(checker: Checker, sources: list[Profile], part: Part, r: Reading) -> bool:
    """Whether a place said as where something happened ("on Oak Street", 在橡树街) is one a
    whole lists beside the place the statement's own fact holds (the parade's streets, the
    float's Elm Street), and not that place, nor within it or around it, nor named in its
    words: one stop of a route is not another."""
    kind_of = checker.voc.entity_kind
    if kind_of.get(part.key) != "place":
        return False
    if not _AT.search(_before_place(r, part)):
        return False
    lo = clause_start(r.claim, part.start)
    if _RELATIVE_AT.search(r.claim, max(0, lo - 2), part.start) or (
        not part.text.isascii() and _ATTRIBUTIVE_AT.match(r.claim, part.end)
    ):
        return False  # said of a noun in a clause of its own, not where the deed was done

    def places(p: Profile) -> set[str]:
        return {
            v for f in checker.voc.where_fields for v in p.slots.get(f, set())
            if kind_of.get(v) == "place"
        }  # fmt: skip

    anchor = sources[0]
    held = places(anchor)
    if not held or part.key in held or within(checker, part.key, held):
        return False
    listed = any(part.key in (around := places(p)) and around & held for p in sources[1:])
    return listed and backing(checker, anchor, part, r) is None


def _only_an_end(checker: Checker, p: Profile, place: str) -> bool:
    """Whether a fact holds a place only as an end of its route (`from`, `to`), and its
    words never say the place with "off" or "near"."""
    ends = p.slots.get("from", set()) | p.slots.get("to", set())
    elsewhere = any(place in refs for n, refs in p.slots.items() if n not in ("from", "to"))
    return place in ends and not elsewhere and not _said_in_role(checker, p, place, "at")


def _said_in_role(checker: Checker, p: Profile, place: str, role: str) -> bool:
    """Whether a fact's own words put a place after the word of a role ("from LaGuardia",
    从拉瓜迪亚): where no field holds it so."""
    own = checker.by_id.get(place)
    if own is None:
        return False
    pattern = dict(_PLACE_ROLES)[role]
    names = [normalize(n).strip() for n in (*own.fact.aliases_en, *own.fact.aliases_zh)]
    for text in (p.fact.text.en, p.fact.text.zh):
        said = normalize(text)
        for name in names:
            at = said.find(name)
            while at > 0:
                if pattern.search(re.sub(r"\bthe\s*$", "", said[max(0, at - 12) : at])):
                    return True
                at = said.find(name, at + 1)
    return False


def _unnamed_profile(checker: Checker, p: Profile, part: Part, r: Reading) -> bool:
    """An actor's own fact holding another actor in a field (a successor, an ally) relates
    the two: it backs that other actor only where the claim names the fact's own actor too
    (by name, by office, or by another actor its fields hold: "the Mossad chief")."""
    if p.fact.kind not in ENTITY_KINDS or part.key == p.fact.id:
        return False
    held = {e for refs in p.slots.values() for e in refs}
    if part.key not in held:
        return False
    own = p.fact.id
    theirs = checker.by_id[part.key].offices if part.key in checker.by_id else set()
    return not any(
        (x.kind == "entity" and x.key != part.key and (x.key in held or x.key == own))
        or (x.kind == "entity" and own in checker.ancestors(x.key))
        or (x.kind == "office" and x.key in p.offices and x.key not in theirs)
        for x in r.parts
    )  # an office both hold names neither ("the bishop then was Dahl")


def _one_days_verb(checker: Checker, anchor: Profile, day: Part, r: Reading) -> dt.date | None:
    """The day of a deed of one day (a `date`, no `start` or `end`) whose words say every verb
    of the date's clause ("the search ended on 12 March": the search's day, not the end of
    the voyage it was part of), unless its words tell of another step: another day or
    month, a length of time, an order word ("ended six weeks later")."""
    fact = anchor.fact
    if fact.date is None or fact.start is not None or fact.end is not None:
        return None
    if any(n.field == "date" for n in fact.notes):
        return None  # an erratum or other reporting gives another day: the notes judge it
    verbs = [x for x in in_clause(r, day, "predicate") or r.of("predicate") if not x.negated]
    if not verbs or not all(x.key in anchor.predicates or x.key in anchor.fates for x in verbs):
        return None
    if any(f == "text" and first != fact.date for first, _, f in anchor.days):
        return None  # its words date another deed too
    for text in (fact.text.en, fact.text.zh):
        said = checker.reading_of(text)
        if said.of("duration") or any(c.key in ORDER_CUES for c in said.of("cue")):
            return None  # "began on 3 March and ended six weeks later": a second step's day
        for d in said.of("date"):
            m = d.value
            if isinstance(m, DateMention) and (
                (m.month and m.month != fact.date.month) or (m.day and m.day != fact.date.day)
            ):
                return None  # "finished in January": a month or day of another deed
    whole = checker.by_id.get(fact.part_of or "")
    named = [x for x in r.parts if x.kind in ("entity", "term")]
    if not any(
        backs(checker, anchor, x, r) and (whole is None or not backs(checker, whole, x, r))
        for x in named
    ):
        return None  # "the voyage ended": the whole's names, which a part's fact bears too
    return fact.date if all(backs(checker, anchor, v, r) for v in verbs) else None


def _verb_day_source(
    checker: Checker, sources: list[Profile], day: Part, r: Reading
) -> Profile | None:
    """The source whose own day backs the verb of a date's clause ("launched" on 11 April:
    the mission's start), if one does: the date is said of that verb."""
    verbs = [x for x in in_clause(r, day, "predicate") if not x.negated]
    for p in sources:
        if any(backing(checker, p, v, r) in DAY_FIELDS for v in verbs):
            return p
    return None


def own_offices(p: Profile) -> list[str]:
    """A person's own offices and roles, as their fact types them."""
    out: list[str] = []
    for name in ("office", "role"):
        value = p.fact.values.get(name)
        out += [v for v in (value if isinstance(value, tuple) else (value,)) if isinstance(v, str)]
    return out


def _leads(checker: Checker, p: Profile) -> bool:
    """Whether a fact's own office or role is one that leads what it is the office of."""
    return any(checker.voc.leads(v) for v in own_offices(p))


def _cannot(p: Profile, key: str) -> bool:
    """Whether a fact's Chinese words deny a verb and its result with 不 between them (谈不拢
    for 没谈拢, 达不成 for 未达成): the potential form that says it could not be done."""
    if len(key) < 2 or key.isascii() or "不" not in p.fact.text.zh:
        return False  # (asked for every word and candidate fact: the cheap test first)
    text = _normalized(p.fact.text.zh)
    return any(f"{key[:i]}不{key[i:]}" in text for i in range(1, len(key)))


def _thing_of_the_event(checker: Checker, p: Profile, verb: Part, r: Reading) -> bool:
    """Whether the verb is said of a place the fact names (in a field or its words), with no
    object, and the fact's words never say it: "the dam was finished in March 1928" is the
    dam's making, not the end of the flood that has the dam as its place. (Not of a body: "the
    Aurin was launched on 3 May" is backed by a fact whose words say only that it followed.)"""
    voc = checker.voc
    said = {verb.key, *voc.also.get(verb.key, ()), *voc.implied_by.get(verb.key, ())}
    if any(p.predicates.get(k) is True for k in said):
        return False
    lo, hi = clause_start(r.claim, verb.start), clause_end(r.claim, verb.end)
    words = [x for x in r.parts if x.kind in ("entity", "term", "predicate") and x is not verb]
    before = [x for x in words if lo <= x.start and x.end <= verb.start]
    after = [x for x in words if verb.end <= x.start and x.end <= hi]
    return (
        not after  # "Paris began the talks": the place as host, with an object
        and len(before) == 1
        and before[0].kind == "entity"
        and voc.entity_kind.get(before[0].key) == "place"
        and before[0].key != p.fact.id
        and before[0].key in p.entities
    )


def _named_event(checker: Checker, p: Profile, verb: Part, r: Reading) -> bool:
    """The verb's subject is an event the claim names by its label (Apollo 13) that is not
    this fact: its day is that event's, not this one's ("Apollo 13 was launched on 13
    April" is not backed by the day of the explosion)."""
    lo = clause_start(r.claim, verb.start)
    return any(
        x.kind == "entity"
        and x.key in checker.voc.labelled
        and x.key != p.fact.id
        and lo <= x.start
        and x.end <= verb.start
        for x in r.parts
    )


def in_clause(r: Reading, part: Part, kind: str) -> list[Part]:
    """The parts of a kind in the clause of a part ("found on 2 July, and came out on 10
    July": each verb with its own day)."""
    lo, hi = clause_start(r.claim, part.start), clause_end(r.claim, part.end)
    return [x for x in r.of(kind) if lo <= x.start and x.end <= hi]


def _backing(checker: Checker, p: Profile, part: Part, r: Reading) -> str | None:
    kind, key = part.kind, part.key
    if (
        kind in ("number", "duration")
        and p.fact.kind in ("person", "party", "place")
        and not any(x.key == p.fact.id for x in r.of("entity"))
    ):
        return None  # an actor's own figures (an age) are its own, not another's it names
    if kind == "predicate" and key in p.points and counted_from(r, part):
        return "text"  # 爆炸约五个半小时后: the fact counts from the explosion too
    if kind == "predicate" and not part.negated and _cannot(p, normalize(part.text).strip()):
        return None  # 罪名成立 against the fact's 罪名不成立: its words deny it
    if kind == "predicate" and reported(checker, r, part):
        return "text" if key in p.hedged or key in p.predicates else None  # said, not stated
    if kind == "predicate" and key in p.hedged and _said_under(checker, r, part):
        return "text"  # "all declared the talks dead": what the fact says none declared
    if part.negated:  # a denial is backed by a fact that denies it too, or states the opposite
        if p.fact.kind == "aim" and not _as_aim(checker, part, r):
            return None  # "to talk Osk out of a blockade": no word that none was launched
        actors = [  # the doers of this very predicate, by position
            x.key
            for x in r.parts
            if x.kind == "entity" and checker.voc.entity_kind.get(x.key) != "place"
            and (kind != "predicate" or agent(checker.voc, r, x, part))
        ]  # fmt: skip
        doers = {e for n, refs in p.slots.items() if n != "absent" for e in refs}
        absent = p.slots.get("absent", set())
        if absent and any(a in doers and a not in absent for a in actors):
            return None  # the fact denies it of someone else (those it names as absent)
        owners = absent or p.slots.get("actor", set())
        if actors and owners and not all(held_by(checker, a, owners) for a in actors):
            return None  # "Qatar did not take part": the fact's denial is Hamas's
        did_else = {  # those the fact says did otherwise (the abstainers of a vote for it)
            e for role in checker.voc.excludes.get(key, ())
            for f in checker.voc.fields_of.get(role, ()) for e in p.slots.get(f, ())
        }  # fmt: skip
        if not actors and (owners or did_else) and kind == "predicate" and _group_denied(r, part):
            return None  # "no member voted for it": the fact denies it of Russia alone
        if kind == "predicate":
            opposites = (
                set() if denied_of_all(checker, r, part) else checker.voc.opposite.get(key, set())
            )
            denied = (
                p.predicates.get(key) is False
                or (
                    any(p.predicates.get(o) is True for o in opposites)
                    and p.predicates.get(key) is not True  # "reached a deal, yet failed"
                )
                or hedged_alike(checker, p, part, r)
            )
            if denied:
                return "text"
            cue = max(
                (c.start for c in r.of("cue") if c.key == "negation" and c.end <= part.start),
                default=-1,
            )
            subject = [  # who the denial is said of: the doers before it ("俄罗斯没有对…投赞成票")
                x.key for x in r.of("entity")
                if x.key in actors and x.end <= cue
            ] or actors  # fmt: skip
            for role in sorted(checker.voc.excludes.get(key, ())):  # a role no one holds
                for name in checker.voc.fields_of.get(role, ()):  # with it: the abstainers
                    holders = p.slots.get(name, set())
                    if subject and holders and all(held_by(checker, a, holders) for a in subject):
                        return f"values.{name}"
            return None
        if kind == "term" and key.isascii():
            return "text" if _denial_moved(p, part, r) else None
        if kind == "term":
            only_denied = cjk_backed(key, p.grams) and not cjk_backed(
                key, p.grams, p.negated_grams
            )
            return "text" if key in p.denied or _cannot(p, key) or only_denied else None
        return None
    if kind == "entity":
        if _siblings_of(checker, p, part, r):
            return None  # "Plan B used RIG-421": a whole lists its parts, not how they relate
        if _unnamed_profile(checker, p, part, r):
            return None  # "X's successor was Y" is said of X: it backs nothing of Y alone
        if key not in p.entities:
            if key in checker.ancestors(p.fact.id) and (
                OWNER.match(r.claim, part.end)
                or _IN_WHOLE.search(r.claim, 0, part.start)
                or (key in checker.voc.labelled and _subject(r, part))  # 阿波罗11号在大西洋溅落:
                # the mission, named as the subject, does what its parts do
            ):  # "Apollo 13's splashdown", 的, "three flight attendants on Flight 1549":
                return "part_of"  # a part of what it names
            # the IDF is Israel's, southern Gaza is in Gaza: a fact naming a part backs the whole
            inner = next((e for e in p.entities if key in checker.ancestors(e)), None)
            if inner is None:
                return None
            return next((f"values.{n}" for n, refs in p.slots.items() if inner in refs), "text")
        kind_of = checker.voc.entity_kind
        doing = [  # the fields of the doers of what the claim makes it do
            f for pred in r.of("predicate") if agent(checker.voc, r, part, pred)
            for f in doer_fields(checker.voc, pred.key)
        ] + doer_fields_of_words(checker.voc, r, part)  # fmt: skip
        roles = [
            f for f in doing
            if f in p.slots and any(kind_of.get(h) == kind_of.get(key) for h in p.slots[f])
        ]  # fmt: skip
        if (
            roles
            and not any(key in p.slots[f] for f in roles)
            and any(key in refs for refs in p.slots.values())
            and not _mutual_partner(checker, p, part, r)
        ):
            return None  # named, but in another role than the claim gives it
        if _held_as_object(checker, p, part, r):
            return None  # "Hayward replaced Dudley": the fact has Hayward as the one replaced
        if _not_its_doer(checker, p, part, r):
            return None  # "Qatar launched the ground offensive": it mediated round one
        if _in_actors_place(checker, p, part, r):
            return None  # "the Mont-Blanc was on the wrong side": the Imo was
        for pred in r.of("predicate"):  # the fact's own words say who did it
            if pred.key in checker.voc.directions:
                continue  # where a place lies is no deed (see `directions`)
            said = p.doers.get(pred.key, set())
            same = {d for d in said if kind_of.get(d) == kind_of.get(key)}
            if (
                same
                and not pred.negated
                and key not in same
                and not within(checker, key, same)
                and not held_by(checker, key, same)
                and agent(checker.voc, r, part, pred)
            ):
                return None  # "Egypt's delegates left": its words say Qatar's and Hamas's did
        for deed in r.of("term"):  # and of a deed the lexicon lacks: 汉克斯执导 (Eastwood did)
            same = {
                d
                for d in deed_doers(p, deed, checker.voc.irregular)
                if kind_of.get(d) == kind_of.get(key)
            }
            if (
                same
                and key not in same
                and not within(checker, key, same)
                and not held_by(checker, key, same)
                and agent(checker.voc, r, part, deed)
            ):
                return None
        held_by_field = p.slots.get("recipient", set())
        if (
            kind_of.get(key) != "place"
            and any(kind_of.get(h) == kind_of.get(key) for h in held_by_field)
            and key not in held_by_field
            and not within(checker, key, held_by_field)
            and addressed(checker, r, part)
        ):
            return None  # "said to Tenzing", 向…提交: the fact's recipient is another
        way = _preposition(r, part) if kind_of.get(key) == "place" else None  # from, to
        if kind_of.get(key) != "person" and _placed_elsewhere(checker, p, part, r):
            return None  # "built at Vidyayevo": its words have it built at Severodvinsk (or
            # "built in Panama", a state, where they have it built in Japan)
        if way == "at" and _only_an_end(checker, p, key):
            return None  # "sank off Jeju": where a voyage was bound is not where it sank
        back = {"to": "from", "from": "to"}.get(way or "", "")
        if back and key in p.slots.get(back, ()) and key not in p.slots.get(way or "", ()):
            return None  # "sailed from Long Beach to Valdez": the fact has it leave Valdez
        if way and not _said_in_role(checker, p, key, way):
            if any(way in checker.voc.fields_of.get(v.key, ()) for v in r.of("predicate")):
                if key not in p.slots.get(way, ()):
                    return None  # "took off from Teterboro": the fact holds it as offered
            elif any(
                e != key and _said_in_role(checker, p, e, way)
                for e in p.entities
                if kind_of.get(e) == "place"
            ):
                return None  # "from Fiume to New York": its words put New York after "from"
        return next((f"values.{n}" for n, refs in p.slots.items() if key in refs), "text")
    if kind in ("predicate", "term") and _hearsay(checker, p, r):
        return None  # "Israel agreed to the proposal": the US said so; Israel never did
    if kind == "predicate" and key in ("say", "argue") and p.fact.kind in _VIEWS:
        speakers = {e for f in ("speaker", "actor", "attributed_to") for e in p.slots.get(f, ())}
        sayers = [x for x in r.of("entity") if agent(checker.voc, r, x, part)]
        if sayers and all(x.key in speakers for x in sayers):
            return "values.speaker" if "speaker" in p.slots else "values.actor"
    if kind == "predicate" and key in ("say", "argue") and p.fact.kind in OPINIONS:
        authors = [x for x in r.parts if is_author(checker.voc, x) and x.end <= part.start]
        others = [
            x for x in r.of("entity")
            if not is_author(checker.voc, x) and agent(checker.voc, r, x, part)
        ]  # fmt: skip
        if authors and not others:  # "the author argues …": an assessment is the author's
            return "kind"
    if (
        kind == "predicate"
        and p.fact.kind == "aim"
        and (
            (
                (key in checker.voc.done or r.memo.get(("achieved", id(part))))
                and not (key in p.predicates and _aim_of_the_deed(r, part))
            )
            or not _said_as_sought(checker, r, part)
        )
    ):
        return None  # an aim is what is sought: its words never say it was achieved ("Israel
        # achieved the demilitarisation of Gaza"), but back "achieving X is one of its aims"
    if kind == "predicate":  # a field the verb fills first: it holds more than the words
        fields = checker.voc.fields_of.get(key, ())
        dated = key in checker.voc.dated  # "began", "announced": a day is the deed's own
        worded = key not in checker.voc.said or p.predicates.get(key) is True
        for f in fields:
            value = p.fact.values.get(f)
            if (
                isinstance(value, str)
                and f in checker.voc.shared
                and f not in p.slots
                and key not in p.verbs_of.get(f, ())
            ):
                continue  # a text field of several verbs says which by its words: `fate = "died"`
            if (f in checker.voc.generic_fields or isinstance(value, dt.time)) and (
                p.predicates.get(key) is not True
            ):
                continue  # every event has an actor and a time: its words must say the verb
            if f in checker.voc.heads_only.get(key, ()) and not _leads(checker, p):
                continue  # "Moor was the director of the port": he only works there
            if value not in (None, 0, ()) and p.predicates.get(key) is not False and worded:
                if p.predicates.get(key) is None and _another_deed(checker, p, key, f):
                    continue  # "body" of a resignation backs no dissolving
                return f"values.{f}"
            if (
                f in DAY_FIELDS
                and getattr(p.fact, f) is not None
                and (
                    dated
                    or any(backing(checker, p, d, r) == f for d in in_clause(r, part, "date"))
                )
                and not _named_event(checker, p, part, r)
                and not (p.predicates.get(key) is None and _another_deed(checker, p, key, f))
                and not (
                    f not in _EDGES
                    and p.predicates.get(key) is None
                    and _other_edge(checker, p, key)
                )  # a day, not its own edge (`end`): "ended their strike on 20 May"
                and not (key in p.wished and key not in p.deeds)  # "should have started"
                and not (key in p.points and p.predicates.get(key) is None)
                and not _thing_of_the_event(checker, p, part, r)
                and not any(
                    x.key in p.point_words and x.end <= part.start
                    for x in in_clause(r, part, "term")
                )  # its subject
            ):
                return f  # every event has a day: else it backs a verb on the claim's day;
                # not where the fact's words give that day to another verb ("put out"), nor
                # to a verb they name only as the point they count from ("a week after it began"),
                # nor said of what they name only as that point ("the day after the fire")
        if wanting(checker, p, part, r):
            return "text"  # "the US is pushing Hamas to accept": its words want that too
        if p.predicates.get(key) is True or any(
            p.predicates.get(k) is True for k in checker.voc.implied_by.get(key, ())
        ):  # "the talks stalled": a fact that says they failed says that much
            if _wished_of_another(checker, p, part, r) or _unrealised_quality(checker, p, part, r):
                return None
            return "text"
        opposites = checker.voc.opposite.get(key, set())  # "not the same" says "different"
        return "text" if any(p.predicates.get(o) is False for o in opposites) else None
    if kind == "unit":
        if any(a.unit == key for a in p.amounts):
            return next(a.field for a in p.amounts if a.unit == key)
        holder = _holding_field(checker, p, key)
        members = _members(checker, r, part) if key in checker.voc.unit_holders else None
        if members is not None and [x.key for x in members if x.kind == "entity"] == [p.fact.id]:
            word = checker.voc.word_key(part.text)  # 林德是委员会的成员: her own fact's words
            held = word in p.terms if word.isascii() else cjk_backed(word, p.grams)
            office = p.fact.values.get("office")
            office_key = (
                checker.voc.word_key(normalize(office).strip()) if isinstance(office, str) else ""
            )
            if office_key in (key, word):
                return "values.office"  # "a member of the board": her office is "member"
            return "text" if held else None
        if members is not None and holder is None and members:  # "the only member to do
            word = checker.voc.word_key(part.text)  # so": no field of members, its words
            held = (
                word in checker.words_in(p.fact) if word.isascii() else cjk_backed(word, p.grams)
            )
            named = all(x.kind == "entity" and x.key in p.entities for x in members)
            return "text" if held and named else None
        if members is not None:  # "X was among the parties": X must be in the field
            holding = p.slots.get((holder or "values.")[7:], set())
            inside = all(
                x.kind == "entity" and (x.key in holding or within(checker, x.key, holding))
                for x in members
            )
            return holder if holder is not None and inside else None
        if holder is not None:
            return holder
        word = checker.voc.word_key(part.text)
        held = word in p.terms if word.isascii() else cjk_backed(word, p.grams)
        if held or not p.syn.isdisjoint(checker.voc.synonyms.get(word, ())):
            return "text"
        return "aliases" if _in_own_name(p, part, r) else None
    if kind == "term":
        if isinstance(part.value, str) and p.predicates.get(part.value) is True:
            return "text"  # "mid-air refuelling near …", read as a word: the fact says the deed
        if _hedge_of_a_denied_deed(checker, p, part, r):
            return "text"  # "formally announced" where the fact says none ever announced
        if (key in p.denied and not _denial_moved(p, part, r)) or _said_of_another(p, part, r):
            return None
        if _cannot(p, key):
            return None  # 谈拢 against the fact's 谈不拢: it could not be done
        if _ranked_only(p, part, r):
            return None  # "the largest group" against the fact's "second-largest group"
        if key in p.owners and _subject_of_verb(r, part) and not possessive(r, part):
            return None  # "the group was found" against "the group's bicycles were found"
        if not key.isascii() and _zh_owner_only(p, key) and _zh_subject(p, r, part):
            return None  # 一行人被发现 against 一行人的自行车和背包被发现
        denied_too = any(a <= part.start < b for a, b in zh_denied(r)) or any(
            v.key in p.predicates and p.predicates[v.key] is False and not v.negated
            for v in r.of("predicate")
        )  # 无需支付: said denied too; 悬挂了红旗 where it did not fly it: the verb is refuted
        held = (
            key in p.terms and (key not in p.compared or after_than(r, part))
            if key.isascii()
            else cjk_backed(
                key, p.grams, None if denied_too else p.negated_grams, said=_synonym_of(checker, p)
            )
        )
        if held and not key.isascii() and _opposite_forgiven(checker, p, key):
            return None  # 比空气轻 against words that never say 轻: an opposite is no particle
        if held and not key.isascii() and _swapped(checker, p, key):
            return None  # 开路式 against the fact's 闭路式: one character set against another
        if held and not key.isascii() and _qualified_elsewhere(checker, p, key):
            return None  # 干质量 against the fact's 发射质量, another fact's 干质量
        if antonym_swap(checker, p, part, r) is not None:
            return None  # 右舷 against the fact's 左舷, "lower decks" against "upper decks"
        if key.isascii() and _particle_swap(checker, p, part, r):
            return None  # "switched the lamp on" against the fact's "switched off the lamp"
        if held and _only_a_deputys(checker, p, part, r):
            return None  # "the principal" where the fact has only its vice-principal
        if not held and not p.syn.isdisjoint(checker.voc.synonyms.get(key, ())):
            held = True
        if not held and " " in key and key.isascii():
            held = word_held(checker, p, key)  # "set out": each of its words
        if not held:  # "the dam's height", 大坝的高度: the name of a field the fact gives
            named_field = field_named(checker, p, part, r)
            if named_field is not None:
                return named_field
        if not held:  # "two cave divers": what the members of the list it counts are called
            count = next((x for x in r.of("number") if _counted_noun(r, x) is part), None)
            return _members_counted(checker, p, count, r) if count is not None else None
        return "text"
    if kind == "number" and key == "percent" and _share_of_another_whole(checker, p, part, r):
        return None  # "37 per cent of the Gulf": its words give 37 per cent of the Gulf's
        # federal waters
    if kind == "number" and key == "times":  # "extended three times": the list's items
        listed = occurrence_field(checker, p, r)
        if listed is not None:
            exact = len(listed[1]) == part.value and part.approx == "exact"
            return f"values.{listed[0]}" if exact else None
        timed = times_said(p)  # "walked it twice"
        if timed and not WHICH_TIME.search(r.claim, 0, part.start):
            match = next((a for a in timed if fits(part, a)), None)
            return match.field if match else None
        part = replace(part, key="")  # 仅一次短暂停火: a count as any other
        key = ""
    if kind == "number" and key in checker.voc.unit_holders:
        holder = _holding_field(checker, p, key)  # "a four-party meeting": its closed list
        if holder is not None and p.fact.is_closed(holder[7:]):
            counted = len(p.slots.get(holder[7:], ()))
            if counted != part.value or part.approx != "exact":
                return None  # its closed list counts otherwise, whatever its words say
    if kind == "number" and part.key and whole_of_part(r, part):  # "of the 61 crew members"
        amounts = [a for a in in_unit(checker.voc, p.amounts, part.key) if a.unit == part.key]
        match = next((a for a in amounts if fits(part, a)), None)
        return match.field if match else None
    if kind == "number" and part.key in checker.voc.measure_words:  # 两家, 三堂: in the
        in_words = [a for a in amounts_for(checker, p, part, r) if fits(part, a)]  # fact's words,
        if in_words:  # or as a bare count (of a list, of a field its verb fills)
            return in_words[0].field
        return _backing(checker, p, made(r, replace(part, key="")), r)
    if kind == "number":
        amounts = amounts_for(checker, p, part, r)
        if not part.key and not part.detail:  # a bare number: a field its verb fills, or a name
            counts = (  # "172 died" where 172 is the fact's count of survivors: no name
                {a.value for a in p.amounts if a.field.startswith("values.") and a.unit}
                if counted_by_verb(checker, p, part, r)
                else set()
            )
            amounts = amounts_for(checker, p, part, r, typed=True) + [
                a for a in p.amounts
                if ((a.field == "aliases" and a.value >= 10) or (a.field == "text" and a.value >= 1000))
                and a.value not in counts
            ]  # fmt: skip  # a name: "resolution 2735" in its words too
        if part.approx != "exact":  # "fewer than 100" is backed by a count, not by any number
            amounts = [  # or by the same bound in the fact's words ("several rounds", 多轮)
                a for a in amounts
                if a.field.startswith("values.") or (a.approx, a.value) == (part.approx, part.value)
            ]  # fmt: skip
        match = next((a for a in amounts if fits(part, a)), None)
        if (
            match is None
            and not part.key
            and part.approx == "exact"
            and _labelled(checker, p, part, r)
        ):
            return "text"  # "bylaw 12", 第12号: the fact's words give it the same noun
        if match is None and not part.key and part.approx == "exact":
            return _members_counted(checker, p, part, r)
        return match.field if match else None
    if kind == "time":
        verbs = [
            v for v in in_clause(r, part, "predicate")
            if not v.negated and v.key not in ("say", "argue")
        ]  # fmt: skip
        if verbs and not any(backing(checker, p, v, r) for v in verbs):
            return None  # the time of another deed (the South Summit's, not the summit's)
        zoned = zone_times(checker, p, part, r)
        if zoned is not None:  # "19:29 UTC" is no "19:29 local time"
            return next((f"values.{f}" for f, t in zoned if time_fits(part, t)), None)
        planned = _planned_times(checker, p, part, r)
        if planned is not None:  # "due to leave at 6:30 but sailed at 9": which time is which
            return planned or None
        if any(time_fits(part, t) for t in p.times):
            return "values"
        return "text" if any(time_fits(part, t) for t in p.said_times) else None
    if kind == "duration":  # the lengths the claim's words point to, else any it states
        lengths = lengths_for_age(checker, p, part, r, bound_durations(checker, p, part, r))
        if not offset(r, part):  # "lasted more than half a day": not the day before
            lengths = [a for a in lengths if not a.offset]
        match = next((a for a in lengths if fits(part, a)), None)
        return match.field if match else None
    if kind == "date":
        mention = part.value
        assert isinstance(mention, DateMention)
        if mention.days and any(  # "the start of July" where its words say "the end of July"
            (y, m) == (mention.year, mention.month)
            and (lo > mention.days[1] or hi < mention.days[0])
            for y, m, (lo, hi) in p.month_parts
        ):
            return None
        if mention.days and any(
            (y, m) == (mention.year, mention.month)
            and lo <= mention.days[0] <= mention.days[1] <= hi
            for y, m, (lo, hi) in p.month_parts
        ):
            return "text"  # "the end of July 2021" where its words say so
        if _day_of_another_deed(checker, p, part, r):
            return None  # "flew over on 21 May": its words fly him over on the 22nd
        bound = date_field(checker, part, r)

        month_dated = (  # only for a fact known to its month, so the scans below are rare
            p.fact.date is None
            and not (mention.day or mention.days)
            and any(d[2] == "month" for d in p.days)
            and any(  # its words say the dated verb: a fact
                p.predicates.get(x.key) is True  # known only to its month did it that month
                for x in r.of("predicate")
                if "date" in checker.voc.fields_of.get(x.key, ())
            )
            and not any(  # nor where the claim names one the deed was done to (its target)
                x.kind == "entity" and done_to_only(checker, p, x.key) for x in r.parts
            )
        )

        def ends(first: dt.date, last: dt.date, f: str) -> set[str]:
            if f == "month" and month_dated:
                return {"month", "date"}
            return {"start", "end"} if f == "start" and first != last else {f}  # a period's two

        if bound and any(ends(*d) & bound for d in p.days if d[2] != "text"):
            bound = bound - {"text"}  # the fact types that day: its words do not count
        other = {  # days the fact types in another field: its words restating them neither
            d[0] for d in p.days if bound and d[2] != "text" and not ends(*d) & bound
        }
        for first, last, f in p.days:
            if f == "text" and first in other:
                continue
            if (
                bound
                and not ends(first, last, f) & bound
                and (f in checker.voc.date_fields or f == "text")
            ):
                continue  # "issued on 15 June": the notice's day, not the pause's start
            last = min(last, checker.last_day)  # an open period: as far as the facts go
            if f == "start" and first != last and bound and len(bound & {"start", "end"}) == 1:
                edge = "start" if "start" in bound else "end"  # "ended in late January"
                day = first if edge == "start" else last
                if date_fits(mention, day, day):
                    return edge
                continue
            if mention.day and first != last and f not in ("month",):
                if date_fits(mention, first, first) and (not bound or "start" in bound):
                    return "start"
                if date_fits(mention, last, last) and (not bound or "end" in bound):
                    return "end"
                continue  # a day inside a period is not the day of anything in it
            if mention.day and f == "month":
                continue  # a day is more than a fact known only to its month says
            if mention.month and f in ("year", "text") and _whole_years(first, last):
                continue  # and a month more than one known only to its year ("in 1628")
            if f == "text" and mention.until is None and _decade_or_century(first, last):
                continue  # and a year more than words that give a decade ("the 1950s")
            if date_fits(mention, first, last):
                return f
        return None
    if kind == "ordinal":
        n = part.value
        if ordinal_of_another_series(checker, p, part, r):
            return None  # "the seventh crewed mission" is no "seventh mission meant to land"
        if n == -1:  # "the last miner": the highest place its series has
            own = place_in_series(checker, p, key)
            if own is not None and own == series_last(checker, p):
                return "values.ordinal"
            return "text" if _last_in_words(p, part, r) else None
        if key and key not in checker.series and place_in_series(checker, p, key) is not None:
            key = ""  # "the first miner": the fact's one place
        if key:
            return "values.ordinal" if p.ordinals.get(key) == n else None
        if _named_by_ordinal(p, part, r):  # "the first extension" is the fact's own name
            return "aliases"
        if n in p.ordinals.values():
            return "values.ordinal"
        return _counted_list(checker, p, part, r)
    if kind == "office":
        if key not in p.offices or not _office_of(checker, part, r):
            return None
        return "values.office"
    if kind == "camp":
        return "values.camp" if key in p.camps else None
    return None


_ORDINAL_WORDS = tuple(sorted(EN_ORDINALS, key=EN_ORDINALS.__getitem__))  # first … tenth


def ordinal_of_another_series(
    checker: Checker, p: Profile, part: Part, r: Reading, n: int | None = None
) -> bool:
    """Whether a fact's English words give a place (the claim's, or `n`, the fact's own)
    with a word between the ordinal and the claim's noun that the claim does not say ("the
    seventh crewed mission" against "the seventh mission meant to land", or "the third
    mission meant to land"): a place in a narrower series, not the claim's."""
    place = part.value if n is None else n
    if not part.text.isascii() or not isinstance(place, int) or not 1 <= place <= 10:
        return False
    noun = WORD.findall(normalize(part.text))[-1:]
    if not noun or noun[0] in _ORDINAL_WORDS:
        return False
    said = _said_words(checker, r)
    pattern = rf"\b{_ORDINAL_WORDS[place - 1]}\s+((?:[a-z-]+\s+){{1,2}}?){re.escape(noun[0])}"
    for m in re.finditer(pattern, normalize(p.fact.text.en)):
        between = [w for w in m.group(1).split() if w not in checker.voc.function_en]
        if between and not any(checker.voc.word_key(w) in said for w in between):
            return True
    return False


def place_in_series(checker: Checker, p: Profile, key: str) -> int | None:
    """A fact's place in the series a claim's ordinal names ("the fourth round"), or its one
    place where the claim names no series the base has ("the first miner")."""
    if key in checker.series:
        return p.ordinals.get(key)
    if key in checker.voc.duration_days or key in checker.voc.clock_minutes:
        return None  # 第13天, "the second day": a count of days, not its place
    if p.fact.kind in SERIES and key:
        return None  # a round's place counts rounds: "the second truce" is not round two
    own = p.fact.values.get("ordinal")  # its own, not a whole's
    return own if isinstance(own, int) and not isinstance(own, bool) else None


def series_last(checker: Checker, p: Profile) -> int | None:
    """The last place in the series a fact is in: the highest ordinal among facts of its
    kind under the same whole, where more than one of them has one (else unknown)."""
    count, top = checker.series_lasts.get(series_group(p.fact), (0, 0))
    return top if count > 1 else None


def series_group(fact: Fact) -> tuple[str, str, str]:
    """The series a fact's ordinal counts it in: facts of its kind under the same whole whose
    first field naming a person is the same one (the miners brought up, `rescued_person`,
    not the rescuers sent down, `actor`; the plans, which name none)."""
    first = next(
        (
            name
            for name, value in fact.values.items()
            if any(ref.startswith("person-") for ref in iter_references(value))
        ),
        "",
    )
    return fact.kind, fact.part_of or "", first


_VIEWS = ("statement", "position")  # kinds of fact that say what an actor holds or said
OPINIONS = ("assessment",)  # the kind of fact that is the author's own view
COPULA = lazy(
    r"\b(?:is|was|are|were|(?:serves|served|serving|acts|acted|acting) as)\b|是|为|担任|出任"
)
# "serves as", 担任: saying what one is, as "is" does


def _members(checker: Checker, r: Reading, unit: Part) -> list[Part] | None:
    """The parts a claim says are members of what a unit word names ("X and Y were among
    the parties", "the cabinet included X"), or None when it says no membership."""
    cues = [c for c in r.of("cue") if c.key == "among"]
    start = clause_start(r.claim, unit.start)
    copula = COPULA.search(r.claim, start, unit.start)  # "X was a member of", "X是…成员"
    if cues:
        cue = min(cues, key=lambda c: abs(c.start - unit.start))
        if normalize(cue.text) in checker.voc.members_follow:
            end = clause_end(r.claim, cue.end)
            span = (cue.end, end)
        else:
            start = clause_start(r.claim, cue.start)
            end = min(cue.start, unit.start)
            copula = COPULA.search(r.claim, start, end)  # "X是会谈的参与方之一": X, not 会谈
            span = (start, copula.start() if copula else end)
    elif copula is not None:
        span = (start, copula.start())
    else:
        return None
    kinds = ("entity", "term")
    found = [x for x in r.parts if x.kind in kinds and span[0] <= x.start and x.end <= span[1]]
    if not found and cues and not r.claim[span[0] : cue.start].strip():
        before = [x for x in r.parts if x.kind == "entity" and x.end <= span[0]]
        if before and re.fullmatch(r"\s*[,，]\s*", r.claim[before[-1].end : span[0]]):
            found = [before[-1]]  # "Gantz, one of its core members": the name before the comma
    return found or None


WHICH_TIME = lazy(r"(?:最后|上|下|这|那|每|头|第)$")  # 最后一次: which time, no count


def times_said(p: Profile) -> list[Amount]:
    """How many times the fact says its deed happened: its typed counts in `times`, else
    the one figure its words give in times ("twice"; none where they give two: 十次…七次)."""
    timed = [a for a in p.amounts if a.unit == "times"]
    typed = [a for a in timed if a.field.startswith("values.")]
    if typed:
        return typed
    return timed if len({a.value for a in timed}) == 1 else []


def occurrence_field(
    checker: Checker, p: Profile, r: Reading
) -> tuple[str, tuple[object, ...]] | None:
    """The list a claim's verb fills in this fact (its extensions), whose items count how
    many times it happened."""
    for pred in r.of("predicate"):
        for f in checker.voc.fields_of.get(pred.key, ()):
            value = p.fact.values.get(f)
            if isinstance(value, tuple) and value:
                return f, value
    return None


def _is_a(checker: Checker, entity: str, kind: str) -> bool:
    """Whether an entity is of this kind (party, person, place) or type (state, city)."""
    return kind in (checker.voc.entity_kind.get(entity), checker.voc.entity_type.get(entity))


def _holding_field(checker: Checker, p: Profile, unit: str) -> str | None:
    """The field of a fact that holds what a unit word names: "the parties to the talks" are
    its participants when they are parties; "the mediators", its mediators."""
    kind, fields = checker.voc.unit_holders.get(unit, ("", ()))
    for name, refs in p.slots.items():
        if name == "absent" or not refs:
            continue
        if name in fields or (kind and all(_is_a(checker, e, kind) for e in refs)):
            return f"values.{name}"
    return None


def done_to_only(checker: Checker, p: Profile, key: str) -> bool:
    """Whether the fact holds an actor only in fields of those its deed is done to (the
    report's `target`, the lexicon's `[done_to_fields]`)."""
    fields = {f for f, held in p.slots.items() if key in held}
    return bool(fields) and fields <= checker.voc.done_to_fields


def date_field(checker: Checker, part: Part, r: Reading) -> set[str]:
    """The date fields of the verb a date belongs to (the nearest one that has them):
    "announced on 16 June" is the `announced` day, "began on 15 June" the `start`."""
    key = ("date_field", id(part))
    if key not in r.memo:
        r.memo[key] = frozenset(_date_field(checker, part, r))
    found: frozenset[str] = r.memo[key]  # type: ignore[assignment]
    return set(found)


_TO_VERB = lazy(r"\s*(?:(?:was|were|is|are|had|has|have|been|being|then|later|finally|also)\s+)*$")


def _subject_of_verb(r: Reading, part: Part) -> bool:
    """Whether an English word is the subject of the claim's next verb ("the group was
    found"): nothing but auxiliaries between them."""
    verb = r.next_of(part.end, "predicate")
    return verb is not None and _TO_VERB.match(r.norm[part.end : verb.start]) is not None


_ZH_OWNED = lazy(r"[人们方]?的")
_ZH_FRAME_END = lazy(r"之前|之后|以前|以后|前|后|时")


def _zh_owner_only(p: Profile, key: str) -> bool:
    """Whether a fact's Chinese words name a word only as the owner of a noun after it
    (一行人的自行车)."""
    text = normalize(p.fact.text.zh)
    at = [m.end() for m in re.finditer(re.escape(key), text)]
    return bool(at) and all(_ZH_OWNED.match(text, i) is not None for i in at)


def _zh_subject(p: Profile, r: Reading, part: Part) -> bool:
    """Whether a Chinese word is the subject of a verb the fact says, opening its clause or a
    frame of time (一行人于7月2日被发现, 在一行人被发现之前), with no other noun between."""
    if _ZH_OWNED.match(r.norm, part.end):
        return False  # 负责航行的船员: the claim's word describes a noun too
    verb = r.next_of(part.end, "predicate")
    if verb is None or p.predicates.get(verb.key) is not True:
        return False
    if not _ZH_OWNED.sub("", r.norm[part.end : verb.start], count=1).strip("人们方 "):
        return False  # 图片说明: a compound, as 图片的说明 is
    start = clause_start(r.claim, part.start)
    at = r.claim.rfind("在", start, part.start)
    if at >= 0 and not _ZH_FRAME_END.match(r.norm, verb.end):
        return False  # 在打捞中身亡: where or when, not who
    start = max(start, at + 1)
    return not any(
        x.kind in CONTENT_KINDS and start <= x.start < part.start for x in r.parts
    ) and not any(
        x.kind in ("term", "entity", "unit") and part.end <= x.start < verb.start for x in r.parts
    )


_NOT_UNTIL_ZH = lazy(r"[^，,。；;]{0,12}?才")


def _date_field(checker: Checker, part: Part, r: Reading) -> set[str]:
    edge = getattr(part.value, "edge", "")
    if edge:  # one end of "from 15 to 20 June": the first day or the last
        return {edge, "date", "month", "text"}
    preds = [
        x for x in r.of("predicate")
        if set(checker.voc.fields_of.get(x.key, ())) & checker.voc.date_fields
    ]  # fmt: skip
    before, after = (
        r.claim[max(0, part.start - 8) : part.start].lower(),
        r.claim[part.end : part.end + 3],
    )
    if after.startswith("起"):
        return {"start", "month", "text"}  # 从6月16日起: the first day of a period, which a
        # fact of one day (an announcement's) does not have
    if re.search(r"(?:\bfrom|\bsince|\bstarting|从|自)\s*$", before) or after.startswith("开始"):
        return {"start", "date", "month", "text"}  # "a pause from 15 June": when it began
    if re.search(r"(?:\buntil|\btill|\bto|至|到)\s*$", before) and not _NOT_UNTIL_ZH.match(
        r.claim, part.end
    ):
        return {"end", "date", "month", "text"}  # 直到4月初才脱浅: not until then, the verb's day
    cues = [x.start for x in r.of("cue") if x.key in ORDER_CUES]
    preds = [  # not a verb that an order word ("once the truce ended") sets apart from it
        x for x in preds
        if not any(min(x.start, part.start) < c < max(x.start, part.start) for c in cues)
    ]  # fmt: skip
    if not preds:
        return set()

    def gap(a: Part, b: Part) -> int:
        return min(abs(a.start - b.end), abs(b.start - a.end))

    nearest = min(preds, key=lambda x: gap(x, part))
    if min(r.of("date"), key=lambda d: gap(d, nearest)) is not part:
        return set()  # the verb's own date is another one: this one is not bound to it
    return {f"values.{f}" if f not in ("date", "start", "end", "month") else f
            for f in checker.voc.fields_of.get(nearest.key, ())} | {"text"}  # fmt: skip


def _only_a_deputys(checker: Checker, p: Profile, part: Part, r: Reading) -> bool:
    """Whether the fact's words say this word only after a deputy's word (vice-principal,
    副校长) and the claim says it without one: the deputy is not the one they serve."""
    nots = checker.voc.leading_offices[1]
    en, zh = p.fact.text.en.lower(), p.fact.text.zh
    if not any(n in (en if n.isascii() else zh) for n in nots):
        return False  # no deputy in its words at all (the common case, asked for every word)
    word = normalize(part.text).strip()
    before = normalize(r.claim[max(0, part.start - 12) : part.start]).rstrip(" -")
    if any(before.endswith(n) for n in nots):
        return False
    english = word.isascii()
    text = _normalized(p.fact.text.en if english else p.fact.text.zh)
    pattern = rf"(?<![a-z]){re.escape(word)}(?![a-z])" if english else re.escape(word)
    places = [m.start() for m in re.finditer(pattern, text)]
    return bool(places) and all(
        any(text[:at].rstrip(" -").endswith(n) for n in nots) for at in places
    )


def antonym_swap(checker: Checker, p: Profile, part: Part, r: Reading | None = None) -> str | None:
    """The fact's own word where the claim says its opposite (the lexicon's `antonyms`):
    右舷 where the fact's words have 左舷 and not 右舷, "lower" where they have "upper" and
    not "lower"; where they have both, the one they say first after the thing the claim
    says it of ("a red zone closed to the public and a blue zone open …")."""
    opposites = checker.voc.antonyms
    if not opposites:
        return None
    word = normalize(part.text).strip()
    if word.isascii():
        key = checker.voc.word_key(word)
        for other in sorted(opposites.get(word, ())):
            held = checker.voc.word_key(other) in p.terms
            if not held and not says(_normalized(p.fact.text.en), other):
                continue  # "the left main gear": a word the reading took for a verb ("leave")
            if key not in p.terms:
                if held:
                    return other
                continue
            if r is not None and _said_first_of(p, part, r, (word, other)) == other:
                return other
        return None
    whole = opposites.get(word, ()) if len(word) > 1 else ()  # 寒冷, 温暖: words, not characters
    text = _normalized(p.fact.text.zh) if whole else ""
    for other in sorted(whole):
        if other in text and (
            word not in text
            or (r is not None and _said_before_zh(p, part, r, (word, other)) == other)
        ):
            return other
    inside = [w for w in opposites if len(w) > 1 and w != word and w in word]  # 前部滑梯
    text = _normalized(p.fact.text.zh) if inside else text
    for sub in inside:
        for other in sorted(opposites[sub]):
            if other in text and sub not in text:
                return other
    if len(word) == 1 and r is not None and word in opposites:  # 比预计晚了 against 比预计早了
        text = _normalized(p.fact.text.zh)
        before = r.norm[max(0, part.start - 2) : part.start]
        after = r.norm[part.end : part.end + 1]
        around = [w for w in (before + word, word + after) if len(w) > 1]
        for other in sorted(opposites[word]):
            turned = [w.replace(word, other) for w in around]
            if any(t in text for t in turned) and not any(w in text for w in around):
                return other
    for i, char in enumerate(word):
        for other in sorted(opposites.get(char, ())):
            for j in (i - 1, i):  # the pair the character makes with the one before or after
                if j < 0 or j + 2 > len(word):
                    continue
                pair = word[j : j + 2]
                theirs = pair.replace(char, other, 1) if pair[0] == char else pair[0] + other
                if theirs in p.grams and pair not in p.grams:
                    return theirs
                if theirs in p.grams and r is not None:  # both: which one the fact says of
                    said = _said_before_zh(p, part, r, (char, other))  # what follows the word
                    if said == other:
                        return theirs
    return None


def _particle_swap(checker: Checker, p: Profile, part: Part, r: Reading) -> bool:
    """Whether the claim says a verb with a particle ("switched on", "turned the foghorn
    on") that the fact's English words say only with its opposite (the lexicon's
    `[antonyms] particles`)."""
    particles = checker.voc.particles
    if not particles or not VERB_LIKE.match(part.text):
        return False
    said = _PARTICLE.match(r.norm, part.end)
    word = said and (said.group(1) or said.group(2))
    if not word or word not in particles:
        return False
    mine, other = word, particles[word]
    text = _normalized(p.fact.text.en)
    key = checker.voc.word_key(part.text)
    found = set()
    for m in WORD.finditer(text):
        if checker.voc.word_key(m.group()) == key:
            after = _PARTICLE.match(text, m.end())
            if after is not None:
                found.add(after.group(1) or after.group(2))
    return other in found and mine not in found


# right after the verb ("switched on the lamp"), or after its object where nothing but the
# clause's end or a word of time or place follows ("switched the lamp on at midnight"), not
# a date's "on" ("towed the Orla on 19 December")
_PARTICLE = lazy(
    r"\s+(on|off|up|down)\b(?!\s+\d)"
    r"|(?:\s+(?!on\b|off\b|up\b|down\b)[a-z'-]+){1,3}?\s+(on|off|up|down)\b"
    r"(?=\s*(?:$|[,.;:!?]|(?:at|in|on|before|after|when|while|and|during|for|until|again"
    r"|back|that|this|then|later|once|by)\b))"
)


def _said_before_zh(p: Profile, part: Part, r: Reading, pair: tuple[str, str]) -> str | None:
    """Which of two opposite characters the fact's Chinese words put just before the thing
    the claim's word describes (寒冷的表层水 against 温暖的表层水压在寒冷…的深层水之上)."""
    nxt = r.next_of(part.end, "term", "unit")
    if nxt is None or r.claim[part.end : nxt.start].strip() not in ("", "的"):
        return None
    text = _normalized(p.fact.text.zh)
    thing = normalize(nxt.text).strip()
    found = set()
    for m in re.finditer(re.escape(thing), text):
        near = text[max(0, m.start() - 6) : m.start()]
        at = {w: near.rfind(w) for w in pair if w in near}
        if at:
            found.add(max(at, key=lambda w: at[w]))
    return found.pop() if len(found) == 1 else None


def _said_first_of(p: Profile, part: Part, r: Reading, pair: tuple[str, str]) -> str | None:
    """Which of two opposite words the fact's English words say first after the thing the
    claim says one of (the terms right before it in its clause: "the red zone was open"),
    within that thing's clause of the fact; None where they do not name the thing."""
    start = clause_start(r.claim, part.start)
    before = [x for x in r.parts if start <= x.end <= part.start and x.kind in ("term", "unit")]
    if not before or r.claim[before[-1].end : part.start].strip() in ("", ","):
        return _said_before(p, part, r, pair)  # "cold surface water": of what follows it
    thing = [before[-1]]
    if len(before) > 1 and not r.claim[before[-2].end : before[-1].start].strip():
        thing.insert(0, before[-2])  # "red zone"
    words = [re.escape(normalize(x.text).strip()) for x in thing]
    text = _normalized(p.fact.text.en)
    said = re.search(r"\b" + r"\W{1,3}".join(words) + r"\b", text)
    if said is None:
        return None
    rest = text[said.end() : clause_end(text, said.end())]
    cut = re.search(r"\band\b|;", rest)
    rest = rest[: cut.start()] if cut is not None else rest
    found = re.search(r"\b(" + "|".join(map(re.escape, pair)) + r")\b", rest)
    return found.group(1) if found is not None else None


def _said_before(p: Profile, part: Part, r: Reading, pair: tuple[str, str]) -> str | None:
    """Which of two opposite words the fact's English words put just before the thing the
    claim's word stands before ("cold surface water" against "warm surface water lies over
    cold … water"): within two words before those words; None where they do not name it."""
    after: list[Part] = []
    for x in sorted(r.parts, key=lambda x: x.start):
        if x.start < part.end or x.kind not in ("term", "unit"):
            continue
        gap = r.claim[(after[-1].end if after else part.end) : x.start]
        if gap.strip():
            break
        after.append(x)
    if not after:
        return None
    words = r"\W{1,3}".join(re.escape(normalize(x.text).strip()) for x in after[:2])
    text = _normalized(p.fact.text.en)
    claim_words = _context_words(  # the parts' offsets are into the claim as given
        normalize(r.claim[: part.start]), normalize(r.claim[after[-1].end :])
    )
    scored: dict[str, int] = {}
    for said in re.finditer(r"\b" + words + r"\b", text):
        near = re.findall(r"[a-z]+", text[max(0, said.start() - 30) : said.start()])[-2:]
        found = [w for w in near[-1:] + near[:1] if w in pair]
        if found:  # "lower gate was opened … upper gate stayed shut": the one whose words
            shared = len(claim_words & _context_words(text[: said.start()], text[said.end() :]))
            scored[found[0]] = max(scored.get(found[0], -1), shared)  # round it the claim's
    best = sorted(scored.items(), key=lambda kv: -kv[1])
    if not best or (len(best) > 1 and best[0][1] == best[1][1]):
        return None
    return best[0][0]


def _context_words(before: str, after: str) -> set[str]:
    """The longer words of the clause round a phrase: three before the word just before it
    (the opposite itself), three after it; their first five letters, so forms agree."""
    cut = re.search(r"[;,.]|\band\b|\bwhile\b", after)
    after = after[: cut.start()] if cut else after
    cuts = list(re.finditer(r"[;,.]|\band\b|\bwhile\b", before))
    before = before[cuts[-1].end() :] if cuts else before
    words = re.findall(r"[a-z]{3,}", before)[-4:-1] + re.findall(r"[a-z]{3,}", after)[:3]
    return {w[:5] for w in words}


def _swapped(checker: Checker, p: Profile, run: str) -> bool:
    """Whether a fact's Chinese words hold a Chinese run of the claim with one of its
    characters replaced by another (开路式氧气装置 against 闭路式氧气装置), and not the run
    itself: the two differ where it matters."""
    if len(run) < 5:
        return False
    text = normalize(" ".join((p.fact.text.zh, *p.fact.aliases_zh)))
    if run in text:
        return False
    function = checker.voc.function_zh
    for i, char in enumerate(run[:-4]):  # a long tail shared: not a name spelt otherwise
        if char in function:
            continue
        pattern = re.escape(run[:i]) + "([\u4e00-\u9fff])" + re.escape(run[i + 1 :])
        if any(m.group(1) not in function for m in re.finditer(pattern, text)):
            return True
    return False


_RANK_BEFORE = lazy(r"\b(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)[-\s]+$")


def _ranked_only(p: Profile, part: Part, r: Reading) -> bool:
    """Whether the fact's words give a word only after a rank ("second-largest") that the
    claim says with none ("the largest"): the second-largest is not the largest."""
    word = part.text.lower()
    if (
        not word.isascii()
        or not word.endswith("est")
        or _RANK_BEFORE.search(r.norm, 0, part.start)
    ):
        return False
    text = _normalized(p.fact.text.en)
    found = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", text)]
    return bool(found) and all(_RANK_BEFORE.search(text, 0, at) for at in found)


def _denial_moved(p: Profile, part: Part, r: Reading) -> bool:
    """Whether one denied clause of the fact holds this word with every word of the claim's
    own denied clause that the claim negates or the fact denies anywhere: "contact … was
    never confirmed" says what "no contact … was ever confirmed" says, the denial standing
    by another word; "no air was confirmed" mixes two denials ("no air was supplied")."""
    if not p.denial_clauses or not part.key.isascii():
        return False
    start, end = denial_span(r.claim.lower(), part.start, part.end)
    inside = [x for x in r.parts if start <= x.start < end]
    if not any(x.kind == "cue" and x.key == "negation" for x in inside):
        return False
    denied = set().union(*p.denial_clauses)
    keys = {part.key} | {
        x.key for x in inside
        if x.kind in ("term", "predicate") and (x.negated or x.key in denied)
    }  # fmt: skip
    return any(keys <= d for d in p.denial_clauses)


def cjk_backed(
    run: str,
    grams: set[str] | frozenset[str],
    denied: set[str] | None = None,
    said: Callable[[str], bool] | None = None,
) -> bool:
    """Every character of a Chinese run is in a pair of the run that the fact holds (a lone
    character: the character itself), and not only in the words the fact denies. A lone
    character may differ (a particle, an inflection); two or more side by side that no pair
    holds are a word the fact lacks (洛克希德 where it says 波音), unless `said` holds a
    word of the run around them (a synonym of one of the fact's words)."""
    no = denied or set()
    if len(run) == 1:
        return run in grams and run not in no
    held = [
        any(
            run[j : j + 2] in grams and run[j : j + 2] not in no
            for j in (i - 1, i)
            if j >= 0 and j + 2 <= len(run)
        )
        for i in range(len(run))
    ]
    if sum(held) < CJK_SHARE * len(run):
        return False
    if any(
        not h and (run[i] in _KIND_OF or (i and run[i - 1] in _DEGREE)) for i, h in enumerate(held)
    ):
        return False  # 年纪最大 where it says 年纪最小; 半决赛 where it says 决赛
    if any(not h and _counted_at(run, i) for i, h in enumerate(held)):
        return False  # 三英寸 where it says 三英尺: what a number counts is no particle
    marks = "".join("x" if h else "." for h in held)
    return all(
        said is not None and _said_around(run, m.start(), m.end(), said)
        for m in _GAP.finditer(marks)
    )


def _counted_at(run: str, i: int) -> bool:
    """Whether a character of a Chinese run stands within two of a numeral before it (三英寸,
    五艘): the unit or thing a number counts, not a particle the fact may drop. Not after 一,
    which begins words as often as it counts (一定, 一直, 最后一班), nor a numeral that ends a
    word (万一)."""
    return any(
        run[j] in CN_CHARS and run[j] != "一" and not run[: j + 1].endswith(NUMERAL_WORDS)
        for j in range(max(0, i - 2), i)
    )


def _opposite_forgiven(checker: Checker, p: Profile, run: str) -> bool:
    """Whether the character a Chinese comparison ends on (比空气轻) is one of the lexicon's
    opposites and in no pair the fact holds: `cjk_backed` forgives a lone character, but not
    the one that says which way the comparison goes."""
    return run[-1] in checker.voc.antonyms and "比" in run[:-1] and run[-2:] not in p.grams


def _said_around(run: str, start: int, end: int, said: Callable[[str], bool]) -> bool:
    """Whether a word of the run that spans the stretch is one `said` holds (一定程度 for
    某种程度: the gap 一定 is part of the word)."""
    return any(
        said(run[a:b])
        for a in range(max(0, end - 6), start + 1)
        for b in range(end, min(len(run), a + 6) + 1)
    )


_GAP = lazy(r"\.{2,}")
_DEGREE = frozenset("最更较")  # before the one character a superlative or comparative is
_KIND_OF = frozenset("半副非")  # a character that makes the word another (半决赛, 副会长, 非法)


_CONJUNCT = lazy(r"\band\b|\bbut\b|[,;，；、]|而|并且|另有")
_ANOTHER_VERB = lazy(r"\band\s+(?:was\s+|were\s+)?[a-z]{3,}ed\b", re.I)  # "and ordered"


def _number_verbs(checker: Checker, part: Part, r: Reading) -> tuple[list[Part], frozenset[str]]:
    """The verbs whose fields a claimed number may fill, and those fields: the nearest one
    for a bare number ("13 votes for"); never one before another verb joined by "and"
    ("fined €200,000 and ordered to pay €1 million": the million is no fine). Once per
    number, as every candidate fact asks."""
    key = ("number verbs", part.start, part.end, part.key)  # not id(): parts are copied
    if key not in r.memo:
        preds = [x for x in r.of("predicate") if checker.voc.fields_of.get(x.key)]
        if not part.key and preds:  # ("and 132 more were damaged": its own conjunct's verb)
            own = [
                x for x in preds
                if not (x.end <= part.start and _CONJUNCT.search(r.claim, x.end, part.start))
            ]  # fmt: skip
            preds = [_nearest(own or preds, part)]
        preds = [
            x for x in preds
            if not (x.end <= part.start and _ANOTHER_VERB.search(r.claim, x.end, part.start))
        ]  # fmt: skip
        preds = [  # "132 were destroyed and 165 more were damaged": not the later conjunct's
            x for x in preds
            if not any(
                part.end <= y.start and y.end <= x.start
                and _CONJUNCT.search(r.claim, y.end, x.start)
                for y in preds
            )
        ]  # fmt: skip
        fields = frozenset(
            f"values.{f}" for pred in preds for f in checker.voc.fields_of.get(pred.key, ())
        )
        r.memo[key] = (preds, fields)
    return r.memo[key]  # type: ignore[return-value]


def amounts_for(
    checker: Checker, p: Profile, part: Part, r: Reading, typed: bool = False
) -> list[Amount]:
    """The amounts of a fact a claimed number is to be compared with: those of the fields
    the claim's predicates name (votes for, released), else those with its unit; a bare
    number may match any amount (an identifier such as 2735), but is compared (`typed`)
    only with a field its predicate names."""
    if part.detail.startswith("values."):  # a tally's column: 14-0-1
        return [a for a in p.amounts if a.field == part.detail]
    preds, linked = _number_verbs(checker, part, r)
    amounts = in_unit(checker.voc, p.amounts, part.key) if part.key else p.amounts
    by_field = [
        a
        for a in amounts
        if a.field in linked
        and (not part.key or _same_unit(checker.voc, part.key, a.unit) or a.unit == "")
        and (part.key or a.unit not in checker.voc.duration_days)  # "three" is no "3 days"
    ]
    if by_field:
        return by_field
    if part.key:
        found = [a for a in amounts if a.unit == part.key]
        lo, hi = clause_start(r.claim, part.start), clause_end(r.claim, part.end)
        verbs = frozenset(x.key for x in preds if lo <= x.start < hi)  # the number's clause
        if verbs:  # "freed 100 hostages": not the count another verb's field holds (held)
            key = ("other fields", verbs)
            if key not in r.memo:  # asked for each candidate fact: worked out once
                r.memo[key] = _other_verbs_fields(checker.voc, verbs)
            others: dict[str, set[str]] = r.memo[key]  # type: ignore[assignment]
            said = {v for v, stated in p.predicates.items() if stated}
            found = [a for a in found if not others.get(a.field, set()) & said]
        elif not any(  # "104名其他乘客": the part is named by its own noun
            x.kind in ("term", "unit") and 0 <= x.start - part.end <= 2 for x in r.parts
        ):  # "there were 115 people on the rig": the whole, not the part that escaped
            found = [a for a in found if not _part_of_typed(p, a)]
        found = _named_among(checker.voc, found, part, r)
        found = _qualified_as_said(checker, p, _unqualified(checker, p, found, r), r)
    else:
        found = [] if typed else list(p.amounts)
    return [a for a in found if a.field.startswith("values.")] if typed else found


def _unqualified(checker: Checker, p: Profile, found: list[Amount], r: Reading) -> list[Amount]:
    """Of two typed amounts in one unit, `pressure` and `flight_pressure`, the qualified one
    (and its words' number) only where the claim says the qualifier ("in flight"): "the
    cabin held 5 psi during the test" is the test's `pressure`, not the flight's."""
    units = {a.unit for a in found}
    typed = [a for a in p.amounts if a.field.startswith("values.") and a.unit in units]
    if len(typed) < 2:
        return found
    names = {a.field[7:] for a in typed}
    dropped = []
    for a in typed:
        name = a.field[7:]
        base = next((b for b in names if b != name and name.endswith("_" + b)), None)
        if base is None:
            continue
        said = _said_words(checker, r)
        qualifier = name[: -len(base) - 1].split("_")
        if not any(checker.voc.word_key(q) in said or q in r.norm for q in qualifier):
            dropped.append(a)
    return _without(found, dropped, typed)


def _zh_qualifiers(checker: Checker, names: list[str]) -> dict[str, str]:
    """Sibling fields' Chinese meanings less what they all end with (设计支持时长, 实际支持时长:
    设计, 实际), where each keeps two characters or more."""
    meanings = {n: checker.voc.field_zh.get(n, "") for n in names}
    if not all(meanings.values()):
        return {}
    words = list(meanings.values())
    common = 0  # the characters they all end with
    while all(len(w) > common for w in words) and len({w[-1 - common] for w in words}) == 1:
        common += 1
    heads = {n: m[: len(m) - common] for n, m in meanings.items()}
    return heads if all(len(h) >= 2 for h in heads.values()) else {}


def _said_words(checker: Checker, r: Reading) -> set[str]:
    """The word keys of a claim's English words (once per claim)."""
    if "said words" not in r.memo:
        r.memo["said words"] = {checker.voc.word_key(w) for w in re.findall(r"[a-z]+", r.norm)}
    return r.memo["said words"]  # type: ignore[return-value]


def _qualified_as_said(
    checker: Checker, p: Profile, found: list[Amount], r: Reading, pool: list[Amount] | None = None
) -> list[Amount]:
    """Of sibling fields told apart by a qualifier (`designed_duration`, `actual_duration`),
    the ones whose qualifier the claim says ("designed to support two for about two days"),
    where it says one: the other's figures (and its words' same number) back nothing."""
    pool = p.amounts if pool is None else pool  # the fact's amounts, or its lengths in days
    typed = {a.field[7:] for a in pool if a.field.startswith("values.") and "_" in a.field}
    if len(typed) < 2:
        return found
    said = _said_words(checker, r)
    dropped: set[str] = set()
    for base in {n.split("_", 1)[1] for n in typed}:
        siblings = [n for n in typed if n.split("_", 1)[1] == base]
        if len(siblings) < 2:
            continue
        zh = _zh_qualifiers(checker, siblings)
        named = [
            n for n in siblings
            if checker.voc.word_key(n.split("_", 1)[0]) in said or (zh.get(n) and zh[n] in r.norm)
        ]  # fmt: skip
        if named and len(named) < len(siblings):
            dropped |= {f"values.{n}" for n in siblings if n not in named}
    if not dropped:
        return found
    held = [a for a in pool if a.field.startswith("values.")]
    return _without(found, [a for a in held if a.field in dropped], held)


def _without(found: list[Amount], dropped: list[Amount], typed: list[Amount]) -> list[Amount]:
    """The amounts found less the typed ones dropped, and less the fact's words' same figure
    where no typed amount kept gives it too."""
    if not dropped:
        return found
    gone = {(a.value, a.unit) for a in dropped}
    kept = {(a.value, a.unit) for a in typed if a not in dropped}
    return [
        a for a in found
        if a not in dropped
        and not (a.field in ("text", "aliases") and (a.value, a.unit) in gone - kept)
    ]  # fmt: skip


def _part_of_typed(p: Profile, amount: Amount) -> bool:
    """Whether an amount of a fact's words is one of the `parts` of a typed quantity in the
    same unit (115 of "126 people: 11 killed, 115 escaped"): said with no verb, a number is
    the whole's, never a part's."""
    if amount.field.startswith("values."):
        return False
    for a in p.amounts:
        value = p.fact.values.get(a.field.removeprefix("values."))
        parts = getattr(value, "parts", ())
        if a.unit == amount.unit and a.field.startswith("values.") and amount.value in parts:
            return True
    return False


def counted_by_verb(checker: Checker, p: Profile, part: Part, r: Reading) -> bool:
    """Whether the verb nearest a bare number fills a field of this fact that holds a count
    ("172 died": the fact's `killed`): the number is that count, not a name in its words."""
    preds = [x for x in r.of("predicate") if checker.voc.fields_of.get(x.key)]
    if not preds:
        return False
    fields = {f"values.{f}" for f in checker.voc.fields_of[_nearest(preds, part).key]}
    return any(a.field in fields for a in p.amounts)


def _nearest(parts: list[Part], part: Part) -> Part:
    """The one of these parts nearest a part, before or after it."""
    return min(parts, key=lambda x: min(abs(x.start - part.end), abs(part.start - x.end)))


def in_unit(voc: Vocabulary, amounts: list[Amount], unit: str) -> list[Amount]:
    """A fact's amounts with those in another unit of the same measure converted to the
    claim's ("41,000 feet" as 12,496.8 metres), keeping what the fact said."""
    if unit not in voc.measures or not amounts:
        return amounts
    measure, size = voc.measures[unit]
    out = []
    for a in amounts:
        other = voc.measures.get(a.unit)
        if a.unit == unit or other is None or other[0] != measure:
            out.append(a)
            continue
        said = f"{APPROX_WORDS.get(a.approx, '')} {format_number(a.value)} {a.unit}".strip()
        out.append(
            Amount(
                a.value * other[1] / size,
                unit,
                a.approx,
                a.field,
                said=said,
                scale=other[1] / size,
            )
        )
    return out


_NOUN_BEFORE = lazy(r"([^\W\d_]{2,})\s*$")
_LABEL_TAIL = lazy(r"[a-z0-9]+")


def _labelled(checker: Checker, p: Profile, part: Part, r: Reading) -> bool:
    """Whether a bare number is the label of a noun ("bylaw 12", "Gate 5", 第12号) that the
    fact's own words give the same number: a name, whatever its size."""
    if not isinstance(part.value, int) or part.value < 0:
        return False
    digits = str(part.value)
    if r.norm.startswith("号", part.end) and (
        r.norm.endswith("第", 0, part.start) or r.norm.startswith("第", part.start)
    ):
        label = f"第{digits}号"
    else:
        noun = _NOUN_BEFORE.search(r.norm, max(0, part.start - 30), part.start)
        if noun is None or not noun.group(1).isascii() or noun.group(1) in checker.voc.function_en:
            return False  # "of the 14": no noun's label
        tail = _LABEL_TAIL.match(r.norm, part.end)  # "Complex 39B": the letter is the label's
        label = f"{noun.group(1)} {digits}{tail.group(0) if tail else ''}"
    pattern = words_pattern((label,))  # 关于新桥的第12号条例: no word edges in Chinese
    return any(pattern.search(_normalized(t)) for t in (p.fact.text.en, p.fact.text.zh) if t)


@lru_cache(maxsize=4096)
def _normalized(text: str) -> str:
    return normalize(text)


# where a text passes from one thing to the next: "…at 6:56 a.m., and a general emergency
# at 7:24 a.m.", "113 in all: 109 on board and 4 on the ground", 机上109人，地面4人; not the
# comma of a figure (2,300) nor the colon of a time (6:56)
_NEXT_THING = lazy(
    r"[;；、]|:(?!\d)|(?<!\d)[,，]|[,，](?!\d{3}(?!\d))"
    r"|\band\b|\bwhile\b|\bwhereas\b|\bof whom\b|其中|而"
)


def pieces(text: str) -> list[tuple[int, int]]:
    """The spans of normalised text between the places where it passes to the next thing:
    what a fact's words bind together (a time, a part's figure, and the words by it)."""
    cuts = [0, *(m.end() for m in _NEXT_THING.finditer(text)), len(text)]
    return list(pairwise(cuts))


def says(text: str, word: str) -> bool:
    """Whether normalised text holds the word: whole in English, anywhere in Chinese."""
    return words_pattern((word,)).search(text) is not None


def _members_counted(checker: Checker, p: Profile, part: Part, r: Reading) -> str | None:
    """ "Two cave divers arrived": a bare count before a word that every member of one of
    the fact's lists is called by (each one's own fact holds the word) counts that list."""
    if not isinstance(part.value, (int, float)) or part.value < 2 or part.value != int(part.value):
        return None
    noun = _counted_noun(r, part)
    if noun is None:
        return None
    for name, refs in p.slots.items():
        if len(refs) != int(part.value):
            continue
        members = [checker.by_id[e] for e in refs if e in checker.by_id]
        if len(members) == len(refs) and all(_calls(checker, m, noun) for m in members):
            return f"values.{name}"
    return None


def _last_in_words(p: Profile, part: Part, r: Reading) -> bool:
    """Whether the fact's own words call the same thing the last ("the last living survivor",
    最后一位在世的幸存者): "last" or 最后, then within a few words the claim's next word."""
    head = next(
        (x for x in r.parts if x.start >= part.end and x.kind in CONTENT and x.kind != "number"),
        None,
    )
    if head is None or clause_end(r.claim, part.end) < head.start:
        return False
    word = "最后" if r.lang == "zh" else "last"
    text = _normalized(p.fact.text.zh if r.lang == "zh" else p.fact.text.en)
    at = text.find(word)
    while at >= 0:
        if normalize(head.text).strip() in text[at : at + len(word) + 16]:
            return True
        at = text.find(word, at + 1)
    return False


def _named_by_ordinal(p: Profile, part: Part, r: Reading) -> bool:
    """Whether an ordinal and the word after it are one of the fact's names ("first
    extension", 第一次延长)."""
    after, word = r.norm[part.start : part.end + 24], r.norm[part.start : part.end]
    return any(
        after.startswith(name)
        and (not name.isascii() or not after[len(name) : len(name) + 1].isalnum())
        for name in p.names
        if name.startswith(word)
    )


def _counted_noun(r: Reading, count: Part) -> Part | None:
    """The head of the noun phrase after a bare count, up to its verb: "two British cave
    divers" counts divers."""
    if count.key or count.approx != "exact":
        return None
    key = ("counted noun", id(count))
    if key not in r.memo:
        r.memo[key] = _head_noun(r, count)
    return r.memo[key]  # type: ignore[return-value]


def _head_noun(r: Reading, count: Part) -> Part | None:
    nouns = [
        x for x in r.of("term")
        if 0 <= x.start - count.end <= 16 and not any(
            y.kind in ("predicate", "date", "number", "cue") and count.end <= y.start < x.start
            for y in r.parts
        )
    ]  # fmt: skip
    return nouns[-1] if nouns else None


def _calls(checker: Checker, member: Profile, noun: Part) -> bool:
    """Whether a member's own fact calls it by the word (a diver, 潜水员)."""
    if noun.key.isascii():
        return noun.key in member.terms
    return cjk_backed(noun.key, member.grams)


_WHOLE_BEFORE = lazy(  # "of the 61", "among all the", "of the City's 109", "of Kell's 40"
    r"\b(?:of|out of|among)\s+(?:(?:the|its|their|all|all the)\s+"
    r"|(?:the\s+)?(?:[\w.-]+\s+){0,2}[\w.-]+['’]s\s+)$",
    re.IGNORECASE,
)
_WHOLE_AFTER = lazy(r"\s*(?:之中|当中|中)")


OWN_LENGTH = ("values.duration", "start/end")  # a fact's own length, typed or from its days


def lengths_for_age(
    checker: Checker, p: Profile, part: Part, r: Reading, lengths: list[Amount]
) -> list[Amount]:
    """The lengths of a fact that a claimed one may be judged by: all of them, but for an
    age ("54 years old", 54岁: the lexicon's `ages`) only a field named for an age (age,
    age_at_death), the fact's own length unless the age is a person's ("a 45-year-old
    peace", not "Lovell was 42 years old"), and its words where they say an age."""
    voc = checker.voc
    if part.kind != "duration":
        return lengths
    if not (
        part.detail == "age" or (voc.age_words and normalize(part.text).endswith(voc.age_words))
    ):
        return [a for a in lengths if not _age_field(a.field)]  # "trapped for 18 days": no age
    start = clause_start(r.claim, part.start)
    person = any(
        voc.entity_kind.get(x.key) == "person" and start <= x.start < part.start
        for x in r.of("entity")
    )
    own = () if person else OWN_LENGTH
    aged = any(w in normalize(t) for t in (p.fact.text.en, p.fact.text.zh) for w in voc.age_words)
    return [
        a for a in lengths
        if _age_field(a.field) or a.field in own
        or (a.field == "text" and aged)
    ]  # fmt: skip


def _age_field(field: str) -> bool:
    """Whether a field is named for an age (age, age_at_death)."""
    return "age" in field.rsplit(".", 1)[-1].split("_")


def whole_of_part(r: Reading, part: Part) -> bool:
    """Whether a count names the whole that another count of the claim is a part of ("39
    of the 61 crew members", "Of the 61 crew, 39 survived", 61名机组人员中有39人): it
    counts the group, not what the verb did."""
    key = ("whole", id(part))
    if key not in r.memo:
        whole = part.kind == "number" and (
            _WHOLE_BEFORE.search(r.claim, max(0, part.start - 40), part.start) is not None
            or (not part.text.isascii() and _WHOLE_AFTER.match(r.claim, part.end) is not None)
        )
        r.memo[key] = whole and any(
            x.kind == "number" and x is not part and abs(x.start - part.start) <= 60
            for x in r.parts
        )
    return r.memo[key]  # type: ignore[return-value]


STATEMENT_BREAK = lazy(r"[,;:，；。：]|\band\b|\bbut\b|\bwhile\b|和|而|但")  # a statement ends


def statement_span(r: Reading, part: Part) -> tuple[int, int]:
    """Where the statement that holds a part starts and ends in the normalised claim."""
    lo = max((m.end() for m in STATEMENT_BREAK.finditer(r.norm, 0, part.start)), default=0)
    nxt = STATEMENT_BREAK.search(r.norm, part.end)
    return lo, nxt.start() if nxt else len(r.norm)


def _named_among(voc: Vocabulary, found: list[Amount], part: Part, r: Reading) -> list[Amount]:
    """Amounts of one unit that fields of a fact give apart (20 lifeboats carried, 16
    required): those of the fields the claim names, by its name, a verb or a word of its
    meaning. Where it names none, a number one field holds is left unsaid (which does the
    claim count?), and a number none holds is compared with them all."""
    fields = {a.field for a in found if a.field.startswith("values.")}
    values = [a.value for a in found if a.field in fields]
    if len(fields) < 2 or max(values) - min(values) <= 0.005 * abs(max(values)):
        return found  # one figure, or one measure in two units (400,171 km, 248,655 miles)
    claimed = float(part.value) if isinstance(part.value, (int, float)) else None
    if claimed is None or not any(
        compatible(claimed, part.approx, a.value, a.approx) for a in found if a.field in fields
    ):
        return found
    lo, hi = statement_span(r, part)
    words = [x for x in r.of("predicate", "term") if lo <= x.start and x.end <= hi]
    words = words or r.of("predicate", "term")  # the number's own statement's words first
    if "word keys" not in r.memo:
        r.memo["word keys"] = {voc.word_key(w) for w in re.findall(r"[a-z]{3,}", r.norm)}
    keys: set[str] = r.memo["word keys"]  # type: ignore[assignment]
    near = {voc.word_key(w) for w in re.findall(r"[a-z]{3,}", r.norm[lo:hi])}
    named = {
        f for f in fields
        if voc.word_key(f[7:]) in near  # its own name: "required"
        or any(_names_field(voc, x, f) for x in words)
        or any(w in r.norm[lo:hi] for w in _chinese_names(voc, f[7:], r))  # 全长: length
    }  # fmt: skip
    named = named or {f for f in fields if voc.word_key(f[7:]) in keys}
    if len(named) > 1:  # the field whose meaning the number's statement says most of
        meant = {f: len(voc.field_words.get(f, frozenset()) & near) for f in named}
        if max(meant.values()) > 0:
            named = {f for f in named if meant[f] == max(meant.values())}
    if not named:  # a file's own field, by a word of its meaning no other of them has
        own = {f: voc.field_words.get(f, frozenset()) for f in fields}

        said = r.norm[lo:hi]  # a Chinese name is looked for in the statement's own text

        def says(word: str, field: str) -> bool:
            return word in own[field]

        def zh(field: str) -> bool:
            return any(not w.isascii() and w in said for w in own[field])

        named = {
            f for f in fields
            if any(says(x.key, f) and not any(says(x.key, g) for g in fields - {f})
                   for x in words)
            or (zh(f) and not any(zh(g) for g in fields - {f}))
        }  # fmt: skip
        if not named and r.lang == "zh":  # 长22米，宽146米: the word right before the number
            names = {f: ws | frozenset(_chinese_names(voc, f[7:], r)) for f, ws in own.items()}
            named = _zh_named_before(r, part, names)
    unnamed = {a.value for a in found if named and a.field in fields - named}  # restated
    return [
        a for a in found
        if a.field in named
        or (not a.field.startswith("values.") and not any(math.isclose(a.value, v) for v in unnamed))
    ]  # fmt: skip


def _day_of_another_deed(checker: Checker, p: Profile, part: Part, r: Reading) -> bool:
    """Whether the fact's words give the claim's deed a day other than the claimed one,
    and the claimed day to another deed: "Carter flew over the area on 21 May" against
    "declared a disaster area on 21 May 1980 and flew over it on 22 May"."""
    if not p.dated_words:
        return False
    mention = part.value
    assert isinstance(mention, DateMention)
    deeds = _deeds_of(checker.voc, r, part)
    if not deeds:
        return False
    mine = [d for d, words in p.dated_words if deeds & words]
    others = [d for d, words in p.dated_words if words and not deeds & words]
    return (
        bool(mine)
        and not any(date_fits(mention, d, d) for d in mine)
        and any(date_fits(mention, d, d) for d in others)
    )


def _deeds_of(voc: Vocabulary, r: Reading, part: Part) -> set[str]:
    """The keys of the verbs and words of deeds said with a part (once per part)."""
    key = ("deeds of", id(part))
    if key not in r.memo:
        start, end = segment(r, part)
        r.memo[key] = {
            x.key
            for x in r.parts
            if start <= x.start < end
            and (
                (x.kind == "predicate" and not x.negated)
                or (
                    x.kind == "term"
                    and (
                        deed_word(voc, x.text) if x.key.isascii() else deed_term(x, voc.irregular)
                    )
                )
            )
        }
    found: set[str] = r.memo[key]  # type: ignore[assignment]
    return found


_ZH_BEFORE = lazy(r"([\u4e00-\u9fff]{1,2})(?:为|约|达|有|是|了|仅|近|超过|不到)?\s*$")


def _zh_named_before(r: Reading, part: Part, own: dict[str, frozenset[str]]) -> set[str]:
    """The one field whose Chinese name holds the word said right before a Chinese number
    (宽 of 宽22米 in 船宽, 长 in 船长度), the word whole first, then each of its characters
    but 度; none where two fields hold it."""
    m = _ZH_BEFORE.search(r.norm, 0, part.start)
    if m is None:
        return set()
    said = m.group(1)
    for word in (said, *(c for c in said if c not in _MEASURE_SUFFIX)):  # 宽度: 宽, not 度
        hits = {f for f, ws in own.items() if any(word in w for w in ws if not w.isascii())}
        if hits:
            return hits if len(hits) == 1 else set()
    return set()


_MEASURE_SUFFIX = frozenset("度")  # 长度, 宽度, 高度: the measure's word, not which one


def field_named(checker: Checker, p: Profile, part: Part, r: Reading) -> str | None:
    """The measure field of a fact a word of the claim names: by the field's own name
    ("height"), its Chinese name in the format (高度) or a Chinese word of its synonyms (长度).
    Only a field of amounts that no verb fills (a deed's count, `released`, is named by
    its verb): its number is then judged by it."""
    voc = checker.voc
    said = normalize(part.text).strip()
    filled = {f for fields in voc.fields_of.values() for f in fields}
    measured = {
        a.field[7:] for a in p.amounts
        if a.field.startswith("values.") and a.unit and a.field[7:] not in filled
    }  # fmt: skip
    for name in sorted(measured):
        if part.key.isascii():
            if voc.word_key(name) == part.key:
                return f"values.{name}"
        elif said in (voc.field_zh.get(name), *_chinese_names(voc, name, r)):
            return f"values.{name}"
    return None


def _chinese_names(voc: Vocabulary, name: str, r: Reading) -> list[str]:
    """The Chinese words of a field name's synonym groups (length: 长度, 全长, 总长), once
    per claim and name."""
    key = ("chinese names", name)
    if key not in r.memo:
        groups = set(voc.synonyms.get(voc.word_key(name), ()))
        r.memo[key] = (
            [w for w, g in voc.synonyms.items() if not w.isascii() and groups.intersection(g)]
            if groups
            else []
        )
    found: list[str] = r.memo[key]  # type: ignore[assignment]
    return found


def _other_verbs_fields(voc: Vocabulary, verbs: frozenset[str]) -> dict[str, set[str]]:
    """The value fields that only verbs other than these (or those they go with) fill, with
    those verbs: a fact whose words say one of them holds its count there ("held")."""
    mine = verbs | {v for verb in verbs for v in voc.also.get(verb, ())}
    mine_fields = {f for v in mine for f in voc.fields_of.get(v, ())}
    found: dict[str, set[str]] = {}
    for verb, fields in voc.fields_of.items():
        if verb not in mine:
            for f in fields:
                if f not in mine_fields:
                    found.setdefault(f"values.{f}", set()).add(verb)
    return found


def _same_unit(voc: Vocabulary, a: str, b: str) -> bool:
    """Whether two units count the same things where a field counts them (members cast
    votes; the citizens freed were hostages): the lexicon's `same_as`."""
    return a == b or b in voc.same_unit.get(a, ()) or a in voc.same_unit.get(b, ())


def fits(part: Part, a: Amount) -> bool:
    """A claimed number against a fact's, given how exact each is ("more than 130"); a
    value converted from another unit fits a claim that rounds it ("12,500 metres" for
    41,000 feet, 12,496.8 m), to as many digits as the claim gives."""
    claimed = float(part.value)  # type: ignore[arg-type]
    if a.said and a.approx == part.approx and part.approx in ("exact", "about"):
        return _rounds_to(claimed, a.value)
    if (
        part.grain
        and part.approx in ("exact", "about")
        and (a.approx == "exact" or part.detail == "age")
    ):  # "21 years" is 21; "under half a year" keeps its bound
        return abs(a.value - claimed) <= part.grain / 2  # whole years, not 19 or 23; an age
        # is whole years, even against a fact's words that say it loosely (时年25岁)
    if part.upper and not _below(part.upper, a):
        return False  # 一千一百多 is no 11,000
    return compatible(claimed, part.approx, a.value, a.approx, a.scale)


def _below(upper: float, a: Amount) -> bool:
    """Whether a fact's figure may lie below a claim's upper bound (about 6: from 5.4)."""
    low = 0.9 * a.value if a.approx in ("about", "nearly") else a.value
    return low < upper or a.approx in ("less_than", "at_most")


def _rounds_to(claimed: float, actual: float) -> bool:
    """Whether a claimed figure is the actual one as a conversion rounds it: within half of
    the claim's last decimal, or within one per cent (12,500 for 12,496.8; 8,849 for
    8,848.95; not 10,000, which trailing zeros would let stand for anything near it)."""
    text = format(claimed, "f").rstrip("0")
    decimals = len(text.split(".")[1]) if "." in text and not text.endswith(".") else 0
    return abs(actual - claimed) <= max(0.5 * 10.0**-decimals, 0.01 * abs(claimed)) + 1e-9


def compatible(
    claimed: float, c_approx: str, actual: float, a_approx: str, scale: float = 1.0
) -> bool:
    """Whether a claimed figure, exact or not ("more than 130"), may be the actual one;
    `scale`: the size of the unit the actual figure was said in, in the claim's (about
    1,000 feet, as metres), whose digits say how far it may lie from what it says."""
    if a_approx == "exact":
        if c_approx == "exact":
            return math.isclose(claimed, actual, rel_tol=1e-9, abs_tol=1e-9)
        if c_approx == "about":
            return abs(actual - claimed) <= max(0.1 * claimed, 1.0)
        if c_approx == "more_than":
            return actual > claimed
        if c_approx == "at_least":
            return actual >= claimed
        if c_approx == "nearly":
            return claimed * 0.85 <= actual <= claimed
        if c_approx == "less_than":
            return actual < claimed
        if c_approx == "at_most":
            return actual <= claimed
        return False
    # the fact itself is approximate: the claim must say the same or something it implies
    if c_approx == a_approx:  # "about 270" and "about 269" say the same, to a per cent
        near = c_approx == "about" and (
            abs(claimed - actual) <= 0.01 * actual or _rounded_from(claimed, actual)
        )
        return (
            math.isclose(claimed, actual)
            or near
            or (c_approx == "more_than" and claimed <= actual)
        )
    if a_approx == "more_than":
        return (c_approx in ("more_than", "at_least") and claimed <= actual) or (
            c_approx == "about" and abs(claimed - actual) <= 0.15 * actual and claimed > actual
        )
    if a_approx == "about":  # about 6: somewhere in 5.4–6.6
        lo, hi = 0.9 * actual, 1.1 * actual
        bounds = {"less_than": hi < claimed, "at_most": hi <= claimed,
                  "more_than": lo > claimed, "at_least": lo >= claimed}  # fmt: skip
        if c_approx in bounds:
            return bounds[c_approx]  # "less than a week": all of 5.4–6.6 is
        own = _rounding(actual / scale) * scale
        if c_approx == "exact":  # "450" is not "about 430": each as its last digit rounds it,
            slack = min(max(own, _rounding(claimed)), 0.1 * abs(actual))  # never past a tenth
            return abs(claimed - actual) <= slack + 1e-9
        if c_approx == "nearly":  # "nearly 2,000": a little under it, not about 2,200
            return 0.95 * claimed <= actual + own and actual - own <= claimed
        return c_approx == "about" and abs(claimed - actual) <= 0.1 * actual
    return False


def _rounding(x: float) -> float:
    """How far a figure as written may lie from what it rounds: half its last significant
    digit (430: 5; 4.45: 0.005), and no more than a tenth of it (400: 40, not 50)."""
    if not x or not math.isfinite(x):
        return 0.0
    last = Decimal(repr(abs(x))).normalize().as_tuple().exponent  # 430: 1; 4.45: -2
    return min(0.5 * 10.0 ** int(last), 0.1 * abs(x))


def _rounded_from(claimed: float, actual: float) -> bool:
    """Whether a round figure of two or more significant digits is the actual one rounded
    at its last one ("about 11 million" for about 10.8 million; not "about 20" for 24)."""
    if claimed <= 0 or not float(claimed).is_integer():
        return False
    digits = str(int(claimed)).rstrip("0")
    if len(digits) < 2:
        return False
    unit = 10.0 ** (len(str(int(claimed))) - len(digits))
    return unit > 1 and abs(actual - claimed) <= unit / 2


def _span(value: float, approx: str) -> tuple[float, float]:
    """The values a figure allows, as a report means it ("about 6": 5.4 to 6.6; "more than
    130": a little more, not 200)."""
    slack = 0.1 * abs(value)
    return {
        "about": (value - slack, value + slack),
        "more_than": (value + 1e-9, 1.25 * value),
        "at_least": (value, 1.25 * value),
        "nearly": (0.85 * value, value - 1e-9),
        "less_than": (0.75 * value, value - 1e-9),
        "at_most": (0.75 * value, value),
    }.get(approx, (value, value))


def may_agree(part: Part, a: Amount) -> bool:
    """Whether a claimed figure and a fact's could be the same, where the fact's is itself
    approximate ("more than eight days" against "about 8 days": neither backed nor refuted)."""
    if a.approx in ("exact", part.approx) or (part.approx, a.approx) == ("exact", "about"):
        return False  # then `fits` alone decides: "about 700" is not "about 600", 450 no
        # "about 430"
    (lo, hi), (flo, fhi) = _span(float(part.value), part.approx), _span(a.value, a.approx)  # type: ignore[arg-type]
    return lo <= fhi and flo <= hi


def earliest(mention: DateMention) -> dt.date:
    """The first day a date as written can mean (a year without month: 1 January)."""
    if mention.year is None:
        return dt.date.min
    try:
        return dt.date(mention.year, mention.month or 1, mention.day or 1)
    except ValueError:
        return dt.date.min


def _whole_years(first: dt.date, last: dt.date) -> bool:
    """Whether a span is of whole years (1 January to 31 December): a year as a fact says it."""
    return (first.month, first.day, last.month, last.day) == (1, 1, 12, 31)


def date_fits(mention: DateMention, first: dt.date, last: dt.date) -> bool:
    """A date as written ("June 10", "2024年6月", "2023") against a day or period of a fact."""
    if mention.year and not first.year <= (mention.until or mention.year):
        return False
    if mention.year and not mention.year <= last.year:
        return False
    if mention.month and mention.day:
        years = (
            [mention.year]
            if mention.year
            else list(range(first.year, min(last.year, first.year + 3) + 1))
        )
        for year in years:
            try:
                day = dt.date(year, mention.month, mention.day)
            except ValueError:
                return False
            if first <= day <= last:
                return True
        return False
    if mention.month and mention.days:  # "late December": days 21 to 31 of it
        years = [mention.year] if mention.year else [first.year, last.year]
        for year in years:
            lo = dt.date(year, mention.month, 1) + dt.timedelta(days=mention.days[0] - 1)
            hi = dt.date(year, mention.month, 1) + dt.timedelta(days=mention.days[1] - 1)
            if lo <= last and first <= hi and (first == last or lo <= first <= hi):
                return True
        return False
    if mention.month:
        start = (first.year, first.month)
        end = (last.year, last.month)
        years = (
            [mention.year]
            if mention.year
            else list(range(first.year, min(last.year, first.year + 3) + 1))
        )
        return any(start <= (y, mention.month) <= end for y in years)
    return mention.year is not None


def within(checker: Checker, place: str, held: set[str]) -> bool:
    """Paris is within Europe, Rafah within Gaza: a place and one that holds it agree."""
    return any(a in held for a in _outer(checker, place)) or any(
        place in _outer(checker, h) for h in held
    )


def _outer(checker: Checker, place: str) -> list[str]:
    """The places that hold a place, innermost first: the facts' `part_of` and `country`,
    and for a city the lexicon knows, the country it names."""
    chain = list(checker.ancestors(place))
    outer = checker.voc.within(place)
    while outer is not None and outer not in chain and len(chain) < 8:
        chain += [outer, *checker.ancestors(outer)]
        outer = checker.voc.within(outer)
    return chain


LENGTH_FIELDS = ("values.duration", "start/end")  # an event's own length
KINDS_NAMED = frozenset(KINDS)  # a claim's word for a kind of fact: "the truce", "the round"


def bound_durations(checker: Checker, p: Profile, part: Part, r: Reading) -> list[Amount]:
    """The fact's lengths a duration of the claim can be (`_bound_durations`), of sibling
    fields only those whose qualifier it says (`designed_duration`, not `actual_duration`)."""
    return _qualified_as_said(checker, p, _bound_durations(checker, p, part, r), r, p.durations)


def _bound_durations(checker: Checker, p: Profile, part: Part, r: Reading) -> list[Amount]:
    """The fact's lengths a duration of the claim can be: those of the field its verb fills
    ("extended by three days": the extensions; "initially for four days": the first term),
    else, after "lasted" (持续), the event's own length; else any length the fact states.
    Once the fact types a length, its words' other lengths ("first set for four days" in
    the truce's text) do not back "the truce lasted four days"."""
    typed = [a for a in p.durations if a.field != "text"]
    if not typed:
        return list(p.durations)
    voc = checker.voc
    total = any(
        x.kind == "cue" and x.key == "total" and abs(x.start - part.end) <= 2 for x in r.parts
    )  # "eight days in all": the whole length
    key = ("claimed_lengths", id(part))  # the claim's words, the same for every fact
    if key not in r.memo:
        r.memo[key] = frozenset() if total else frozenset(_claimed_lengths(voc, part, r))
    claimed: frozenset[str] = r.memo[key]  # type: ignore[assignment]
    if claimed:  # the length the claim's words name: this fact's, if it has that field
        picked = _counted_item(checker, p, r, claimed)
        if picked is not None:
            return picked  # "the second extension": the second of the extensions
        return [a for a in typed if a.field in claimed]
    if total or any(x.kind == "cue" and x.key == "lasted" for x in r.parts):
        if _part_of_named(checker, p, r):
            return []  # "the truce lasted": not the length of a part of the truce
        own = [a for a in typed if a.field in LENGTH_FIELDS]
        return own or typed
    return list(p.durations)


def counted_place(checker: Checker, r: Reading, field: str) -> int | None:
    """The place an ordinal just before a word of a list field gives ("the first
    extension": 1), if any."""
    for x in r.of("ordinal"):
        if isinstance(x.value, int) and any(
            0 <= y.start - x.end <= 2 and _names_field(checker.voc, y, field)
            for y in r.of("predicate", "term")
        ):
            return x.value
    return None


def _counted_item(
    checker: Checker, p: Profile, r: Reading, claimed: frozenset[str]
) -> list[Amount] | None:
    """The one length an ordinal just before the word of a list field picks ("the second
    extension", 第二次延长: the second of the extensions); [] when the list is shorter;
    None when no ordinal counts the list's items."""
    voc = checker.voc
    for f in sorted(claimed):
        place = counted_place(checker, r, f)
        items = p.fact.values.get(f.removeprefix("values."))
        if place is None or not isinstance(items, tuple):
            continue
        if not 1 <= place <= len(items):
            return []
        item = items[place - 1]
        if not isinstance(item, Quantity):
            return None
        days = float(item.value) * voc.duration_days.get(voc.unit(item.unit), 1.0)
        return [Amount(days, "days", item.approx, f)]
    return None


OWNER_GAP = lazy(r"\s*(?:['’]s)?\s*")


def owners(r: Reading, part: Part) -> list[Part]:
    """The actors named just before a part, with at most "'s" between ("the US prime
    minister", "Israel's defence minister", 美国首相): whose office or camp it is."""
    return [
        x for x in r.of("entity")
        if 0 <= part.start - x.end <= 3 and OWNER_GAP.fullmatch(r.claim[x.end : part.start])
    ]  # fmt: skip


def _office_of(checker: Checker, office: Part, r: Reading) -> bool:
    """An office the claim gives a country or body ("the US prime minister", 美国首相) is one
    some person of the facts holds for it; without one, any holder will do."""
    key = ("office of", id(office))
    if key not in r.memo:
        before = owners(r, office)
        holders = {  # the facts naming the country, found by the index, not by a scan
            i for x in before for i in checker.may.get(f"e:{x.key}", ())
        }
        r.memo[key] = not before or any(
            holder.fact.kind == "person"
            and office.key in holder.offices
            and any(
                held_by(checker, x.key, holder.slots.get(f, set()))
                for f in ("country", "affiliation")
                for x in before
            )
            for holder in (checker.profiles[i] for i in sorted(holders))
        )
    return bool(r.memo[key])


def _counted_list(checker: Checker, p: Profile, part: Part, r: Reading) -> str | None:
    """The list field an ordinal counts the items of, just before a word of that field
    ("the first extension": the extensions, when there is a first one)."""
    if not isinstance(part.value, int):
        return None
    for y in r.of("predicate", "term"):
        if not 0 <= y.start - part.end <= 2:
            continue
        for name, items in p.fact.values.items():
            field = f"values.{name}"
            if (
                isinstance(items, tuple)
                and part.value <= len(items)
                and not (y.kind == "predicate" and name in p.slots)  # "the first claim"
                and _names_field(checker.voc, y, field)  # counts claims, not who made them
            ):
                return field
    return None


def _claimed_lengths(voc: Vocabulary, part: Part, r: Reading) -> set[str]:
    """The length fields the words nearest a duration name: its verb's ("extended by three
    days": the extensions), else a word of a field's meaning ("initially": the first term)."""
    for kind in ("predicate", "term"):
        near = [
            (abs(x.start - part.start), fields)
            for x in r.of(kind)
            if (fields := {f for f in voc.length_fields if _names_field(voc, x, f)})
        ]
        if near:
            return min(near, key=lambda t: t[0])[1]
    return set()


def _names_field(voc: Vocabulary, x: Part, field: str) -> bool:
    """Whether a part of the claim names a value field: a verb that fills it ("extended":
    the extensions) or a word its meaning says ("initially": how long it was first set)."""
    if x.kind == "predicate":
        return field in {f"values.{f}" for f in voc.fields_of.get(x.key, ())}
    if x.kind == "term":
        return bool(set(voc.synonyms.get(x.key, ())) & voc.field_groups.get(field, frozenset()))
    return False


def _part_of_named(checker: Checker, p: Profile, r: Reading) -> bool:
    """Whether the claim names a kind of event ("the truce") that this fact is only a part
    of (the truce's first term): what is said of the whole is not said of the part."""
    named = {x.key.removesuffix("s") for x in r.of("unit", "term") if x.key} & KINDS_NAMED
    if not named or p.fact.kind in named:
        return False
    wholes = (checker.base.get(a) for a in checker.ancestors(p.fact.id))
    return any(w is not None and w.kind in named for w in wholes)


def named(checker: Checker, ids: list[str]) -> Names:
    """Entities by their English names, remembering the ids to name them in another language."""
    return Names(", ".join(checker.base.name(i, "en") for i in ids), tuple(ids))
