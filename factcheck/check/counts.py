"""What a fact's own words bind together, clause by clause, where no typed field does:
counts to verbs ("1,517 died and 706 survived"), days to places ("Cherbourg on 10 April"),
words to the person who did them ("Tenzing left sweets …, and Hillary a crucifix"),
dates to what they date ("knighted in 1953 and made a life peer in 1966") and the terms of
a figure to what each is for ("16 years: ten for the manslaughter, five for …"). A claim
that binds them otherwise is contradicted, or its words are left unbacked."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import combinations, pairwise
from typing import TYPE_CHECKING, TypeVar

from factcheck.check.evidence import (
    CLAUSE,
    STATEMENT_BREAK,
    clause_end,
    clause_start,
    fits,
    named,
    pieces,
    says,
    whole_of_part,
    within,
)
from factcheck.check.model import Correction, Part, Reading
from factcheck.check.profile import same_word
from factcheck.check.reader import VERB_LIKE
from factcheck.check.roles import joined
from factcheck.dates import DateMention
from factcheck.facts import Quantity, format_number
from factcheck.textnorm import lazy

if TYPE_CHECKING:
    from factcheck.check.evidence import Context
    from factcheck.check.judge import Checker
    from factcheck.check.profile import Profile

T = TypeVar("T")

_MONTH_SAID = lazy(r"月|[A-Za-z]{3}|\d[/.-]\d")
_NAMED = lazy(r"\bno\.\s?$|#\s?$|[号第]$")


def said_counts(ctx: Context) -> None:
    """Each count the claim gives a verb, against the counts the words of the facts it is
    about give the same verbs."""
    checker, r = ctx.checker, ctx.reading
    for number, verb in _pairs(checker, r):
        if number.status not in ("unknown", "supported"):
            continue
        for p in _facts_of(ctx, number):
            if any(a.field.startswith("values.") and a.value == number.value for a in p.amounts):
                continue  # a typed field holds it: the readers of fields judge it
            told = [(n.value, v.key) for n, v in _told(checker, p, _pairs)]
            if (number.value, verb.key) in told:
                continue
            other = [val for val, key in told if key == verb.key and val != number.value]
            elsewhere = [key for val, key in told if val == number.value and key != verb.key]
            if other and elsewhere and not _same_verb(checker, verb.key, elsewhere):
                number.status, number.fact, number.field = "refuted", p.fact.id, "text"
                shown = f"{format_number(float(other[0]))} {verb.text}"  # type: ignore[arg-type]
                ctx.corrections.append(Correction(p.fact.id, "text", number.text, shown))


def _facts_of(ctx: Context, part: Part) -> list[Profile]:
    """The fact each statement that holds the part is about."""
    return [c.sources[0] for c in ctx.clauses if c.sources and part in c.parts]


def _told(checker: Checker, p: Profile, reader: Callable[[Checker, Reading], list[T]]) -> list[T]:
    """What a reader of this module finds in a fact's own words, in both languages (once
    per checker)."""
    key = (p.fact.id, reader.__name__)
    if key not in checker.told:
        if len(checker.told) >= 100_000:
            checker.told.clear()
        checker.told[key] = [
            x for text in (p.fact.text.en, p.fact.text.zh)
            for x in reader(checker, checker.reading_of(text))
        ]  # fmt: skip
    return checker.told[key]  # type: ignore[return-value]


def _told_in(
    checker: Checker, p: Profile, reader: Callable[[Checker, Reading], list[T]], lang: str
) -> list[T]:
    """What a reader finds in a fact's words in one language (the claim's: its clauses
    are cut by that language's marks)."""
    key = (p.fact.id, reader.__name__, lang)
    if key not in checker.told:
        text = p.fact.text.zh if lang == "zh" else p.fact.text.en
        checker.told[key] = list(reader(checker, checker.reading_of(text)))
    return checker.told[key]  # type: ignore[return-value]


def _cut(r: Reading, at: re.Pattern[str]) -> list[list[Part]]:
    """The parts of a text, in order, in the stretches between the marks a pattern finds:
    statements (commas, "and"), clauses (commas, "but") or sentences (full stops)."""
    cuts = [0, *(m.end() for m in at.finditer(r.norm)), len(r.norm) + 1]
    ordered = sorted(r.parts, key=lambda x: x.start)
    return [[x for x in ordered if lo <= x.start and x.end <= hi] for lo, hi in pairwise(cuts)]


def _statements(r: Reading) -> list[list[Part]]:
    """The parts of each statement of a text, cut at commas, colons and "and" (和, 而)."""
    return _cut(r, STATEMENT_BREAK)


def _names(r: Reading, n: Part) -> bool:
    """Whether a bare number names something ("resolution 2735", "No. 2", 第2735号): it
    follows a word with nothing between them."""
    if _NAMED.search(r.norm, 0, n.start):
        return True
    before = [x for x in r.parts if x.end <= n.start and x.kind in ("term", "unit", "entity")]
    last = max(before, key=lambda x: x.end, default=None)
    return last is not None and n.start - last.end <= 1 and not r.norm[last.end : n.start].strip()


def _same_verb(checker: Checker, key: str, others: list[str]) -> bool:
    return any(o == key or o in checker.voc.also.get(key, ()) for o in others)


