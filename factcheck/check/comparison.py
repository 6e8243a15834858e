"""Comparisons and arithmetic over two facts' amounts: more, fewer, "140 more", "2.4 times"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import combinations
from typing import TYPE_CHECKING

from factcheck.check.evidence import (
    ABOUT,
    COMPARE_CUES,
    CONTENT_KINDS,
    Context,
    backing,
    backs,
    clause_end,
    clause_start,
    compatible,
    fits,
    occurrence_field,
    pieces,
    says,
    weight,
)
from factcheck.check.model import Correction, Part, Reading
from factcheck.check.order import POSSESSIVE, back_sides, names_fact, sides
from factcheck.check.profile import Amount, Profile
from factcheck.check.roles import conjoined
from factcheck.facts import Quantity, format_number, iter_references
from factcheck.textnorm import lazy, normalize

if TYPE_CHECKING:
    from factcheck.check.judge import Checker


_SPLIT = lazy(r"\bthan\b|\bas\b|比")  # where the two sides of a comparison meet
_THAN = lazy(r"\bthan\b|\bas\b|比|超过|多于|少于")
_BREAK = lazy(r"[:;：；]")  # "more crew than passengers died: 22 against 13": no difference


def _compare_sides(r: Reading, cue: Part) -> tuple[list[Part], list[Part]]:
    """ "A … more … than B", "A比B多": the two things compared, split at than/比/as."""
    found = list(_SPLIT.finditer(r.norm))
    content = [p for p in r.parts if p.kind in CONTENT_KINDS]
    shi, de = r.claim.rfind("是", 0, cue.start), r.claim.rfind("的", 0, cue.start)
    if cue.key == "times" and not cue.text.isascii() and 0 <= shi < de:  # A是B的两倍
        main = [p for p in content if p.end <= shi]
        return main, [p for p in content if shi < p.start and p.end <= cue.start]
    if not found:
        return sides(r, cue)
    at = r.offsets[found[-1].start()]
    return [p for p in content if p.end <= at], [p for p in content if p.start >= at]


# characters at most between a difference said before its cue and the cue ("13 votes more",
# 13票多于): a number further off is something else's ("resolution 2735 … more")
_NEXT_TO = {"en": 8, "zh": 3}


def comparisons(ctx: Context) -> None:
    """ "A more/fewer than B", "140 more than", "twice as many": amounts of two facts."""
    r = ctx.reading
    for cue in [c for c in r.of("cue") if c.key in (*COMPARE_CUES, "times")]:
        if cue.key in ("more", "fewer") and not _THAN.search(r.norm):
            continue  # "then by one more day": one added, not a comparison
        main, ref = _compare_sides(r, cue)
        numbers = [  # the difference or ratio: a bare number, or one after the cue (多出240名)
            p for p in main + ref if p.kind == "number"
            and (not p.key or p.start > cue.start or (cue.key == "times" and 0 <= cue.start - p.end <= 1))
            and (p.start > cue.start or cue.start - p.end <= _NEXT_TO.get(r.lang, 8))
            and not _BREAK.search(r.claim[min(p.end, cue.end) : max(p.start, cue.start)])
        ]  # fmt: skip
        n = min(  # the one next to the cue ("13 more", 多13票), not a name ("resolution 2735")
            numbers,
            key=lambda x: min(abs(x.end - cue.start), abs(cue.end - x.start)),
            default=None,
        )
        hint = n.key if n is not None else ""  # 多13票: votes on both sides
        said = next(  # "44 more men than women": the unit right after the cue is compared
            (
                u
                for u in r.of("unit")
                if u.start >= cue.end and not r.claim[cue.end : u.start].strip()
            ),
            None,
        )
        english = r.lang == "en" and cue.key in ("more", "fewer")
        counted = not hint and said is not None and english
        hint = said.key if counted and said is not None else hint
        verbs = [x for x in main + ref if x.kind == "predicate" and not x.negated]
        a_side = _side_amount(
            ctx, [x for x in main if x not in numbers], None, hint, verbs, counted=counted
        )  # "44 more men than women": men, whatever frame names the passengers
        if a_side is None:
            continue
        b_side = _side_amount(
            ctx, [x for x in ref if x not in numbers], a_side[0], a_side[1].unit, verbs
        )
        if b_side is None:
            continue
        (pa, a), (pb, b) = a_side, b_side
        if pa is pb and a == b:
            continue
        if (
            n is not None
            and cue.key == "times"
            and normalize(cue.text) in ctx.checker.voc.times_more
        ):
            n.approx = "more_than" if n.approx == "exact" else n.approx  # 两倍多: more than twice
        holds, actual = _holds(cue, n, a.value, b.value, a, b)
        if holds is None:
            continue
        note = None
        if not holds:  # with the value other reporting gives, does it hold?
            for p, side in ((pa, "a"), (pb, "b")):
                for alt in _alternatives(p, a if side == "a" else b):
                    values = (alt, b.value) if side == "a" else (a.value, alt)
                    if _holds(cue, n, *values, a, b)[0]:
                        note = next(x for x in p.fact.notes if x.kind == "also_reported")
                        ctx.notes.append((p.fact.id, note))
        if cue.negated:
            holds = not holds
        back_sides(ctx, ((main, pa), (ref, pb)))
        for x in (cue, n):
            if x is not None:
                x.fact, x.field = pa.fact.id, a.field
                status = "refuted" if note is None else "disputed"
                x.status = ("operator" if x is cue else "supported") if holds else status
        if not holds:
            gap = " " if cue.text.isascii() else ""  # "three times", 三倍
            claimed = (n.text + gap if n is not None else "") + cue.text
            ctx.corrections.append(Correction(pa.fact.id, a.field, claimed, actual))


def lengths(ctx: Context) -> None:
    """ "A was shorter than B", "A比B还长": the lengths of two events, from a duration the
    claim gives and its fact backs, a typed duration, or the days of a period."""
    r = ctx.reading
    for cue in [
        c for c in r.of("cue") if c.key in ("longer", "shorter") and c.status == "unknown"
    ]:
        if any(x.kind == "cue" and x.key == "gap" for x in r.parts):
            continue  # the time between two events is not an event's length
        main, ref = _compare_sides(r, cue)
        elided = _elided_name(r, main, ref)
        a_side, b_side = _side_length(ctx, main), _side_length(ctx, ref, elided)
        if a_side is None or b_side is None or a_side[0] is b_side[0]:
            continue
        (pa, a, field), (pb, b, _) = a_side, b_side
        if a == b:
            continue
        holds = a > b if cue.key == "longer" else a < b
        if cue.negated:
            holds = not holds
        back_sides(ctx, ((main, pa), (ref, pb)))
        _whole_sides(ctx, ((main, pa), (ref, pb)))
        for x in ref if elided else ():  # "the second (one)": the fact of that name
            if x.kind == "ordinal" and x.status == "unknown":
                x.status, x.fact, x.field = "supported", pb.fact.id, "aliases"
        cue.fact, cue.field = pa.fact.id, field
        if holds:
            cue.status = "operator"
            continue
        cue.status = "refuted"
        actual = f"{format_number(a)} days against {format_number(b)} days ({pb.fact.id})"
        ctx.corrections.append(Correction(pa.fact.id, field, cue.text, actual))


def _whole_sides(ctx: Context, sides: tuple[tuple[list[Part], Profile], ...]) -> None:
    """ "longer than the entire truce": a word of the whole before a side whose length was
    compared is accounted where no larger event with a length of its own, one its fact is
    part of, answers to that side's words as well (the whole truce is not its first days)."""
    checker, r = ctx.checker, ctx.reading
    for x in r.of("cue"):
        if x.status != "unknown" or x.negated:
            continue
        if normalize(x.text).strip() not in checker.voc.whole:
            continue
        after = min(
            (y for y in r.parts if y.start >= x.end and y.kind != "cue"),
            key=lambda y: y.start,
            default=None,
        )
        for parts, p in sides:
            if after is None or not any(after is y for y in parts):
                continue
            larger = [
                q
                for a in checker.ancestors(p.fact.id)
                if (q := checker.by_id.get(a)) is not None
                and _length(q, [], checker, r) is not None
                and all(backs(checker, q, y, r) for y in parts if y.kind != "cue")
            ]
            if not larger:
                x.status = "operator"


