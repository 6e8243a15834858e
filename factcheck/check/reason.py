"""What backs a part of a claim, what contradicts it, and the operators that relate parts:
negation, order, comparison and arithmetic. Every rule reads typed fields or words of a
fact; none knows a fact by its id."""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factcheck.check.model import Correction, Part, Reading
from factcheck.check.profile import Amount, Profile
from factcheck.check.reader import read
from factcheck.dates import DateMention
from factcheck.facts import Note, format_number

if TYPE_CHECKING:
    from factcheck.check.judge import Checker

CONTENT_KINDS = (
    "entity", "predicate", "term", "number", "duration", "date", "ordinal", "office", "camp", "unit",
)  # fmt: skip
ABOUT = 0.6
CJK_SHARE = 0.6  # of a Chinese run's characters that must sit in a pair the fact holds  # share of the rest of a claim a fact must back to be what the claim is about
ORDER_CUES = ("before", "after")
COMPARE_CUES = ("more", "fewer", "longer", "shorter")
# operators that only restate what a backed part says: accounted when that part is
LENIENT = {"lasted": ("duration",), "total": ("number", "duration"), "gap": ("entity", "duration"),
           "among": ("entity", "term", "predicate"), "times": ()}  # fmt: skip
_CLAUSE = re.compile(r"[,;:.!?，；：。！？]")


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


_SPLIT = re.compile(
    r"[,;，；。]|\b(?:and|but|while|whereas|then|(?:only |shortly |soon )?(?:after|before)|"
    r"following|preceded|followed)\b|并且|而且|但是?|随后|此后|之后|之前|以后|以前|此前"
)


def clauses(r: Reading, content: list[Part]) -> list[list[Part]]:
    """The claim's statements: split where both sides say something of their own (each
    has a predicate, a number or a date), so "A and B" lists stay one statement."""
    cuts = [m.start() for m in _SPLIT.finditer(r.claim)]
    groups: list[list[Part]] = [content]
    for cut in cuts:
        last = groups[-1]
        left = [p for p in last if p.end <= cut]
        right = [p for p in last if p.start >= cut]
        if _says(left) and _says(right):
            groups[-1:] = [left, right]
    return groups


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
    for x in parts:
        if x.kind == "entity" and x.key in checker.by_id and x.key in p.entities:
            out.append(checker.by_id[x.key])
    return out


ENTITY_CONTEXT = ("entity", "office", "camp")
SOURCE_FACTOR = (1.0, 0.8, 0.5)  # the fact itself, a parent, an entity's own fact


def clause_score(checker: Checker, sources: list[Profile], parts: list[Part], r: Reading) -> float:
    """How much of a statement a fact (with its context) backs: typed fields count more than
    words, the fact itself more than its parents or the entities' own facts."""
    total = 0.0
    for x in parts:
        found = source_for(checker, sources, x, r)
        if found is None:
            continue
        p, where = found
        i = 0 if p is sources[0] else (2 if p.fact.kind in ("party", "person", "place") and p.fact.id != sources[0].fact.part_of else 1)
        total += weight(checker, x) * SOURCE_FACTOR[i] * (1.2 if where.startswith("values.") else 1.0)
    if sources[0].fact.kind in ("party", "person", "place") and any(x.kind == "predicate" for x in parts):
        total *= 0.7  # an event is better evidence of what happened than an actor's profile
    anchor = sources[0]
    for x in parts:  # a fact that holds a value of the same kind is about what the claim asks
        if x.kind == "duration" and any(a.field != "text" for a in anchor.durations):
            total += 0.5
        elif x.kind == "number" and x.key and any(a.unit == x.key and a.field.startswith("values.") for a in anchor.amounts):
            total += 0.5
        elif x.kind == "date" and any(f in ("date", "start", "month") for _, _, f in anchor.days):
            total += 0.3
    return total


def source_for(checker: Checker, sources: list[Profile], part: Part, r: Reading) -> tuple[Profile, str] | None:
    """The first of a statement's sources that backs the part, and the field. An entity's
    own fact backs only that entity and what describes it (office, camp). What the fact the
    statement is about contradicts, its context does not back; nor does anyone back an
    actor whom the statement's fact puts in another role than the claim does."""
    anchor = sources[0]
    if part.kind == "predicate" and not part.negated and _conflict(checker, anchor, part, r):
        return None
    if part.kind == "entity" and _other_role(checker, sources, part, r):
        return None
    for i, p in enumerate(sources):
        is_entity_fact = i > 0 and p.fact.kind in ("party", "person", "place") and p.fact.id != anchor.fact.part_of
        if is_entity_fact and (part.kind not in ENTITY_CONTEXT or (part.kind == "entity" and part.key != p.fact.id)):
            continue
        where = backing(checker, p, part, r)
        if where == "values.absent" and not _speaks_of_absence(checker, r):
            return None  # the fact says this actor was not there
        if where is not None:
            return p, where
    return None


def _speaks_of_absence(checker: Checker, r: Reading) -> bool:
    return any(x.kind == "cue" and x.key == "negation" for x in r.parts) or any(
        x.kind == "predicate" and x.key == "absent" for x in r.parts
    )


_BY = re.compile(r"\bby\b|由|被")


def _agent(r: Reading, entity: Part, predicate: Part) -> bool:
    """Whether an actor is the doer of a predicate, by position: just before it ("Qatar
    mediated", 卡塔尔斡旋) or after "by"/由 beyond it ("submitted by the US")."""
    if entity.end <= predicate.start:
        between = r.claim[entity.end : predicate.start]
        return not _BY.search(between) and not re.search(r"[,;，；。]", between)
    return bool(_BY.search(r.claim[predicate.end : entity.start]))


