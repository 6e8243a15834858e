"""Whom an actor acts for ("Burns represented the US", 伯恩斯代表美国): backed where the one
named is the actor's own (its organisation and the state over it), refuted where the
actor's own state is another state; open where the facts give the actor no one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.check.evidence import Context, named, named_right_after
from factcheck.check.model import Correction, Part

if TYPE_CHECKING:
    from factcheck.check.judge import Checker


def representation(ctx: Context, cue: Part) -> None:
    """Judge a `represent` cue by the actor before it and the one right after it."""
    checker, r = ctx.checker, ctx.reading
    entities = r.of("entity")
    doers = [  # 伯恩斯在巴黎代表美方: the one who acts, not where
        x for x in entities
        if x.end <= cue.start and checker.voc.entity_kind.get(x.key) != "place"
    ]  # fmt: skip
    actor = max(doers, key=lambda x: x.end, default=None)
    principal = named_right_after(r, cue)  # not "represented at the talks by …"
    if actor is None or principal is None:
        return
    own = owners_of(checker, actor.key)
    if principal.key in own:
        cue.status = "operator"
        if principal.status == "unknown":  # whom it acted for is backed by the actor's own fact
            principal.status, principal.fact, principal.field = "supported", actor.key, "part_of"
        return
    kind = checker.voc.entity_kind.get(principal.key)
    states = [
        k for k in own if not checker.ancestors(k) and checker.voc.entity_kind.get(k) == kind
    ]
    if states and not checker.ancestors(principal.key):
        cue.status, cue.fact, cue.field = "refuted", actor.key, "values.affiliation"
        actual = named(checker, states[:1])
        ctx.corrections.append(Correction(actor.key, "values.affiliation", principal.text, actual))


def owners_of(checker: Checker, key: str) -> list[str]:
    """The organisations an actor belongs to and the states over them, nearest first."""
    out: list[str] = []
    todo = [key]
    while todo and len(out) < 8:
        at = todo.pop(0)
        for up in (*checker.voc.belongs_to.get(at, ()), *checker.ancestors(at)):
            if up not in out and up != key:
                out.append(up)
                todo.append(up)
    return out
