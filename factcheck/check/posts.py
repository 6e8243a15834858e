"""Whose post a claim names ("Occidental was the operator of the Tartan platform"): a role
said of a named thing by the name of one of its fact's fields, judged by that field."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from factcheck.check.evidence import OWNER, clause_start, named, within
from factcheck.check.model import Correction
from factcheck.textnorm import lazy

if TYPE_CHECKING:
    from factcheck.check.evidence import Context
    from factcheck.check.model import Part

_HOLDER_IS = lazy(r"\s+(?:is|was|are|were)\s+(?:the\s+)?([a-z][a-z ]{1,30}?)\s+of\s+(?:the\s+)?$")
_IS_THEN = lazy(r"\s+(?:is|was|are|were)\s+$")
_WHOSE_ROLE = lazy(r"['’]s\s+([a-z][a-z -]{1,30}?)\s*(?=[.,;!?]|$)")
_IS_HOLDER = lazy(r"^(?:the\s+)?([a-z][a-z ]{1,30}?)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def posts_of_named(ctx: Context) -> None:
    """ "A was the operator of C", "the operator of C was A": where the words before "of"
    are the name of a field of C's own fact that holds actors of A's kind, A is judged by
    that field: held, the role is backed; another, A is refuted and the field's holders are
    the correction (an alias "the operator" of A, said of C, had backed it)."""
    checker, r = ctx.checker, ctx.reading
    kind_of = checker.voc.entity_kind
    names = sorted(r.of("entity"), key=lambda x: x.start)
    for c in names:
        own = checker.by_id.get(c.key)
        if own is None:
            continue
        lo = clause_start(r.claim, c.start)
        before = r.claim[lo : c.start]
        found = _HOLDER_IS.search(before)
        holder: Part | None = None
        if found is not None:
            at = lo + found.start()
            holder = next(
                (x for x in names if x.end <= at and not r.claim[x.end : at].strip()), None
            )
            role, span = found.group(1), (lo + found.start(1), lo + found.end(1))
        else:
            pad = len(before) - len(before.lstrip())
            opening = _IS_HOLDER.match(before.lstrip())
            after = re.match(r"\s+(?:is|was|are|were)\s+", r.claim[c.end :])
            if opening is None or after is None:
                continue
            at = c.end + after.end()
            holder = next((x for x in names if x.start == at), None)
            role, span = opening.group(1), (lo + pad + opening.start(1), lo + pad + opening.end(1))
        if holder is None or holder.key == c.key:
            continue
        if any(OWNER.match(r.claim, x.end) for x in (holder, c)):
            continue  # "the Tern platform's neighbour", "Norcom's rival": another's post
        field = _field_named(ctx, own.slots, role)
        if field is None:
            continue
        if field in checker.voc.ref_lists and not own.fact.is_closed(field):
            continue  # an open list (members): one it does not name may be among them
        held = own.slots[field]
        if not any(kind_of.get(h) == kind_of.get(holder.key) for h in held):
            continue
        inside = [
            x
            for x in r.parts
            if (min(holder.end, c.end) <= x.start and x.end <= max(holder.start, c.start))
            or (x.start < span[1] and span[0] < x.end)
        ]  # the words between them, and the role's own
        if holder.key in held or within(checker, holder.key, held):
            holder.status, holder.fact, holder.field = "supported", own.fact.id, f"values.{field}"
            for x in inside:
                if x.status in ("unknown", "supported"):
                    x.status, x.fact, x.field = "supported", own.fact.id, f"values.{field}"
            continue
        holder.status, holder.fact, holder.field = "refuted", own.fact.id, f"values.{field}"
        for x in inside:
            if x is not holder and x.kind in ("entity", "term"):  # the role: whose it is
                x.status, x.fact, x.field = "operator", own.fact.id, f"values.{field}"
        shown = named(checker, sorted(held))
        ctx.corrections.append(Correction(own.fact.id, f"values.{field}", holder.text, shown))


def _field_named(ctx: Context, slots: dict[str, set[str]], role: str) -> str | None:
    """The one field whose name is the role's words ("operator", "father-in-law")."""
    key = ctx.checker.voc.word_key
    said = [key(w) for w in re.split(r"[\s-]+", role.lower()) if w]
    hits = [n for n in slots if [key(w) for w in n.split("_")] == said]
    return hits[0] if len(hits) == 1 else None


def possessed_posts(ctx: Context) -> None:
    """ "Vell was Brask's father-in-law": a role said of A as B's, by the name of a field of
    B's own fact that holds people, is judged by that field (held: backed; another:
    refuted). Where only A's own fact holds B in that field, the claim turns the relation
    round, and the role is left open (the words of either fact had backed it)."""
    checker, r = ctx.checker, ctx.reading
    names = sorted(r.of("entity"), key=lambda x: x.start)
    for a, b in pairwise(names):
        said = _WHOSE_ROLE.match(r.claim, b.end)
        if said is None or not _IS_THEN.fullmatch(r.claim, a.end, b.start) or a.key == b.key:
            continue
        owner, holder = checker.by_id.get(b.key), checker.by_id.get(a.key)
        if owner is None or holder is None:
            continue
        span = (b.end + said.start(1) - said.start(), b.end + said.end(1) - said.start())
        role = [x for x in r.parts if span[0] <= x.start and x.end <= span[1]]
        field = _field_named(ctx, owner.slots, said.group(1))
        if field in checker.voc.ref_lists and not owner.fact.is_closed(field):
            field = None  # an open list (apprentices): one it does not name may be among them
        if field is not None:
            held = owner.slots[field]
            status = "supported" if a.key in held else "refuted"
            a.status, a.fact, a.field = status, owner.fact.id, f"values.{field}"
            for x in role:
                x.status, x.fact, x.field = (
                    "supported" if a.key in held else "operator",
                    owner.fact.id,
                    f"values.{field}",
                )
            if status == "refuted":
                shown = named(checker, sorted(held))
                ctx.corrections.append(Correction(owner.fact.id, f"values.{field}", a.text, shown))
            continue
        turned = _field_named(ctx, holder.slots, said.group(1))
        if turned is not None and b.key in holder.slots[turned]:
            for x in role:
                x.status, x.fact, x.field = "unknown", None, None
