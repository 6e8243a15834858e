"""A verb named by a field of a fact ("Vane blamed Brandt", where the inquiry's fact holds
`blamed`): a word the lexicon does not know as a verb, said of whom its fact's field of
that name lists, is judged by that field, not by the fact's words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.check.evidence import clause_end, held_by, named
from factcheck.check.model import Correction
from factcheck.check.roles import done_to
from factcheck.textnorm import lazy

if TYPE_CHECKING:
    from factcheck.check.evidence import Context
    from factcheck.check.model import Part, Reading

_VERB_FORM = lazy(r"[a-z]{3,}(?:ed|en)$")  # blamed, faulted, chosen: the words a field names
_DETERMINER = lazy(r"\s+(?:the\s+)?")
_JOIN = lazy(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")  # "Rusk and Holm", "Rusk, Holm"
_OWNER_OR_DEED = lazy(r"['’]s\b|\s+(?:was|were|is|are|had|has|did)\b")


def field_verbs(ctx: Context) -> None:
    """ "Vane blamed Brandt": a past form whose stem is the one-word name of a field of the
    fact that backs it, and that holds actors of the object's kind, names its object by
    that field: held, the object is backed; not held, it is refuted where the list is closed
    and left open otherwise (the fact's words "Brandt was cleared" had backed it)."""
    checker, r = ctx.checker, ctx.reading
    kind_of = checker.voc.entity_kind
    key = checker.voc.word_key
    names = sorted(r.of("entity"), key=lambda x: x.start)
    for verb in r.of("term"):
        if verb.status != "supported" or verb.negated or not _VERB_FORM.fullmatch(verb.text):
            continue
        own = checker.by_id.get(verb.fact or "")
        if own is None:
            continue
        fields = [f for f in own.slots if "_" not in f and key(f) == verb.key]
        if len(fields) != 1:
            continue
        field = fields[0]
        held = own.slots[field]
        objects = objects_of(r, verb, names)
        for x in objects:
            if x.status == "refuted" or not any(
                kind_of.get(h) == kind_of.get(x.key) for h in held
            ):
                continue  # what no holder of the field is like: another role of the verb
            if held_by(checker, x.key, held):
                x.status, x.fact, x.field = "supported", own.fact.id, f"values.{field}"
            elif own.fact.is_closed(field):
                x.status, x.fact, x.field = "refuted", own.fact.id, f"values.{field}"
                shown = named(checker, sorted(held))
                ctx.corrections.append(Correction(own.fact.id, f"values.{field}", x.text, shown))
            elif x.fact == own.fact.id and x.field == "text":
                x.status, x.fact, x.field = "unknown", None, None


def objects_of(r: Reading, verb: Part, names: list[Part]) -> list[Part]:
    """Whom the verb is done to: the names right after it, joined by "and" or commas (not
    one that owns what follows or does a deed of its own), or, said in the passive ("the
    Imo was blamed"), the name right before it."""
    before = [x for x in names if done_to(r, x, verb)]
    if before:
        return before
    end = clause_end(r.claim, verb.end)
    objects: list[Part] = []
    at = verb.end
    for x in (x for x in names if verb.end <= x.start < end):
        joined = _JOIN if objects else _DETERMINER  # "blamed Rusk and Holm", not "rather than"
        if not joined.fullmatch(r.claim, at, x.start):
            break
        if _OWNER_OR_DEED.match(r.claim, x.end):
            break  # "Brandt's signal", "Brandt was cleared": not one it was done to
        objects.append(x)
        at = x.end
    return objects
