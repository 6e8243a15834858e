"""Who holds whom: "Met-Ed was a subsidiary of GPU", 大都会爱迪生公司是通用公共事业公司的子公司.
A relation of the lexicon's `[relations]` names the field of one side's fact that holds
the other (`parent`); said the other way round ("GPU was a subsidiary of Met-Ed", 母公司),
or of another holder than the field's, it is contradicted."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from factcheck.check.evidence import clause_end, named
from factcheck.check.model import Correction
from factcheck.textnorm import lazy

if TYPE_CHECKING:
    from factcheck.check.evidence import Context
    from factcheck.check.model import Part, Reading

_COPULA = r"(?:,\s*|\s+(?:is|was|are|were|became|remains|remained)\s+)"
_ZH_COPULA = lazy(r"\s*(?:是|为|乃)\s*")
_ENDS = lazy(r"\s*[.。!！;；,，]?\s*$")


def holdings(ctx: Context) -> None:
    """Two actors joined by a relation word: backed by the field of the held one's fact
    that names the holder; refuted where the holder's fact names the held one there (the
    relation turned round) or the field names another holder."""
    checker, r = ctx.checker, ctx.reading
    relations = checker.voc.relations
    if not relations:
        return
    kinds = checker.voc.entity_kind
    for x, y in pairwise(sorted(r.of("entity"), key=lambda e: e.start)):
        if kinds.get(x.key) not in ("party", "place") or kinds.get(y.key) not in (
            "party",
            "place",
        ):
            continue
        if x.negated or y.negated or x.key == y.key:
            continue
        said = _said(r, x, y, relations)
        if said is None:
            continue
        field, held, holder = said
        _judge(ctx, field, held, holder, _reach(r, y))


def _said(
    r: Reading, x: Part, y: Part, relations: dict[str, dict[str, tuple[str, ...]]]
) -> tuple[str, Part, Part] | None:
    """The field a relation between two names says, with the held one and its holder: for
    an `of` word ("a subsidiary of", 子公司) the first name is held, for an `over` word
    ("the parent company of", 母公司) the second; 的<word>是 between them turns it round."""
    between = r.norm[x.end : y.start]
    for field, words in relations.items():
        for side in ("of", "over"):
            first_held = side == "of"
            for word in words.get(side, ()):
                english, after_name = _forms(word)
                if word.isascii():
                    if english.fullmatch(between) is None:
                        continue
                elif _ZH_COPULA.fullmatch(between) and _zh_after(r, y, word):
                    pass  # X是Y的子公司, X是Y的母公司
                elif after_name.fullmatch(between) is not None:
                    first_held = not first_held  # X的子公司是Y: Y is held
                else:
                    continue
                return (field, x, y) if first_held else (field, y, x)
    return None


@lru_cache(maxsize=256)
def _forms(word: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What stands between two names for a relation word: "X is a <word> Y" in English,
    X的<word>是Y in Chinese."""
    return (
        re.compile(rf"{_COPULA}(?:a |an |the )?{re.escape(word)}\s+(?:the\s+)?"),
        re.compile(rf"\s*的{re.escape(word)}\s*(?:是|为)\s*"),
    )


def _zh_after(r: Reading, y: Part, word: str) -> bool:
    """Whether 的<word> follows the second name, and nothing else to its clause's end."""
    m = re.match(rf"\s*的{re.escape(word)}", r.norm[y.end :])
    return (
        m is not None
        and _ENDS.fullmatch(r.norm, y.end + m.end(), clause_end(r.claim, y.end)) is not None
    )


def _reach(r: Reading, y: Part) -> int:
    """Where the relation's words end: after the second name, or after its 的<word>."""
    m = re.match(r"\s*的[\u4e00-\u9fff]{1,6}", r.norm[y.end :])
    return y.end + m.end() if m is not None else y.end


def _judge(ctx: Context, field: str, held: Part, holder: Part, upto: int) -> None:
    """The holder part against the held one's field, and the holder's own."""
    checker = ctx.checker
    own, theirs = checker.by_id.get(held.key), checker.by_id.get(holder.key)
    holders = own.slots.get(field, set()) if own is not None else set()
    turned = theirs is not None and held.key in theirs.slots.get(field, set())
    if holder.key in holders:
        holder.status, holder.fact, holder.field = "supported", held.key, f"values.{field}"
        _mark_words(ctx, (held, holder, upto), "supported", held.key, field)
    elif turned or holders:
        source = holder.key if turned else held.key
        right = [held.key] if turned else sorted(holders)
        holder.status, holder.fact, holder.field = "refuted", source, f"values.{field}"
        shown = named(checker, right)
        ctx.corrections.append(Correction(source, f"values.{field}", holder.text, shown))
        _mark_words(ctx, (held, holder, upto), "operator", source, field)


def _mark_words(
    ctx: Context, where: tuple[Part, Part, int], status: str, fact: str, field: str
) -> None:
    """The relation's own words (subsidiary, 子公司), between the names or right after the
    second, are read: accounted to the field."""
    a, b, upto = where
    lo = min(a.start, b.start)
    for w in ctx.reading.parts:
        if w.status != "unknown" or w.kind not in ("term", "unit", "predicate"):
            continue
        if lo <= w.start and w.end <= upto and w is not a and w is not b:
            w.status, w.fact, w.field = status, fact, f"values.{field}"
