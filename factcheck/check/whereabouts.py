"""Where a place lies: "Chinchiná is in Tolima", 钦奇纳镇位于托利马省. The place's own fact
says what it is part of (`part_of`, its `country`) and its words name more; a claim that
puts it in another place of the same type as one of those is contradicted, and one that
puts it somewhere its fact never names is left unbacked."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from factcheck.check.evidence import clause_end, named
from factcheck.check.model import Correction
from factcheck.textnorm import lazy

if TYPE_CHECKING:
    from factcheck.check.evidence import Context
    from factcheck.check.judge import Checker

# the words between a place and where it lies: "is in", "lies in the department of", 位于
_LIES_IN = lazy(
    r"\s*(?:is|was|lies|lay|sits|sat|stands|stood)\s+(?:located\s+|situated\s+)?"
    r"(?:in|within|inside)\s+(?:the\s+)?(?:[a-z]+\s+of\s+(?:the\s+)?)?"
    r"|\s*(?:位于|地处|坐落于|坐落在)\s*",
    re.IGNORECASE,
)
_ENDS = lazy(r"\s*(?:境内|内)?\s*[.。!！;；]?\s*$")  # nothing said after where it lies


def whereabouts(ctx: Context) -> None:
    """A place (or an actor) said to lie in a place: backed by its own fact where that holds
    the other (its `part_of` chain, a typed field, its words); refuted where the place lies
    in another of the same type (a department, a country); otherwise left unbacked."""
    checker, r = ctx.checker, ctx.reading
    kinds = checker.voc.entity_kind
    for x, y in pairwise(sorted(r.of("entity"), key=lambda e: e.start)):
        wheres = ("place", "party") if kinds.get(x.key) == "place" else ("place",)
        if kinds.get(x.key) not in ("place", "party") or kinds.get(y.key) not in wheres:
            continue  # an actor lies in a place; "the US is in NATO" is no place
        if x.negated or y.negated or x.key == y.key:
            continue
        if _LIES_IN.fullmatch(r.claim, x.end, y.start) is None:
            continue
        if _ENDS.fullmatch(r.claim, y.end, clause_end(r.claim, y.end)) is None:
            continue  # "lies in Tolima, near the river": more is said of where
        own = checker.by_id.get(x.key)
        if own is None:
            continue
        if x.status == "unknown":  # the place is its own fact's
            x.status, x.fact, x.field = "supported", x.key, "text"
        for w in r.parts:  # 位于: the words that say it lies there are read
            if x.end <= w.start and w.end <= y.start and w.status == "unknown":
                w.status, w.fact, w.field = "operator", x.key, "part_of"
        known = set(checker.ancestors(x.key)) | own.entities
        for held in own.slots.values():
            known |= held
        if y.key in known:
            y.status, y.fact, y.field = "supported", x.key, "part_of"
            continue
        rivals = _rivals(checker, x.key, y.key)
        if rivals:
            y.status, y.fact, y.field = "refuted", x.key, "part_of"
            ctx.corrections.append(Correction(x.key, "part_of", y.text, named(checker, rivals)))
        else:
            y.status, y.fact, y.field = "unknown", None, None


def _rivals(checker: Checker, place: str, said: str) -> list[str]:
    """The wholes the place lies in that are of the said place's type and are not it, nor
    within it, nor holding it."""
    kind = checker.voc.entity_type.get(said, "")
    if not kind:
        return []
    return [
        a for a in checker.ancestors(place)
        if checker.voc.entity_type.get(a) == kind and a != said
        and a not in checker.ancestors(said) and said not in checker.ancestors(a)
    ]  # fmt: skip
