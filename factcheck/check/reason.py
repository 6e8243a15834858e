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
from factcheck.dates import DateMention
from factcheck.facts import Note, format_number

if TYPE_CHECKING:
    from factcheck.check.judge import Checker

ABOUT = 0.6  # share of the rest of a claim a fact must back to be what the claim is about
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
    return total


def source_for(checker: Checker, sources: list[Profile], part: Part, r: Reading) -> tuple[Profile, str] | None:
    """The first of a clause's sources that backs the part, and the field. An entity's own
    fact backs only what describes it (its names, office, camp)."""
    anchor = sources[0]
    for i, p in enumerate(sources):
        is_entity_fact = i > 0 and p.fact.kind in ("party", "person", "place") and p.fact.id != anchor.fact.part_of
        if is_entity_fact and part.kind not in ENTITY_CONTEXT:
            continue
        where = backing(checker, p, part, r)
        if where is not None:
            return p, where
    return None


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
        if kind == "predicate":
            opposite = checker.voc.opposite.get(key)
            denied = p.predicates.get(key) is False or (opposite and p.predicates.get(opposite) is True)
            return "text" if denied else None
        if kind == "term":
            return "text" if key in p.denied else None
        return None
    if kind == "entity":
        if key not in p.entities:
            return None
        kind_of = checker.voc.entity_kind
        roles = [
            f for pred in r.of("predicate") for f in checker.voc.fields_of.get(pred.key, ())
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
            if f in p.fact.values:
                return f"values.{f}"
            if f in ("start", "end", "date", "month") and getattr(p.fact, f) is not None:
                return f
        return None
    if kind == "unit":
        if any(a.unit == key for a in p.amounts):
            return next(a.field for a in p.amounts if a.unit == key)
        word = checker.voc.word_key(part.text)
        if word in p.terms or not p.syn.isdisjoint(checker.voc.synonyms.get(word, ())):
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
        return next((f for first, last, f in p.days if _date_fits(part.value, first, last)), None)  # type: ignore[arg-type]
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
    return all(
        any(run[j : j + 2] in grams for j in (i - 1, i) if 0 <= j and j + 2 <= len(run))
        for i in range(len(run))
    )


def _amounts_for(checker: Checker, p: Profile, part: Part, r: Reading, typed: bool = False) -> list[Amount]:
    """The amounts of a fact a claimed number is to be compared with: those of the fields
    the claim's predicates name (votes for, released), else those with its unit; a bare
    number may match any amount (an identifier such as 2735), but is compared (`typed`)
    only with a field its predicate names."""
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
            anchored = anchored or x.kind in ("entity", "ordinal", "predicate")
            continue
        if x.kind in VALUE_KINDS and not x.negated and any(_conflict(checker, s, x, r) for s in srcs):
            continue
        return False
    return anchored


def _conflicts(ctx: Context) -> None:
    """A value that a fact the statement is about holds otherwise: refuted, or disputed when
    other reporting gives the claimed value. The best facts for the statement are asked in
    turn; the first that is about it and holds another value decides."""
    checker, r = ctx.checker, ctx.reading
    for clause in ctx.clauses:
        for part in clause.parts:
            if part.status != "unknown" or part.negated:
                continue
            for sources in clause.candidates:
                if not _about(ctx, sources[0], part, clause.parts, sources):
                    continue
                found = None
                for p in sources:
                    if p is sources[0] or p.fact.kind not in ("party", "person", "place") or part.kind in ENTITY_CONTEXT:
                        found = _conflict(checker, p, part, r)
                        if found is not None:
                            break
                if found is None:
                    continue
                field_name, actual = found
                note = _other_reporting(p, part, field_name)
                part.fact, part.field = p.fact.id, field_name
                ctx.corrections.append(Correction(p.fact.id, field_name, part.text, actual))
                if note is not None:
                    part.status = "disputed"
                    ctx.notes.append((p.fact.id, note))
                else:
                    part.status = "refuted"
                break


def _conflict(checker: Checker, p: Profile, part: Part, r: Reading) -> tuple[str, str] | None:
    """The field and value of a fact that contradict this part, if any."""
    kind = part.kind
    if kind == "number":
        amounts = _amounts_for(checker, p, part, r, typed=True)
        if any(_fits(part, a) for a in _amounts_for(checker, p, part, r)):
            return None
        if amounts and not any(_fits(part, a) for a in amounts):
            a = amounts[0]
            return a.field, _describe(a)
    elif kind == "duration":
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
        if _earliest(mention) > checker.last_day:
            return None  # after the facts end: they cannot say
        first, last, fl = main[0]
        shown = p.fact.month or (first.isoformat() if first == last else f"{first} – {'' if last == dt.date.max else last}")
        return fl, shown
    elif kind == "ordinal":
        series = part.key or next(iter(p.ordinals), "")
        if series in p.ordinals and p.ordinals[series] != part.value:
            return "values.ordinal", str(p.ordinals[series])
    elif kind in ("office", "camp"):
        held = p.offices if kind == "office" else p.camps
        if held and part.key not in held and p.fact.kind == "person":
            return f"values.{kind}", str(p.fact.values.get(kind, ", ".join(sorted(held))))
    elif kind == "entity":
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
        if name == "place" and _within(checker, part.key, held):
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
    postposition = not cue.text.isascii() and cue.key in ORDER_CUES and cue.text[-1] in "前后夕"
    if postposition and cue.text not in ("此前", "此后", "随后"):
        text = r.claim
        start = max((m.end() for m in _CLAUSE.finditer(text, 0, cue.start)), default=0)
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
        if score > best_score:
            best, best_score = p, score
    if best is None or best_score < ABOUT * total:
        return None
    return best


def _order(ctx: Context) -> None:
    r, checker = ctx.reading, ctx.checker
    for cue in [c for c in r.of("cue") if c.key in ORDER_CUES]:
        main, ref = _sides(r, cue)
        if not main or not ref or any(p.kind == "duration" for p in r.parts):
            continue
        a, b = _best(ctx, main, "day"), _best(ctx, ref, "day")
        if a is None or b is None or a is b:
            continue
        day_a, day_b = _day(a), _day(b)
        if day_a is None or day_b is None or day_a == day_b:
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


def _day(p: Profile) -> dt.date | None:
    return p.fact.corrected_day() or p.fact.first_day


def _compare(ctx: Context) -> None:
    """"A more/fewer than B", "N more than", "twice as many": amounts of two facts."""
    r, checker = ctx.reading, ctx.checker
    for cue in [c for c in r.of("cue") if c.key in (*COMPARE_CUES, "times")]:
        main, ref = _sides(r, cue)
        numbers = [p for p in r.parts if p.kind == "number" and p.key == ""]
        main_units = [p for p in r.parts if p.kind == "unit"]
        del main_units
        a_amount = _side_amount(ctx, [x for x in main if x not in numbers])
        b_amount = _side_amount(ctx, ref)
        if a_amount is None or b_amount is None:
            continue
        (pa, a), (pb, b) = a_amount, b_amount
        if pa is pb and a == b:
            continue
        n = next((x for x in r.parts if x.kind == "number" and x.status == "unknown"), None)
        if cue.key == "times" or (n is not None and cue.key == "times"):
            continue
        if n is not None:  # "140 more": a difference
            diff = a.value - b.value if cue.key in ("more", "longer") else b.value - a.value
            holds = _compatible(float(n.value), n.approx, diff, "exact")  # type: ignore[arg-type]
            n.status = "supported" if holds else "refuted"
            n.fact, n.field = pa.fact.id, a.field
            if not holds:
                ctx.corrections.append(Correction(pa.fact.id, a.field, n.text, format_number(abs(a.value - b.value))))
        else:
            holds = a.value > b.value if cue.key in ("more", "longer") else a.value < b.value
        if cue.negated:
            holds = not holds
        cue.fact, cue.field = pa.fact.id, a.field
        cue.status = "operator" if holds else "refuted"
        if not holds and n is None:
            ctx.corrections.append(Correction(pa.fact.id, a.field, f"{cue.key} than {format_number(b.value)} {b.unit}", f"{format_number(a.value)} {a.unit}"))
        for side, p in ((main, pa), (ref, pb)):
            for x in side:
                where = backing(checker, p, x, r)
                if where is not None and x.status == "unknown":
                    x.status, x.fact, x.field = "supported", p.fact.id, where
        for u in r.parts:  # units named without a number ("prisoners", "hostages")
            if u.kind == "term" and u.status == "unknown" and u.key in (a.unit, b.unit, a.unit.rstrip("s"), b.unit.rstrip("s")):
                u.status, u.fact = "supported", pa.fact.id


def _side_amount(ctx: Context, parts: list[Part]) -> tuple[Profile, Amount] | None:
    """The amount one side of a comparison speaks of: the best fact's amount in the unit
    the side names (its unit word or the field its predicate fills)."""
    checker = ctx.checker
    units = {p.key for p in parts if p.kind == "unit"} | {checker.voc.units.get(p.key, "") for p in parts if p.kind == "term"}
    units |= {p.key for p in parts if p.kind == "number" and p.key}
    units.discard("")
    p = _best(ctx, [x for x in parts if x.kind != "number"], "amount")
    if p is None:
        return None
    fields = {f"values.{f}" for x in parts if x.kind == "predicate" for f in checker.voc.fields_of.get(x.key, ())}
    for a in p.amounts:
        if a.field.startswith("values.") and (a.unit in units or (not units and a.field in fields)):
            return p, a
    return None


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
            if not kinds or any(p.kind in kinds and p.status == "supported" for p in ctx.reading.parts):
                cue.status = "operator"
            continue
        if cue.key == "author":
            if any(p.fact.kind == "assessment" for p in ctx.evidence[:1]):
                cue.status = "operator"
            continue
