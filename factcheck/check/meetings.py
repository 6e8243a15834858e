"""Who sat at the table: an actor said to meet, or be met, at a gathering the facts hold.
The fact that backs the verb of meeting says who took part (the verb's fields:
`participants`, `negotiators`) and who was not there (`absent`). An actor it holds as
absent is refuted, and so is one outside a closed list of those who took part; another
fact's mention of the actor (an aim's `target`) does not put it at the table."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcheck.check.evidence import (
    ORDER_CUES,
    named,
    same_statement,
    speaks_of_absence,
    within,
)
from factcheck.check.model import Correction, Part, Reading
from factcheck.check.roles import agent
from factcheck.messages import Msg
from factcheck.textnorm import lazy

if TYPE_CHECKING:
    from factcheck.check.evidence import Context
    from factcheck.check.judge import Checker
    from factcheck.check.profile import Profile

_TAKING_PART = ("participants", "negotiators")  # the fields that say who was at the table
_ACTORS = ("party", "person")
# between a verb of meeting and the one met: "met with the", "sat down with", 会见了
_OBJECT = lazy(r"\s*(?:with\s+)?(?:the\s+|a\s+|an\s+)?|\s*了?", re.IGNORECASE)
# before the one met in Chinese: 与哈马斯会谈, 同以色列代表磋商
_WITH_ZH = lazy(r"[与和同跟]")


def meetings(ctx: Context) -> None:
    """Each actor said to meet at a gathering (its doer, or the one met) is judged by the
    fact that backs the verb, where that fact lists who took part."""
    checker, r = ctx.checker, ctx.reading
    if speaks_of_absence(checker, r):
        return  # "Burns met Israel while Hamas stayed away": said, not contradicted
    kinds = checker.voc.entity_kind
    verbs = [
        (v, fields, g)
        for v in r.of("predicate")
        if not v.negated and v.status == "supported"
        if (fields := set(checker.voc.fields_of.get(v.key, ())) & set(_TAKING_PART))
        if (g := _gathering(checker, v.fact or "", fields)) is not None
    ]
    for verb, fields, p in verbs:
        if any(g is not p for _, _, g in verbs):
            continue  # "at the Cairo talks, Burns met …": which gathering is meant is unsaid
        if _open_rest(r):
            return  # as any refutation, the rest must be accounted for ("went to Washington
            # to meet Biden" after the talks: another meeting)
        held = {e for f in fields for e in p.slots.get(f, ())}
        for x in r.of("entity"):
            if x.negated or kinds.get(x.key) not in _ACTORS or x.status == "refuted":
                continue
            if not same_statement(r, x, verb) or not _at_the_table(checker, r, x, verb):
                continue
            if x.key in held or within(checker, x.key, held):
                continue
            actual = _not_at_the_table(checker, p, x, fields, held)
            if actual is not None:
                field, said = actual
                x.status, x.fact, x.field = "refuted", p.fact.id, field
                ctx.corrections.append(Correction(p.fact.id, field, x.text, said))


def _open_rest(r: Reading) -> bool:
    """Whether the claim says a deed not accounted for, or orders events: the meeting may
    be another than the gathering's ("after the talks ended, went on to meet Biden")."""
    return any(
        (x.kind == "predicate" and x.status == "unknown")
        or (x.kind == "cue" and x.key in ORDER_CUES)
        for x in r.parts
    )


def _gathering(checker: Checker, fact_id: str, fields: set[str]) -> Profile | None:
    """The fact that says who took part in what a verb of meeting names: the verb's own
    fact, or the nearest whole of it that lists them (the round an absence belongs to)."""
    for fid in (fact_id, *checker.ancestors(fact_id)):
        p = checker.by_id.get(fid)
        if p is not None and any(p.slots.get(f) for f in fields):
            return p
    return None


def _at_the_table(checker: Checker, r: Reading, x: Part, verb: Part) -> bool:
    """Whether an actor is the one who meets (its doer) or the one met: named right after
    the verb ("met Hamas's delegation", 会见哈马斯) or after 与 before it (与哈马斯会谈)."""
    if x.end <= verb.start and agent(checker.voc, r, x, verb):
        return True
    if verb.end <= x.start and _OBJECT.fullmatch(r.claim, verb.end, x.start) is not None:
        return True
    gap = r.claim[x.end : verb.start]
    return (
        x.end <= verb.start
        and not x.text.isascii()
        and len(gap) <= 3
        and x.start > 0
        and _WITH_ZH.fullmatch(r.claim, x.start - 1, x.start) is not None
    )


def _not_at_the_table(
    checker: Checker, p: Profile, x: Part, fields: set[str], held: set[str]
) -> tuple[str, str] | None:
    """The field and value that say an actor was not at this gathering: its `absent`, or a
    closed list of those who took part that holds others of its kind and not it."""
    if x.key in p.slots.get("absent", ()):
        return "values.absent", Msg("{name} absent", name=named(checker, [x.key]))
    kind = checker.voc.entity_kind.get(x.key)
    for f in sorted(fields):
        value = p.fact.values.get(f)
        listed = value if isinstance(value, tuple) else (value,)
        peers = [
            e for e in listed if isinstance(e, str) and checker.voc.entity_kind.get(e) == kind
        ]
        if peers and p.fact.is_closed(f):
            return f"values.{f}", named(checker, peers)
    return None