def _elided_name(r: Reading, main: list[Part], ref: list[Part]) -> str | None:
    """ "the first extension … than the second (one)": a side that is a lone ordinal names
    what the other side's ordinal counts ("second extension"); "" where it names nothing."""
    content = [x for x in ref if x.kind != "cue"]
    if len(content) != 1 or content[0].kind != "ordinal" or content[0].key:
        return None
    counted = next((x for x in main if x.kind == "ordinal"), None)
    if counted is None:
        return ""
    noun = re.match(r"\s*([^\s,.;，。；]+)", r.norm[counted.end :])
    if noun is None:
        return ""
    joint = "" if not r.norm[content[0].start : content[0].end].isascii() else " "
    return f"{r.norm[content[0].start : content[0].end]}{joint}{noun.group(1)}"


def _side_length(
    ctx: Context, parts: list[Part], named: str | None = None
) -> tuple[Profile, float, str] | None:
    """The fact one side of a length comparison is about, and its length in days; a side
    that only elides its noun is the fact of that name (`named`), or none."""
    checker, r = ctx.checker, ctx.reading
    content = [x for x in parts if x.kind != "cue"]
    if not content or named == "":
        return None
    if named is not None:
        found = [p for p in ctx.ranked if named in p.names]
        length = _length(found[0], [], checker, r) if len(found) == 1 else None
        return (found[0], *length) if length is not None else None
    total = sum(weight(checker, x) for x in content) or 1.0
    lo, hi = min(x.start for x in content), max(x.end for x in content)
    side = " " + POSSESSIVE.sub("", normalize(r.claim[lo:hi])) + " "
    best: tuple[float, Profile, float, str] | None = None
    for p in ctx.ranked:
        length = _length(p, [x for x in content if x.kind == "duration"], checker, r)
        if length is None:
            continue
        score = sum(weight(checker, x) for x in content if backs(checker, p, x, r))
        score += 0.02 if names_fact(p, side) else 0.0  # the side calls it by its name
        if best is None or score > best[0]:
            best = (score, p, *length)
    if best is None or best[0] - 0.03 < ABOUT * total or best[0] - 0.03 < total - 1.0:
        return None
    return best[1], best[2], best[3]