def _other_role(checker: Checker, sources: list[Profile], part: Part, r: Reading) -> bool:
    """True when a source fills the field of the claim's predicate (submitted_by, mediators)
    with actors of this one's kind, but not with this one."""
    kind_of = checker.voc.entity_kind
    preds = [x for x in r.of("predicate") if not x.negated and checker.voc.fields_of.get(x.key)]
    preds = [x for x in preds if _agent(r, part, x)]
    fields = {f for pred in preds for f in checker.voc.fields_of.get(pred.key, ())}
    for p in sources:
        for f in fields & set(p.slots):
            same = [h for h in p.slots[f] if kind_of.get(h) == kind_of.get(part.key)]
            if same and part.key not in p.slots[f] and not _within(checker, part.key, set(same)):
                if p.fact.is_closed(f) or not isinstance(p.fact.values.get(f), tuple) or len(same) == 1:
                    return True
    return False


# ---- weights and backing -------------------------------------------------------------------


def weight(checker: Checker, part: Part) -> float:
    from factcheck.check.judge import WEIGHT

    if part.kind == "term":
        if part.key.isascii():
            return min(max(checker.idf.get(f"t:{part.key}", 3.0), 0.5), 3.0)
        return 0.6 * len(part.key)
    return WEIGHT.get(part.kind, 1.0)


def backs(checker: Checker, p: Profile, part: Part, r: Reading) -> bool:
    """Whether a fact holds what this part says (negation aside)."""
    return backing(checker, p, part, r) is not None


def backing(checker: Checker, p: Profile, part: Part, r: Reading) -> str | None:
    """The field of the fact that backs the part ("text" for its words), or None."""
    kind, key = part.kind, part.key
    if part.negated:  # a denial is backed by a fact that denies it too, or states the opposite
        actors = [x.key for x in r.parts if x.kind == "entity" and checker.voc.entity_kind.get(x.key) != "place"]
        doers = {e for n, refs in p.slots.items() if n != "absent" for e in refs}
        if any(a in doers and a not in p.slots.get("absent", ()) for a in actors):
            return None  # the fact denies it of someone else
        if kind == "predicate":
            opposite = checker.voc.opposite.get(key)
            denied = p.predicates.get(key) is False or (opposite and p.predicates.get(opposite) is True)
            return "text" if denied else None
        if kind == "term":
            return "text" if key in p.denied else None
        return None
    if kind == "entity":
        if key not in p.entities:
            # the IDF is Israel's, southern Gaza is in Gaza: a fact naming a part backs the whole
            inner = next((e for e in p.entities if key in checker.ancestors(e)), None)
            if inner is None:
                return None
            return next((f"values.{n}" for n, refs in p.slots.items() if inner in refs), "text")
        kind_of = checker.voc.entity_kind
        roles = [
            f for pred in r.of("predicate") if _agent(r, part, pred)
            for f in checker.voc.fields_of.get(pred.key, ())
            if f in p.slots and any(kind_of.get(h) == kind_of.get(key) for h in p.slots[f])
        ]  # fmt: skip
        if roles and not any(key in p.slots[f] for f in roles) and any(key in refs for refs in p.slots.values()):
            return None  # named, but in another role than the claim gives it
        return next((f"values.{n}" for n, refs in p.slots.items() if key in refs), "text")
    if kind == "predicate":
        if p.predicates.get(key) is True:
            return "text"
        fields = checker.voc.fields_of.get(key, ())
        for f in fields:
            value = p.fact.values.get(f)
            if value not in (None, 0, ()) and p.predicates.get(key) is not False:
                return f"values.{f}"
            if f in ("start", "end", "date", "month") and getattr(p.fact, f) is not None:
                return f
        return None
    if kind == "unit":
        if any(a.unit == key for a in p.amounts):
            return next(a.field for a in p.amounts if a.unit == key)
        word = checker.voc.word_key(part.text)
        held = word in p.terms if word.isascii() else _cjk_backed(word, p.grams)
        if held or not p.syn.isdisjoint(checker.voc.synonyms.get(word, ())):
            return "text"
        return None
    if kind == "term":
        if key in p.denied:
            return None
        if key.isascii():
            held = key in p.terms
        else:
            held = _cjk_backed(key, p.grams)
        if not held and not p.syn.isdisjoint(checker.voc.synonyms.get(key, ())):
            held = True
        return "text" if held else None
    if kind == "number":
        match = next((a for a in _amounts_for(checker, p, part, r) if _fits(part, a)), None)
        return match.field if match else None
    if kind == "duration":
        match = next((a for a in p.durations if _fits(part, a)), None)
        return match.field if match else None
    if kind == "date":
        mention = part.value
        assert isinstance(mention, DateMention)
        for first, last, f in p.days:
            if mention.day and first != last and f not in ("month",):
                if _date_fits(mention, first, first):
                    return "start"
                if _date_fits(mention, last, last):
                    return "end"
                continue  # a day inside a period is not the day of anything in it
            if mention.day and f == "month":
                continue  # a day is more than a fact known only to its month says
            if _date_fits(mention, first, last):
                return f
        return None
    if kind == "ordinal":
        n = part.value
        if key:
            return "values.ordinal" if p.ordinals.get(key) == n else None
        return "values.ordinal" if n in p.ordinals.values() else None
    if kind == "office":
        return "values.office" if key in p.offices else None
    if kind == "camp":
        return "values.camp" if key in p.camps else None
    return None


def _cjk_backed(run: str, grams: set[str]) -> bool:
    """Every character of a Chinese run is in a pair of the run that the fact holds (a lone
    character: the character itself)."""
    if len(run) == 1:
        return run in grams
    covered = sum(
        any(run[j : j + 2] in grams for j in (i - 1, i) if 0 <= j and j + 2 <= len(run))
        for i in range(len(run))
    )
    return covered >= CJK_SHARE * len(run)


