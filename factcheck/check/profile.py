"""Facts read once for checking: what each one can back, by typed field and by its words."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from factcheck.check.model import CONTENT, Part, Reading
from factcheck.check.reader import VERB_LIKE, read, unrealising, words_pattern
from factcheck.check.roles import agent, joined_to
from factcheck.check.vocab import Vocabulary
from factcheck.dates import DateMention
from factcheck.facts import Fact, FactBase, Quantity, iter_references
from factcheck.schema import standard_fields
from factcheck.textnorm import _CJK_RUN, lazy, normalize

ENTITY_KINDS = ("party", "person", "place")


@dataclass(frozen=True)
class Amount:
    """A number a fact holds: its value, unit, how exact, and the field it is in."""

    value: float
    unit: str  # canonical unit, or "" when the field does not say
    approx: str
    field: str
    said: str = ""  # converted from another unit: the fact's own value and unit ("41,000 feet")
    scale: float = 1.0  # converted: the size of the fact's own unit in the claim's
    offset: bool = False  # a length its words count from another day (前一天): no length held


@dataclass(eq=False)
class Profile:
    """What one fact can back: entities by field, predicates, words, amounts, days. One per
    fact, so compared by identity: a generated `__eq__` compared some forty fields whenever a
    list of profiles was searched."""

    fact: Fact
    entities: set[str] = field(default_factory=set)
    slots: dict[str, set[str]] = field(default_factory=dict)  # field -> entity ids
    predicates: dict[str, bool] = field(default_factory=dict)  # name -> stated (True) or denied
    terms: set[str] = field(default_factory=set)
    compared: set[str] = field(default_factory=set)  # said only after "than": the other side
    fates: dict[str, set[str]] = field(default_factory=dict)  # a word -> the verbs its words
    # say right after it ("the figurehead survived", 船首像幸存): what befell that thing
    called: set[tuple[str, ...]] = field(default_factory=set)  # what it is, as word keys:
    # its aliases, its `type`, the phrases its words put beside its name ("X, the Belfast yard")
    amounts: list[Amount] = field(default_factory=list)
    days: list[tuple[dt.date, dt.date, str]] = field(default_factory=list)  # first, last, field
    ordinals: dict[str, int] = field(default_factory=dict)  # series (rounds, phases) -> n
    grams: set[str] = field(default_factory=set)  # Chinese characters and pairs of its texts
    negated_grams: set[str] = field(default_factory=set)  # those only its denials hold (没有发现)
    syn: set[int] = field(default_factory=set)  # synonym groups its words belong to
    denied: set[str] = field(default_factory=set)  # words its text negates ("不相同")
    denial_clauses: list[frozenset[str]] = field(default_factory=list)  # the words of each
    # clause its English text denies ("no contact … was ever confirmed")
    offices: set[str] = field(default_factory=set)
    camps: set[str] = field(default_factory=set)
    durations: list[Amount] = field(default_factory=list)  # in days
    times: set[int] = field(default_factory=set)  # minutes of the day its typed times give
    said_times: set[int] = field(default_factory=set)  # and its words (8:00, 晚上11点40分)
    month_parts: list[tuple[int | None, int, tuple[int, int]]] = field(default_factory=list)
    # the parts of months its words give ("the end of July 2021": 2021, 7, days 21-31)
    names: tuple[str, ...] = ()  # its own aliases of two words or more, normalised
    doers: dict[str, set[str]] = field(default_factory=dict)  # verb -> who its words say did it
    cues: set[str] = field(default_factory=set)  # operators its words say (because, 由于)
    described: dict[tuple[str, ...], set[str]] = field(default_factory=dict)  # a phrase its
    # words say of an actor ("Smit Salvage, a subsidiary of Boskalis") -> of whom
    deed_doers: dict[str, set[str]] = field(default_factory=dict)  # a word of a deed the
    # lexicon lacks (执导, "starred") -> whom its words give as the doer
    points: set[str] = field(default_factory=set)  # verbs its words count from ("after takeoff")
    owners: set[str] = field(default_factory=set)  # words its English names only as owners of
    # another ("the group's bicycles were found": not the group)
    point_words: set[str] = field(default_factory=set)  # words it names only as that point
    # ("found the day after the fire": the fire is not what it tells of)
    hedged: dict[str, set[str]] = field(default_factory=dict)  # verb -> the words its denial
    # is qualified by ("never publicly accepted": only a public acceptance is denied)
    verbs_of: dict[str, set[str]] = field(default_factory=dict)  # text field -> verbs it says
    wished: set[str] = field(default_factory=set)  # verbs its words only say are wanted
    free: Words | None = None  # its words outside what they say was sought, where some are
    own: Words | None = None  # its words without its parent's names, where those add some
    parent_names: tuple[str, ...] = ()  # its parent's names, normalised ("phase one")
    deeds: set[str] = field(default_factory=set)  # verbs its words also say were done
    dated_words: list[tuple[dt.date, frozenset[str]]] = field(default_factory=list)  # each
    # day its words give, with the words said with it ("… and flew over it on 22 May")
    unrealised: set[str] = field(default_factory=set)  # qualities its words give only to
    # a thing denied or wanted ("will not agree to a permanent ceasefire")
    pos: int = -1  # its fact's position in the base


SERIES = {"round": "rounds", "phase": "phases", "aim": "aims"}


@dataclass(frozen=True)
class Words:
    """A fact's words that back a claim's terms: its terms, Chinese grams, synonym groups."""

    terms: frozenset[str]
    grams: frozenset[str]
    syn: frozenset[int]


def _offices_within(text: str, voc: Vocabulary) -> set[str]:
    """Every office a text names, inside longer names too ("prime minister of Israel", a
    name of its own, holds "prime minister")."""
    found: set[str] = set()
    deputies = voc.leading_offices[1]
    for phrase, office in voc.office_words.items():
        if phrase not in text:
            continue
        pattern = re.escape(phrase)
        if phrase.isascii():  # Latin phrases as whole words; Chinese ones anywhere
            pattern = rf"(?<!\w){pattern}(?!\w)"
        for m in re.finditer(pattern, text):
            before = text[: m.start()].rstrip(" -")
            last = re.split(r"[^a-z]", before)[-1] if phrase.isascii() else ""
            if last not in deputies and not (  # 副总理, "deputy prime minister": another office
                not phrase.isascii() and before.endswith(deputies)
            ):
                found.add(office)
                break
    return found


WORD = lazy(r"[a-z][a-z'’-]*")
PHRASE_BREAK = lazy(r"[,;:()，；：、（）]|\b(?:and|or|who|which|that|with)\b|和|与|及|的")


def _phrases(r: Reading, start: int, end: int) -> list[tuple[str, ...]]:
    """The runs of words between names, commas and verbs in a span, as word keys: the
    phrases that may say what something is ("deputy chief engineer")."""
    runs: list[list[str]] = [[]]
    last = start
    for x in sorted(r.parts, key=lambda x: x.start):
        if not start <= x.start < end:
            continue
        if x.kind != "term" or PHRASE_BREAK.search(r.claim, last, x.start):
            runs.append([])
        if x.kind == "term":
            runs[-1].append(x.key)
        last = x.end
    return [tuple(run) for run in runs if run]


_ZH_CLAUSE_END = lazy(r"[，；。,;.!?！？：:]|而是?|但是?|却")
DENIAL_BREAK = lazy(r"[,;:.!?]|\b(?:and|but|while|whereas)\b")


def denial_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around a span, as far as a denial reaches: to the nearest punctuation or
    "and", "but", "while" on either side."""
    lo = max((m.end() for m in DENIAL_BREAK.finditer(text, 0, start)), default=0)
    hi = next((m.start() for m in DENIAL_BREAK.finditer(text, end)), len(text))
    return lo, hi


