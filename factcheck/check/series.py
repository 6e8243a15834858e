"""A member of a series said at the head of a claim ("In phase one, …", 第一阶段…) frames
the statements after it that name no member of their own: "第一阶段实现停火，哈马斯还要释放
全部剩余人质" puts the release in phase one too. A framed statement whose fact belongs to
another member of the series (phase two) and to none of the framing member's facts is
refuted by that fact's own place in the series."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.check.evidence import Context, backs
from factcheck.check.model import CONTENT, Correction, Part

if TYPE_CHECKING:
    from factcheck.check.judge import Checker
    from factcheck.facts import Fact

_ORDER = ("after", "before", "then", "later", "next", "gap", "until", "since")


def framed_statements(ctx: Context) -> None:
    """Refute a statement framed by a series member it does not belong to (see above)."""
    checker, r = ctx.checker, ctx.reading
    if len(ctx.clauses) < 2:
        return
    content = sorted((x for x in r.parts if x.kind in CONTENT), key=lambda x: x.start)
    frame = content[0] if content else None
    if frame is None or frame.kind != "ordinal" or frame.status != "supported":
        return
    if frame not in ctx.clauses[0].parts or any(
        x.kind == "cue" and x.key in _ORDER for x in r.parts
    ):
        return  # "phase one, and after it …": what comes after is not framed
    framing = _member(checker, frame.fact or "")
    if framing is None:
        return
    for clause in ctx.clauses[1:]:
        if clause.anchor is None or any(x.kind == "ordinal" for x in clause.parts):
            continue
        member = _member(checker, clause.anchor.fact.id)
        if (
            member is None
            or member.id == framing.id
            or member.kind != framing.kind
            or member.part_of is None
            or member.part_of != framing.part_of
            or not isinstance(member.values.get("ordinal"), int)
        ):
            continue
        said = [x for x in clause.parts if x.kind in CONTENT and x.status == "supported"]
        if not said or any(x.status != "supported" for x in clause.parts if x.kind in CONTENT):
            continue
        if _framing_holds(ctx, framing, said):
            continue
        own = [x for x in said if x.fact == clause.anchor.fact.id] or said
        first = next((x for x in own if x.kind == "predicate"), own[0])  # the deed, if said
        first.status, first.fact, first.field = "refuted", clause.anchor.fact.id, "values.ordinal"
        names = member.aliases_zh if r.lang == "zh" else member.aliases_en
        actual = names[0] if names else str(member.values["ordinal"])  # 第二阶段, not 2
        ctx.corrections.append(Correction(member.id, "values.ordinal", frame.text, actual))


def _member(checker: Checker, fact_id: str) -> Fact | None:
    """The member of a series a fact is or belongs to: itself or the nearest fact it is part
    of that has its own place in a series (an `ordinal`)."""
    for fid in (fact_id, *checker.ancestors(fact_id)):
        p = checker.by_id.get(fid)
        if p is not None and isinstance(p.fact.values.get("ordinal"), int):
            return p.fact
    return None


def _framing_holds(ctx: Context, framing: Fact, said: list[Part]) -> bool:
    """Whether the framing member or a fact of it (its parts, theirs, …) backs all that a
    statement says; its parts are found through the base's `children`, not by reading
    every fact."""
    checker, r = ctx.checker, ctx.reading
    todo, seen = [framing.id], {framing.id}
    while todo:
        p = checker.by_id.get(todo.pop())
        if p is not None and all(backs(checker, p, x, r) for x in said):
            return True
        if p is not None:
            fresh = [c.id for c in checker.base.children(p.fact.id) if c.id not in seen]
            seen.update(fresh)
            todo += fresh
    return False
