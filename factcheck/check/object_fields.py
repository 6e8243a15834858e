"""A deed judged by what it was done to: "Occidental operated the Tartan platform", where
the verb fills `operator` and Tartan's own fact holds that field. The object's field says
who did it, whatever another fact that names both says beside it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.check.evidence import held_by, named
from factcheck.check.field_verbs import objects_of
from factcheck.check.model import Correction
from factcheck.check.roles import BY, agent

if TYPE_CHECKING:
    from factcheck.check.evidence import Context
    from factcheck.check.model import Part, Reading


def doers_by_object(ctx: Context) -> None:
    """ "X <verb> Y", the verb filling a field of actors that Y's own fact holds: X held
    there backs the doer and the verb; another is refuted where the field names one actor
    or a closed list, and left open where the list is open."""
    checker, r = ctx.checker, ctx.reading
    voc = checker.voc
    names = sorted(r.of("entity"), key=lambda x: x.start)
    for verb in r.of("predicate"):
        if verb.negated or not voc.fields_of.get(verb.key):
            continue
        for obj in _objects(r, verb, names):
            own = checker.by_id.get(obj.key)
            if own is None:
                continue
            fields = [
                f for f in voc.fields_of[verb.key]
                if own.slots.get(f)
                and f not in voc.heads_only.get(verb.key, ())
                and f not in voc.object_fields
            ]  # fmt: skip  # not the body the doer belongs to ("Haniyeh heads Hamas"), nor
            # a field of the object's own deeds ("whom the person replaced")
            if len(fields) != 1:
                continue
            field = fields[0]
            held = own.slots[field]
            single = isinstance(own.fact.values.get(field), str)
            doers = [
                x for x in names
                if x is not obj and not x.negated and agent(voc, r, x, verb)
            ]  # fmt: skip
            where = f"values.{field}"
            mine = [x for x in doers if held_by(checker, x.key, held)]
            kinds = {voc.entity_kind.get(x.key) for x in mine}
            for doer in mine:
                if doer.status != "refuted":  # refuted for another thing it was said to do
                    doer.status, doer.fact, doer.field = "supported", own.fact.id, where
                if verb.status == "unknown":
                    verb.status, verb.fact, verb.field = "supported", own.fact.id, where
            others = [x for x in doers if x not in mine]
            if mine:  # beside the doer, another of its kind is a co-doer ("Norvik and
                others = [x for x in others if voc.entity_kind.get(x.key) in kinds]  # Castell");
            elif len(doers) != 1:  # one of another kind describes it ("Marshall's director")
                continue
            for doer in others:
                if single or own.fact.is_closed(field):
                    doer.status, doer.fact, doer.field = "refuted", own.fact.id, where
                    shown = named(checker, sorted(held))
                    ctx.corrections.append(Correction(own.fact.id, where, doer.text, shown))
                elif doer.status == "supported":
                    doer.status, doer.fact, doer.field = "unknown", None, None


def _objects(r: Reading, verb: Part, names: list[Part]) -> list[Part]:
    """What the verb was done to: in English as for a field's verb; in Chinese the name
    right after the verb (运营塔坦平台) or the one before 由 or 被 (塔坦平台由德士古运营)."""
    if r.lang != "zh":
        return objects_of(r, verb, names)
    after = [x for x in names if x.start == verb.end]
    before = [
        x for x in names
        if x.end <= verb.start and BY.match(r.norm, x.end) is not None
    ]  # fmt: skip
    return after + before