def _amounts_for(checker: Checker, p: Profile, part: Part, r: Reading, typed: bool = False) -> list[Amount]:
    """The amounts of a fact a claimed number is to be compared with: those of the fields
    the claim's predicates name (votes for, released), else those with its unit; a bare
    number may match any amount (an identifier such as 2735), but is compared (`typed`)
    only with a field its predicate names."""
    if part.detail.startswith("values."):  # a tally's column: 14-0-1
        return [a for a in p.amounts if a.field == part.detail]
    linked = {f"values.{f}" for pred in r.of("predicate") for f in checker.voc.fields_of.get(pred.key, ())}
    by_field = [a for a in p.amounts if a.field in linked and (not part.key or _same_unit(part.key, a.unit) or a.unit == "")]
    if by_field:
        return by_field
    if part.key:
        found = [a for a in p.amounts if a.unit == part.key]
    else:
        found = [] if typed else list(p.amounts)
    return [a for a in found if a.field.startswith("values.")] if typed else found


def _same_unit(a: str, b: str) -> bool:
    return a == b or (a in ("members", "votes") and b in ("members", "votes"))


def _fits(part: Part, a: Amount) -> bool:
    """A claimed number against a fact's, given how exact each is ("more than 130")."""
    claimed = float(part.value)  # type: ignore[arg-type]
    return _compatible(claimed, part.approx, a.value, a.approx)


def _compatible(claimed: float, c_approx: str, actual: float, a_approx: str) -> bool:
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
    if c_approx == a_approx:
        return math.isclose(claimed, actual) or (c_approx == "more_than" and claimed <= actual)
    if a_approx == "more_than":
        return (c_approx in ("more_than", "at_least") and claimed <= actual) or (
            c_approx == "about" and abs(claimed - actual) <= 0.15 * actual and claimed > actual
        )
    if a_approx == "about":
        return c_approx in ("about", "exact", "nearly") and abs(claimed - actual) <= 0.1 * actual
    return False


def _earliest(mention: DateMention) -> dt.date:
    """The first day a date as written can mean (a year without month: 1 January)."""
    if mention.year is None:
        return dt.date.min
    try:
        return dt.date(mention.year, mention.month or 1, mention.day or 1)
    except ValueError:
        return dt.date.min


def _date_fits(mention: DateMention, first: dt.date, last: dt.date) -> bool:
    """A date as written ("June 10", "2024年6月", "2023") against a day or period of a fact."""
    if mention.year and not (first.year <= mention.year <= last.year):
        return False
    if mention.month and mention.day:
        years = [mention.year] if mention.year else list(range(first.year, min(last.year, first.year + 3) + 1))
        for year in years:
            try:
                day = dt.date(year, mention.month, mention.day)
            except ValueError:
                return False
            if first <= day <= last:
                return True
        return False
    if mention.month:
        start = (first.year, first.month)
        end = (last.year, last.month)
        years = [mention.year] if mention.year else list(range(first.year, min(last.year, first.year + 3) + 1))
        return any(start <= (y, mention.month) <= end for y in years)
    return mention.year is not None


# ---- accounting ----------------------------------------------------------------------------


_COPULA = re.compile(r"\b(?:is|was|are|were|served as|serves as|acted as|became)\b|是|担任|任|出任")


def _identity(ctx: Context) -> None:
    """"X was the Y" with X and Y two different people: refuted ("Collins was the
    commander" when the commander is Armstrong)."""
    kind_of = ctx.checker.voc.entity_kind
    for clause in ctx.clauses:
        people = [x for x in clause.parts if x.kind == "entity" and kind_of.get(x.key) == "person"]
        if len(people) != 2 or any(x.kind == "predicate" for x in clause.parts):
            continue
        a, b = people
        if a.key == b.key or not _COPULA.search(ctx.reading.claim[a.end : b.start]):
            continue
        if a.key.startswith("outside-") or b.key.startswith("outside-"):
            continue
        b.status, b.fact, b.field = "refuted", b.key, "aliases"
        actual = ctx.checker.base.name(a.key, "en") + " and " + ctx.checker.base.name(b.key, "en") + " are different people"
        ctx.corrections.append(Correction(b.key, "aliases", f"{a.text} = {b.text}", actual))


_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\b")


def _lists(ctx: Context) -> None:
    """A list the claim gives ("A, B and C") against a closed list of a fact: a member the
    fact's list lacks is refuted, names the facts do not know included."""
    checker, r = ctx.checker, ctx.reading
    kind_of = checker.voc.entity_kind
    for clause in ctx.clauses:
        members = [x for x in clause.parts if x.kind == "entity"]
        strangers = [
            x for x in clause.parts
            if x.kind == "term" and x.start > 0 and _NAME.fullmatch(x.text) and x.status == "unknown"
        ]  # fmt: skip
        if len(members) + len(strangers) < 2 or not members:
            continue
        for sources in clause.candidates[:3]:
            p = sources[0]
            closed = [f for f in p.fact.closed if f in p.slots and any(m.key in p.slots[f] for m in members)]
            if not closed:
                continue
            held = p.slots[closed[0]]
            kind = {kind_of.get(h) for h in held}
            outsiders = [m for m in members if m.key not in held and kind_of.get(m.key) in kind]
            outsiders += strangers
            if not outsiders:
                continue
            names = ", ".join(checker.base.name(h, "en") for h in sorted(held))
            for m in outsiders:
                m.status, m.fact, m.field = "refuted", p.fact.id, f"values.{closed[0]}"
                ctx.corrections.append(Correction(p.fact.id, f"values.{closed[0]}", m.text, names))
            break