def zh_denied(r: Reading) -> list[tuple[int, int]]:
    """What each Chinese negation denies: its clause from the negation on (无需支付…赔偿, up to
    a comma or a 而, 但 that turns to what was done instead); worked out once per reading."""
    key = ("zh_denied",)
    if key not in r.memo:
        r.memo[key] = [
            (
                cue.end,
                m.start() if (m := _ZH_CLAUSE_END.search(r.claim, cue.end)) else len(r.claim),
            )
            for cue in r.of("cue")
            if cue.key == "negation" and not cue.text.isascii()
        ]
    return r.memo[key]  # type: ignore[return-value]


def _denial_clauses(r: Reading, voc: Vocabulary) -> list[frozenset[str]]:
    """The words and verbs of each clause that a negation denies: "no contact with anyone
    aboard was ever confirmed" denies the whole statement, whichever word "no" stands by;
    "did not notice that the tank had cracked" denies the noticing alone (a `knowing` verb)."""
    found = []
    for cue in r.of("cue"):
        if cue.key != "negation":
            continue
        knowing = next((x for x in r.parts if x.start >= cue.end and x.negated), None)
        if knowing is not None and knowing.kind == "predicate" and knowing.key in voc.knowing:
            found.append(frozenset({knowing.key}))
            continue
        start, end = denial_span(r.claim, cue.start, cue.end)
        found.append(
            frozenset(
                x.key for x in r.parts
                if x.kind in ("term", "predicate") and start <= x.start < end
            )
        )  # fmt: skip
    return found


