"""Counts a fact's own words give to a verb: "1,517 died and 706 survived". A claim that
gives one of those numbers to another of those verbs ("1,517 survived") is contradicted,
even where no typed field holds either count."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcheck.check.model import Correction, Part, Reading
from factcheck.facts import format_number
from factcheck.textnorm import lazy

if TYPE_CHECKING:
    from factcheck.check.evidence import Context
    from factcheck.check.judge import Checker

_BREAK = lazy(r"[,;:，；。：]|\band\b|\bbut\b|\bwhile\b|和|而|但")  # where a statement ends


def said_counts(ctx: Context) -> None:
    """Each count the claim gives a verb, against the counts the words of the facts it is
    about give the same verbs."""
    checker, r = ctx.checker, ctx.reading
    claimed = _pairs(checker, r)
    if len(claimed) < 1:
        return
    for number, verb in claimed:
        if number.status not in ("unknown", "supported"):
            continue
        for clause in ctx.clauses:
            if number not in clause.parts or not clause.sources:
                continue
            p = clause.sources[0]
            if any(a.field.startswith("values.") and a.value == number.value for a in p.amounts):
                continue  # a typed field holds it: the readers of fields judge it
            told = [
                (n.value, v.key)
                for text in (p.fact.text.en, p.fact.text.zh)
                for n, v in _pairs(checker, checker.reading_of(text))
            ]
            if (number.value, verb.key) in told:
                continue
            other = [val for val, key in told if key == verb.key and val != number.value]
            elsewhere = [key for val, key in told if val == number.value and key != verb.key]
            if other and elsewhere and not _same_verb(checker, verb.key, elsewhere):
                number.status, number.fact, number.field = "refuted", p.fact.id, "text"
                shown = f"{format_number(float(other[0]))} {verb.text}"  # type: ignore[arg-type]
                ctx.corrections.append(Correction(p.fact.id, "text", number.text, shown))


def _same_verb(checker: Checker, key: str, others: list[str]) -> bool:
    return any(o == key or o in checker.voc.also.get(key, ()) for o in others)


def _pairs(checker: Checker, r: Reading) -> list[tuple[Part, Part]]:
    """Each number with the one verb of its statement ("1,517 died", 706人生还); not a length
    of time ("two minutes after takeoff")."""
    voc = checker.voc
    out: list[tuple[Part, Part]] = []
    for n in r.of("number"):
        if not isinstance(n.value, (int, float)) or n.negated:
            continue
        if n.key in voc.duration_days or n.key in voc.clock_minutes:
            continue
        lo = max((m.end() for m in _BREAK.finditer(r.norm, 0, n.start)), default=0)
        nxt = _BREAK.search(r.norm, n.end)
        hi = nxt.start() if nxt else len(r.norm)
        verbs = [v for v in r.of("predicate") if lo <= v.start and v.end <= hi and not v.negated]
        numbers = [m for m in r.of("number") if lo <= m.start and m.end <= hi]
        orders = [c for c in r.of("cue") if lo <= c.start < hi and c.key in ("before", "after")]
        if (
            len(verbs) == 1
            and len(numbers) == 1
            and not orders  # "two minutes after takeoff": a time between, not a count
            and not re.search(r"\d", r.norm[lo : n.start])
        ):
            out.append((n, verbs[0]))
    return out