_ITEMS_START = re.compile(r"\b(?:are|were|is|was|include|includes|included)\b|[:：]|是|为|包括")
_ITEM_SPLIT = re.compile(r",|，|、|;|；|\band\b|\bor\b|和|以及|及")


def _text_lists(ctx: Context) -> None:
    """"The three aims are A, B and C" against a closed list of texts: every item must be
    one of the list's texts; an item that is none of them is refuted."""
    checker, r = ctx.checker, ctx.reading
    m = _ITEMS_START.search(r.claim)
    if m is None:
        return
    cuts = [m.end(), *(x.end() for x in _ITEM_SPLIT.finditer(r.claim, m.end())), len(r.claim) + 1]
    spans = [(a, b) for a, b in zip(cuts, cuts[1:], strict=False)]
    items = []
    for a, b in spans:
        inside = [x for x in r.parts if a <= x.start < b and x.kind in ("predicate", "term", "entity", "unit")]
        if inside:
            items.append(inside)
    if len(items) < 2:
        return
    for p in ctx.ranked[:10]:
        for name in p.fact.closed:
            texts = p.fact.values.get(name)
            if not isinstance(texts, tuple) or not all(isinstance(t, str) for t in texts):
                continue
            if all(t.isascii() for t in texts) != (r.lang == "en"):
                continue  # a list written in the other language: its words cannot be compared
            readings = [read(str(t), checker.voc) for t in texts]
            matched = [_item_in(checker, item, readings) for item in items]
            if sum(matched) < 1 or sum(matched) < len(items) - 1 and len(items) > 2:
                continue
            if all(matched):
                for item in items:
                    for x in item:
                        if x.status == "unknown":
                            x.status, x.fact, x.field = "supported", p.fact.id, f"values.{name}"
                return
            for item, ok in zip(items, matched, strict=True):
                for x in item:
                    if ok and x.status == "unknown":
                        x.status, x.fact, x.field = "supported", p.fact.id, f"values.{name}"
                    elif not ok:
                        x.status, x.fact, x.field = "refuted", p.fact.id, f"values.{name}"
                if not ok:
                    text = r.claim[item[0].start : item[-1].end]
                    ctx.corrections.append(Correction(p.fact.id, f"values.{name}", text, "; ".join(texts)))
            return


def _item_in(checker: Checker, item: list[Part], readings: list[Reading]) -> bool:
    """Whether one item of a claimed list says what one text of the fact's list says."""
    voc = checker.voc
    for rd in readings:
        preds = {x.key for x in rd.parts if x.kind == "predicate"}
        words = {x.key for x in rd.parts if x.kind in ("term", "entity", "unit")}
        groups = {g for w in words for g in voc.synonyms.get(w, ())}
        want_preds = [x.key for x in item if x.kind == "predicate"]
        want_words = [x.key for x in item if x.kind in ("term", "entity", "unit")]
        if not all(k in preds for k in want_preds):
            continue
        if want_words and not any(w in words or groups & set(voc.synonyms.get(w, ())) for w in want_words):
            continue
        return True
    return False


def _sequence(ctx: Context) -> None:
    """"extended first by three days, then by one": amounts in the order a fact lists them
    (`quantities`); the same amounts in another order are refuted."""
    r, checker = ctx.reading, ctx.checker
    values = [x for x in r.parts if x.kind in ("number", "duration")]
    if len(values) < 2:
        return
    for p in ctx.ranked[:8]:
        for name, value in p.fact.values.items():
            if not isinstance(value, tuple) or len(value) < 2 or not all(hasattr(v, "unit") for v in value):
                continue
            amounts = [float(v.value) for v in value]  # type: ignore[union-attr]
            claimed = [x for x in values if float(x.value if x.kind == "number" else x.value) in amounts]  # type: ignore[arg-type]
            if len(claimed) < 2:
                continue
            order = [amounts.index(float(x.value)) for x in claimed]  # type: ignore[arg-type]
            if len(set(order)) < len(order):
                continue
            holds = order == sorted(order)
            for x in claimed:
                x.status, x.fact, x.field = ("supported" if holds else "refuted"), p.fact.id, f"values.{name}"
            for cue in r.of("cue"):
                if cue.key in ("after", "before") and cue.status == "unknown" and holds:
                    cue.status = "operator"
            for o in r.of("ordinal"):
                if o.status == "unknown" and not o.key and holds:
                    o.status, o.fact = "supported", p.fact.id
            if not holds:
                shown = ", then ".join(format_number(a) for a in amounts)
                ctx.corrections.append(Correction(p.fact.id, f"values.{name}", ", then ".join(x.text for x in claimed), shown))
            return


def account(ctx: Context) -> None:
    """Give every part of the claim its status, with the fact and field that back it."""
    r, checker = ctx.reading, ctx.checker
    for clause in ctx.clauses:
        if not clause.sources:
            continue
        for part in clause.parts:
            found = source_for(checker, clause.sources, part, r)
            if found is not None:
                part.status, part.fact, part.field = "supported", found[0].fact.id, found[1]
    _identity(ctx)
    _lists(ctx)
    _text_lists(ctx)
    _sequence(ctx)
    _order(ctx)
    _compare(ctx)
    _conflicts(ctx)
    _negation(ctx)
    _operators(ctx)


VALUE_KINDS = ("number", "duration", "date", "entity", "ordinal", "office", "camp", "predicate")