def profile(fact: Fact, base: FactBase, voc: Vocabulary) -> Profile:
    """Read a fact the way claims are read, and add what its typed values say."""
    p = Profile(fact)
    texts = (fact.text.en, fact.text.zh)
    said: list[dict[str, set[str]]] = []
    pairs: set[tuple[str, str]] = set()  # verbs joined by "and": one doer does both
    denials: list[tuple[int, int]] = []  # the spans of the Chinese text that it denies
    sought: set[str] = set()  # word keys its words name after a word of aiming ("aimed at")
    unsought: set[str] = set()  # and those they name elsewhere
    free_texts: list[str] = []  # its texts with the sought words blanked out
    undone: set[str] = set()  # qualities said of a thing denied or wanted
    realised: set[str] = set()  # and those said elsewhere
    for lang, text in zip(("en", "zh"), texts, strict=True):
        r = read(text, voc)
        spans = sought_spans(r, voc)
        meant = sought_spans(r, voc, voc.meant)  # "should have started": the deed
        verbs = {  # the first word after "was supposed to" is its verb, whatever its form
            min((x.start for x in r.of("term") if a <= x.start < b), default=-1) for a, b in meant
        }
        for x in r.parts:
            if x.kind in ("term", "unit"):
                key = x.key if x.kind == "term" else voc.word_key(x.text)
                inside = any(a <= x.start < b for a, b in spans) or (
                    x.kind == "term"
                    and (deed_term(x, voc.irregular) or x.start in verbs)
                    and any(a <= x.start < b for a, b in meant)
                )
                (sought if inside else unsought).add(key)
        free_texts.append(_blank(text, spans + (meant if lang == "zh" else [])))
        if lang == "zh":  # the negated verbs, and what a negation says to its clause's end
            denials = [(x.start, x.end) for x in r.parts if x.negated]
            denials += zh_denied(r)
        doers: dict[str, set[str]] = {}
        for verb in r.of("predicate"):  # "卡塔尔和哈马斯代表数度离开埃及": who left
            agents = {e.key for e in r.of("entity") if agent(voc, r, e, verb)}
            if agents and not verb.negated:
                doers.setdefault(verb.key, set()).update(agents)
        said.append(doers)
        subject: Part | None = None  # "acquitted Marsh of X and convicted him": one subject
        for verb in r.of("predicate"):  # "the figurehead survived, while her mast was destroyed"
            word = word_before(r, verb)
            joined = word is not None and _JOINED.search(r.norm, word.end, verb.start)
            if joined or (word is None and _after_verb(r, verb)):
                word = subject  # "survived and was later destroyed": the same thing's
            if verb.negated:
                continue
            if word is not None:
                p.fates.setdefault(word.key, set()).add(verb.key)
            else:  # "it was destroyed": said of something the words do not name here
                p.fates.setdefault("", set()).add(verb.key)
            subject = word
        pairs |= {(j.key, v.key) for v in r.of("predicate") if (j := joined_to(r, v)) is not None}
        if lang == "en":
            p.denial_clauses += _denial_clauses(r, voc)
        for keys, who, _ in described(r):
            p.described.setdefault(keys, set()).add(who)
        for word in r.of("term"):  # 由伊斯特伍德执导, "Hanks starred": a verb the lexicon lacks
            if deed_term(word, voc.irregular) or _after_control(voc, r, word):
                agents = {
                    e.key for e in r.of("entity")
                    if agent(voc, r, e, word) and (word.key.isascii() or _zh_deed(voc, r, e, word))
                }  # fmt: skip
                if agents and not word.negated:
                    p.deed_doers.setdefault(word.key, set()).update(agents)
        points = reference_points(r)
        if lang == "en":
            far = [x.key for x in r.of("term") if after_than(r, x)]  # "less likely than petrol"
            p.compared |= set(far) - {x.key for x in r.of("term") if not after_than(r, x)}
            p.owners = {x.key for x in r.of("term") if possessive(r, x)} - {
                x.key for x in r.of("term") if not possessive(r, x)
            }
            pointed = [x for x in r.of("term") if _pointed_noun(r, x)]
            p.point_words = {x.key for x in pointed} - {
                x.key for x in r.of("term") if x not in pointed
            }
        hedges = hedged(r, voc)
        wished = _wished(r, voc, meant)
        year_said: int | None = None  # the year its words last gave
        for x in qualities(r, voc):
            (undone if unrealised(r, voc, x) else realised).add(x.key)
        first_verb = min((x.start for x in r.of("predicate")), default=len(r.claim))
        p.called |= set(_phrases(r, 0, first_verb))  # "Harland and Wolff, the Belfast shipyard"
        for part in r.parts:
            if _note_hedged(p, part, hedges):
                continue  # neither stated nor denied
            if part.kind == "entity":
                if not _own_title(fact, voc, part):
                    p.entities.add(part.key)
            elif part.kind == "predicate" and part in points:
                p.points.add(part.key)
            elif part.kind == "predicate":
                p.predicates[part.key] = p.predicates.get(part.key, True) and not part.negated
                if part in wished:
                    p.wished.add(part.key)
                else:
                    p.deeds.add(part.key)
            elif part.kind == "term":
                p.terms.add(part.key)
                if part.negated:
                    p.denied.add(part.key)
            elif part.kind == "office":
                p.offices.add(part.key)
            elif part.kind == "camp":
                p.camps.add(part.key)
            elif part.kind == "cue":
                p.cues.add(part.key)
            elif part.kind == "time" and isinstance(part.value, int):
                p.said_times.add(part.value)
            elif part.kind == "number" and isinstance(part.value, (int, float)):
                p.amounts.append(Amount(float(part.value), part.key, part.approx, "text"))
            elif part.kind == "duration" and isinstance(part.value, float):
                p.durations.append(  # 从前一天起算: a day counted back, not a length
                    Amount(part.value, "days", part.approx, "text", offset=offset(r, part))
                )
            elif part.kind == "date":
                mention = part.value
                assert isinstance(mention, DateMention)
                if mention.days and mention.month and not mention.day:
                    p.month_parts.append((mention.year, mention.month, mention.days))
                year = fact.first_day.year if fact.first_day else year_said or 2000
                year_said = mention.year or year_said  # "on 21 May 1980 … on 22 May": 1980
                day = mention.to_date(year)
                if day is not None:
                    p.days.append((day, day, "text"))
                    p.dated_words.append((day, _segment_words(r, part)))
                elif mention.year and not mention.month:  # "in 1163", "the 19th century"
                    last = mention.until or mention.year
                    p.days.append((dt.date(mention.year, 1, 1), dt.date(last, 12, 31), "text"))
                elif mention.year and mention.month and not mention.days:  # "in November 2014"
                    end = calendar.monthrange(mention.year, mention.month)[1]
                    p.days.append(
                        (
                            dt.date(mention.year, mention.month, 1),
                            dt.date(mention.year, mention.month, end),
                            "text",
                        )
                    )
    if len(said) == 2:  # who did it, where both languages' words name a doer of the verb
        for name in said[0].keys() & said[1].keys():
            p.doers[name] = said[0][name] | said[1][name]
        for first, then in sorted(pairs):  # "capsized and sank" (倾覆沉没 names one doer)
            if first in p.doers and then not in p.doers:
                p.doers[then] = p.doers[first]
    own = {*fact.aliases_en, *fact.aliases_zh}
    p.names = tuple(
        a
        for a in map(normalize, sorted(own))
        if len(a.split()) > 1 or (not a.isascii() and len(a) > 2)
    )
    parental: set[str] = set()  # the words that qualify another in its parent's names
    for alias in (*own, *_parent_names(fact, base)):
        said_as = read(alias, voc)
        if alias not in own:
            parental |= _qualifiers(said_as)
        if alias in own:
            p.point_words -= {x.key for x in said_as.of("term")}  # its own name after all
            p.called |= set(_phrases(said_as, 0, len(said_as.claim)))
            if alias.isascii() and all(x.key == fact.id for x in said_as.of("entity")):
                words = [w for w in WORD.findall(normalize(alias)) if w not in voc.function_en]
                if words:  # "the shipyard" names it, and says what it is
                    p.called.add(tuple(voc.word_key(w) for w in words))
        alias_hedges = hedged(said_as, voc)
        for part in said_as.parts:
            if _note_hedged(p, part, alias_hedges):
                continue  # neither stated nor denied
            if part.kind == "term":
                p.terms.add(part.key)
                if alias in own:
                    unsought.add(part.key)
            elif part.kind == "predicate" and alias in own:  # a parent's verbs are not its own
                p.predicates.setdefault(part.key, not part.negated)
            elif (
                part.kind == "number"
                and isinstance(part.value, (int, float))
                and (part.key or not _UNKNOWN_UNIT.match(said_as.norm, part.end))
            ):  # not "12 °C", in a unit the lexicon lacks: a measure, neither name nor count
                p.amounts.append(Amount(float(part.value), part.key, "exact", "aliases"))
    for text in (fact.text.zh, *fact.aliases_zh, *_parent_names(fact, base)):
        p.grams |= grams(normalize(text))
    p.negated_grams = _only_denied(fact.text.zh, denials)
    for hedge in voc.hedges:  # 没有公开承认接受: 公开承认 qualifies the denial, and is said
        p.negated_grams -= grams(hedge)
    p.unrealised = undone - realised
    if fact.kind in ENTITY_KINDS or fact.id in voc.labelled:
        p.entities.add(fact.id)
    fields = standard_fields()
    _tallies(p)
    for name, value in fact.values.items():
        refs = set(iter_references(value))
        if refs:
            p.slots[name] = refs
            p.entities |= refs
        if isinstance(value, tuple) and value and all(isinstance(v, Quantity) for v in value):
            units = {v.unit for v in value if isinstance(v, Quantity)}
            total = sum(v.value for v in value if isinstance(v, Quantity))
            if len(units) == 1:  # the extensions together: 3 + 1 days
                unit = voc.units.get(normalize(units.pop()), "")
                p.amounts.append(Amount(float(total), unit, "exact", f"values.{name}"))
                if unit in voc.duration_days:
                    days = total * voc.duration_days.get(unit, 1.0)
                    p.durations.append(Amount(float(days), "days", "exact", f"values.{name}"))
        for item in value if isinstance(value, tuple) else (value,):
            if isinstance(item, Quantity):
                unit = voc.unit(item.unit)
                amount = Amount(float(item.value), unit, item.approx, f"values.{name}")
                if unit in voc.duration_days:
                    days = voc.duration_days.get(unit, 1.0)
                    p.durations.append(
                        Amount(item.value * days, "days", item.approx, f"values.{name}")
                    )
                p.amounts.append(amount)
            elif isinstance(item, int) and not isinstance(item, bool):
                spec = fields.get(name)
                if name == "year" and 1 <= item <= 9999:  # the year it concerns: a period
                    p.days.append((dt.date(item, 1, 1), dt.date(item, 12, 31), "year"))
                if spec is not None and spec.type == "ordinal":
                    series = SERIES.get(fact.kind, fact.kind + "s")
                    p.ordinals[series] = item
                else:
                    unit = spec.unit if spec is not None else ""
                    p.amounts.append(Amount(float(item), unit, "exact", f"values.{name}"))
            elif isinstance(item, str) and name == "office":  # every office its words name
                p.offices |= _offices_within(normalize(item), voc)
                named = {x.key for x in read(item, voc).parts if x.kind == "term"}
                p.terms |= named
                unsought |= named
            elif isinstance(item, str) and not refs:
                said_as = read(item, voc)
                if name in ("type", "role"):  # type = "passenger liner"
                    p.called |= set(_phrases(said_as, 0, len(said_as.claim)))
                value_hedges = hedged(said_as, voc)
                for part in said_as.parts:
                    if _note_hedged(p, part, value_hedges):
                        continue  # neither stated nor denied
                    if part.kind == "term":
                        p.terms.add(part.key)
                        (sought if name in voc.intentions else unsought).add(part.key)
                    elif part.kind == "office" and name == "office":
                        p.offices.add(part.key)
                    elif part.kind == "camp":
                        p.camps.add(part.key)
                    elif part.kind == "predicate" and name not in voc.intentions:
                        p.predicates.setdefault(part.key, not part.negated)
                        if not part.negated:
                            p.verbs_of.setdefault(name, set()).add(part.key)
            elif isinstance(item, dt.date):
                p.days.append((item, item, f"values.{name}"))
            elif isinstance(item, dt.time):
                p.times.add(item.hour * 60 + item.minute)
    span = fact.span()
    if span is not None:
        key = "date" if fact.date else ("month" if fact.month else "start")
        corrected = fact.corrected_day()  # a misprinted day: the article's own account
        if corrected is not None and key in ("date", "start"):  # backs a claim too, first
            p.days.append(
                (corrected, corrected if key == "date" else max(corrected, span[1]), key)
            )
        p.days.append((span[0], span[1], key))
        if fact.start and fact.end and "duration" not in fact.values:  # its own length says
            length = (fact.end - fact.start).days + 1  # more than counting its days does;
            p.durations.append(Amount(float(length), "days", "exact", "start/end"))
            if length > 1:  # counted from the first day to the last, not counting both ends,
                # "28 December to 24 January" is 27 days as well as 28: either backs a claim
                p.durations.append(Amount(float(length - 1), "days", "exact", "start/end"))
    for pred, names in voc.fields_of.items():  # a count of 0: nobody did it
        counts = [fact.values[n] for n in names if n in fact.values]
        if counts and all(
            isinstance(c, int) and not isinstance(c, bool) and c == 0 for c in counts
        ):
            p.predicates[pred] = False
    finish(p, voc)
    only_sought = sought - unsought
    _own_words(p, fact, base, voc, parental - sought - unsought)
    if fact.kind == "aim":  # an aim's every word is of what was sought
        p.free = Words(frozenset(), frozenset(), frozenset())
    elif only_sought or free_texts[1] != fact.text.zh:
        zh = (free_texts[1], *fact.aliases_zh, *_parent_names(fact, base))
        terms = p.terms - only_sought
        p.free = Words(
            frozenset(terms),
            frozenset(g for t in zh for g in grams(normalize(t))),
            frozenset(groups(voc, terms, zh, (free_texts[0], *fact.aliases_en))),
        )
    parent = base.get(fact.part_of or "")
    depth = 0
    while parent is not None and depth < 4:
        for name in ("ordinal",):
            n = parent.values.get(name)
            if isinstance(n, int) and parent.kind in SERIES:
                p.ordinals.setdefault(SERIES[parent.kind], n)
        parent = base.get(parent.part_of or "")
        depth += 1
    return p


