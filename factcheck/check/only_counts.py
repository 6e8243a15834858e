"""How many did a deed, said with "only" ("only one person survived", 只有一人幸存): a
count of the verb's doers, against the people its fact lists in the field the verb fills."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.check.evidence import backs, clause_start, named
from factcheck.check.model import Correction

if TYPE_CHECKING:
    from factcheck.check.evidence import Context
    from factcheck.check.model import Part, Reading


def only_counts(ctx: Context) -> None:
    """ "Only one person survived", 只有一人幸存: "only" and a count of people before the one
    verb of a statement say that so many did it and no more; the statement's fact naming
    more people than that in the field the verb fills (its `survivors`) refutes the count."""
    checker, r = ctx.checker, ctx.reading
    kind_of = checker.voc.entity_kind
    for clause in ctx.clauses:
        verbs = [x for x in clause.parts if x.kind == "predicate" and x.key != "only"]
        p = clause.anchor
        if len(verbs) != 1 or p is None:
            continue  # "参与斡旋": which verb's doers are counted is not read
        verb = verbs[0]
        fields = checker.voc.fields_of.get(verb.key, ())
        said = _only_count(r, verb) if not verb.negated and fields else None
        if said is None or said[0].status == "refuted" or not backs(checker, p, verb, r):
            continue
        count, n = said
        kind = checker.voc.unit_holders.get(count.key or "", ("", ()))[0]
        if kind != "person" or any(
            x.kind == "entity" and x.key in p.entities
            for x in clause.parts
            if kind_of.get(x.key) == "person"
        ):
            continue  # a count of people ("only one person"), none of them named alongside
        held = next(
            (
                (f, p.slots[f])
                for f in fields
                if len(p.slots.get(f, ())) > n and all(kind_of.get(h) == kind for h in p.slots[f])
            ),
            None,
        )
        if held is None:
            continue
        field, who = held
        count.status, count.fact, count.field = "refuted", p.fact.id, f"values.{field}"
        shown = named(checker, sorted(who))
        ctx.corrections.append(Correction(p.fact.id, f"values.{field}", count.text, shown))


def _only_count(r: Reading, verb: Part) -> tuple[Part, int] | None:
    """The count between an "only" and the verb in its clause, and its number ("only two
    people", 只有一人): "one of the crew" says nothing of how many the crew are."""
    lo = clause_start(r.claim, verb.start)
    only = [
        x
        for x in r.parts
        if lo <= x.start < verb.start
        and ((x.kind == "predicate" and x.key == "only") or (x.kind == "cue" and x.key == "focus"))
    ]
    if not only:
        return None
    between = [x for x in r.parts if only[-1].end <= x.start and x.end <= verb.start]
    for x in between:
        if x.kind == "number" and isinstance(x.value, (int, float)) and not x.negated:
            return (x, int(x.value)) if x.approx == "exact" else None
    return None
