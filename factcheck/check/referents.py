"""Words that name again what an earlier statement named: "Burns met them in Paris, and
Hamas sent a delegation to the talks" speaks of the Paris talks, not of any talks the
facts hold."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.check.evidence import backs, family
from factcheck.textnorm import lazy, normalize

if TYPE_CHECKING:
    from factcheck.check.evidence import Context
    from factcheck.check.model import Part

_OWN_COMPLEMENT = lazy(r"\s+(?:of|in|at|on|over|between|with|led|held|hosted)\b")
_NOUNS = ("predicate", "unit")  # what may name an event again ("the talks", "the truce")
_NAMING = ("ordinal", "date", "number")  # what names an event of its own ("the third round")


def referents(ctx: Context) -> None:
    """A noun after a determiner of the lexicon's `[referents]` ("the talks", 该谈判) in a
    later statement, which the fact of an earlier statement or that fact's event may be, is
    that one: where only a fact of another event backs it, it is left unaccounted, since
    what the claim says of the talks it named is not what that fact says."""
    checker, r = ctx.checker, ctx.reading
    voc = checker.voc
    for i, clause in enumerate(ctx.clauses):
        if i == 0 or clause.anchor is None or any(x.kind in _NAMING for x in clause.parts):
            continue
        for x in clause.parts:
            if x.kind not in _NOUNS or x.status != "supported" or x.negated:
                continue
            if not _determined(r.claim, x, voc.referent_en, voc.referent_zh):
                continue
            if _OWN_COMPLEMENT.match(r.claim, x.end):
                continue  # "the talks of 2024", "the talks in Cairo": named by what follows
            own = _earlier_event(ctx, i, x)
            if (
                own is None
                or x.fact in own
                or any(a in own for a in checker.ancestors(x.fact or ""))
            ):
                continue
            x.status, x.fact, x.field = "unknown", None, None


def _determined(claim: str, x: Part, en: frozenset[str], zh: tuple[str, ...]) -> bool:
    """Whether the noun stands right after a determiner that points back ("the", 该)."""
    before = normalize(claim[max(0, x.start - 12) : x.start])
    words = before.split()
    if len(words) > 1 and words[-2] == "of":
        return False  # "a blockade of the river": what another noun is of
    if words and words[-1] in en and before.endswith(" "):
        return True
    return any(claim[: x.start].endswith(w) for w in zh)


def _earlier_event(ctx: Context, i: int, x: Part) -> set[str] | None:
    """The facts of the event of the nearest earlier statement whose fact, or a fact of its
    event, backs the noun: that fact and its family."""
    checker, r = ctx.checker, ctx.reading
    for clause in reversed(ctx.clauses[:i]):
        if clause.anchor is None:
            continue
        event = [clause.anchor, *family(checker, clause.anchor)]
        if any(backs(checker, p, x, r) for p in event):
            return {p.fact.id for p in event}
    return None