def finish(p: Profile, voc: Vocabulary) -> None:
    """Synonym groups of the fact's words, once its words are all read."""
    zh = (p.fact.text.zh, *p.fact.aliases_zh)
    p.syn |= groups(voc, p.terms, zh, (p.fact.text.en, *p.fact.aliases_en))


def groups(
    voc: Vocabulary, terms: set[str], zh_texts: Sequence[str], en_texts: Sequence[str]
) -> set[int]:
    """The synonym groups of some words: those of its terms, those of every Chinese member
    its Chinese texts hold (found by a scan of the text against the members' first two
    characters, not by trying every member) and those of every English phrase its English
    texts hold ("came out of")."""
    found: set[int] = set()
    zh = " ".join(normalize(t) for t in zh_texts)
    for term in terms:
        found.update(voc.synonyms.get(term, ()))
    by_two, singles = voc.synonyms_zh, voc.synonyms_zh_single
    for i in range(len(zh)):
        for member in by_two.get(zh[i : i + 2], ()):
            if zh.startswith(member, i):
                found.update(voc.synonyms[member])
        if zh[i] in singles:
            found.update(voc.synonyms[zh[i]])
    en = " ".join(WORD.findall(" ".join(normalize(t) for t in en_texts)))
    for member in (m for w in set(en.split()) for m in voc.synonyms_en_phrases.get(w, ())):
        if f" {member} " in f" {en} ":
            found.update(voc.synonyms[member])
    return found