def _about(
    ctx: Context, p: Profile, except_part: Part, parts: list[Part] | None = None,
    sources: list[Profile] | None = None,
) -> bool:
    """Whether a fact (with its context) is clearly what a statement is about: it backs
    every other part of it, but for values that it contradicts too, and at least one
    actor, ordinal or predicate."""
    from factcheck.check.judge import CONTENT

    r, checker = ctx.reading, ctx.checker
    pool = parts if parts is not None else [x for x in r.parts if x.kind in CONTENT]
    rest = [x for x in pool if x is not except_part and x.kind in CONTENT]
    if not rest:
        return False
    srcs = sources or [p]
    anchored = False
    for x in rest:
        if source_for(checker, srcs, x, r) is not None:
            anchored = anchored or x.kind in ("entity", "ordinal", "predicate") or (
                x.kind == "term" and weight(checker, x) >= 1.5
            )
            continue
        if x.kind in VALUE_KINDS and not x.negated and any(_conflict(checker, s, x, r) for s in srcs):
            continue
        return False
    return anchored


def _conflicts(ctx: Context) -> None:
    """A value that a fact the statement is about holds otherwise: refuted, or disputed when
    other reporting gives the claimed value. The best facts for the statement are asked in
    turn; the first that accounts for all of it, backing or contradicting each part, with
    a contradiction among them, decides. An actor's own profile does not overrule an event
    that contradicts the statement."""
    checker, r = ctx.checker, ctx.reading
    for clause in ctx.clauses:
        parts = [x for x in clause.parts if x.status in ("unknown", "supported") and not x.negated]
        open_parts = [x for x in parts if x.status == "unknown"]
        entity_anchor = clause.anchor is not None and clause.anchor.fact.kind in ("party", "person", "place")
        if not open_parts and not entity_anchor:
            continue
        for sources in clause.candidates:
            found: list[tuple[Part, Profile, str, str]] = []
            complete = True
            for x in parts:
                if x.status == "supported" and source_for(checker, sources, x, r) is not None:
                    continue
                hit = next(((p, *c) for p in _conflict_sources(sources, x) if (c := _conflict(checker, p, x, r))), None)
                if hit is not None:
                    found.append((x, *hit))
                elif source_for(checker, sources, x, r) is None:
                    complete = False
                    break
            anchored = any(
                x.kind in ("entity", "ordinal", "predicate", "term", "unit") and source_for(checker, sources, x, r)
                for x in parts if x not in [f[0] for f in found]
            )  # fmt: skip
            tally = all(f[0].detail.startswith("values.") for f in found)
            if not complete or not found or (len(found) > 1 and not tally) or not anchored:
                continue  # two contradictions from one fact: more likely the wrong fact
            if not open_parts and sources[0].fact.kind in ("party", "person", "place"):
                continue
            for x, p, field_name, actual in found:
                note = _other_reporting(p, x, field_name)
                x.fact, x.field = p.fact.id, field_name
                ctx.corrections.append(Correction(p.fact.id, field_name, x.text, actual))
                if note is not None:
                    x.status = "disputed"
                    ctx.notes.append((p.fact.id, note))
                else:
                    x.status = "refuted"
            break


def _conflict_sources(sources: list[Profile], part: Part) -> list[Profile]:
    """The facts of a statement's context that may contradict this part."""
    return [
        p for i, p in enumerate(sources)
        if i == 0 or p.fact.kind not in ("party", "person", "place") or part.kind in ENTITY_CONTEXT
    ]  # fmt: skip


def _conflict(checker: Checker, p: Profile, part: Part, r: Reading) -> tuple[str, str] | None:
    """The field and value of a fact that contradict this part, if any."""
    kind = part.kind
    if kind == "number":
        amounts = _amounts_for(checker, p, part, r, typed=True)
        if any(_fits(part, a) for a in _amounts_for(checker, p, part, r)):
            return None
        if not part.key and any(  # another number of the claim is the one that field holds
            x is not part and x.kind == "number" and any(_fits(x, a) for a in amounts) for x in r.parts
        ):
            return None
        if amounts and not any(_fits(part, a) for a in amounts):
            a = amounts[0]
            return a.field, _describe(a)
    elif kind == "duration":
        if any(x.kind == "cue" and x.key in (*ORDER_CUES, "gap") for x in r.parts):
            return None  # a time between two events, not the length of one
        typed = [a for a in p.durations if a.field != "text"]
        if typed and not any(_fits(part, a) for a in p.durations):
            a = typed[0]
            return a.field, f"{format_number(a.value)} days"
    elif kind == "date":
        mention = part.value
        assert isinstance(mention, DateMention)
        main = [(f, la, fl) for f, la, fl in p.days if fl in ("date", "start", "month")]
        if not main or any(_date_fits(mention, f, la) for f, la, _ in p.days):
            return None
        if main[0][0] != main[0][1] and mention.day:
            return None  # a period: the claim may speak of a day inside it
        if _earliest(mention) > checker.last_day:
            return None  # after the facts end: they cannot say
        first, last, fl = main[0]
        shown = p.fact.month or (first.isoformat() if first == last else f"{first} – {'' if last == dt.date.max else last}")
        return fl, shown
    elif kind == "ordinal":
        series = part.key  # "the first" alone names no series: nothing to contradict
        if series in p.ordinals and p.ordinals[series] != part.value:
            return "values.ordinal", str(p.ordinals[series])
    elif kind in ("office", "camp"):
        held = p.offices if kind == "office" else p.camps
        if held and part.key not in held and p.fact.kind == "person":
            return f"values.{kind}", str(p.fact.values.get(kind, ", ".join(sorted(held))))
    elif kind == "entity":
        if part.key in p.slots.get("absent", ()) and not _speaks_of_absence(checker, r):
            return "values.absent", f"{checker.base.name(part.key, 'en')} absent"
        kind_of = checker.voc.entity_kind
        peers = [
            x for x in r.parts
            if x.kind == "entity" and kind_of.get(x.key) == kind_of.get(part.key)
            and backing(checker, p, x, r) is None
        ]  # fmt: skip
        if len(peers) > 1:
            return None  # who does what among several actors is not read: no contradiction
        return _slot_conflict(checker, p, part, r)
    elif kind == "predicate":
        opposite = checker.voc.opposite.get(part.key)
        if opposite and p.predicates.get(opposite) is True:
            return "text", opposite
        if p.predicates.get(part.key) is False:
            return "text", f"not {part.key}"
    return None


