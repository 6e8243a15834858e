"""Offices a claim gives a person by what they head ("the commander of the Kursk", "Norway's
northern forces commander", 北方舰队司令): what is headed must be what the person's own
typed office heads, not merely a name their fact's words hold."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.check.evidence import OWNER, Context, clause_end, own_offices
from factcheck.check.evidence import named as named_entities
from factcheck.check.lists import said_of_people
from factcheck.check.model import Correction, Part, Reading
from factcheck.check.reader import read
from factcheck.textnorm import normalize

if TYPE_CHECKING:
    from factcheck.check.judge import Checker
    from factcheck.check.profile import Profile
    from factcheck.check.vocab import Vocabulary


@dataclass(frozen=True)
class Headed:
    """An office said as its head word and what it heads: the entities named, and the words."""

    head: str
    entities: frozenset[str]
    words: frozenset[str]
    owners: frozenset[str]  # whose it is: "Norway's" of "Norway's northern forces"


def headed_offices(ctx: Context) -> None:
    """A person said to head something their own office does not ("Skorgen, the commander
    of Britain's northern forces", of Norway's): refuted where that office names another of
    the same kind instead, or where another person's own office is the one claimed."""
    checker, r = ctx.checker, ctx.reading
    voc = checker.voc
    for a, own, told in said_of_people(checker, r):
        said = _said_office(voc, r, told)
        if said is None:
            continue
        claimed, parts = said
        mine = [h for _, h in _held(checker).get(own.fact.id, ()) if _same(voc, h, claimed)]
        if not mine:
            _another_heads(ctx, a, own, claimed, parts)
            continue
        if any(_covers(h, claimed) for h in mine):
            continue
        if not claimed.entities | claimed.owners:
            continue  # words only: their fact's words may say it another way
        swapped = any(_swapped(voc, h, claimed) for h in mine)
        held = any(
            _covers(h, claimed) and _same(voc, h, claimed)
            for who, offices in _held(checker).items()
            if who != a.key
            for _, h in offices
        )
        if not swapped and not held:
            for x in parts:
                if x.status == "supported" and x.fact != own.fact.id:
                    x.status, x.fact, x.field = "unknown", None, None
            continue
        for x in parts:
            x.status, x.fact, x.field = "refuted", own.fact.id, "values.office"
        ctx.corrections.append(_correction(checker, r, own, mine, claimed, parts))


def _another_heads(
    ctx: Context, a: Part, own: Profile, claimed: Headed, parts: list[Part]
) -> None:
    """ "Dyatlov was the director of the plant", where his own typed office is another
    (deputy chief engineer) and another person's office heads that very thing (the plant's
    director, of the plant he belongs to): refuted. A person with no typed office is
    left open, as offices change hands."""
    checker = ctx.checker
    voc = checker.voc
    if not own_offices(own) or not claimed.entities:
        return
    for who, offices in _held(checker).items():
        if who == a.key:
            continue
        belongs = (
            checker.by_id[who].slots.get("affiliation", set()) if who in checker.by_id else set()
        )
        for _, h in offices:
            theirs = Headed(h.head, h.entities | frozenset(belongs), h.words, h.owners)
            if _same(voc, h, claimed) and _covers(theirs, claimed):
                for x in parts:
                    x.status, x.fact, x.field = "refuted", own.fact.id, "values.office"
                said = "; ".join(own_offices(own))
                text = ctx.reading.claim[min(x.start for x in parts) : max(x.end for x in parts)]
                ctx.corrections.append(Correction(own.fact.id, "values.office", text, said))
                return


def _correction(
    checker: Checker,
    r: Reading,
    own: Profile,
    mine: list[Headed],
    claimed: Headed,
    parts: list[Part],
) -> Correction:
    """What the facts say instead: the actor the office names in place of the claim's
    (CIA, not Mossad), else the office as the person's own fact words it."""
    kind = checker.voc.entity_kind
    for h in mine:
        named = h.entities | h.owners
        for x in parts:
            if x.kind == "entity" and x.key not in named:
                instead = sorted(e for e in named if kind.get(e) == kind.get(x.key))
                if instead:
                    return Correction(
                        own.fact.id, "values.office", x.text, named_entities(checker, instead)
                    )
    said = "; ".join(v for v, h in _held(checker).get(own.fact.id, ()) if h in mine)
    text = r.claim[min(x.start for x in parts) : max(x.end for x in parts)]
    return Correction(own.fact.id, "values.office", text, said)