_SOUGHT_BREAK = lazy(
    r"[,;:.!?，；：。！？]|\b(?:but|while|whereas|which|and then|when|because)\b|但|却|因为"
)  # "should have closed when the engine room flooded": the flooding was had


def sought_spans(
    r: Reading, voc: Vocabulary, words: tuple[str, ...] | None = None
) -> list[tuple[int, int]]:
    """The spans of a text from a word of aiming (the lexicon's `seeks`: "aimed at",
    想促成; or of `words`) to the end of its clause: what it says was sought, not had."""
    words = voc.seeks if words is None else words
    if not words:
        return []
    text = r.claim.lower()
    if len(text) != len(r.claim):
        return []  # a letter whose lower case is longer: the spans would not fit the text
    spans = []
    for m in words_pattern(words).finditer(text):
        end = _SOUGHT_BREAK.search(text, m.end())
        spans.append((m.end(), end.start() if end else len(text)))
    return spans


def _qualifiers(r: Reading) -> set[str]:
    """The words of a name that qualify another after them ("full", "complete" in "a full
    and complete ceasefire", 全面彻底 in 全面彻底停火): not what the name names."""
    ordered = sorted(r.parts, key=lambda x: x.start)
    found = {x.key for x in ordered[:-1] if x.kind == "term"}
    name = normalize(r.claim).strip()
    if not name.isascii() and len(name) > 2:  # a Chinese name ends in what it names (全面彻底停火:
        found.add(name[:-2])  # 停火), whichever words the reader finds in it
    return found


def _own_words(
    p: Profile, fact: Fact, base: FactBase, voc: Vocabulary, inherited: set[str]
) -> None:
    """A part's words without the qualifiers of its parent's names: "complete" in phase
    one's name ("a full and complete ceasefire") says nothing of the phase's withdrawal,
    where "trial" in a verdict's parent's name does name it."""
    names = _parent_names(fact, base)
    p.parent_names = tuple(normalize(n) for n in names)
    if not inherited:
        return
    zh = (fact.text.zh, *fact.aliases_zh)
    own_grams = {g for t in zh for g in grams(normalize(t))}
    taken = {g for w in inherited if not w.isascii() for g in grams(w)} - own_grams
    terms = p.terms - inherited
    p.own = Words(
        frozenset(terms),
        frozenset(p.grams - taken),
        frozenset(groups(voc, terms, zh, (fact.text.en, *fact.aliases_en))),
    )


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """A text with these spans blanked out."""
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def _tallies(p: Profile) -> None:
    """A tally with votes against or abstentions was not unanimous, and one without was."""
    values = p.fact.values
    if isinstance(values.get("for"), int):
        dissent = (values.get("against") or 0, values.get("abstain") or 0)
        p.predicates["unanimous"] = not any(dissent)