def _slot_conflict(checker: Checker, p: Profile, part: Part, r: Reading) -> tuple[str, str] | None:
    """Another actor in the field the claim's predicate fills, when that field holds one
    value or a closed list; another place where the fact happened."""
    voc = checker.voc
    kind = voc.entity_kind.get(part.key)
    fields = [f for pred in r.of("predicate") for f in voc.fields_of.get(pred.key, ())]
    if kind == "place" and "place" in p.slots:
        fields.append("place")
    for name in dict.fromkeys(fields):
        held = p.slots.get(name)
        if not held or part.key in held:
            continue
        same_kind = {h for h in held if voc.entity_kind.get(h) == kind}
        if not same_kind:
            continue
        value = p.fact.values.get(name)
        single = not isinstance(value, tuple) or len(value) == 1
        if _within(checker, part.key, held):
            continue
        if single or p.fact.is_closed(name) or name == "place":
            names = ", ".join(checker.base.name(h, "en") for h in sorted(same_kind))
            return f"values.{name}", names
    return None


def _within(checker: Checker, place: str, held: set[str]) -> bool:
    """Paris is within Europe, Rafah within Gaza: a place and one that holds it agree."""
    for start, others in ((place, held), *((h, {place}) for h in held)):
        fact = checker.base.get(start)
        depth = 0
        while fact is not None and depth < 5:
            if fact.id in others and fact.id != start:
                return True
            fact = checker.base.get(fact.part_of or "")
            depth += 1
    return False


def _other_reporting(p: Profile, part: Part, field_name: str) -> Note | None:
    """The also_reported note on this field whose value is the claimed one."""
    for note in p.fact.notes:
        if note.kind != "also_reported" or note.value is None:
            continue
        if note.field != field_name and not (field_name in ("start", "date") and note.field in ("date", "start", "end")):
            continue
        values = note.value if isinstance(note.value, tuple) else (note.value,)
        for v in values:
            if _note_value_fits(part, v):
                return note
    return None


def _note_value_fits(part: Part, v: object) -> bool:
    from factcheck.facts import Quantity

    if part.kind in ("number", "duration") and isinstance(v, Quantity):
        return _compatible(float(part.value), part.approx, float(v.value), v.approx)  # type: ignore[arg-type]
    if part.kind == "number" and isinstance(v, (int, float)):
        return _compatible(float(part.value), part.approx, float(v), "exact")  # type: ignore[arg-type]
    if part.kind == "date" and isinstance(v, dt.date):
        return _date_fits(part.value, v, v)  # type: ignore[arg-type]
    return False


def _describe(a: Amount) -> str:
    words = {"more_than": "more than ", "about": "about ", "nearly": "nearly ", "at_least": "at least "}
    return f"{words.get(a.approx, '')}{format_number(a.value)} {a.unit}".strip()


# ---- negation ------------------------------------------------------------------------------


def _negation(ctx: Context) -> None:
    """A denied part that the fact the statement is about affirms: refuted. (A denial the
    facts share was backed already; "X is not among the aims" while it is, is refuted.)"""
    checker, r = ctx.checker, ctx.reading
    for clause in ctx.clauses:
        for part in clause.parts:
            if not part.negated or part.status != "unknown":
                continue
            part.negated = False  # ask what the facts say of the part itself
            try:
                for sources in clause.candidates:
                    found = source_for(checker, sources, part, r)
                    if found is None or not _about(ctx, sources[0], part, clause.parts, sources):
                        continue
                    p, where = found
                    entities = [
                        x.key for x in clause.parts
                        if x.kind == "entity" and checker.voc.entity_kind.get(x.key) != "place"
                    ]  # fmt: skip
                    if entities and all(e in p.slots.get("absent", ()) for e in entities):
                        part.status, part.fact, part.field = "supported", p.fact.id, "values.absent"
                        break  # the fact says it happened without them
                    part.status, part.fact, part.field = "refuted", p.fact.id, where
                    ctx.corrections.append(Correction(p.fact.id, where, f"not {part.text}", part.text))
                    break
            finally:
                part.negated = True


# ---- order and comparison ------------------------------------------------------------------


def _sides(r: Reading, cue: Part) -> tuple[list[Part], list[Part]]:
    """The claim's parts on the main side and on the reference side of an order or
    comparison cue: "A before B" (English, and Chinese adverbs 随后, 此前), "在B之后A"."""
    from factcheck.check.judge import CONTENT

    content = [p for p in r.parts if p.kind in CONTENT]
    postposition = not cue.text.isascii() and cue.key in ORDER_CUES and cue.text[-1] in "前后夕日天"
    if postposition and cue.text not in ("此前", "此后", "随后"):
        text = r.claim
        start = max((m.end() for m in _CLAUSE.finditer(text, 0, cue.start)), default=0)
        at = text.rfind("在", start, cue.start)
        start = at + 1 if at >= 0 else start
        ref = [p for p in content if start <= p.start < cue.start]
        main = [p for p in content if p not in ref]
        return main, ref
    if cue.text in ("此前", "此后", "随后", "后来", "接着"):
        ref = [p for p in content if p.end <= cue.start]
        main = [p for p in content if p.start >= cue.end]
        return main, ref
    ref = [p for p in content if p.start >= cue.end]
    end = min((m.start() for m in _CLAUSE.finditer(r.claim, cue.end)), default=len(r.claim))
    ref = [p for p in ref if p.start < end] or ref
    main = [p for p in content if p not in ref]
    return main, ref