def _pairs(checker: Checker, r: Reading) -> list[tuple[Part, Part]]:
    """Each number with the verb of its statement nearest it, where each is the other's
    nearest ("1,517 died", 706人生还, "rated for 28 volts"); not a length of time, nor a
    statement with an order word ("two minutes after takeoff")."""
    voc = checker.voc
    out: list[tuple[Part, Part]] = []
    for inside in _statements(r):
        if any(x.kind == "cue" and x.key in ("before", "after") for x in inside):
            continue
        numbers = [
            n for n in inside
            if n.kind == "number" and isinstance(n.value, (int, float)) and not n.negated
            and n.key not in voc.duration_days and n.key not in voc.clock_minutes
            and not (not n.key and _names(r, n))
        ]  # fmt: skip
        verbs = [v for v in inside if v.kind == "predicate" and not v.negated]
        verbs = verbs or [t for t in inside if t.kind == "term" and VERB_LIKE.match(t.text)]
        if not numbers or not verbs:
            continue

        def gap(a: Part, b: Part) -> int:
            return max(a.start - b.end, b.start - a.end)

        for n in numbers:
            v = min(verbs, key=lambda v: gap(n, v))
            if min(numbers, key=lambda m: (not m.key, gap(m, v))) is n:
                out.append((n, v))
    return out


def said_days(ctx: Context) -> None:
    """Each day the claim gives a place ("called at Cherbourg on 11 April"), against the
    days the words of the fact it is about give its places ("Cherbourg … on 10 April and
    Queenstown on 11 April")."""
    checker, r = ctx.checker, ctx.reading
    for day, places in _days_and_places(checker, r):
        if day.status not in ("unknown", "supported"):
            continue
        for p in _facts_of(ctx, day):
            told = _told(checker, p, _days_and_places)
            for place in places:
                own = [d for d, ps in told if place in ps]
                others = [ps for d, ps in told if _same_day(d, day) and place not in ps]
                if own and others and not any(_same_day(d, day) for d in own):
                    day.status, day.fact, day.field = "refuted", p.fact.id, "text"
                    shown = f"{checker.base.name(place, 'en')}: {own[0].text}"
                    ctx.corrections.append(Correction(p.fact.id, "text", day.text, shown))
                    break


def _same_day(a: Part, b: Part) -> bool:
    x, y = a.value, b.value
    return (
        isinstance(x, DateMention)
        and isinstance(y, DateMention)
        and (x.month, x.day) == (y.month, y.day)
        and (x.year is None or y.year is None or x.year == y.year)
    )


def _days_and_places(checker: Checker, r: Reading) -> list[tuple[Part, set[str]]]:
    """Each statement's one day with the places it names ("Cherbourg in France on 10
    April")."""
    kind_of = checker.voc.entity_kind
    out: list[tuple[Part, set[str]]] = []
    for inside in _statements(r):
        days = [
            x for x in inside
            if x.kind == "date" and isinstance(x.value, DateMention) and x.value.day
            and _MONTH_SAID.search(x.text)  # not 13号 of "Apollo 13号", nor a bare 24日
        ]  # fmt: skip
        places = {x.key for x in inside if x.kind == "entity" and kind_of.get(x.key) == "place"}
        if len(days) == 1 and places:
            out.append((days[0], places))
    return out


def said_doers(ctx: Context) -> None:
    """Words and days a fact's own sentences give to one person ("Tenzing left sweets and
    biscuits …, and Hillary left a small crucifix"; "Dudley became chief executive on 1
    October 2010, replacing Hayward"): a claim giving them to another person its words
    name ("Hillary left sweets", "Hayward became chief executive on 1 October 2010") is not
    backed by them."""
    checker, r = ctx.checker, ctx.reading
    for word, doers in _doers_words(checker, r):
        if word.status != "supported" or word.field != "text" or word.fact is None:
            continue
        p = checker.by_id.get(word.fact)
        if p is None:
            continue
        told = _told_in(checker, p, _doers_words, r.lang)
        given = {d for w, ds in told if _said_alike(w, word) for d in ds}
        if given and not doers & given and doers <= p.entities:
            word.status, word.fact, word.field = "unknown", None, None


def others_words(ctx: Context) -> None:
    """A word a fact's words say only in a sentence of someone else ("利亚钦死后被追授英雄称号；
    艇上其他人员被授予勇气勋章"), said of one who has a sentence of his own there (利亚钦获授
    勇气勋章): that sentence does not back it."""
    checker, r = ctx.checker, ctx.reading
    for w in r.of("term"):
        if (
            w.status != "supported"
            or w.field != "text"
            or w.negated
            or not _sole_subject(checker, r, w)
        ):
            continue
        lo = clause_start(r.claim, w.start)
        if _BE_DONE.search(r.claim, lo, clause_end(r.claim, w.end)):
            continue  # "the Kursk was declared in distress": the one it was done to
        actor = min((x for x in r.of("entity") if x.start >= lo), key=lambda x: x.start)
        p = checker.by_id.get(w.fact or "")
        if p is None:
            continue
        said = checker.reading_of(p.fact.text.zh if r.lang == "zh" else p.fact.text.en)
        sentences = _cut(said, _SENTENCE_BREAK)
        with_word = [i for i, ps in enumerate(sentences) if any(_said_exactly(x, w) for x in ps)]
        with_actor = [
            i for i, ps in enumerate(sentences)
            if ps and ps[0].kind == "entity" and ps[0].key == actor.key
        ]  # fmt: skip
        if not with_word or not with_actor or set(with_word) & set(with_actor):
            continue
        if all(
            _subject_of(checker, said, sentences[i]) not in (None, actor.key) for i in with_word
        ):
            w.status, w.fact, w.field = "unknown", None, None