def _length(
    p: Profile, durations: list[Part], checker: Checker, r: Reading
) -> tuple[float, str] | None:
    """An event's length in days: the claim's own duration where this fact backs it, else
    the fact's typed duration, else the days of its period."""
    for d in durations:
        where = backing(checker, p, d, r)
        if where is not None:
            return float(d.value), where  # type: ignore[arg-type]
    if durations:
        return None
    typed = [a for a in p.durations if a.field != "text"]
    if typed:
        return typed[0].value, typed[0].field
    start, end = p.fact.start, p.fact.end
    if start is not None and end is not None:
        return float((end - start).days + 1), "end"
    return None


def _holds(
    cue: Part, n: Part | None, a: float, b: float, amount_a: Amount, amount_b: Amount
) -> tuple[bool | None, str]:
    """Whether "A cue B" holds for these two values (None: nothing to compare)."""
    if cue.key == "times":
        if n is None or not b:
            return None, ""
        ratio = a / b
        claimed = float(n.value)  # type: ignore[arg-type]
        ok = compatible(claimed, n.approx, ratio, "exact") or abs(claimed - ratio) < 0.05
        return ok, f"{ratio:.2f} times"
    if n is not None:  # "140 more": a difference
        diff = a - b if cue.key in ("more", "longer") else b - a
        if "more_than" in (amount_a.approx, amount_b.approx):  # "130-plus" less 100: 30-plus
            if n.approx in ("more_than", "at_least", "about"):
                return float(n.value) <= diff + 1e-9, f"more than {format_number(diff)}"  # type: ignore[arg-type]
            return None, ""
        return compatible(float(n.value), n.approx, diff, "exact"), format_number(abs(a - b))  # type: ignore[arg-type]
    holds = a > b if cue.key in ("more", "longer") else a < b
    shown = f"{format_number(a)} {amount_a.unit} against {format_number(b)} {amount_b.unit}"
    return holds, shown