def _best(ctx: Context, parts: list[Part], need: str) -> Profile | None:
    """The fact that backs most of these parts and has what the comparison needs."""
    checker, r = ctx.checker, ctx.reading
    best, best_score = None, 0.0
    total = sum(weight(checker, x) for x in parts) or 1.0
    for p in ctx.ranked:
        if need == "day" and p.fact.first_day is None:
            continue
        score = sum(weight(checker, x) for x in parts if backs(checker, p, x, r))
        score += 0.01 if p.fact.date else 0.0  # a day rather than a month or period
        if score > best_score:
            best, best_score = p, score
    if best is None or best_score - 0.01 < ABOUT * total:
        return None
    return best


def _gap(ctx: Context) -> None:
    """Time between two dated facts: "a week after the vote", "ten days separated X and Y",
    "相隔五天". The claimed duration is compared with the days between them."""
    r, checker = ctx.reading, ctx.checker
    durations = [p for p in r.parts if p.kind == "duration" and p.status == "unknown"]
    cues = [c for c in r.of("cue") if c.key in (*ORDER_CUES, "gap")]
    if len(durations) != 1 or not cues:
        return
    d, cue = durations[0], cues[0]
    if cue.key == "gap":
        others = [p for p in r.parts if p.kind in CONTENT_KINDS and p is not d]
        split = _and_split(r, others)
        if split is None:
            return
        main, ref = split
    else:
        main, ref = _sides(r, cue)
        main = [p for p in main if p is not d]
        ref = [p for p in ref if p is not d]
    if not main or not ref:
        return
    a, b = _best(ctx, main, "day"), _best(ctx, ref, "day")
    if a is None or b is None or a is b:
        return
    day_a, day_b = _day(a, main), _day(b, ref)
    if day_a is None or day_b is None:
        return
    gap = abs((day_a - day_b).days)
    holds = _compatible(float(d.value), d.approx, float(gap), "exact")  # type: ignore[arg-type]
    if cue.key in ORDER_CUES:
        holds = holds and (day_a > day_b if cue.key == "after" else day_a < day_b)
    _back_sides(ctx, ((main, a), (ref, b)))
    d.fact, d.field = a.fact.id, "date"
    cue.fact, cue.field = a.fact.id, "date"
    if holds:
        d.status, cue.status = "supported", "operator"
        return
    ctx.corrections.append(Correction(a.fact.id, "date", d.text, f"{gap} days ({day_b} to {day_a})"))
    for p, other, mine in ((a, day_b, day_a), (b, day_a, day_b)):  # other reporting's day
        for note in p.fact.notes:
            if note.kind == "also_reported" and note.field in ("date", "start") and isinstance(note.value, dt.date):
                alt = abs((note.value - other).days)
                if _compatible(float(d.value), d.approx, float(alt), "exact"):  # type: ignore[arg-type]
                    d.status, d.fact, cue.status = "disputed", p.fact.id, "operator"
                    ctx.notes.append((p.fact.id, note))
                    return
    d.status = "refuted"


def _and_split(r: Reading, parts: list[Part]) -> tuple[list[Part], list[Part]] | None:
    """The two things joined by "and"/和/与 in "between A and B"."""
    m = re.search(r"\band\b|和|与|到|至", r.claim)
    if m is None:
        return None
    left = [p for p in parts if p.end <= m.start()]
    right = [p for p in parts if p.start >= m.end()]
    return (left, right) if left and right else None


def _back_sides(ctx: Context, sides: tuple[tuple[list[Part], Profile], ...]) -> None:
    for side, p in sides:
        for x in side:
            if x.status == "unknown":
                where = backing(ctx.checker, p, x, ctx.reading)
                if where is not None:
                    x.status, x.fact, x.field = "supported", p.fact.id, where


def _order(ctx: Context) -> None:
    r, checker = ctx.reading, ctx.checker
    _gap(ctx)
    for cue in [c for c in r.of("cue") if c.key in ORDER_CUES and c.status == "unknown"]:
        main, ref = _sides(r, cue)
        if not main or not ref or any(p.kind == "duration" for p in r.parts):
            continue
        a, b = _best(ctx, main, "day"), _best(ctx, ref, "day")
        if a is None or b is None or a is b:
            continue
        day_a, day_b = _day(a, main), _day(b, ref)
        if day_a is None or day_b is None or day_a == day_b or _overlap(a, b):
            continue
        for side, p in ((main, a), (ref, b)):
            for x in side:
                where = backing(checker, p, x, r)
                if where is not None and x.status == "unknown":
                    x.status, x.fact, x.field = "supported", p.fact.id, where
        holds = day_a < day_b if cue.key == "before" else day_a > day_b
        if cue.negated:
            holds = not holds
        cue.fact, cue.field = a.fact.id, "date"
        if holds:
            cue.status = "operator"
        else:
            cue.status = "refuted"
            word = "before" if day_a < day_b else "after"
            ctx.corrections.append(Correction(a.fact.id, "date", f"{cue.key} {b.fact.id}", f"{day_a}, {word} {b.fact.id} ({day_b})"))


