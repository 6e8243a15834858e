"""Who sat for a side, by office ("Egypt was represented by its foreign minister",
埃及方面由外交部长出席): the office a claim gives a side's delegate at an event against the
offices of the people its closed list of delegates names for that side."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.check.evidence import backs, clause_start, held_by, own_offices
from factcheck.check.model import Correction
from factcheck.textnorm import normalize

if TYPE_CHECKING:
    from factcheck.check.evidence import Context
    from factcheck.check.judge import Checker
    from factcheck.check.model import Part, Reading
    from factcheck.check.profile import Profile


def delegates(ctx: Context) -> None:
    """An office said of a side (right after words of the lexicon's `[delegates]` `before`
    that follow the side's name: "Egypt … by its", 埃及方面由) is judged by the event the
    claim is about whose closed delegate field (`[delegates]` `fields`) names people of that
    side: one of them holding the office backs it; none does, it is refuted with theirs."""
    checker, r = ctx.checker, ctx.reading
    voc = checker.voc
    if not voc.delegate_fields:
        return
    for office in r.of("office"):
        if office.negated or office.status == "refuted":
            continue
        side = _side_of(checker, r, office)
        if side is None:
            continue
        for p in ctx.ranked:
            found = _delegates(checker, p, side.key)
            if found is None or not _about(checker, p, r, (office, side)):
                continue
            field, people = found
            holding = [d for d in people if office.key in d.offices]
            for x in r.parts:  # "represented": the words of sitting for a side
                if (
                    x.status == "unknown"
                    and side.end <= x.start
                    and x.end <= office.start
                    and normalize(x.text).strip() in voc.delegate_verbs
                ):
                    x.status, x.fact, x.field = "supported", p.fact.id, f"values.{field}"
            if holding:
                office.status, office.fact, office.field = (
                    "supported",
                    holding[0].fact.id,
                    "values.office",
                )
                if side.status == "unknown":
                    side.status, side.fact, side.field = "supported", p.fact.id, f"values.{field}"
                break
            held = "; ".join(o for d in people for o in own_offices(d)) or "—"
            office.status, office.fact, office.field = "refuted", p.fact.id, f"values.{field}"
            ctx.corrections.append(Correction(p.fact.id, f"values.{field}", office.text, held))
            break


def _side_of(checker: Checker, r: Reading, office: Part) -> Part | None:
    """The side an office is said of: the party named last before it in its clause, where
    the words between end with one of `[delegates]` `before` and name no one else."""
    voc = checker.voc
    lo = clause_start(r.claim, office.start)
    named = [x for x in r.of("entity") if lo <= x.start and x.end <= office.start]
    if not named:
        return None
    side = max(named, key=lambda x: x.start)
    if voc.entity_kind.get(side.key) != "party":
        return None
    gap = " ".join(normalize(r.claim[side.end : office.start]).split())
    if not any(
        gap == w or gap.endswith(" " + w) or (not w.isascii() and gap.endswith(w))
        for w in voc.delegate_before
    ):
        return None
    return side


def _delegates(checker: Checker, p: Profile, side: str) -> tuple[str, list[Profile]] | None:
    """A fact's closed field of delegates and those in it who sit for a side (by their
    `country` or `affiliation`, or what those are part of), or None when it has none."""
    for name in checker.voc.delegate_fields:
        if not p.fact.is_closed(name):
            continue
        people = [checker.by_id[d] for d in sorted(p.slots.get(name, ())) if d in checker.by_id]
        theirs = [
            d for d in people
            if any(
                held_by(checker, side, {h}) or side in checker.ancestors(h)
                for f in ("country", "affiliation")
                for h in d.slots.get(f, ())
            )
        ]  # fmt: skip
        if theirs:
            return name, theirs
    return None


def _about(checker: Checker, p: Profile, r: Reading, own: tuple[Part, ...]) -> bool:
    """Whether the claim names the event: a place, day or ordinal of it the fact backs, or
    one of its own names ("the Paris talks"); its talks or its sides alone do not."""
    kind_of = checker.voc.entity_kind
    if any(
        x not in own
        and (
            x.kind in ("date", "ordinal") or (x.kind == "entity" and kind_of.get(x.key) == "place")
        )
        and backs(checker, p, x, r)
        for x in r.parts
    ):
        return True
    said = " " + normalize(r.claim) + " "
    return any(f" {a} " in said for a in checker.alias_norms(p.fact.id) if len(a) > 3)
