"""Who did it and to whom, by where a name stands: "the Vost family sold the mill to Ida
Hale" makes Ida Hale the one the deed went to, where the fact's `actor` is Ida Hale, the
seller; "Captain Dray blamed the Harbour Office" makes the one the fact blamed (its
`target`) the blamer. The fact does not say the claim's deed of that name; left open."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcheck.check.evidence import clause_end, clause_start
from factcheck.check.profile import WORD, deed_term
from factcheck.check.roles import agent
from factcheck.textnorm import lazy, normalize

if TYPE_CHECKING:
    from factcheck.check.evidence import Context
    from factcheck.check.model import Part, Reading
    from factcheck.check.vocab import Vocabulary

_SAID_OF = ("entity", "term", "unit")  # what may stand as the verb's subject
# between the verb and the one it is done to: nothing, "the mill to"
_TO_OBJECT = lazy(r"\s+(?:(?:[a-z'-]+\s+){0,3}?(?:to|from)\s+)?(?:the\s+)?", re.I)
_TO_ZH = lazy(r"给了?\s*$")  # 把磨坊卖给了艾达·黑尔: the one it went to
_NEAR = lazy(r"\s*(?:[a-z'-]+\s+){0,2}?", re.I)  # a verb and the one it is done to
# between a name and its verb in a fact's words: a word that gives the verb another subject
_ANOTHER_SUBJECT = lazy(r"\b(?:who|which|whom|whose|that|and|but|while)\b|;", re.I)
_GIVER_ZH = lazy(r"[^，,。；;的]*?给")  # 艾达·黑尔把磨坊卖给了…: the giver, in one clause


def doers_as_objects(ctx: Context) -> None:
    """A name a fact types as its `actor` that the claim puts after its verb as the one the
    deed was done to, with another subject before the verb ("the Vost family sold the mill
    to Ida Hale"), or one the fact types as its `target` that the claim makes the verb's
    doer ("Captain Dray blamed the Harbour Office"): that part is not backed."""
    r, voc = ctx.reading, ctx.checker.voc
    for x in r.of("entity"):
        if (
            x.status != "supported"
            or x.negated
            or x.field not in ("values.actor", "values.target")
        ):
            continue
        if not x.text.isascii():
            if x.field == "values.actor" and _given_to_zh(ctx, x):
                x.status, x.fact, x.field = "unknown", None, None
            continue
        if any(
            y is not x
            and y.kind == "entity"
            and y.fact == x.fact
            and y.field.startswith("values.")
            for y in r.parts
            if y.field
        ):
            continue  # another name the fact holds: which of them did it is not this reader's
        verb = _verb_of(r, voc, x)
        if verb is None or verb.fact != x.fact or verb.status != "supported":
            continue  # the verb of another fact, or none the fact backs
        p = ctx.checker.by_id.get(x.fact or "")
        if p is None or not _said_before(voc, p.fact.text.en, x, verb):
            continue  # the fact's own words do not put the name before the verb
        done_to = x.field == "values.actor" and _done_to(r, voc, x, verb)
        doing = (
            x.field == "values.target"
            and x.end <= verb.start
            and agent(voc, r, x, verb)
            and _object_after(r, verb)
        )
        if done_to or doing:
            x.status, x.fact, x.field = "unknown", None, None


def _given_to_zh(ctx: Context, x: Part) -> bool:
    """Whether a Chinese claim puts the fact's giver after 给, with a subject before it
    (沃斯特家族把磨坊卖给了艾达·黑尔), where the fact's words say the name and 给 in one
    clause (艾达·黑尔把磨坊卖给了沃斯特家族)."""
    r = ctx.reading
    p = ctx.checker.by_id.get(x.fact or "")
    said = normalize(p.fact.text.zh) if p is not None else ""
    name = normalize(x.text).strip()
    at = said.find(name)
    lo = clause_start(r.claim, x.start)
    return (
        at >= 0
        and _GIVER_ZH.match(said, at + len(name)) is not None
        and _TO_ZH.search(r.claim, lo, x.start) is not None
        and any(y.kind in _SAID_OF and lo <= y.start and y.end <= x.start for y in r.parts)
    )


def _verb_of(r: Reading, voc: Vocabulary, x: Part) -> Part | None:
    """The first verb of the name's clause: a predicate or a word that names a deed."""
    lo, hi = clause_start(r.claim, x.start), clause_end(r.claim, x.end)
    return next(
        (
            y for y in sorted(r.parts, key=lambda y: y.start)
            if lo <= y.start < hi and not y.negated
            and (y.kind == "predicate" or (y.kind == "term" and deed_term(y, voc.irregular)))
        ),
        None,
    )  # fmt: skip


def _said_before(voc: Vocabulary, text: str, x: Part, verb: Part) -> bool:
    """Whether a fact's English words say the name, as the claim does, before the verb's
    word ("Ida Hale sold the mill"; "The harbour office blamed Captain Dray" for the one
    blamed: the order the claim turns round)."""
    said = normalize(text)
    name = normalize(x.text).strip()
    at = said.find(name)
    key = voc.word_key(verb.text)
    verbs = [m for m in WORD.finditer(said) if voc.word_key(m.group()) == key]
    if at < 0 or len(verbs) != 1:
        return False
    v = verbs[0]
    if x.field == "values.target":  # "blamed Captain Dray"
        return v.end() <= at and _NEAR.fullmatch(said, v.end(), at) is not None
    return at + len(name) <= v.start() and not _ANOTHER_SUBJECT.search(
        said, at + len(name), v.start()
    )  # "Ida Hale sold", "Rhona Vail, short of money, sold": not "Ida Hale sold it to the
    # Vosts, who bought it", nor "Ida Hale led the rescue, and the mayor awarded her"


def _done_to(r: Reading, voc: Vocabulary, x: Part, verb: Part) -> bool:
    """Whether the name stands after the verb as its object or the one it went to, not as
    its doer ("by Ida Hale") nor the owner of its object ("brokered Hamas's release"), with a
    subject of the verb before it in the clause."""
    if x.start < verb.end or agent(voc, r, x, verb):
        return False
    if r.claim.startswith(("'s", "’s"), x.end):
        return False
    if not _TO_OBJECT.fullmatch(r.claim, verb.end, x.start):
        return False
    lo = clause_start(r.claim, verb.start)
    return any(y.kind in _SAID_OF and lo <= y.start and y.end <= verb.start for y in r.parts)


def _object_after(r: Reading, verb: Part) -> bool:
    """Whether a name or a word stands right after the verb as what it was done to."""
    hi = clause_end(r.claim, verb.end)
    return any(y.kind in _SAID_OF and verb.end <= y.start < hi for y in r.parts)