def _overlap(a: Profile, b: Profile) -> bool:
    """Two facts known only to a month or a period that share days cannot be ordered."""
    sa, sb = a.fact.span(), b.fact.span()
    if sa is None or sb is None or (a.fact.date and b.fact.date):
        return False
    if a.fact.corrected_day() or b.fact.corrected_day():
        return False
    return sa[0] <= sb[1] and sb[0] <= sa[1] and (a.fact.month is not None or b.fact.month is not None)


def _day(p: Profile, side: list[Part] | None = None) -> dt.date | None:
    """The day an event is placed at: its end when the claim speaks of its ending."""
    if side and any(x.kind == "predicate" and x.key == "end" for x in side) and p.fact.end:
        return p.fact.end
    return p.fact.corrected_day() or p.fact.first_day


def _compare_sides(r: Reading, cue: Part) -> tuple[list[Part], list[Part]]:
    """"A … more … than B", "A比B多": the two things compared, split at than/比/as."""
    found = list(re.compile(r"\bthan\b|\bas\b|比").finditer(r.norm))
    content = [p for p in r.parts if p.kind in CONTENT_KINDS]
    if not found:
        return _sides(r, cue)
    at = r.offsets[found[-1].start()]
    return [p for p in content if p.end <= at], [p for p in content if p.start >= at]


def _compare(ctx: Context) -> None:
    """"A more/fewer than B", "140 more than", "twice as many": amounts of two facts."""
    r = ctx.reading
    for cue in [c for c in r.of("cue") if c.key in (*COMPARE_CUES, "times")]:
        main, ref = _compare_sides(r, cue)
        numbers = [p for p in main + ref if p.kind == "number" and not p.key]
        a_side = _side_amount(ctx, [x for x in main if x not in numbers], None)
        if a_side is None:
            continue
        b_side = _side_amount(ctx, [x for x in ref if x not in numbers], a_side[0])
        if b_side is None:
            continue
        (pa, a), (pb, b) = a_side, b_side
        if pa is pb and a == b:
            continue
        n = numbers[0] if numbers else None
        if cue.key == "times":
            if n is None or not b.value:
                continue
            holds = _compatible(float(n.value), n.approx, a.value / b.value, "exact") or (  # type: ignore[arg-type]
                n.approx == "exact" and abs(float(n.value) - a.value / b.value) < 0.05  # type: ignore[arg-type]
            )
            actual = f"{a.value / b.value:.2f} times"
        elif n is not None:  # "140 more": a difference
            diff = a.value - b.value if cue.key in ("more", "longer") else b.value - a.value
            holds = _compatible(float(n.value), n.approx, diff, "exact")  # type: ignore[arg-type]
            actual = format_number(abs(a.value - b.value))
        else:
            holds = a.value > b.value if cue.key in ("more", "longer") else a.value < b.value
            actual = f"{format_number(a.value)} {a.unit} against {format_number(b.value)} {b.unit}"
        if cue.negated:
            holds = not holds
        _back_sides(ctx, ((main, pa), (ref, pb)))
        for x in (cue, n):
            if x is not None:
                x.fact, x.field = pa.fact.id, a.field
                x.status = ("operator" if x is cue else "supported") if holds else "refuted"
        if not holds:
            claimed = (n.text + " " if n is not None else "") + cue.text
            ctx.corrections.append(Correction(pa.fact.id, a.field, claimed, actual))


def _side_amount(ctx: Context, parts: list[Part], other: Profile | None) -> tuple[Profile, Amount] | None:
    """The amount one side of a comparison speaks of: from the fact that backs that side
    best among those holding an amount in the side's unit; between equals, the one of the
    same event as the other side's fact."""
    checker, r = ctx.checker, ctx.reading
    units = {p.key for p in parts if p.kind in ("unit", "number") and p.key}
    if not units:
        return None
    best: tuple[float, Profile, Amount] | None = None
    total = sum(weight(checker, x) for x in parts) or 1.0
    for p in ctx.ranked:
        amount = next((a for a in p.amounts if a.field.startswith("values.") and a.unit in units), None)
        if amount is None:
            continue
        score = sum(weight(checker, x) for x in parts if backs(checker, p, x, r))
        if other is not None and p.fact.part_of and p.fact.part_of == other.fact.part_of:
            score += 0.5
        if best is None or score > best[0]:
            best = (score, p, amount)
    if best is None or best[0] < ABOUT * total:
        return None
    return best[1], best[2]


def _in_anchor_text(ctx: Context, cue: Part) -> bool:
    from factcheck.textnorm import normalize

    word = normalize(cue.text)
    for clause in ctx.clauses:
        if clause.anchor is not None and clause.parts and clause.parts[0].start <= cue.start <= clause.parts[-1].end + 20:
            fact = clause.anchor.fact
            if any(word in normalize(t) for t in (fact.text.en, fact.text.zh, *map(str, fact.values.get("aims", ()) or ()))):
                return True
    return False


def _operators(ctx: Context) -> None:
    """Cues not yet resolved: lenient ones are accounted when what they restate is backed;
    strict ones (order, comparison) stay unaccounted."""
    for cue in ctx.reading.of("cue"):
        if cue.status != "unknown":
            continue
        if cue.key == "negation":
            if cue.value is None:
                cue.status = "unknown"
            else:
                cue.status = "operator"
            continue
        if cue.key in LENIENT:
            kinds = LENIENT[cue.key]
            present = [p for p in ctx.reading.parts if p.kind in kinds]
            if not kinds or not present or any(p.status != "unknown" for p in present):
                cue.status = "operator"
            continue
        if cue.key in (*ORDER_CUES, "all") and _in_anchor_text(ctx, cue):
            cue.status = "operator"  # "demilitarise Gaza after the war": the fact says it so
            continue
        if cue.key == "author":  # every fact is the article's: "according to the article"
            cue.status = "operator"
            continue