def _alternatives(p: Profile, amount: Amount) -> list[float]:
    """The values other reporting gives for the field an amount comes from."""
    from factcheck.facts import Quantity

    out = []
    for note in p.fact.notes:
        if note.kind == "also_reported" and note.field == amount.field:
            for v in note.value if isinstance(note.value, tuple) else (note.value,):
                if isinstance(v, Quantity):
                    out.append(float(v.value))
                elif isinstance(v, (int, float)) and not isinstance(v, bool):
                    out.append(float(v))
    return out


def _side_amount(
    ctx: Context,
    parts: list[Part],
    other: Profile | None,
    unit: str = "",
    verbs: list[Part] | None = None,
    counted: bool = False,
) -> tuple[Profile, Amount] | None:
    """The amount one side of a comparison speaks of: from the fact that backs that side
    best among those holding an amount in the side's unit; between equals, the one of the
    same event as the other side's fact. A side without a verb of its own shares the
    claim's ("more crew than passengers died": the crew who died, not the crew aboard)."""
    checker, r = ctx.checker, ctx.reading
    units = {p.key for p in parts if p.kind in ("unit", "number") and p.key}
    for x in parts:  # a unit word inside a name ("Palestinian prisoners", 巴勒斯坦囚犯)
        if x.kind == "unit" and x.key:
            continue  # 机组人员 counts crew members, not the 人员 inside it
        units |= {checker.voc.units[w] for w in x.text.lower().split() if w in checker.voc.units}
        units |= {
            u
            for w, u in checker.voc.units.items()
            if len(w) > 1 and not w.isascii() and w in x.text
        }
        if x.kind == "predicate" and not x.text.isascii() and len(x.text) > 2:
            units |= {checker.voc.units[x.text[-1]]} if x.text[-1] in checker.voc.units else set()
            # 弃权票, 赞成票: a verb's noun that ends in its unit counts in that unit
    if (not units or counted) and unit:
        units = {unit}  # "more hostages than round two": the other side's unit
    if not units:
        return None
    best: tuple[float, Profile, Amount] | None = None
    total = sum(weight(checker, x) for x in parts) or 1.0
    own = [x for x in parts if x.kind == "predicate"]
    shared = [] if own else [x for x in verbs or () if checker.voc.fields_of.get(x.key)]
    filled = {  # "votes in favour" against "abstentions": the field each side's verb fills
        f"values.{f}" for x in own or shared for f in checker.voc.fields_of.get(x.key, ())
    }  # fmt: skip
    verb_filled = shared or any(  # some fact counts the side's unit in its verb's field
        a.field in filled and a.unit in units for p in ctx.ranked for a in p.amounts
    )
    names = {f[7:] for f in filled}
    places = {x.key for x in parts if checker.voc.entity_kind.get(x.key) == "place"}
    placed = [
        p for p in ctx.ranked if p.fact.kind == "count" and places & p.slots.get("place", set())
        and any(a.field in filled for a in p.amounts)
    ]  # fmt: skip
    for p in placed or ctx.ranked:  # "more were killed in Armero": a count typed for Armero
        typed = [a for a in p.amounts if a.field.startswith("values.") and a.unit in units]
        amount = next((a for a in typed if a.field in filled), typed[0] if typed else None)
        if amount is None:
            continue
        said = amount.field in filled or bool(names & set(amount.field[7:].split("_")))
        if not said and shared and p.fact.kind == "count":  # "the spill killed 2,800 sea
            said = all(backs(checker, p, x, r) for x in shared)  # otters": the count's verb
        if verb_filled and not said:
            continue  # the crew aboard is no count of the crew who died
        family = [
            p,
            *(checker.by_id[a] for a in checker.ancestors(p.fact.id) if a in checker.by_id),
        ]
        score = sum(  # what it is part of may say the rest ("aboard the airship")
            weight(checker, x) for x in parts if any(backs(checker, q, x, r) for q in family)
        )
        if other is not None and p.fact.part_of and p.fact.part_of == other.fact.part_of:
            score += 0.5
        if best is None or score > best[0]:
            best = (score, p, amount)
    if best is None or best[0] < ABOUT * total:
        return None
    return best[1], best[2]