_OFFSET_BEFORE = lazy(r"[前后次翌]\s*$")  # 前一天 (not 前三天, "the first three days")
_OFFSET_AFTER = lazy(
    r"\s*(?:后|以后|之后|以前|之前|later\b|earlier\b)"
)  # 三天后, "two days later"
_OFFSET_SAID = lazy(r"\b(?:before|after|later|earlier)$")  # the span of "the day before"


def offset(r: Reading, part: Part) -> bool:
    """Whether a length said in a text only counts from another day to its own (前一天,
    三天后, "the day before", "two days later"): no length of anything it names."""
    return (
        (
            part.value == 1
            and _OFFSET_BEFORE.search(r.norm, max(0, part.start - 4), part.start) is not None
        )
        or _OFFSET_AFTER.match(r.norm, part.end) is not None
        or _OFFSET_SAID.search(r.norm, part.start, part.end) is not None
    )


_UNKNOWN_UNIT = lazy(r"\s*[^\s\w,.;:，。；：)）]")  # "12 °C", not 143号 nor "Apollo 11 crew"

_SINCE = lazy(r"(?:距|自从|自)$")
_CLAUSE_END = lazy(r"[,，;；。!?！？]|\.(?:\s|$)")
_POINTER = lazy(
    r"^\s*(?:it|they|(?:the\s+|its\s+|their\s+)?[a-z0-9-]+(?:\s+[a-z0-9-]+){0,2}"
    r"(?:\s+(?:had|has|have|was|were|had been))?)\s*$"
)  # "after it began", "after the autopilot had disconnected", "after phase 4 began"
_NOUN_POINTER = lazy(r"^\s*(?:the|its|their)?\s*$")  # "after takeoff", "before the launch"
_PREPOSITIONS = ("after", "before", "following", "since")
# 起飞约两分钟后, 起飞后, 停止运转一分半钟后: a verb before a length and 后 (its object
# between them) is the point a time is counted from
_COUNTED_FROM = lazy(
    r"(?:[\u4e00-\u9fff]{1,2}(?=(?:约|大约|仅|不到|近)?[\d一二三四五六七八九十两半几]))?"
    r"(?:约|大约|仅|不到|近)?[\d一二三四五六七八九十百千两半几多个]*"
    r"(?:年|个月|周|星期|天|日|小时|分钟|分半钟|秒)?(?:左右)?(?:之后|以后|后)"
)


_OWNED = lazy(r"\s*[a-z]")


def possessive(r: Reading, word: Part) -> bool:
    """Whether an English word is said as the owner of the noun after it ("the group's
    bicycles", "the crew's quarters")."""
    text = r.norm[word.start : word.end]
    return text.endswith(("'s", "s'")) and _OWNED.match(r.norm, word.end) is not None


def _after_control(voc: Vocabulary, r: Reading, word: Part) -> bool:
    """Whether a word follows "to" after a verb whose doer does it too ("agreed to pay"):
    a deed, whatever its form."""
    before = r.claim[: word.start].lower().rstrip()
    if not before.endswith(" to"):
        return False
    last = before[:-3].split()[-1:]
    return bool(last) and last[0] in voc.control


def deed_term(word: Part, irregular: Mapping[str, str] | None = None) -> bool:
    """Whether a word no lexicon knows may name a deed: an English word written as a past
    verb (regular, or one of the lexicon's irregular forms: "brought"), or a Chinese word
    of two characters or more."""
    if not word.key.isascii():
        return len(word.key) > 1
    return bool(VERB_LIKE.match(word.text)) or word.text.lower() in (irregular or {})


_CALLED_EN = lazy(
    r"\s*(?:,|is|was|are|were|became|remains)\s*(?:a|an|the|one)\s+"
)  # "X, a …", "X is the …"
_CALLED_ZH = lazy(r"\s*(?:是|为|乃)\s*")


def described(r: Reading) -> list[tuple[tuple[str, ...], str, list[Part]]]:
    """Each run of words said of an actor beside it ("Smit Salvage, a subsidiary of …",
    "X is the parent", X是Y的子公司: X's), with the actor: what the run says it is."""
    terms = sorted(r.of("term"), key=lambda x: x.start)
    runs: list[list[Part]] = []
    for t in terms:
        if runs and not r.claim[runs[-1][-1].end : t.start].strip():
            runs[-1].append(t)
        else:
            runs.append([t])
    entities = r.of("entity")
    out: list[tuple[tuple[str, ...], str, list[Part]]] = []
    for run in runs:
        before = [x for x in entities if x.end <= run[0].start]
        if not before:
            continue
        holder: Part | None = before[-1]
        gap = r.claim[before[-1].end : run[0].start].strip()
        if gap.endswith(("的", "之")):  # X是[荷兰Y集团]的子公司: X's, the last actor before 是
            holder = next(
                (
                    x for x, y in reversed(list(pairwise(before)))
                    if _CALLED_ZH.fullmatch(r.claim, x.end, y.start)
                ),
                None,
            )  # fmt: skip
        elif not gap:  # "X, a [Boskalis] subsidiary": X's
            two = len(before) > 1 and _CALLED_EN.fullmatch(
                r.claim, before[-2].end, before[-1].start
            )
            holder = before[-2] if two else None
        elif not _CALLED_EN.fullmatch(r.claim, before[-1].end, run[0].start):
            holder = None
        elif run[-1].text.isascii() and any(
            r.claim[run[-1].end : x.start] == " " for x in entities
        ):
            holder = None  # "Sally Ride, the test pilot Chuck Yeager": the title of the next
        if holder is not None:
            out.append((tuple(x.key for x in run), holder.key, run))
    return out


