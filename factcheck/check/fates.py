"""What became of an actor, as its own fact says it in a text field (`fate = "died"`): a
claim that the actor did the opposite ("Reid Blackburn survived") is refuted by its own
fact, whatever another fact's long sentence says of someone else beside it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.check.model import Correction
from factcheck.check.roles import agent

if TYPE_CHECKING:
    from factcheck.check.evidence import Context

_ACTORS = ("person", "party")


def fates(ctx: Context) -> None:
    """A verb said of an actor whose own fact's text field says a verb the lexicon makes its
    opposite, or one no actor does with it (`excludes`): the actor is refuted."""
    checker, r = ctx.checker, ctx.reading
    voc = checker.voc
    if any(x.kind in ("date", "time") and x.status == "unknown" for x in r.parts):
        return  # "Werner Franz died in 2014": a fate at another time than the event's
    for verb in r.of("predicate"):
        if verb.negated or verb.status == "refuted":
            continue
        against = voc.opposite.get(verb.key, set()) | voc.excludes.get(verb.key, set())
        if not against:
            continue
        for e in r.of("entity"):
            own = checker.by_id.get(e.key)
            if own is None or e.negated or voc.entity_kind.get(e.key) not in _ACTORS:
                continue
            if not agent(voc, r, e, verb) or own.predicates.get(verb.key) is True:
                continue  # its own words say it too ("survived the fire … died in 2014")
            for field, verbs in sorted(own.verbs_of.items()):
                said = own.fact.values.get(field)
                if verbs & against and verb.key not in verbs and isinstance(said, str):
                    verb.status, verb.fact, verb.field = "refuted", e.key, f"values.{field}"
                    ctx.corrections.append(Correction(e.key, f"values.{field}", verb.text, said))
                    break
