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
    from factcheck.check.model import Part

_IN_OR_ON = (  # "in", "on", "on the coast of", "in the department of"
    r"(?:in|on|within|inside)\s+(?:the\s+)?(?:[a-z]+\s+of\s+(?:the\s+)?)?"
)
# the words between a place and where it lies: "is in", "lies in the department of", 位于
_LIES_IN = lazy(
    r"\s*(?:is|was|lies|lay|sits|sat|stands|stood)\s+(?:located\s+|situated\s+)?"
    rf"{_IN_OR_ON}"
    r"|\s*(?:位于|地处|坐落于|坐落在)\s*",
    re.IGNORECASE,
)
# "was a town on the coast of": what it is, said on the way, is left to the facts to back
_NAMED_IN = lazy(
    rf"\s*(?:is|was|are|were)\s+(?:(?:a|an|the)\s+)?(?:[a-z]+\s+){{1,2}}?{_IN_OR_ON}",
    re.IGNORECASE,
)
_ENDS = lazy(r"\s*(?:境内|内)?\s*[.。!！;；]?\s*$")  # nothing said after where it lies
# set off by commas: "Telok Betong, on Java, was …", "Tarn, a mill town in South Shire, …"
_APPOSED = lazy(rf"\s*,\s*(?:(?:a|an|the)\s+(?:[a-z]+\s+){{1,2}})?{_IN_OR_ON}", re.IGNORECASE)
_OF_PLACE = lazy(
    r"\s*(?:岛|省|州|县|市)?\s*上?\s*的\s*"
)  # 位于爪哇的安耶尔, 苏门答腊岛上的直落勿洞
_PUT_BEFORE = lazy(r"(?:位于|地处)\s*$")
_APPOSED_ENDS = lazy(r"\s*(?:,|[.。!！;；]?\s*$)")


def whereabouts(ctx: Context) -> None:
    """A place (or an actor) said to lie in a place: backed by its own fact where that holds
    the other (its `part_of` chain, a typed field, its words); refuted where the place lies
    in another of the same type (a department, a country); otherwise left unbacked."""
    checker, r = ctx.checker, ctx.reading
    kinds = checker.voc.entity_kind
    for a, b in pairwise(sorted(r.of("entity"), key=lambda e: e.start)):
        said = _placed(r.claim, a, b)
        if said is None:
            continue
        x, y, words_from = said
        wheres = ("place", "party") if kinds.get(x.key) == "place" else ("place",)
        if kinds.get(x.key) not in ("place", "party") or kinds.get(y.key) not in wheres:
            continue  # an actor lies in a place; "the US is in NATO" is no place
        if x.negated or y.negated or x.key == y.key:
            continue
        own = checker.by_id.get(x.key)
        if own is None:
            continue
        if x.status == "unknown":  # the place is its own fact's
            x.status, x.fact, x.field = "supported", x.key, "text"
        if words_from is not None:  # 位于: the words that say it lies there are read
            for w in r.parts:  # (not "was a town on": the facts back those)
                if words_from <= w.start and w.end <= b.start and w.status == "unknown":
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


def _placed(claim: str, a: Part, b: Part) -> tuple[Part, Part, int | None] | None:
    """The place, where it lies, and where the words that say so begin (None where they
    describe it on the way, "was a town on", and are left to the facts), where the words
    between two names say so ("Tarn is in North Shire", "Tarn, a town in North Shire,",
    位于北郡的塔恩, 北郡上的塔恩)."""
    described = _NAMED_IN.fullmatch(claim, a.end, b.start) is not None
    words_from = None if described else a.end
    if _LIES_IN.fullmatch(claim, a.end, b.start) is not None or described:
        ends = _ENDS.fullmatch(claim, b.end, clause_end(claim, b.end))
        return (a, b, words_from) if ends else None  # "lies in Tolima, near the river"
    if _APPOSED.fullmatch(claim, a.end, b.start) is not None:
        return (a, b, words_from) if _APPOSED_ENDS.match(claim, b.end) else None
    between = claim[a.end : b.start]
    put = _PUT_BEFORE.search(claim, 0, a.start)
    if _OF_PLACE.fullmatch(between) is not None and (put or between.strip().startswith("上")):
        return (b, a, put.start() if put else a.end)
    return None


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
