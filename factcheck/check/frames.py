"""A time a Chinese claim sets with 时 before its statements ("哥伦比亚号解体时，高度约
200,000英尺"): the figures of the statements after it that name no one of their own are
the figures of the framing deed's fact, judged by its typed amounts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.check.contradiction import described_amount
from factcheck.check.evidence import clause_end, fits, may_agree
from factcheck.check.model import Correction
from factcheck.textnorm import lazy

if TYPE_CHECKING:
    from factcheck.check.evidence import Context

_WHEN = lazy(r"(?:时|的时候|之时)\s*[，,]\s*$")


def when_framed(ctx: Context) -> None:
    """A figure said after "<deed>时，" in a statement with no actor of its own is the framing
    deed's: the deed's fact's typed amount in the figure's unit backs it or refutes it (a
    figure another event's words give had backed it: the altitude of entry for that of the
    breakup)."""
    checker, r = ctx.checker, ctx.reading
    if r.lang != "zh" or len(ctx.clauses) < 2:
        return
    first = ctx.clauses[0]
    verbs = [x for x in first.parts if x.kind == "predicate" and x.status == "supported"]
    if not verbs:
        return
    stop = clause_end(r.claim, max(x.end for x in first.parts))
    if not _WHEN.search(r.claim[: stop + 1]):
        return
    p = checker.by_id.get(verbs[-1].fact or "")
    if p is None:
        return
    for clause in ctx.clauses[1:]:
        if any(x.kind == "entity" for x in clause.parts):
            break  # a statement of its own actor
        for n in clause.parts:
            if (
                n.kind != "number"
                or n.fact == p.fact.id
                or n.status not in ("supported", "unknown")
            ):
                continue
            typed = [a for a in p.amounts if a.unit == n.key and a.field.startswith("values.")]
            if not typed:
                continue
            if any(fits(n, a) for a in typed):
                n.status, n.fact, n.field = "supported", p.fact.id, typed[0].field
            elif not any(may_agree(n, a) for a in typed):
                n.status, n.fact, n.field = "refuted", p.fact.id, typed[0].field
                ctx.corrections.append(
                    Correction(p.fact.id, typed[0].field, n.text, described_amount(typed[0]))
                )