def _held(checker: Checker) -> dict[str, list[tuple[str, Headed]]]:
    """Every person's headed offices, as their fact words them and as read, by whose they
    are; read once per checker, not for each claim."""
    key = ("headed offices",)
    if key not in checker.told:
        found: dict[str, list[tuple[str, Headed]]] = {}
        for p in checker.profiles:
            if p.fact.kind == "person":
                offices = [
                    (v, h) for v in own_offices(p) if (h := headed(checker.voc, v)) is not None
                ]
                if offices:
                    found[p.fact.id] = offices
        checker.told[key] = found  # type: ignore[assignment]
    return checker.told[key]  # type: ignore[return-value]


def _same(voc: Vocabulary, a: Headed, b: Headed) -> bool:
    """Whether two offices have one head word, in either language (commander, 司令)."""
    return a.head == b.head or not set(voc.synonyms.get(a.head, ())).isdisjoint(
        voc.synonyms.get(b.head, ())
    )


def headed(voc: Vocabulary, text: str) -> Headed | None:
    """An office's head word and what it heads, read from its words: "commander of the
    Kursk", "Norway's northern forces commander", 北方舰队司令. None for a deputy's office
    or one that heads nothing named."""
    norm = normalize(text)
    found = _head_in(voc, norm)
    if found is None:
        return None
    head, start, end = found
    said = text if len(text) == len(norm) else norm  # names read in their own case (CIA)
    after = re.match(r"\s+of\s+(?:the\s+)?", norm[end:])
    what = said[end + after.end() :] if after is not None else said[:start]
    r = read(what, voc)
    return _of(head, r, r.parts)


def _head_in(voc: Vocabulary, norm: str) -> tuple[str, int, int] | None:
    """The first word of the lexicon's leading offices in a text, with its span; None where a
    deputy's word goes with it."""
    words, _ = voc.leading_offices
    best: tuple[str, int, int] | None = None
    for w in words:
        pattern = rf"\b{re.escape(w)}(?:-[a-z]+)*\b" if w.isascii() else re.escape(w)
        m = re.search(pattern, norm)
        if m is not None and (best is None or m.start() < best[1]):
            best = (w, m.start(), m.end())
    if best is None or not voc.leads(norm):  # 副司令, "deputy commander": a deputy's
        return None
    return best


def _of(head: str, r: Reading, parts: list[Part]) -> Headed:
    """What an office heads, from the parts that say it: a name before "'s" or 的 with
    other words after it only says whose ("Kursk's turbine section")."""
    kept = [x for x in parts if x.kind in ("entity", "term", "unit")]
    owners = [
        x
        for x in kept
        if x.kind == "entity"
        and OWNER.match(r.claim, x.end)
        and any(y.start > x.end for y in kept if y is not x)
    ]
    return Headed(
        head,
        frozenset(x.key for x in kept if x.kind == "entity" and x not in owners),
        frozenset(x.key for x in kept if x.kind != "entity" and x.key.isascii()),
        frozenset(x.key for x in owners),
    )


def _said_office(
    voc: Vocabulary, r: Reading, told: list[Part]
) -> tuple[Headed, list[Part]] | None:
    """The office a claim says a person holds, by its head word, with the parts that say it
    (the head's own word among them)."""
    if not told:
        return None
    lo = min(x.start for x in told)
    hi = clause_end(r.claim, max(x.end for x in told))  # 司令: a word no part may hold
    text = r.norm[lo:hi]
    found = _head_in(voc, text)
    if found is None:
        return None
    head, start, end = found
    after = re.match(r"\s+of\s+(?:the\s+)?", text[end:])
    if after is not None:
        stop = re.search(r"[,;]", text[end + after.end() :])
        span = (
            lo + end + after.end(),
            lo + end + after.end() + (stop.start() if stop else len(text)),
        )
    else:  # "Norway's northern forces commander", 北方舰队司令: what it heads comes first
        span = (lo, lo + start)
    what = [x for x in told if span[0] <= x.start and x.end <= span[1]]
    if not what:
        return None
    own_word = [x for x in told if lo + start <= x.start < lo + end]
    return _of(head, r, what), [*own_word, *what]


def _covers(office: Headed, claimed: Headed) -> bool:
    """Whether an office heads all that a claim says it heads, and is of whom the claim
    says where the office says whose it is."""
    return (
        claimed.entities <= office.entities
        and claimed.words <= office.words
        and (not office.owners or claimed.owners <= office.owners | office.entities)
    )


def _swapped(voc: Vocabulary, office: Headed, claimed: Headed) -> bool:
    """Whether a claim names, as what the office heads, an actor of the same kind as one the
    office names instead (Britain's forces, of Norway's)."""
    kind = voc.entity_kind
    named = office.entities | office.owners
    theirs = {kind.get(e) for e in named}
    return any(e not in named and kind.get(e) in theirs for e in claimed.entities | claimed.owners)
