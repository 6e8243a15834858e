"""Negation: a denied part that the fact a statement is about affirms is refuted."""

from __future__ import annotations

from itertools import pairwise

from factcheck.check.contradiction import about, conflict
from factcheck.check.counts import CLAUSE_ZH
from factcheck.check.evidence import (
    Context,
    backing,
    clause_start,
    held_by,
    is_author,
    source_for,
)
from factcheck.check.model import Correction, Part, Reading
from factcheck.check.profile import Profile, zh_denied
from factcheck.check.roles import agent
from factcheck.textnorm import lazy, normalize

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
                    if p.fact.kind == "aim" and part.kind in ("predicate", "term"):
                        continue  # an aim says what was sought, not that it happened
                    if part.kind == "predicate" and not _done_by(ctx, p, part):
                        continue  # "Russia did not vote for it": the votes for were others'
                    if part.kind == "entity" and where == "text" and _another_did(ctx, p, part):
                        part.status, part.fact, part.field = "supported", p.fact.id, "values.actor"
                        break  # "Hamas, not Israel, released them": Israel is only named
                    entities = [
                        x.key for x in clause.parts
                        if x.kind == "entity" and checker.voc.entity_kind.get(x.key) != "place"
                        and (part.kind != "predicate" or x.end <= part.start)
                    ]  # fmt: skip  # who was not there: those before the verb, not a cause's
                    if entities and all(e in p.slots.get("absent", ()) for e in entities):
                        part.status, part.fact, part.field = (
                            "supported",
                            p.fact.id,
                            "values.absent",
                        )
                        break  # the fact says it happened without them
                    if _not_yet(ctx, part) and _later(ctx, p):
                        continue  # 获释时，以色列尚未发动地面攻势: the offensive came later
                    part.status, part.fact, part.field = "refuted", p.fact.id, where
                    ctx.corrections.append(
                        Correction(p.fact.id, where, f"not {part.text}", part.text)
                    )
                    break
            finally:
                part.negated = True


def _another_did(ctx: Context, p: Profile, part: Part) -> bool:
    """Whether a denied actor, only named in the fact's words, is set against another actor
    of the claim that the fact holds as its `actor` ("It was Hamas, not Israel, that …")."""
    doers = p.slots.get("actor", set())
    if not doers or part.key in doers:
        return False
    return any(
        x.kind == "entity" and not x.negated and x.key in doers and x.status == "supported"
        for x in ctx.reading.parts
    )


def _not_yet(ctx: Context, part: Part) -> bool:
    """Whether the word that denies a part denies it only up to a time (尚未, "not yet")."""
    voc, r = ctx.checker.voc, ctx.reading
    return any(
        x.kind == "cue"
        and x.value is part
        and any(  # 还没有: the cue read is 没有, the word before it makes it "not yet"
            normalize(r.claim[max(0, x.start - k) : x.end]).strip() in voc.not_yet
            for k in (0, 1, 2)
        )
        for x in r.parts
    )


def _later(ctx: Context, p: Profile) -> bool:
    """Whether the fact that says the deed was done puts it after every other fact the
    claim's backed parts stand on (the time by which the claim says it was not yet done):
    by its own day, or, undated, by the day of a fact its `after` list puts before it."""
    base, by_id = ctx.checker.base, ctx.checker.by_id
    day, strict = p.fact.first_day, False
    if day is None:
        before = [base.get(x) for x in p.fact.after]
        days = [f.last_day or f.first_day for f in before if f is not None]
        day, strict = max((d for d in days if d is not None), default=None), True
    others = {
        by_id[x.fact].fact.first_day
        for x in ctx.reading.parts
        if x.status == "supported" and x.fact and x.fact != p.fact.id and x.fact in by_id
    } - {None}
    return (
        day is not None
        and bool(others)
        and all(o is not None and (day > o or (strict and day >= o)) for o in others)
    )


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


_QUOTED = lazy(r"[“「\"‘][^”」\"’]*$")  # inside an opening quote
_UNQUOTE = lazy(r"[^“「\"‘]*[”」\"’]")


def denied_of_them(ctx: Context) -> None:
    """拉法的军事行动也将暂停 against 拉法的作战行动不会停: a Chinese word the claim says of an
    actor or place whose clause in the fact's words denies a word within it (停 in 暂停), and
    says none of its pairs otherwise, is refuted: the fact denies it of them."""
    checker, r = ctx.checker, ctx.reading
    if r.lang != "zh":
        return
    own_denials = zh_denied(r)
    for w in r.of("term"):
        p = checker.by_id.get(w.fact or "")
        if p is None or w.status != "supported" or w.negated or len(w.key) < 2:
            continue
        if any(a <= w.start < b for a, b in own_denials):
            continue  # the claim denies it too (没有公开承认)
        if _QUOTED.search(r.claim, 0, w.start) and _UNQUOTE.match(r.claim, w.end):
            continue  # “战术性暂停”: a name, not a deed said of them
        lo, hi = clause_start(r.claim, w.start), _zh_clause_end(r.claim, w.end)
        named = {x.key for x in r.of("entity") if lo <= x.start < hi and not x.negated}
        if not named:
            continue
        said = checker.reading_of(p.fact.text.zh)
        denied = zh_denied(said)
        for a, b in _zh_clauses(said.claim):
            if not any(x.key in named and a <= x.start < b for x in said.of("entity")):
                continue
            spans = [(s, e) for s, e in denied if a <= s < b]
            rest = "".join(
                " " if any(s <= i < e for s, e in spans) else said.claim[i] for i in range(a, b)
            )
            words = [said.claim[s:e].strip(" ，。；,;.") for s, e in spans]
            if any(d and d in w.key for d in words) and not any(
                w.key[i : i + 2] in rest for i in range(len(w.key) - 1)
            ):  # the whole denied word is in the claim's (不会停: 停 in 暂停)
                w.status, w.fact, w.field = "refuted", p.fact.id, "text"
                ctx.corrections.append(
                    Correction(p.fact.id, "text", w.text, said.claim[a:b].strip())
                )
                break


def _zh_clause_end(text: str, at: int) -> int:
    m = CLAUSE_ZH.search(text, at)
    return m.start() if m else len(text)


def _zh_clauses(text: str) -> list[tuple[int, int]]:
    cuts = [0, *(m.end() for m in CLAUSE_ZH.finditer(text)), len(text)]
    return [(a, b) for a, b in pairwise(cuts) if b > a]
