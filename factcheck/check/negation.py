"""Negation: a denied part that the fact a statement is about affirms is refuted."""

from __future__ import annotations

from factcheck.check.contradiction import _about
from factcheck.check.evidence import Context, source_for
from factcheck.check.model import Correction


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
                        part.status, part.fact, part.field = (
                            "supported",
                            p.fact.id,
                            "values.absent",
                        )
                        break  # the fact says it happened without them
                    part.status, part.fact, part.field = "refuted", p.fact.id, where
                    ctx.corrections.append(
                        Correction(p.fact.id, where, f"not {part.text}", part.text)
                    )
                    break
            finally:
                part.negated = True