def joint_sums(ctx: Context) -> None:
    """ "Anadarko and MOEX together held 35 per cent": a figure with a word for a total said
    of actors joined by "and" is the sum of the figures that each one's own fact gives in its
    unit, in the same field (25 and 10 per cent of the well's stakes)."""
    r = ctx.reading
    if not any(x.kind == "cue" and x.key == "total" for x in r.parts):
        return
    for n in [x for x in r.parts if x.kind == "number" and x.status == "unknown" and x.key]:
        names = [e for e in r.of("entity") if e.end <= n.start]
        if len(names) < 2:
            continue
        a, b = names[-2], names[-1]
        if not conjoined(r.claim[a.end : b.start]):
            continue
        first, second = _own_amount(ctx, a.key, n.key), _own_amount(ctx, b.key, n.key)
        if first is None or second is None or first[1].field != second[1].field:
            continue
        (p1, a1), (p2, a2) = first, second
        total = a1.value + a2.value
        n.fact, n.field = p1.fact.id, a1.field
        if compatible(float(n.value), n.approx, total, "exact"):  # type: ignore[arg-type]
            n.status = "supported"
        else:
            n.status = "refuted"
            shown = (
                f"{format_number(a1.value)} + {format_number(a2.value)} = {format_number(total)}"
            )
            ctx.corrections.append(Correction(p1.fact.id, a1.field, n.text, f"{shown} {n.key}"))
        for x in (a, b):
            if x.status == "unknown":
                x.status = "supported"
                x.fact = p1.fact.id if x is a else p2.fact.id
                x.field = "values.actor"
        for c in r.parts:
            if c.kind == "cue" and c.key == "total" and c.status == "unknown":
                c.status, c.fact = "operator", p1.fact.id


def members_shares(ctx: Context) -> None:
    """ "Air France flew fourteen Concordes", where 14 is a figure with one part for each of
    the fact's two `operators` (7 each) and the claim names one of them: the whole's figure
    is not one member's. Refuted by the member's share where all shares are equal, else
    left unbacked. Not where the claim names them all or has a word for a total."""
    r = ctx.reading
    for n, p, whole, lo, hi in _totals_unsaid(ctx):
        said = {x.key for x in r.of("entity") if lo <= x.start < hi}
        for value in p.fact.values.values():
            members = set(iter_references(value)) if isinstance(value, tuple) else set()
            if len(members) != len(whole.parts) or not said & members or members <= said:
                continue
            shares = {float(x) for x in whole.parts}
            if len(shares) == 1:
                n.status = "refuted"
                share = f"{format_number(shares.pop())} {whole.unit}"
                ctx.corrections.append(Correction(p.fact.id, n.field or "", n.text, share))
            else:
                n.status, n.fact, n.field = "unknown", None, None
            break


def _own_amount(ctx: Context, actor: str, unit: str) -> tuple[Profile, Amount] | None:
    """The one amount in a unit that a fact whose actor is this one alone gives."""
    found = [
        (p, a) for p in ctx.ranked if p.slots.get("actor") == {actor}
        for a in p.amounts if a.unit == unit and a.field.startswith("values.")
    ]  # fmt: skip
    return found[0] if len(found) == 1 else None


