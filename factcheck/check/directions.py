"""Where one place lies from another: "the mine lies 45 km north of Copiapó", 矿位于科皮亚波以北.
A direction relates two places one way round; said the other way round, or with the
opposite direction, it is contradicted by a fact whose words relate the same two places."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.check.model import Correction, Part, Reading
from factcheck.textnorm import lazy

if TYPE_CHECKING:
    from factcheck.check.evidence import Context
    from factcheck.check.judge import Checker
    from factcheck.check.profile import Profile

Relation = tuple[
    str, str, str
]  # the place that lies, the direction, the place it is measured from
_OF = lazy(r"^[\s\d.,a-z]*?\bof\s+(?:the\s+)?$")  # "45 km north of (the)"


def directions(ctx: Context) -> None:
    """Each direction the claim gives between two places, against the facts that relate
    the same two: backed where one says it the same way, refuted where one says otherwise."""
    checker, r = ctx.checker, ctx.reading
    for verb, said in _relations(checker, r, None):
        if verb.status not in ("unknown", "supported"):
            continue
        for clause in ctx.clauses:
            for p in _about(clause.candidates):
                facts = _fact_relations(checker, p)
                if any(_agrees(checker, said, f) for f in facts):
                    verb.status, verb.fact, verb.field = "supported", p.fact.id, "text"
                    break
                wrong = next((f for f in facts if _contradicts(checker, said, f)), None)
                if wrong is not None:
                    verb.status, verb.fact, verb.field = "refuted", p.fact.id, "text"
                    shown, claimed = _said(checker, wrong), _said(checker, said)
                    ctx.corrections.append(Correction(p.fact.id, "text", claimed, shown))
                    break
            else:
                continue
            break


def _said(checker: Checker, relation: Relation) -> str:
    """A relation as a correction shows it: "Copiapó lies south of San José mine"."""
    a, d, b = relation
    return f"{checker.base.name(a, 'en')} lies {d} of {checker.base.name(b, 'en')}"


def _about(candidates: list[list[Profile]]) -> list[Profile]:
    """The candidate facts and their context, each once."""
    seen: dict[str, Profile] = {}
    for sources in candidates:
        for p in sources:
            seen.setdefault(p.fact.id, p)
    return list(seen.values())


def _agrees(checker: Checker, said: Relation, fact: Relation) -> bool:
    """The same relation, or the same two places the other way round with the opposite
    direction (north of Kyiv: Kyiv lies south of it)."""
    a, d, b = said
    return fact == said or fact == (b, next(iter(checker.voc.opposite.get(d, {d}))), a)


def _contradicts(checker: Checker, said: Relation, fact: Relation) -> bool:
    a, d, b = said
    fa, fd, fb = fact
    opposite = checker.voc.opposite.get(d, set())
    if (a, b) == (fa, fb):
        return fd in opposite  # "north" where the fact says "south"
    if (a, b) == (fb, fa):
        return fd == d  # the two places the other way round
    return False


def _fact_relations(checker: Checker, p: Profile) -> list[Relation]:
    """The directions a fact's own words give between two places (its own entity the one
    that lies, where its words name none before the direction: "Copiapó, … south of the
    mine")."""
    found: list[Relation] = []
    for text in (p.fact.text.en, p.fact.text.zh):
        found += [rel for _, rel in _relations(checker, checker.reading_of(text), p.fact.id)]
    return found


def _relations(checker: Checker, r: Reading, own: str | None) -> list[tuple[Part, Relation]]:
    kind_of = checker.voc.entity_kind
    places = [x for x in r.of("entity") if kind_of.get(x.key) == "place"]
    out: list[tuple[Part, Relation]] = []
    for verb in r.of("predicate"):
        if verb.key not in checker.voc.directions or verb.negated:
            continue
        after = [
            x for x in places if x.start >= verb.end and _OF.match(r.norm[verb.end : x.start])
        ]
        before = [x for x in places if x.end <= verb.start and verb.start - x.end <= 2]
        if r.lang == "zh" and before:  # 科皮亚波以北: the place measured from comes first
            origin = before[-1]
            lying = [x for x in places if x.end <= origin.start]
        elif after:
            origin = after[0]
            lying = [x for x in places if x.end <= verb.start]
        else:
            continue
        subject = lying[0].key if lying else own
        if subject and subject != origin.key:
            out.append((verb, (subject, verb.key, origin.key)))
    return out
