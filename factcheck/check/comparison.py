"""Comparisons and arithmetic over two facts' amounts: more, fewer, "140 more", "2.4 times"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcheck.check.evidence import (
    ABOUT,
    COMPARE_CUES,
    CONTENT_KINDS,
    Context,
    _compatible,
    backs,
    weight,
)
from factcheck.check.model import Correction, Part, Reading
from factcheck.check.order import _back_sides, _sides
from factcheck.check.profile import Amount, Profile
from factcheck.facts import format_number

if TYPE_CHECKING:
    pass


def _compare_sides(r: Reading, cue: Part) -> tuple[list[Part], list[Part]]:
    """ "A … more … than B", "A比B多": the two things compared, split at than/比/as."""
    found = list(re.compile(r"\bthan\b|\bas\b|比").finditer(r.norm))
    content = [p for p in r.parts if p.kind in CONTENT_KINDS]
    if not found:
        return _sides(r, cue)
    at = r.offsets[found[-1].start()]
    return [p for p in content if p.end <= at], [p for p in content if p.start >= at]


def _compare(ctx: Context) -> None:
    """ "A more/fewer than B", "140 more than", "twice as many": amounts of two facts."""
    r = ctx.reading
    for cue in [c for c in r.of("cue") if c.key in (*COMPARE_CUES, "times")]:
        main, ref = _compare_sides(r, cue)
        numbers = [p for p in main + ref if p.kind == "number" and not p.key]
        a_side = _side_amount(ctx, [x for x in main if x not in numbers], None)
        if a_side is None:
            continue
        b_side = _side_amount(ctx, [x for x in ref if x not in numbers], a_side[0], a_side[1].unit)
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


def _side_amount(
    ctx: Context, parts: list[Part], other: Profile | None, unit: str = ""
) -> tuple[Profile, Amount] | None:
    """The amount one side of a comparison speaks of: from the fact that backs that side
    best among those holding an amount in the side's unit; between equals, the one of the
    same event as the other side's fact."""
    checker, r = ctx.checker, ctx.reading
    units = {p.key for p in parts if p.kind in ("unit", "number") and p.key}
    for x in parts:  # a unit word inside a name ("Palestinian prisoners", 巴勒斯坦囚犯)
        units |= {checker.voc.units[w] for w in x.text.lower().split() if w in checker.voc.units}
        units |= {
            u
            for w, u in checker.voc.units.items()
            if len(w) > 1 and not w.isascii() and w in x.text
        }
    if not units and unit:
        units = {unit}  # "more hostages than round two": the other side's unit
    if not units:
        return None
    best: tuple[float, Profile, Amount] | None = None
    total = sum(weight(checker, x) for x in parts) or 1.0
    for p in ctx.ranked:
        amount = next(
            (a for a in p.amounts if a.field.startswith("values.") and a.unit in units), None
        )
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
