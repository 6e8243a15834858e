"""How many a group had ("Challenger carried eight crew members", "a crew of eight",
机上共有八名机组人员): a count said with a word of having or carrying, or with none, against
the one typed count the facts give in its unit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.check.contradiction import described_amount
from factcheck.check.evidence import backs, clause_end, clause_start, counting, fits, may_agree
from factcheck.check.model import WORD_FIELDS, Correction
from factcheck.textnorm import normalize

if TYPE_CHECKING:
    from factcheck.check.evidence import Context
    from factcheck.check.judge import Checker
    from factcheck.check.model import Part, Reading
    from factcheck.check.profile import Profile
    from factcheck.check.vocab import Vocabulary

SAID_WITH = ("cue", "entity")  # what else a clause of a size may hold, besides its words


def sizes(ctx: Context) -> None:
    """An open count in a unit, in a clause that says nothing but who had it, words of
    having or carrying (the lexicon's `[sizes]`) and "in total", is judged by the facts'
    typed counts in that unit (those that are no part of another such count: the crew, not
    its veterans; none a verb of the lexicon fills, as a toll's `killed`, nor, in a toll's
    fact, any but its `count`) whose fact (or a whole it is part of) backs every name in the
    clause, where they give one value: the same value backs it, another refutes it, though
    another fact's words hold it ("only a single lifeboat was launched"). A clause with
    another verb ("eight crew members died") counts a part."""
    checker, r = ctx.checker, ctx.reading
    voc = checker.voc
    if not voc.size_words:
        return
    for n in r.of("number"):
        if n.status not in ("unknown", "supported") or not n.key or n.negated:
            continue
        if n.words:
            continue  # "the two warring parties": a kind of them, not the whole count
        clause = _clause(r, n)
        words = [x for x in clause if x is not n and x.kind not in SAID_WITH]
        if any(normalize(x.text).strip() not in voc.size_words for x in words):
            continue
        if not words and not any(x.kind == "entity" for x in clause):
            continue  # "of the two parties": a count said of no one, with no verb
        cues = [x for x in clause if x.kind == "cue"]
        if any(c.key not in voc.size_cues for c in cues):
            continue
        counts = [  # a toll's fact ("82 drowned, 48 rescued") gives no size but its `count`
            (p, a) for p in counting(checker, n.key) for toll in (_tolls(voc, p),)
            for a in p.amounts
            if a.unit == n.key and a.field.startswith("values.")
            and a.field.removeprefix("values.") not in voc.deed_fields
            and (a.field == "values.count" or not toll)
        ]  # fmt: skip
        ids = {p.fact.id for p, _ in counts}  # the wholes: not the parts of another count
        counts = [(p, a) for p, a in counts if ids.isdisjoint(checker.ancestors(p.fact.id))]
        names = [x for x in clause if x.kind == "entity"]
        named = [  # those of whom the clause speaks (not the searchers, where it names a ship)
            (p, a, wholes) for p, a in counts
            if None not in (wholes := [_backed_by_whole(checker, p, x, r) for x in names])
        ]  # fmt: skip
        own = [  # the named thing's own counts, or its parts': not one whose words mention it
            t for t in named
            if names and all(x.key in (t[0].fact.id, *checker.ancestors(t[0].fact.id)) for x in names)
        ]  # fmt: skip
        named = own or named
        if not named or len({a.value for _, a, _ in named}) != 1:
            continue
        p, a, wholes = named[0]
        if fits(n, a):
            n.status = "supported"
        elif may_agree(n, a) or (
            n.status == "supported"
            and (
                n.field not in WORD_FIELDS
                or (n.fact in ids and words and all(x.fact == n.fact for x in words))
            )
        ):
            continue  # a count some fact's typed value, or a counting fact's words, back as it
            # is (a trip's own 85 aboard, part of the ferry's): not this one's to refute; one
            # other words back is another statement's ("only a single lifeboat was launched")
        else:
            n.status = "refuted"
            ctx.corrections.append(Correction(p.fact.id, a.field, n.text, described_amount(a)))
        n.fact, n.field = p.fact.id, a.field
        for x in (*words, *cues):
            if x.status == "unknown":
                x.status, x.fact, x.field = "supported", p.fact.id, a.field
        for x, whole in zip(names, wholes, strict=True):
            if x.status == "unknown":
                x.status, x.fact, x.field = "supported", whole, "text"


def _clause(r: Reading, n: Part) -> list[Part]:
    """The parts of the clause a count stands in."""
    lo, hi = clause_start(r.claim, n.start), clause_end(r.claim, n.end)
    return [x for x in r.parts if lo <= x.start and x.end <= hi]


def _backed_by_whole(checker: Checker, p: Profile, x: Part, r: Reading) -> str | None:
    """The fact, this one or one it is part of, that backs a name ("Challenger" by the
    mission whose crew it is), or None."""
    for w in (p.fact.id, *checker.ancestors(p.fact.id)):
        if w in checker.by_id and backs(checker, checker.by_id[w], x, r):
            return w
    return None


def _tolls(voc: Vocabulary, p: Profile) -> bool:
    """Whether a fact types a count a verb of the lexicon fills (`killed`): a toll."""
    return any(a.field.removeprefix("values.") in voc.deed_fields for a in p.amounts)
