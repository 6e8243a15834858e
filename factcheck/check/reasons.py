"""One reason among others ("observers linked the pause partly to the attack", 部分原因):
accounted where the fact says "partly" itself, or where another fact of the same whole,
of the same kind, says the same link of the same thing to another reason."""

from __future__ import annotations

from collections import Counter

from factcheck.check.evidence import Context, clause_end, clause_start
from factcheck.check.model import Part


def partly(ctx: Context, cue: Part) -> bool:
    """Whether a `partly` cue is accounted: True where another reason is given."""
    checker, r = ctx.checker, ctx.reading
    lo, hi = clause_start(r.claim, cue.start), clause_end(r.claim, cue.end)
    said = [x for x in r.parts if lo <= x.start < hi and x.status == "supported" and x.fact]
    if not said:
        return False
    anchor = Counter(x.fact for x in said).most_common(1)[0][0]
    fact = checker.base.get(anchor or "")
    if fact is None or not fact.part_of:
        return False
    linked = {x.key for x in said if x.end <= cue.start and x.fact == anchor and x.key}
    own = checker.by_id[fact.id]
    for other in checker.base.children(fact.part_of):
        if other.id == fact.id or other.kind != fact.kind:
            continue
        p = checker.by_id[other.id]
        shared = linked & (p.terms | set(p.predicates) | p.entities)
        if len(shared) >= 2 and shared <= (own.terms | set(own.predicates) | own.entities):
            return True  # "Observers also speculated that the pause was linked to Eid"
    return False
