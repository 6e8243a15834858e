"""Negation: a denied part that the fact a statement is about affirms is refuted."""

from __future__ import annotations

from factcheck.check.contradiction import about, conflict
from factcheck.check.evidence import (
    Context,
    backing,
    clause_start,
    held_by,
    is_author,
    source_for,
)
from factcheck.check.model import Correction, Part, Reading
from factcheck.check.profile import Profile
from factcheck.check.roles import agent
from factcheck.textnorm import lazy

VALUES = ("number", "duration", "date")
_BUT = lazy(r"\bbut\b|而是")


def _counterpart(r: Reading, part: Part) -> Part | None:
    """ "not eight days but seven", 不是100名，而是105名: the value a denied one is set against."""
    return next(
        (x for x in r.parts if x.kind == part.kind and not x.negated and x.start > part.end),
        None,
    )


def contrasts(ctx: Context) -> None:
    """A denied value set against another is judged by the fact that judged the other: the
    denial holds where that fact gives another value; where it gives the denied one, the
    claim is refuted, or disputed along with the other value."""
    checker, r = ctx.checker, ctx.reading
    for part in [x for x in r.parts if x.negated and x.kind in VALUES and x.status == "unknown"]:
        other = _counterpart(r, part)
        if other is None or other.fact is None or other.fact not in checker.by_id:
            continue
        p = checker.by_id[other.fact]
        part.negated = False
        try:
            held = backing(checker, p, part, r)
            other_value = conflict(checker, p, part, r) if held is None else None
        finally:
            part.negated = True
        if held is not None:
            part.status = "disputed" if other.status == "disputed" else "refuted"
            part.fact, part.field = p.fact.id, held
            if part.status == "refuted":
                ctx.corrections.append(Correction(p.fact.id, held, f"not {part.text}", part.text))
        elif other_value is not None and other.status != "unknown":
            part.status, part.fact, part.field = "supported", p.fact.id, other_value[0]


def negations(ctx: Context) -> None:
    """A denied part that the fact the statement is about affirms: refuted. (A denial the
    facts share was backed already; "X is not among the aims" while it is, is refuted.)"""
    checker, r = ctx.checker, ctx.reading
    for clause in ctx.clauses:
        for part in clause.parts:
            if not part.negated or part.status != "unknown":
                continue
            if part.kind == "predicate" and part.key in ("say", "argue") and _by_author(ctx, part):
                continue  # "the article does not say X": of the article, not of any party
            if _fragment(r, part):
                continue  # one Chinese character is a piece of a word (无关, 不同 are words)
            part.negated = False  # ask what the facts say of the part itself
            but = _BUT.search(r.claim, part.end)  # "not dissolved but expanded": the denial
            statement = [x for x in clause.parts if but is None or x.start < but.start()]
            try:
                for sources in clause.candidates:
                    found = source_for(checker, sources, part, r)
                    if found is None or not about(ctx, sources[0], part, statement, sources):
                        continue
                    p, where = found
                    part.negated = True  # "never caught": where the fact's words deny it too
                    try:
                        denied = backing(checker, p, part, r)
                    finally:
                        part.negated = False
                    if denied is not None:
                        part.status, part.fact, part.field = "supported", p.fact.id, denied
                        break
                    if p.fact.kind == "aim" and part.kind == "predicate":
                        continue  # an aim says what was sought, not that it happened
                    if part.kind == "predicate" and not _done_by(ctx, p, part):
                        continue  # "Russia did not vote for it": the votes for were others'
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


def _fragment(r: Reading, part: Part) -> bool:
    """A lone Chinese character left of a word the reader broke up, unless a one-character
    negation makes a word of it (无关)."""
    if part.kind != "term" or part.key.isascii() or len(part.key) > 1:
        return False
    return not any(
        x.kind == "cue" and x.key == "negation" and x.end == part.start and len(x.text) == 1
        for x in r.parts
    )


def _done_by(ctx: Context, p: Profile, verb: Part) -> bool:
    """Whether the fact says the claim's doers of this verb did it: they are its actors or
    the doers its words name, or the claim names no doer; one the fact holds in another
    role (abstainers, absentees) did not."""
    checker, r = ctx.checker, ctx.reading
    doers = [
        x.key for x in r.of("entity")
        if checker.voc.entity_kind.get(x.key) != "place" and agent(checker.voc, r, x, verb)
    ]  # fmt: skip
    if not doers:
        return True
    said = p.doers.get(verb.key, set()) | p.slots.get("actor", set())
    said |= {e for f in checker.voc.fields_of.get(verb.key, ()) for e in p.slots.get(f, ())}
    return all(held_by(checker, d, said) for d in doers)


def _by_author(ctx: Context, verb: Part) -> bool:
    """Whether the article or its author is the one said (not) to say it."""
    r, voc = ctx.reading, ctx.checker.voc
    start = clause_start(r.claim, verb.start)
    return any(start <= x.end <= verb.start and is_author(voc, x) for x in r.parts)