def sums(ctx: Context) -> None:
    """ "340 people were freed in all", 合计三百四十人: a number that two amounts of the facts
    the claim's verb fills add up to (100 hostages and 240 prisoners)."""
    checker, r = ctx.checker, ctx.reading
    if not any(x.kind == "cue" and x.key == "total" for x in r.parts):
        return
    fields = {
        f"values.{f}" for x in r.of("predicate") for f in checker.voc.fields_of.get(x.key, ())
    }  # fmt: skip
    for n in [x for x in r.parts if x.kind == "number" and x.status == "unknown"]:
        amounts = [
            (p, a) for p in ctx.ranked for a in p.amounts
            if a.field in fields and a.field.startswith("values.")
        ]  # fmt: skip
        timed = {*checker.voc.duration_days, *checker.voc.clock_minutes}
        pairs = [
            (x, y) for x, y in combinations(amounts, 2)
            if x[0] is not y[0]
            and (  # 100 hostages and 240 prisoners are people; 3 workers and 2 weeks no sum
                x[1].unit == y[1].unit == n.key
                or not {x[1].unit, y[1].unit, n.key} & timed
            )
        ]  # fmt: skip
        counting = {p.fact.id for p, _ in amounts}
        named = {  # "counting the linesman": a fact of the count that the claim names
            x.fact for x in r.parts
            if x.status == "supported" and x.kind in ("entity", "term", "unit") and x.fact in counting
        }  # fmt: skip
        for (p1, a1), (p2, a2) in pairs:
            if not compatible(float(n.value), n.approx, a1.value + a2.value, "exact"):  # type: ignore[arg-type]
                continue
            if len(named) <= 2 and not named <= {p1.fact.id, p2.fact.id}:
                continue  # 13 and 22 who died aboard leave out the linesman the claim counts
            n.status, n.fact, n.field = "supported", p1.fact.id, a1.field
            for x in r.parts:  # the words for what was counted ("people", 人)
                if x.status == "unknown" and x.kind in ("term", "unit") and x.end <= n.end + 3:
                    x.status, x.fact = "supported", p1.fact.id
            break


def parts_as_totals(ctx: Context) -> None:
    """ "The crash killed 109 people in all" (共造成109人死亡), where 109 is one of the parts
    a fact gives its total in the same field (113 killed: 109 aboard and 4 on the ground):
    the number with a word for a total is the total's, refuted by it. Not where the claim
    says what the part is (机上共109人: its words stand by the part in the total's words)."""
    r, checker = ctx.reading, ctx.checker
    for n in r.of("number"):
        if n.status not in ("supported", "unknown") or not isinstance(n.value, (int, float)):
            continue
        lo, hi = clause_start(r.claim, n.start), clause_end(r.claim, n.end)
        if n.negated or not _total_said(r, lo, hi):
            continue
        backed = n.field or ""
        fields = (
            {backed[7:]}
            if backed.startswith("values.")
            else {  # the words backed it: the fields its clause's verbs fill
                f
                for x in r.of("predicate")
                if lo <= x.start < hi and not x.negated
                for f in checker.voc.fields_of.get(x.key, ())
            }
        )
        value = float(n.value)
        for p, name in ((p, f) for p in ctx.ranked for f in sorted(fields)):
            whole = p.fact.values.get(name)
            if p.fact.id == n.fact or not isinstance(whole, Quantity) or not whole.parts:
                continue
            if not any(compatible(value, n.approx, float(x), "exact") for x in whole.parts):
                continue
            if compatible(value, n.approx, float(whole.value), whole.approx):
                continue
            if _names_the_part(r, whole, value, (n, lo, hi), p):
                continue
            n.status, n.fact, n.field = "refuted", p.fact.id, f"values.{name}"
            ctx.corrections.append(Correction(p.fact.id, n.field, n.text, whole.describe()))
            break


