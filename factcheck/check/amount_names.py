"""The amount a noun of the claim names ("USIA paid about $7,000 in damages", 共支付了约7000美元
赔偿): a number the words of one fact hold as another of its own amounts (a sum for each
victim) is judged by the field the noun names on the fact that types it (the damages)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcheck.check.contradiction import described_amount
from factcheck.check.evidence import field_named, fits
from factcheck.check.model import WORD_FIELDS, Correction
from factcheck.textnorm import lazy, normalize

if TYPE_CHECKING:
    from factcheck.check.evidence import Context
    from factcheck.check.model import Part
    from factcheck.check.profile import Amount, Profile

# between an amount and the noun that says what it is: "$7,000 in damages", 7000美元赔偿
_OF_THE_AMOUNT = lazy(r"\s*(?:(?:in|as)\s+)?|的?", re.I)  # not "of the": a share of it
# a share of each one, not a total: "each household received", 每户
_EACH = lazy(r"\b(?:each|every|per|apiece)\b|每|各", re.I)


def named_amounts(ctx: Context) -> None:
    """A number backed only by the words of fact P, where P types that value in a field of
    its own, and the noun right after it ("in damages", 美元赔偿) naming a typed amount of
    another candidate fact Q (by the field's name, or as Q's alias where Q types one amount
    in that unit), in a claim that says no share of each and names something else of Q:
    judged by Q's amount; held, backed by it; another, refuted with Q's value."""
    checker, r = ctx.checker, ctx.reading
    for x in r.of("number"):
        if x.status != "supported" or x.field not in WORD_FIELDS or x.negated or not x.fact:
            continue
        p = checker.by_id.get(x.fact)
        if p is None:
            continue
        own = {a.field for a in p.amounts if a.field.startswith("values.") and fits(x, a)}
        if not own:
            continue  # the words' number is no typed amount of their own fact
        fields = {a.field for a in p.amounts}
        words = normalize(f"{p.fact.text.en} {p.fact.text.zh}")
        nouns = [
            y for y in r.of("term", "unit")
            if y.start >= x.end and _OF_THE_AMOUNT.fullmatch(r.claim, x.end, y.start)
        ]  # fmt: skip
        if not nouns or any(normalize(y.text).strip() in words for y in nouns):
            continue  # the number's own fact says what the noun says: it is that amount
        named = _named(ctx, x, nouns, p, own)
        if named is not None and named[1].field in fields:
            continue  # the noun names a field of the number's own fact: that fact judges it
        if named is None:
            continue
        q, a = named
        if _EACH.search(r.claim) or not any(
            y.fact == q.fact.id for y in r.parts if y is not x and y not in nouns
        ):
            continue  # a share of each, or said of nothing the total's fact backs: not its sum
        if fits(x, a):
            x.fact, x.field = q.fact.id, a.field
        else:
            x.status, x.fact, x.field = "refuted", q.fact.id, a.field
            ctx.corrections.append(Correction(q.fact.id, a.field, x.text, described_amount(a)))


def _named(
    ctx: Context, x: Part, nouns: list[Part], p: Profile, own: set[str]
) -> tuple[Profile, Amount] | None:
    """The one typed amount, in the number's unit, of another candidate fact that a noun of
    the clause names."""
    checker, r = ctx.checker, ctx.reading
    found: list[tuple[Profile, Amount]] = []
    for q in ctx.ranked:
        if q is p:
            continue
        typed = [
            a for a in q.amounts
            if a.field.startswith("values.") and a.field not in own and a.unit
            and (not x.key or a.unit == x.key) and not a.said
        ]  # fmt: skip
        for y in nouns:
            field = field_named(checker, q, y, r)
            if (
                field is None
                and len(typed) == 1
                and normalize(y.text).strip() in checker.alias_norms(q.fact.id)
            ):
                field = typed[0].field
            found += [(q, a) for a in typed if a.field == field]
    return found[0] if len({(q.fact.id, a.field) for q, a in found}) == 1 else None