def _subject_of(checker: Checker, r: Reading, parts: list[Part]) -> str | None:
    """What a sentence opens with, as the one it is about: an actor, or the noun of a group
    (艇上其他人员, "the other men aboard"); none where it opens with a pronoun or a thing."""
    if not parts or _PRONOUN.match(r.norm, _sentence_start(r, parts[0].start)):
        return None
    for x in parts[:2]:
        if x.kind == "unit" or (
            x.kind == "entity" and checker.voc.entity_kind.get(x.key) in ("person", "party")
        ):
            return x.key
        if x.kind != "term":
            return None
    return None


def _sentence_start(r: Reading, at: int) -> int:
    """Where the sentence holding a position begins, past its spaces."""
    found = [m.end() for m in _SENTENCE_BREAK.finditer(r.norm, 0, at)]
    start = found[-1] if found else 0
    while start < at and r.norm[start] == " ":
        start += 1
    return start


_PRONOUN = lazy(r"(?:he|she|it|they|his|her|its|their)\b|他|她|它|其")
_BE_DONE = lazy(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b", re.IGNORECASE)


_SENTENCE_BREAK = lazy(r"[;；。]|\.(?!\d)")


def opposite_clauses(ctx: Context) -> None:
    """Words the claim says in the clauses of two opposite verbs that the fact's words say
    each in the other's clause ("survived with his father …, but his mother … died" against
    "survived with his mother …, but his father … died"): refuted, the fact's verb their
    correction. A word of one clause alone is left (the fire both survived and died in)."""
    checker, r = ctx.checker, ctx.reading
    voc = checker.voc
    found: list[tuple[Part, Part, str, str]] = []  # word, claim's verb, fact, fact's verb
    for verb in r.of("predicate"):
        against = voc.opposite.get(verb.key, set()) | voc.excludes.get(verb.key, set())
        p = checker.by_id.get(verb.fact or "")
        if not against or verb.negated or verb.status != "supported" or p is None:
            continue
        said = checker.reading_of(p.fact.text.zh if r.lang == "zh" else p.fact.text.en)
        theirs = _cut(said, _CLAUSE_CUT)
        for w in next((c for c in _cut(r, _CLAUSE_CUT) if any(x is verb for x in c)), []):
            if w.kind != "term" or w.status != "supported" or w.fact != p.fact.id or w.negated:
                continue
            with_word = [c for c in theirs if any(_said_exactly(x, w) for x in c)]
            keys = [
                {x.key for x in c if x.kind == "predicate" and not x.negated} for c in with_word
            ]
            if keys and all(k & against and verb.key not in k for k in keys):
                shown = next(
                    x.text for x in with_word[0] if x.kind == "predicate" and x.key in against
                )
                found.append((w, verb, p.fact.id, shown))
    verbs = {v.key for _, v, _, _ in found}
    crossed = any(
        voc.opposite.get(k, set()) & verbs or voc.excludes.get(k, set()) & verbs for k in verbs
    )
    for w, _, fact_id, shown in found if crossed else []:
        w.status, w.field = "refuted", "text"
        ctx.corrections.append(Correction(fact_id, "text", w.text, f"{w.text}: {shown}"))


_CLAUSE_CUT = lazy(r"[,;，；。]|\bbut\b|但|而")


def crossed_doers(ctx: Context) -> None:
    """Two deeds a fact's own sentences give two actors, each to the other one ("The KLM
    aircraft landed first, and the Pan Am aircraft was parked behind it"), which the claim
    gives the other way round ("Pan Am landed first, and KLM was parked behind it"): both
    are refuted. One deed given to another actor alone is left to `said_doers` (an actor
    of a fact's long sentence is not always the doer of its every word)."""
    checker, r = ctx.checker, ctx.reading
    said = [
        (w, ds) for w, ds in _actors_words(checker, r)
        if len(ds) == 1 and w.status == "supported" and w.field == "text" and w.fact
        and _sole_subject(checker, r, w)
    ]  # fmt: skip
    for p, (w1, d1, g1), (w2, d2, g2) in _pairs_told(checker, r, said, _actors_words):
        if d1 == d2:
            continue
        if not (d2 <= g1 - d1 and d1 <= g2 - d2 and not d1 & g1 and not d2 & g2):
            continue
        for w, other in ((w1, d2), (w2, d1)):
            if w.status == "refuted":
                continue  # crossed with another word already
            w.status = "refuted"
            actual = named(checker, sorted(other))
            ctx.corrections.append(Correction(p.fact.id, "text", w.text, f"{w.text}: {actual}"))


_Told = tuple[Part, frozenset[str], set[str]]  # a word, its actors in the claim, in the fact


def _pairs_told(
    checker: Checker,
    r: Reading,
    said: list[tuple[Part, frozenset[str]]],
    reader: Callable[[Checker, Reading], list[tuple[Part, frozenset[str]]]],
) -> Iterator[
    tuple[Profile, tuple[Part, frozenset[str], set[str]], tuple[Part, frozenset[str], set[str]]]
]:
    """Each two of the claim's words, with the actors a reader pairs them with, that one fact
    backs: that fact, and for each word its actors in the claim and in the fact's words."""
    for (w1, s1), (w2, s2) in combinations(said, 2):
        if w1.fact != w2.fact or same_word(w1.key, w2.key):
            continue
        p = checker.by_id.get(w1.fact or "")
        if p is None:
            continue
        told = _told_in(checker, p, reader, r.lang)
        yield p, (w1, s1, _given(told, w1)), (w2, s2, _given(told, w2))


def _given(told: list[tuple[Part, frozenset[str]]], w: Part) -> set[str]:
    """The actors a fact's words pair with a word (said exactly)."""
    return {a for x, actors in told if _said_exactly(x, w) for a in actors}


def crossed_objects(ctx: Context) -> None:
    """Two deeds a fact's words do to two different actors ("laid the blame on the German
    government …, and cleared Captain Turner"), which the claim does each to the other's
    ("cleared Schwieger and blamed Captain Turner"): the deed done to the other's actor is
    refuted, that actor its correction."""
    checker, r = ctx.checker, ctx.reading
    if r.lang != "en":
        return  # Chinese puts the one a deed is done to before its verb (把…归于, 宣布…无责)
    said = [
        (w, os) for w, os in _objects_words(checker, r)
        if w.status == "supported" and w.field == "text" and w.fact and not w.negated
    ]  # fmt: skip
    for p, (w1, o1, g1), (w2, o2, g2) in _pairs_told(checker, r, said, _objects_words):
        if o1 & o2:
            continue
        if not g1 or not g2 or g1 & g2 or o1 & g1 or o2 & g2:
            continue  # each deed must be done to others in the fact, to none of the claim's
        for w, said_of, own in ((w1, o1, g2), (w2, o2, g1)):
            if said_of <= own and w.status != "refuted":
                w.status = "refuted"
                shown = f"{w.text}: {named(checker, sorted(g1 if w is w1 else g2))}"
                ctx.corrections.append(Correction(p.fact.id, "text", w.text, shown))
    for w, os in said:
        if w.status == "supported":
            _unbound(checker, w, os)


def _unbound(checker: Checker, w: Part, objects: frozenset[str]) -> None:
    """ "The inquiry blamed Captain Turner" against "blamed the German government …, and
    cleared Captain Turner": the fact's words do this deed to others and another deed to
    this actor; the word is not backed (which deed is the opposite is not read)."""
    p = checker.by_id.get(w.fact or "")
    if p is None:
        return
    told = _told_in(checker, p, _objects_words, "en")
    own = _given(told, w)
    others = {o for x, os in told if not _said_exactly(x, w) for o in os}
    if own and objects <= others - own:
        w.status, w.fact, w.field = "unknown", None, None


def _objects_words(checker: Checker, r: Reading) -> list[tuple[Part, frozenset[str]]]:
    """Each word of a deed with the actors (people, parties) named right after it: "cleared
    Captain Turner", "laid the blame on the German government and the U-20"."""
    kind_of = checker.voc.entity_kind
    parts = sorted(r.parts, key=lambda x: x.start)
    out: list[tuple[Part, frozenset[str]]] = []
    for i, w in enumerate(parts):
        if w.kind not in ("term", "predicate"):
            continue
        found: set[str] = set()
        last = w
        for x in parts[i + 1 :]:
            gap = r.norm[last.end : x.start]
            if x.kind == "entity" and kind_of.get(x.key) in ("person", "party"):
                if not (
                    _TO_WHOM.fullmatch(gap) if last is w else joined(gap) or _OWNER.fullmatch(gap)
                ):
                    break
                found.add(x.key)
                last = x
            elif x.kind == "term" and last is not w and _OWNER.fullmatch(gap):
                last = x  # "the submarine's commander": the words of one named
            else:
                break
        if found:
            out.append((w, frozenset(found)))
    return out


_TO_WHOM = lazy(r"\s*(?:(?:on|upon|onto|to)\s+)?(?:the\s+)?")  # "blame on the", "cleared"
_OWNER = lazy(r"\s*(?:['’]s)?\s*")


def _said_exactly(a: Part, b: Part) -> bool:
    """The same word (a Chinese run whole, not one that begins with the other: 客机 is not
    客机停), or the same day."""
    if a.key.isascii() or a.kind == "date" or b.kind == "date":
        return _said_alike(a, b)
    return a.key == b.key


_PASSIVE = lazy(r"\bby\b|被|由")


def _sole_subject(checker: Checker, r: Reading, w: Part) -> bool:
    """Whether the word's clause opens with its one actor, in the active voice: the doer
    of what the clause says ("the KLM aircraft landed first"), not the one it was done by
    ("drafted by the United States") or one of several."""
    lo, hi = clause_start(r.claim, w.start), clause_end(r.claim, w.end)
    kinds = checker.voc.entity_kind
    actors = [
        x for x in r.of("entity") if lo <= x.start < hi and kinds.get(x.key) in ("person", "party")
    ]  # fmt: skip
    first = min((x for x in r.parts if lo <= x.start < hi), key=lambda x: x.start, default=None)
    return (
        len(actors) == 1
        and actors[0] is first  # the clause's subject, not "以色列妇女" later in it
        and actors[0].end <= w.start
        and not _PASSIVE.search(r.claim, lo, hi)
    )


def _doers_words(checker: Checker, r: Reading) -> list[tuple[Part, frozenset[str]]]:
    """Each content word with the person or people named last before it in its clause
    (people joined by "and", 和, are named together)."""
    return _words_of(checker, r, ("person",), ("term", "date"))


def _actors_words(checker: Checker, r: Reading) -> list[tuple[Part, frozenset[str]]]:
    """Each word of a deed with the actor or actors (people, parties) named last before it
    in its clause."""
    return _words_of(checker, r, ("person", "party"), ("term", "date", "predicate", "ordinal"))


def _words_of(
    checker: Checker, r: Reading, doers_of: tuple[str, ...], done: tuple[str, ...]
) -> list[tuple[Part, frozenset[str]]]:
    kind_of = checker.voc.entity_kind
    out: list[tuple[Part, frozenset[str]]] = []
    splitter = _SENTENCE_EN if r.lang == "en" else CLAUSE  # commas set off asides in English
    cuts = [0, *(m.end() for m in splitter.finditer(r.norm)), len(r.norm) + 1]  # not "and": 和
    for lo, hi in pairwise(cuts):
        doers: frozenset[str] = frozenset()
        last: Part | None = None
        aside: Part | None = None  # the last name that is no doer
        for x in r.parts:
            if not (lo <= x.start and x.end <= hi):
                continue
            if x.kind == "entity" and kind_of.get(x.key) in doers_of:
                if _not_a_doer(checker, r, x) or (
                    aside is not None
                    and aside.key == x.key
                    and not r.norm[aside.end : x.start].strip()
                ):  # "from Skiles", 从副驾驶斯基尔斯手中: whom it came from, no doer (nor the
                    # name right after it that is the same one: 副驾驶 斯基尔斯)
                    aside = x
                    continue
                joined_to = last is not None and joined(r.norm[last.end : x.start])
                doers = doers | {x.key} if joined_to else frozenset({x.key})
                last = x
            elif x.kind in done and doers:
                out.append((x, doers))
    return out


def _not_a_doer(checker: Checker, r: Reading, x: Part) -> bool:
    """Whether a name comes right after a word that makes it whom a thing came from or was
    said to (the lexicon's `not_doers`: "from", 从, 对)."""
    voc = checker.voc
    before = r.norm[: x.start].rstrip()
    if r.lang == "zh" or not x.text.isascii():
        return bool(voc.not_doers_zh) and before.endswith(voc.not_doers_zh)
    return bool(voc.not_doers_en) and (" " + before).endswith(voc.not_doers_en)


def _said_alike(a: Part, b: Part) -> bool:
    """The same word, or the same day ("became chief executive on 1 October 2010")."""
    if a.kind == "date" or b.kind == "date":
        return a.kind == b.kind and _same_date(a, b)
    return same_word(a.key, b.key)


_SENTENCE_EN = lazy(r"[;:.!?]")
_CLAUSE_EN = lazy(r"[;.!?]|\band\b|\bwhile\b|\bbut\b")  # commas set off asides in English
CLAUSE_ZH = lazy(r"[，；。！？,;]|而|但")  # a Chinese clause ends at these


def said_dates(ctx: Context) -> None:
    """Each date the claim gives its words ("made a life peer in 1953"), against the dates
    the clauses of the fact's words give theirs ("knighted in 1953 and made a life peer
    … in 1966"): a date the fact gives other words, where it gives these words another
    date, is refuted."""
    checker, r = ctx.checker, ctx.reading
    for day, words in _dates_and_words(checker, r):
        if day.status not in ("unknown", "supported") or len(words) < 1:
            continue
        for p in _facts_of(ctx, day):
            if day.field in ("date", "start", "end", "month"):
                continue  # the fact's own day: its words give other days to other things
            told = _told_in(checker, p, _dates_and_words, r.lang)
            own = [  # two words in common, or all the claim's or the clause's words
                d for d, ws in told
                if len(words & ws) >= min(2, len(words), len(ws)) and not _same_date(d, day)
            ]  # fmt: skip
            given = [ws for d, ws in told if _same_date(d, day)]
            if own and given and not any(words & ws for ws in given):
                day.status, day.fact, day.field = "refuted", p.fact.id, "text"
                ctx.corrections.append(Correction(p.fact.id, "text", day.text, own[0].text))
                break


def _same_date(a: Part, b: Part) -> bool:
    x, y = a.value, b.value
    if not isinstance(x, DateMention) or not isinstance(y, DateMention):
        return False
    return (x.year, x.month, x.day) == (y.year, y.month, y.day) or (
        _same_day(a, b) and None in (x.year, y.year)
    )


def _dates_and_words(checker: Checker, r: Reading) -> list[tuple[Part, frozenset[str]]]:
    """Each clause's one date with the words it says (the verbs and content words, not the
    names): "knighted in 1953" -> 1953, {knight}."""
    splitter = _CLAUSE_EN if r.lang == "en" else CLAUSE_ZH
    cuts = [0, *(m.end() for m in splitter.finditer(r.norm)), len(r.norm) + 1]
    out: list[tuple[Part, frozenset[str]]] = []
    waiting: list[Part] = []  # "2010年7月27日，…": a date set before the clause it dates
    for lo, hi in pairwise(cuts):
        inside = [x for x in r.parts if lo <= x.start and x.end <= hi]
        dates = waiting + [
            x for x in inside if x.kind == "date" and isinstance(x.value, DateMention)
        ]
        words = frozenset(
            x.key for x in inside
            if x.kind in ("term", "predicate", "office")
            and len(x.key) > (1 if not x.key.isascii() else 2)
        )  # fmt: skip
        waiting = dates if dates and not words else []
        if len(dates) == 1 and words:
            out.append((dates[0], words))
    return out


_ARITHMETIC = ("more", "fewer", "times", "total", "longer", "shorter", "before", "after", "gap")


def said_parts(ctx: Context) -> None:
    """ "ten years for the manslaughter", 过失杀人10年: a value the claim gives beside words
    that a fact's own words give one of the terms its figure adds up to ("16 years: ten for
    the manslaughter, five for causing the shipwreck"); another value is contradicted."""
    checker, r = ctx.checker, ctx.reading
    for statement in _statements(r):
        values = [  # unread, or backed only by the fact's words, which also give the rest
            x for x in statement if x.kind in ("number", "duration")
            and (x.status == "unknown" or (x.status == "supported" and x.field == "text"))
            and not whole_of_part(r, x)  # "of the 325 students": the whole, not a term of it
        ]  # fmt: skip
        words = {x.key for x in statement if x.kind in ("term", "predicate", "unit")}
        words |= _inner_words(checker, values)  # "14 collapsible lifeboats": collapsible
        if len(values) != 1 or not words:
            continue
        value = values[0]
        if any(x.kind == "cue" and x.key in _ARITHMETIC for x in statement):
            continue  # "four more lifeboats than required": a difference, not a term
        for p in _facts_of(ctx, value):
            if any(n.kind == "also_reported" for n in p.fact.notes):
                continue  # where other reporting differs, the figure's readers judge it
            if _a_whole(checker, p, value):
                inner = _inner_words(checker, [value])
                if not inner:
                    continue  # "carried 20 lifeboats": the whole its terms (14, 2, 4) add up to
                if any(inner & said for _, _, said in _terms_said(checker, p)):
                    if value.status == "supported" and value.fact == p.fact.id:
                        value.status, value.fact, value.field = "unknown", None, None
                    continue  # "12 motor boats": the whole said with a word of one term's
            found = _named_term(checker, p, value, words)
            if found is None:
                if value.status == "supported" and _a_term(checker, p, value):
                    value.status, value.fact, value.field = "unknown", None, None
                continue  # "sentenced to eight years": the fact's words give it as a term only
            term, unit = found
            claimed = _in_figure_unit(checker, value, unit)
            if claimed is None:
                continue
            if abs(claimed - term) < 1e-6:
                value.status, value.fact, value.field = "supported", p.fact.id, "text"
            else:
                value.status, value.fact, value.field = "refuted", p.fact.id, "text"
                shown = f"{format_number(term)} {unit}"
                ctx.corrections.append(Correction(p.fact.id, "text", value.text, shown))
            break


def _named_term(
    checker: Checker, p: Profile, value: Part, words: set[str]
) -> tuple[float, str] | None:
    """The term of one of the fact's figures whose statement in the fact's words shares a
    word with the claim's statement, and no other term's does; with the figure's unit."""
    told = _terms_said(checker, p)
    found = {
        (term, unit)
        for term, unit, said in told
        if said & words and not any(t != term and other & said & words for t, _, other in told)
    }  # fmt: skip
    kinds = {unit in checker.voc.duration_days for _, unit in found}
    if len(found) != 1 or kinds != {value.kind == "duration"}:
        return None
    return next(iter(found))


def _inner_words(checker: Checker, values: list[Part]) -> set[str]:
    """The word keys of the English words a number's part holds between the number and its
    unit ("14 collapsible lifeboats": collapsible)."""
    voc = checker.voc
    return {
        voc.word_key(w)
        for x in values if x.text.isascii()
        for w in re.findall(r"[a-z-]{3,}", x.text.lower())[:-1]
        if w not in voc.function_en
    }  # fmt: skip


def _a_whole(checker: Checker, p: Profile, value: Part) -> bool:
    """Whether a value is a figure of the fact whose `parts` its words give one by one."""
    return any(
        isinstance(v, Quantity)
        and v.parts
        and (held := _in_figure_unit(checker, value, v.unit)) is not None
        and abs(held - v.value) < 1e-6
        for v in p.fact.values.values()
    )


def _a_term(checker: Checker, p: Profile, value: Part) -> bool:
    """Whether a value is one of the terms the fact's words give of a figure, and not the
    figure itself."""
    return any(
        (held := _in_figure_unit(checker, value, unit)) is not None and abs(held - term) < 1e-6
        for term, unit, _ in _terms_said(checker, p)
    )


def _terms_said(checker: Checker, p: Profile) -> list[tuple[float, str, frozenset[str]]]:
    """The terms of the fact's figures with `parts` that its words give one by one, each
    with the words of its statement ("16 years: ten for the manslaughter": 10, years,
    {manslaughter}); read once per checker."""
    key = (p.fact.id, "terms said")
    if key in checker.told:
        return checker.told[key]  # type: ignore[return-value]
    if len(checker.told) >= 100_000:
        checker.told.clear()
    out: list[tuple[float, str, frozenset[str]]] = []
    quantities = [v for v in p.fact.values.values() if isinstance(v, Quantity) and v.parts]
    figures = [(v.parts, v.unit) for v in quantities]
    for text in (p.fact.text.en, p.fact.text.zh) if figures else ():
        found: list[tuple[float, str, frozenset[str], bool]] = []  # and whether bare, beside
        # the whole ("64 bronze guns on two gun decks")
        rest: set[str] = set()  # words of the statements that give no term
        for statement in _statements(checker.reading_of(text)):
            said = frozenset(
                {x.key for x in statement if x.kind in ("term", "predicate", "unit")}
                | _inner_words(checker, [x for x in statement if x.kind == "number"])
            )  # "3 motor boats": motor
            whole_here = any(  # the statement that gives the whole figure in its unit
                x.kind == "number" and x.key == v.unit and x.value == v.value
                for x in statement
                for v in quantities
            )
            terms_here = [
                (held, unit, whole_here and not x.key)
                for x in statement if x.kind in ("number", "duration")
                for terms, unit in figures
                if (held := _in_figure_unit(checker, x, unit)) is not None
                and any(abs(held - t) < 1e-6 for t in terms)
            ]  # fmt: skip
            if not terms_here:
                rest |= said
            found += [(held, unit, said, bare) for held, unit, bare in terms_here]
        said_often = {  # such a figure said more often than the terms hold it: "two gun decks"
            (held, unit)  # and "two 1-pounders", where one term is 2: which is it is open
            for held, unit, _, bare in found
            if bare
            and sum(h == held and u == unit for h, u, _, _ in found)
            > sum(abs(t - held) < 1e-6 for terms, u in figures if u == unit for t in terms)
        }
        out += [
            (held, unit, said - rest)
            for held, unit, said, bare in found
            if said - rest and not (bare and (held, unit) in said_often)
        ]
    checker.told[key] = out  # type: ignore[assignment]
    return out


def _in_figure_unit(checker: Checker, x: Part, unit: str) -> float | None:
    """A number or length of the claim in a figure's unit (a length in days into years)."""
    if not isinstance(x.value, (int, float)):
        return None
    days = checker.voc.duration_days
    if x.kind == "duration":
        return float(x.value) / days[unit] if unit in days else None
    if x.key and x.key != unit:
        return None
    return float(x.value)


def placed_counts(ctx: Context) -> None:
    """A count said of a place ("116 children died in the school") where a fact of that very
    place types the count in the same unit (109 children in the school) and the fact that
    backed it counts a whole the place is part of (116 in the disaster): refuted by the
    place's own count, not backed by the whole's."""
    from factcheck.check.contradiction import described_amount  # the two read each other

    checker, r = ctx.checker, ctx.reading
    kind_of = checker.voc.entity_kind
    for x in r.of("number"):
        if x.status != "supported" or not x.key or not x.fact or x.negated:
            continue
        lo, hi = clause_start(r.claim, x.start), clause_end(r.claim, x.end)
        places = {
            y.key for y in r.of("entity") if kind_of.get(y.key) == "place" and lo <= y.start < hi
        }
        backer = checker.by_id.get(x.fact)
        if not places or backer is None or places & backer.slots.get("place", set()):
            continue
        for p in ctx.ranked:
            if p is backer or not places & p.slots.get("place", set()):
                continue
            if backer.fact.id not in checker.ancestors(p.fact.id):
                continue  # the place's count must be a part of the count that backed it
            typed = [a for a in p.amounts if a.unit == x.key and a.field.startswith("values.")]
            if not typed or any(fits(x, a) for a in typed):
                continue
            x.status, x.fact, x.field = "refuted", p.fact.id, typed[0].field
            ctx.corrections.append(
                Correction(p.fact.id, typed[0].field, x.text, described_amount(typed[0]))
            )
            break


_SET_OFF = lazy(r"\s*,\s*$")  # "Perth, about 3,100 km from …": the figure is Perth's


def apposed_counts(ctx: Context) -> None:
    """A figure set off by a comma right after a place's name ("heard in Perth, about 4,800
    kilometres from Krakatoa") is that place's: judged by the facts that type the place and
    a figure in the same unit (Perth's 3,100 km), not by another place's figure in words."""
    from factcheck.check.contradiction import described_amount  # the two read each other

    checker, r = ctx.checker, ctx.reading
    kind_of = checker.voc.entity_kind
    for x in r.of("number"):
        if x.status != "supported" or not x.key or x.negated:
            continue
        place = next(
            (
                y for y in r.of("entity")
                if kind_of.get(y.key) == "place" and y.end <= x.start
                and _SET_OFF.fullmatch(r.claim, y.end, x.start) is not None
            ),
            None,
        )  # fmt: skip
        if place is None:
            continue
        theirs = [
            (p, a) for p in ctx.ranked
            if place.key in p.slots.get("place", set()) or p.fact.id == place.key
            for a in p.amounts if a.unit == x.key and a.field.startswith("values.")
        ]  # fmt: skip
        if not theirs:
            continue
        fitting = next(((p, a) for p, a in theirs if fits(x, a)), None)
        if fitting is not None:
            x.fact, x.field = fitting[0].fact.id, fitting[1].field
            continue
        p, a = theirs[0]
        x.status, x.fact, x.field = "refuted", p.fact.id, a.field
        ctx.corrections.append(Correction(p.fact.id, a.field, x.text, described_amount(a)))


def counts_elsewhere(ctx: Context) -> None:
    """A count said of a place ("300 were killed in Mell") backed by a fact that types
    another place for it (Tarn), not one within, around or named by the claim's (the
    flood's words that name Mell are no count of Mell): the count is that other place's.
    Judged by a fact of the claim's place that types the same field, else left unbacked."""
    from factcheck.check.contradiction import described_amount  # the two read each other

    checker, r = ctx.checker, ctx.reading
    kind_of = checker.voc.entity_kind
    for x in r.of("number"):
        if x.status != "supported" or not x.fact or x.negated:
            continue
        if not (x.field or "").startswith("values."):
            continue  # a figure of the fact's words is bound to no place of its own
        backer = checker.by_id.get(x.fact)
        own = backer.slots.get("place", set()) if backer is not None else set()
        if not own:
            continue
        lo, hi = clause_start(r.claim, x.start), clause_end(r.claim, x.end)
        if _OF_THOSE.search(r.claim, 0, x.start):
            start = _sentence_start(r, lo)  # 其中约1800人: of the place the sentence is about
            first = min((y for y in r.parts if y.start >= start), key=lambda y: y.start)
            if (
                first.kind == "entity"
                and kind_of.get(first.key) == "place"
                and not _LOCATOR.match(r.claim, first.end)
            ):
                lo = first.start  # not a place that only locates another (布里斯克下游的村庄)
        said = {
            y.key for y in r.of("entity") if kind_of.get(y.key) == "place" and lo <= y.start < hi
        }
        if not said or any(_near_places(checker, a, b) for a in said for b in own):
            continue
        theirs = [
            (p, a) for p in ctx.ranked if said & p.slots.get("place", set())
            for a in p.amounts if a.field == x.field
        ]  # fmt: skip
        fitting = [p for p, a in theirs if fits(x, a)]
        if fitting:
            x.fact = fitting[0].fact.id
        elif theirs:
            p, a = theirs[0]
            x.status, x.fact = "refuted", p.fact.id
            ctx.corrections.append(Correction(p.fact.id, a.field, x.text, described_amount(a)))
        else:
            x.status, x.fact, x.field = "unknown", None, None


_LOCATOR = lazy(r"\s*(?:['’]s\b|的|[上下]游|附近|周边|以[东西南北]|[东西南北]部)")
# words that count a part of those just named: "of them", "90 miles of it", 其中
OF_THOSE_WORDS = r"其中|当中|之中|\b(?:of (?:it|them|whom|which)|among them)\b"
# a clause that begins with a part of those the clause before counts
_OF_THOSE = lazy(rf"(?:{OF_THOSE_WORDS})[\s,，]*$", re.I)


def _near_places(checker: Checker, a: str, b: str) -> bool:
    """Whether two places are one, one within the other, or named by each other's facts."""
    if a == b or within(checker, a, {b}):
        return True
    pa, pb = checker.by_id.get(a), checker.by_id.get(b)
    return any(
        q is not None and (other in q.entities or any(other in v for v in q.slots.values()))
        for q, other in ((pa, b), (pb, a))
    )


def bound_times(ctx: Context) -> None:
    """ "A general emergency was declared at 6:56 a.m." against words that give 6:56 to the
    site emergency and 7:24 to the general one: a word of the claim that the fact's words
    say only in the piece of another time (pieces cut where they pass to the next thing)
    binds the claim's time to that one; refuted, that time its correction."""
    checker, r = ctx.checker, ctx.reading
    for x in r.of("time"):
        if x.status != "supported" or x.negated or not x.fact or not isinstance(x.value, int):
            continue
        p = checker.by_id.get(x.fact)
        if p is None:
            continue
        said = checker.reading_of(p.fact.text.zh if r.lang == "zh" else p.fact.text.en)
        spans = pieces(said.norm)
        piece_of = {  # each of the fact's times, by the piece it stands in
            t.start: next(i for i, (a, b) in enumerate(spans) if a <= t.start < b)
            for t in said.of("time")
        }
        mine = {piece_of[t.start] for t in said.of("time") if t.value == x.value}
        others = {piece_of[t.start]: t for t in said.of("time") if t.value != x.value}
        if not mine or not others:
            continue
        lo, hi = clause_start(r.claim, x.start), clause_end(r.claim, x.end)
        words = [  # the words that say which thing: not its verb, which the pieces share
            r.norm[w.start : w.end].strip() for w in r.parts
            if w.kind in ("term", "unit", "cue") and lo <= w.start < hi and w is not x
            and not VERB_LIKE.match(w.text)
        ]  # fmt: skip
        at = {
            w: {i for i, (a, b) in enumerate(spans) if says(said.norm[a:b], w)}
            for w in words if w
        }  # fmt: skip
        if any(where and where <= mine for where in at.values()):
            continue  # a word of the claim is said only with its own time
        theirs = [
            min(where & set(others)) for where in at.values() if where & set(others) and not where & mine
        ]  # fmt: skip
        if theirs:
            other = others[theirs[0]]
            x.status, x.field = "refuted", "text"
            ctx.corrections.append(Correction(p.fact.id, "text", x.text, other.text))


def whole_figure_of_part(ctx: Context) -> None:
    """ "The orbiter on its own cost $327.6 million", backed by a fact of the orbiter's cost
    only through its whole's name ("$327.6 million", the programme's): where the fact types
    its own amount in that unit and its `part_of` whole types the claimed one, the number
    is the whole's, refuted by the part's own."""
    from factcheck.check.contradiction import described_amount  # the two read each other

    checker, r = ctx.checker, ctx.reading
    for x in r.of("number"):
        if x.status != "supported" or x.field != "aliases" or x.negated or not x.fact:
            continue
        if whole_of_part(r, x):
            continue  # "Of the 134 diagnosed, 28 died": the claim names the whole as such
        p = checker.by_id.get(x.fact)
        whole = checker.by_id.get(p.fact.part_of or "") if p is not None else None
        if p is None or whole is None:
            continue
        own = [a for a in p.amounts if a.field.startswith("values.") and a.unit == x.key]
        theirs = [a for a in whole.amounts if a.field.startswith("values.") and a.unit == x.key]
        if own and not any(fits(x, a) for a in own) and any(fits(x, a) for a in theirs):
            x.status, x.field = "refuted", own[0].field
            ctx.corrections.append(
                Correction(p.fact.id, own[0].field, x.text, described_amount(own[0]))
            )