def _zh_deed(voc: Vocabulary, r: Reading, doer: Part, word: Part) -> bool:
    """Whether a Chinese word after a person's name is a deed of theirs: the name follows
    由 or 被 (由伊斯特伍德执导), or another person follows the word (汉克斯饰演萨伦伯格). A word
    after a name is as often a noun of theirs (拜登讲话, 以色列的关系)."""
    if voc.entity_kind.get(doer.key) != "person" or doer.end > word.start:
        return False
    if r.claim[max(0, doer.start - 1) : doer.start] in ("由", "被"):
        return True
    return any(
        x.kind == "entity" and x.start == word.end and voc.entity_kind.get(x.key) == "person"
        for x in r.parts
    )


def deed_doers(p: Profile, word: Part, irregular: Mapping[str, str] | None = None) -> set[str]:
    """Whom a fact's words give as the doer of a claim's word of a deed (a Chinese word
    matches one its words hold within it, or that holds it: 执导 in 执导了)."""
    if not deed_term(word, irregular):
        return set()
    if word.key.isascii():
        return p.deed_doers.get(word.key, set())
    return {d for k, ds in p.deed_doers.items() if same_word(k, word.key) for d in ds}


def same_word(a: str, b: str) -> bool:
    """Two word keys alike: equal (卖 and 卖), or Chinese runs of two characters or more one
    of which holds the other (糖果 and 把糖果, 执导 and 执导了)."""
    if a == b or a.isascii() or b.isascii():
        return a == b
    return len(min(a, b, key=len)) > 1 and (a in b or b in a)


def _note_hedged(p: Profile, part: Part, hedges: dict[int, set[str]]) -> bool:
    """Note a verb its words deny only as qualified, or say only under a denied saying
    (see `hedged`): it is neither stated nor denied. Whether it was one."""
    if part.kind != "predicate" or id(part) not in hedges:
        return False
    p.hedged.setdefault(part.key, set()).update(hedges[id(part)])
    return True


def hedged(r: Reading, voc: Vocabulary) -> dict[int, set[str]]:
    """The verbs a denial with a qualifying word denies only as qualified ("never publicly
    accepted", 没有公开表态接受), with those words; and the verbs said under a qualified or
    denied saying ("never said it accepted"), which the text does not state either."""
    found: dict[int, set[str]] = {}
    for cue in r.of("cue"):
        verb = cue.value
        if cue.key != "negation" or not isinstance(verb, Part) or verb.kind != "predicate":
            continue
        words = {
            r.norm[x.start : x.end] for x in r.parts
            if x.kind == "term" and cue.end <= x.start and x.end <= verb.start
            and any(h in r.norm[x.start : x.end] for h in voc.hedges)
        }  # fmt: skip
        if words:
            found[id(verb)] = words
        if verb.key in voc.reporting:
            end = next((m.start() for m in _CLAUSE_END.finditer(r.norm, verb.end)), len(r.norm))
            for x in r.of("predicate"):
                if verb.end <= x.start < end:
                    found[id(x)] = words | {verb.key}
    return found


def _wished(r: Reading, voc: Vocabulary, meant: list[tuple[int, int]]) -> list[Part]:
    """The verbs a text puts under a word of wanting in their clause ("getting Hamas to
    accept", 敦促哈马斯接受): what is wanted, not done."""
    from factcheck.check.evidence import _wish_in, clause_start

    return [  # or in a span of what was meant (`meant`): "the doors should have closed"
        x for x in r.of("predicate")
        if _wish_in(voc, normalize(r.claim[clause_start(r.claim, x.start) : x.start]))
        or any(a <= x.start < b for a, b in meant)
    ]  # fmt: skip


def _segment_words(r: Reading, at: Part) -> frozenset[str]:
    """The keys of the words said with a part (see `segment`)."""
    start, end = segment(r, at)
    return frozenset(
        x.key for x in r.parts if x.kind in ("term", "predicate") and start <= x.start < end
    )


def segment(r: Reading, at: Part) -> tuple[int, int]:
    """The span of the sentence a part is in, from the last "and" (or Chinese comma)
    before it to the next: a verb joined by "and" has a day of its own."""
    start = max((m.end() for m in _STOP.finditer(r.claim, 0, at.start)), default=0)
    end = next((m.start() for m in _STOP.finditer(r.claim, at.end)), len(r.claim))
    start = max((m.end() for m in _AND.finditer(r.claim, start, at.start)), default=start)
    cut = _AND.search(r.claim, at.end, end)
    return start, cut.start() if cut is not None else end


_AND = lazy(r"\band\b|并且|并|随后|，")
_STOP = lazy(r"[.;。；]\s")


def _own_title(fact: Fact, voc: Vocabulary, part: Part) -> bool:
    """Whether a person named in a person's own fact is only a title of its own: words its
    office or one of its own names holds ("美国总统" in Reagan's fact, where 总统 is another
    president's alias, and 里根总统 one of Reagan's): the title, not its other holder."""
    if fact.kind != "person" or part.key == fact.id:
        return False
    if voc.entity_kind.get(part.key) != "person":
        return False
    words = normalize(part.text).strip()
    office = fact.values.get("office")
    own = [normalize(a) for a in (*fact.aliases_en, *fact.aliases_zh)]
    if isinstance(office, str):
        own.append(normalize(office))
    return bool(words) and any(words in a and words != a.strip() for a in own)