def totals_as_parts(ctx: Context) -> None:
    """ "The crash killed 113 people on board", where 113 is a total whose fact's words put
    "on board" by one of its parts (113: 109 on board and 4 on the ground): the claim's
    word names the part, and the total is not its count; refuted by the part's figure.
    Not where the claim's clause gives another number (it may be the part's)."""
    r = ctx.reading
    for n, p, whole, lo, hi in _totals_unsaid(ctx):
        if any(x is not n and lo <= x.start < hi for x in r.of("number")):
            continue
        named = _part_named(r, whole, (n, lo, hi), p)
        if named:
            n.status = "refuted"
            unit = whole.unit
            ctx.corrections.append(
                Correction(p.fact.id, n.field or "", n.text, f"{format_number(named[0])} {unit}")
            )


def _typed_total(ctx: Context, n: Part) -> tuple[Profile, Quantity] | None:
    """The fact and its typed amount with parts that a supported number says as a whole."""
    if n.status != "supported" or n.negated or not (n.field or "").startswith("values."):
        return None
    p = ctx.checker.by_id.get(n.fact or "")
    whole = p.fact.values.get((n.field or "")[7:]) if p is not None else None
    if p is None or not isinstance(whole, Quantity) or len(whole.parts) < 2:
        return None
    if not isinstance(n.value, (int, float)):
        return None
    if not compatible(float(n.value), n.approx, float(whole.value), whole.approx):
        return None
    return p, whole


def _totals_unsaid(ctx: Context) -> Iterator[tuple[Part, Profile, Quantity, int, int]]:
    """Each number a typed total with parts backs, with its fact, the total and its clause's
    bounds, where no word for a total stands in that clause ("A plus B came to 113 in all":
    the total said as one)."""
    r = ctx.reading
    for n in r.of("number"):
        found = _typed_total(ctx, n)
        if found is None:
            continue
        lo, hi = clause_start(r.claim, n.start), clause_end(r.claim, n.end)
        if not _total_said(r, lo, hi):
            yield n, *found, lo, hi


def _total_said(r: Reading, lo: int, hi: int) -> bool:
    """Whether a word for a total ("in all", 共) stands in this stretch of the claim."""
    return any(c.key == "total" and not c.negated and lo <= c.start < hi for c in r.of("cue"))


def _part_named(
    r: Reading, total: Quantity, where: tuple[Part, int, int], whole: Profile
) -> list[float]:
    """The one part of a total that a word of the claim's clause stands with in the total's
    fact's words, apart from the total's figure ("109 on board": "on board" with 109)."""
    found: set[float] = set()
    for text in (whole.fact.text.en, whole.fact.text.zh):
        for w in _clause_words(r, where):
            found |= _with_figure(_plain(text), w, total)
    return sorted(found) if len(found) == 1 else []  # words of two parts: the whole


def _names_the_part(
    r: Reading, total: Quantity, value: float, where: tuple[Part, int, int], whole: Profile
) -> bool:
    """Whether a word of the claim's clause stands with the part's figure in the words of
    the total's fact ("109 on board", 机上109人), apart from the total's (人, "people")."""
    return any(
        value in _with_figure(_plain(text), w, total)
        for text in (whole.fact.text.en, whole.fact.text.zh)
        for w in _clause_words(r, where)
    )


def _clause_words(r: Reading, where: tuple[Part, int, int]) -> list[str]:
    """The words of the number's clause, but the number: names, terms, units."""
    n, lo, hi = where
    return [
        w for x in r.parts
        if lo <= x.start < hi and x is not n and x.kind in ("term", "unit", "entity")
        for w in [normalize(x.text).strip()] if w
    ]  # fmt: skip


_DIGIT_COMMA = lazy(r"(?<=\d),(?=\d{3})")  # 2,300: one figure


@lru_cache(maxsize=4096)
def _plain(text: str) -> str:
    """A fact's words normalised, its figures without their commas (2,300 as 2300)."""
    return _DIGIT_COMMA.sub("", normalize(text))


def _with_figure(text: str, word: str, total: Quantity) -> set[float]:
    """The parts of a total whose figure stands in one piece of the text with the word (see
    `evidence.pieces`); none where the word stands with the total's figure too (人)."""
    held = [text[a:b] for a, b in pieces(text) if says(text[a:b], word)]
    if any(_has_figure(p, float(total.value)) for p in held):
        return set()
    return {float(x) for p in held for x in total.parts if _has_figure(p, float(x))}