def qualities(r: Reading, voc: Vocabulary) -> list[Part]:
    """The quality words said of a thing: a predicate with an opposite right before a unit
    or term ("permanent ceasefire", 永久停火)."""
    parts = sorted(r.parts, key=lambda x: x.start)
    return [
        x for x, thing in pairwise(parts)
        if x.kind == "predicate" and x.key in voc.opposite and not x.negated
        and thing.kind in ("unit", "term") and not r.claim[x.end : thing.start].strip(' "“”')
    ]  # fmt: skip


def unrealised(r: Reading, voc: Vocabulary, quality: Part) -> bool:
    """Whether a quality is said of a thing its clause denies, doubts or wants: a denied
    verb, or a word of `unrealising`, before it ("will not agree to a permanent ceasefire",
    "is unlikely to see lasting peace", 即使…停火)."""
    from factcheck.check.evidence import clause_start

    start = clause_start(r.claim, quality.start)
    return unrealising(voc, normalize(r.claim[start : quality.start])) or any(
        x.negated and start <= x.start < quality.start for x in r.of("predicate")
    )


def _pointed_noun(r: Reading, x: Part) -> bool:
    """Whether a word is the noun right after "after"/"before" ("the day after the fire",
    "after takeoff"): the point the text counts from."""
    text = r.claim.lower()
    return any(
        c.end <= x.start
        and text[c.start : c.end] in _PREPOSITIONS
        and _NOUN_POINTER.match(text[c.end : x.start]) is not None
        for c in r.of("cue")
        if c.key in ("after", "before")
    )


def reference_points(r: Reading) -> list[Part]:
    """The verbs a text names only as the point it counts from ("15 hours after it began",
    距起火约15小时): they are not the fact's deeds."""
    text = r.claim.lower()  # spans are the text's own once it is read
    cues = [c for c in r.of("cue") if c.key in ("after", "before")]
    return [
        verb
        for verb in r.of("predicate")
        if _SINCE.search(text[max(0, verb.start - 2) : verb.start])
        or any(c.end <= verb.start and _POINTER.match(text[c.end : verb.start]) for c in cues)
        or _pointed_noun(r, verb)
        or _COUNTED_FROM.match(text, verb.end)
    ]


def _only_denied(text: str, spans: list[tuple[int, int]]) -> set[str]:
    """The Chinese characters and pairs that a text holds only in the words it denies
    (没有发现犯罪迹象: 发现 is not found)."""
    denied = {g for s, e in spans for g in grams(normalize(text[s:e]))}
    rest = "".join(" " if any(s <= i < e for s, e in spans) else c for i, c in enumerate(text))
    return denied - grams(normalize(rest))


def grams(text: str) -> set[str]:
    """Every Chinese character of a text and every pair of adjacent ones."""
    out: set[str] = set()
    for run in _CJK_RUN.findall(text):
        out.update(run)
        out.update(run[i : i + 2] for i in range(len(run) - 1))
    return out


def _parent_names(fact: Fact, base: FactBase) -> tuple[str, ...]:
    """A phase is of "resolution 2735": its parent's names speak for it too."""
    parent = base.get(fact.part_of or "")
    return (*parent.aliases_en, *parent.aliases_zh) if parent is not None else ()


PARALLEL_FROM = 2000  # facts; fewer are read in this process


def profiles(base: FactBase, voc: Vocabulary) -> Iterator[Profile]:
    """Every fact's profile, in order, with its position. A large base is read over every
    core (forked workers share the base and vocabulary) and comes back in order, a chunk
    at a time, so the caller may keep none of them."""
    from factcheck.cores import in_order

    _shared[:] = [base, voc]
    try:
        made = in_order(_profile_of, base.stream(), len(base) >= PARALLEL_FROM)
        for i, p in enumerate(made):
            p.pos = i
            yield p
    finally:
        _shared.clear()


_shared: list[object] = []  # the base and vocabulary a forked worker reads with


def _profile_of(fact: Fact) -> Profile:
    base, voc = _shared
    return profile(fact, base, voc)  # type: ignore[arg-type]


_THAN = lazy(r"(?<!rather\s)(?<!other\s)\bthan\s+")  # not "rather than": a denial


def after_than(r: Reading, x: Part) -> bool:
    """Whether a word stands after "than" in its clause, with no number between ("less likely
    than petrol to catch fire"): the far side of a comparison, not said of the subject."""
    from factcheck.check.evidence import clause_start

    start = clause_start(r.claim, x.start)
    m = next(reversed(list(_THAN.finditer(r.norm, start, x.start))), None)
    return m is not None and not any(
        y.kind in ("number", "duration", "date") and m.end() <= y.start < x.start for y in r.parts
    )


_JOINED = lazy(r"\b(?:and|or|but|then)\b|并|而|又|且|和|与")


def _part_before(r: Reading, verb: Part) -> Part | None:
    """The part right before a verb in its clause, cues aside (only function words between)."""
    from factcheck.check.evidence import clause_start

    last = r.last_of(verb.start, *CONTENT)
    return last if last is not None and last.start >= clause_start(r.claim, verb.start) else None


def _after_verb(r: Reading, verb: Part) -> bool:
    """Whether the part right before a verb in its clause is another verb."""
    last = _part_before(r, verb)
    return last is not None and last.kind == "predicate"


def word_before(r: Reading, verb: Part) -> Part | None:
    """The word a verb is said of: the part right before it in its clause, if that part is a
    word of the text ("the figurehead survived")."""
    last = _part_before(r, verb)
    return last if last is not None and last.kind in ("term", "unit") else None