def _has_figure(text: str, value: float) -> bool:
    """Whether a text gives the figure, not as part of a longer one (300 is not in 2300)."""
    figure = format_number(value).replace(",", "")
    return re.search(rf"(?<!\d){re.escape(figure)}(?!\d)", text) is not None


def list_totals(ctx: Context) -> None:
    """ "the two extensions added four days in all", 共计延长了三天: an amount with a word for
    a total, against the sum of the list its verb fills; disputed when other reporting's
    list adds up to it."""
    checker, r = ctx.checker, ctx.reading
    cues = [x for x in r.parts if x.kind == "cue" and x.key == "total"]
    if not cues:
        return
    days = checker.voc.duration_days
    amounts = [x for x in r.parts if x.kind in ("number", "duration") and x.key != "times"]
    governed = [  # the amount the word for a total governs: the nearest one
        min(amounts, key=lambda x: min(abs(x.start - c.end), abs(c.start - x.end)), default=None)
        for c in cues
    ]
    for n in [x for i, x in enumerate(governed) if x is not None and x not in governed[:i]]:
        for p in ctx.ranked[:8]:
            listed = occurrence_field(checker, p, r)
            if listed is None or not all(hasattr(v, "unit") for v in listed[1]):
                continue
            field, values = listed
            held = p.durations if n.kind == "duration" else p.amounts
            whole = next(
                (a for a in held
                 if a.field.startswith("values.") and a.field != f"values.{field}" and fits(n, a)),
                None,
            )  # fmt: skip
            if whole is not None:  # "lasted 8 days altogether": the whole length, which a
                # field holds; its own where the claim names the whole (合计八天 of 停火)
                if n.status == "unknown" and _names_whole(checker, p, r, n):
                    n.status, n.fact, n.field = "supported", p.fact.id, whole.field
                break
            total = _sum_of(values, n, days)
            if total is None:
                continue
            holds = compatible(float(n.value), n.approx, total, "exact")  # type: ignore[arg-type]
            n.fact, n.field = p.fact.id, f"values.{field}"
            if holds:
                n.status = "supported"
            else:
                other = [
                    note for note in p.fact.notes
                    if note.kind == "also_reported" and note.field in (field, f"values.{field}")
                    and isinstance(note.value, tuple)
                    and (alt := _sum_of(note.value, n, days)) is not None
                    and compatible(float(n.value), n.approx, alt, "exact")  # type: ignore[arg-type]
                ]  # fmt: skip
                n.status = "disputed" if other else "refuted"
                if other:
                    ctx.notes.append((p.fact.id, other[0]))
                shown = " + ".join(format_number(float(v.value)) for v in values)  # type: ignore[attr-defined]
                ctx.corrections.append(
                    Correction(p.fact.id, n.field, n.text, f"{shown} = {format_number(total)}")
                )
            for cue in r.of("cue"):
                if cue.key == "total" and cue.status == "unknown" and holds:
                    cue.status = "operator"
            break


def _names_whole(checker: Checker, p: Profile, r: Reading, n: Part) -> bool:
    """Whether the claim names the whole a total is of before the total: a word or name
    before it that this fact backs ("the November truce … eight days in all")."""
    return any(
        x.kind in ("term", "unit", "entity") and x.end <= n.start and backs(checker, p, x, r)
        for x in r.parts
    )


def _sum_of(values: tuple[object, ...], n: Part, days: dict[str, float]) -> float | None:
    """The sum of a list of quantities in the claimed amount's measure (days for a
    duration), or None when they do not measure it."""
    total = 0.0
    for v in values:
        unit, value = getattr(v, "unit", None), getattr(v, "value", None)
        if unit is None or not isinstance(value, (int, float)):
            return None
        if n.kind == "duration":
            if unit not in days:
                return None
            total += float(value) * days[unit]
        elif n.key and unit != n.key:
            return None
        else:
            total += float(value)
    return total
